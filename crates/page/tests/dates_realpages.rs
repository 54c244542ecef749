//! Dates on real saved government pages (`../shared/realpages`), read from
//! the parsed text and metas. Skipped silently when the folder is absent.

use govcheck_model::PartialDate;
use govcheck_page::dates::{parse_one, scan};
use govcheck_page::{PageFacts, decode, parse};
use std::path::PathBuf;

fn realpage(name: &str) -> Option<PageFacts> {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/realpages"
    ))
    .join(name);
    let bytes = std::fs::read(path).ok()?;
    let d = decode(&bytes, Some("text/html; charset=utf-8"));
    let url = url::Url::parse("http://www.example.gov.cn/a/b/index.html").ok()?;
    Some(parse(&url, &d.text, d.encoding))
}

fn full(y: i32, m: u32, d: u32) -> PartialDate {
    PartialDate {
        year: Some(y),
        month: m,
        day: d,
    }
}

fn text_dates(p: &PageFacts) -> Vec<PartialDate> {
    scan(&p.visible_text).into_iter().map(|(_, d)| d).collect()
}

#[test]
fn gov_cn_policy_fragment_chinese_dates() {
    let Some(p) = realpage("www_gov_cn__zhengce_fragment_gbf2018_123.html") else {
        return;
    };
    let found = text_dates(&p);
    // 成文日期：2018年12月07日 and 发布日期：2018年12月27日 in a table.
    assert!(found.contains(&full(2018, 12, 7)), "{found:?}");
    assert!(found.contains(&full(2018, 12, 27)), "{found:?}");
}

#[test]
fn gov_cn_gongbao_odd_separator_meta() {
    let Some(p) = realpage("www_gov_cn__gongbao_article.html") else {
        return;
    };
    let v = p.meta("firstpublishedtime").unwrap_or_default();
    assert_eq!(parse_one(v), Some(full(2007, 8, 20)));
}

#[test]
fn hanweb_article_meta_values() {
    let Some(p) = realpage("fgw_zj_gov_cn__article_hanweb.html") else {
        return;
    };
    assert_eq!(
        parse_one(p.meta("pubdate").unwrap_or_default()),
        Some(full(2016, 11, 22))
    );
    assert_eq!(
        parse_one(p.meta("maketime").unwrap_or_default()),
        Some(full(2019, 3, 22))
    );
    // 发布日期：2016-11-22 is in the text.
    assert!(text_dates(&p).contains(&full(2016, 11, 22)));
}

#[test]
fn trs_list_dates_are_all_read() {
    let Some(p) = realpage("yzq_gov_cn__list_zwyw_trs_createPageHTML.html") else {
        return;
    };
    let found = text_dates(&p);
    // 25 list dates, all in October 2017; the t20171019_… URLs are not text.
    let october: Vec<_> = found
        .iter()
        .filter(|d| d.year == Some(2017) && d.month == 10)
        .collect();
    assert_eq!(october.len(), 25, "{found:?}");
}

#[test]
fn shanxi_alt_attribute_is_not_text() {
    let Some(p) = realpage("shanxi_gov_cn__article_trs.html") else {
        return;
    };
    let found = text_dates(&p);
    assert!(found.contains(&full(2019, 9, 18)), "{found:?}");
    assert!(!found.contains(&full(2017, 11, 8)), "{found:?}");
}
