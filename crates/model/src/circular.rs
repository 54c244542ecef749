//! The quarterly circular (季通报).

use crate::{Category, Grade, SiteRef};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One problem of a site over the quarter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuarterProblem {
    pub kind: String,
    /// The finding's identifying fields (see `FindingDetail::identity`).
    pub identity: String,
    pub severity: crate::Severity,
    /// Months (`YYYY-MM`) in which it was seen.
    pub months: Vec<String>,
    /// Not seen in the last check of the quarter (整改到位).
    pub rectified: bool,
    /// The finding as last seen, with its evidence.
    pub last_seen: crate::Finding,
}

/// Per-month result of a site inside the circular.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MonthResult {
    pub month: String,
    pub qualified: bool,
    pub score: f64,
    pub grade: Grade,
    pub vetoes: Vec<String>,
}

/// A site's quarter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuarterSite {
    pub site: SiteRef,
    pub qualified: bool,
    pub score: f64,
    pub grade: Grade,
    pub monthly: Vec<MonthResult>,
    pub problems: Vec<QuarterProblem>,
}

/// Qualification figures of one category.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CategoryRate {
    pub sites: u64,
    pub qualified: u64,
    /// qualified / sites, 0..=1.
    pub rate: f64,
}

/// Overall figures of the circular.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuarterSummary {
    pub sites: u64,
    pub qualified: u64,
    pub qualification_rate: f64,
    pub by_category: BTreeMap<Category, CategoryRate>,
    /// Site ids graded excellent, by id.
    pub excellent: Vec<String>,
    /// Site ids judged unqualified, by id.
    pub unqualified: Vec<String>,
    /// Problem kinds with the number of sites showing them, most frequent first.
    pub top_problems: Vec<(String, u64)>,
    /// Change against the previous quarter, when it is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousQuarter>,
}

/// The previous quarter's headline figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PreviousQuarter {
    pub quarter: String,
    pub sites: u64,
    pub qualified: u64,
    pub qualification_rate: f64,
}

/// `quarterly-circular.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuarterlyCircular {
    pub schema: String,
    /// `YYYY-Qn`.
    pub quarter: String,
    /// Months whose checks were found, `YYYY-MM`.
    pub months: Vec<String>,
    /// How the quarter's verdict was decided, in words.
    pub rule: String,
    pub sites: Vec<QuarterSite>,
    pub summary: QuarterSummary,
}
