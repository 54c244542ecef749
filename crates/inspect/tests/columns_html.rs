//! A small portal written as HTML, read by the page parser, then located
//! and judged: the path the engine takes, without the network.

use chrono::NaiveDate;
use govcheck_config::columns::ColumnCatalog;
use govcheck_config::rules::Rules;
use govcheck_inspect::{columns, freshness};
use govcheck_model::{Category, FindingDetail, PageFacts};
use std::collections::BTreeMap;

const HOST: &str = "http://www.qh.gov.cn";

fn parse(path: &str, html: &str) -> PageFacts {
    let url = url::Url::parse(&format!("{HOST}{path}")).unwrap();
    let d = govcheck_page::decode(html.as_bytes(), Some("text/html; charset=utf-8"));
    let mut f = govcheck_page::parse(&url, &d.text, d.encoding);
    f.url = url.to_string();
    f.final_url = url.to_string();
    f.status = 200;
    f
}

fn shell(title: &str, column: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="ColumnName" content="{column}"><meta name="PubDate" content="2024-03-30 02:00:00">
<meta name="Maketime" content="2024-03-30 02:00:00"></head><body>
<div class="header"><ul class="nav">
<li><a href="/">网站首页</a></li><li><a href="/col/col100/">政务公开</a></li>
<li><a href="/col/col130/">政民互动</a></li><li><a href="/col/col140/">营商环境</a></li>
</ul></div>
{body}
<div class="footer"><p>版权所有：青禾县人民政府 Copyright © 2024 网站标识码：3609990002 赣ICP备05012345号</p>
<p>页面生成时间：2024-03-30</p></div></body></html>"#
    )
}

fn list(title: &str, rows: &[(&str, &str, &str)]) -> String {
    let mut h = format!("<div class=\"lm_title\">{title}</div><ul class=\"list\">\n");
    for (href, text, date) in rows {
        h.push_str(&format!(
            "<li><a href=\"{href}\" title=\"{text}\">{text}</a><span class=\"date\">{date}</span></li>\n"
        ));
    }
    h.push_str("</ul>");
    h
}

#[test]
fn a_portal_from_html() {
    let as_of = NaiveDate::from_ymd_opt(2024, 1, 10).unwrap();
    let home = parse(
        "/",
        &shell(
            "青禾县人民政府",
            "首页",
            &format!(
                "<div class=\"block\"><div class=\"hd\"><h3>公示公告</h3><a class=\"more\" href=\"/col/col107/\">更多&gt;&gt;</a></div>{}</div>\
                 <div class=\"block\"><div class=\"hd\"><span>今日要闻</span><a class=\"more\" href=\"/col/col108/\">more+</a></div>{}</div>",
                list(
                    "",
                    &[(
                        "/art/2024/1/5/art_107_1.html",
                        "关于春节期间安全生产的通告",
                        "[01-05]"
                    )]
                ),
                list(
                    "",
                    &[(
                        "/art/2023/12/28/art_108_2.html",
                        "县长主持召开常务会议",
                        "[12-28]"
                    )]
                ),
            ),
        ),
    );
    let platform = parse(
        "/col/col100/",
        &shell(
            "政务公开",
            "政务公开",
            "<div class=\"xxgk_nav\"><ul>\
             <li><a href=\"/col/col112/\">信息公开指南</a></li>\
             <li><a href=\"/col/col113/\">信息公开制度</a></li>\
             <li><a href=\"/col/col102/\">法定主动公开内容</a></li>\
             <li><a href=\"/col/col114/\">年度报告</a></li>\
             <li><a href=\"/col/col104/\">机构概况</a></li>\
             <li><a href=\"/col/col103/\">政府文件</a></li>\
             <li><a href=\"/col/col105/\">解读回应</a></li>\
             <li><a href=\"/col/col109/\">人事任免</a></li>\
             <li><a href=\"/col/col110/\">发展规划</a></li>\
             </ul></div>",
        ),
    );
    assert_eq!(
        columns::platform_links(&home),
        vec![format!("{HOST}/col/col100/")]
    );
    let catalog = ColumnCatalog::embedded();
    let locs = columns::locate(
        &catalog,
        Category::County,
        &BTreeMap::new(),
        &home,
        &[&platform],
    );
    let url_of = |c: &str| {
        locs.iter()
            .find(|l| l.column == c)
            .and_then(|l| l.url.clone())
    };
    assert_eq!(url_of("通知公告"), Some(format!("{HOST}/col/col107/")));
    assert_eq!(url_of("工作动态"), Some(format!("{HOST}/col/col108/")));
    assert_eq!(url_of("互动交流"), Some(format!("{HOST}/col/col130/")));
    assert_eq!(url_of("优化营商环境"), Some(format!("{HOST}/col/col140/")));
    assert_eq!(url_of("政策解读"), Some(format!("{HOST}/col/col105/")));
    assert_eq!(
        url_of("政府信息公开年报"),
        Some(format!("{HOST}/col/col114/"))
    );
    // Not on the portal.
    assert_eq!(url_of("财政预决算"), None);

    // The homepage: [01-05] with as-of 2024-01-10 (the generation metas and
    // the footer's 2024 / 页面生成时间 do not count).
    assert_eq!(
        freshness::latest_content_date(&home, as_of),
        Some(NaiveDate::from_ymd_opt(2024, 1, 5).unwrap())
    );
    assert!(freshness::homepage(&home, as_of, &Rules::default()).is_none());

    // Column pages.
    let news = parse(
        "/col/col108/",
        &shell(
            "今日要闻",
            "今日要闻",
            &list(
                "今日要闻",
                &[
                    (
                        "/art/2023/12/28/art_108_2.html",
                        "县长主持召开常务会议",
                        "[12-28]",
                    ),
                    (
                        "/art/2023/12/20/art_108_3.html",
                        "全县冬季植树造林工作推进会召开",
                        "[12-20]",
                    ),
                ],
            ),
        ),
    );
    let blank = parse(
        "/col/col105/",
        &shell(
            "解读回应",
            "解读回应",
            "<div class=\"lm_title\">解读回应</div><div class=\"list\"><p>暂无数据</p></div>",
        ),
    );
    let rules = Rules::default();
    let judged: Vec<(columns::ColumnLocation, Vec<&PageFacts>)> = locs
        .iter()
        .filter(|l| l.column == "工作动态" || l.column == "政策解读" || l.column == "财政预决算")
        .map(|l| {
            let pages = match l.column.as_str() {
                "工作动态" => vec![&news],
                "政策解读" => vec![&blank],
                _ => vec![],
            };
            (l.clone(), pages)
        })
        .collect();
    let mut found: Vec<FindingDetail> = columns::judge(&catalog, &rules, as_of, &judged)
        .into_iter()
        .map(|f| f.detail)
        .collect();
    found.sort_by_key(|d| d.kind());
    // [12-28] resolves to 2023-12-28: 13 days, news limit 14 → due soon.
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(matches!(&found[0], FindingDetail::BlankColumn { column, .. } if column == "政策解读"));
    assert!(
        matches!(&found[1], FindingDetail::ColumnDueSoon { column, latest_date, days_left: 1, .. }
        if column == "工作动态" && *latest_date == NaiveDate::from_ymd_opt(2023, 12, 28).unwrap())
    );
    assert!(
        matches!(&found[2], FindingDetail::MissingColumn { column, .. } if column == "财政预决算")
    );
}
