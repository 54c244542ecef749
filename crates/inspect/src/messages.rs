//! 互动回应 (messages): letters to 领导信箱, 留言 and 咨询 columns left
//! unanswered (检查指标 单项否决 E.2: "监测时间点前1年内，政务咨询类栏目中存在
//! 超过3个月未回应的有效留言").
//!
//! Two steps, so that the engine can merge what list and detail pages say
//! about one message before judging it:
//! 1. [`extract`] reads the messages a page shows: list rows (`rows`) with
//!    their asked date, status (已回复 / 未回复 …) and reply date; or, on a
//!    detail page, its `fields` (留言时间, 答复时间, 回复内容 …).
//! 2. [`judge`] merges them by URL and reports each message asked within
//!    `lookback_days` before the as-of date and still unanswered more than
//!    `unanswered_after_days` after it was asked.
//!
//! [`check`] does both for one page.
//!
//! Decisions:
//! - The indicator is "unanswered": a message answered, even late, is not
//!   an `unanswered_message`. A reply dated after the as-of date did not
//!   exist at the as-of date, so the message counts as unanswered then (a
//!   check for an earlier month reads the portal as it was).
//! - Evidence of a reply wins over a status saying otherwise (a list whose
//!   status lags behind the detail page, an interim reply marked 办理中).
//! - A message whose state cannot be read (no status, no reply column, no
//!   reply section) is not judged: precision over recall.
//! - Invalid messages (不予受理, 无效, 重复) are not "valid messages" and are
//!   not judged.
//! - Columns excluded by `rules.messages.excluded_columns` (在线访谈, 调查征集
//!   …), and those named in [`BUILTIN_EXCLUDED`], are not judged.

use crate::guides::{is_real_value, normalize_label};
use chrono::NaiveDate;
use govcheck_config::rules::{MessageRules, Rules};
use govcheck_model::{Finding, FindingDetail, ListRow, PageFacts, PartialDate, Severity};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;
use url::Url;

/// Title, breadcrumb or `ColumnName` words of a message column.
const MESSAGE_MARKERS: [&str; 14] = [
    "信箱",
    "留言",
    "咨询",
    "政民互动",
    "互动交流",
    "问政",
    "来信",
    "诉求",
    "民声",
    "网民",
    "建言",
    "互动回应",
    "我要写信",
    "有问必答",
];

/// `ColumnType` values of a message column.
const MESSAGE_COLUMN_TYPES: [&str; 2] = ["咨询投诉", "政务咨询"];

/// Columns never judged, besides `rules.messages.excluded_columns`:
/// interviews, consultations on drafts and surveys (调查征集类), report
/// lines (举报投诉类, excluded in the 2015 wording). Not in rules.toml yet.
pub const BUILTIN_EXCLUDED: [&str; 5] = ["在线访谈", "访谈", "征集", "征求意见", "举报"];

/// Message states as lists and detail pages write them; checked in this
/// order (invalid, then unanswered, then answered), because `未办结`
/// contains `办结`.
const INVALID_STATES: [&str; 7] = [
    "不予受理",
    "无效",
    "重复留言",
    "重复件",
    "重复信件",
    "已撤回",
    "已撤销",
];
const UNANSWERED_STATES: [&str; 29] = [
    "未回复",
    "未答复",
    "待回复",
    "待答复",
    "暂未回复",
    "尚未回复",
    "未办结",
    "办理中",
    "处理中",
    "正在办理",
    "正在处理",
    "未处理",
    "待处理",
    "未办理",
    "待办理",
    "已受理",
    "受理中",
    "待受理",
    "未受理",
    "已转办",
    "转办中",
    "未反馈",
    "待审核",
    "审核中",
    "未回应",
    "未解答",
    "已签收",
    "待签收",
    "已交办",
];
const ANSWERED_STATES: [&str; 17] = [
    "已回复",
    "已答复",
    "已办结",
    "办结",
    "已处理",
    "已反馈",
    "已完成",
    "已回应",
    "已解答",
    "已办理",
    "已结案",
    "已回",
    "已答",
    "处理完毕",
    "办理完毕",
    "已评价",
    "待评价",
];

/// Longest cell (characters) read as a status cell when no header says
/// which column holds the status: a title like `为什么留言未回复` is longer.
const MAX_STATUS_CELL_CHARS: usize = 8;

/// Longest cell (characters) read as a date cell (`2024-03-01 10:22:33`,
/// `留言时间：2024年3月1日`).
const MAX_DATE_CELL_CHARS: usize = 30;

/// What a page says about a message's reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReplyState {
    /// Nothing readable.
    Unknown,
    /// Marked or shown unanswered.
    Unanswered,
    /// Answered; the reply date when the page gives one.
    Answered(Option<NaiveDate>),
    /// Not a valid message (不予受理, 无效, 重复).
    Invalid,
}

/// One message as a page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The message's own page (absolute); on a list row without a link, the
    /// list URL with a `#row=` fragment naming the date and title.
    pub url: String,
    pub title: String,
    pub asked_on: NaiveDate,
    pub state: ReplyState,
}

/// Whether the page belongs to a message column: a marker (信箱, 留言, 咨询,
/// 政民互动 …) in the title, breadcrumb or `ColumnName`, `ColumnType`
/// 咨询投诉; or, without a marker, message-specific labels (留言时间 /
/// 来信时间 in the fields, or a list header with such a column and a status
/// or reply column).
pub fn is_message_page(page: &PageFacts) -> bool {
    has_marker(page) || detail_asked_label(page).is_some() || has_message_header(page)
}

/// Whether the page is in a column the indicator excludes (在线访谈,
/// 调查征集, 网上信访, 纪检举报 …).
///
/// The rules' names are looked for in the title, breadcrumb and column
/// meta; the short [`BUILTIN_EXCLUDED`] words only in the breadcrumb and
/// meta, because a detail page's title is the message's own title
/// (`举报小区违建` sent to 县长信箱 is a message to judge).
pub fn is_excluded(page: &PageFacts, rules: &MessageRules) -> bool {
    let configured = |s: &str| {
        rules
            .excluded_columns
            .iter()
            .any(|x| !x.is_empty() && s.contains(x.as_str()))
    };
    let any = |s: &str| configured(s) || BUILTIN_EXCLUDED.iter().any(|x| s.contains(x));
    configured(&page.title)
        || page.breadcrumbs.iter().any(|b| any(b))
        || page.meta("columnname").is_some_and(any)
        || page.meta("columntype").is_some_and(any)
}

/// `unanswered_message` findings of one page (list or detail), by URL.
/// Excluded columns and pages of no message column give none.
pub fn check(page: &PageFacts, as_of: NaiveDate, rules: &Rules) -> Vec<Finding> {
    judge(extract(page, as_of, rules), as_of, rules)
}

/// The messages a page shows, in page order; empty for pages of no message
/// column or of an excluded one.
pub fn extract(page: &PageFacts, as_of: NaiveDate, rules: &Rules) -> Vec<Message> {
    if !is_message_page(page) || is_excluded(page, &rules.messages) {
        return Vec::new();
    }
    let detail = from_detail(page, as_of);
    let mut out = from_rows(page, as_of, &rules.messages.excluded_columns);
    if let Some(m) = detail {
        // A list of one item whose `留言时间：…` line reads like a detail
        // page's field: the linked row is the message, not the list page.
        let seen_as_row = out
            .iter()
            .any(|r| !r.url.contains("#row=") && r.asked_on == m.asked_on);
        if !seen_as_row {
            // A detail page's own field table shows up as rows without
            // links: they are this message, not others.
            out.retain(|r| !r.url.contains("#row="));
            out.push(m);
        }
    }
    out
}

/// Merges messages by URL (a reply seen anywhere wins; the earliest asked
/// date is kept) and reports those unanswered past the limit, sorted by
/// URL. Severity `veto` when `rules.messages.unanswered_is_veto`, else
/// `deduction`.
pub fn judge(
    messages: impl IntoIterator<Item = Message>,
    as_of: NaiveDate,
    rules: &Rules,
) -> Vec<Finding> {
    let r = &rules.messages;
    let mut merged: BTreeMap<String, Merged> = BTreeMap::new();
    for m in messages {
        let e = merged.entry(m.url.clone()).or_insert_with(|| Merged {
            title: String::new(),
            asked_on: m.asked_on,
            answered_by: None,
            unanswered: false,
            invalid: false,
        });
        if e.title.is_empty() {
            e.title = m.title.trim().to_string();
        }
        e.asked_on = e.asked_on.min(m.asked_on);
        match m.state {
            ReplyState::Unknown => {}
            ReplyState::Unanswered => e.unanswered = true,
            ReplyState::Invalid => e.invalid = true,
            ReplyState::Answered(d) => {
                // An undated reply counts as given before the as-of date.
                let d = d.unwrap_or(NaiveDate::MIN);
                e.answered_by = Some(e.answered_by.map_or(d, |x: NaiveDate| x.min(d)));
            }
        }
    }
    let severity = if r.unanswered_is_veto {
        Severity::Veto
    } else {
        Severity::Deduction
    };
    let mut out = Vec::new();
    for (url, m) in merged {
        if m.invalid {
            continue;
        }
        let unanswered_at_as_of = match m.answered_by {
            Some(d) => d > as_of,
            None => m.unanswered,
        };
        if !unanswered_at_as_of || m.asked_on > as_of {
            continue;
        }
        let age = (as_of - m.asked_on).num_days();
        let Ok(age_days) = u32::try_from(age) else {
            continue;
        };
        if age_days > r.lookback_days || age_days <= r.unanswered_after_days {
            continue;
        }
        out.push(Finding::new(
            severity,
            FindingDetail::UnansweredMessage {
                url,
                title: m.title,
                asked_on: m.asked_on,
                age_days,
            },
        ));
    }
    out
}

struct Merged {
    title: String,
    asked_on: NaiveDate,
    /// Earliest reply date seen (`NaiveDate::MIN` for an undated reply).
    answered_by: Option<NaiveDate>,
    unanswered: bool,
    invalid: bool,
}

// ---------------------------------------------------------------- pages

fn has_marker(page: &PageFacts) -> bool {
    let hit = |s: &str| MESSAGE_MARKERS.iter().any(|m| s.contains(m));
    hit(&page.title)
        || page.breadcrumbs.iter().any(|b| hit(b))
        || page.meta("columnname").is_some_and(hit)
        || page
            .meta("columntype")
            .is_some_and(|t| MESSAGE_COLUMN_TYPES.iter().any(|m| t.contains(m)))
}

/// Column roles a list header names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Columns {
    title: Option<usize>,
    asked: Option<usize>,
    replied: Option<usize>,
    status: Option<usize>,
}

/// What one header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Asked,
    /// The asked-date role from a message-specific label (留言时间).
    AskedSpecific,
    Replied,
    Status,
}

fn header_role(cell: &str) -> Option<Role> {
    let c = normalize_label(cell);
    let n = c.chars().count();
    if n == 0 || n > 10 {
        return None;
    }
    let timed = c.contains("时间") || c.contains("日期");
    let reply_word = ["回复", "答复", "办结", "反馈", "回应", "处理", "办理"]
        .iter()
        .any(|w| c.contains(w));
    if timed && reply_word {
        return Some(Role::Replied);
    }
    if timed {
        let specific = ["留言", "来信", "提问", "咨询", "写信", "发信", "诉求"]
            .iter()
            .any(|w| c.contains(w));
        return Some(if specific {
            Role::AskedSpecific
        } else {
            Role::Asked
        });
    }
    if c.contains("状态")
        || [
            "是否回复",
            "是否答复",
            "办理情况",
            "回复情况",
            "答复情况",
            "处理情况",
            "办理结果",
        ]
        .contains(&c.as_str())
    {
        return Some(Role::Status);
    }
    if reply_word {
        // 回复内容, 答复单位: not a role a list is read by.
        return None;
    }
    let not_title = ["编号", "序号", "类型", "类别", "分类", "人"]
        .iter()
        .any(|w| c.contains(w));
    if !not_title
        && ["标题", "主题", "事项", "信件", "问题", "内容", "名称"]
            .iter()
            .any(|w| c.contains(w))
    {
        return Some(Role::Title);
    }
    None
}

/// The column roles of a header row, if the row is one: no dates, no
/// states, at least two cells naming a role, one of them a date column.
fn header_columns(row: &ListRow) -> Option<Columns> {
    if row
        .cells
        .iter()
        .any(|c| cell_date(c).is_some() || cell_state(c).is_some())
    {
        return None;
    }
    let mut cols = Columns::default();
    let mut roles = 0;
    for (i, cell) in row.cells.iter().enumerate() {
        let Some(role) = header_role(cell) else {
            continue;
        };
        roles += 1;
        let slot = match role {
            Role::Title => &mut cols.title,
            Role::Asked | Role::AskedSpecific => &mut cols.asked,
            Role::Replied => &mut cols.replied,
            Role::Status => &mut cols.status,
        };
        if slot.is_none() {
            *slot = Some(i);
        }
    }
    (roles >= 2 && (cols.asked.is_some() || cols.replied.is_some())).then_some(cols)
}

fn has_message_header(page: &PageFacts) -> bool {
    page.rows.iter().any(|row| {
        header_columns(row).is_some_and(|c| {
            (c.status.is_some() || c.replied.is_some())
                && row
                    .cells
                    .iter()
                    .any(|cell| header_role(cell) == Some(Role::AskedSpecific))
        })
    })
}

/// Messages of a list: rows read by the last header row above them, or,
/// without a header, by their content (a date cell, a status cell, a second
/// date taken as the reply date).
///
/// A header applies to the rows below it with as many cells (a second list
/// of another shape on the same page is read by content). Rows of
/// `label：` cells without a link are a detail page's field table, not
/// messages. A row naming an excluded column (`[在线访谈]` on an index page
/// mixing several columns) is skipped.
fn from_rows(page: &PageFacts, as_of: NaiveDate, excluded: &[String]) -> Vec<Message> {
    let reply_positions = reply_positions_without_header(page, as_of);
    let mut header: Option<(Columns, usize)> = None;
    let mut out = Vec::new();
    for row in &page.rows {
        if let Some(cols) = header_columns(row) {
            header = Some((cols, row.cells.len()));
            continue;
        }
        if row.link.is_none() && row.cells.iter().any(|c| is_label_cell(c)) {
            continue;
        }
        if row.cells.iter().any(|c| {
            excluded
                .iter()
                .any(|x| !x.is_empty() && c.contains(x.as_str()))
        }) {
            continue;
        }
        let m = match header {
            Some((cols, n)) if n == row.cells.len() => row_with_header(page, row, cols, as_of),
            _ => row_by_content(page, row, &reply_positions, as_of),
        };
        out.extend(m);
    }
    out
}

/// `来信时间：`: a label cell of a field table.
fn is_label_cell(cell: &str) -> bool {
    let c = cell.trim();
    (c.ends_with('：') || c.ends_with(':')) && c.chars().count() <= 12
}

fn row_with_header(
    page: &PageFacts,
    row: &ListRow,
    cols: Columns,
    as_of: NaiveDate,
) -> Option<Message> {
    let cell = |i: Option<usize>| i.and_then(|i| row.cells.get(i)).map(String::as_str);
    let asked_on = cell(cols.asked)
        .and_then(|c| cell_date_resolved(c, as_of))
        .or_else(|| {
            row.cells
                .iter()
                .enumerate()
                .filter(|(i, _)| Some(*i) != cols.replied)
                .find_map(|(_, c)| cell_date_resolved(c, as_of))
        })?;
    let status = match cols.status {
        Some(_) => cell(cols.status).and_then(cell_state),
        None => row
            .cells
            .iter()
            .filter(|c| c.chars().count() <= MAX_STATUS_CELL_CHARS)
            .find_map(|c| cell_state(c)),
    }
    .or_else(|| bracketed_state(row));
    let replied_cell = cell(cols.replied);
    let replied = replied_cell.and_then(|c| cell_date_resolved(c, as_of));
    let state = decide(status, replied, replied_cell.map(|c| !is_real_value(c)));
    let skip: Vec<usize> = [cols.asked, cols.replied, cols.status]
        .into_iter()
        .flatten()
        .collect();
    let title = match cell(cols.title) {
        Some(t) if !t.trim().is_empty() => clean_title(t),
        _ => guess_title(row, &skip),
    };
    Some(message(page, row, title, asked_on, state))
}

/// Positions (per row length) where rows without a header show a second
/// date: the reply column. A row of that length with the cell empty there
/// has no reply.
fn reply_positions_without_header(page: &PageFacts, as_of: NaiveDate) -> BTreeMap<usize, usize> {
    let mut out = BTreeMap::new();
    for row in &page.rows {
        if header_columns(row).is_some() {
            break;
        }
        let dates: Vec<usize> = row
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| cell_date_resolved(c, as_of).is_some())
            .map(|(i, _)| i)
            .collect();
        if dates.len() >= 2 {
            out.entry(row.cells.len()).or_insert(dates[1]);
        }
    }
    out
}

fn row_by_content(
    page: &PageFacts,
    row: &ListRow,
    reply_positions: &BTreeMap<usize, usize>,
    as_of: NaiveDate,
) -> Option<Message> {
    let dates: Vec<(usize, NaiveDate)> = row
        .cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| cell_date_resolved(c, as_of).map(|d| (i, d)))
        .collect();
    let &(asked_at, asked_on) = dates.first()?;
    let status = row
        .cells
        .iter()
        .filter(|c| c.chars().count() <= MAX_STATUS_CELL_CHARS)
        .find_map(|c| cell_state(c))
        .or_else(|| bracketed_state(row));
    let replied = dates.get(1).map(|&(_, d)| d);
    let reply_cell_empty = reply_positions
        .get(&row.cells.len())
        .filter(|&&p| p != asked_at)
        .and_then(|&p| row.cells.get(p))
        .map(|c| !is_real_value(c));
    let state = decide(status, replied, reply_cell_empty);
    let skip: Vec<usize> = dates.iter().map(|&(i, _)| i).collect();
    let title = guess_title(row, &skip);
    Some(message(page, row, title, asked_on, state))
}

/// The state from a status, a reply date and whether the reply cell is
/// there but empty (`Some(true)`).
fn decide(
    status: Option<ReplyState>,
    replied: Option<NaiveDate>,
    reply_cell_empty: Option<bool>,
) -> ReplyState {
    match (status, replied) {
        (Some(ReplyState::Invalid), _) => ReplyState::Invalid,
        (_, Some(d)) => ReplyState::Answered(Some(d)),
        (Some(s), None) => s,
        (None, None) if reply_cell_empty == Some(true) => ReplyState::Unanswered,
        (None, None) => ReplyState::Unknown,
    }
}

fn message(
    page: &PageFacts,
    row: &ListRow,
    title: String,
    asked_on: NaiveDate,
    state: ReplyState,
) -> Message {
    let url = row
        .link
        .as_deref()
        .and_then(|l| absolute(&page.url, l))
        .unwrap_or_else(|| row_marker(&page.url, asked_on, &title));
    Message {
        url,
        title,
        asked_on,
        state,
    }
}

/// The longest cell that is not a date, a state, a number or a skipped
/// column: the message title.
fn guess_title(row: &ListRow, skip: &[usize]) -> String {
    row.cells
        .iter()
        .enumerate()
        .filter(|(i, _)| !skip.contains(i))
        .map(|(_, c)| c.trim())
        .filter(|c| cell_state(c).is_none() || c.chars().count() > MAX_STATUS_CELL_CHARS)
        .filter(|c| {
            !c.chars()
                .all(|ch| ch.is_ascii_digit() || ch.is_whitespace())
        })
        .max_by_key(|c| c.chars().count())
        .map(clean_title)
        .unwrap_or_default()
}

/// A title without a leading `[已回复]`-style state tag.
fn clean_title(t: &str) -> String {
    BRACKETED_STATE.replace(t.trim(), "").trim().to_string()
}

fn absolute(base: &str, link: &str) -> Option<String> {
    match Url::parse(link) {
        Ok(u) => Some(u.to_string()),
        Err(_) => Url::parse(base)
            .ok()?
            .join(link)
            .ok()
            .map(|u| u.to_string()),
    }
}

/// A stable identity for a row without a link: the list URL with the
/// asked date and title as fragment (stable month to month, unlike a row
/// number on a list that grows).
fn row_marker(page_url: &str, asked_on: NaiveDate, title: &str) -> String {
    let fragment = format!("row={asked_on} {title}");
    match Url::parse(page_url) {
        Ok(mut u) => {
            u.set_fragment(Some(&fragment));
            u.to_string()
        }
        Err(_) => format!("{page_url}#{fragment}"),
    }
}

// --------------------------------------------------------------- detail

/// Labels of the asked date on a detail page.
const ASKED_LABELS: [&str; 12] = [
    "留言时间",
    "来信时间",
    "提问时间",
    "咨询时间",
    "写信时间",
    "发信时间",
    "留言日期",
    "来信日期",
    "提问日期",
    "咨询日期",
    "诉求时间",
    "投诉时间",
];

/// Labels of the asked date that only count on a page with a message
/// marker (a generic `提交时间`).
const ASKED_LABELS_GENERIC: [&str; 3] = ["提交时间", "提交日期", "发布时间"];

/// The field giving the asked date of a detail page: exactly one
/// message-specific asked label (a list whose items read `留言时间：…` has
/// many, and is read from its rows).
fn detail_asked_label(page: &PageFacts) -> Option<usize> {
    single_field(page, &ASKED_LABELS)
}

fn single_field(page: &PageFacts, labels: &[&str]) -> Option<usize> {
    let mut hits = page.fields.iter().enumerate().filter(|(_, (l, _))| {
        let l = normalize_label(l);
        l.chars().count() <= 12 && labels.iter().any(|a| l.contains(a))
    });
    let (first, _) = hits.next()?;
    hits.next().is_none().then_some(first)
}

/// Kinds of detail-page fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    ReplyDate,
    ReplyText,
    Status,
}

fn field_kind(label: &str) -> Option<Field> {
    let l = normalize_label(label);
    if l.chars().count() > 12 {
        return None;
    }
    let timed = l.contains("时间") || l.contains("日期");
    let reply_word = [
        "回复",
        "答复",
        "办结",
        "反馈",
        "回应",
        "办理结果",
        "处理结果",
    ]
    .iter()
    .any(|w| l.contains(w));
    if timed && reply_word {
        return Some(Field::ReplyDate);
    }
    if timed {
        return None;
    }
    if l.contains("状态") || ["办理情况", "回复情况", "答复情况", "处理情况"].contains(&l.as_str())
    {
        return Some(Field::Status);
    }
    let unit = ["单位", "部门", "机构", "人"].iter().any(|w| l.contains(w));
    if !unit
        && (reply_word
            || [
                "回复内容",
                "答复内容",
                "回复意见",
                "答复意见",
                "办理意见",
                "处理意见",
                "办理结果",
                "处理结果",
            ]
            .iter()
            .any(|w| l.contains(w)))
    {
        return Some(Field::ReplyText);
    }
    if ["标题", "主题"].iter().any(|w| l.ends_with(w)) {
        return Some(Field::Title);
    }
    None
}

/// A detail page's message: its asked date from the fields, the reply from
/// a reply date, reply text or status field, else from the main text.
fn from_detail(page: &PageFacts, as_of: NaiveDate) -> Option<Message> {
    let asked_on = match detail_asked_label(page) {
        Some(i) => text_date(&page.fields[i].1, as_of)?,
        None if has_marker(page) => {
            let i = single_field(page, &ASKED_LABELS_GENERIC)?;
            text_date(&page.fields[i].1, as_of)?
        }
        None => return None,
    };
    let mut title = String::new();
    let mut status = None;
    let mut replied = None;
    let mut reply_text_real = false;
    let mut reply_field_empty = false;
    for (label, value) in &page.fields {
        match field_kind(label) {
            Some(Field::Title) if title.is_empty() => title = value.trim().to_string(),
            Some(Field::ReplyDate) => match text_date(value, as_of) {
                Some(d) => replied = replied.min(Some(d)).or(Some(d)),
                None => reply_field_empty |= !is_real_value(value),
            },
            Some(Field::ReplyText) => {
                if let Some(s) = short_state(value) {
                    status = status.or(Some(s));
                    if s == ReplyState::Unanswered {
                        reply_field_empty = true;
                    } else {
                        reply_text_real = true;
                    }
                } else if is_real_value(value) {
                    reply_text_real = true;
                } else {
                    reply_field_empty = true;
                }
            }
            Some(Field::Status) => {
                if let Some(s) = text_state(value) {
                    status = Some(s);
                }
            }
            _ => {}
        }
    }
    let state = if status == Some(ReplyState::Invalid) {
        ReplyState::Invalid
    } else if replied.is_some() || reply_text_real {
        ReplyState::Answered(replied)
    } else if let Some(s) = status {
        s
    } else if reply_field_empty {
        ReplyState::Unanswered
    } else {
        state_from_text(&page.content_text)
    };
    if title.is_empty() {
        title = page
            .meta("articletitle")
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(page.title.trim())
            .to_string();
    }
    let url = if page.final_url.is_empty() {
        page.url.clone()
    } else {
        page.final_url.clone()
    };
    Some(Message {
        url,
        title,
        asked_on,
        state,
    })
}

/// The reply state the main text shows when the fields did not: a line
/// `回复：…` / `答复内容：…` with text is a reply; 暂未回复 and the like, or
/// no mention of a reply at all, is none; anything else is unknown.
fn state_from_text(text: &str) -> ReplyState {
    let mut mentions_reply = false;
    // `回复时间：` / `回复内容：` written with nothing after them: the
    // page has a place for the reply and it is empty.
    let mut empty_reply_label = false;
    for line in text.lines() {
        let line = line.trim();
        if let Some(i) = line.find(['：', ':']) {
            let head = &line[..i];
            let sep = line[i..].chars().next().map_or(1, char::len_utf8);
            let value = &line[i + sep..];
            match field_kind(head) {
                Some(Field::ReplyText) => match short_state(value) {
                    Some(ReplyState::Unanswered) => return ReplyState::Unanswered,
                    _ if is_real_value(value) => return ReplyState::Answered(None),
                    _ => empty_reply_label = true,
                },
                Some(Field::ReplyDate) if !is_real_value(value) => empty_reply_label = true,
                _ => {}
            }
        }
        let short = line.chars().count() <= 20;
        if short && UNANSWERED_STATES[..6].iter().any(|s| line.contains(s)) {
            return ReplyState::Unanswered;
        }
        if ["回复", "答复", "回应", "办理结果", "处理结果"]
            .iter()
            .any(|w| line.contains(w))
        {
            mentions_reply = true;
        }
    }
    if empty_reply_label || !mentions_reply {
        ReplyState::Unanswered
    } else {
        ReplyState::Unknown
    }
}

// ---------------------------------------------------------------- cells

/// `[已回复]`, `【未答复】`, `（办理中）` inside a longer cell.
static BRACKETED_STATE: LazyLock<Regex> = LazyLock::new(|| {
    let states: Vec<&str> = INVALID_STATES
        .iter()
        .chain(UNANSWERED_STATES.iter())
        .chain(ANSWERED_STATES.iter())
        .copied()
        .collect();
    Regex::new(&format!(
        "[\\[【（(〔]\\s*(?:{})\\s*[\\]】）)〕]",
        states.join("|")
    ))
    .expect("the state pattern is valid")
});

fn bracketed_state(row: &ListRow) -> Option<ReplyState> {
    row.cells
        .iter()
        .find_map(|c| BRACKETED_STATE.find(c).and_then(|m| text_state(m.as_str())))
}

/// The state a short text names, if any.
fn text_state(text: &str) -> Option<ReplyState> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return None;
    }
    if INVALID_STATES.iter().any(|s| t.contains(s)) {
        Some(ReplyState::Invalid)
    } else if UNANSWERED_STATES.iter().any(|s| t.contains(s)) {
        Some(ReplyState::Unanswered)
    } else if ANSWERED_STATES.iter().any(|s| t.contains(s)) {
        Some(ReplyState::Answered(None))
    } else {
        None
    }
}

/// Longest reply text read as a state (`暂未回复`, `正在办理中`): a real
/// reply may well say 已受理 somewhere in its sentences.
const MAX_STATE_TEXT_CHARS: usize = 12;

fn short_state(text: &str) -> Option<ReplyState> {
    if text.trim().chars().count() > MAX_STATE_TEXT_CHARS {
        return None;
    }
    text_state(text)
}

/// The state of a status cell (short cells only).
fn cell_state(cell: &str) -> Option<ReplyState> {
    let n = cell.trim().chars().count();
    if n == 0 || n > MAX_STATUS_CELL_CHARS {
        return None;
    }
    text_state(cell)
}

/// A full date `YYYY-MM-DD` (also `/`, `.`, `年月日`), not inside a longer
/// number.
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
        .expect("the date pattern is valid")
});

/// A date without year filling a whole cell: `03-12`, `[03-12]`, `3月12日`.
static SHORT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\[【(（]?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[\]】)）]?$")
        .expect("the date pattern is valid")
});

/// The first date written in `text`, as written (the year may be implied).
pub fn parse_date(text: &str) -> Option<PartialDate> {
    for c in FULL_DATE.captures_iter(text) {
        let (Some(all), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        let before = text[..all.start()].chars().next_back();
        let after = text[all.end()..].chars().next();
        if before.is_some_and(|ch| ch.is_ascii_digit())
            || after.is_some_and(|ch| ch.is_ascii_digit())
        {
            continue;
        }
        let (Ok(year), Ok(month), Ok(day)) = (
            y.as_str().parse::<i32>(),
            m.as_str().parse::<u32>(),
            d.as_str().parse::<u32>(),
        ) else {
            continue;
        };
        if (1990..=2100).contains(&year) && NaiveDate::from_ymd_opt(year, month, day).is_some() {
            return Some(PartialDate {
                year: Some(year),
                month,
                day,
            });
        }
    }
    let c = SHORT_DATE.captures(text.trim())?;
    let month = c.get(1)?.as_str().parse::<u32>().ok()?;
    let day = c.get(2)?.as_str().parse::<u32>().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(PartialDate {
        year: None,
        month,
        day,
    })
}

fn text_date(text: &str, as_of: NaiveDate) -> Option<NaiveDate> {
    parse_date(text)?.resolve(as_of)
}

fn cell_date(cell: &str) -> Option<PartialDate> {
    if cell.trim().chars().count() > MAX_DATE_CELL_CHARS {
        return None;
    }
    parse_date(cell)
}

fn cell_date_resolved(cell: &str, as_of: NaiveDate) -> Option<NaiveDate> {
    cell_date(cell)?.resolve(as_of)
}
