//! `dept-stale`: 白鹭县市场监督管理局, a TRS-style department portal that
//! is not kept up to date.
//!
//! - Homepage: newest content 2024-01-12 in January and 2024-02-05 in
//!   February (stale_homepage); updated 2024-03-28 in March (rectified).
//!   The homepage and list pages carry page-generation metas (PubDate,
//!   Maketime, 页面生成时间) dated the day before the as-of date, and a
//!   `Copyright © 2024` footer: neither is a content date.
//! - 工作动态 prints dates as `[MM-DD]` (year implied; January lists run
//!   across the new year): stale in January and February, fresh in March.
//! - 通知公告: newest 2023-08-10 → 174 days old on 2024-01-31
//!   (column_due_soon, 6 days left), 203 days on 2024-02-29 (stale_column),
//!   new notice 2024-03-15 (rectified).
//! - 政策解读: 暂无信息 (blank_column) in every month.
//! - 规划计划: no such column anywhere (missing_column) in every month.

use super::{Ctx, common, crumb, not_found, std_cols};
use crate::column::{Shape, block, item, side_menu};
use crate::interact::{Board, Message};
use crate::layout::{DateFmt, Head, SiteInfo, Style, page};
use crate::site::{SiteMap, as_of, ymd};

fn site_info(ctx: &Ctx) -> SiteInfo {
    SiteInfo {
        name: "白鹭县市场监督管理局",
        code: "3609990012",
        domain: "scjgj.bailu.gov.cn",
        sponsor: "白鹭县市场监督管理局",
        undertaker: "白鹭县市场监督管理局办公室",
        icp: "赣ICP备05012345号-4",
        gongan: "赣公网安备 36099902000112号",
        copyright: "版权所有：白鹭县市场监督管理局　Copyright © 2024 All Rights Reserved",
        phone: "0795-8012567",
        style: Style::Trs,
        gbk: false,
        nav: vec![
            crumb("/", "首页"),
            crumb("/zwgk/jgzn/", "机构职能"),
            crumb("/zwgk/", "政府信息公开"),
            crumb("/zwgk/gzdt/", "工作动态"),
            crumb("/zwgk/tzgg/", "通知公告"),
            crumb("/hdjl/jzxx/", "互动交流"),
        ],
        footer_links: Vec::new(),
        footer_extra: format!(
            "<p>相关链接：<a href=\"{}\" target=\"_blank\">白鹭县人民政府</a></p>\n",
            ctx.url("county-good")
        ),
    }
}

const ORG: &str = "白鹭县市场监督管理局";

pub(crate) fn build(ctx: &Ctx, m: usize) -> SiteMap {
    let site = site_info(ctx);
    let mut map = SiteMap::new(not_found(&site));
    common(&site, &mut map, "User-agent: *\nAllow: /\n");
    let generated = as_of(m) - chrono::Duration::days(1);
    let gen_meta = format!(
        "<meta name=\"PubDate\" content=\"{0} 02:00:00\">\n<meta name=\"Maketime\" content=\"{0} 02:00:00\">\n<meta name=\"others\" content=\"页面生成时间 {0} 02:00:00\">\n",
        generated.format("%Y-%m-%d")
    );
    let mut cols = std_cols::columns(&site, ORG, 7000);
    cols.retain(|c| c.name != "规划计划");

    if let Some(c) = std_cols::find(&mut cols, "工作动态") {
        let p = c.path.clone();
        let dates = [
            ymd(2023, 11, 22),
            ymd(2023, 12, 1),
            ymd(2023, 12, 11),
            ymd(2023, 12, 20),
            ymd(2023, 12, 28),
            ymd(2024, 1, 5),
            ymd(2024, 1, 12),
            ymd(2024, 2, 5),
            ymd(2024, 3, 8),
            ymd(2024, 3, 15),
            ymd(2024, 3, 22),
            ymd(2024, 3, 28),
        ];
        c.items = dates
            .iter()
            .enumerate()
            .map(|(k, d)| {
                item(
                    &site,
                    &p,
                    0,
                    crate::text::title(crate::text::Topic::News, ORG, 7100 + k as u64),
                    *d,
                    7100 + k as u64,
                )
            })
            .collect();
        c.date_fmt = DateFmt::Implied;
        c.head_extra = gen_meta.clone();
    }
    if let Some(c) = std_cols::find(&mut cols, "通知公告") {
        let p = c.path.clone();
        let dates = [
            ymd(2022, 12, 20),
            ymd(2023, 3, 2),
            ymd(2023, 6, 15),
            ymd(2023, 8, 10),
            ymd(2024, 3, 15),
        ];
        c.items = dates
            .iter()
            .enumerate()
            .map(|(k, d)| {
                item(
                    &site,
                    &p,
                    0,
                    crate::text::title(crate::text::Topic::Notice, ORG, 7200 + k as u64),
                    *d,
                    7200 + k as u64,
                )
            })
            .collect();
        c.head_extra = gen_meta.clone();
    }
    if let Some(c) = std_cols::find(&mut cols, "政策解读") {
        c.items.clear();
        c.shape = Shape::Blank;
    }
    std_cols::render_all(&site, &cols, m, &mut map);

    let board = Board {
        name: "局长信箱",
        list_path: "/hdjl/jzxx/",
        replier: ORG,
        parents: Vec::new(),
        messages: (0..6u32)
            .map(|k| {
                let asked = ymd(2024, 3, 20) - chrono::Duration::days(14 * i64::from(k));
                Message {
                    id: 880 - k,
                    title: [
                        "投诉超市销售过期食品",
                        "咨询个体工商户注册登记",
                        "反映商家价格欺诈",
                        "咨询食品经营许可证办理",
                    ][k as usize % 4],
                    asked,
                    answered: Some(asked + chrono::Duration::days(4)),
                    question: "您好，请尽快核实处理，谢谢。",
                    answer: "您好！我局已安排执法人员核查处理，结果已电话告知您本人。",
                }
            })
            .collect(),
    };
    board.render(
        &site,
        m,
        &side_menu(&[crumb("/hdjl/jzxx/", "局长信箱")], "局长信箱"),
        &mut map,
    );

    // Homepage: only 工作动态 and 通知公告, so its newest date is theirs.
    let find = |name: &str| cols.iter().find(|c| c.name == name);
    let mut main = String::from(
        "<div class=\"index\">\n<div class=\"banner\"><img src=\"/images/top_banner.jpg\" alt=\"市场监管\" /></div>\n",
    );
    if let Some(c) = find("工作动态") {
        main.push_str(&block(c, m, 6, "工作动态"));
    }
    if let Some(c) = find("通知公告") {
        main.push_str(&block(c, m, 5, "通知公告"));
    }
    main.push_str("<div class=\"quick\"><a href=\"/zwgk/\">政府信息公开</a> <a href=\"/hdjl/jzxx/\">局长信箱</a></div>\n</div>\n");
    let head = Head {
        title: site.name.to_string(),
        column: Some(("首页".into(), "首页".into())),
        extra: gen_meta,
        ..Head::default()
    };
    site.add(&mut map, "/", page(&site, &head, &[], &main));
    map
}
