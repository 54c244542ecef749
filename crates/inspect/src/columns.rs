//! Mandatory disclosure columns (法定公开栏目): finding each required
//! column on the portal and judging it missing, blank, stale or due soon.
//!
//! Pure functions over [`PageFacts`]; the engine fetches what they ask for:
//! 1. [`platform_links`]: the 政府信息公开 / 政务公开 platform page(s)
//!    linked from the homepage;
//! 2. [`locate`]: each required column of the site's category, from a
//!    per-site override, the anchor texts of the homepage and the other
//!    pages (normalised, matched against the catalogue's aliases), a
//!    `更多` link under a heading naming the column, or a page that says it
//!    is the column (`ColumnName` meta, breadcrumb);
//! 3. [`next_page_wanted`]: more pages of a column whose first page has no
//!    dated items (its first article, or pagination; at most
//!    [`MAX_COLUMN_PAGES`]);
//! 4. [`judge`]: `missing_column`, `blank_column`, `stale_column`,
//!    `column_due_soon`.
//!
//! The 栏目不更新 veto counting is done by the scoring from these findings
//! and [`freshness_class`].

use chrono::NaiveDate;
use govcheck_config::columns::{ColumnCatalog, ColumnDef};
use govcheck_config::rules::Rules;
use govcheck_model::{Category, Finding, FindingDetail, LinkTag, PageFacts, Severity};
use regex::Regex;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use url::Url;

/// Pages of one column fetched at most (page 1 and two more) while looking
/// for a dated item.
pub const MAX_COLUMN_PAGES: usize = 3;

/// At most this many pages are listed in `looked_in`.
const MAX_LOOKED_IN: usize = 12;

/// An alias of at least this many characters also matches a longer link
/// text containing it; shorter aliases (公告, 年报) match exactly only.
const MIN_CONTAINED_ALIAS_CHARS: usize = 4;

/// A contained match allows at most this many extra characters
/// (青禾县人民政府文件 → 政府文件; a long article title never matches).
const MAX_EXTRA_CHARS: usize = 8;

/// A suffix pattern (`*要闻`) allows at most this many characters before it
/// (白鹭县人民政府要闻 is too long to be a column name).
const MAX_SUFFIX_PREFIX_CHARS: usize = 6;

/// Below this many characters of non-link main text, a page without items
/// is empty (a title bar and 暂无信息 is all a blank column page shows).
/// Kept low: a two-sentence 中心概况 is a filled static column, and a
/// false 空白栏目 in a circular costs more than a missed one.
const MIN_SUBSTANCE_CHARS: usize = 20;

/// Where a required column was found, or that it was not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnLocation {
    /// Canonical column name.
    pub column: String,
    /// Absolute URL of the column page; `None` when not found.
    pub url: Option<String>,
    /// How it was found: `override`, `anchor text 信息公开指南 on <page>`,
    /// `ColumnName meta 通知公告 of <page>`, `breadcrumb … of <page>`;
    /// `not found` when missing.
    pub via: String,
    /// Pages that were searched (the homepage first).
    pub looked_in: Vec<String>,
}

/// The freshness class of a canonical column (`news`, `notice`, …), if it
/// is judged stale at all.
pub fn freshness_class<'a>(catalog: &'a ColumnCatalog, column: &str) -> Option<&'a str> {
    catalog.get(column).and_then(|c| c.freshness.as_deref())
}

/// A link or column name as compared with the catalogue: full-width forms
/// folded (NFKC), spaces and decoration (》 » · > 【】 brackets, 、 :)
/// removed, a trailing 栏目/专栏 and a `更多` cut, ASCII lower-cased.
pub fn normalize(text: &str) -> String {
    static COUNT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[(\[【〔][0-9]+[)\]】〕]").expect("valid count regex"));
    let folded: String = text.nfkc().collect();
    // A count after the name (`通知公告(25)`, `【12】`) is not part of it.
    let folded = COUNT.replace_all(&folded, "");
    let mut s: String = folded
        .chars()
        .filter(|c| !c.is_whitespace() && !is_decoration(*c))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    loop {
        let before = s.len();
        for suffix in ["栏目", "专栏", "更多", "more"] {
            if s.chars().count() > suffix.chars().count() + 1
                && let Some(rest) = s.strip_suffix(suffix)
            {
                s = rest.to_string();
            }
        }
        if let Some(rest) = s.strip_prefix("更多")
            && !rest.is_empty()
        {
            s = rest.to_string();
        }
        if s.len() == before {
            return s;
        }
    }
}

fn is_decoration(c: char) -> bool {
    matches!(
        c,
        '》' | '《'
            | '»'
            | '«'
            | '·'
            | '•'
            | '・'
            | '>'
            | '<'
            | '〉'
            | '〈'
            | '|'
            | '│'
            | '【'
            | '】'
            | '['
            | ']'
            | '「'
            | '」'
            | '『'
            | '』'
            | '('
            | ')'
            | '〔'
            | '〕'
            | '、'
            | ':'
            | '-'
            | '—'
            | '_'
            | '*'
            | '★'
            | '☆'
            | '●'
            | '◆'
            | '■'
            | '►'
            | '▶'
            | '→'
            | '…'
            | '.'
            | '。'
            | '"'
            | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '+'
    )
}

/// Link texts of the information-disclosure platform.
const PLATFORM_NAMES: [&str; 6] = [
    "政府信息公开",
    "政务公开",
    "信息公开",
    "政府信息公开专栏",
    "政务信息公开",
    "政务公开专栏",
];

/// The 政府信息公开 / 政务公开 / 信息公开 platform page(s) linked from the
/// homepage, by link text (navigation links first, at most three). Links
/// that name one column of the platform (信息公开指南, 信息公开年报) are not
/// the platform.
pub fn platform_links(home: &PageFacts) -> Vec<String> {
    // The shipped catalogue only tells which short texts are columns.
    static CATALOG: LazyLock<ColumnCatalog> = LazyLock::new(ColumnCatalog::embedded);
    let matcher = Matcher::new(&CATALOG);
    let mut found: Vec<(bool, usize, String)> = Vec::new();
    for (pos, link) in home.links.iter().enumerate() {
        if !is_followable(link.tag) || !is_http(&link.url) || same_page(&link.url, home) {
            continue;
        }
        let text = normalize(&link.text);
        let title = normalize(&link.title);
        let is_platform = [&text, &title].iter().any(|t| {
            !t.is_empty()
                && t.chars().count() <= 10
                && PLATFORM_NAMES.iter().any(|p| t.as_str() == normalize(p))
        }) || [&text, &title].iter().any(|t| {
            t.chars().count() <= 10
                && (t.contains("政府信息公开") || t.contains("政务公开"))
                && matcher.best_for(t).is_empty()
        });
        if is_platform {
            found.push((!link.in_nav, pos, link.url.clone()));
        }
    }
    found.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, _, url) in found {
        if !out.contains(&url) {
            out.push(url);
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}

/// How well a text names a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    /// The text contains an alias of ≥ 4 characters, a few characters more.
    Contained = 1,
    /// A `*要闻`-style alias: a short name ending with the pattern.
    Suffix = 2,
    /// The text is an alias.
    Exact = 3,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AliasMatch {
    quality: Quality,
    /// Index of the alias in the column's list (lower = more typical).
    alias: usize,
    /// Characters of the alias (longer = more specific).
    len: usize,
}

/// One column with its aliases (normalised; `true` = suffix pattern) and
/// exclusions (normalised).
type PreparedColumn<'a> = (&'a ColumnDef, Vec<(String, bool)>, Vec<String>);

/// The catalogue's aliases, normalised once.
struct Matcher<'a> {
    columns: Vec<PreparedColumn<'a>>,
    /// Raw link text → [`Matcher::best_for`] of its normalised form: menu
    /// texts repeat on every page of a site.
    cache: RefCell<HashMap<String, Vec<(usize, AliasMatch)>>>,
}

impl<'a> Matcher<'a> {
    fn new(catalog: &'a ColumnCatalog) -> Self {
        let columns = catalog
            .columns
            .iter()
            .map(|c| {
                let aliases = c
                    .aliases
                    .iter()
                    .map(|a| match a.strip_prefix('*') {
                        Some(rest) => (normalize(rest), true),
                        None => (normalize(a), false),
                    })
                    .filter(|(a, _)| !a.is_empty())
                    .collect();
                let exclude = c.exclude.iter().map(|e| normalize(e)).collect();
                (c, aliases, exclude)
            })
            .collect();
        Matcher {
            columns,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// [`Matcher::best_for`] of a raw text, memoised.
    fn best_for_raw(&self, raw: &str) -> Vec<(usize, AliasMatch)> {
        if let Some(hit) = self.cache.borrow().get(raw) {
            return hit.clone();
        }
        let found = self.best_for(&normalize(raw));
        self.cache
            .borrow_mut()
            .insert(raw.to_string(), found.clone());
        found
    }

    /// How `text` (normalised) names column `index`.
    fn matches(&self, index: usize, text: &str) -> Option<AliasMatch> {
        let (_, aliases, exclude) = self.columns.get(index)?;
        if text.is_empty() {
            return None;
        }
        let text_len = text.chars().count();
        // Article titles carry years and numbers; column names do not.
        let loose_ok = !text.chars().any(|c| c.is_ascii_digit())
            && !exclude
                .iter()
                .any(|e| !e.is_empty() && text.contains(e.as_str()));
        let mut best: Option<AliasMatch> = None;
        for (i, (alias, suffix)) in aliases.iter().enumerate() {
            let len = alias.chars().count();
            let quality = if !suffix && text == alias {
                Some(Quality::Exact)
            } else if *suffix
                && loose_ok
                && text_len > len
                && text_len <= len + MAX_SUFFIX_PREFIX_CHARS
                && text.ends_with(alias.as_str())
            {
                Some(Quality::Suffix)
            } else if !suffix
                && loose_ok
                && len >= MIN_CONTAINED_ALIAS_CHARS
                && text_len <= len + MAX_EXTRA_CHARS
                && text.contains(alias.as_str())
            {
                Some(Quality::Contained)
            } else {
                None
            };
            if let Some(quality) = quality {
                let m = AliasMatch {
                    quality,
                    alias: i,
                    len,
                };
                let better = match best {
                    None => true,
                    Some(b) => (m.quality, m.len) > (b.quality, b.len),
                };
                if better {
                    best = Some(m);
                }
            }
        }
        best
    }

    /// The columns `text` names best, with how (several only on a tie of
    /// quality and alias length): 政策文件解读 is 政策解读's, not 政策文件's.
    fn best_for(&self, text: &str) -> Vec<(usize, AliasMatch)> {
        let mut best: Vec<(usize, AliasMatch)> = Vec::new();
        if text.is_empty() {
            return best;
        }
        for i in 0..self.columns.len() {
            let Some(m) = self.matches(i, text) else {
                continue;
            };
            match best.first() {
                Some((_, b)) if (m.quality, m.len) < (b.quality, b.len) => {}
                Some((_, b)) if (m.quality, m.len) == (b.quality, b.len) => best.push((i, m)),
                _ => best = vec![(i, m)],
            }
        }
        best
    }

    /// How `text` names column `index`, if no other column claims it better.
    #[cfg(test)]
    fn names(&self, index: usize, text: &str) -> Option<AliasMatch> {
        self.best_for(text)
            .into_iter()
            .find(|(i, _)| *i == index)
            .map(|(_, m)| m)
    }
}

/// How a candidate was found, in order of trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Route {
    /// A link whose text or title names the column.
    Anchor = 0,
    /// A `更多>>` link right after a heading that names the column (a
    /// homepage block: `<h3>通知公告</h3><a>更多>></a>`).
    Heading = 1,
    /// A page that says it is the column (meta, breadcrumb): a fallback,
    /// since later pages of a list say so too.
    Identity = 2,
}

/// One way a column could be reached.
#[derive(Debug, Clone)]
struct Candidate {
    url: String,
    quality: Quality,
    /// An article URL (t20240312_1.html): a column is rarely one.
    article: bool,
    route: Route,
    nav: bool,
    /// 0 homepage, 1 platform page, 2 other pages.
    source: u8,
    alias: usize,
    page: usize,
    pos: usize,
    via: String,
}

type CandidateKey = (
    std::cmp::Reverse<Quality>,
    bool,
    Route,
    bool,
    u8,
    usize,
    usize,
    usize,
);

impl Candidate {
    fn key(&self) -> CandidateKey {
        (
            std::cmp::Reverse(self.quality),
            self.article,
            self.route,
            !self.nav,
            self.source,
            self.alias,
            self.page,
            self.pos,
        )
    }
}

/// Locates every required column of `category`.
///
/// One [`ColumnLocation`] per required column, in catalogue order. A
/// per-site override (canonical name → path or URL, relative to the
/// homepage) wins; otherwise the best anchor text on the homepage or on
/// `pages` (the platform pages and any other pages the engine has), a
/// `更多` link under a heading naming the column, or a page in `pages`
/// whose `ColumnName` meta (or `ColumnType` when it has no `ColumnName`)
/// or last breadcrumb is an alias of the column. Exact alias matches beat
/// contained ones; links beat headings and page identities; navigation
/// links beat others; the homepage beats the platform pages, which beat
/// other pages. The result does not depend on the order of `pages`.
pub fn locate(
    catalog: &ColumnCatalog,
    category: Category,
    overrides: &BTreeMap<String, String>,
    home: &PageFacts,
    pages: &[&PageFacts],
) -> Vec<ColumnLocation> {
    let matcher = Matcher::new(catalog);
    let home_url = page_url(home).to_string();
    let platform = platform_links(home);

    // Pages in a deterministic order: platform pages first, then by URL.
    let mut seen: HashSet<&str> = HashSet::new();
    seen.insert(home.url.as_str());
    seen.insert(home.final_url.as_str());
    let mut ordered: Vec<(u8, usize, &PageFacts)> = Vec::new();
    let mut sorted_pages: Vec<&PageFacts> = pages.to_vec();
    sorted_pages.sort_by(|a, b| a.url.cmp(&b.url).then(a.final_url.cmp(&b.final_url)));
    for p in sorted_pages {
        if seen.contains(p.url.as_str()) || seen.contains(page_url(p)) {
            continue;
        }
        seen.insert(p.url.as_str());
        let platform_pos = platform
            .iter()
            .position(|u| u == &p.url || u == &p.final_url);
        let source = if platform_pos.is_some() { 1 } else { 2 };
        ordered.push((source, platform_pos.unwrap_or(usize::MAX), p));
    }
    ordered.sort_by(|a, b| (a.0, a.1, &a.2.url).cmp(&(b.0, b.1, &b.2.url)));

    // Where a column could have been linked from: the homepage, the
    // platform pages, then other navigation-bearing pages (not articles,
    // not later pages of lists).
    let mut looked_in = vec![home_url.clone()];
    looked_in.extend(
        ordered
            .iter()
            .filter(|(source, _, p)| {
                *source == 1
                    || !(is_article_url(&p.url) || is_article_page(p) || is_later_page(&p.url))
            })
            .take(MAX_LOOKED_IN - 1)
            .map(|(_, _, p)| p.url.clone()),
    );

    // One pass over every link of every page, candidates per column.
    let mut candidates: Vec<Vec<Candidate>> = vec![Vec::new(); matcher.columns.len()];
    let all_pages = std::iter::once((0u8, home)).chain(ordered.iter().map(|(s, _, p)| (*s, *p)));
    for (page_index, (source, page)) in all_pages.enumerate() {
        link_candidates(&matcher, page, source, page_index, &mut candidates);
        if page_index > 0 {
            identity_candidates(&matcher, page, source, page_index, &mut candidates);
        }
    }

    let base = Url::parse(&home_url)
        .or_else(|_| Url::parse(&home.url))
        .ok();
    let mut out = Vec::new();
    for (index, (def, _, _)) in matcher.columns.iter().enumerate() {
        if !def.required_for.contains(&category) {
            continue;
        }
        if let Some(target) = overrides.get(&def.name) {
            let resolved = match Url::parse(target) {
                Ok(u) => Some(u),
                Err(_) => base.as_ref().and_then(|b| b.join(target).ok()),
            };
            if let Some(u) = resolved {
                out.push(ColumnLocation {
                    column: def.name.clone(),
                    url: Some(u.to_string()),
                    via: "override".to_string(),
                    looked_in: looked_in.clone(),
                });
                continue;
            }
        }
        let best = candidates
            .get(index)
            .and_then(|c| c.iter().min_by_key(|c| c.key()));
        out.push(match best {
            Some(c) => ColumnLocation {
                column: def.name.clone(),
                url: Some(c.url.clone()),
                via: c.via.clone(),
                looked_in: looked_in.clone(),
            },
            None => ColumnLocation {
                column: def.name.clone(),
                url: None,
                via: "not found".to_string(),
                looked_in: looked_in.clone(),
            },
        });
    }
    out
}

/// Links on `page` whose text (or title) names a column, and `更多` links
/// whose preceding heading does.
fn link_candidates(
    matcher: &Matcher<'_>,
    page: &PageFacts,
    source: u8,
    page_index: usize,
    out: &mut [Vec<Candidate>],
) {
    let item_urls: HashSet<&str> = page
        .dated_items
        .iter()
        .filter_map(|i| i.url.as_deref())
        .collect();
    for (pos, link) in page.links.iter().enumerate() {
        if !is_followable(link.tag) || !is_http(&link.url) || item_urls.contains(link.url.as_str())
        {
            continue;
        }
        // Best over text and title, per column.
        let mut found: BTreeMap<usize, (AliasMatch, String, Route)> = BTreeMap::new();
        let consider =
            |found: &mut BTreeMap<usize, (AliasMatch, String, Route)>, text: &str, route: Route| {
                for (col, m) in matcher.best_for_raw(text) {
                    let better = found.get(&col).is_none_or(|(b, _, r)| {
                        (m.quality, std::cmp::Reverse(route)) > (b.quality, std::cmp::Reverse(*r))
                    });
                    if better {
                        found.insert(col, (m, text.trim().to_string(), route));
                    }
                }
            };
        consider(&mut found, &link.text, Route::Anchor);
        consider(&mut found, &link.title, Route::Anchor);
        if found.is_empty()
            && is_more_link(&link.text)
            && let Some(heading) = heading_before(page, pos)
        {
            consider(&mut found, &heading, Route::Heading);
        }
        let article = is_article_url(&link.url);
        for (col, (m, shown, route)) in found {
            // An article may be a column only by its exact name (a
            // single-page 政府信息公开指南); a title merely containing a
            // column name (…发展规划纲要) is not the column.
            if article && m.quality != Quality::Exact {
                continue;
            }
            let via = match route {
                Route::Heading => {
                    format!("heading {shown} before a 更多 link on {}", page_url(page))
                }
                _ => format!("anchor text {shown} on {}", page_url(page)),
            };
            if let Some(list) = out.get_mut(col) {
                list.push(Candidate {
                    url: link.url.clone(),
                    quality: m.quality,
                    article,
                    route,
                    nav: link.in_nav,
                    source,
                    alias: m.alias,
                    page: page_index,
                    pos,
                    via,
                });
            }
        }
    }
}

/// A "more" link of a homepage block (更多, more, >>, 查看更多).
fn is_more_link(text: &str) -> bool {
    let raw = text.trim();
    if raw.is_empty() {
        return false;
    }
    matches!(
        normalize(raw).as_str(),
        "" | "更多" | "more" | "查看" | "查看更多" | "+" | "更多+" | "more+"
    )
}

/// The heading text right before the `link_index`-th link of `page` in
/// its visible text: the text on the same line, or the previous line.
/// The link is found as the n-th occurrence of its text, n counted over
/// the links before it with the same text.
fn heading_before(page: &PageFacts, link_index: usize) -> Option<String> {
    let raw = page.links.get(link_index)?.text.trim();
    if raw.is_empty() {
        return None;
    }
    let nth = page.links[..link_index]
        .iter()
        .filter(|l| l.text.trim() == raw)
        .count();
    let text = &page.visible_text;
    let (at, _) = text.match_indices(raw).nth(nth)?;
    let before = &text[..at];
    let mut lines = before.rsplit('\n');
    let same_line = lines.next().unwrap_or("");
    let heading = if normalize(same_line).is_empty() {
        lines.find(|l| !normalize(l).is_empty())?
    } else {
        same_line
    };
    // The last few characters: a line may start with other text.
    let chars: Vec<char> = heading.trim().chars().collect();
    let from = chars.len().saturating_sub(16);
    Some(chars[from..].iter().collect())
}

/// `page` itself, when its `ColumnName`/`ColumnType` meta or its last
/// breadcrumb names a column and it is a column page (not an article of
/// the column, not page 2 of a list).
fn identity_candidates(
    matcher: &Matcher<'_>,
    page: &PageFacts,
    source: u8,
    page_index: usize,
    out: &mut [Vec<Candidate>],
) {
    if !is_http(&page.url) || is_article_page(page) || is_later_page(&page.url) {
        return;
    }
    let exact = |text: &str| -> Vec<(usize, AliasMatch)> {
        matcher
            .best_for(&normalize(text))
            .into_iter()
            .filter(|(_, m)| m.quality == Quality::Exact)
            .collect()
    };
    let mut push = |col: usize, m: AliasMatch, quality: Quality, via: String| {
        if let Some(list) = out.get_mut(col) {
            list.push(Candidate {
                url: page.url.clone(),
                quality,
                article: false,
                route: Route::Identity,
                nav: true,
                source,
                alias: m.alias,
                page: page_index,
                pos: 0,
                via,
            });
        }
    };
    let name = page.meta("columnname").unwrap_or("").trim();
    if !name.is_empty() {
        for (col, m) in exact(name) {
            push(
                col,
                m,
                Quality::Exact,
                format!("ColumnName meta {name} of {}", page.url),
            );
        }
    } else if let Some(kind) = page.meta("columntype").map(str::trim) {
        // ColumnType is a coarse vocabulary (指引): weaker than a name.
        for (col, m) in exact(kind) {
            push(
                col,
                m,
                Quality::Contained,
                format!("ColumnType meta {kind} of {}", page.url),
            );
        }
    }
    if let Some(crumb) = last_breadcrumb(page) {
        for (col, m) in exact(crumb) {
            push(
                col,
                m,
                Quality::Exact,
                format!("breadcrumb {crumb} of {}", page.url),
            );
        }
    }
}

/// The last breadcrumb that names a column (not 正文/详情).
fn last_breadcrumb(page: &PageFacts) -> Option<&str> {
    const GENERIC: [&str; 8] = [
        "正文",
        "详情",
        "内容",
        "文章",
        "详细内容",
        "正文内容",
        "信息详情",
        "详细信息",
    ];
    page.breadcrumbs
        .iter()
        .rev()
        .map(|c| c.trim())
        .find(|c| !c.is_empty() && !GENERIC.contains(&normalize(c).as_str()))
}

/// An article page (not a list): it has an article title meta, or a
/// written publication date and no list.
fn is_article_page(page: &PageFacts) -> bool {
    page.meta("articletitle")
        .is_some_and(|t| !t.trim().is_empty())
        || (page.published.is_some() && page.dated_items.is_empty())
}

/// The next page to fetch while the column's pages fetched so far
/// (`pages[0]` is page 1) have no dated item and no publication date; at
/// most [`MAX_COLUMN_PAGES`] pages in all.
///
/// An undated list whose items link to articles: its first article (the
/// article page writes 发布时间, and lists are newest first). A list
/// without item links: its next pagination page. Nothing once a page says
/// it is empty, once a date was found, or once the article was opened.
pub fn next_page_wanted(pages: &[&PageFacts]) -> Option<String> {
    let first = pages.first()?;
    if pages.len() >= MAX_COLUMN_PAGES
        || first.says_empty
        || pages
            .iter()
            .any(|p| !p.dated_items.is_empty() || p.published.is_some())
    {
        return None;
    }
    let fetched = |u: &str| pages.iter().any(|p| p.url == u || p.final_url == u);
    if let Some(article) = first_item_link(first) {
        // Opened already and undated too: the column is undated.
        return (!fetched(&article)).then_some(article);
    }
    pages
        .iter()
        .flat_map(|p| p.pagination.iter())
        .find(|u| is_http(u) && !fetched(u))
        .cloned()
}

/// The first item of a list page that links to an article on the site
/// (not navigation, not an attachment, not a column).
fn first_item_link(page: &PageFacts) -> Option<String> {
    let content = squeeze(&page.content_text);
    let candidates: Vec<&govcheck_model::PageLink> = content_links(page, &content)
        .filter(|l| same_host(&l.url, page) && !is_attachment(&l.url))
        .collect();
    candidates
        .iter()
        .find(|l| link_kind(&l.url) == UrlKind::Article)
        .or_else(|| {
            candidates.iter().find(|l| {
                link_kind(&l.url) == UrlKind::Other && squeeze(&l.text).chars().count() >= 6
            })
        })
        .map(|l| l.url.clone())
}

fn is_attachment(url: &str) -> bool {
    static FILE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\.(pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z|et|ofd|jpe?g|png|gif|mp4)$")
            .expect("valid attachment regex")
    });
    FILE.is_match(url.split(['?', '#']).next().unwrap_or(url))
}

/// Judges the located columns: `columns` pairs each location with its
/// fetched pages (page 1 first, then pages followed by
/// [`next_page_wanted`]; empty when the page could not be fetched).
///
/// - not located → `missing_column` (deduction), with `looked_in`;
///   located but the page answered an HTTP error or is a soft 404
///   (`links.soft_404_patterns`) → `missing_column` too;
///   located but not fetched (out of scope, network) → nothing: the link
///   check reports dead links, and an unseen page cannot be judged;
/// - no dated item, no publication date, no sub-column links, and either
///   the page says it is empty (暂无信息) or it has no item or column links
///   and next to no text → `blank_column` (deduction; never also stale);
/// - a freshness class with a limit in the rules: newest date (dated items,
///   implied years resolved against `as_of`, later dates ignored; else the
///   written publication date of an article-only column or of the article
///   opened from an undated list; never meta times) older than the limit,
///   or no date at all while items are listed (未注明发布时间的视为不更新) →
///   `stale_column` (deduction); within `due_soon_margin_days` of the
///   limit → `column_due_soon` (notice). A page that only links to
///   sub-columns is not judged stale.
pub fn judge(
    catalog: &ColumnCatalog,
    rules: &Rules,
    as_of: NaiveDate,
    columns: &[(ColumnLocation, Vec<&PageFacts>)],
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (location, pages) in columns {
        let column = location.column.clone();
        let missing = || {
            Finding::new(
                Severity::Deduction,
                FindingDetail::MissingColumn {
                    column: column.clone(),
                    looked_in: location.looked_in.clone(),
                },
            )
        };
        let Some(url) = location.url.clone() else {
            findings.push(missing());
            continue;
        };
        let Some(first) = pages.first() else {
            continue;
        };
        if first.status >= 400 || is_error_page(first, rules) {
            // The link leads nowhere: the column cannot be reached.
            let mut f = missing();
            if let FindingDetail::MissingColumn { looked_in, .. } = &mut f.detail
                && !looked_in.contains(&url)
            {
                looked_in.push(url.clone());
            }
            findings.push(f);
            continue;
        }
        let pages: Vec<&PageFacts> = pages.iter().copied().filter(|p| p.status < 400).collect();
        let has_dates = pages.iter().any(|p| !p.dated_items.is_empty());
        let latest = column_latest_date(&pages, as_of);
        let undated = !has_dates && pages.iter().all(|p| p.published.is_none());
        let body = Body::of(first);
        if undated && body.is_blank() {
            findings.push(Finding::new(
                Severity::Deduction,
                FindingDetail::BlankColumn { column, url },
            ));
            continue;
        }
        let Some(max_age_days) = freshness_class(catalog, &location.column)
            .and_then(|c| rules.freshness.classes.get(c).copied())
        else {
            continue;
        };
        if undated && body.is_parent() {
            // A parent column listing its sub-columns: nothing to date here.
            continue;
        }
        let age = latest.map(|d| (as_of - d).num_days());
        match age {
            Some(age) if age <= i64::from(max_age_days) => {
                let days_left = i64::from(max_age_days) - age;
                if days_left <= i64::from(rules.freshness.due_soon_margin_days)
                    && let Some(latest_date) = latest
                {
                    findings.push(Finding::new(
                        Severity::Notice,
                        FindingDetail::ColumnDueSoon {
                            column,
                            url,
                            latest_date,
                            max_age_days,
                            days_left: u32::try_from(days_left).unwrap_or(0),
                        },
                    ));
                }
            }
            _ => findings.push(Finding::new(
                Severity::Deduction,
                FindingDetail::StaleColumn {
                    column,
                    url,
                    latest_date: latest,
                    max_age_days,
                },
            )),
        }
    }
    findings
}

/// An error page served with 200 (soft 404: `页面不存在` in the title or
/// at the top of the main text), by the rules' patterns.
fn is_error_page(page: &PageFacts, rules: &Rules) -> bool {
    if !page.dated_items.is_empty() {
        return false;
    }
    let head: String = page.content_text.chars().take(200).collect();
    rules
        .links
        .soft_404_patterns
        .iter()
        .filter(|p| !p.trim().is_empty())
        .any(|p| page.title.contains(p.as_str()) || head.contains(p.as_str()))
}

/// The newest content date of a column: its dated items over all fetched
/// pages, or else the written publication dates of the fetched pages (an
/// article-only column, or the article opened from an undated list);
/// never meta times, never the text fallback of the homepage.
fn column_latest_date(pages: &[&PageFacts], as_of: NaiveDate) -> Option<NaiveDate> {
    let items = pages
        .iter()
        .flat_map(|p| p.dated_items.iter().map(|i| i.date))
        .filter_map(|d| d.resolve(as_of))
        .filter(|d| *d <= as_of)
        .max();
    if pages.iter().any(|p| !p.dated_items.is_empty()) {
        return items;
    }
    // An article-only column (page 1 is the article), or the first article
    // of an undated list opened by `next_page_wanted`.
    pages
        .iter()
        .filter_map(|p| p.published)
        .filter_map(|d| d.resolve(as_of))
        .filter(|d| *d <= as_of)
        .max()
}

/// What the main content of an undated column page holds.
#[derive(Debug, Clone, Copy)]
struct Body {
    says_empty: bool,
    /// Content links to items (articles, files, other pages) on the site.
    items: usize,
    /// Content links to column-like pages (sub-columns, or a side menu of
    /// sibling columns).
    columns: usize,
    /// Column-like links below the page's own folder: sub-columns for sure.
    children: bool,
    /// Characters of main text that are not link text.
    substance: usize,
}

impl Body {
    fn of(page: &PageFacts) -> Body {
        let content = squeeze(&page.content_text);
        let mut items = 0;
        let mut columns = 0;
        for l in content_links(page, &content) {
            if !same_host(&l.url, page) {
                continue;
            }
            if link_kind(&l.url) == UrlKind::Column {
                columns += 1;
            } else {
                items += 1;
            }
        }
        // A page kept without its text (the engine slims pages it keeps):
        // its amount of text is unknown, so only 暂无信息 can make it blank.
        let text_known = !page.content_text.trim().is_empty() || !page.visible_text.is_empty();
        Body {
            says_empty: page.says_empty,
            items,
            columns,
            children: has_sub_columns(page),
            substance: if text_known {
                substance(page, &content)
            } else {
                usize::MAX
            },
        }
    }

    /// Nothing in it (空白栏目): it says so (暂无信息) and lists no
    /// sub-columns; or, without saying so, it has no item links, no
    /// column links and next to no text. A page that links only to other
    /// columns may be a parent column (or an empty list with a side
    /// menu): not called blank, to be sure.
    fn is_blank(&self) -> bool {
        if self.children {
            return false;
        }
        if self.says_empty {
            return true;
        }
        self.items == 0 && self.columns == 0 && self.substance < MIN_SUBSTANCE_CHARS
    }

    /// A page of links to sub-columns and nothing else.
    fn is_parent(&self) -> bool {
        self.children || (self.items == 0 && self.columns > 0)
    }
}

/// Whether the page lists sub-columns: content links to column-like URLs
/// below the page's own folder (/xxgk/fdzdgknr/ → /xxgk/fdzdgknr/jgzn/).
fn has_sub_columns(page: &PageFacts) -> bool {
    let content = squeeze(&page.content_text);
    let Ok(base) = Url::parse(page_url(page)) else {
        return false;
    };
    let dir = match base.path().rfind('/') {
        Some(i) => &base.path()[..=i],
        None => "/",
    };
    if dir == "/" {
        // A homepage-level page: everything is "below" it.
        return false;
    }
    content_links(page, &content).any(|l| {
        link_kind(&l.url) == UrlKind::Column
            && Url::parse(&l.url).is_ok_and(|u| {
                u.host_str() == base.host_str()
                    && u.path().starts_with(dir)
                    && u.path().len() > dir.len()
                    && !u.path()[dir.len()..].starts_with("index")
            })
    })
}

/// Links in the main content (not navigation, text present in the main
/// text, not the page itself, not paging or print controls).
fn content_links<'p>(
    page: &'p PageFacts,
    content: &'p str,
) -> impl Iterator<Item = &'p govcheck_model::PageLink> + 'p {
    const CONTROLS: [&str; 14] = [
        "首页",
        "上一页",
        "下一页",
        "尾页",
        "末页",
        "前一页",
        "后一页",
        "打印",
        "关闭",
        "返回",
        "更多",
        "收藏",
        "分享",
        "顶部",
    ];
    // Without text (a slimmed page) every non-navigation link counts.
    let text_known = !content.is_empty() || !page.visible_text.is_empty();
    page.links.iter().filter(move |l| {
        if l.in_nav || l.tag != LinkTag::A || !is_http(&l.url) || same_page(&l.url, page) {
            return false;
        }
        let t = squeeze(&l.text);
        if t.chars().count() < 2 || CONTROLS.iter().any(|c| t.contains(c)) {
            return false;
        }
        !text_known || content.contains(&t)
    })
}

/// Characters of main text that are not link text.
fn substance(page: &PageFacts, content: &str) -> usize {
    let mut rest = content.to_string();
    let mut texts: Vec<String> = page
        .links
        .iter()
        .map(|l| squeeze(&l.text))
        .chain(page.breadcrumbs.iter().map(|b| squeeze(b)))
        .filter(|t| !t.is_empty())
        .collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    for t in texts {
        rest = rest.replace(&t, "");
    }
    rest.chars().filter(|c| !c.is_ascii_punctuation()).count()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlKind {
    Article,
    Column,
    Other,
}

/// Article, attachment or column-like URL, by the shapes of the common
/// CMSs (HTML_PATTERNS.md §2, §3).
fn link_kind(url: &str) -> UrlKind {
    if is_article_url(url) {
        return UrlKind::Article;
    }
    static COLUMN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(/$|/index(_[0-9]+)?\.[a-z]+$|/col/col[0-9]+|list[^/]*\.[a-z]+$|/channel|/column|/redirect_firstchannel|/node_[0-9]+|/col[0-9]+/?$)",
        )
        .expect("valid column regex")
    });
    static COLUMN_QUERY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(wbtreeid|catid|channelid|columnid|classid|colid|chnlid|lmid)=")
            .expect("valid column query regex")
    });
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path_and_query = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let path = path.split('#').next().unwrap_or(path);
    if COLUMN.is_match(path) || COLUMN_QUERY.is_match(query) {
        UrlKind::Column
    } else {
        UrlKind::Other
    }
}

fn is_article_url(url: &str) -> bool {
    static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(/t[0-9]{8}_[0-9]+\.[a-z]+$|/art/[0-9]{4}/|/art_[0-9]+_[0-9]+\.[a-z]+$|/[0-9]{6,8}/[^/]+\.[a-z]+$|content_[0-9]+|/info/[0-9]+/[0-9]+\.htm|\.(pdf|docx?|xlsx?|wps|zip|rar|et|ofd)$|/detail|/article)",
        )
        .expect("valid article regex")
    });
    // Dynamic article pages: `content.jsp?id=…`, `view.aspx?newsid=…`.
    static DYNAMIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)/(view|show|detail|content|article|info|news)[a-z_]*\.(jsp|php|aspx?|do|action|html?)\?.*\b(id|articleid|infoid|docid|contentid|newsid|aid)=",
        )
        .expect("valid dynamic article regex")
    });
    let path = url.split(['?', '#']).next().unwrap_or(url);
    ARTICLE.is_match(path) || DYNAMIC.is_match(url)
}

/// Page 2 and later of a list (`index_1.html`, `list_2.shtml`, `?page=2`):
/// it names its column in meta and breadcrumb, but is not the column's URL.
fn is_later_page(url: &str) -> bool {
    static LATER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)((index|list|default)[a-z]*_[0-9]+\.[a-z]+$|[?&](page|pageno|pageindex|pagenum|curpage|currentpage|p|start|startrecord)=[0-9]+)",
        )
        .expect("valid pagination regex")
    });
    LATER.is_match(url)
}

fn is_followable(tag: LinkTag) -> bool {
    matches!(tag, LinkTag::A | LinkTag::Area)
}

fn is_http(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn page_url(page: &PageFacts) -> &str {
    if page.final_url.is_empty() {
        &page.url
    } else {
        &page.final_url
    }
}

fn same_page(url: &str, page: &PageFacts) -> bool {
    let strip = |u: &str| {
        u.trim_end_matches("index.html")
            .trim_end_matches('/')
            .to_string()
    };
    let u = strip(url);
    u == strip(&page.url) || u == strip(&page.final_url)
}

fn same_host(url: &str, page: &PageFacts) -> bool {
    let host = |u: &str| {
        Url::parse(u)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
    };
    host(url).is_some() && host(url) == host(page_url(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        assert_eq!(normalize(" 》信息公开指南 "), "信息公开指南");
        assert_eq!(normalize("通知公告栏目"), "通知公告");
        assert_eq!(normalize("优化营商环境专栏"), "优化营商环境");
        assert_eq!(normalize("·政务动态»"), "政务动态");
        assert_eq!(normalize("更多>>"), "更多");
        assert_eq!(normalize("规划、计划"), "规划计划");
        assert_eq!(normalize("ＡＢＣ通知"), "abc通知");
        assert_eq!(normalize("【政策解读】"), "政策解读");
        assert_eq!(normalize("通知公告（25）"), "通知公告");
        assert_eq!(normalize("通知公告[3]"), "通知公告");
    }

    #[test]
    fn containment_does_not_cross_columns() {
        let c = ColumnCatalog::embedded();
        let m = Matcher::new(&c);
        let idx = |n: &str| c.columns.iter().position(|d| d.name == n).unwrap();
        let policy = idx("政策文件");
        let interp = idx("政策解读");
        assert!(m.names(policy, &normalize("政策文件解读")).is_none());
        assert!(m.names(interp, &normalize("政策文件解读")).is_some());
        assert_eq!(
            m.names(policy, &normalize("县政府文件")).map(|a| a.quality),
            Some(Quality::Contained)
        );
        let news = idx("工作动态");
        assert_eq!(
            m.names(news, &normalize("袁州要闻")).map(|a| a.quality),
            Some(Quality::Suffix)
        );
        let report = idx("政府信息公开年报");
        assert!(
            m.names(report, &normalize("2023年度政府信息公开工作年度报告"))
                .is_none()
        );
        assert!(m.names(report, &normalize("统计年报")).is_none());
    }

    #[test]
    fn url_kinds() {
        assert_eq!(
            link_kind("http://a.gov.cn/xxgk/tzgg/202403/t20240312_123.html"),
            UrlKind::Article
        );
        assert_eq!(link_kind("http://a.gov.cn/xxgk/tzgg/"), UrlKind::Column);
        assert_eq!(
            link_kind("http://a.gov.cn/col/col1234/index.html"),
            UrlKind::Column
        );
        assert_eq!(
            link_kind("http://a.gov.cn/art/2024/3/12/art_1234_5678.html"),
            UrlKind::Article
        );
        assert_eq!(link_kind("http://a.gov.cn/x.pdf"), UrlKind::Article);
        assert_eq!(
            link_kind("http://a.gov.cn/hdjl/content.jsp?id=12"),
            UrlKind::Article
        );
        assert_eq!(
            link_kind("http://a.gov.cn/list.jsp?catid=12"),
            UrlKind::Column
        );
    }
}
