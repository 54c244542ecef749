//! The scoring model and every threshold (`config/rules.toml`).
//!
//! Defaults follow 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号);
//! the shipped `config/rules.toml` comments each number with its source.
//! A partial file is completed with these defaults; an unknown key is an
//! error, so that a typo never silently switches a rule off.

use crate::ConfigError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rules {
    pub scoring: Scoring,
    pub links: LinkRules,
    pub freshness: Freshness,
    pub columns: ColumnRules,
    pub words: WordRules,
    pub guides: GuideRules,
    pub messages: MessageRules,
    pub availability: Availability,
}

/// Base, pass mark and grade bands.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scoring {
    pub base: f64,
    pub pass: f64,
    pub excellent: f64,
    pub good: f64,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            base: 100.0,
            pass: 60.0,
            excellent: 90.0,
            good: 80.0,
        }
    }
}

/// One deduction indicator: points per finding, capped.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deduct {
    pub each: f64,
    pub cap: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LinkRules {
    /// 首页不可用链接: per link and cap.
    pub homepage: Deduct,
    /// 其他页面不可用链接: per link and cap.
    pub other: Deduct,
    /// Pause before the confirming second attempt, milliseconds.
    pub confirm_delay_ms: u64,
    /// Longest Retry-After the crawler waits out, seconds.
    pub max_retry_after_secs: u64,
    /// Retries of timeouts, connection errors, 429 and 503.
    pub retries: u32,
    /// Title or main-text patterns of an error page served with 200 (soft 404).
    pub soft_404_patterns: Vec<String>,
}

impl Default for LinkRules {
    fn default() -> Self {
        LinkRules {
            homepage: Deduct {
                each: 1.0,
                cap: 10.0,
            },
            other: Deduct {
                each: 0.1,
                cap: 10.0,
            },
            confirm_delay_ms: 2000,
            max_retry_after_secs: 60,
            retries: 2,
            soft_404_patterns: [
                "页面不存在",
                "您访问的页面不存在",
                "您所访问的页面不存在",
                "页面未找到",
                "找不到页面",
                "找不到该页面",
                "页面找不到",
                "404 Not Found",
                "页面已删除",
                "信息已删除",
                "该信息不存在",
                "访问的页面不存在",
                "Page Not Found",
                "找不到您要访问",
                "找不到您所访问",
                "找不到您访问",
                "找不到您要查看",
                "您要访问的内容不存在",
                "内容不存在",
                "文章不存在",
                "页面已失效",
                "链接已失效",
                "文件不存在",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
        }
    }
}

/// Freshness classes (days) and the homepage limit.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Freshness {
    /// 首页不更新: newest homepage content older than this is a veto.
    pub homepage_max_age_days: u32,
    /// Freshness class name → max age in days (`news`, `notice`, `policy`,
    /// `personnel`, `plan`). Columns whose class is absent here are not judged.
    pub classes: BTreeMap<String, u32>,
    /// A column this many days or fewer before its limit is `column_due_soon`.
    pub due_soon_margin_days: u32,
}

impl Default for Freshness {
    fn default() -> Self {
        Freshness {
            homepage_max_age_days: 14,
            classes: [
                ("news", 14),
                ("notice", 180),
                ("policy", 180),
                ("interpretation", 180),
                ("personnel", 365),
                ("plan", 365),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
            due_soon_margin_days: 7,
        }
    }
}

/// Column vetoes and deductions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ColumnRules {
    /// Veto: stale news + notice/policy columns ≥ this.
    pub veto_stale_news_policy_ge: u32,
    /// Freshness classes counted by `veto_stale_news_policy_ge`.
    pub news_policy_classes: Vec<String>,
    /// Veto: stale should-update columns (any class) ≥ this.
    pub veto_stale_any_ge: u32,
    /// Veto: blank columns ≥ this.
    pub veto_blank_ge: u32,
    pub missing: Deduct,
    pub blank: Deduct,
    pub stale: Deduct,
}

impl Default for ColumnRules {
    fn default() -> Self {
        ColumnRules {
            veto_stale_news_policy_ge: 5,
            news_policy_classes: ["news", "notice", "policy"].map(String::from).to_vec(),
            veto_stale_any_ge: 10,
            veto_blank_ge: 5,
            missing: Deduct {
                each: 5.0,
                cap: 20.0,
            },
            blank: Deduct {
                each: 2.0,
                cap: 10.0,
            },
            stale: Deduct {
                each: 5.0,
                cap: 20.0,
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WordRules {
    /// A `serious` word is a veto (严重表述错误).
    pub serious_is_veto: bool,
    /// Deduction per `general` word finding.
    pub general: Deduct,
    /// Characters of context on each side of a hit.
    pub context_chars: usize,
}

impl Default for WordRules {
    fn default() -> Self {
        WordRules {
            serious_is_veto: true,
            general: Deduct {
                each: 1.0,
                cap: 5.0,
            },
            context_chars: 20,
        }
    }
}

/// Service guides (办事指南).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GuideRules {
    /// Required element → the names real portals use for it.
    pub elements: BTreeMap<String, Vec<String>>,
    pub incomplete: Deduct,
    /// Veto: guides missing more than `veto_missing_gt` elements number ≥ `veto_guides_ge`.
    pub veto_missing_gt: u32,
    pub veto_guides_ge: u32,
}

impl Default for GuideRules {
    fn default() -> Self {
        let e = |k: &str, v: &[&str]| (k.to_string(), v.iter().map(|s| s.to_string()).collect());
        GuideRules {
            elements: [
                e("事项名称", &["事项名称", "服务名称", "项目名称", "事项"]),
                e(
                    "设定依据",
                    &["设定依据", "法律依据", "办理依据", "实施依据", "依据"],
                ),
                e(
                    "申请条件",
                    &["申请条件", "受理条件", "办理条件", "申报条件"],
                ),
                e(
                    "办理材料",
                    &[
                        "办理材料",
                        "申请材料",
                        "申报材料",
                        "所需材料",
                        "提交材料",
                        "材料目录",
                    ],
                ),
                e(
                    "办理地点",
                    &["办理地点", "受理地点", "办公地点", "办理地址", "受理地址"],
                ),
                e(
                    "办理时间",
                    &["办理时间", "受理时间", "办公时间", "工作时间"],
                ),
                e(
                    "联系电话",
                    &["联系电话", "咨询电话", "咨询方式", "联系方式", "咨询途径"],
                ),
                e(
                    "办理流程",
                    &["办理流程", "办事流程", "办理程序", "受理流程", "流程"],
                ),
                e(
                    "收费标准",
                    &["收费标准", "收费依据及标准", "是否收费", "收费情况", "收费"],
                ),
                e(
                    "办理时限",
                    &[
                        "办理时限",
                        "承诺时限",
                        "法定时限",
                        "承诺办结时限",
                        "办结时限",
                    ],
                ),
            ]
            .into_iter()
            .collect(),
            incomplete: Deduct {
                each: 1.0,
                cap: 10.0,
            },
            veto_missing_gt: 4,
            veto_guides_ge: 5,
        }
    }
}

/// Messages (互动回应).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MessageRules {
    pub unanswered_after_days: u32,
    pub lookback_days: u32,
    /// Any unanswered message is a veto (互动回应差).
    pub unanswered_is_veto: bool,
    /// Deduction per unanswered message when it is not a veto.
    pub unanswered: Deduct,
    /// Columns not judged (在线访谈, 调查征集 …), matched in title/breadcrumb.
    pub excluded_columns: Vec<String>,
}

impl Default for MessageRules {
    fn default() -> Self {
        MessageRules {
            unanswered_after_days: 90,
            lookback_days: 365,
            unanswered_is_veto: true,
            unanswered: Deduct {
                each: 3.0,
                cap: 20.0,
            },
            excluded_columns: ["在线访谈", "调查征集", "网上信访", "纪检举报", "征集调查"]
                .map(String::from)
                .to_vec(),
        }
    }
}

/// 站点无法访问.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Availability {
    pub window_days: u32,
    pub timeout_secs: u64,
    pub veto_failure_rate_ge: f64,
    /// Fewer recorded probes than this in the window: fall back to the
    /// sweep's own retries.
    pub min_probes: u64,
}

impl Default for Availability {
    fn default() -> Self {
        Availability {
            window_days: 7,
            timeout_secs: 15,
            veto_failure_rate_ge: 0.05,
            min_probes: 20,
        }
    }
}

impl Rules {
    /// Loads a rules file; missing keys take the defaults.
    pub fn load(path: &Path) -> Result<Rules, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError::new(path, format!("cannot read the rules: {e}")))?;
        Rules::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Rules, ConfigError> {
        let rules: Rules =
            toml::from_str(text).map_err(|e| ConfigError::from_toml(path, text, &e))?;
        rules.validate(path)?;
        Ok(rules)
    }

    /// The shipped defaults (`config/rules.toml`, embedded).
    pub fn embedded() -> Rules {
        Rules::parse(Path::new("config/rules.toml"), crate::defaults::RULES_TOML)
            .expect("the embedded config/rules.toml is valid")
    }

    fn validate(&self, path: &Path) -> Result<(), ConfigError> {
        let s = &self.scoring;
        if !(s.pass <= s.good && s.good <= s.excellent && s.excellent <= s.base) {
            return Err(ConfigError::new(
                path,
                "scoring bands must satisfy pass ≤ good ≤ excellent ≤ base",
            )
            .field("scoring"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_equal_defaults_where_the_file_is_silent() {
        let r = Rules::embedded();
        assert_eq!(r.freshness.homepage_max_age_days, 14);
        assert_eq!(r.scoring.pass, 60.0);
    }

    #[test]
    fn unknown_key_names_line() {
        let e =
            Rules::parse(Path::new("r.toml"), "[scoring]\nbase = 100\npasss = 60\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("passs"), "{e}");
    }
}
