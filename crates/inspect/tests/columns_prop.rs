//! Properties of the column judgement: one finding at most per column,
//! stale exactly when the newest date is older than the class limit,
//! due-soon only inside the margin, and locate independent of page order.

use chrono::{Datelike, Duration, NaiveDate};
use govcheck_config::columns::ColumnCatalog;
use govcheck_config::rules::Rules;
use govcheck_inspect::columns::{self, ColumnLocation};
use govcheck_model::{
    Category, DatedItem, FindingDetail, LinkTag, PageFacts, PageLink, PartialDate,
};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::LazyLock;

static CATALOG: LazyLock<ColumnCatalog> = LazyLock::new(ColumnCatalog::embedded);

fn list(url: &str, dates: &[NaiveDate], implied: bool) -> PageFacts {
    PageFacts {
        url: url.into(),
        final_url: url.into(),
        status: 200,
        content_text: "列表".into(),
        dated_items: dates
            .iter()
            .enumerate()
            .map(|(i, d)| DatedItem {
                title: format!("标题{i}"),
                url: None,
                date: PartialDate {
                    year: (!implied).then(|| d.year()),
                    month: d.month(),
                    day: d.day(),
                },
            })
            .collect(),
        ..PageFacts::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn stale_iff_older_than_the_limit(
        offsets in prop::collection::vec(-40i64..400, 1..6),
        class in prop::sample::select(vec![("工作动态", 14i64), ("通知公告", 180), ("人事信息", 365)]),
    ) {
        let as_of = NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
        let dates: Vec<NaiveDate> = offsets.iter().map(|o| as_of - Duration::days(*o)).collect();
        let page = list("http://a.gov.cn/c/", &dates, false);
        let loc = ColumnLocation {
            column: class.0.into(),
            url: Some(page.url.clone()),
            via: "t".into(),
            looked_in: vec![],
        };
        let rules = Rules::default();
        let f = columns::judge(&CATALOG, &rules, as_of, &[(loc, vec![&page])]);
        let newest = dates.iter().filter(|d| **d <= as_of).max().copied();
        prop_assert!(f.len() <= 1, "{:?}", f);
        let margin = i64::from(rules.freshness.due_soon_margin_days);
        match newest {
            None => {
                let ok = matches!(f[0].detail, FindingDetail::StaleColumn { latest_date: None, .. });
                prop_assert!(ok, "{:?}", f);
            }
            Some(d) => {
                let age = (as_of - d).num_days();
                if age > class.1 {
                    let ok = matches!(f[0].detail, FindingDetail::StaleColumn { latest_date: Some(x), .. } if x == d);
                    prop_assert!(ok, "{:?}", f);
                } else if class.1 - age <= margin {
                    let ok = matches!(f[0].detail, FindingDetail::ColumnDueSoon { latest_date, days_left, .. } if latest_date == d && i64::from(days_left) == class.1 - age);
                    prop_assert!(ok, "{:?}", f);
                } else {
                    prop_assert!(f.is_empty(), "{:?}", f);
                }
            }
        }
    }

    #[test]
    fn implied_years_never_resolve_after_as_of(
        offsets in prop::collection::vec(0i64..360, 1..6),
        as_of_day in 0i64..365,
    ) {
        let as_of = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Duration::days(as_of_day);
        let dates: Vec<NaiveDate> = offsets.iter().map(|o| as_of - Duration::days(*o)).collect();
        let page = list("http://a.gov.cn/c/", &dates, true);
        let latest = govcheck_inspect::freshness::latest_content_date(&page, as_of);
        prop_assert_eq!(latest, dates.iter().max().copied());
    }

    #[test]
    fn locate_ignores_page_order(seed in any::<u64>()) {
        let names = ["信息公开指南", "公示公告", "政务动态", "人事任免", "发展规划", "财政信息", "政民互动", "县政府文件", "解读回应"];
        let pages: Vec<PageFacts> = (0..6u64)
            .map(|i| {
                let url = format!("http://a.gov.cn/p{i}/");
                let links = names
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| (seed >> (i * 9 + *k as u64)) & 1 == 1)
                    .map(|(k, n)| PageLink {
                        url: format!("http://a.gov.cn/p{i}/c{k}/"),
                        text: n.to_string(),
                        title: String::new(),
                        tag: LinkTag::A,
                        in_nav: (seed >> (k as u64)) & 1 == 1,
                    })
                    .collect();
                PageFacts { url: url.clone(), final_url: url, links, ..PageFacts::default() }
            })
            .collect();
        let home = PageFacts { url: "http://a.gov.cn/".into(), final_url: "http://a.gov.cn/".into(), ..PageFacts::default() };
        let catalog = &*CATALOG;
        let fwd: Vec<&PageFacts> = pages.iter().collect();
        let mut rev = fwd.clone();
        rev.reverse();
        let a = columns::locate(catalog, Category::County, &BTreeMap::new(), &home, &fwd);
        let b = columns::locate(catalog, Category::County, &BTreeMap::new(), &home, &rev);
        prop_assert_eq!(a, b);
    }
}
