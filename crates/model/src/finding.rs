//! Findings: one problem on one site, with the evidence to fix it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How much a finding weighs in the verdict.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// 单项否决: the site is unqualified.
    Veto,
    /// 扣分: points are deducted.
    Deduction,
    /// 提示: for the office's attention, no points.
    Notice,
}

/// One finding. `kind` and the kind's fields come from [`FindingDetail`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    pub severity: Severity,
    #[serde(flatten)]
    pub detail: FindingDetail,
}

/// Why a link target is broken.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum LinkErrorClass {
    HttpStatus,
    Timeout,
    Dns,
    Connect,
    Tls,
    RedirectLoop,
    TooManyRedirects,
    #[serde(rename = "soft_404")]
    #[schemars(rename = "soft_404")]
    Soft404,
    InvalidUrl,
}

impl LinkErrorClass {
    /// The class as the Chinese circular names it (an HTTP error shows its
    /// status instead, where there is one).
    pub fn label_zh(self) -> &'static str {
        match self {
            LinkErrorClass::HttpStatus => "HTTP 错误",
            LinkErrorClass::Timeout => "访问超时",
            LinkErrorClass::Dns => "域名无法解析",
            LinkErrorClass::Connect => "无法连接服务器",
            LinkErrorClass::Tls => "证书或加密连接错误",
            LinkErrorClass::RedirectLoop => "重定向循环",
            LinkErrorClass::TooManyRedirects => "重定向次数过多",
            LinkErrorClass::Soft404 => "页面内容为“页面不存在”",
            LinkErrorClass::InvalidUrl => "链接地址无效",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LinkErrorClass::HttpStatus => "http_status",
            LinkErrorClass::Timeout => "timeout",
            LinkErrorClass::Dns => "dns",
            LinkErrorClass::Connect => "connect",
            LinkErrorClass::Tls => "tls",
            LinkErrorClass::RedirectLoop => "redirect_loop",
            LinkErrorClass::TooManyRedirects => "too_many_redirects",
            LinkErrorClass::Soft404 => "soft_404",
            LinkErrorClass::InvalidUrl => "invalid_url",
        }
    }
}

/// The error evidence of a broken link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LinkError {
    pub class: LinkErrorClass,
    /// HTTP status, where the server answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Human-readable reason (e.g. the TLS reason: `expired`, `self_signed`,
    /// `name_mismatch`, `handshake`; or the soft-404 pattern that matched).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Redirect hops followed from the linked URL, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redirect_chain: Vec<String>,
    /// Attempts made before the failure was confirmed.
    #[serde(default)]
    pub attempts: u32,
}

/// A page a broken link was found on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub struct FoundOn {
    pub page: String,
    /// Anchor text, or alt/title text of an image.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// The kind-specific part of a finding; `kind` is the JSON tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FindingDetail {
    /// 站点无法访问.
    SiteUnreachable {
        url: String,
        attempts: u32,
        errors: Vec<String>,
        /// Share of failed availability probes over the probe window, when
        /// probes were recorded (`govcheck probe`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        probe_failure_rate: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        probes: Option<u64>,
    },
    /// 首页不更新.
    StaleHomepage {
        url: String,
        /// Newest content date found on the homepage; `null` if none.
        latest_date: Option<NaiveDate>,
        max_age_days: u32,
    },
    /// 法定公开栏目缺失.
    MissingColumn {
        column: String,
        /// Pages where the column was looked for.
        looked_in: Vec<String>,
    },
    /// 空白栏目.
    BlankColumn { column: String, url: String },
    /// 栏目不更新.
    StaleColumn {
        column: String,
        url: String,
        latest_date: Option<NaiveDate>,
        max_age_days: u32,
    },
    /// 即将超期 (a notice, never a deduction).
    ColumnDueSoon {
        column: String,
        url: String,
        latest_date: NaiveDate,
        max_age_days: u32,
        days_left: u32,
    },
    /// 不可用链接.
    BrokenLink {
        url: String,
        found_on: Vec<FoundOn>,
        on_homepage: bool,
        error: LinkError,
    },
    /// 错敏词.
    SensitiveWord {
        word: String,
        url: String,
        suggestion: String,
        category: String,
        level: WordLevel,
        /// The surrounding text, as written on the page.
        context: String,
        /// How many times the word occurs on the page.
        #[serde(default = "one")]
        occurrences: u32,
    },
    /// 办事指南要素缺失.
    ServiceGuideIncomplete {
        url: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        title: String,
        missing_elements: Vec<String>,
    },
    /// 留言超期未回复.
    UnansweredMessage {
        url: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        title: String,
        asked_on: NaiveDate,
        age_days: u32,
    },
}

fn one() -> u32 {
    1
}

/// Level of a sensitive-word entry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum WordLevel {
    /// 严重: a veto item (严重表述错误).
    Serious,
    /// 一般: a deduction.
    General,
}

impl FindingDetail {
    /// The `kind` tag as written in JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            FindingDetail::SiteUnreachable { .. } => "site_unreachable",
            FindingDetail::StaleHomepage { .. } => "stale_homepage",
            FindingDetail::MissingColumn { .. } => "missing_column",
            FindingDetail::BlankColumn { .. } => "blank_column",
            FindingDetail::StaleColumn { .. } => "stale_column",
            FindingDetail::ColumnDueSoon { .. } => "column_due_soon",
            FindingDetail::BrokenLink { .. } => "broken_link",
            FindingDetail::SensitiveWord { .. } => "sensitive_word",
            FindingDetail::ServiceGuideIncomplete { .. } => "service_guide_incomplete",
            FindingDetail::UnansweredMessage { .. } => "unanswered_message",
        }
    }

    /// The identifying fields of the SPEC joined into one string, so that a
    /// finding can be followed from month to month.
    pub fn identity(&self) -> String {
        match self {
            FindingDetail::SiteUnreachable { .. } | FindingDetail::StaleHomepage { .. } => {
                String::new()
            }
            FindingDetail::MissingColumn { column, .. } => column.clone(),
            FindingDetail::BlankColumn { column, url }
            | FindingDetail::StaleColumn { column, url, .. }
            | FindingDetail::ColumnDueSoon { column, url, .. } => format!("{column} {url}"),
            FindingDetail::BrokenLink { url, .. }
            | FindingDetail::ServiceGuideIncomplete { url, .. }
            | FindingDetail::UnansweredMessage { url, .. } => url.clone(),
            FindingDetail::SensitiveWord { word, url, .. } => format!("{word} {url}"),
        }
    }
}

impl Finding {
    pub fn new(severity: Severity, detail: FindingDetail) -> Self {
        Finding { severity, detail }
    }

    pub fn kind(&self) -> &'static str {
        self.detail.kind()
    }

    /// Sort key: kind then identity (SPEC: deterministic order).
    pub fn sort_key(&self) -> (&'static str, String) {
        (self.kind(), self.detail.identity())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_classes_serialise_as_the_spec_names_them() {
        use LinkErrorClass::*;
        for class in [
            HttpStatus,
            Timeout,
            Dns,
            Connect,
            Tls,
            RedirectLoop,
            TooManyRedirects,
            Soft404,
            InvalidUrl,
        ] {
            let json = serde_json::to_string(&class).unwrap();
            assert_eq!(json, format!("\"{}\"", class.as_str()));
        }
    }

    #[test]
    fn a_finding_is_flat_json_with_its_kind() {
        let f = Finding::new(
            Severity::Deduction,
            FindingDetail::BlankColumn {
                column: "政策解读".into(),
                url: "http://a/".into(),
            },
        );
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(v["kind"], "blank_column");
        assert_eq!(v["severity"], "deduction");
        assert_eq!(v["column"], "政策解读");
        let back: Finding = serde_json::from_value(v).unwrap();
        assert_eq!(back, f);
    }
}
