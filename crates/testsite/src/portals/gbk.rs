//! `county-gbk`: 青禾县人民政府, a Hanweb-style county portal served in GBK
//! (`Content-Type: text/html; charset=gbk`, `<meta … charset=gbk>`, real
//! GBK bytes from encoding_rs).
//!
//! - Columns carry real-world names: 信息公开指南, 年度报告, 政府文件,
//!   解读回应, 公示公告, 政务动态, 政民互动, 人事任免, 财政信息, 发展规划,
//!   机构概况 (reports must use the canonical names).
//! - 人事任免 (人事信息) was last updated 2022-11-15: stale_column in every
//!   month (not rectified).
//! - The homepage links a search page with a Chinese query string
//!   (`/module/search/index.jsp?keyword=政务公开&field=title`); it resolves
//!   whether the query arrives percent-encoded as UTF-8 or as GBK.
//! - One 公示公告 article dated 2024-01-16 writes `国土<span>资源部</span>`
//!   (an outdated name split by a tag): sensitive_word 国土资源部 in every month.

use super::{Ctx, common, crumb, not_found, std_cols};
use crate::column::{Column, block, item, side_menu};
use crate::interact::{Board, Message};
use crate::layout::{Head, SiteInfo, Style, page};
use crate::site::{SiteMap, jpeg, ymd};
use crate::text::Topic;

/// The article with the split outdated name.
pub(crate) const WORD_ARTICLE: &str = "/art/2024/1/16/art_107_8951.html";
/// The search link with a Chinese query.
pub(crate) const SEARCH: &str = "/module/search/index.jsp?keyword=政务公开&field=title";

fn site_info(ctx: &Ctx) -> SiteInfo {
    SiteInfo {
        name: "青禾县人民政府",
        code: "3609980001",
        domain: "www.qinghe.gov.cn",
        sponsor: "青禾县人民政府办公室",
        undertaker: "青禾县大数据中心",
        icp: "赣ICP备05023456号",
        gongan: "赣公网安备 36099802000201号",
        copyright: "版权所有 © 2019-2024 青禾县人民政府",
        phone: "0795-6212345",
        style: Style::Hanweb,
        gbk: true,
        nav: vec![
            crumb("/", "网站首页"),
            crumb("/col/col104/", "机构概况"),
            crumb("/col/col108/", "政务动态"),
            crumb("/col/col100/", "政府信息公开"),
            crumb("/col/col130/", "政民互动"),
            crumb("/col/col140/", "优化营商环境"),
        ],
        footer_links: vec![crumb(&ctx.url("county-good"), "白鹭县人民政府")],
        footer_extra: String::new(),
    }
}

const ORG: &str = "青禾县人民政府";

fn rename(cols: &mut [Column], from: &str, to: &'static str) {
    if let Some(c) = std_cols::find(cols, from) {
        c.name = to;
    }
}

pub(crate) fn build(ctx: &Ctx, m: usize) -> SiteMap {
    let site = site_info(ctx);
    let mut map = SiteMap::new(not_found(&site));
    common(
        &site,
        &mut map,
        "User-agent: *\nDisallow: /module/web/jpage/\n",
    );
    let mut cols = std_cols::columns(&site, ORG, 8000);

    if let Some(c) = std_cols::find(&mut cols, "人事信息") {
        let p = c.path.clone();
        c.items = [
            (ymd(2022, 11, 15), 8801u64),
            (ymd(2022, 6, 20), 8802),
            (ymd(2021, 12, 10), 8803),
        ]
        .iter()
        .map(|(d, id)| {
            item(
                &site,
                &p,
                109,
                crate::text::title(Topic::Personnel, ORG, *id),
                *d,
                *id,
            )
        })
        .collect();
    }
    if let Some(c) = std_cols::find(&mut cols, "通知公告") {
        let mut it = item(
            &site,
            &c.path,
            107,
            "关于开展2024年度耕地保护专项检查的公示".into(),
            ymd(2024, 1, 16),
            8951,
        );
        it.body = "<p>　　根据国土<span>资源部</span>有关文件精神，结合我县实际，现将2024年度耕地保护专项检查有关事项公示如下。</p>\n<p>　　一、检查范围：全县各乡镇。二、检查时间：2024年1月至3月。</p>\n".into();
        c.items.push(it);
    }
    // 优化营商环境 (a county column), Hanweb column 140.
    let mut yshj = Column::new("优化营商环境", "/col/col140/", "工作动态");
    yshj.items = (0..8u64)
        .map(|k| {
            let d = ymd(2024, 3, 26) - chrono::Duration::days(11 * k as i64);
            item(
                &site,
                "/col/col140/",
                140,
                format!("青禾县优化营商环境工作动态（2024年第{}期）", 10 - k),
                d,
                8901 + k,
            )
        })
        .collect();
    cols.push(yshj);
    for (from, to) in [
        ("政府信息公开指南", "信息公开指南"),
        ("政府信息公开年报", "年度报告"),
        ("政策文件", "政府文件"),
        ("政策解读", "解读回应"),
        ("通知公告", "公示公告"),
        ("工作动态", "政务动态"),
        ("人事信息", "人事任免"),
        ("财政预决算", "财政信息"),
        ("规划计划", "发展规划"),
        ("机构职能", "机构概况"),
    ] {
        rename(&mut cols, from, to);
    }
    std_cols::render_all(&site, &cols, m, &mut map);

    let board = Board {
        name: "政民互动",
        list_path: "/col/col130/",
        replier: "青禾县人民政府办公室",
        parents: Vec::new(),
        messages: (0..10u32)
            .map(|k| {
                let asked = ymd(2024, 3, 27) - chrono::Duration::days(9 * i64::from(k));
                Message {
                    id: 5600 - k,
                    title: [
                        "咨询社保卡补办地点",
                        "反映小区供水压力不足",
                        "咨询新生儿落户手续",
                        "建议增加城区公厕",
                    ][k as usize % 4],
                    asked,
                    answered: Some(asked + chrono::Duration::days(2)),
                    question: "您好，请问相关问题如何解决？",
                    answer: "您好！已转相关部门办理，办理结果将及时反馈。",
                }
            })
            .collect(),
    };
    board.render(
        &site,
        m,
        &side_menu(&[crumb("/col/col130/", "县长信箱")], "县长信箱"),
        &mut map,
    );

    // The search page, with and without the Chinese query.
    let sh = Head {
        title: format!("站内搜索 - {}", site.name),
        ..Head::default()
    };
    site.add(
        &mut map,
        SEARCH,
        page(&site, &sh, &[crumb("/", "网站首页")], "<div class=\"search_result\"><h2>搜索“政务公开”的结果</h2><ul><li><a href=\"/col/col100/\">政府信息公开</a></li></ul></div>\n"),
    );
    site.add(
        &mut map,
        "/module/search/index.jsp",
        page(
            &site,
            &sh,
            &[crumb("/", "网站首页")],
            "<div class=\"search_result\"><p>请输入关键词。</p></div>\n",
        ),
    );

    let find = |name: &str| cols.iter().find(|c| c.name == name);
    let mut main = String::from(
        "<div class=\"index\">\n<div class=\"focus\"><img src=\"/picture/0/focus_qh.jpg\" alt=\"青禾风光\"></div>\n",
    );
    map.add("/picture/0/focus_qh.jpg", jpeg());
    for (name, n) in [
        ("政务动态", 7),
        ("公示公告", 6),
        ("政府文件", 5),
        ("解读回应", 4),
    ] {
        if let Some(c) = find(name) {
            main.push_str(&block(c, m, n, name));
        }
    }
    main.push_str(&format!(
        "<div class=\"hot\">热门搜索：<a href=\"{SEARCH}\">政务公开</a></div>\n<div class=\"entry\"><a href=\"/col/col100/\">政府信息公开</a> <a href=\"/col/col140/\">优化营商环境</a> <a href=\"/col/col130/\">县长信箱</a></div>\n</div>\n"
    ));
    let head = Head {
        title: site.name.to_string(),
        column: Some(("首页".into(), "首页".into())),
        ..Head::default()
    };
    site.add(&mut map, "/", page(&site, &head, &[], &main));
    map
}
