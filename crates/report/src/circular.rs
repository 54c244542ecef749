//! The quarterly circular (季通报): each site's quarter judged from its
//! monthly checks, problems followed from month to month, and the figures
//! the office publishes.

use govcheck_model::{
    Category, CategoryRate, Finding, Grade, MonthResult, MonthlyCheck, PreviousQuarter,
    QUARTERLY_CIRCULAR_SCHEMA, QuarterProblem, QuarterSite, QuarterSummary, QuarterlyCircular,
    Severity, SiteReport,
};
use std::collections::{BTreeMap, BTreeSet};

/// Errors of the quarterly aggregation.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("`{0}` is not a quarter; expected YYYY-Qn, e.g. 2024-Q1")]
    InvalidQuarter(String),
    #[error("no monthly check of {quarter} was found (expected one of {expected})")]
    NoMonths { quarter: String, expected: String },
    #[error(
        "the monthly check of {month} does not belong to {quarter} (its months are {expected})"
    )]
    MonthOutsideQuarter {
        quarter: String,
        month: String,
        expected: String,
    },
    #[error("two monthly checks of {0} were given; keep one")]
    DuplicateMonth(String),
}

/// Score bands of the grades (优秀 / 良好 / 合格). Defaults follow the seed
/// circular and `config/rules.toml`: 优秀 from 90, 良好 from 80, 合格 from 60.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GradeBands {
    pub excellent: f64,
    pub good: f64,
    /// The pass mark: a quarter whose mean score is below it is unqualified.
    pub pass: f64,
}

impl Default for GradeBands {
    fn default() -> Self {
        GradeBands {
            excellent: 90.0,
            good: 80.0,
            pass: 60.0,
        }
    }
}

impl GradeBands {
    /// The grade of a qualified site with this score; unqualified sites are
    /// graded [`Grade::Unqualified`] whatever their score.
    pub fn grade(&self, qualified: bool, score: f64) -> Grade {
        if !qualified || score < self.pass {
            Grade::Unqualified
        } else if score >= self.excellent {
            Grade::Excellent
        } else if score >= self.good {
            Grade::Good
        } else {
            Grade::Qualified
        }
    }
}

/// The quarter rule, as written into `rule` (Chinese, then English).
pub fn quarter_rule_text(bands: &GradeBands) -> String {
    format!(
        "季度结论：网站在本季度最后一次检查中不合格，或在本季度两次及以上检查中不合格，或季度平均分低于{pass}分的，\
         季度判定为不合格；季度得分为各月得分的算术平均值（保留一位小数）；合格网站按季度得分定等级：\
         {exc}分及以上为优秀，{good}分及以上为良好，其余为合格；不合格网站等级为不合格。\
         仅部分月份检查的网站，以已检查月份为准。问题按类型和标识逐月跟踪，最后一次检查未再发现的视为已整改。\
         Quarter rule: a site is unqualified for the quarter if it was unqualified in its latest checked month, \
         or in two or more of the quarter's checked months, or if its mean score is below {pass}; \
         its score is the mean of its monthly scores, rounded to one decimal; a qualified site is graded \
         excellent from {exc}, good from {good}, qualified otherwise; an unqualified site is graded unqualified. \
         A site checked in only some months is judged on those months. A problem (kind and identity) not found \
         by the site's latest check counts as rectified.",
        pass = fmt_points(bands.pass),
        exc = fmt_points(bands.excellent),
        good = fmt_points(bands.good),
    )
}

/// `90` rather than `90.0`, `59.5` as is.
fn fmt_points(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p}")
    }
}

/// A parsed `YYYY-Qn`.
fn parse_quarter(quarter: &str) -> Result<(i32, u32), ReportError> {
    let bad = || ReportError::InvalidQuarter(quarter.to_string());
    let (y, q) = quarter.split_once(['-']).ok_or_else(bad)?;
    let q = q.strip_prefix(['Q', 'q']).ok_or_else(bad)?;
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) || q.len() != 1 {
        return Err(bad());
    }
    let year: i32 = y.parse().map_err(|_| bad())?;
    let n: u32 = q.parse().map_err(|_| bad())?;
    if !(1..=4).contains(&n) {
        return Err(bad());
    }
    Ok((year, n))
}

/// The three months (`YYYY-MM`) of a quarter `YYYY-Qn`.
pub fn quarter_months(quarter: &str) -> Result<[String; 3], ReportError> {
    let (year, n) = parse_quarter(quarter)?;
    let first = (n - 1) * 3 + 1;
    Ok([0, 1, 2].map(|i| format!("{year:04}-{:02}", first + i)))
}

/// The quarter before `quarter` (`2024-Q1` → `2023-Q4`).
///
/// A malformed `quarter` gives an empty string, which is no quarter
/// either: [`quarter_months`] refuses it, so a caller that looks the
/// previous quarter up simply finds nothing.
pub fn previous_quarter(quarter: &str) -> String {
    match parse_quarter(quarter) {
        Ok((year, 1)) => format!("{:04}-Q4", year - 1),
        Ok((year, n)) => format!("{year:04}-Q{}", n - 1),
        Err(_) => String::new(),
    }
}

/// The quarter a month `YYYY-MM` belongs to.
pub fn quarter_of_month(month: &str) -> Option<String> {
    if !crate::store::is_month(month) {
        return None;
    }
    let year = &month[..4];
    let m: u32 = month[5..].parse().ok()?;
    Some(format!("{year}-Q{}", (m - 1) / 3 + 1))
}

/// The circular of `quarter` with the default grade bands.
pub fn circular(
    quarter: &str,
    months: &[MonthlyCheck],
    previous: Option<&QuarterlyCircular>,
) -> Result<QuarterlyCircular, ReportError> {
    circular_with(quarter, months, previous, &GradeBands::default())
}

/// The circular of `quarter` from its monthly checks (any order, one to
/// three of them), optionally compared with the previous quarter.
///
/// Sites come out by id; each site's problems by kind then identity. The
/// result depends only on the inputs, never on their order.
pub fn circular_with(
    quarter: &str,
    months: &[MonthlyCheck],
    previous: Option<&QuarterlyCircular>,
    bands: &GradeBands,
) -> Result<QuarterlyCircular, ReportError> {
    let expected = quarter_months(quarter)?;
    let mut checks: Vec<&MonthlyCheck> = Vec::with_capacity(months.len());
    for m in months {
        if !expected.contains(&m.month) {
            return Err(ReportError::MonthOutsideQuarter {
                quarter: quarter.to_string(),
                month: m.month.clone(),
                expected: expected.join(", "),
            });
        }
        if checks.iter().any(|c| c.month == m.month) {
            return Err(ReportError::DuplicateMonth(m.month.clone()));
        }
        checks.push(m);
    }
    if checks.is_empty() {
        return Err(ReportError::NoMonths {
            quarter: quarter.to_string(),
            expected: expected.join(", "),
        });
    }
    checks.sort_by(|a, b| a.month.cmp(&b.month));

    // site id → its reports, oldest month first.
    let mut per_site: BTreeMap<&str, Vec<(&str, &SiteReport)>> = BTreeMap::new();
    for check in &checks {
        for report in &check.sites {
            per_site
                .entry(report.site.id.as_str())
                .or_default()
                .push((check.month.as_str(), report));
        }
    }

    let sites: Vec<QuarterSite> = per_site
        .into_values()
        .map(|history| quarter_site(&history, bands))
        .collect();
    let summary = summarise(&sites, previous);
    Ok(QuarterlyCircular {
        schema: QUARTERLY_CIRCULAR_SCHEMA.to_string(),
        quarter: quarter.to_string(),
        months: checks.iter().map(|c| c.month.clone()).collect(),
        rule: quarter_rule_text(bands),
        sites,
        summary,
    })
}

/// Rounds to one decimal, the precision of a circular's scores.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Rounds a rate to four decimals (a percentage with two), so that the JSON
/// reads `0.9333` rather than a float's full expansion.
fn round_rate(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Judges one site from its (non-empty) history, oldest month first.
fn quarter_site(history: &[(&str, &SiteReport)], bands: &GradeBands) -> QuarterSite {
    // The newest report names the site: names and URLs do change.
    let (_, latest) = history[history.len() - 1];
    let monthly: Vec<MonthResult> = history
        .iter()
        .map(|(month, r)| MonthResult {
            month: month.to_string(),
            qualified: r.verdict.qualified,
            score: r.verdict.score,
            grade: r.verdict.grade,
            vetoes: r.verdict.vetoes.clone(),
        })
        .collect();
    let unqualified_months = monthly.iter().filter(|m| !m.qualified).count();
    let score = round1(monthly.iter().map(|m| m.score).sum::<f64>() / monthly.len() as f64);
    let qualified = latest.verdict.qualified && unqualified_months < 2 && score >= bands.pass;
    let grade = bands.grade(qualified, score);

    // (kind, identity) → (months seen, finding as last seen).
    let mut problems: BTreeMap<(&'static str, String), (Vec<String>, &Finding)> = BTreeMap::new();
    for (month, report) in history {
        for f in &report.findings {
            let entry = problems
                .entry((f.kind(), f.detail.identity()))
                .or_insert_with(|| (Vec::new(), f));
            if entry.0.last().map(String::as_str) != Some(*month) {
                entry.0.push(month.to_string());
            }
            entry.1 = f;
        }
    }
    let latest_month = history[history.len() - 1].0;
    let problems = problems
        .into_iter()
        .map(|((kind, identity), (months, last))| QuarterProblem {
            kind: kind.to_string(),
            identity,
            severity: last.severity,
            rectified: months.last().map(String::as_str) != Some(latest_month),
            months,
            last_seen: last.clone(),
        })
        .collect();

    QuarterSite {
        site: latest.site.clone(),
        qualified,
        score,
        grade,
        monthly,
        problems,
    }
}

fn summarise(sites: &[QuarterSite], previous: Option<&QuarterlyCircular>) -> QuarterSummary {
    let total = sites.len() as u64;
    let qualified = sites.iter().filter(|s| s.qualified).count() as u64;
    let mut by_category: BTreeMap<Category, CategoryRate> = BTreeMap::new();
    for s in sites {
        let c = by_category.entry(s.site.category).or_default();
        c.sites += 1;
        if s.qualified {
            c.qualified += 1;
        }
    }
    for c in by_category.values_mut() {
        c.rate = rate(c.qualified, c.sites);
    }
    let excellent = sites
        .iter()
        .filter(|s| s.grade == Grade::Excellent)
        .map(|s| s.site.id.clone())
        .collect();
    let unqualified = sites
        .iter()
        .filter(|s| !s.qualified)
        .map(|s| s.site.id.clone())
        .collect();

    // Kinds by the number of sites showing them at some point in the
    // quarter; notices (即将超期) are reminders, not problems.
    let mut kind_sites: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in sites {
        for p in &s.problems {
            if p.severity != Severity::Notice {
                kind_sites
                    .entry(p.kind.as_str())
                    .or_default()
                    .insert(s.site.id.as_str());
            }
        }
    }
    let mut top_problems: Vec<(String, u64)> = kind_sites
        .into_iter()
        .map(|(k, ids)| (k.to_string(), ids.len() as u64))
        .collect();
    top_problems.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    QuarterSummary {
        sites: total,
        qualified,
        qualification_rate: rate(qualified, total),
        by_category,
        excellent,
        unqualified,
        top_problems,
        previous: previous.map(|p| PreviousQuarter {
            quarter: p.quarter.clone(),
            sites: p.summary.sites,
            qualified: p.summary.qualified,
            qualification_rate: p.summary.qualification_rate,
        }),
    }
}

fn rate(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        round_rate(part as f64 / whole as f64)
    }
}
