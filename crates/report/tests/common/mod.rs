//! Model values for the tests: sites of every category and findings of
//! every kind, built the way the engine builds them.
#![allow(dead_code)]

use chrono::NaiveDate;
use govcheck_model::*;

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn site(id: &str, name: &str, category: Category) -> SiteRef {
    SiteRef {
        id: id.to_string(),
        name: name.to_string(),
        url: format!("http://{id}.example.gov.cn/"),
        category,
    }
}

/// One finding of every kind, in a deliberately scrambled order.
pub fn every_finding(host: &str) -> Vec<Finding> {
    let u = |p: &str| format!("http://{host}/{p}");
    vec![
        Finding::new(
            Severity::Deduction,
            FindingDetail::UnansweredMessage {
                url: u("hd/msg/1.html"),
                title: "小区噪音扰民何时处理".into(),
                asked_on: date("2023-12-01"),
                age_days: 91,
            },
        ),
        Finding::new(
            Severity::Veto,
            FindingDetail::SiteUnreachable {
                url: u(""),
                attempts: 3,
                errors: vec!["connect: connection refused".into(), "timeout".into()],
                probe_failure_rate: Some(0.0625),
                probes: Some(16),
            },
        ),
        Finding::new(
            Severity::Deduction,
            FindingDetail::BrokenLink {
                url: u("old/a_b.html"),
                found_on: vec![
                    FoundOn {
                        page: u(""),
                        text: "通知公告".into(),
                    },
                    FoundOn {
                        page: u("xxgk/"),
                        text: String::new(),
                    },
                ],
                on_homepage: true,
                error: LinkError {
                    class: LinkErrorClass::HttpStatus,
                    status: Some(404),
                    reason: None,
                    redirect_chain: vec![u("old/a.html")],
                    attempts: 2,
                },
            },
        ),
        Finding::new(
            Severity::Veto,
            FindingDetail::StaleHomepage {
                url: u(""),
                latest_date: Some(date("2024-01-02")),
                max_age_days: 14,
            },
        ),
        Finding::new(
            Severity::Deduction,
            FindingDetail::MissingColumn {
                column: "政府信息公开指南".into(),
                looked_in: vec![u(""), u("xxgk/")],
            },
        ),
        Finding::new(
            Severity::Deduction,
            FindingDetail::BlankColumn {
                column: "政策解读".into(),
                url: u("zcjd/"),
            },
        ),
        Finding::new(
            Severity::Deduction,
            FindingDetail::StaleColumn {
                column: "通知公告".into(),
                url: u("tzgg/"),
                latest_date: None,
                max_age_days: 180,
            },
        ),
        Finding::new(
            Severity::Notice,
            FindingDetail::ColumnDueSoon {
                column: "工作动态".into(),
                url: u("gzdt/"),
                latest_date: date("2024-03-20"),
                max_age_days: 14,
                days_left: 3,
            },
        ),
        Finding::new(
            Severity::Veto,
            FindingDetail::SensitiveWord {
                word: "国土资源局".into(),
                url: u("xw/1.html"),
                suggestion: "自然资源局".into(),
                category: "outdated_institution".into(),
                level: WordLevel::Serious,
                context: "市国土资源局召开会议<script>".into(),
                occurrences: 2,
            },
        ),
        Finding::new(
            Severity::Deduction,
            FindingDetail::SensitiveWord {
                word: "其它".into(),
                url: u("xw/2.html"),
                suggestion: "其他".into(),
                category: "typo".into(),
                level: WordLevel::General,
                context: "其它事项".into(),
                occurrences: 1,
            },
        ),
        Finding::new(
            Severity::Deduction,
            FindingDetail::ServiceGuideIncomplete {
                url: u("bs/guide/9.html"),
                title: "个体工商户登记".into(),
                missing_elements: vec!["办理时限".into(), "收费标准".into()],
            },
        ),
    ]
}

pub fn verdict(qualified: bool, score: f64, grade: Grade, vetoes: &[&str]) -> Verdict {
    Verdict {
        qualified,
        score,
        grade,
        vetoes: vetoes.iter().map(|v| v.to_string()).collect(),
        deductions: vec![Deduction {
            indicator: "homepage_broken_links".into(),
            points: 100.0 - score,
            findings: 1,
        }],
    }
}

pub fn report(site: SiteRef, as_of: &str, v: Verdict, findings: Vec<Finding>) -> SiteReport {
    SiteReport {
        schema: SITE_REPORT_SCHEMA.to_string(),
        site,
        as_of: date(as_of),
        stats: Stats {
            pages_fetched: 12,
            links_checked: 140,
            duration_ms: 1234,
            requests: 160,
            robots_disallowed: 1,
            skipped_by_budget: 0,
            truncated_bodies: 0,
        },
        verdict: v,
        findings,
    }
}

/// A report with every kind of finding (an unqualified site).
pub fn full_report(id: &str, as_of: &str) -> SiteReport {
    report(
        site(id, &format!("{id}人民政府"), Category::County),
        as_of,
        verdict(
            false,
            55.0,
            Grade::Unqualified,
            &["stale_homepage", "site_unreachable"],
        ),
        every_finding(&format!("{id}.example.gov.cn")),
    )
}

/// A clean report.
pub fn clean_report(
    id: &str,
    name: &str,
    category: Category,
    as_of: &str,
    score: f64,
) -> SiteReport {
    let grade = if score >= 90.0 {
        Grade::Excellent
    } else if score >= 80.0 {
        Grade::Good
    } else if score >= 60.0 {
        Grade::Qualified
    } else {
        Grade::Unqualified
    };
    report(
        site(id, name, category),
        as_of,
        verdict(score >= 60.0, score, grade, &[]),
        Vec::new(),
    )
}
