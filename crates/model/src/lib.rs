//! The types every govcheck crate speaks: sites, page facts, findings,
//! verdicts and the three JSON documents (site report, monthly check,
//! quarterly circular).
//!
//! This crate does no I/O. The JSON shapes are the contract of
//! `SPEC.md`; field names here are the names users and scripts rely on.

mod circular;
mod finding;
mod page;

pub use circular::*;
pub use finding::*;
pub use page::*;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Schema tag of a site report.
pub const SITE_REPORT_SCHEMA: &str = "govcheck/site-report/v1";
/// Schema tag of a monthly check.
pub const MONTHLY_CHECK_SCHEMA: &str = "govcheck/monthly-check/v1";
/// Schema tag of a quarterly circular.
pub const QUARTERLY_CIRCULAR_SCHEMA: &str = "govcheck/quarterly-circular/v1";

/// The kind of organisation a site belongs to; it decides which columns
/// are required (see `config/columns.toml`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 县（区）政府门户网站.
    County,
    /// 政府部门网站.
    Department,
    /// 事业单位 / 其他公共机构网站.
    Institution,
}

impl Category {
    pub const ALL: [Category; 3] = [
        Category::County,
        Category::Department,
        Category::Institution,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::County => "county",
            Category::Department => "department",
            Category::Institution => "institution",
        }
    }

    /// The Chinese label used in the readable circular.
    pub fn label_zh(self) -> &'static str {
        match self {
            Category::County => "县（市、区）政府门户网站",
            Category::Department => "市直部门网站",
            Category::Institution => "事业单位网站",
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "county" => Ok(Category::County),
            "department" => Ok(Category::Department),
            "institution" => Ok(Category::Institution),
            other => Err(format!(
                "unknown category `{other}` (expected county, department or institution)"
            )),
        }
    }
}

/// The identity of a site as it appears in every report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SiteRef {
    pub id: String,
    pub name: String,
    pub url: String,
    pub category: Category,
}

/// Counters of one site's crawl.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Stats {
    /// Pages fetched and parsed (HTML within scope).
    pub pages_fetched: u64,
    /// Distinct link targets checked (internal and external).
    pub links_checked: u64,
    /// Wall time of the site's check. Excluded from determinism comparisons.
    pub duration_ms: u64,
    /// HTTP requests sent, retries and redirect hops included.
    #[serde(default)]
    pub requests: u64,
    /// URLs not fetched because robots.txt disallows them.
    #[serde(default)]
    pub robots_disallowed: u64,
    /// URLs not crawled because a budget (pages, depth, trap guard) was spent.
    #[serde(default)]
    pub skipped_by_budget: u64,
    /// Bodies cut at the body cap.
    #[serde(default)]
    pub truncated_bodies: u64,
}

/// Grade of a site, as the circular names it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// 优秀
    Excellent,
    /// 良好
    Good,
    /// 合格
    Qualified,
    /// 不合格
    Unqualified,
}

impl Grade {
    pub fn label_zh(self) -> &'static str {
        match self {
            Grade::Excellent => "优秀",
            Grade::Good => "良好",
            Grade::Qualified => "合格",
            Grade::Unqualified => "不合格",
        }
    }
}

/// One scoring indicator's deduction, with the findings behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Deduction {
    /// Indicator key from `config/rules.toml`, e.g. `homepage_broken_links`.
    pub indicator: String,
    /// Points deducted (after the indicator's cap).
    pub points: f64,
    /// Number of findings that contributed.
    pub findings: u64,
}

/// The verdict on one site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Verdict {
    pub qualified: bool,
    pub score: f64,
    pub grade: Grade,
    /// Veto indicators that fired (单项否决), e.g. `stale_homepage`.
    pub vetoes: Vec<String>,
    /// Deductions per indicator.
    #[serde(default)]
    pub deductions: Vec<Deduction>,
}

/// The report on one site (`govcheck check`, and one per site in a monthly check).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SiteReport {
    pub schema: String,
    pub site: SiteRef,
    pub as_of: NaiveDate,
    pub stats: Stats,
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
}

impl SiteReport {
    /// Sorts findings by kind then identity, the order the SPEC fixes.
    pub fn sort_findings(&mut self) {
        self.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
}

/// Summary counters of a monthly check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MonthlySummary {
    pub sites: u64,
    pub qualified: u64,
    pub unqualified: u64,
    /// Sites per grade (`excellent`, `good`, `qualified`, `unqualified`).
    pub by_grade: std::collections::BTreeMap<String, u64>,
    /// Findings per kind over all sites.
    pub findings_by_kind: std::collections::BTreeMap<String, u64>,
    /// Sites of the list that could not be checked this month (crash,
    /// timeout), with the reason; a later run checks them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_checked: Vec<NotChecked>,
}

/// A site a sweep could not check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NotChecked {
    pub id: String,
    pub reason: String,
}

/// `monthly-check.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MonthlyCheck {
    pub schema: String,
    /// `YYYY-MM`.
    pub month: String,
    pub as_of: NaiveDate,
    pub sites: Vec<SiteReport>,
    pub summary: MonthlySummary,
}
