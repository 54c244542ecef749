//! One walk over the parsed tree that builds the visible text and records
//! everything the extractors need as byte ranges into that text. Element
//! texts are never re-collected (no quadratic work): an element's text is
//! `visible[start..end]`, recorded when it opens and closes.

use crate::extract;
use crate::text::{collapse, is_html_space};
use encoding_rs::Encoding;
use govcheck_model::{LinkTag, PageFacts, PageLink};
use scraper::node::Element;
use scraper::{Html, Node};
use std::borrow::Cow;
use url::Url;

/// Parses one HTML page. `url` is the final URL (base for relative links);
/// `encoding` is the page's encoding (query strings of links on a GBK page
/// are encoded in GBK, as browsers do).
pub fn parse(url: &Url, html: &str, encoding: &'static Encoding) -> PageFacts {
    let doc = Html::parse_document(html);
    let mut w = Walker::new(url, encoding);
    w.walk(&doc, 0);
    drop(doc);
    extract::finish(w)
}

/// Why a subtree is cut from `content_text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CutKind {
    Footer,
    Nav,
}

/// A link as recorded during the walk, with its position in the text.
#[derive(Debug)]
pub(crate) struct RawLink {
    pub link: PageLink,
    pub pos: usize,
}

/// An `<a>`/`<area>` whose text range is known.
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    pub start: usize,
    pub end: usize,
    /// Index into `links`, when the href resolved to a kept URL.
    pub link: Option<usize>,
}

/// One cell of a row: its text and whether it looks like a label.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    pub text: String,
    pub label_like: bool,
}

/// A leaf `<li>`/`<tr>`/`<dd>` (no nested item inside).
#[derive(Debug)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    pub is_row: bool,
    /// A `<div>`/`<p>`/`<dl>` entry (`<div><a>…</a><span>date</span></div>`)
    /// outside any list: only a dated-item candidate, not a row.
    pub loose: bool,
    pub cells: Vec<Cell>,
    /// Index into `anchors` of the first anchor inside.
    pub first_anchor: Option<usize>,
}

/// An element on the walk's stack (open, not yet closed).
#[derive(Debug)]
struct Open {
    id: ego_tree::NodeId,
    name: String,
    /// Byte offset in the visible text where the element's text starts.
    start: usize,
    block: bool,
    cut: Option<CutKind>,
    /// `Some(true)` for `<tr>`, `Some(false)` for `<li>`/`<dd>`.
    item: Option<bool>,
    has_nested_item: bool,
    anchors_at_open: usize,
    items_at_open: usize,
    /// Cells collected from the children of a row or list item.
    cells: Vec<Cell>,
    /// A `<th>`, or a `<td>` with a class/bgcolor (label cells).
    label_like: bool,
    /// class/id names a breadcrumb (`crumb`, `position`, `dqwz` …).
    crumb: bool,
}

/// State of the single walk: the visible text being built and everything
/// recorded against it. `extract::finish` turns it into `PageFacts`.
pub(crate) struct Walker<'u> {
    pub page_url: &'u Url,
    pub base: Url,
    base_set: bool,
    /// Encoding for query strings (UTF-16 pages submit UTF-8).
    pub encoding: &'static Encoding,
    /// The page's own encoding, for `PageFacts::encoding`.
    pub page_encoding: &'static Encoding,
    pub vt: String,
    pending_space: bool,
    pub title: Option<String>,
    pub meta: Vec<(String, String)>,
    pub links: Vec<RawLink>,
    /// Hrefs the URL parser rejects, as written (see
    /// [`PageFacts::invalid_hrefs`](govcheck_model::PageFacts)).
    pub invalid_hrefs: Vec<String>,
    pub anchors: Vec<Anchor>,
    current_anchor: Option<usize>,
    anchor_img_text: Option<String>,
    /// Inside a `<select>` whose `onchange` opens the chosen value.
    in_link_menu: bool,
    /// The open `<option>`'s link and where its text starts.
    current_option: Option<(usize, usize)>,
    pub cuts: Vec<(usize, usize, CutKind)>,
    pub blocks: Vec<(usize, usize)>,
    pub items: Vec<Item>,
    pub dl_fields: Vec<(usize, String, String)>,
    last_dt: Option<String>,
    pub crumb_ranges: Vec<(usize, usize)>,
    pub scripts: String,
    stack: Vec<Open>,
    article_depth: usize,
    /// Stack positions of the open `<li>`/`<tr>`/`<dd>` elements.
    item_stack: Vec<usize>,
    foreign_depth: usize,
}

/// Encodes a query string in the page's encoding (what `url` calls an
/// encoding override).
type QueryEncoder = dyn Fn(&str) -> Cow<'_, [u8]>;

/// Elements whose content is never visible text. Their subtree is not
/// walked (the element itself still yields links).
fn is_opaque(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "title"
            | "iframe"
            | "noframes"
            | "noembed"
            | "xmp"
    )
}

/// Elements that start a new line of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "frameset"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "option"
            | "p"
            | "pre"
            | "section"
            | "select"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "textarea"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Splits `class`/`id` values into lower-case alphabetic tokens, also at
/// camelCase boundaries (`topNav` → `top`, `nav`).
fn tokens(value: &str, out: &mut Vec<String>) {
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_ascii_alphabetic() {
            if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_ascii_lowercase();
            cur.push(c.to_ascii_lowercase());
        } else {
            prev_lower = false;
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
}

/// Classifies an element by its class/id. Prefix keywords (`footer`,
/// `nav`, …) match any token (`g-footer`, `topNav`); short ones (`top`,
/// `head`, `ft`, `bq`, `dh`) only a whole class word or id, so `top-news`
/// (头条, content) is not cut while `<div class="top">` is.
fn cut_kind(toks: &[String], words: &[String]) -> Option<CutKind> {
    let footer_prefix = ["footer", "foot", "bottom", "copyright", "banquan"];
    let nav_prefix = ["nav", "menu", "daohang", "header"];
    if toks
        .iter()
        .any(|t| footer_prefix.iter().any(|k| t.starts_with(k)))
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "bq" | "ft" | "foot"))
    {
        return Some(CutKind::Footer);
    }
    if toks
        .iter()
        .any(|t| nav_prefix.iter().any(|k| t.starts_with(k)))
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "top" | "dh" | "head" | "topbar"))
    {
        return Some(CutKind::Nav);
    }
    None
}

fn is_crumb_attr(value: &str) -> bool {
    let v = value.to_ascii_lowercase();
    [
        "breadcrumb",
        "crumb",
        "position",
        "location",
        "dqwz",
        "weizhi",
    ]
    .iter()
    .any(|k| v.contains(k))
}

impl<'u> Walker<'u> {
    fn new(page_url: &'u Url, encoding: &'static Encoding) -> Self {
        Walker {
            page_url,
            base: page_url.clone(),
            base_set: false,
            encoding: encoding.output_encoding(),
            page_encoding: encoding,
            vt: String::new(),
            pending_space: false,
            title: None,
            meta: Vec::new(),
            links: Vec::new(),
            invalid_hrefs: Vec::new(),
            anchors: Vec::new(),
            current_anchor: None,
            anchor_img_text: None,
            in_link_menu: false,
            current_option: None,
            cuts: Vec::new(),
            blocks: Vec::new(),
            items: Vec::new(),
            dl_fields: Vec::new(),
            last_dt: None,
            crumb_ranges: Vec::new(),
            scripts: String::new(),
            stack: Vec::new(),
            article_depth: 0,
            item_stack: Vec::new(),
            foreign_depth: 0,
        }
    }

    /// Resolves `href` as a browser would (base URL, GBK query strings on
    /// GBK pages). Returns `None` for non-navigable or non-HTTP targets.
    pub(crate) fn resolve(&self, href: &str) -> Option<Url> {
        let h = trim_href(href);
        if is_skipped_href(h) {
            return None;
        }
        let mut u = self.parse_href(h).ok()?;
        if !matches!(u.scheme(), "http" | "https") {
            return None;
        }
        u.set_fragment(None);
        Some(u)
    }

    /// Parses an href against the base, query strings in the page's
    /// encoding.
    fn parse_href(&self, href: &str) -> Result<Url, url::ParseError> {
        let opts = Url::options().base_url(Some(&self.base));
        let enc = self.encoding;
        if enc == encoding_rs::UTF_8 {
            return opts.parse(href);
        }
        let encode: Box<QueryEncoder> = Box::new(move |s: &str| enc.encode(s).0);
        opts.encoding_override(Some(&*encode)).parse(href)
    }

    /// Records an href the URL parser rejects (not a skipped scheme, not an
    /// unrendered template such as `{{url}}` or `<%=url%>`).
    fn note_if_invalid(&mut self, href: &str) {
        let h = trim_href(href);
        if is_skipped_href(h) || h.contains("{{") || h.contains("<%") {
            return;
        }
        if self.parse_href(h).is_err() && !self.invalid_hrefs.iter().any(|o| o == h) {
            self.invalid_hrefs.push(h.to_string());
        }
    }

    fn push_link(
        &mut self,
        href: &str,
        tag: LinkTag,
        text: String,
        title: String,
    ) -> Option<usize> {
        let Some(url) = self.resolve(href) else {
            self.note_if_invalid(href);
            return None;
        };
        self.links.push(RawLink {
            link: PageLink {
                url: url.into(),
                text,
                title,
                tag,
                in_nav: false,
            },
            pos: self.vt.len(),
        });
        Some(self.links.len() - 1)
    }

    fn newline(&mut self) {
        self.pending_space = false;
        if !self.vt.is_empty() && !self.vt.ends_with('\n') {
            self.vt.push('\n');
        }
    }

    fn push_text(&mut self, t: &str) {
        for (i, part) in t.split(is_html_space).enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            if part.is_empty() {
                continue;
            }
            if self.pending_space && !self.vt.is_empty() && !self.vt.ends_with('\n') {
                self.vt.push(' ');
            }
            self.pending_space = false;
            self.vt.push_str(part);
        }
    }

    /// Walks a parsed document or fragment. `depth` guards against
    /// fragments inside fragments.
    pub(crate) fn walk(&mut self, doc: &Html, depth: u8) {
        use ego_tree::iter::Edge;
        let mut skip: Option<ego_tree::NodeId> = None;
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) => {
                            self.on_text(t);
                        }
                        Node::Element(el) => {
                            let name = el.name();
                            if is_opaque(name) {
                                self.on_opaque(el, node, depth);
                                skip = Some(node.id());
                            } else {
                                self.open(el, node.id());
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if let Some(id) = skip {
                        if id == node.id() {
                            skip = None;
                        }
                        continue;
                    }
                    if node.value().is_element() {
                        self.close(node.id());
                    }
                }
            }
        }
    }

    fn on_text(&mut self, t: &str) {
        let start = self.vt.len();
        self.push_text(t);
        if let Some(top) = self.stack.last_mut()
            && top.item == Some(false)
        {
            let text = collapse(&self.vt[start..]);
            if !text.is_empty() {
                top.cells.push(Cell {
                    text,
                    label_like: false,
                });
            }
        }
    }

    /// Elements whose contents are not text: title, scripts (links,
    /// pagination code, Hanweb `text/xml` record stores), frames.
    fn on_opaque(&mut self, el: &Element, node: ego_tree::NodeRef<'_, Node>, depth: u8) {
        match el.name() {
            "title" if self.title.is_none() && self.foreign_depth == 0 => {
                self.title = Some(collapse(&child_text(node)));
            }
            "script" => {
                if let Some(src) = el.attr("src") {
                    self.push_link(src, LinkTag::Script, String::new(), String::new());
                }
                let body = child_text(node);
                let ty = el.attr("type").unwrap_or("").to_ascii_lowercase();
                if ty.contains("xml") || body.contains("<datastore") {
                    if depth == 0 {
                        self.walk_records(&body, depth);
                    }
                } else if ["createPageHTML", "countPage", "totalPage", "pagination"]
                    .iter()
                    .any(|k| body.contains(k))
                {
                    self.scripts.push_str(&body);
                    self.scripts.push('\n');
                }
            }
            "iframe" => {
                if let Some(src) = el.attr("src") {
                    let title = el.attr("title").unwrap_or("").to_string();
                    self.push_link(src, LinkTag::Iframe, String::new(), title);
                }
            }
            _ => {}
        }
    }

    /// Hanweb JCMS ships list records as `<![CDATA[<li>…</li>]]>` inside a
    /// `<script type="text/xml">`; a browser's script renders them, so they
    /// are walked as a fragment in place.
    fn walk_records(&mut self, body: &str, depth: u8) {
        let mut html = String::new();
        let mut rest = body;
        while let Some(p) = rest.find("<![CDATA[") {
            rest = &rest[p + 9..];
            let end = rest.find("]]>").unwrap_or(rest.len());
            html.push_str(&rest[..end]);
            html.push('\n');
            rest = &rest[end..];
        }
        if html.trim().is_empty() {
            return;
        }
        // Table-row records parse as rows only inside a table (a bare
        // `<tr>` in body context is dropped by the HTML parser).
        let lower = html.to_ascii_lowercase();
        if lower.contains("<tr") && !lower.contains("<table") {
            html = format!("<table>{html}</table>");
        }
        let frag = Html::parse_fragment(&html);
        self.newline();
        self.walk(&frag, depth + 1);
        self.newline();
    }

    fn open(&mut self, el: &Element, id: ego_tree::NodeId) {
        let name = el.name();
        if matches!(name, "svg" | "math") {
            self.foreign_depth += 1;
        }
        let block = is_block(name);
        if block {
            self.newline();
        }
        if name == "br" {
            // Void element: nothing else to record.
            self.stack.push(self.plain_open(id, name, false));
            return;
        }
        let mut toks = Vec::new();
        let mut words = Vec::new();
        for v in [el.attr("class"), el.attr("id")].into_iter().flatten() {
            tokens(v, &mut toks);
            words.extend(v.split_ascii_whitespace().map(str::to_ascii_lowercase));
        }
        let mut cut = match name {
            "footer" => Some(CutKind::Footer),
            "nav" | "menu" => Some(CutKind::Nav),
            "header" if self.article_depth == 0 => Some(CutKind::Nav),
            _ => None,
        };
        if cut.is_none() && !matches!(name, "html" | "body") {
            cut = cut_kind(&toks, &words);
        }
        if matches!(name, "article" | "main") {
            self.article_depth += 1;
        }
        let crumb =
            el.attr("class").is_some_and(is_crumb_attr) || el.attr("id").is_some_and(is_crumb_attr);
        let item = match name {
            "li" | "dd" => Some(false),
            "tr" => Some(true),
            _ => None,
        };
        if item.is_some() {
            if let Some(&i) = self.item_stack.last()
                && let Some(p) = self.stack.get_mut(i)
            {
                p.has_nested_item = true;
            }
            self.item_stack.push(self.stack.len());
        }
        let label_like = match name {
            "th" => true,
            "td" => el.attr("class").is_some() || el.attr("bgcolor").is_some(),
            _ => false,
        };
        let mut open = self.plain_open(id, name, block);
        open.cut = cut;
        open.item = item;
        open.label_like = label_like;
        open.crumb = crumb;
        self.stack.push(open);
        self.on_element_links(el, name);
    }

    fn plain_open(&self, id: ego_tree::NodeId, name: &str, block: bool) -> Open {
        Open {
            id,
            name: name.to_string(),
            start: self.vt.len(),
            block,
            cut: None,
            item: None,
            has_nested_item: false,
            anchors_at_open: self.anchors.len(),
            items_at_open: self.items.len(),
            cells: Vec::new(),
            label_like: false,
            crumb: false,
        }
    }

    fn on_element_links(&mut self, el: &Element, name: &str) {
        let title = || el.attr("title").unwrap_or("").trim().to_string();
        match name {
            "a" | "area" => {
                let tag = if name == "a" {
                    LinkTag::A
                } else {
                    LinkTag::Area
                };
                let text = if name == "area" {
                    el.attr("alt").unwrap_or("").trim().to_string()
                } else {
                    String::new()
                };
                let link = el
                    .attr("href")
                    .and_then(|h| self.push_link(h, tag, text, title()));
                if name == "a" {
                    self.anchors.push(Anchor {
                        start: self.vt.len(),
                        end: self.vt.len(),
                        link,
                    });
                    self.current_anchor = Some(self.anchors.len() - 1);
                    self.anchor_img_text = None;
                }
            }
            "img" => {
                let alt = el.attr("alt").map(str::trim).filter(|s| !s.is_empty());
                let text = alt
                    .or(el.attr("title").map(str::trim))
                    .unwrap_or("")
                    .to_string();
                if self.current_anchor.is_some()
                    && self.anchor_img_text.is_none()
                    && !text.is_empty()
                {
                    self.anchor_img_text = Some(text.clone());
                }
                if let Some(src) = el.attr("src") {
                    self.push_link(src, LinkTag::Img, text, title());
                }
            }
            "link" => {
                // Connection hints name hosts, not resources to check.
                let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                let hint = rel
                    .split_ascii_whitespace()
                    .any(|r| matches!(r, "dns-prefetch" | "preconnect"));
                if !hint && let Some(h) = el.attr("href") {
                    self.push_link(h, LinkTag::Link, String::new(), title());
                }
            }
            "frame" => {
                if let Some(h) = el.attr("src") {
                    self.push_link(h, LinkTag::Frame, String::new(), title());
                }
            }
            "embed" => {
                if let Some(h) = el.attr("src") {
                    self.push_link(h, LinkTag::Embed, String::new(), title());
                }
            }
            "object" => {
                if let Some(h) = el.attr("data") {
                    self.push_link(h, LinkTag::Object, String::new(), title());
                }
            }
            "source" => {
                let src = el.attr("src").or_else(|| {
                    el.attr("srcset")
                        .and_then(|s| s.split(',').next())
                        .and_then(|s| s.split_whitespace().next())
                });
                if let Some(h) = src {
                    self.push_link(h, LinkTag::Source, String::new(), title());
                }
            }
            "select" => {
                self.in_link_menu = el.attr("onchange").is_some_and(opens_value);
            }
            "option" => {
                if let Some(v) = el.attr("value").map(str::trim)
                    && is_menu_link(v, self.in_link_menu)
                    && let Some(i) = self.push_link(v, LinkTag::Option, String::new(), title())
                {
                    self.current_option = Some((i, self.vt.len()));
                }
            }
            "base" => {
                // A base that cannot resolve a web link (`mailto:`, a
                // `data:` URL) is ignored, as is a second one.
                if !self.base_set
                    && let Some(h) = el.attr("href")
                    && let Ok(b) = self.page_url.join(h.trim())
                    && matches!(b.scheme(), "http" | "https")
                {
                    self.base = b;
                    self.base_set = true;
                }
            }
            "meta" => {
                if let (Some(n), Some(c)) = (el.attr("name"), el.attr("content")) {
                    let n = n.trim().to_ascii_lowercase();
                    if !n.is_empty() {
                        self.meta.push((n, c.trim().to_string()));
                    }
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, id: ego_tree::NodeId) {
        // The stack mirrors the tree, so the top is this node; be defensive.
        let Some(pos) = self.stack.iter().rposition(|o| o.id == id) else {
            return;
        };
        while self.stack.len() > pos + 1 {
            self.stack.pop();
        }
        let Some(o) = self.stack.pop() else {
            return;
        };
        while self
            .item_stack
            .last()
            .is_some_and(|&i| i >= self.stack.len())
        {
            self.item_stack.pop();
        }
        let end = self.vt.len();
        let name = o.name.as_str();
        if matches!(name, "svg" | "math") {
            self.foreign_depth = self.foreign_depth.saturating_sub(1);
        }
        if matches!(name, "article" | "main") {
            self.article_depth = self.article_depth.saturating_sub(1);
        }
        if name == "a"
            && let Some(ai) = self.current_anchor.take()
        {
            self.anchors[ai].end = end;
            if let Some(li) = self.anchors[ai].link {
                let mut text = collapse(&self.vt[self.anchors[ai].start..end]);
                if text.is_empty() {
                    text = self.anchor_img_text.take().unwrap_or_default();
                }
                self.links[li].link.text = text;
            }
        }
        if name == "option"
            && let Some((li, start)) = self.current_option.take()
        {
            self.links[li].link.text = collapse(&self.vt[start..end]);
        }
        if name == "select" {
            self.in_link_menu = false;
        }
        if let Some(kind) = o.cut {
            self.cuts.push((o.start, end, kind));
        }
        if o.crumb {
            self.crumb_ranges.push((o.start, end));
        }
        if o.block {
            self.blocks.push((o.start, end));
        }
        let has_link = self.anchors.len() > o.anchors_at_open;
        // A child of a row/list item becomes one of its cells.
        if let Some(parent) = self.stack.last_mut()
            && let Some(is_row) = parent.item
        {
            let cell_elem = if is_row {
                matches!(name, "td" | "th")
            } else {
                name != "br"
            };
            if cell_elem {
                let text = collapse(&self.vt[o.start..end]);
                if is_row || !text.is_empty() {
                    let label_like = (o.label_like || text.ends_with('：') || text.ends_with(':'))
                        && !has_link
                        && text.chars().count() <= 30
                        && !text.is_empty();
                    parent.cells.push(Cell { text, label_like });
                }
            }
        }
        match name {
            "dt" => self.last_dt = Some(collapse(&self.vt[o.start..end])),
            "dd" => {
                if let Some(label) = self.last_dt.take() {
                    let value = collapse(&self.vt[o.start..end]);
                    self.dl_fields.push((o.start, label, value));
                }
            }
            "dl" => self.last_dt = None,
            _ => {}
        }
        if let Some(is_row) = o.item
            && !o.has_nested_item
        {
            let first_anchor =
                (o.anchors_at_open < self.anchors.len()).then_some(o.anchors_at_open);
            self.items.push(Item {
                start: o.start,
                end,
                is_row,
                loose: false,
                cells: o.cells,
                first_anchor,
            });
        } else if matches!(
            name,
            "div" | "p" | "dl" | "dt" | "section" | "h3" | "h4" | "h5"
        ) && self.anchors.len() == o.anchors_at_open + 1
            && self.items.len() == o.items_at_open
            && end - o.start <= 600
            && self.item_stack.is_empty()
        {
            // Only blocks that hold a date; the innermost one wins since
            // children close first (an ancestor then holds an item).
            let item = Item {
                start: o.start,
                end,
                is_row: false,
                loose: true,
                cells: Vec::new(),
                first_anchor: Some(o.anchors_at_open),
            };
            let a = &self.anchors[o.anchors_at_open];
            if crate::extract::item_date(&self.vt, &item, a.start, a.end).is_some() {
                self.items.push(item);
            }
        }
        if o.block {
            self.newline();
        }
    }
}

/// Concatenated text children of an element (raw, for script/title).
fn child_text(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for c in node.children() {
        if let Node::Text(t) = c.value() {
            s.push_str(t);
        }
    }
    s
}

/// An href as a browser reads it: without surrounding whitespace or BOM.
fn trim_href(href: &str) -> &str {
    href.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// Whether a `<select>`'s `onchange` navigates to the chosen value
/// (`window.open(…)`, `location.href = …`).
fn opens_value(onchange: &str) -> bool {
    let js = onchange.to_ascii_lowercase();
    js.contains("open(") || js.contains("location")
}

/// Whether an `<option value>` is a link: an absolute http(s) URL in any
/// select (no form sends one as a value), or a root-relative path in a
/// select that opens its value. Other values (`0`, `2024`, `请选择`) are
/// form choices, never links.
fn is_menu_link(value: &str, in_link_menu: bool) -> bool {
    let starts = |p: &str| {
        value
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    starts("http://") || starts("https://") || (in_link_menu && value.starts_with('/'))
}

/// Whether an href names no page to fetch or check: empty, a fragment of
/// the same page, or a `mailto:`, `tel:`, `javascript:`, `data:`,
/// `about:`, `vbscript:` or `sms:` link.
pub fn is_skipped_href(href: &str) -> bool {
    let h = href.trim();
    if h.is_empty() || h.starts_with('#') {
        return true;
    }
    let lower: String = h.chars().take(12).collect::<String>().to_ascii_lowercase();
    [
        "mailto:",
        "tel:",
        "javascript:",
        "data:",
        "about:",
        "vbscript:",
        "sms:",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}
