//! Freshness (更新及时性): the newest content date of a page and the
//! homepage veto (首页不更新).
//!
//! Content dates are the dates of list items and the written publication
//! date of an article (`发布时间：…`). Page-generation times are never
//! content dates: the meta `PubDate`/`Maketime` of a regenerated page, a
//! `生成日期` line or the server-rendered clock `今天是2024年3月12日 星期二`
//! say when the CMS last wrote the file, not when anything was published
//! (RULES.md §1.2: 未注明信息发布时间的视为不更新).

use chrono::NaiveDate;
use govcheck_config::rules::Rules;
use govcheck_model::{Finding, FindingDetail, PageFacts, Severity};
use regex::Regex;
use std::sync::LazyLock;

/// The newest content date on `page` that is not after `as_of`.
///
/// From the page's dated list items and its written publication date;
/// implied-year dates (`[12-28]`) are resolved against `as_of`; dates after
/// `as_of` are ignored (a re-check of a past month, or a typo such as
/// 2042). Meta times are never read. Only when the parser found neither
/// (a homepage whose blocks the list heuristics missed) is the main content
/// text (`content_text`: footer already cut) scanned for full dates, leaving
/// out clock and generation lines.
pub fn latest_content_date(page: &PageFacts, as_of: NaiveDate) -> Option<NaiveDate> {
    let structured = page
        .dated_items
        .iter()
        .map(|i| i.date)
        .chain(page.published)
        .filter_map(|d| d.resolve(as_of))
        .filter(|d| *d <= as_of)
        .max();
    if structured.is_some() || !page.dated_items.is_empty() || page.published.is_some() {
        return structured;
    }
    text_dates(&page.content_text)
        .into_iter()
        .filter(|d| *d <= as_of)
        .max()
}

/// `stale_homepage` (a veto) when the newest homepage content date is
/// older than `homepage_max_age_days`, or when there is none at all.
pub fn homepage(home: &PageFacts, as_of: NaiveDate, rules: &Rules) -> Option<Finding> {
    let max_age_days = rules.freshness.homepage_max_age_days;
    let latest = latest_content_date(home, as_of);
    let fresh = latest.is_some_and(|d| (as_of - d).num_days() <= i64::from(max_age_days));
    if fresh {
        return None;
    }
    let url = if home.url.is_empty() {
        home.final_url.clone()
    } else {
        home.url.clone()
    };
    Some(Finding::new(
        Severity::Veto,
        FindingDetail::StaleHomepage {
            url,
            latest_date: latest,
            max_age_days,
        },
    ))
}

/// Full dates (`2024-03-12`, `2024/03/12`, `2024.03.12`, `2024年3月12日`)
/// in free text, full-width digits folded; clock and generation lines
/// skipped. The fallback of [`latest_content_date`] only: list dates come
/// from the parser's dated items.
fn text_dates(text: &str) -> Vec<NaiveDate> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|[^0-9])((?:19|20)[0-9]{2})(?:-([0-9]{1,2})-([0-9]{1,2})|/([0-9]{1,2})/([0-9]{1,2})|\.([0-9]{1,2})\.([0-9]{1,2})|\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号])",
        )
        .expect("valid date regex")
    });
    /// Words before a date that make it a clock, a generation time or a
    /// deadline rather than a publication date.
    const NOT_PUBLICATION: [&str; 12] = [
        "今天是",
        "今天",
        "今日",
        "现在是",
        "当前时间",
        "生成",
        "更新时间",
        "更新于",
        "最后更新",
        "截至",
        "截止",
        "访问",
    ];
    let folded: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' => '-',
            '／' => '/',
            '．' => '.',
            _ => c,
        })
        .collect();
    let mut out = Vec::new();
    for caps in DATE.captures_iter(&folded) {
        let (Some(whole), Some(year)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let end = whole.end();
        if folded[end..].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let before: String = folded[..year.start()]
            .chars()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if NOT_PUBLICATION.iter().any(|w| before.contains(w)) {
            continue;
        }
        let after: String = folded[end..].chars().take(4).collect();
        if after.contains("星期") || after.contains('周') {
            continue;
        }
        let num = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (Some(y), Some(m), Some(d)) = (
            year.as_str().parse::<i32>().ok(),
            num(2).or(num(4)).or(num(6)).or(num(8)),
            num(3).or(num(5)).or(num(7)).or(num(9)),
        ) else {
            continue;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            out.push(date);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use govcheck_model::{DatedItem, PartialDate};

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn item(year: Option<i32>, month: u32, day: u32) -> DatedItem {
        DatedItem {
            title: "关于开展工作的通知".into(),
            url: None,
            date: PartialDate { year, month, day },
        }
    }

    #[test]
    fn newest_item_not_after_as_of() {
        let page = PageFacts {
            dated_items: vec![
                item(Some(2024), 3, 1),
                item(Some(2042), 1, 1),
                item(None, 12, 28),
            ],
            ..PageFacts::default()
        };
        // [12-28] with as-of 2024-01-10 is 2023-12-28; 2042 is ignored.
        assert_eq!(
            latest_content_date(&page, ymd(2024, 1, 10)),
            Some(ymd(2023, 12, 28))
        );
        assert_eq!(
            latest_content_date(&page, ymd(2024, 3, 5)),
            Some(ymd(2024, 3, 1))
        );
    }

    #[test]
    fn meta_generation_times_are_not_content_dates() {
        let page = PageFacts {
            meta: vec![
                ("pubdate".into(), "2024-03-30 10:33:59".into()),
                ("maketime".into(), "2024-03-30".into()),
            ],
            content_text: "生成日期：2024-03-30\n今天是2024年3月30日 星期六".into(),
            ..PageFacts::default()
        };
        assert_eq!(latest_content_date(&page, ymd(2024, 3, 31)), None);
    }

    #[test]
    fn text_fallback_only_without_structured_dates() {
        let page = PageFacts {
            content_text: "要闻\n县政府召开常务会议 2024-03-20\n通知 ２０２４年３月２５日".into(),
            ..PageFacts::default()
        };
        assert_eq!(
            latest_content_date(&page, ymd(2024, 3, 31)),
            Some(ymd(2024, 3, 25))
        );
        let with_items = PageFacts {
            dated_items: vec![item(Some(2024), 1, 2)],
            ..page
        };
        assert_eq!(
            latest_content_date(&with_items, ymd(2024, 3, 31)),
            Some(ymd(2024, 1, 2))
        );
    }

    #[test]
    fn homepage_veto() {
        let rules = Rules::default();
        let home = PageFacts {
            url: "http://a.gov.cn/".into(),
            dated_items: vec![item(Some(2024), 3, 10)],
            ..PageFacts::default()
        };
        assert!(homepage(&home, ymd(2024, 3, 24), &rules).is_none());
        let f = homepage(&home, ymd(2024, 3, 25), &rules).unwrap();
        assert_eq!(f.severity, Severity::Veto);
        assert_eq!(
            f.detail,
            FindingDetail::StaleHomepage {
                url: "http://a.gov.cn/".into(),
                latest_date: Some(ymd(2024, 3, 10)),
                max_age_days: 14
            }
        );
        let empty = PageFacts {
            url: "http://a.gov.cn/".into(),
            ..PageFacts::default()
        };
        let f = homepage(&empty, ymd(2024, 3, 25), &rules).unwrap();
        assert!(matches!(
            f.detail,
            FindingDetail::StaleHomepage {
                latest_date: None,
                ..
            }
        ));
    }
}
