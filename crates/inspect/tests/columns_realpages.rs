//! Real saved government pages (`../shared/realpages`) through the page
//! parser and the column/freshness functions. When the folder is absent
//! the tests pass without checking (it exists in CI).

use chrono::NaiveDate;
use govcheck_config::columns::ColumnCatalog;
use govcheck_config::rules::Rules;
use govcheck_inspect::columns::{self, ColumnLocation};
use govcheck_inspect::freshness;
use govcheck_model::{Category, FindingDetail, PageFacts, PartialDate};
use govcheck_page::dates;
use std::collections::BTreeMap;
use std::path::PathBuf;

const BASE: &str = "http://www.example.gov.cn/zwgk/zwyw/index.html";

fn realpage_at(name: &str, url: &str) -> Option<PageFacts> {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/realpages"
    ))
    .join(name);
    let bytes = std::fs::read(&path).ok()?;
    // Decoded by the page crate (the saved pages are UTF-8), as the crawler does.
    let decoded = govcheck_page::decode(&bytes, Some("text/html; charset=utf-8"));
    let url = url::Url::parse(url).ok()?;
    let mut facts = govcheck_page::parse(&url, &decoded.text, decoded.encoding);
    facts.url = url.to_string();
    facts.final_url = url.to_string();
    facts.status = 200;
    Some(facts)
}

fn realpage(name: &str) -> Option<PageFacts> {
    realpage_at(name, BASE)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn location(column: &str, url: &str) -> ColumnLocation {
    ColumnLocation {
        column: column.into(),
        url: Some(url.into()),
        via: "test".into(),
        looked_in: vec![],
    }
}

#[test]
fn trs_table_list_newest_date_and_pagination() {
    let Some(page) = realpage("yzq_gov_cn__list_zwyw_trs_createPageHTML.html") else {
        return;
    };
    // 25 items in table cells, newest 2017-10-20 (the URL t20171019 dates are not read).
    assert_eq!(page.dated_items.len(), 25);
    assert_eq!(
        freshness::latest_content_date(&page, ymd(2017, 12, 31)),
        Some(ymd(2017, 10, 20))
    );
    // Dates after the as-of date are ignored.
    assert_eq!(
        freshness::latest_content_date(&page, ymd(2017, 10, 19)),
        Some(ymd(2017, 10, 19))
    );
    // Dated items: no more pages wanted.
    assert_eq!(columns::next_page_wanted(&[&page]), None);

    // The page is the 政务要闻 column (last breadcrumb), i.e. 工作动态 (news, 14 days).
    let catalog = ColumnCatalog::embedded();
    let rules = Rules::default();
    let home = PageFacts {
        url: "http://www.example.gov.cn/".into(),
        final_url: "http://www.example.gov.cn/".into(),
        ..PageFacts::default()
    };
    let locs = columns::locate(
        &catalog,
        Category::County,
        &BTreeMap::new(),
        &home,
        &[&page],
    );
    // The breadcrumb link 政务动态 (a link beats the page's own breadcrumb 政务要闻).
    let news = locs.iter().find(|l| l.column == "工作动态").unwrap();
    assert!(news.via.contains("政务动态"), "{news:?}");
    // Without the link, the page itself (breadcrumb 政务要闻) is the column.
    let mut alone = page.clone();
    alone
        .links
        .retain(|l| l.text != "政务动态" && l.text != "政务要闻");
    let locs_alone = columns::locate(
        &catalog,
        Category::County,
        &BTreeMap::new(),
        &home,
        &[&alone],
    );
    let news_alone = locs_alone.iter().find(|l| l.column == "工作动态").unwrap();
    assert_eq!(news_alone.url.as_deref(), Some(BASE), "{news_alone:?}");
    assert!(
        news_alone.via.starts_with("breadcrumb 政务要闻"),
        "{news_alone:?}"
    );
    let news = &location("工作动态", BASE);
    // Its side menu names 公告公示: 通知公告 is found by anchor text.
    let notice = locs.iter().find(|l| l.column == "通知公告").unwrap();
    assert_eq!(
        notice.url.as_deref(),
        Some("http://www.example.gov.cn/zwgk/gggs/"),
        "{notice:?}"
    );
    assert!(notice.via.contains("公告公示"), "{}", notice.via);

    let fresh = columns::judge(
        &catalog,
        &rules,
        ymd(2017, 10, 25),
        &[(news.clone(), vec![&page])],
    );
    assert!(fresh.is_empty(), "{fresh:?}");
    let stale = columns::judge(
        &catalog,
        &rules,
        ymd(2017, 11, 5),
        &[(news.clone(), vec![&page])],
    );
    assert_eq!(
        stale.iter().map(|f| f.detail.clone()).collect::<Vec<_>>(),
        vec![FindingDetail::StaleColumn {
            column: "工作动态".into(),
            url: BASE.into(),
            latest_date: Some(ymd(2017, 10, 20)),
            max_age_days: 14,
        }]
    );
}

#[test]
fn shanghai_span_time_list() {
    let Some(page) = realpage("wsjkw_sh_gov_cn__list_yqtb.html") else {
        return;
    };
    assert!(page.dated_items.len() >= 20, "{}", page.dated_items.len());
    assert_eq!(
        freshness::latest_content_date(&page, ymd(2022, 5, 31)),
        Some(ymd(2022, 4, 27))
    );
    // Titles carry dates (上海2022年4月25日，新增…); the item date is the span.time one.
    let titled = page
        .dated_items
        .iter()
        .find(|i| i.title.starts_with("上海2022年4月25日"))
        .unwrap();
    assert_eq!(
        titled.date,
        PartialDate {
            year: Some(2022),
            month: 4,
            day: 26
        }
    );
    let judged = columns::judge(
        &ColumnCatalog::embedded(),
        &Rules::default(),
        ymd(2022, 5, 8),
        &[(location("通知公告", BASE), vec![&page])],
    );
    // 通知公告 (180 days): 11 days old, fine.
    assert!(judged.is_empty(), "{judged:?}");
}

#[test]
fn shanxi_alt_attribute_date_is_not_the_publication_date() {
    let Some(page) = realpage("shanxi_gov_cn__article_trs.html") else {
        return;
    };
    // `<span alt="时间：2017-11-08 20:26"><i>时间：</i>2019-09-18 06:23</span>`
    assert_eq!(
        page.published,
        Some(PartialDate {
            year: Some(2019),
            month: 9,
            day: 18
        })
    );
    let in_text: Vec<PartialDate> = dates::scan(&page.content_text)
        .into_iter()
        .map(|(_, d)| d)
        .collect();
    assert!(
        !in_text.contains(&PartialDate {
            year: Some(2017),
            month: 11,
            day: 8
        }),
        "{in_text:?}"
    );
    // An article-only column is dated by its written publication date.
    assert_eq!(
        freshness::latest_content_date(&page, ymd(2020, 1, 1)),
        Some(ymd(2019, 9, 18))
    );
    let judged = columns::judge(
        &ColumnCatalog::embedded(),
        &Rules::default(),
        ymd(2020, 6, 1),
        &[(location("政策解读", BASE), vec![&page])],
    );
    assert_eq!(
        judged.iter().map(|f| f.detail.clone()).collect::<Vec<_>>(),
        vec![FindingDetail::StaleColumn {
            column: "政策解读".into(),
            url: BASE.into(),
            latest_date: Some(ymd(2019, 9, 18)),
            max_age_days: 180,
        }]
    );
}

#[test]
fn meta_generation_times_are_not_content_dates_on_real_articles() {
    // wanzai 2022: meta PubDate 2023-08-16 (regenerated), body 生成日期 2023-05-11.
    let Some(page) = realpage("wanzai_gov_cn__article_tjgb2022.html") else {
        return;
    };
    let latest = freshness::latest_content_date(&page, ymd(2024, 1, 1));
    assert_ne!(latest, Some(ymd(2023, 8, 16)), "{latest:?}");
}

#[test]
fn yichun_homepage_columns_and_freshness() {
    let Some(home) = realpage_at(
        "yichun_gov_cn__homepage_2023.html",
        "http://www.example.gov.cn/ycsrmzf/index.shtml",
    ) else {
        return;
    };
    let rules = Rules::default();
    assert_eq!(
        freshness::latest_content_date(&home, ymd(2023, 10, 20)),
        Some(ymd(2023, 10, 11))
    );
    assert!(freshness::homepage(&home, ymd(2023, 10, 20), &rules).is_none());
    let f = freshness::homepage(&home, ymd(2023, 11, 30), &rules).unwrap();
    assert!(matches!(
        f.detail,
        FindingDetail::StaleHomepage {
            latest_date: Some(d),
            max_age_days: 14,
            ..
        } if d == ymd(2023, 10, 11)
    ));

    let platform = columns::platform_links(&home);
    assert_eq!(
        platform.first().map(String::as_str),
        Some("http://www.example.gov.cn/ycsrmzf/zwgk/zwgk.shtml")
    );
    let catalog = ColumnCatalog::embedded();
    let locs = columns::locate(&catalog, Category::County, &BTreeMap::new(), &home, &[]);
    let url_of = |name: &str| {
        locs.iter()
            .find(|l| l.column == name)
            .and_then(|l| l.url.clone())
    };
    assert_eq!(
        url_of("工作动态").as_deref(),
        Some("http://www.example.gov.cn/ycsrmzf/zwdt/list.shtml")
    );
    assert_eq!(
        url_of("通知公告").as_deref(),
        Some("http://www.example.gov.cn/ycsrmzf/zfgg/list.shtml")
    );
    assert_eq!(
        url_of("政策解读").as_deref(),
        Some("http://www.example.gov.cn/ycsrmzf/zcjdfa/list.shtml")
    );
    assert_eq!(
        url_of("机构职能").as_deref(),
        Some("http://www.example.gov.cn/ycsrmzf/zfjg/zfjg.shtml")
    );
    assert!(url_of("政府信息公开指南").is_some());
    // Not on the homepage: looked for there.
    let personnel = locs.iter().find(|l| l.column == "人事信息").unwrap();
    assert_eq!(personnel.url, None);
    assert_eq!(
        personnel.looked_in,
        vec!["http://www.example.gov.cn/ycsrmzf/index.shtml".to_string()]
    );
}
