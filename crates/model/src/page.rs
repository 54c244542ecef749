//! What one parsed page tells the checks: owned, `Send`, no DOM.
//!
//! A page is parsed once (crate `govcheck-page`) into [`PageFacts`]; every
//! check reads these facts and never the HTML again.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The element a link came from. Decides how the target is checked
/// (pages are crawled, assets only status-checked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkTag {
    A,
    Area,
    Img,
    Script,
    /// `<link href>` (stylesheets, icons).
    Link,
    Iframe,
    Frame,
    Embed,
    Object,
    Source,
    /// Synthesised from pagination scripts (`createPageHTML`, page-count variables).
    Pagination,
    /// `<option value>` of a `<select>` menu that opens its value (the
    /// 友情链接 menus: `onchange="window.open(this.value)"`).
    Option,
}

impl LinkTag {
    /// Whether the target is expected to be an HTML page worth crawling.
    pub fn is_navigational(self) -> bool {
        matches!(
            self,
            LinkTag::A
                | LinkTag::Area
                | LinkTag::Iframe
                | LinkTag::Frame
                | LinkTag::Pagination
                | LinkTag::Option
        )
    }
}

/// One outgoing link, resolved to an absolute URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageLink {
    /// Absolute URL (fragment removed). On a GBK page the query string is
    /// GBK-percent-encoded, as a browser would send it.
    pub url: String,
    /// Anchor text (whitespace-collapsed), or `alt`/`title` of an image.
    pub text: String,
    /// `title` attribute, when present (often the untruncated title).
    pub title: String,
    pub tag: LinkTag,
    /// Inside `<nav>`, a header/menu block or a breadcrumb: candidates for
    /// column navigation.
    pub in_nav: bool,
}

/// A date as written, before the year of an implied-year date (`[03-12]`)
/// is resolved against the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl PartialDate {
    /// Resolves the date against `as_of`: a full date as is (`None` if
    /// invalid); an implied year as the latest such day not after `as_of`.
    pub fn resolve(self, as_of: NaiveDate) -> Option<NaiveDate> {
        use chrono::Datelike;
        match self.year {
            Some(y) => NaiveDate::from_ymd_opt(y, self.month, self.day),
            None => {
                let this_year = NaiveDate::from_ymd_opt(as_of.year(), self.month, self.day);
                match this_year {
                    Some(d) if d <= as_of => Some(d),
                    _ => NaiveDate::from_ymd_opt(as_of.year() - 1, self.month, self.day),
                }
            }
        }
    }
}

/// A list item (or table row) that carries a publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedItem {
    /// Title of the item (link title attribute preferred over truncated text).
    pub title: String,
    /// Absolute URL of the item's link, if it has one.
    pub url: Option<String>,
    pub date: PartialDate,
}

/// Everything the checks need from one page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageFacts {
    /// The URL requested (canonical form).
    pub url: String,
    /// The URL after redirects.
    pub final_url: String,
    pub status: u16,
    /// Encoding used to decode the body (`UTF-8`, `GB18030`, …).
    pub encoding: String,
    /// `<title>`, whitespace-collapsed.
    pub title: String,
    /// `<meta name=… content=…>` with lower-cased names (`pubdate`,
    /// `columnname`, `columntype`, `siteidcode`, `articletitle`, …).
    pub meta: Vec<(String, String)>,
    /// Visible text: no script, style, comments, attributes; inline
    /// elements joined without separators, block elements separated by
    /// `\n`. Footer blocks are kept here (words are checked there too).
    pub visible_text: String,
    /// Visible text of the main content only: the footer (copyright, ICP,
    /// 网站标识码 lines) and navigation cut away. Dates are read here.
    pub content_text: String,
    pub links: Vec<PageLink>,
    /// Hrefs and sources of link-bearing elements that the URL parser
    /// rejects (`http://exa mple.com`, `http://[bad`), as written: not in
    /// `links`, but broken targets all the same (`invalid_url`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invalid_hrefs: Vec<String>,
    /// Breadcrumb trail (`首页 > 政务公开 > 通知公告`), as item texts.
    pub breadcrumbs: Vec<String>,
    /// Dated list items, in page order.
    pub dated_items: Vec<DatedItem>,
    /// The article publication date written in the body (`发布时间：…`,
    /// `发布日期：…`), not the meta generation time.
    pub published: Option<PartialDate>,
    /// Further pages of this list (pagination), absolute URLs in order.
    pub pagination: Vec<String>,
    /// The page says it has no items (暂无信息, 暂无数据, 没有记录 …).
    pub says_empty: bool,
    /// The body was cut at the body cap.
    pub truncated: bool,
    /// Key/value pairs from tables and definition lists (`<th>申请条件</th><td>…</td>`,
    /// `<dt>…</dt><dd>…</dd>`, `<strong>办理地点：</strong>…`), in order,
    /// for service-guide and message pages.
    pub fields: Vec<(String, String)>,
    /// Rows of list tables and list items (`<tr>` cells, or the text parts
    /// of an `<li>`), with the row's first link: message lists
    /// (标题 | 留言时间 | 状态 | 答复时间) are read from here.
    pub rows: Vec<ListRow>,
}

/// One row of a list: its cell texts in order and its first link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListRow {
    pub cells: Vec<String>,
    pub link: Option<String>,
}

impl PageFacts {
    /// The first meta value with this (lower-case) name.
    pub fn meta(&self, name: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}
