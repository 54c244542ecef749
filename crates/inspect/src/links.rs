//! Verified broken links become `broken_link` findings.
//!
//! The crawler verifies each link target once and collects every page that
//! links to it; this module only shapes the evidence, so that a target
//! linked from forty pages is one finding with forty `found_on` entries
//! (SPEC), in a stable order whatever order the crawl met the pages in.

use govcheck_model::{Finding, FindingDetail, FoundOn, LinkError, Severity};

/// One `broken_link` finding (severity `deduction`) for a verified broken
/// target. `found_on` is sorted (page, then text) and exact duplicates are
/// dropped, so that two crawls of the same site give the same JSON.
pub fn finding(
    url: impl Into<String>,
    mut found_on: Vec<FoundOn>,
    on_homepage: bool,
    error: LinkError,
) -> Finding {
    found_on.sort();
    found_on.dedup();
    Finding::new(
        Severity::Deduction,
        FindingDetail::BrokenLink {
            url: url.into(),
            found_on,
            on_homepage,
            error,
        },
    )
}

/// Merges `broken_link` findings of the same target into one (pages
/// united, `on_homepage` if any says so, the first error kept), sorted by
/// URL; other findings pass through unchanged, after them. For an engine
/// that reports a broken target per page it was found on.
pub fn merge(findings: Vec<Finding>) -> Vec<Finding> {
    use std::collections::BTreeMap;
    let mut merged: BTreeMap<String, (Vec<FoundOn>, bool, LinkError)> = BTreeMap::new();
    let mut others = Vec::new();
    for f in findings {
        match f.detail {
            FindingDetail::BrokenLink {
                url,
                found_on,
                on_homepage,
                error,
            } => {
                let e = merged
                    .entry(url)
                    .or_insert_with(|| (Vec::new(), false, error));
                e.0.extend(found_on);
                e.1 |= on_homepage;
            }
            detail => others.push(Finding { detail, ..f }),
        }
    }
    let mut out: Vec<Finding> = merged
        .into_iter()
        .map(|(url, (found_on, on_homepage, error))| finding(url, found_on, on_homepage, error))
        .collect();
    out.extend(others);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use govcheck_model::LinkErrorClass;

    fn on(page: &str, text: &str) -> FoundOn {
        FoundOn {
            page: page.into(),
            text: text.into(),
        }
    }

    fn err() -> LinkError {
        LinkError {
            class: LinkErrorClass::Timeout,
            status: None,
            reason: None,
            redirect_chain: vec![],
            attempts: 3,
        }
    }

    #[test]
    fn merge_unites_pages_of_one_target() {
        let a = finding(
            "http://a.gov.cn/x",
            vec![on("http://a.gov.cn/p2", "")],
            false,
            err(),
        );
        let b = finding(
            "http://a.gov.cn/x",
            vec![on("http://a.gov.cn/", "")],
            true,
            err(),
        );
        let c = finding(
            "http://a.gov.cn/w",
            vec![on("http://a.gov.cn/p1", "")],
            false,
            err(),
        );
        let m = merge(vec![a, b, c]);
        assert_eq!(m.len(), 2);
        match &m[1].detail {
            FindingDetail::BrokenLink {
                url,
                found_on,
                on_homepage,
                ..
            } => {
                assert_eq!(url, "http://a.gov.cn/x");
                assert!(*on_homepage);
                assert_eq!(
                    found_on,
                    &vec![on("http://a.gov.cn/", ""), on("http://a.gov.cn/p2", "")]
                );
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn found_on_is_sorted_and_deduplicated() {
        let err = LinkError {
            class: LinkErrorClass::HttpStatus,
            status: Some(404),
            reason: None,
            redirect_chain: vec![],
            attempts: 2,
        };
        let f = finding(
            "http://a.gov.cn/x.htm",
            vec![
                on("http://a.gov.cn/b.htm", "通知"),
                on("http://a.gov.cn/a.htm", "通知"),
                on("http://a.gov.cn/b.htm", "通知"),
                on("http://a.gov.cn/a.htm", "公告"),
            ],
            true,
            err.clone(),
        );
        assert_eq!(f.severity, Severity::Deduction);
        match f.detail {
            FindingDetail::BrokenLink {
                url,
                found_on,
                on_homepage,
                error,
            } => {
                assert_eq!(url, "http://a.gov.cn/x.htm");
                assert_eq!(
                    found_on,
                    vec![
                        on("http://a.gov.cn/a.htm", "公告"),
                        on("http://a.gov.cn/a.htm", "通知"),
                        on("http://a.gov.cn/b.htm", "通知"),
                    ]
                );
                assert!(on_homepage);
                assert_eq!(error, err);
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
