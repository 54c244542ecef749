//! Locating and judging columns on hand-built page facts: one test per
//! finding kind and per way of finding a column.

use chrono::NaiveDate;
use govcheck_config::columns::ColumnCatalog;
use govcheck_config::rules::Rules;
use govcheck_inspect::columns::{self, ColumnLocation};
use govcheck_inspect::freshness;
use govcheck_model::{
    Category, DatedItem, Finding, FindingDetail, LinkTag, PageFacts, PageLink, PartialDate,
    Severity,
};
use std::collections::BTreeMap;

const HOME: &str = "http://www.xx.gov.cn/";

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn link(text: &str, url: &str, in_nav: bool) -> PageLink {
    PageLink {
        url: url.into(),
        text: text.into(),
        title: String::new(),
        tag: LinkTag::A,
        in_nav,
    }
}

fn page(url: &str) -> PageFacts {
    PageFacts {
        url: url.into(),
        final_url: url.into(),
        status: 200,
        encoding: "UTF-8".into(),
        ..PageFacts::default()
    }
}

fn dated(date: (Option<i32>, u32, u32), n: usize, base: &str) -> DatedItem {
    DatedItem {
        title: format!("关于做好第{n}项工作的通知"),
        url: Some(format!("{base}202401/t20240101_{n}.html")),
        date: PartialDate {
            year: date.0,
            month: date.1,
            day: date.2,
        },
    }
}

/// A list page with items on the given dates (links and text included).
fn list_page(url: &str, dates: &[(Option<i32>, u32, u32)]) -> PageFacts {
    let mut p = page(url);
    let mut text = String::from("通知公告\n");
    for (n, d) in dates.iter().enumerate() {
        let item = dated(*d, n, url);
        text.push_str(&format!("{}{:02}-{:02}\n", item.title, d.1, d.2));
        p.links
            .push(link(&item.title, item.url.as_deref().unwrap(), false));
        p.dated_items.push(item);
    }
    p.content_text = text.clone();
    p.visible_text = text;
    p
}

fn loc(column: &str, url: &str) -> ColumnLocation {
    ColumnLocation {
        column: column.into(),
        url: Some(url.into()),
        via: "test".into(),
        looked_in: vec![HOME.into()],
    }
}

fn judge_one(column: &str, pages: &[&PageFacts], as_of: NaiveDate) -> Vec<Finding> {
    let url = pages
        .first()
        .map_or("http://www.xx.gov.cn/none/", |p| p.url.as_str());
    columns::judge(
        &ColumnCatalog::embedded(),
        &Rules::default(),
        as_of,
        &[(loc(column, url), pages.to_vec())],
    )
}

fn kinds(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(Finding::kind).collect()
}

// ---------- judge ----------

#[test]
fn missing_column_carries_looked_in() {
    let location = ColumnLocation {
        column: "人事信息".into(),
        url: None,
        via: "not found".into(),
        looked_in: vec![HOME.into(), "http://www.xx.gov.cn/xxgk/".into()],
    };
    let f = columns::judge(
        &ColumnCatalog::embedded(),
        &Rules::default(),
        ymd(2024, 3, 31),
        &[(location, vec![])],
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Deduction);
    assert_eq!(
        f[0].detail,
        FindingDetail::MissingColumn {
            column: "人事信息".into(),
            looked_in: vec![HOME.into(), "http://www.xx.gov.cn/xxgk/".into()],
        }
    );
}

#[test]
fn column_link_answering_404_is_missing_unfetched_is_not_judged() {
    let mut p = page("http://www.xx.gov.cn/rsxx/");
    p.status = 404;
    let f = judge_one("人事信息", &[&p], ymd(2024, 3, 31));
    assert_eq!(kinds(&f), vec!["missing_column"]);
    let FindingDetail::MissingColumn { looked_in, .. } = &f[0].detail else {
        unreachable!()
    };
    assert!(looked_in.contains(&"http://www.xx.gov.cn/rsxx/".to_string()));
    // Fetch failed (out of scope, network): nothing to say.
    assert!(judge_one("人事信息", &[], ymd(2024, 3, 31)).is_empty());
}

#[test]
fn blank_column_says_empty() {
    let mut p = page("http://www.xx.gov.cn/tzgg/");
    p.content_text = "通知公告\n暂无信息".into();
    p.says_empty = true;
    // A side menu of sibling columns does not make it non-blank.
    p.links
        .push(link("政策文件", "http://www.xx.gov.cn/zcwj/", false));
    p.links
        .push(link("工作动态", "http://www.xx.gov.cn/gzdt/", false));
    p.content_text.push_str("\n政策文件\n工作动态");
    let f = judge_one("通知公告", &[&p], ymd(2024, 3, 31));
    assert_eq!(
        f.iter().map(|f| f.detail.clone()).collect::<Vec<_>>(),
        vec![FindingDetail::BlankColumn {
            column: "通知公告".into(),
            url: "http://www.xx.gov.cn/tzgg/".into()
        }]
    );
    assert_eq!(f[0].severity, Severity::Deduction);
}

#[test]
fn blank_column_without_marker_and_static_columns_too() {
    // An empty list without 暂无信息: no items, a title bar only.
    let mut p = page("http://www.xx.gov.cn/jgzn/");
    p.content_text = "机构职能".into();
    let f = judge_one("机构职能", &[&p], ymd(2024, 3, 31));
    assert_eq!(kinds(&f), vec!["blank_column"]);
}

#[test]
fn single_content_page_is_not_blank_and_static_is_not_stale() {
    let mut p = page("http://www.xx.gov.cn/xxgk/zn/");
    p.content_text = "政府信息公开指南\n为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。凡需要获取本机关政府信息的公民、法人和其他组织，可以查阅本指南。一、主动公开：公开范围、公开形式、公开时限。二、依申请公开：申请的提出、申请的处理、收费标准。三、监督和救济途径。".into();
    assert!(judge_one("政府信息公开指南", &[&p], ymd(2024, 3, 31)).is_empty());
}

#[test]
fn parent_column_listing_sub_columns_is_not_blank() {
    let mut p = page("http://www.xx.gov.cn/xxgk/fdzdgknr/");
    p.content_text = "法定主动公开内容\n机构职能\n规划计划\n财政预决算".into();
    p.links.push(link(
        "机构职能",
        "http://www.xx.gov.cn/xxgk/fdzdgknr/jgzn/",
        false,
    ));
    p.links.push(link(
        "规划计划",
        "http://www.xx.gov.cn/xxgk/fdzdgknr/ghjh/",
        false,
    ));
    p.links.push(link(
        "财政预决算",
        "http://www.xx.gov.cn/xxgk/fdzdgknr/czyjs/index.html",
        false,
    ));
    assert!(judge_one("法定主动公开内容", &[&p], ymd(2024, 3, 31)).is_empty());
    // Even if a sub-block says 暂无信息.
    p.says_empty = true;
    assert!(judge_one("法定主动公开内容", &[&p], ymd(2024, 3, 31)).is_empty());
}

#[test]
fn stale_column_with_latest_date_and_limit() {
    let p = list_page(
        "http://www.xx.gov.cn/gzdt/",
        &[(Some(2024), 3, 1), (Some(2024), 2, 20)],
    );
    // 工作动态: news, 14 days. 2024-03-16 is 15 days after 03-01.
    let f = judge_one("工作动态", &[&p], ymd(2024, 3, 16));
    assert_eq!(
        f.iter().map(|f| f.detail.clone()).collect::<Vec<_>>(),
        vec![FindingDetail::StaleColumn {
            column: "工作动态".into(),
            url: "http://www.xx.gov.cn/gzdt/".into(),
            latest_date: Some(ymd(2024, 3, 1)),
            max_age_days: 14,
        }]
    );
    assert_eq!(f[0].severity, Severity::Deduction);
    // Exactly 14 days old is still within the limit (a due-soon notice).
    let f = judge_one("工作动态", &[&p], ymd(2024, 3, 15));
    assert_eq!(kinds(&f), vec!["column_due_soon"]);
}

#[test]
fn due_soon_is_a_notice_never_also_stale() {
    let p = list_page("http://www.xx.gov.cn/tzgg/", &[(Some(2023), 10, 10)]);
    // 通知公告: 180 days; 2024-04-01 is 174 days after 2023-10-10 → 6 days left (margin 7).
    let f = judge_one("通知公告", &[&p], ymd(2024, 4, 1));
    assert_eq!(
        f.iter().map(|f| f.detail.clone()).collect::<Vec<_>>(),
        vec![FindingDetail::ColumnDueSoon {
            column: "通知公告".into(),
            url: "http://www.xx.gov.cn/tzgg/".into(),
            latest_date: ymd(2023, 10, 10),
            max_age_days: 180,
            days_left: 6,
        }]
    );
    assert_eq!(f[0].severity, Severity::Notice);
    // 8 days left: nothing.
    assert!(judge_one("通知公告", &[&p], ymd(2024, 3, 30)).is_empty());
    // 181 days: stale only.
    assert_eq!(
        kinds(&judge_one("通知公告", &[&p], ymd(2024, 4, 8))),
        vec!["stale_column"]
    );
}

#[test]
fn implied_year_resolves_across_the_year_boundary() {
    // as-of 2024-01-10: [12-28] is 2023-12-28, [01-05] is 2024-01-05.
    let p = list_page(
        "http://www.xx.gov.cn/gzdt/",
        &[(None, 12, 28), (None, 1, 5)],
    );
    assert!(judge_one("工作动态", &[&p], ymd(2024, 1, 10)).is_empty());
    let only_december = list_page("http://www.xx.gov.cn/gzdt/", &[(None, 12, 28)]);
    assert_eq!(
        freshness::latest_content_date(&only_december, ymd(2024, 1, 10)),
        Some(ymd(2023, 12, 28))
    );
    let f = judge_one("工作动态", &[&only_december], ymd(2024, 1, 20));
    assert!(
        matches!(f[0].detail, FindingDetail::StaleColumn { latest_date: Some(d), .. } if d == ymd(2023, 12, 28)),
        "{f:?}"
    );
}

#[test]
fn future_dates_are_ignored() {
    let p = list_page(
        "http://www.xx.gov.cn/gzdt/",
        &[(Some(2024), 12, 1), (Some(2024), 1, 2)],
    );
    let f = judge_one("工作动态", &[&p], ymd(2024, 3, 31));
    assert!(
        matches!(f[0].detail, FindingDetail::StaleColumn { latest_date: Some(d), .. } if d == ymd(2024, 1, 2)),
        "{f:?}"
    );
}

#[test]
fn undated_items_count_as_not_updated() {
    // 未注明信息发布时间的视为不更新: items without dates.
    let mut p = page("http://www.xx.gov.cn/zcwj/");
    p.content_text = "政策文件\n关于印发某某实施方案的通知\n关于进一步加强某某管理的意见".into();
    p.links.push(link(
        "关于印发某某实施方案的通知",
        "http://www.xx.gov.cn/zcwj/202301/t20230101_1.html",
        false,
    ));
    p.links.push(link(
        "关于进一步加强某某管理的意见",
        "http://www.xx.gov.cn/zcwj/202301/t20230102_2.html",
        false,
    ));
    let f = judge_one("政策文件", &[&p], ymd(2024, 3, 31));
    assert_eq!(
        f.iter().map(|f| f.detail.clone()).collect::<Vec<_>>(),
        vec![FindingDetail::StaleColumn {
            column: "政策文件".into(),
            url: "http://www.xx.gov.cn/zcwj/".into(),
            latest_date: None,
            max_age_days: 180,
        }]
    );
}

#[test]
fn columns_without_class_are_not_judged_stale() {
    let p = list_page("http://www.xx.gov.cn/nb/", &[(Some(2019), 1, 31)]);
    assert!(judge_one("政府信息公开年报", &[&p], ymd(2024, 3, 31)).is_empty());
    assert!(judge_one("财政预决算", &[&p], ymd(2024, 3, 31)).is_empty());
}

#[test]
fn article_only_column_uses_written_date_not_meta() {
    let mut p = page("http://www.xx.gov.cn/rsxx/");
    p.published = Some(PartialDate {
        year: Some(2022),
        month: 5,
        day: 1,
    });
    p.meta.push(("pubdate".into(), "2024-03-30 10:00".into()));
    p.meta
        .push(("articletitle".into(), "关于张三同志任职的通知".into()));
    p.content_text = "关于张三同志任职的通知\n发布时间：2022-05-01\n经研究决定……".into();
    let f = judge_one("人事信息", &[&p], ymd(2024, 3, 31));
    assert!(
        matches!(f[0].detail, FindingDetail::StaleColumn { latest_date: Some(d), max_age_days: 365, .. } if d == ymd(2022, 5, 1)),
        "{f:?}"
    );
}

#[test]
fn later_pages_supply_the_date() {
    let mut p1 = page("http://www.xx.gov.cn/tzgg/");
    p1.content_text = "通知公告".into();
    p1.pagination = vec![
        "http://www.xx.gov.cn/tzgg/index_1.html".into(),
        "http://www.xx.gov.cn/tzgg/index_2.html".into(),
        "http://www.xx.gov.cn/tzgg/index_3.html".into(),
    ];
    assert_eq!(
        columns::next_page_wanted(&[&p1]).as_deref(),
        Some("http://www.xx.gov.cn/tzgg/index_1.html")
    );
    let p2 = page("http://www.xx.gov.cn/tzgg/index_1.html");
    assert_eq!(
        columns::next_page_wanted(&[&p1, &p2]).as_deref(),
        Some("http://www.xx.gov.cn/tzgg/index_2.html")
    );
    let p3 = list_page(
        "http://www.xx.gov.cn/tzgg/index_2.html",
        &[(Some(2024), 3, 1)],
    );
    // Dated items found: stop; three pages: stop anyway.
    assert_eq!(columns::next_page_wanted(&[&p1, &p2, &p3]), None);
    let p3_empty = page("http://www.xx.gov.cn/tzgg/index_2.html");
    assert_eq!(columns::next_page_wanted(&[&p1, &p2, &p3_empty]), None);
    // The date on page 3 judges the column (and it is not blank).
    assert!(judge_one("通知公告", &[&p1, &p2, &p3], ymd(2024, 3, 31)).is_empty());
    // A page that says it is empty wants no more pages.
    let mut empty = p1.clone();
    empty.says_empty = true;
    assert_eq!(columns::next_page_wanted(&[&empty]), None);
}

// ---------- freshness of the homepage ----------

#[test]
fn homepage_footer_years_and_generation_meta_are_ignored() {
    let mut home = page(HOME);
    home.meta
        .push(("pubdate".into(), "2024-03-30 10:00".into()));
    home.visible_text =
        "首页\n要闻\nCopyright 2003-2024 某某县人民政府 2024年3月30日 赣ICP备12345678号".into();
    home.content_text = "首页\n要闻\n关于某某的通知".into();
    let f = freshness::homepage(&home, ymd(2024, 3, 31), &Rules::default()).unwrap();
    assert_eq!(
        f.detail,
        FindingDetail::StaleHomepage {
            url: HOME.into(),
            latest_date: None,
            max_age_days: 14
        }
    );
    assert_eq!(f.severity, Severity::Veto);
}

// ---------- locate ----------

fn home_with(links: Vec<PageLink>) -> PageFacts {
    let mut h = page(HOME);
    h.links = links;
    h
}

fn located<'a>(locs: &'a [ColumnLocation], column: &str) -> &'a ColumnLocation {
    locs.iter().find(|l| l.column == column).unwrap()
}

#[test]
fn aliases_and_normalisation() {
    let home = home_with(vec![
        link("首页", HOME, true),
        link("》信息公开指南", "http://www.xx.gov.cn/xxgk/zn/", true),
        link("公示公告", "http://www.xx.gov.cn/gsgg/", true),
        link("县政府文件", "http://www.xx.gov.cn/zfwj/", true),
        link("政策文件解读", "http://www.xx.gov.cn/zcjd/", true),
        link("政民互动", "http://www.xx.gov.cn/zmhd/", true),
        link("人事任免", "http://www.xx.gov.cn/rsrm/", false),
        link("发展规划", "http://www.xx.gov.cn/fzgh/", false),
        link("营商环境 专栏", "http://www.xx.gov.cn/yshj/", false),
        link("政务要闻", "http://www.xx.gov.cn/zwyw/", true),
        link("机构概况", "http://www.xx.gov.cn/jggk/", true),
        link("信息公开年报", "http://www.xx.gov.cn/nb/", true),
        link("信息公开制度", "http://www.xx.gov.cn/zd/", true),
        link("主动公开目录", "http://www.xx.gov.cn/zdgk/", true),
        link("财政信息", "http://www.xx.gov.cn/czxx/", true),
        // An article whose title contains a column name is not the column.
        link(
            "2023年度政府信息公开工作年度报告",
            "http://www.xx.gov.cn/nb/202401/t20240120_1.html",
            false,
        ),
    ]);
    let locs = columns::locate(
        &ColumnCatalog::embedded(),
        Category::County,
        &BTreeMap::new(),
        &home,
        &[],
    );
    let want = [
        ("政府信息公开指南", "http://www.xx.gov.cn/xxgk/zn/"),
        ("政府信息公开制度", "http://www.xx.gov.cn/zd/"),
        ("法定主动公开内容", "http://www.xx.gov.cn/zdgk/"),
        ("政府信息公开年报", "http://www.xx.gov.cn/nb/"),
        ("机构职能", "http://www.xx.gov.cn/jggk/"),
        ("政策文件", "http://www.xx.gov.cn/zfwj/"),
        ("政策解读", "http://www.xx.gov.cn/zcjd/"),
        ("通知公告", "http://www.xx.gov.cn/gsgg/"),
        ("工作动态", "http://www.xx.gov.cn/zwyw/"),
        ("人事信息", "http://www.xx.gov.cn/rsrm/"),
        ("规划计划", "http://www.xx.gov.cn/fzgh/"),
        ("财政预决算", "http://www.xx.gov.cn/czxx/"),
        ("互动交流", "http://www.xx.gov.cn/zmhd/"),
        ("优化营商环境", "http://www.xx.gov.cn/yshj/"),
    ];
    assert_eq!(locs.len(), want.len());
    for (column, url) in want {
        assert_eq!(
            located(&locs, column).url.as_deref(),
            Some(url),
            "{column}: {:?}",
            located(&locs, column)
        );
    }
    assert!(located(&locs, "政策文件").via.contains("县政府文件"));
    // Departments do not need 优化营商环境.
    let dept = columns::locate(
        &ColumnCatalog::embedded(),
        Category::Department,
        &BTreeMap::new(),
        &home,
        &[],
    );
    assert!(dept.iter().all(|l| l.column != "优化营商环境"));
}

#[test]
fn exact_beats_contained_and_nav_beats_body() {
    let home = home_with(vec![
        link("通知公告", "http://www.xx.gov.cn/body-tzgg/", false),
        link("最新通知公告", "http://www.xx.gov.cn/contained/", true),
        link("通知公告", "http://www.xx.gov.cn/tzgg/", true),
    ]);
    let locs = columns::locate(
        &ColumnCatalog::embedded(),
        Category::County,
        &BTreeMap::new(),
        &home,
        &[],
    );
    assert_eq!(
        located(&locs, "通知公告").url.as_deref(),
        Some("http://www.xx.gov.cn/tzgg/")
    );
}

#[test]
fn platform_page_and_meta_and_breadcrumb() {
    let home = home_with(vec![
        link("首页", HOME, true),
        link("政府信息公开", "http://www.xx.gov.cn/xxgk/", true),
        link("政务公开", "http://www.xx.gov.cn/zwgk/", true),
        link("信息公开指南", "http://www.xx.gov.cn/xxgk/zn/", false),
    ]);
    let platform = columns::platform_links(&home);
    assert_eq!(
        platform,
        vec![
            "http://www.xx.gov.cn/xxgk/".to_string(),
            "http://www.xx.gov.cn/zwgk/".to_string()
        ]
    );
    let mut xxgk = page("http://www.xx.gov.cn/xxgk/");
    xxgk.links = vec![
        link("政府信息公开制度", "http://www.xx.gov.cn/xxgk/zd/", true),
        link(
            "法定主动公开内容",
            "http://www.xx.gov.cn/xxgk/fdzdgknr/",
            true,
        ),
        link("政府信息公开年报", "http://www.xx.gov.cn/xxgk/nb/", true),
    ];
    // A column page known by its ColumnName meta.
    let mut rsxx = list_page("http://www.xx.gov.cn/xxgk/rsxx/", &[(Some(2024), 1, 1)]);
    rsxx.meta.push(("columnname".into(), "人事信息".into()));
    // A column page known by its breadcrumb.
    let mut ghjh = list_page("http://www.xx.gov.cn/xxgk/ghjh/", &[(Some(2024), 1, 1)]);
    ghjh.breadcrumbs = vec!["首页".into(), "法定主动公开内容".into(), "规划计划".into()];
    // Page 2 of a list and an article say their column too, but are not it.
    let mut later = list_page(
        "http://www.xx.gov.cn/xxgk/tzgg/index_1.html",
        &[(Some(2023), 1, 1)],
    );
    later.meta.push(("columnname".into(), "通知公告".into()));
    let mut article = page("http://www.xx.gov.cn/xxgk/zcjd/202401/t20240101_1.html");
    article.meta.push(("columnname".into(), "政策解读".into()));
    article.meta.push(("articletitle".into(), "解读".into()));

    let catalog = ColumnCatalog::embedded();
    let run = |pages: &[&PageFacts]| {
        columns::locate(&catalog, Category::County, &BTreeMap::new(), &home, pages)
    };
    let locs = run(&[&xxgk, &rsxx, &ghjh, &later, &article]);
    assert_eq!(
        located(&locs, "政府信息公开指南").url.as_deref(),
        Some("http://www.xx.gov.cn/xxgk/zn/")
    );
    assert_eq!(
        located(&locs, "政府信息公开制度").url.as_deref(),
        Some("http://www.xx.gov.cn/xxgk/zd/")
    );
    assert!(
        located(&locs, "政府信息公开制度")
            .via
            .ends_with("on http://www.xx.gov.cn/xxgk/")
    );
    let rs = located(&locs, "人事信息");
    assert_eq!(rs.url.as_deref(), Some("http://www.xx.gov.cn/xxgk/rsxx/"));
    assert!(rs.via.starts_with("ColumnName meta 人事信息"), "{}", rs.via);
    let gh = located(&locs, "规划计划");
    assert_eq!(gh.url.as_deref(), Some("http://www.xx.gov.cn/xxgk/ghjh/"));
    assert!(gh.via.starts_with("breadcrumb 规划计划"), "{}", gh.via);
    assert_eq!(located(&locs, "通知公告").url, None);
    assert_eq!(located(&locs, "政策解读").url, None);
    // looked_in: the homepage, then the platform page first.
    let missing = located(&locs, "通知公告");
    assert_eq!(missing.looked_in[0], HOME);
    assert_eq!(missing.looked_in[1], "http://www.xx.gov.cn/xxgk/");

    // The order of the pages does not matter.
    let reversed = run(&[&article, &later, &ghjh, &rsxx, &xxgk, &xxgk]);
    assert_eq!(locs, reversed);
}

#[test]
fn overrides_win_and_resolve_against_the_homepage() {
    let home = home_with(vec![link(
        "信息公开指南",
        "http://www.xx.gov.cn/xxgk/zn/",
        true,
    )]);
    let mut overrides = BTreeMap::new();
    overrides.insert("政府信息公开指南".to_string(), "/xxgk/gkzn/".to_string());
    overrides.insert(
        "互动交流".to_string(),
        "http://hd.xx.gov.cn/index.html".to_string(),
    );
    let locs = columns::locate(
        &ColumnCatalog::embedded(),
        Category::County,
        &overrides,
        &home,
        &[],
    );
    let guide = located(&locs, "政府信息公开指南");
    assert_eq!(
        guide.url.as_deref(),
        Some("http://www.xx.gov.cn/xxgk/gkzn/")
    );
    assert_eq!(guide.via, "override");
    assert_eq!(
        located(&locs, "互动交流").url.as_deref(),
        Some("http://hd.xx.gov.cn/index.html")
    );
}

#[test]
fn missing_end_to_end() {
    // Located nowhere → judged missing with the pages searched.
    let home = home_with(vec![link("通知公告", "http://www.xx.gov.cn/tzgg/", true)]);
    let catalog = ColumnCatalog::embedded();
    let locs = columns::locate(
        &catalog,
        Category::Institution,
        &BTreeMap::new(),
        &home,
        &[],
    );
    let tzgg = list_page("http://www.xx.gov.cn/tzgg/", &[(Some(2024), 3, 20)]);
    let judged: Vec<(ColumnLocation, Vec<&PageFacts>)> = locs
        .iter()
        .map(|l| {
            let pages = if l.url.as_deref() == Some("http://www.xx.gov.cn/tzgg/") {
                vec![&tzgg]
            } else {
                vec![]
            };
            (l.clone(), pages)
        })
        .collect();
    let f = columns::judge(&catalog, &Rules::default(), ymd(2024, 3, 31), &judged);
    let missing: Vec<&str> = f
        .iter()
        .filter_map(|f| match &f.detail {
            FindingDetail::MissingColumn { column, looked_in } => {
                assert_eq!(looked_in, &vec![HOME.to_string()]);
                Some(column.as_str())
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        missing,
        vec!["机构职能", "工作动态", "财政预决算", "互动交流"]
    );
    assert_eq!(f.len(), 4, "{f:?}");
    assert_eq!(columns::freshness_class(&catalog, "工作动态"), Some("news"));
    assert_eq!(columns::freshness_class(&catalog, "机构职能"), None);
    assert_eq!(columns::freshness_class(&catalog, "不存在"), None);
}

#[test]
fn more_link_under_a_heading() {
    // `<h3>通知公告</h3><a>更多>></a>` and `<span>工作动态</span><a>更多</a>` blocks.
    let mut home = home_with(vec![
        link("更多>>", "http://www.xx.gov.cn/tzgg/", false),
        link(
            "关于开展某某工作的通知",
            "http://www.xx.gov.cn/tzgg/202403/t20240301_1.html",
            false,
        ),
        link("更多>>", "http://www.xx.gov.cn/gzdt/", false),
        link("更多", "http://www.xx.gov.cn/somewhere/", false),
    ]);
    home.visible_text = "首页\n通知公告\n更多>>\n关于开展某某工作的通知 2024-03-01\n工作动态更多>>\n县长会见客商\n2024-03-02 更多\n".into();
    let locs = columns::locate(
        &ColumnCatalog::embedded(),
        Category::County,
        &BTreeMap::new(),
        &home,
        &[],
    );
    let tzgg = located(&locs, "通知公告");
    assert_eq!(tzgg.url.as_deref(), Some("http://www.xx.gov.cn/tzgg/"));
    assert!(tzgg.via.starts_with("heading 通知公告"), "{}", tzgg.via);
    assert_eq!(
        located(&locs, "工作动态").url.as_deref(),
        Some("http://www.xx.gov.cn/gzdt/")
    );
    // A 更多 after an item line names nothing.
    assert!(
        locs.iter()
            .all(|l| l.url.as_deref() != Some("http://www.xx.gov.cn/somewhere/"))
    );
}

#[test]
fn flat_parent_page_is_neither_blank_nor_stale() {
    // 政务动态 parent at /zwdt/ linking sub-columns at flat paths, no dates.
    let mut p = page("http://www.xx.gov.cn/zwdt/");
    p.content_text = "政务动态\n部门动态\n乡镇动态".into();
    p.links
        .push(link("部门动态", "http://www.xx.gov.cn/bmdt/", false));
    p.links
        .push(link("乡镇动态", "http://www.xx.gov.cn/xzdt/", false));
    assert!(judge_one("工作动态", &[&p], ymd(2024, 3, 31)).is_empty());
    // The same page saying 暂无信息 (an empty list beside a side menu) is blank.
    p.says_empty = true;
    assert_eq!(
        kinds(&judge_one("工作动态", &[&p], ymd(2024, 3, 31))),
        vec!["blank_column"]
    );
}

#[test]
fn pages_kept_without_text_are_blank_only_when_they_say_so() {
    // The engine may keep pages without their text: a single content page
    // then looks empty, but must not be called blank.
    let mut guide = page("http://www.xx.gov.cn/xxgk/zn/");
    guide
        .links
        .push(link("联系我们", "http://www.xx.gov.cn/lxwm/", false));
    assert!(judge_one("政府信息公开指南", &[&guide], ymd(2024, 3, 31)).is_empty());
    let mut empty = page("http://www.xx.gov.cn/zcjd/");
    empty.says_empty = true;
    assert_eq!(
        kinds(&judge_one("政策解读", &[&empty], ymd(2024, 3, 31))),
        vec!["blank_column"]
    );
}

#[test]
fn undated_list_opens_its_first_article() {
    let mut list = page("http://www.xx.gov.cn/zcwj/");
    list.content_text = "政策文件\n关于印发某某实施方案的通知\n关于进一步加强某某管理的意见".into();
    list.links
        .push(link("联系我们", "http://www.xx.gov.cn/lxwm/", false));
    list.links.push(link(
        "关于印发某某实施方案的通知",
        "http://www.xx.gov.cn/zcwj/202403/t20240301_1.html",
        false,
    ));
    list.links.push(link(
        "关于进一步加强某某管理的意见",
        "http://www.xx.gov.cn/zcwj/202402/t20240201_2.html",
        false,
    ));
    list.pagination = vec!["http://www.xx.gov.cn/zcwj/index_1.html".into()];
    assert_eq!(
        columns::next_page_wanted(&[&list]).as_deref(),
        Some("http://www.xx.gov.cn/zcwj/202403/t20240301_1.html")
    );
    // The article writes its date: the column is judged by it.
    let mut article = page("http://www.xx.gov.cn/zcwj/202403/t20240301_1.html");
    article.published = Some(PartialDate {
        year: Some(2023),
        month: 3,
        day: 1,
    });
    assert_eq!(columns::next_page_wanted(&[&list, &article]), None);
    let f = judge_one("政策文件", &[&list, &article], ymd(2024, 3, 31));
    assert_eq!(
        f.iter().map(|f| f.detail.clone()).collect::<Vec<_>>(),
        vec![FindingDetail::StaleColumn {
            column: "政策文件".into(),
            url: "http://www.xx.gov.cn/zcwj/".into(),
            latest_date: Some(ymd(2023, 3, 1)),
            max_age_days: 180,
        }]
    );
    article.published = Some(PartialDate {
        year: Some(2024),
        month: 3,
        day: 1,
    });
    assert!(judge_one("政策文件", &[&list, &article], ymd(2024, 3, 31)).is_empty());
    // The article is undated too: no more pages, and the column is undated.
    article.published = None;
    assert_eq!(columns::next_page_wanted(&[&list, &article]), None);
    let f = judge_one("政策文件", &[&list, &article], ymd(2024, 3, 31));
    assert!(
        matches!(
            f[0].detail,
            FindingDetail::StaleColumn {
                latest_date: None,
                ..
            }
        ),
        "{f:?}"
    );
}

#[test]
fn soft_404_column_page_is_missing_not_blank() {
    let mut p = page("http://www.xx.gov.cn/ghjh/");
    p.title = "页面不存在".into();
    p.content_text = "抱歉，您访问的页面不存在".into();
    assert_eq!(
        kinds(&judge_one("规划计划", &[&p], ymd(2024, 3, 31))),
        vec!["missing_column"]
    );
}
