//! `inst-words`: 白鹭县政务服务中心, a TRS-style institution portal with
//! sensitive words, 办事指南 and a 领导信箱.
//!
//! Sensitive words (reported: word @ page):
//! - W1 `工作动态` 2024-01-15: 国家工商行政管理总局 (plain, general) and
//!   党的２０大 (full-width digits, list word 党的20大, serious).
//! - W2 `通知公告` 2024-01-22: 中华人民&nbsp;共合国 (serious) and
//!   一带一路战略 (plain, serious).
//! - W3 `工作动态` 2024-01-25: 国家工商\u{200B}行政管理总局 (zero-width
//!   space inside, general) and 一带一路 战略 (space inside, serious).
//! - In March W1, W2 and the 一带一路 sentence of W3 are corrected; the
//!   zero-width 国家工商行政管理总局 on W3 stays.
//!
//! Not reported: 原国土资源部 and 农业部门 (allowed contexts, in W1 and on
//! the homepage); the same words inside `<script>`, an HTML comment, a
//! `title` attribute, `<meta>` and `<style>` on the homepage.
//!
//! 办事指南: G1 complete (11 elements); G2 names elements by synonyms
//! (受理条件, 申请材料, 咨询电话), leaves 收费标准 empty and lacks 设定依据,
//! 办理流程, 办理时限 → service_guide_incomplete (every month).
//!
//! 领导信箱: message 1093 asked 2023-10-20 is unanswered until it is
//! answered on 2024-03-05 (unanswered_message in January, 103 days, and
//! February, 132 days); message 1105 asked 2024-01-25 is unanswered in
//! January and February (6 and 35 days: not overdue) and answered in March.

use super::{Ctx, common, crumb, not_found, std_cols};
use crate::column::{block, item, side_menu};
use crate::interact::{Board, Guide, Message, complete_rows, detail_path, render_guide};
use crate::layout::{DateFmt, Head, SiteInfo, Style, page};
use crate::site::{SiteMap, ymd};

pub(crate) const W1: &str = "/zwgk/gzdt/202401/t20240115_9101.html";
pub(crate) const W2: &str = "/zwgk/tzgg/202401/t20240122_9102.html";
pub(crate) const W3: &str = "/zwgk/gzdt/202401/t20240125_9103.html";
pub(crate) const G1: &str = "/bszn/202401/t20240109_9201.html";
pub(crate) const G2: &str = "/bszn/202401/t20240111_9202.html";
pub(crate) const BOARD: &str = "/hdjl/ldxx/";
pub(crate) const OLD_MESSAGE: u32 = 1093;

fn site_info(ctx: &Ctx) -> SiteInfo {
    SiteInfo {
        name: "白鹭县政务服务中心",
        code: "3609990021",
        domain: "zwfw.bailu.gov.cn",
        sponsor: "白鹭县政务服务中心",
        undertaker: "白鹭县政务服务中心综合科",
        icp: "赣ICP备05012345号-6",
        gongan: "赣公网安备 36099902000121号",
        copyright: "版权所有：白鹭县政务服务中心　Copyright © 2018-2024",
        phone: "0795-8012678",
        style: Style::Trs,
        gbk: false,
        nav: vec![
            crumb("/", "首页"),
            crumb("/zwgk/jgzn/", "中心概况"),
            crumb("/zwgk/", "政府信息公开"),
            crumb("/zwgk/gzdt/", "中心动态"),
            crumb("/bszn/", "办事指南"),
            crumb(BOARD, "领导信箱"),
        ],
        footer_links: Vec::new(),
        footer_extra: format!(
            "<p>相关链接：<a href=\"{}\" target=\"_blank\">白鹭县人民政府</a></p>\n",
            ctx.url("county-good")
        ),
    }
}

const ORG: &str = "白鹭县政务服务中心";

pub(crate) fn build(ctx: &Ctx, m: usize) -> SiteMap {
    let site = site_info(ctx);
    let mut map = SiteMap::new(not_found(&site));
    common(&site, &mut map, "User-agent: *\nAllow: /\n");
    let fixed = m >= 2;
    let mut cols = std_cols::columns(&site, ORG, 9000);
    if let Some(c) = std_cols::find(&mut cols, "工作动态") {
        c.date_fmt = DateFmt::Chinese;
        let mut w1 = item(
            &site,
            &c.path,
            0,
            "中心开展市场主体登记业务培训".into(),
            ymd(2024, 1, 15),
            9101,
        );
        w1.body = if fixed {
            "<p>　　为深入学习贯彻党的二十大精神，提升窗口服务水平，中心组织开展市场主体登记业务培训。培训依据国家市场监督管理总局有关规定，对登记注册流程进行了讲解。</p>\n<p>　　培训还回顾了原国土资源部时期不动产登记制度的沿革，并邀请农业部门介绍涉农经营主体登记有关情况。</p>\n".into()
        } else {
            "<p>　　为深入学习贯彻党的２０大精神，提升窗口服务水平，中心组织开展市场主体登记业务培训。培训依据国家工商行政管理总局有关规定，对登记注册流程进行了讲解。</p>\n<p>　　培训还回顾了原国土资源部时期不动产登记制度的沿革，并邀请农业部门介绍涉农经营主体登记有关情况。</p>\n".into()
        };
        c.items.push(w1);
        let mut w3 = item(
            &site,
            &c.path,
            0,
            "中心召开2024年度重点工作部署会".into(),
            ymd(2024, 1, 25),
            9103,
        );
        w3.body = if fixed {
            "<p>　　会议传达了国家工商\u{200B}行政管理总局有关企业登记的要求。</p>\n<p>　　会议强调，要主动服务共建“一带一路”倡议，提升涉外企业登记服务水平。</p>\n".into()
        } else {
            "<p>　　会议传达了国家工商\u{200B}行政管理总局有关企业登记的要求。</p>\n<p>　　会议强调，要主动服务一带一路 战略，提升涉外企业登记服务水平。</p>\n".into()
        };
        c.items.push(w3);
    }
    if let Some(c) = std_cols::find(&mut cols, "通知公告") {
        let mut w2 = item(
            &site,
            &c.path,
            0,
            "关于调整政务服务大厅春节期间服务时间的通知".into(),
            ymd(2024, 1, 22),
            9102,
        );
        w2.body = if fixed {
            "<p>　　根据《中华人民共和国政府信息公开条例》及县政府有关安排，现将春节期间服务时间通知如下。</p>\n<p>　　中心将持续优化涉外企业服务，助力共建“一带一路”倡议。</p>\n".into()
        } else {
            "<p>　　根据《中华人民&nbsp;共合国政府信息公开条例》及县政府有关安排，现将春节期间服务时间通知如下。</p>\n<p>　　中心将持续优化涉外企业服务，助力一带一路战略。</p>\n".into()
        };
        c.items.push(w2);
    }
    std_cols::render_all(&site, &cols, m, &mut map);

    // 办事指南.
    let g1 = Guide {
        path: G1.into(),
        title: "企业设立登记办事指南",
        rows: complete_rows(
            "企业设立登记",
            "《中华人民共和国市场主体登记管理条例》第三条",
            "白鹭县政务服务中心二楼市场监管窗口",
            "白鹭县市场监督管理局",
            "0795-8012699",
        ),
    };
    let g2 = Guide {
        path: G2.into(),
        title: "个体工商户注册登记办事指南",
        rows: vec![
            ("事项名称", "个体工商户注册登记"),
            ("受理条件", "有经营能力的公民，经营场所符合规定。"),
            ("申请材料", "1.个体工商户注册登记申请书；2.经营者身份证明。"),
            ("办理地点", "白鹭县政务服务中心二楼市场监管窗口"),
            ("办理机构", "白鹭县市场监督管理局"),
            ("办理时间", "工作日上午8:30-12:00，下午14:30-17:30"),
            ("收费标准", ""),
            ("咨询电话", "0795-8012699"),
        ],
    };
    let crumbs = [crumb("/bszn/", "办事指南")];
    render_guide(&site, &g1, &crumbs, &mut map);
    render_guide(&site, &g2, &crumbs, &mut map);
    let bh = Head {
        title: format!("办事指南 - {}", site.name),
        column: Some(("办事指南".into(), "办事服务".into())),
        ..Head::default()
    };
    let bmain = format!(
        "<div class=\"list\"><ul>\n<li><a href=\"{G1}\">{}</a><span class=\"time\">2024-01-09</span></li>\n<li><a href=\"{G2}\">{}</a><span class=\"time\">2024-01-11</span></li>\n</ul></div>\n",
        g1.title, g2.title
    );
    site.add(
        &mut map,
        "/bszn/",
        page(
            &site,
            &bh,
            &[crumb("/", "首页"), crumb("/bszn/", "办事指南")],
            &bmain,
        ),
    );

    // 领导信箱.
    let mut msgs: Vec<Message> = (0..7u32)
        .map(|k| {
            let asked = ymd(2024, 3, 22) - chrono::Duration::days(13 * i64::from(k));
            Message {
                id: 1120 - k,
                title: [
                    "咨询企业开办一窗通办流程",
                    "建议增加自助办理终端",
                    "咨询不动产登记预约方式",
                    "反映窗口排队时间较长",
                ][k as usize % 4],
                asked,
                answered: Some(asked + chrono::Duration::days(3)),
                question: "您好，请问如何办理？",
                answer: "您好！已按您的建议改进，感谢您的支持。",
            }
        })
        .collect();
    msgs.push(Message {
        id: OLD_MESSAGE,
        title: "咨询二手房交易过户所需材料",
        asked: ymd(2023, 10, 20),
        answered: Some(ymd(2024, 3, 5)),
        question: "您好，我想办理二手房过户，需要准备哪些材料？",
        answer: "您好！请携带买卖双方身份证明、不动产权证书、买卖合同到中心一楼不动产窗口办理。",
    });
    msgs.push(Message {
        id: 1105,
        title: "咨询社保窗口周末是否办公",
        asked: ymd(2024, 1, 25),
        answered: Some(ymd(2024, 3, 1)),
        question: "您好，社保窗口周六是否可以办理业务？",
        answer: "您好！社保窗口周六上午正常办公。",
    });
    let board = Board {
        name: "领导信箱",
        list_path: BOARD,
        replier: ORG,
        parents: Vec::new(),
        messages: msgs,
    };
    board.render(
        &site,
        m,
        &side_menu(&[crumb(BOARD, "领导信箱")], "领导信箱"),
        &mut map,
    );

    // Homepage, with the words in places that are not text.
    let find = |name: &str| cols.iter().find(|c| c.name == name);
    let mut main = String::from(
        "<div class=\"index\">\n<!-- 旧版栏目：国家工商行政管理总局 中华人民共合国 -->\n<div class=\"banner\"><img src=\"/images/top_banner.jpg\" alt=\"政务服务\" title=\"一带一路战略\" /></div>\n",
    );
    for (name, n, heading) in [("工作动态", 6, "中心动态"), ("通知公告", 5, "通知公告")]
    {
        if let Some(c) = find(name) {
            main.push_str(&block(c, m, n, heading));
        }
    }
    main.push_str(&format!(
        "<div class=\"intro\"><p>　　中心设有综合受理窗口，可办理农业部门、自然资源部门等进驻事项。<a href=\"/bszn/\" title=\"国土资源部\">办事指南</a> <a href=\"{BOARD}\">领导信箱</a></p></div>\n<script type=\"text/javascript\">var oldName = \"国家工商行政管理总局\"; var slogan = \"党的20大\";</script>\n</div>\n"
    ));
    let head = Head {
        title: site.name.to_string(),
        column: Some(("首页".into(), "首页".into())),
        extra: "<meta name=\"Keywords\" content=\"政务服务,国家工商行政管理总局,中华人民共合国\">\n<style type=\"text/css\">/* 一带一路战略 */ .intro{color:#333}</style>\n".into(),
        ..Head::default()
    };
    site.add(&mut map, "/", page(&site, &head, &[], &main));
    let _ = detail_path;
    map
}
