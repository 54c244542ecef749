//! The readable drafts: the quarterly circular in the seed circular's
//! structure (一、总体情况 / 二、存在问题 / 三、整改要求 / 附件), as Markdown
//! and as a printable HTML page, and a short monthly summary.
//!
//! Both formats are rendered from one document outline, so the Markdown an
//! office edits and the HTML it prints never say different things.

use govcheck_model::{
    Category, FindingDetail, LinkErrorClass, MonthlyCheck, QuarterProblem, QuarterSite,
    QuarterlyCircular, Severity, WordLevel,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;

// ---------------------------------------------------------------------------
// Document outline
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Inline {
    Text(String),
    Strong(String),
    /// URLs and other literal strings.
    Code(String),
}

#[derive(Debug, Clone)]
enum Block {
    Title(String),
    H2(String),
    H3(String),
    Para(Vec<Inline>),
    /// A paragraph without first-line indent (the addressee line).
    Flush(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    Table {
        caption: Option<String>,
        head: Vec<String>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// Sender and date at the foot, right-aligned when printed.
    Signature(Vec<String>),
    /// The annex starts on a new page when printed.
    PageBreak,
}

fn t(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

fn code(s: impl Into<String>) -> Inline {
    Inline::Code(s.into())
}

fn strong(s: impl Into<String>) -> Inline {
    Inline::Strong(s.into())
}

fn cell(s: impl Into<String>) -> Vec<Inline> {
    vec![t(s)]
}

// ---------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------

/// The Chinese name of a finding kind, as a circular writes it.
pub fn kind_label_zh(kind: &str) -> &'static str {
    match kind {
        "site_unreachable" => "站点无法访问",
        "stale_homepage" => "首页不更新",
        "stale_column" => "栏目不更新",
        "blank_column" => "空白栏目",
        "missing_column" => "法定公开栏目缺失",
        "broken_link" => "不可用链接",
        "sensitive_word" => "错敏词",
        "service_guide_incomplete" => "办事指南要素不全",
        "unanswered_message" => "留言超期未回复",
        "column_due_soon" => "栏目即将超期",
        _ => "其他问题",
    }
}

/// Position of a kind in the order circulars list problems (veto items
/// first, notices last).
fn kind_rank(kind: &str) -> usize {
    const ORDER: [&str; 10] = [
        "site_unreachable",
        "stale_homepage",
        "stale_column",
        "blank_column",
        "missing_column",
        "broken_link",
        "sensitive_word",
        "service_guide_incomplete",
        "unanswered_message",
        "column_due_soon",
    ];
    ORDER.iter().position(|k| *k == kind).unwrap_or(ORDER.len())
}

/// The sections of 二、存在问题, in the order a circular lists them
/// (veto items first). Sensitive words are split by level, because a
/// serious one is a veto and a general one a deduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    SiteUnreachable,
    StaleHomepage,
    StaleColumn,
    BlankColumn,
    MissingColumn,
    BrokenLink,
    SeriousWord,
    GeneralWord,
    ServiceGuide,
    UnansweredMessage,
    ColumnDueSoon,
}

impl Section {
    fn of(p: &QuarterProblem) -> Section {
        match &p.last_seen.detail {
            FindingDetail::SiteUnreachable { .. } => Section::SiteUnreachable,
            FindingDetail::StaleHomepage { .. } => Section::StaleHomepage,
            FindingDetail::StaleColumn { .. } => Section::StaleColumn,
            FindingDetail::BlankColumn { .. } => Section::BlankColumn,
            FindingDetail::MissingColumn { .. } => Section::MissingColumn,
            FindingDetail::BrokenLink { .. } => Section::BrokenLink,
            FindingDetail::SensitiveWord {
                level: WordLevel::Serious,
                ..
            } => Section::SeriousWord,
            FindingDetail::SensitiveWord { .. } => Section::GeneralWord,
            FindingDetail::ServiceGuideIncomplete { .. } => Section::ServiceGuide,
            FindingDetail::UnansweredMessage { .. } => Section::UnansweredMessage,
            FindingDetail::ColumnDueSoon { .. } => Section::ColumnDueSoon,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Section::SiteUnreachable => "站点无法访问",
            Section::StaleHomepage => "首页不更新",
            Section::StaleColumn => "栏目不更新",
            Section::BlankColumn => "空白栏目",
            Section::MissingColumn => "法定公开栏目缺失",
            Section::BrokenLink => "不可用链接",
            Section::SeriousWord => "严重错敏词",
            Section::GeneralWord => "一般错敏词",
            Section::ServiceGuide => "办事指南要素不全",
            Section::UnansweredMessage => "留言超期未回复",
            Section::ColumnDueSoon => "栏目即将超期（提示）",
        }
    }
}

/// Chinese ordinal numerals for （一）（二）… and 第一季度.
fn zh_number(n: usize) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", DIGITS[n - 10]),
        20..=99 => {
            let (tens, ones) = (n / 10, n % 10);
            if ones == 0 {
                format!("{}十", DIGITS[tens])
            } else {
                format!("{}十{}", DIGITS[tens], DIGITS[ones])
            }
        }
        _ => n.to_string(),
    }
}

/// `2024-Q1` → `2024年第一季度`; anything else is shown as given.
fn quarter_zh(quarter: &str) -> String {
    match quarter.split_once("-Q") {
        Some((y, q)) if q.len() == 1 && matches!(q, "1" | "2" | "3" | "4") => {
            let n = q.parse::<usize>().unwrap_or(0);
            format!("{y}年第{}季度", zh_number(n))
        }
        _ => quarter.to_string(),
    }
}

/// `2024-03` → (`2024`, 3).
fn year_and_month(month: &str) -> Option<(&str, u32)> {
    let (y, m) = month.split_once('-')?;
    Some((y, m.parse().ok()?))
}

/// `2024-03` → `3月`.
fn month_zh(month: &str) -> String {
    match year_and_month(month) {
        Some((_, n)) => format!("{n}月"),
        None => month.to_string(),
    }
}

/// `2024-03` → `2024年3月`.
fn year_month_zh(month: &str) -> String {
    match year_and_month(month) {
        Some((y, n)) => format!("{y}年{n}月"),
        None => month.to_string(),
    }
}

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

fn score_text(score: f64) -> String {
    format!("{score:.1}")
}

fn join_months(months: &[String]) -> String {
    months
        .iter()
        .map(|m| month_zh(m))
        .collect::<Vec<_>>()
        .join("、")
}

/// The Chinese name of a veto indicator (the keys of the scorer's
/// verdicts, see `config/rules.toml`); unknown keys are shown as they are.
fn veto_label(v: &str) -> String {
    match v {
        "site_unreachable" => "站点无法访问",
        "stale_homepage" => "首页不更新",
        "stale_columns" => "栏目不更新",
        "blank_columns" => "空白栏目过多",
        "serious_wording" => "严重表述错误",
        "unanswered_messages" => "互动回应差",
        "service_guides" => "办事指南要素缺失",
        other => {
            let label = kind_label_zh(other);
            if label == "其他问题" {
                return other.to_string();
            }
            label
        }
    }
    .to_string()
}

/// A finding's evidence in words a webmaster can act on.
fn evidence(detail: &FindingDetail) -> Vec<Inline> {
    match detail {
        FindingDetail::SiteUnreachable {
            url,
            attempts,
            errors,
            probe_failure_rate,
            probes,
        } => {
            let mut detail = vec![format!("尝试{attempts}次")];
            if !errors.is_empty() {
                let shown: Vec<&str> = errors.iter().take(2).map(String::as_str).collect();
                detail.push(format!("错误：{}", shown.join("；")));
            }
            if let Some(rate) = probe_failure_rate {
                let mut probe = format!("监测期内首页连不通率{}", percent(*rate));
                if let Some(n) = probes {
                    let _ = write!(probe, "，共探测{n}次");
                }
                detail.push(probe);
            }
            vec![
                t("网站 "),
                code(url),
                t(format!(" 无法访问（{}）", detail.join("；"))),
            ]
        }
        FindingDetail::StaleHomepage {
            url,
            latest_date,
            max_age_days,
        } => match latest_date {
            Some(d) => vec![
                t("首页 "),
                code(url),
                t(format!(" 最新信息日期为{d}，超过{max_age_days}天未更新")),
            ],
            None => vec![
                t("首页 "),
                code(url),
                t(format!(
                    " 未发现带日期的信息，无法确认{max_age_days}天内有更新"
                )),
            ],
        },
        FindingDetail::StaleColumn {
            column,
            url,
            latest_date,
            max_age_days,
        } => {
            let mut v = vec![t(format!("「{column}」栏目（")), code(url), t("）")];
            match latest_date {
                Some(d) => v.push(t(format!("最新信息日期为{d}，超过{max_age_days}天未更新"))),
                None => v.push(t(format!(
                    "未发现带日期的信息，无法确认{max_age_days}天内有更新"
                ))),
            }
            v
        }
        FindingDetail::BlankColumn { column, url } => vec![
            t(format!("「{column}」栏目（")),
            code(url),
            t("）无任何信息"),
        ],
        FindingDetail::MissingColumn { column, looked_in } => {
            let mut v = vec![t(format!("未找到法定公开栏目「{column}」"))];
            if !looked_in.is_empty() {
                v.push(t("（查找范围："));
                for (i, u) in looked_in.iter().take(2).enumerate() {
                    if i > 0 {
                        v.push(t("、"));
                    }
                    v.push(code(u));
                }
                if looked_in.len() > 2 {
                    v.push(t(format!("等{}个页面", looked_in.len())));
                }
                v.push(t("）"));
            }
            v
        }
        FindingDetail::ColumnDueSoon {
            column,
            url,
            latest_date,
            max_age_days,
            days_left,
        } => vec![
            t(format!("「{column}」栏目（")),
            code(url),
            t(format!(
                "）最新信息日期为{latest_date}，{days_left}天后将超过{max_age_days}天的更新期限"
            )),
        ],
        FindingDetail::BrokenLink {
            url,
            found_on,
            on_homepage,
            error,
        } => {
            let mut v = vec![
                t(if *on_homepage {
                    "首页链接 "
                } else {
                    "链接 "
                }),
                code(url),
                t(format!(
                    "（{}",
                    link_error_zh(error.class, error.status, error.reason.as_deref())
                )),
            ];
            if let Some(first) = found_on.first() {
                v.push(t("；所在页面："));
                v.push(code(&first.page));
                if !first.text.is_empty() {
                    v.push(t(format!("，链接文字“{}”", first.text)));
                }
                if found_on.len() > 1 {
                    v.push(t(format!("，共{}个页面", found_on.len())));
                }
            }
            v.push(t("）"));
            v
        }
        FindingDetail::SensitiveWord {
            word,
            url,
            suggestion,
            context,
            occurrences,
            ..
        } => {
            let mut v = vec![t("页面 "), code(url), t(format!(" 出现“{word}”"))];
            if suggestion.is_empty() {
                v.push(t("，请核实后修改或删除"));
            } else {
                v.push(t(format!("，应改为“{suggestion}”")));
            }
            let mut extra = Vec::new();
            if !context.is_empty() {
                extra.push(format!("原文：“{context}”"));
            }
            if *occurrences > 1 {
                extra.push(format!("共{occurrences}处"));
            }
            if !extra.is_empty() {
                v.push(t(format!("（{}）", extra.join("，"))));
            }
            v
        }
        FindingDetail::ServiceGuideIncomplete {
            url,
            title,
            missing_elements,
        } => {
            let name = if title.is_empty() {
                "办事指南".to_string()
            } else {
                format!("办事指南《{title}》")
            };
            vec![
                t(format!("{name}（")),
                code(url),
                t(format!("）缺少{}等要素", missing_elements.join("、"))),
            ]
        }
        FindingDetail::UnansweredMessage {
            url,
            title,
            asked_on,
            age_days,
        } => {
            let name = if title.is_empty() {
                "留言".to_string()
            } else {
                format!("留言“{title}”")
            };
            vec![
                t(format!("{name}（")),
                code(url),
                t(format!("）于{asked_on}提交，已{age_days}天未答复")),
            ]
        }
    }
}

fn link_error_zh(class: LinkErrorClass, status: Option<u16>, reason: Option<&str>) -> String {
    let base = match (class, status) {
        (LinkErrorClass::HttpStatus, Some(s)) => format!("HTTP {s}"),
        _ => class.label_zh().to_string(),
    };
    match reason {
        Some(r) if !r.is_empty() && class != LinkErrorClass::HttpStatus => format!("{base}：{r}"),
        _ => base,
    }
}

/// Where a problem was seen and whether it was fixed, e.g. `（1月、2月发现，已整改）`.
fn status_text(p: &QuarterProblem) -> String {
    let seen = join_months(&p.months);
    if p.severity == Severity::Notice {
        format!("（{seen}发现）")
    } else if p.rectified {
        format!("（{seen}发现，已整改）")
    } else {
        format!("（{seen}发现，尚未整改）")
    }
}

/// Problems listed per site and section before the rest is summarised;
/// the JSON keeps every one.
const ITEMS_PER_SITE: usize = 5;

/// The problem kinds still open on a site, with counts, for the annex.
fn main_problems(s: &QuarterSite) -> String {
    let mut open: BTreeMap<Section, usize> = BTreeMap::new();
    let mut any = false;
    for p in &s.problems {
        if p.severity == Severity::Notice {
            continue;
        }
        any = true;
        if !p.rectified {
            *open.entry(Section::of(p)).or_default() += 1;
        }
    }
    if open.is_empty() {
        return if any {
            "问题已整改".to_string()
        } else {
            "无".to_string()
        };
    }
    open.into_iter()
        .map(|(sec, n)| match sec {
            Section::SiteUnreachable | Section::StaleHomepage => sec.label().to_string(),
            _ => format!("{}{}处", sec.label(), n),
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// The annex's 主要问题 cell: why an unqualified site failed, then the
/// problems still open.
fn annex_problems(s: &QuarterSite) -> String {
    let open = main_problems(s);
    if s.qualified {
        return open;
    }
    let reason = unqualified_reason(s);
    match open.as_str() {
        "无" | "问题已整改" => reason,
        _ if reason.is_empty() => open,
        _ => format!("{reason}；{open}"),
    }
}

/// Why a site failed the quarter, in words.
fn unqualified_reason(s: &QuarterSite) -> String {
    let mut parts = Vec::new();
    let failed: Vec<String> = s
        .monthly
        .iter()
        .filter(|m| !m.qualified)
        .map(|m| m.month.clone())
        .collect();
    if !failed.is_empty() {
        parts.push(format!("{}检查不合格", join_months(&failed)));
    }
    let mut vetoes: Vec<String> = Vec::new();
    for m in &s.monthly {
        for v in &m.vetoes {
            let l = veto_label(v);
            if !vetoes.contains(&l) {
                vetoes.push(l);
            }
        }
    }
    if !vetoes.is_empty() {
        parts.push(format!("单项否决：{}", vetoes.join("、")));
    }
    // Neither the latest month nor two months failed: the quarter rule's
    // remaining reason is a mean score below the pass mark.
    let latest_failed = s.monthly.last().is_some_and(|m| !m.qualified);
    if !latest_failed && failed.len() < 2 {
        parts.push(format!("季度平均分{}分，低于合格线", score_text(s.score)));
    }
    parts.join("；")
}

fn site_display(s: &QuarterSite) -> String {
    s.site.name.clone()
}

fn category_order(c: Category) -> usize {
    Category::ALL
        .iter()
        .position(|x| *x == c)
        .unwrap_or(usize::MAX)
}

// ---------------------------------------------------------------------------
// The circular
// ---------------------------------------------------------------------------

fn circular_outline(c: &QuarterlyCircular, org: &str) -> Vec<Block> {
    let mut doc = Vec::new();
    let q = quarter_zh(&c.quarter);
    let sum = &c.summary;
    let by_id: BTreeMap<&str, &QuarterSite> =
        c.sites.iter().map(|s| (s.site.id.as_str(), s)).collect();
    let name_of = |id: &str| {
        by_id
            .get(id)
            .map(|s| site_display(s))
            .unwrap_or_else(|| id.to_string())
    };

    doc.push(Block::Title(format!("关于{q}政府网站检查情况的通报")));
    doc.push(Block::Flush(vec![t(
        "各县（市、区）人民政府，市政府各部门，各有关单位：",
    )]));
    let months = if c.months.is_empty() {
        String::new()
    } else {
        format!("（检查月份：{}）", join_months(&c.months))
    };
    let by_cat_intro: Vec<String> = sum
        .by_category
        .iter()
        .map(|(cat, r)| format!("{}{}家", cat.label_zh(), r.sites))
        .collect();
    let by_cat_intro = if by_cat_intro.is_empty() {
        String::new()
    } else {
        format!("，其中{}", by_cat_intro.join("、"))
    };
    doc.push(Block::Para(vec![t(format!(
        "根据《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）和《政府网站发展指引》（国办发〔2017〕47号）要求，\
         {org}对{n}家政府网站开展了{q}检查{months}{by_cat_intro}。现将有关情况通报如下：",
        n = sum.sites
    ))]));

    // 一、总体情况
    doc.push(Block::H2("一、总体情况".into()));
    let mut overall = format!(
        "本季度共检查政府网站{}家，合格{}家，不合格{}家，总体合格率为{}。",
        sum.sites,
        sum.qualified,
        sum.sites.saturating_sub(sum.qualified),
        percent(sum.qualification_rate)
    );
    if let Some(p) = &sum.previous {
        let diff = (sum.qualification_rate - p.qualification_rate) * 100.0;
        let change = if diff.abs() < 0.05 {
            "与上季度持平".to_string()
        } else if diff > 0.0 {
            format!("较上季度上升{diff:.1}个百分点")
        } else {
            format!("较上季度下降{:.1}个百分点", -diff)
        };
        let _ = write!(
            overall,
            "上季度（{}）检查{}家，合格{}家，合格率为{}，本季度合格率{change}。",
            quarter_zh(&p.quarter),
            p.sites,
            p.qualified,
            percent(p.qualification_rate)
        );
    }
    doc.push(Block::Para(vec![t(overall)]));
    if !sum.by_category.is_empty() {
        let parts: Vec<String> = sum
            .by_category
            .iter()
            .map(|(cat, r)| {
                format!(
                    "{}{}家，合格{}家，合格率{}",
                    cat.label_zh(),
                    r.sites,
                    r.qualified,
                    percent(r.rate)
                )
            })
            .collect();
        doc.push(Block::Para(vec![t(format!(
            "分类别看：{}。",
            parts.join("；")
        ))]));
        doc.push(Block::Table {
            caption: Some("表1 各类别网站检查情况".into()),
            head: ["类别", "检查数量", "合格数量", "合格率"]
                .map(String::from)
                .to_vec(),
            rows: sum
                .by_category
                .iter()
                .map(|(cat, r)| {
                    vec![
                        cell(cat.label_zh()),
                        cell(r.sites.to_string()),
                        cell(r.qualified.to_string()),
                        cell(percent(r.rate)),
                    ]
                })
                .collect(),
        });
    }
    let mut excellent: Vec<&QuarterSite> = sum
        .excellent
        .iter()
        .filter_map(|id| by_id.get(id.as_str()).copied())
        .collect();
    excellent.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.site.id.cmp(&b.site.id))
    });
    if excellent.is_empty() {
        doc.push(Block::Para(vec![t("本季度没有评为优秀的网站。")]));
    } else {
        let names: Vec<String> = excellent
            .iter()
            .map(|s| format!("{}（{}分）", site_display(s), score_text(s.score)))
            .collect();
        doc.push(Block::Para(vec![
            t(format!(
                "评为优秀的网站{}家（按得分排列）：",
                excellent.len()
            )),
            t(names.join("、")),
            t("。"),
        ]));
    }
    if sum.unqualified.is_empty() {
        doc.push(Block::Para(vec![t("本季度没有不合格网站。")]));
    } else {
        doc.push(Block::Para(vec![t(format!(
            "不合格网站{}家：",
            sum.unqualified.len()
        ))]));
        doc.push(Block::List(
            sum.unqualified
                .iter()
                .map(|id| match by_id.get(id.as_str()) {
                    Some(s) => {
                        let reason = unqualified_reason(s);
                        let mut v = vec![strong(site_display(s))];
                        if !reason.is_empty() {
                            v.push(t(format!("（{reason}）")));
                        }
                        v
                    }
                    None => vec![strong(name_of(id))],
                })
                .collect(),
        ));
    }

    // 二、存在问题
    doc.push(Block::H2("二、存在问题".into()));
    let mut sections: BTreeMap<Section, BTreeMap<&str, Vec<&QuarterProblem>>> = BTreeMap::new();
    for s in &c.sites {
        for p in &s.problems {
            sections
                .entry(Section::of(p))
                .or_default()
                .entry(s.site.id.as_str())
                .or_default()
                .push(p);
        }
    }
    if sections.is_empty() {
        doc.push(Block::Para(vec![t("本季度检查未发现问题。")]));
    } else {
        doc.push(Block::Para(vec![t(
            "检查发现的主要问题如下（括号内为发现问题的月份及截至本季度最后一次检查的整改情况，问题详情见quarterly-circular.json）：",
        )]));
    }
    for (i, (section, per_site)) in sections.iter().enumerate() {
        doc.push(Block::H3(format!(
            "（{}）{}",
            zh_number(i + 1),
            section.label()
        )));
        let problems: usize = per_site.values().map(Vec::len).sum();
        let rectified: usize = per_site.values().flatten().filter(|p| p.rectified).count();
        let sites = per_site.len();
        let intro = if *section == Section::ColumnDueSoon {
            format!("{sites}家网站有{problems}个栏目即将超过更新期限，请及时更新。")
        } else if rectified == problems {
            format!("共{sites}家网站存在此类问题（{problems}处），截至本季度最后一次检查均已整改。")
        } else if rectified == 0 {
            format!("共{sites}家网站存在此类问题（{problems}处），均尚未整改。")
        } else {
            format!(
                "共{sites}家网站存在此类问题（{problems}处），已整改{rectified}处，尚未整改{}处。",
                problems - rectified
            )
        };
        doc.push(Block::Para(vec![t(intro)]));
        let mut items = Vec::new();
        for (id, list) in per_site {
            let mut item = vec![strong(name_of(id)), t("：")];
            for (j, p) in list.iter().take(ITEMS_PER_SITE).enumerate() {
                if j > 0 {
                    item.push(t("；"));
                }
                item.extend(evidence(&p.last_seen.detail));
                item.push(t(status_text(p)));
            }
            if list.len() > ITEMS_PER_SITE {
                let open = list.iter().filter(|p| !p.rectified).count();
                item.push(t(format!(
                    "；等共{}处（其中尚未整改{}处）",
                    list.len(),
                    open
                )));
            }
            item.push(t("。"));
            items.push(item);
        }
        doc.push(Block::List(items));
    }

    // 三、整改要求
    doc.push(Block::H2("三、整改要求".into()));
    doc.push(Block::Para(vec![t(format!(
        "（一）抓紧整改存在问题。各有关单位要对照本通报及附件所列问题逐项核查整改，\
         于通报印发之日起15个工作日内完成整改，并将整改情况书面报送{org}。\
         不合格网站的主办单位要认真分析原因，明确整改责任人和整改时限，整改到位前要在首页显著位置说明情况。"
    ))]));
    doc.push(Block::Para(vec![t(
        "（二）严格落实日常监管。各单位要对照《政府网站与政务新媒体检查指标》，每月至少开展一次自查，\
         及时发现并处理站点无法访问、首页及栏目不更新、空白栏目、不可用链接、错敏词等问题；\
         严格执行信息发布审核制度，杜绝严重表述错误。",
    )]));
    doc.push(Block::Para(vec![t(
        "（三）健全长效工作机制。各单位要落实网站主办单位主体责任，保障网站运维人员和经费，\
         及时回应网民留言，完善办事指南要素。对连续两个季度不合格或问题整改不到位的网站，将予以通报并约谈相关负责人。",
    )]));

    // Signature, then the annex on its own page.
    doc.push(Block::Para(vec![
        t("附件：".to_string() + &annex_title(&q)),
    ]));
    doc.push(Block::Signature(vec![
        org.to_string(),
        "    年  月  日".to_string(),
    ]));
    doc.push(Block::PageBreak);
    doc.push(Block::H2("附件".into()));
    let mut rows: Vec<&QuarterSite> = c.sites.iter().collect();
    rows.sort_by(|a, b| {
        category_order(a.site.category)
            .cmp(&category_order(b.site.category))
            .then_with(|| b.score.total_cmp(&a.score))
            .then_with(|| a.site.id.cmp(&b.site.id))
    });
    doc.push(Block::Table {
        caption: Some(annex_title(&q)),
        head: [
            "序号",
            "网站名称",
            "类别",
            "得分",
            "等级",
            "是否合格",
            "主要问题",
        ]
        .map(String::from)
        .to_vec(),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    cell((i + 1).to_string()),
                    vec![t(site_display(s))],
                    cell(s.site.category.label_zh()),
                    cell(score_text(s.score)),
                    cell(s.grade.label_zh()),
                    cell(if s.qualified { "是" } else { "否" }),
                    cell(annex_problems(s)),
                ]
            })
            .collect(),
    });
    doc
}

fn annex_title(q: &str) -> String {
    format!("{q}政府网站检查结果")
}

/// The circular as Markdown, for the office to edit.
pub fn render_markdown(c: &QuarterlyCircular, title_org: &str) -> String {
    to_markdown(&circular_outline(c, title_org))
}

/// The circular as one self-contained, printable HTML page (no external
/// resources; every text escaped).
pub fn render_html(c: &QuarterlyCircular, title_org: &str) -> String {
    let q = quarter_zh(&c.quarter);
    to_html(
        &format!("关于{q}政府网站检查情况的通报"),
        &circular_outline(c, title_org),
    )
}

// ---------------------------------------------------------------------------
// The monthly summary
// ---------------------------------------------------------------------------

/// A short Markdown summary of a monthly check.
pub fn render_monthly_markdown(m: &MonthlyCheck) -> String {
    let s = &m.summary;
    let mut doc = vec![Block::Title(format!(
        "{}政府网站检查情况",
        year_month_zh(&m.month)
    ))];
    let rate = if s.sites == 0 {
        0.0
    } else {
        s.qualified as f64 / s.sites as f64
    };
    let g = |k: &str| s.by_grade.get(k).copied().unwrap_or(0);
    doc.push(Block::Para(vec![t(format!(
        "检查基准日期{}。共检查政府网站{}家，合格{}家，不合格{}家，合格率{}；其中优秀{}家、良好{}家、合格{}家、不合格{}家。",
        m.as_of,
        s.sites,
        s.qualified,
        s.unqualified,
        percent(rate),
        g("excellent"),
        g("good"),
        g("qualified"),
        g("unqualified")
    ))]));
    let failed: Vec<Vec<Inline>> = m
        .sites
        .iter()
        .filter(|r| !r.verdict.qualified)
        .map(|r| {
            let mut v = vec![strong(&r.site.name)];
            let mut why = Vec::new();
            if !r.verdict.vetoes.is_empty() {
                let labels: Vec<String> = r.verdict.vetoes.iter().map(|v| veto_label(v)).collect();
                why.push(format!("单项否决：{}", labels.join("、")));
            }
            why.push(format!("得分{}", score_text(r.verdict.score)));
            v.push(t(format!("（{}）", why.join("；"))));
            v
        })
        .collect();
    doc.push(Block::H2("不合格网站".into()));
    if failed.is_empty() {
        doc.push(Block::Para(vec![t("无。")]));
    } else {
        doc.push(Block::List(failed));
    }
    if !s.not_checked.is_empty() {
        doc.push(Block::H2("未能完成检查的网站".into()));
        doc.push(Block::List(
            s.not_checked
                .iter()
                .map(|n| vec![strong(&n.id), t(format!("：{}", n.reason))])
                .collect(),
        ));
    }
    doc.push(Block::H2("问题统计".into()));
    if s.findings_by_kind.is_empty() {
        doc.push(Block::Para(vec![t("未发现问题。")]));
    } else {
        doc.push(Block::Table {
            caption: None,
            head: vec!["问题类型".into(), "数量".into()],
            rows: {
                let mut kinds: Vec<(&String, &u64)> = s.findings_by_kind.iter().collect();
                kinds.sort_by_key(|(k, _)| (kind_rank(k), k.as_str()));
                kinds
                    .into_iter()
                    .map(|(k, n)| vec![cell(kind_label_zh(k)), cell(n.to_string())])
                    .collect()
            },
        });
    }
    doc.push(Block::H2("各网站结果".into()));
    doc.push(Block::Table {
        caption: None,
        head: [
            "序号",
            "网站名称",
            "类别",
            "得分",
            "等级",
            "是否合格",
            "问题数",
        ]
        .map(String::from)
        .to_vec(),
        rows: m
            .sites
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let problems = r
                    .findings
                    .iter()
                    .filter(|f| f.severity != Severity::Notice)
                    .count();
                vec![
                    cell((i + 1).to_string()),
                    cell(&r.site.name),
                    cell(r.site.category.label_zh()),
                    cell(score_text(r.verdict.score)),
                    cell(r.verdict.grade.label_zh()),
                    cell(if r.verdict.qualified { "是" } else { "否" }),
                    cell(problems.to_string()),
                ]
            })
            .collect(),
    });
    to_markdown(&doc)
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

/// Escapes the characters Markdown would read as markup.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

fn md_code(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ");
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}

fn md_inlines(v: &[Inline]) -> String {
    let mut out = String::new();
    for i in v {
        match i {
            Inline::Text(s) => out.push_str(&md_escape(s)),
            Inline::Strong(s) => {
                out.push_str("**");
                out.push_str(&md_escape(s));
                out.push_str("**");
            }
            Inline::Code(s) => out.push_str(&md_code(s)),
        }
    }
    out
}

fn to_markdown(doc: &[Block]) -> String {
    let mut out = String::new();
    for b in doc {
        match b {
            Block::Title(s) => {
                let _ = writeln!(out, "# {}\n", md_escape(s));
            }
            Block::H2(s) => {
                let _ = writeln!(out, "## {}\n", md_escape(s));
            }
            Block::H3(s) => {
                let _ = writeln!(out, "### {}\n", md_escape(s));
            }
            Block::Para(v) | Block::Flush(v) => {
                let _ = writeln!(out, "{}\n", md_inlines(v));
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", md_inlines(item));
                }
                out.push('\n');
            }
            Block::Table {
                caption,
                head,
                rows,
            } => {
                if let Some(c) = caption {
                    let _ = writeln!(out, "**{}**\n", md_escape(c));
                }
                let head: Vec<String> = head.iter().map(|h| md_escape(h)).collect();
                let _ = writeln!(out, "| {} |", head.join(" | "));
                let _ = writeln!(
                    out,
                    "|{}|",
                    head.iter().map(|_| " --- ").collect::<Vec<_>>().join("|")
                );
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| md_inlines(c)).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
                out.push('\n');
            }
            Block::Signature(lines) => {
                for l in lines {
                    let _ = writeln!(out, "{}  ", md_escape(l));
                }
                out.push('\n');
            }
            Block::PageBreak => out.push_str("---\n\n"),
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

fn html_inlines(v: &[Inline]) -> String {
    let mut out = String::new();
    for i in v {
        match i {
            Inline::Text(s) => out.push_str(&html_escape(s)),
            Inline::Strong(s) => {
                let _ = write!(out, "<strong>{}</strong>", html_escape(s));
            }
            Inline::Code(s) => {
                let _ = write!(out, "<code>{}</code>", html_escape(s));
            }
        }
    }
    out
}

/// Print-friendly styles after the usual layout of an official document:
/// A4, 仿宋 body, 小标宋-like title, ruled tables.
const STYLE: &str = "\
@page { size: A4; margin: 2.54cm 2.8cm; }
body { font-family: \"FangSong\", \"STFangsong\", \"仿宋\", \"Songti SC\", serif; font-size: 16pt; line-height: 1.75; color: #000; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-family: \"FZXiaoBiaoSong-B05S\", \"SimSun\", \"Songti SC\", serif; font-size: 22pt; text-align: center; font-weight: normal; margin: 1em 0 1.2em; }
h2 { font-family: \"SimHei\", \"Heiti SC\", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 .3em; }
h3 { font-family: \"KaiTi\", \"STKaiti\", \"楷体\", serif; font-size: 16pt; font-weight: normal; margin: .8em 0 .2em; }
p { text-indent: 2em; margin: .2em 0; }
ul { margin: .2em 0 .2em 2em; padding: 0; }
li { margin: .15em 0; }
code { font-family: \"Consolas\", \"Menlo\", monospace; font-size: 11pt; word-break: break-all; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; line-height: 1.4; margin: .5em 0 1em; }
caption { font-family: \"SimHei\", \"Heiti SC\", sans-serif; font-size: 13pt; margin-bottom: .3em; }
th, td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; }
th { background: #eee; }
.sign { text-align: right; text-indent: 0; }
.flush { text-indent: 0; }
.page-break { page-break-before: always; break-before: page; }
@media print { body { margin: 0; max-width: none; } th { background: none; } tr { page-break-inside: avoid; } }
";

fn to_html(title: &str, doc: &[Block]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        html_escape(title)
    );
    for b in doc {
        match b {
            Block::Title(s) => {
                let _ = writeln!(out, "<h1>{}</h1>", html_escape(s));
            }
            Block::H2(s) => {
                let _ = writeln!(out, "<h2>{}</h2>", html_escape(s));
            }
            Block::H3(s) => {
                let _ = writeln!(out, "<h3>{}</h3>", html_escape(s));
            }
            Block::Para(v) => {
                let _ = writeln!(out, "<p>{}</p>", html_inlines(v));
            }
            Block::Flush(v) => {
                let _ = writeln!(out, "<p class=\"flush\">{}</p>", html_inlines(v));
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", html_inlines(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Table {
                caption,
                head,
                rows,
            } => {
                out.push_str("<table>\n");
                if let Some(c) = caption {
                    let _ = writeln!(out, "<caption>{}</caption>", html_escape(c));
                }
                out.push_str("<thead><tr>");
                for h in head {
                    let _ = write!(out, "<th>{}</th>", html_escape(h));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for c in row {
                        let _ = write!(out, "<td>{}</td>", html_inlines(c));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Signature(lines) => {
                for l in lines {
                    let _ = writeln!(out, "<p class=\"sign\">{}</p>", html_escape(l));
                }
            }
            Block::PageBreak => out.push_str("<div class=\"page-break\"></div>\n"),
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_read_as_chinese() {
        assert_eq!(zh_number(1), "一");
        assert_eq!(zh_number(10), "十");
        assert_eq!(zh_number(11), "十一");
        assert_eq!(zh_number(23), "二十三");
        assert_eq!(quarter_zh("2024-Q1"), "2024年第一季度");
        assert_eq!(quarter_zh("2024-Q4"), "2024年第四季度");
        assert_eq!(month_zh("2024-03"), "3月");
        assert_eq!(year_month_zh("2024-11"), "2024年11月");
    }

    #[test]
    fn escaping_keeps_markup_out() {
        assert_eq!(md_escape("a|b*c_d"), "a\\|b\\*c\\_d");
        assert_eq!(md_code("http://x/a_b"), "`http://x/a_b`");
        assert_eq!(md_code("a`b"), "`` a`b ``");
        assert_eq!(
            html_escape("<script>\"&'"),
            "&lt;script&gt;&quot;&amp;&#39;"
        );
    }
}
