//! Findings → verdict: the 单项否决 (veto) items and the 扣分 (deduction)
//! indicators of 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号), with
//! the numbers of `config/rules.toml`.
//!
//! Rules applied here (RULES.md §1.1, §1.2, §1.4):
//! - Any veto makes the site unqualified (grade `unqualified`); the score is
//!   still computed, for the record.
//! - Each deduction indicator deducts `each` per finding, at most `cap`
//!   (单项指标扣分之和不超过本项指标总分值).
//! - No double counting (已按其他指标扣分的，不在本指标项下重复扣分): every
//!   finding is counted in at most one deduction indicator; a column judged
//!   blank is not also counted stale (a blank column has no dated item, so
//!   the freshness check may report it stale too); a finding repeated with
//!   the same kind and identity counts once.
//! - `notice` findings (and `column_due_soon`, always a notice) never veto
//!   and never deduct.

use govcheck_config::rules::{Deduct, Rules};
use govcheck_model::{Deduction, Finding, FindingDetail, Grade, Severity, Verdict, WordLevel};
use std::collections::BTreeSet;

/// Veto keys, in the order they are listed in a verdict.
pub const VETO_ORDER: [&str; 7] = [
    "site_unreachable",
    "stale_homepage",
    "stale_columns",
    "blank_columns",
    "serious_wording",
    "unanswered_messages",
    "service_guides",
];

/// Deduction indicator keys, in the order they are listed in a verdict.
pub const DEDUCTION_ORDER: [&str; 8] = [
    "homepage_broken_links",
    "other_broken_links",
    "missing_columns",
    "blank_columns",
    "stale_columns",
    "general_wording",
    "service_guides",
    "unanswered_messages",
];

/// The verdict on one site from its findings.
///
/// `column_class` maps a canonical column name to its freshness class
/// (`news`, `notice`, `policy`, …); it decides which stale columns count
/// towards the 动态要闻 + 通知公告/政策文件 veto limb.
pub fn verdict(
    findings: &[Finding],
    rules: &Rules,
    column_class: &dyn Fn(&str) -> Option<String>,
) -> Verdict {
    let counted = distinct_counted(findings);

    // Columns judged blank: their stale findings are not counted again.
    let blank_keys: BTreeSet<(&str, &str)> = counted
        .iter()
        .filter_map(|f| match &f.detail {
            FindingDetail::BlankColumn { column, url } => Some((column.as_str(), url.as_str())),
            _ => None,
        })
        .collect();

    let mut homepage_links = 0u64;
    let mut other_links = 0u64;
    let mut missing = 0u64;
    let mut blank = 0u64;
    let mut stale = 0u64;
    let mut stale_news_policy = 0u64;
    let mut general_words = 0u64;
    let mut serious_words = 0u64;
    let mut guides = 0u64;
    let mut guides_over_limit = 0u64;
    let mut unanswered = 0u64;
    let mut unreachable = false;
    let mut stale_homepage = false;

    for f in &counted {
        match &f.detail {
            FindingDetail::SiteUnreachable { .. } => unreachable = true,
            FindingDetail::StaleHomepage { .. } => stale_homepage = true,
            FindingDetail::MissingColumn { .. } => missing += 1,
            FindingDetail::BlankColumn { .. } => blank += 1,
            FindingDetail::StaleColumn { column, url, .. } => {
                if blank_keys.contains(&(column.as_str(), url.as_str())) {
                    continue;
                }
                stale += 1;
                if column_class(column)
                    .is_some_and(|c| rules.columns.news_policy_classes.contains(&c))
                {
                    stale_news_policy += 1;
                }
            }
            FindingDetail::ColumnDueSoon { .. } => {}
            FindingDetail::BrokenLink { on_homepage, .. } => {
                if *on_homepage {
                    homepage_links += 1;
                } else {
                    other_links += 1;
                }
            }
            FindingDetail::SensitiveWord { level, .. } => match level {
                WordLevel::Serious if rules.words.serious_is_veto => serious_words += 1,
                // A serious word whose veto is switched off weighs as a
                // general one: still a wording problem.
                WordLevel::Serious | WordLevel::General => general_words += 1,
            },
            FindingDetail::ServiceGuideIncomplete {
                missing_elements, ..
            } => {
                guides += 1;
                if missing_elements.len() > rules.guides.veto_missing_gt as usize {
                    guides_over_limit += 1;
                }
            }
            FindingDetail::UnansweredMessage { .. } => unanswered += 1,
        }
    }

    let c = &rules.columns;
    let mut vetoes = Vec::new();
    let mut veto = |key: &str, fired: bool| {
        if fired {
            vetoes.push(key.to_string());
        }
    };
    veto("site_unreachable", unreachable);
    veto("stale_homepage", stale_homepage);
    veto(
        "stale_columns",
        reaches(stale_news_policy, c.veto_stale_news_policy_ge)
            || reaches(stale, c.veto_stale_any_ge),
    );
    veto("blank_columns", reaches(blank, c.veto_blank_ge));
    veto("serious_wording", serious_words > 0);
    veto(
        "unanswered_messages",
        rules.messages.unanswered_is_veto && unanswered > 0,
    );
    veto(
        "service_guides",
        reaches(guides_over_limit, rules.guides.veto_guides_ge),
    );

    let mut deductions = Vec::new();
    let mut deduct = |key: &str, n: u64, d: Deduct| {
        if n > 0 {
            deductions.push(Deduction {
                indicator: key.to_string(),
                points: points(n, d),
                findings: n,
            });
        }
    };
    deduct(
        "homepage_broken_links",
        homepage_links,
        rules.links.homepage,
    );
    deduct("other_broken_links", other_links, rules.links.other);
    deduct("missing_columns", missing, c.missing);
    deduct("blank_columns", blank, c.blank);
    deduct("stale_columns", stale, c.stale);
    deduct("general_wording", general_words, rules.words.general);
    deduct("service_guides", guides, rules.guides.incomplete);
    if !rules.messages.unanswered_is_veto {
        deduct("unanswered_messages", unanswered, rules.messages.unanswered);
    }

    let total: f64 = deductions.iter().map(|d| d.points).sum();
    // An unreachable site could not be inspected: it earns no points, so
    // that a circular never prints 100 beside 站点无法访问.
    let unreachable = findings
        .iter()
        .any(|f| matches!(f.detail, FindingDetail::SiteUnreachable { .. }));
    let score = if unreachable {
        0.0
    } else {
        round1((rules.scoring.base - total).max(0.0))
    };
    let s = &rules.scoring;
    let (qualified, grade) = if !vetoes.is_empty() || score < s.pass {
        (false, Grade::Unqualified)
    } else if score >= s.excellent {
        (true, Grade::Excellent)
    } else if score >= s.good {
        (true, Grade::Good)
    } else {
        (true, Grade::Qualified)
    };
    Verdict {
        qualified,
        score,
        grade,
        vetoes,
        deductions,
    }
}

/// The findings that count: not notices, not `column_due_soon`, each
/// (kind, identity) once.
fn distinct_counted(findings: &[Finding]) -> Vec<&Finding> {
    let mut seen = BTreeSet::new();
    findings
        .iter()
        .filter(|f| f.severity != Severity::Notice)
        .filter(|f| !matches!(f.detail, FindingDetail::ColumnDueSoon { .. }))
        .filter(|f| seen.insert(f.sort_key()))
        .collect()
}

/// A "≥ limit" veto limb; a limit of 0 is read as "switched off" rather than
/// "always fires", so that a zero in rules.toml cannot veto every site.
fn reaches(count: u64, limit: u32) -> bool {
    limit > 0 && count >= u64::from(limit)
}

/// Points of one indicator: `each` per finding, capped, rounded to
/// hundredths so that sums of 0.1 carry no binary noise.
fn points(n: u64, d: Deduct) -> f64 {
    let raw = (n as f64 * d.each).min(d.cap).max(0.0);
    (raw * 100.0).round() / 100.0
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
