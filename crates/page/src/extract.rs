//! Turns what the walk recorded (text plus ranges) into [`PageFacts`]:
//! content text, breadcrumbs, dated items, rows, fields, published date.

use crate::dates;
use crate::pagination;
use crate::parse::{CutKind, Item, Walker};
use crate::text::{collapse, floor_boundary, is_any_space, is_han, slice, squeeze};
use aho_corasick::AhoCorasick;
use govcheck_model::{DatedItem, LinkTag, ListRow, PageFacts, PageLink, PartialDate};
use std::sync::LazyLock;

/// Text that marks a footer line (site identity, ICP filing, copyright).
const FOOTER_MARKERS: &[&str] = &[
    "网站标识码",
    "网站识别码",
    "ICP备",
    "icp备",
    "公网安备",
    "版权所有",
    "主办单位",
    "主办：",
    "承办：",
    "技术支持：",
    "Copyright",
    "COPYRIGHT",
    "copyright",
    "©",
];

/// [`FOOTER_MARKERS`] in one automaton: they are looked for on every line
/// of every page.
static FOOTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(FOOTER_MARKERS).expect("the footer markers build an automaton")
});

/// Footer markers counted per page and marker: past this, a marker is
/// boilerplate repeated in a list, not the footer.
const MAX_FOOTER_MARKS: usize = 50;

/// The page says its list is empty.
const EMPTY_MARKERS: &[&str] = &[
    "暂无信息",
    "暂无数据",
    "暂无内容",
    "暂无记录",
    "暂无相关",
    "暂无文章",
    "暂无公开",
    "没有记录",
    "没有找到相关",
    "无相关信息",
    "无相关记录",
    "无相关内容",
    "查询无结果",
    "本栏目暂无",
    // Record counters of an empty list (`共0条 第1页`), compared with the
    // line's whitespace removed.
    "共0条",
    "共0篇",
    "共0页",
    "记录数：0",
    "记录数:0",
];

/// Labels that introduce the breadcrumb trail.
const CRUMB_LABELS: &[&str] = &[
    "当前位置",
    "所在位置",
    "现在的位置",
    "所在的位置",
    "当前的位置",
];

/// A class-based cut larger than this share of the text is a page wrapper
/// with an unlucky class name, not a footer or menu.
const MAX_CUT_SHARE: f64 = 0.6;

/// A dated item longer than this is a paragraph that mentions a date,
/// not a list entry.
const MAX_ITEM_BYTES: usize = 900;

/// Sorted, merged byte ranges.
#[derive(Debug, Default)]
struct Ranges(Vec<(usize, usize)>);

impl Ranges {
    fn from(mut v: Vec<(usize, usize)>) -> Self {
        v.retain(|(s, e)| e > s);
        v.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
        for (s, e) in v {
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        Ranges(out)
    }

    fn contains(&self, pos: usize) -> bool {
        let i = self.0.partition_point(|(s, _)| *s <= pos);
        i > 0 && pos < self.0[i - 1].1
    }
}

pub(crate) fn finish(w: Walker<'_>) -> PageFacts {
    let vt = w.vt.trim_end().to_string();
    let total = vt.len();

    // Cuts: class/tag based (sanity-limited), plus the innermost block
    // around each footer marker.
    let mut cuts: Vec<(usize, usize, CutKind)> = w
        .cuts
        .iter()
        .copied()
        .filter(|(s, e, _)| total < 300 || ((e - s) as f64) <= MAX_CUT_SHARE * total as f64)
        .collect();
    // Innermost block around each marker. Each position lies in at most
    // "nesting depth" blocks, so this is linear in practice.
    let mut per_marker = [0usize; FOOTER_MARKERS.len()];
    let mut marks: Vec<usize> = FOOTER
        .find_overlapping_iter(&vt)
        .filter(|m| {
            let n = &mut per_marker[m.pattern().as_usize()];
            *n += 1;
            *n <= MAX_FOOTER_MARKS
        })
        .map(|m| m.start())
        .collect();
    marks.sort_unstable();
    marks.dedup();
    let mut inner: Vec<Option<(usize, usize)>> = vec![None; marks.len()];
    for &(s, e) in &w.blocks {
        let from = marks.partition_point(|p| *p < s);
        for (i, &p) in marks.iter().enumerate().skip(from) {
            if p >= e {
                break;
            }
            if inner[i].is_none_or(|(bs, be)| e - s < be - bs) {
                inner[i] = Some((s, e));
            }
        }
    }
    for (s, e) in inner.into_iter().flatten() {
        if ((e - s) as f64) <= MAX_CUT_SHARE * total as f64 {
            cuts.push((s, e, CutKind::Footer));
        }
    }
    let excluded = Ranges::from(cuts.iter().map(|(s, e, _)| (*s, *e)).collect());

    let content_text = build_content(&vt, &excluded);

    // Breadcrumbs, and the range they occupy (for `in_nav`).
    let (breadcrumbs, crumb_range) = breadcrumbs(&w, &vt);
    let mut nav: Vec<(usize, usize)> = cuts
        .iter()
        .filter(|(_, _, k)| *k == CutKind::Nav)
        .map(|(s, e, _)| (*s, *e))
        .collect();
    nav.extend(crumb_range);
    let nav = Ranges::from(nav);

    let mut links: Vec<PageLink> = w
        .links
        .iter()
        .map(|r| {
            let mut l = r.link.clone();
            l.in_nav = nav.contains(r.pos);
            l
        })
        .collect();

    let (dated_items, rows, row_fields) = items(&w, &vt, &excluded);

    let mut fields: Vec<(usize, String, String)> = row_fields;
    fields.extend(
        w.dl_fields
            .iter()
            .filter(|(p, _, _)| !excluded.contains(*p))
            .filter_map(|(p, k, v)| {
                let k = clean_label(k)?;
                Some((*p, k, v.clone()))
            }),
    );
    let anchor_ranges = Ranges::from(w.anchors.iter().map(|a| (a.start, a.end)).collect());
    let row_ranges = Ranges::from(
        w.items
            .iter()
            .filter(|i| i.is_row)
            .map(|i| (i.start, i.end))
            .collect(),
    );
    fields.extend(line_fields(&vt, &excluded, &anchor_ranges, &row_ranges));
    fields.sort_by_key(|(p, _, _)| *p);
    let mut seen = std::collections::HashSet::new();
    let fields: Vec<(String, String)> = fields
        .into_iter()
        .map(|(_, k, v)| (k, v))
        .filter(|kv| seen.insert(kv.clone()))
        .collect();

    let published = published(&content_text).or_else(|| published(&vt));
    // Only a short line that says so: `没有记录` inside an article sentence
    // is not an empty list.
    let says_empty = content_text
        .lines()
        .filter(|l| l.chars().count() <= 40)
        .any(|l| {
            let l: String = l.chars().filter(|c| !c.is_whitespace()).collect();
            EMPTY_MARKERS.iter().any(|m| l.contains(m))
        });

    let pagination = pagination::find(&w, &links);
    for (i, p) in pagination.iter().enumerate() {
        links.push(PageLink {
            url: p.clone(),
            text: format!("分页{}", i + 1),
            title: String::new(),
            tag: LinkTag::Pagination,
            in_nav: false,
        });
    }

    PageFacts {
        url: w.page_url.to_string(),
        final_url: w.page_url.to_string(),
        status: 0,
        // `UTF-8`, `GB18030`, `BIG5`: upper case as the model documents.
        encoding: w.page_encoding.name().to_ascii_uppercase(),
        title: w.title.clone().unwrap_or_default(),
        meta: w.meta.clone(),
        visible_text: vt,
        content_text,
        links,
        invalid_hrefs: w.invalid_hrefs.clone(),
        breadcrumbs,
        dated_items,
        published,
        pagination,
        says_empty,
        truncated: false,
        fields,
        rows,
    }
}

fn is_footer_line(line: &str) -> bool {
    FOOTER.is_match(line)
}

/// `vt` without the excluded ranges and without footer-marker lines,
/// one non-empty line per block.
fn build_content(vt: &str, excluded: &Ranges) -> String {
    let mut kept = String::with_capacity(vt.len());
    let mut pos = 0;
    for &(s, e) in &excluded.0 {
        if s > pos {
            kept.push_str(slice(vt, pos, s));
            kept.push('\n');
        }
        pos = pos.max(e);
    }
    if pos < vt.len() {
        kept.push_str(slice(vt, pos, vt.len()));
    }
    let mut out = String::with_capacity(kept.len());
    for line in kept.lines() {
        let t = line.trim_matches(|c: char| c == ' ');
        if t.trim_matches(is_any_space).is_empty() || is_footer_line(t) {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(t);
    }
    out
}

/// Splits a breadcrumb trail on its separators (`>`, `&gt;&gt;`, `›`, `»` …).
fn split_trail(s: &str) -> Vec<String> {
    s.split(['>', '›', '»', '＞', '→', '〉', '►', '▶', '》', '\n'])
        .map(|p| {
            p.trim_matches(|c: char| is_any_space(c) || c == '：' || c == ':')
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

fn breadcrumbs(w: &Walker<'_>, vt: &str) -> (Vec<String>, Option<(usize, usize)>) {
    let label = CRUMB_LABELS
        .iter()
        .filter_map(|l| vt.find(l).map(|p| (p, l.len())))
        .min();
    // 1. A breadcrumb element (class/id) holding the label.
    if let Some((p, len)) = label
        && let Some(&(s, e)) = w
            .crumb_ranges
            .iter()
            .filter(|(s, e)| *s <= p && p < *e && e - s <= 1500)
            .min_by_key(|(s, e)| e - s)
    {
        let items = trail_items(w, vt, p + len, e);
        if !items.is_empty() {
            return (items, Some((s, e)));
        }
    }
    // 2. The label (您当前所在位置：…) followed by the trail on the same
    //    line, or on the next lines when the label sits in its own cell or
    //    the trail is a list of links.
    if let Some((p, len)) = label {
        let after = p + len;
        let line_end = vt[after..].find('\n').map_or(vt.len(), |i| after + i);
        let mut end = line_end;
        if split_trail(&vt[after..line_end]).is_empty() && line_end < vt.len() {
            let next_start = line_end + 1;
            end = vt[next_start..]
                .find('\n')
                .map_or(vt.len(), |i| next_start + i);
            // Further lines that are links (`<li><a>…</a></li>` chains).
            while end < vt.len()
                && w.anchors
                    .iter()
                    .any(|a| a.start == end + 1 && a.end > a.start)
            {
                let ns = end + 1;
                let ne = vt[ns..].find('\n').map_or(vt.len(), |i| ns + i);
                if ne - ns > 60 {
                    break;
                }
                end = ne;
            }
        }
        let items = trail_items(w, vt, after, end);
        if !items.is_empty() {
            return (items, Some((p, end)));
        }
    }
    // 3. A breadcrumb element without a label.
    for &(s, e) in &w.crumb_ranges {
        if e <= s || e - s > 800 {
            continue;
        }
        let items = trail_items(w, vt, s, e);
        if items.len() >= 2 {
            return (items, Some((s, e)));
        }
    }
    (Vec::new(), None)
}

/// The items of a trail written in `vt[start..end]`: split on separators
/// and lines, or the anchor texts when that gives fewer than two.
fn trail_items(w: &Walker<'_>, vt: &str, start: usize, end: usize) -> Vec<String> {
    let text = slice(vt, start, end);
    // A one-line trail (`首页 > 公报 > 第23号`) ends at its line: tools
    // that share the container (`字号：大 中 小 | 打印`) are not items.
    let first_line = text
        .split('\n')
        .map(|l| l.trim_matches(is_any_space))
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut items = split_trail(first_line);
    if items.len() < 2 {
        items = split_trail(text);
    }
    items.retain(|i| !i.contains(['|', '：']) && !i.ends_with(':'));
    if items.len() < 2 {
        let a = anchor_texts(w, vt, start, end);
        if a.len() >= 2 {
            items = a;
        }
    }
    if items.iter().any(|i| i.chars().count() > 40) || items.len() > 15 {
        return Vec::new();
    }
    items
}

/// Texts of the anchors inside `[start, end)`, plus any text after the
/// last one (the current column is often a plain `<span>`).
fn anchor_texts(w: &Walker<'_>, vt: &str, start: usize, end: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut last_end = None;
    for a in w
        .anchors
        .iter()
        .filter(|a| a.start >= start && a.end <= end)
    {
        let t = collapse(slice(vt, a.start, a.end));
        if !t.is_empty() {
            out.push(t);
        }
        last_end = Some(a.end);
    }
    if let Some(le) = last_end {
        out.extend(split_trail(slice(vt, le, end)));
    }
    out
}

/// Dated items, rows and row fields from the leaf list items and rows in
/// content regions.
#[allow(clippy::type_complexity)]
fn items(
    w: &Walker<'_>,
    vt: &str,
    excluded: &Ranges,
) -> (Vec<DatedItem>, Vec<ListRow>, Vec<(usize, String, String)>) {
    let mut dated = Vec::new();
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    for it in &w.items {
        if excluded.contains(it.start) {
            continue;
        }
        let anchor = it.first_anchor.map(|i| &w.anchors[i]);
        let link = anchor.and_then(|a| a.link).map(|i| &w.links[i].link);
        if !it.loose {
            if let Some(row) = row_of(it, vt, link.map(|l| l.url.clone())) {
                rows.push(row);
            }
            fields.extend(row_fields(it));
        }
        let (Some(a), Some(link)) = (anchor, link) else {
            continue;
        };
        if it.end - it.start > MAX_ITEM_BYTES {
            continue;
        }
        if let Some(date) = item_date(vt, it, a.start, a.end) {
            let title = if !link.title.is_empty() {
                collapse(&link.title)
            } else {
                link.text.clone()
            };
            dated.push(DatedItem {
                title,
                url: Some(link.url.clone()),
                date,
            });
        }
    }
    (dated, rows, fields)
}

fn row_of(it: &Item, vt: &str, link: Option<String>) -> Option<ListRow> {
    let mut cells: Vec<String> = it.cells.iter().map(|c| c.text.clone()).collect();
    if it.is_row {
        if cells.iter().all(|c| c.is_empty()) {
            return None;
        }
    } else {
        if cells.is_empty() {
            let t = collapse(slice(vt, it.start, it.end));
            if t.is_empty() {
                return None;
            }
            cells.push(t);
        }
        // `<dd>` values are fields, not list rows.
        if link.is_none() && cells.len() == 1 && it.end - it.start > MAX_ITEM_BYTES {
            return None;
        }
    }
    Some(ListRow { cells, link })
}

/// `<th>label</th><td>value</td>` / `<td>label：</td><td>value</td>` pairs.
fn row_fields(it: &Item) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let c = &it.cells;
    let mut i = 0;
    while i + 1 < c.len() {
        if c[i].label_like && !c[i + 1].label_like {
            if let Some(k) = clean_label(&c[i].text) {
                out.push((it.start, k, c[i + 1].text.clone()));
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// A label without spaces and trailing colon; `None` if it does not look
/// like a label.
fn clean_label(s: &str) -> Option<String> {
    let k = squeeze(s);
    let k = strip_enumeration(&k)
        .trim_end_matches(['：', ':'])
        .trim_start_matches(['【', '['])
        .trim_end_matches(['】', ']']);
    let n = k.chars().count();
    // `1` (a 序号 cell) or `2024-01-01` is not a label.
    if n == 0 || n > 20 || !k.chars().any(|c| is_han(c) || c.is_alphabetic()) {
        return None;
    }
    Some(k.to_string())
}

/// Drops a leading enumeration: `一、`, `1.`, `2、`, `（三）`, `(4)`.
fn strip_enumeration(s: &str) -> &str {
    let is_num = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百零".contains(c);
    if let Some(rest) = s.strip_prefix(['（', '('])
        && let Some(end) = rest.find(['）', ')'])
        && end > 0
        && rest[..end].chars().all(is_num)
    {
        let close = rest[end..].chars().next().map_or(0, char::len_utf8);
        return rest[end + close..].trim_start_matches(['、', '.', '．']);
    }
    let digits_end = s
        .char_indices()
        .find(|(_, c)| !is_num(*c))
        .map_or(s.len(), |(i, _)| i);
    if digits_end > 0 {
        let rest = &s[digits_end..];
        if let Some(r) = rest.strip_prefix(['、', '.', '．', ')', '）']) {
            return r;
        }
    }
    s
}

/// The item's date: preferably one outside its link text (titles often
/// contain dates: `上海2022年4月17日，新增…`), else the last one inside.
/// A loose block (`<div>`) counts only when it is little more than the
/// link and the date, so a paragraph mentioning a date is not an item.
pub(crate) fn item_date(vt: &str, it: &Item, a_start: usize, a_end: usize) -> Option<PartialDate> {
    let text = slice(vt, it.start, it.end);
    let base = it.start;
    let found = dates::scan(text);
    let outside = found.iter().find(|(r, _)| {
        let (s, e) = (base + r.start, base + r.end);
        e <= a_start || s >= a_end
    });
    if it.loose {
        let (r, d) = outside?;
        let anchor_chars = slice(vt, a_start, a_end)
            .chars()
            .filter(|c| !is_any_space(*c))
            .count();
        let date_chars = text[r.clone()].chars().count();
        let all = text.chars().filter(|c| !is_any_space(*c)).count();
        let extra = all.saturating_sub(anchor_chars + date_chars);
        return (extra <= 12).then_some(*d);
    }
    outside.or_else(|| found.last()).map(|(_, d)| *d)
}

/// `label：value` lines of the content (`<strong>办理地点：</strong>…`,
/// `留言时间：… 回复时间：…`); a label alone on its line takes the next
/// line as its value.
fn line_fields(
    vt: &str,
    excluded: &Ranges,
    anchors: &Ranges,
    rows: &Ranges,
) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut off = 0;
    for line in vt.split('\n') {
        if !excluded.contains(off) {
            lines.push((off, line));
        }
        off += line.len() + 1;
    }
    let mut i = 0;
    while i < lines.len() {
        let (pos, line) = lines[i];
        i += 1;
        // Link texts (`袁州区：举办…` in a list) are titles, not fields.
        let lead = line.len()
            - line
                .trim_start_matches(|c: char| crate::text::is_any_space(c))
                .len();
        if anchors.contains(pos + lead) {
            continue;
        }
        let pairs = label_pairs(line);
        let n = pairs.len();
        for (j, (k, v)) in pairs.into_iter().enumerate() {
            // In a table row the cells already paired label and value.
            if v.is_empty() && j + 1 == n && !rows.contains(pos) {
                // `申请条件：` then the value as the next block.
                if let Some(&(_, next)) = lines.get(i) {
                    let next_t = collapse(next);
                    if !next_t.is_empty() && label_pairs(next).is_empty() {
                        out.push((pos, k, next_t));
                        i += 1;
                        continue;
                    }
                }
                continue;
            }
            if !v.is_empty() {
                out.push((pos, k, v));
            }
        }
    }
    out
}

fn is_label_char(c: char) -> bool {
    is_han(c)
        || c.is_ascii_alphanumeric()
        || is_any_space(c)
        || matches!(c, '（' | '）' | '(' | ')' | '、' | '/')
}

/// Splits `留言时间：2024-01-02 10:30 回复时间：2024-01-05 回复状态：已回复`
/// into label/value pairs. Empty when the line does not start with a label.
fn label_pairs(line: &str) -> Vec<(String, String)> {
    let t = line.trim_matches(is_any_space);
    let Some((cpos, clen)) = first_colon(t) else {
        return Vec::new();
    };
    let raw_label = strip_enumeration(t[..cpos].trim_start_matches(is_any_space));
    if raw_label.chars().count() > 16
        || !raw_label.chars().all(is_label_char)
        || !raw_label.chars().any(is_han)
        || raw_label.contains("位置")
        || raw_label.chars().any(|c| c.is_ascii_digit())
        || raw_label.starts_with(['(', '（'])
    {
        return Vec::new();
    }
    let Some(mut label) = clean_label(raw_label) else {
        return Vec::new();
    };
    let mut rest = &t[cpos + clen..];
    let mut out = Vec::new();
    loop {
        match next_inline_label(rest) {
            Some((val_end, next_label, after)) => {
                let v = collapse(&rest[..val_end]);
                out.push((label, v));
                label = next_label;
                rest = &rest[after..];
            }
            None => {
                out.push((label, collapse(rest)));
                break;
            }
        }
    }
    out
}

fn first_colon(t: &str) -> Option<(usize, usize)> {
    for (n, (i, c)) in t.char_indices().enumerate() {
        if n > 17 {
            return None;
        }
        if c == '：' || c == ':' {
            return Some((i, c.len_utf8()));
        }
    }
    None
}

/// In a value, the next `whitespace + 2..8 Han characters + colon`.
/// Returns (end of the current value, the label, start of its value).
fn next_inline_label(rest: &str) -> Option<(usize, String, usize)> {
    for (i, c) in rest.char_indices() {
        if c != '：' && c != ':' {
            continue;
        }
        let before = &rest[..i];
        let token_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| is_any_space(*c))
            .map(|(j, c)| j + c.len_utf8())?;
        let token = &before[token_start..];
        let n = token.chars().count();
        if (2..=8).contains(&n) && token.chars().all(is_han) {
            return Some((token_start, token.to_string(), i + c.len_utf8()));
        }
    }
    None
}

/// Labels after which the article's publication date is written.
const PUBLISHED_LABELS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发文日期",
    "发布于",
    "公开日期",
    "发表时间",
];

/// Words before a generic `时间：`/`日期：` that make it another date.
const NOT_PUBLISHED_PREFIXES: &[&str] = &[
    "成文", "生成", "更新", "修改", "留言", "回复", "答复", "创建", "访问", "截止", "开始", "结束",
    "办结", "受理", "印发", "施行", "废止", "有效", "报名", "会议", "咨询", "投诉", "处理", "来信",
    "提交",
];

/// The article date written after a 发布时间/发布日期/发文日期/时间：
/// label (never 成文日期 or 生成日期).
fn published(text: &str) -> Option<PartialDate> {
    let mut best: Option<(usize, PartialDate)> = None;
    for l in PUBLISHED_LABELS {
        for (p, _) in text.match_indices(l).take(20) {
            if let Some(d) = date_right_after(text, p + l.len()) {
                if best.is_none_or(|(bp, _)| p < bp) {
                    best = Some((p, d));
                }
                break;
            }
        }
    }
    if let Some((_, d)) = best {
        return Some(d);
    }
    for l in ["时间：", "时间:", "日期：", "日期:"] {
        for (p, _) in text.match_indices(l).take(50) {
            let head = &text[floor_boundary(text, p.saturating_sub(6))..p];
            if NOT_PUBLISHED_PREFIXES.iter().any(|x| head.ends_with(x)) {
                continue;
            }
            if let Some(d) = date_right_after(text, p + l.len()) {
                return Some(d);
            }
        }
    }
    None
}

/// A date starting right after `pos`, allowing only separators between.
fn date_right_after(text: &str, pos: usize) -> Option<PartialDate> {
    let rest = &text[pos..];
    let skip: usize = rest
        .char_indices()
        .take(16)
        .find(|(_, c)| {
            !(is_any_space(*c) || matches!(c, '：' | ':' | '】' | ']' | '）' | ')' | '为' | '|'))
        })
        .map(|(i, _)| i)?;
    let window = &rest[skip..floor_boundary(rest, skip + 48)];
    dates::scan(window)
        .into_iter()
        .find(|(r, _)| r.start == 0)
        .map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_and_contain() {
        let r = Ranges::from(vec![(10, 20), (15, 30), (40, 50), (5, 5)]);
        assert_eq!(r.0, vec![(10, 30), (40, 50)]);
        assert!(
            r.contains(10) && r.contains(29) && !r.contains(30) && !r.contains(9) && r.contains(45)
        );
    }

    #[test]
    fn trail_split() {
        assert_eq!(
            split_trail("首页\u{a0}>>\u{a0}政务公开 > 通知公告"),
            vec!["首页", "政务公开", "通知公告"]
        );
    }

    #[test]
    fn label_lines() {
        assert_eq!(
            label_pairs("留言时间：2024-01-02 10:30 回复时间：2024-01-05 回复状态：已回复"),
            vec![
                ("留言时间".to_string(), "2024-01-02 10:30".to_string()),
                ("回复时间".to_string(), "2024-01-05".to_string()),
                ("回复状态".to_string(), "已回复".to_string()),
            ]
        );
        assert_eq!(
            label_pairs("索 引 号：014717475N/2023-0040295"),
            vec![("索引号".into(), "014717475N/2023-0040295".into())]
        );
        assert!(label_pairs("10:30 开会").is_empty());
        assert_eq!(
            label_pairs("一、事项名称：最低生活保障审批"),
            vec![("事项名称".into(), "最低生活保障审批".into())]
        );
        assert_eq!(
            label_pairs("（二）办理地点：县民政局"),
            vec![("办理地点".into(), "县民政局".into())]
        );
        assert_eq!(
            label_pairs("3.收费标准：不收费"),
            vec![("收费标准".into(), "不收费".into())]
        );
        assert_eq!(clean_label("一、事项名称："), Some("事项名称".into()));
        assert_eq!(strip_enumeration("十一、其他"), "其他");
        assert_eq!(strip_enumeration("一站式服务"), "一站式服务");
        assert!(
            label_pairs("一段很长很长很长很长很长很长很长很长的正文，其中有冒号：这里").is_empty()
        );
    }
}
