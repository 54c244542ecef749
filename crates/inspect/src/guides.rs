//! 办事指南 (service guides): recognising a guide page and checking that it
//! states every required element (办事指南要素齐全, 检查指标 服务实用).
//!
//! Elements are read from two places, because portals write guides either
//! as a table / definition list (the parser's `fields`) or as an article
//! with numbered headings (`一、申请条件` on its own line, the text below
//! it). The fields decide for every element they name (present when one of
//! its occurrences has a value); the text decides for the others. A run of
//! bare element titles (a tab bar, a table of contents) proves nothing
//! either way and is not reported.
//!
//! What counts as empty: blank, dashes and slashes (`/`, `-`, `—`), and
//! placeholders that say nothing yet (`暂无`, `待定`, `待补充`, `暂缺`,
//! `空`). `无` and `不收费` are answers (无收费, 无特殊条件) and count as a value:
//! an inspector cannot tell a deliberate 无 from a lazy one without knowing
//! the item, and reporting it would hurt precision.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use govcheck_config::rules::{GuideRules, Rules};
use govcheck_model::{Finding, FindingDetail, PageFacts, Severity};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// Markers of a guide page in the title, breadcrumb or `ColumnName`.
const GUIDE_MARKERS: [&str; 4] = ["办事指南", "服务指南", "办事服务", "事项指南"];

/// `ColumnType` values (国办 网页设计规范) of a guide page.
const GUIDE_COLUMN_TYPES: [&str; 1] = ["办事服务"];

/// Elements matched before a marked page counts as a guide.
const MIN_ELEMENTS_MARKED: usize = 3;

/// Elements matched before an unmarked page counts as a guide (no marker in
/// title, breadcrumb or meta: only a full element table is evidence enough).
const MIN_ELEMENTS_UNMARKED: usize = 5;

/// Elements that only a guide has (a 信息公开指南 or a contact page also has
/// 办公地点 / 办公时间 / 联系电话); an unmarked page needs two of them.
const GUIDE_SPECIFIC: [&str; 6] = [
    "设定依据",
    "申请条件",
    "办理材料",
    "办理流程",
    "收费标准",
    "办理时限",
];

/// The canonical order of the national element list (RULES.md §1.2 F), used
/// to report `missing_elements`; elements a rules file adds come after, in
/// name order.
const CANONICAL_ORDER: [&str; 11] = [
    "事项名称",
    "设定依据",
    "申请条件",
    "办理材料",
    "办理地点",
    "办理机构",
    "办理时间",
    "联系电话",
    "办理流程",
    "收费标准",
    "办理时限",
];

/// Names real portals use besides those of `rules.guides.elements`; added
/// to an element only when the rules judge that element. A complete guide
/// written with a name missing here would be reported incomplete, so the
/// list errs on the side of more names. (Candidates for `config/rules.toml`.)
pub const EXTRA_SYNONYMS: [(&str, &[&str]); 10] = [
    ("事项名称", &["服务事项", "办理事项", "审批事项名称"]),
    (
        "设定依据",
        &[
            "法规依据",
            "政策依据",
            "审批依据",
            "许可依据",
            "设立依据",
            "受理依据",
        ],
    ),
    (
        "申请条件",
        &[
            "受理标准",
            "申请资格",
            "申办条件",
            "许可条件",
            "审批条件",
            "申领条件",
        ],
    ),
    (
        "办理材料",
        &[
            "材料清单",
            "申请资料",
            "所需资料",
            "办事材料",
            "提交资料",
            "申报资料",
            "申办材料",
        ],
    ),
    (
        "办理地点",
        &[
            "服务地点",
            "办事地点",
            "受理窗口",
            "办理窗口",
            "窗口地址",
            "服务地址",
        ],
    ),
    ("办理时间", &["服务时间", "办事时间", "窗口时间"]),
    (
        "联系电话",
        &["咨询渠道", "服务电话", "咨询热线", "电话咨询", "联系人电话"],
    ),
    (
        "办理流程",
        &[
            "申办流程",
            "审批流程",
            "服务流程",
            "办理步骤",
            "办事程序",
            "申请程序",
            "审批程序",
        ],
    ),
    (
        "收费标准",
        &["收费项目", "收费依据", "收费金额", "收费说明"],
    ),
    (
        "办理时限",
        &[
            "办理期限",
            "承诺期限",
            "法定期限",
            "审批时限",
            "审批期限",
            "办结期限",
            "时限",
        ],
    ),
];

/// Values that state nothing (compared after [`normalize_value`]).
const EMPTY_VALUES: [&str; 12] = [
    "",
    "暂无",
    "待定",
    "待补充",
    "暂缺",
    "空",
    "暂无信息",
    "暂无内容",
    "null",
    "none",
    "n/a",
    "na",
];

/// Longest numbered heading (in characters, after normalisation) read as
/// an element heading.
const MAX_HEADING_CHARS: usize = 14;

/// Whether the page is a service guide, with the built-in element names.
/// See [`is_guide_page_with`].
pub fn is_guide_page(page: &PageFacts) -> bool {
    is_guide_page_with(page, &GuideRules::default())
}

/// Whether the page is a service guide: a guide marker (办事指南, 服务指南,
/// 办事服务 in the title, breadcrumb or `ColumnName`, or `ColumnType`
/// 办事服务) and at least three element labels, one of them 事项名称 or an
/// element only a guide has (设定依据, 申请条件, 办理材料, 办理流程, 收费标准,
/// 办理时限); or, without a marker, at least five elements of which two
/// only a guide has.
pub fn is_guide_page_with(page: &PageFacts, rules: &GuideRules) -> bool {
    is_guide(page, &elements_on(page, rules))
}

/// The guide test over the elements already found on the page.
fn is_guide(page: &PageFacts, found: &BTreeMap<&str, bool>) -> bool {
    let matched = found.len();
    let specific = GUIDE_SPECIFIC
        .iter()
        .filter(|e| found.contains_key(**e))
        .count();
    if has_marker(page) {
        // A 办事服务 page that only gives the hall's address, hours and
        // phone is no guide: one element only a guide has (or the item's
        // name) is needed too.
        return matched >= MIN_ELEMENTS_MARKED && (specific >= 1 || found.contains_key("事项名称"));
    }
    matched >= MIN_ELEMENTS_UNMARKED && specific >= 2
}

/// One `service_guide_incomplete` finding (severity `deduction`) when the
/// page is a guide and some required elements are absent or empty; `None`
/// for a complete guide and for any other page.
pub fn check(page: &PageFacts, rules: &Rules) -> Option<Finding> {
    GuideChecker::new(rules).check(page)
}

/// The guide check with its element matcher built once, for a whole crawl
/// (the free [`check`] builds it per call).
pub struct GuideChecker<'r> {
    rules: &'r Rules,
    matcher: Matcher<'r>,
}

impl<'r> GuideChecker<'r> {
    pub fn new(rules: &'r Rules) -> Self {
        GuideChecker {
            rules,
            matcher: Matcher::new(&rules.guides),
        }
    }

    /// Same as [`check`].
    pub fn check(&self, page: &PageFacts) -> Option<Finding> {
        if !self.matcher.may_be_guide(page) {
            return None;
        }
        let g = &self.rules.guides;
        let found = elements_found(page, &self.matcher);
        if !is_guide(page, &found) {
            return None;
        }
        let missing = missing_of(&found, g);
        finding(page, &self.matcher, missing)
    }
}

fn finding(page: &PageFacts, matcher: &Matcher<'_>, missing: Vec<String>) -> Option<Finding> {
    if missing.is_empty() {
        return None;
    }
    // Named by where it was finally served from (stable across runs,
    // whichever link reached it first).
    let url = if page.final_url.is_empty() {
        page.url.clone()
    } else {
        page.final_url.clone()
    };
    Some(Finding::new(
        Severity::Deduction,
        FindingDetail::ServiceGuideIncomplete {
            url,
            title: guide_title(page, matcher),
            missing_elements: missing,
        },
    ))
}

/// The canonical names of the required elements the page does not state
/// (absent, or present with an empty value), in the national list's order.
pub fn missing_elements(page: &PageFacts, rules: &GuideRules) -> Vec<String> {
    missing_of(&elements_on(page, rules), rules)
}

fn missing_of(found: &BTreeMap<&str, bool>, rules: &GuideRules) -> Vec<String> {
    ordered_elements(rules)
        .into_iter()
        .filter(|e| !found.get(*e).copied().unwrap_or(false))
        .map(str::to_string)
        .collect()
}

/// Label normalisation: drops whitespace (also full-width), leading
/// numbering (`一、` `（一）` `1.` `1、` `①` `第一项`), colons, brackets
/// (`【】[]（）()〔〕`) and `*` marks, so that `【一、申请条件：】` reads
/// `申请条件`.
pub fn normalize_label(label: &str) -> String {
    normalize_label_numbered(label).0
}

/// [`normalize_label`], and whether leading numbering was stripped (a
/// numbered line is a heading even when it is long).
fn normalize_label_numbered(label: &str) -> (String, bool) {
    let compact: String = label.chars().filter(|c| !is_blank(*c)).collect();
    let mut rest = compact.as_str();
    // A label wrapped whole in brackets (`【一、申请条件：】`) is unwrapped
    // first, so that its numbering is found.
    for (open, close) in [('【', '】'), ('[', ']'), ('〔', '〕')] {
        if let Some(inner) = rest.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
            rest = inner;
        }
    }
    let mut numbered = false;
    while let Some(m) = NUMBERING.find(rest) {
        if m.end() == 0 || m.end() == rest.len() {
            break;
        }
        rest = &rest[m.end()..];
        numbered = true;
    }
    let cleaned = rest.chars().filter(|c| !is_label_mark(*c)).collect();
    (cleaned, numbered)
}

/// Whitespace and zero-width characters, which labels drop.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// Colons, brackets and `*` marks, which labels drop.
fn is_label_mark(c: char) -> bool {
    matches!(
        c,
        '：' | ':' | '【' | '】' | '[' | ']' | '〔' | '〕' | '（' | '）' | '(' | ')' | '*' | '＊'
    )
}

/// Every character [`normalize_label`] drops wherever it stands.
fn is_label_noise(c: char) -> bool {
    is_blank(c) || is_label_mark(c)
}

/// Leading enumeration of a heading: `一、` `十二.` `1、` `1.` `（一）` `(1)`
/// `【一】` `①` `第三项` `第3条、`. A bare numeral without a separator is
/// not numbering (`一次性告知`).
static NUMBERING: LazyLock<Regex> = LazyLock::new(|| {
    let n = "[0-9０-９一二三四五六七八九十百零〇]+";
    Regex::new(&format!(
        "^(?:第?{n}(?:(?:项|条|部分)[、.．，,。:：]?|[、.．，,。:：])\
         |[（(【\\[〔]{n}[）)】\\]〕][、.．]?\
         |[①-⑳][、.．]?)"
    ))
    .expect("the numbering pattern is valid")
});

/// Normalised value: whitespace, dashes, slashes and trailing punctuation
/// removed, ASCII lower-cased; a value that normalises to an
/// [`EMPTY_VALUES`] entry states nothing.
fn normalize_value(value: &str) -> String {
    value
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '/' | '／'
                        | '\\'
                        | '-'
                        | '－'
                        | '—'
                        | '–'
                        | '_'
                        | '。'
                        | '.'
                        | '…'
                        | '、'
                        | '，'
                        | ','
                        | '；'
                        | ';'
                        | '：'
                        | ':'
                        | '\u{200b}'
                        | '\u{feff}'
                        | '\u{a0}'
                )
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a value states something (see the module notes).
pub fn is_real_value(value: &str) -> bool {
    let v = normalize_value(value);
    !EMPTY_VALUES.contains(&v.as_str())
}

/// The canonical element a label names, if any. A synonym of two characters
/// (`依据`, `流程`, `收费`, `事项`) must be the whole label — `事项类型` is
/// not `事项名称`; a longer synonym may be part of it (`法定办结时限`,
/// `申请材料目录`, `是否收费及收费标准`). The longest matching synonym wins.
///
/// Builds the element matcher on each call (about a millisecond): for many
/// labels, use a [`GuideChecker`].
pub fn element_of<'r>(label: &str, rules: &'r GuideRules) -> Option<&'r str> {
    Matcher::new(rules)
        .find(&normalize_label(label))
        .map(|(e, _)| e)
}

/// Normalised synonyms of every element, built once per page.
struct Matcher<'r> {
    /// (canonical element, normalised synonym, its length in characters).
    synonyms: Vec<(&'r str, String, usize)>,
    /// Indices (into `synonyms`) of the synonyms longer than two
    /// characters; shorter ones must equal the label and are compared
    /// directly.
    long: Vec<usize>,
    /// The `long` synonyms, pattern `k` being `synonyms[long[k]]`: one
    /// pass over a label instead of one search per synonym, which matters
    /// because every line of every page is a candidate heading.
    contained: AhoCorasick,
    /// Every synonym, pattern `i` being `synonyms[i]`: the page-level
    /// pre-check ([`Matcher::may_be_guide`]).
    anywhere: AhoCorasick,
}

impl<'r> Matcher<'r> {
    fn new(rules: &'r GuideRules) -> Self {
        let mut synonyms = Vec::new();
        for (canonical, names) in &rules.elements {
            let extra = EXTRA_SYNONYMS
                .iter()
                .filter(|(c, _)| c == canonical)
                .flat_map(|(_, names)| names.iter().copied());
            let names = names
                .iter()
                .map(String::as_str)
                .chain(std::iter::once(canonical.as_str()))
                .chain(extra);
            for name in names {
                let syn = normalize_label(name);
                let n = syn.chars().count();
                if n > 0 {
                    synonyms.push((canonical.as_str(), syn, n));
                }
            }
        }
        // A DFA: a few dozen short patterns make a small one, and it runs
        // over every line of every page.
        let build = |patterns: Vec<&str>| {
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .build(patterns)
                .expect("the guide synonyms build an automaton")
        };
        let long: Vec<usize> = (0..synonyms.len()).filter(|&i| synonyms[i].2 > 2).collect();
        let contained = build(long.iter().map(|&i| synonyms[i].1.as_str()).collect());
        let anywhere = build(synonyms.iter().map(|(_, syn, _)| syn.as_str()).collect());
        Matcher {
            synonyms,
            long,
            contained,
            anywhere,
        }
    }

    /// Whether the page names at least [`MIN_ELEMENTS_MARKED`] different
    /// elements anywhere, which every guide does: a normalised label is a
    /// substring of the text with whitespace, brackets, colons and marks
    /// removed, so a page failing this test cannot pass [`is_guide`]. One
    /// pass over the page instead of a normalisation per line, for the
    /// many pages that are no guide.
    fn may_be_guide(&self, page: &PageFacts) -> bool {
        let mut named: Vec<&str> = Vec::new();
        let texts = std::iter::once(page.content_text.as_str())
            .chain(page.fields.iter().map(|(label, _)| label.as_str()));
        for text in texts {
            let mut stripped = String::with_capacity(text.len());
            stripped.extend(text.chars().filter(|c| !is_label_noise(*c)));
            for m in self.anywhere.find_overlapping_iter(&stripped) {
                let element = self.synonyms[m.pattern().as_usize()].0;
                if !named.contains(&element) {
                    named.push(element);
                    if named.len() >= MIN_ELEMENTS_MARKED {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// The element a normalised label names, with the matched synonym's
    /// length: the longest synonym that the label equals (two characters
    /// or fewer) or contains, the first listed among equals.
    fn find(&self, label: &str) -> Option<(&'r str, usize)> {
        if label.is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None; // (synonym index, length)
        let mut consider = |i: usize, n: usize| {
            if best.is_none_or(|(bi, len)| n > len || (n == len && i < bi)) {
                best = Some((i, n));
            }
        };
        for (i, (_, syn, n)) in self.synonyms.iter().enumerate() {
            if *n <= 2 && label == syn {
                consider(i, *n);
            }
        }
        for m in self.contained.find_overlapping_iter(label) {
            let i = self.long[m.pattern().as_usize()];
            consider(i, self.synonyms[i].2);
        }
        best.map(|(i, n)| (self.synonyms[i].0, n))
    }

    /// The element a label names when the label is not much longer than
    /// the synonym: `slack` extra characters, so that a sentence merely
    /// mentioning 申请材料 is not a heading.
    fn find_label(&self, label: &str, slack: usize) -> Option<&'r str> {
        let (norm, numbered) = normalize_label_numbered(label);
        let len = norm.chars().count();
        let (e, n) = self.find(&norm)?;
        let limit = if numbered {
            MAX_HEADING_CHARS.max(n + slack)
        } else {
            n + slack
        };
        (len <= limit).then_some(e)
    }
}

/// Extra characters a table/list label may carry beside the synonym
/// (`是否收费及收费标准`, `法定办结时限（工作日）`).
const FIELD_SLACK: usize = 8;

/// Extra characters an article heading line may carry beside the synonym.
const HEADING_SLACK: usize = 4;

/// Canonical element → whether some occurrence has a real value.
fn elements_on<'r>(page: &PageFacts, rules: &'r GuideRules) -> BTreeMap<&'r str, bool> {
    elements_found(page, &Matcher::new(rules))
}

fn elements_found<'r>(page: &PageFacts, matcher: &Matcher<'r>) -> BTreeMap<&'r str, bool> {
    let mut found: BTreeMap<&str, bool> = BTreeMap::new();
    let mut labels: BTreeSet<String> = BTreeSet::new();
    for (label, value) in &page.fields {
        labels.insert(normalize_label(label));
        if let Some(e) = matcher.find_label(label, FIELD_SLACK) {
            *found.entry(e).or_insert(false) |= is_real_value(value);
        }
    }
    // The text only speaks for elements the fields do not name: where a
    // table row states an element empty, the text below it is another row.
    let from_fields: BTreeSet<&str> = found.keys().copied().collect();
    for (e, real) in sections_in_text(&page.content_text, matcher, &labels) {
        if !from_fields.contains(e) {
            *found.entry(e).or_insert(false) |= real;
        }
    }
    found
}

/// The article form: a short line naming an element (`三、申请条件`, or
/// `申请条件：…` with the value on the same line) starts a section that runs
/// to the next heading (an element, a Chinese-numbered line, a bare
/// `label：`, or a label the fields know, e.g. a `办理机构` row); the
/// section's value is its text.
fn sections_in_text<'r>(
    text: &str,
    matcher: &Matcher<'r>,
    field_labels: &BTreeSet<String>,
) -> Vec<(&'r str, bool)> {
    let mut sections: Vec<Section<'r>> = Vec::new();
    let mut current: Option<Section<'r>> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (head, inline) = match line.find(['：', ':']) {
            Some(i) => {
                let sep = line[i..].chars().next().map_or(1, char::len_utf8);
                (&line[..i], Some(&line[i + sep..]))
            }
            None => (line, None),
        };
        match matcher.find_label(head, HEADING_SLACK) {
            Some(element) => {
                sections.extend(current.take());
                let (_, numbered) = normalize_label_numbered(head);
                current = Some(Section {
                    element,
                    value: inline.unwrap_or("").to_string(),
                    bare: inline.is_none() && !numbered,
                });
            }
            None if is_other_heading(head, inline)
                || field_labels.contains(&normalize_label(head)) =>
            {
                // `十一、相关附件`, `附件：`: a section that is no element
                // ends the current one, so that its text is not taken for
                // the element's value.
                sections.extend(current.take());
            }
            None => {
                if let Some(s) = current.as_mut() {
                    s.value.push_str(line);
                }
            }
        }
    }
    sections.extend(current);
    judge_sections(&sections)
}

/// One element heading of the article form and the text under it.
struct Section<'r> {
    element: &'r str,
    value: String,
    /// Neither numbered nor followed by a colon: a tab title or a table of
    /// contents entry when several come in a row.
    bare: bool,
}

/// Sections → (element, has a value). A run of at least
/// [`MIN_TAB_RUN`] bare, empty headings is a tab bar or a table of contents
/// whose panes the text does not tie to their titles: those elements are
/// given the benefit of the doubt (counted present) rather than reported.
fn judge_sections<'r>(sections: &[Section<'r>]) -> Vec<(&'r str, bool)> {
    let empty_bare: Vec<bool> = sections
        .iter()
        .map(|s| s.bare && !is_real_value(&s.value))
        .collect();
    let mut out = Vec::with_capacity(sections.len());
    let mut i = 0;
    while i < sections.len() {
        let run = empty_bare[i..].iter().take_while(|b| **b).count();
        if run >= MIN_TAB_RUN {
            out.extend(sections[i..i + run].iter().map(|s| (s.element, true)));
            i += run;
        } else {
            let s = &sections[i];
            out.push((s.element, is_real_value(&s.value)));
            i += 1;
        }
    }
    out
}

/// Consecutive bare, empty element headings read as a tab bar.
const MIN_TAB_RUN: usize = 3;

/// A heading that names no element: Chinese-numbered (`十一、相关附件`,
/// `（三）其他`) or a short label with nothing after its colon (`附件：`).
fn is_other_heading(head: &str, inline: Option<&str>) -> bool {
    let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
    if CHINESE_NUMBERED.is_match(&compact) {
        return true;
    }
    inline.is_some_and(|v| v.trim().is_empty()) && compact.chars().count() <= 10
}

/// A top-level Chinese-numbered heading (`三、`, `（三）`).
static CHINESE_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])")
        .expect("the heading pattern is valid")
});

fn has_marker(page: &PageFacts) -> bool {
    let in_text = |s: &str| GUIDE_MARKERS.iter().any(|m| s.contains(m));
    in_text(&page.title)
        || page.breadcrumbs.iter().any(|b| in_text(b))
        || page.meta("columnname").is_some_and(in_text)
        || page
            .meta("columntype")
            .is_some_and(|t| GUIDE_COLUMN_TYPES.iter().any(|m| t.contains(m)))
}

/// Element names to judge: the national order first, then any others the
/// rules file adds, by name.
fn ordered_elements(rules: &GuideRules) -> Vec<&str> {
    let mut out: Vec<&str> = CANONICAL_ORDER
        .iter()
        .copied()
        .filter(|e| rules.elements.contains_key(*e))
        .collect();
    for k in rules.elements.keys() {
        if !CANONICAL_ORDER.contains(&k.as_str()) {
            out.push(k);
        }
    }
    out
}

/// A readable title: the article title meta, else the 事项名称 value, else
/// the page title.
fn guide_title(page: &PageFacts, matcher: &Matcher<'_>) -> String {
    if let Some(t) = page.meta("articletitle").map(str::trim)
        && !t.is_empty()
    {
        return t.to_string();
    }
    for (label, value) in &page.fields {
        let named = matcher.find(&normalize_label(label)).map(|(e, _)| e);
        if named == Some("事项名称") && is_real_value(value) {
            return value.trim().to_string();
        }
    }
    page.title.trim().to_string()
}
