//! Columns (栏目): dated items, list pages with pagination, article pages.

use crate::layout::{DateFmt, Head, SiteInfo, Style, esc_attr, fmt_date, page};
use crate::site::{SiteMap, as_of};
use crate::text;
use chrono::{Datelike, NaiveDate};

/// One published item.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub date: NaiveDate,
    pub title: String,
    /// Article path on the portal.
    pub path: String,
    /// Article body HTML.
    pub body: String,
    /// Time of day printed after the date on the article page.
    pub time: &'static str,
    /// Link target when the item points elsewhere (an attachment, a page of
    /// another column); no article page is generated then.
    pub link: Option<String>,
}

/// How a column presents itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Shape {
    /// A list of dated items.
    List,
    /// A single content page (e.g. 政府信息公开指南), `intro` is its text.
    Single,
    /// An empty list saying 暂无信息 (空白栏目).
    Blank,
}

#[derive(Clone, Debug)]
pub(crate) struct Column {
    /// The name the portal uses (may be a real-world variant).
    pub name: &'static str,
    pub path: String,
    pub column_type: &'static str,
    pub items: Vec<Item>,
    pub per_page: usize,
    pub date_fmt: DateFmt,
    pub shape: Shape,
    pub intro: String,
    /// Breadcrumb above this column: (href, text), excluding the column itself.
    pub parents: Vec<(String, String)>,
    /// Extra `<head>` markup on the column's list pages (page-generation
    /// metas that must not count as content dates).
    pub head_extra: String,
}

impl Column {
    pub fn new(name: &'static str, path: impl Into<String>, column_type: &'static str) -> Column {
        Column {
            name,
            path: path.into(),
            column_type,
            items: Vec::new(),
            per_page: 10,
            date_fmt: DateFmt::Dash,
            shape: Shape::List,
            intro: String::new(),
            parents: Vec::new(),
            head_extra: String::new(),
        }
    }

    /// Items published by the as-of date of month `m`, newest first.
    pub fn visible(&self, m: usize) -> Vec<&Item> {
        let limit = as_of(m);
        let mut v: Vec<&Item> = self.items.iter().filter(|i| i.date <= limit).collect();
        v.sort_by(|a, b| b.date.cmp(&a.date).then(b.path.cmp(&a.path)));
        v
    }

    pub fn href(&self, item: &Item) -> String {
        item.link.clone().unwrap_or_else(|| item.path.clone())
    }
}

/// Generates `n` items for a column going back from `newest` every
/// `every` days; `id0` makes article ids unique across the portal.
#[allow(clippy::too_many_arguments)]
pub(crate) fn timeline(
    site: &SiteInfo,
    col_path: &str,
    hanweb_col: u32,
    topic: text::Topic,
    org: &str,
    newest: NaiveDate,
    every: i64,
    n: u64,
    id0: u64,
) -> Vec<Item> {
    (0..n)
        .map(|k| {
            let date = newest - chrono::Duration::days(every * k as i64);
            let id = id0 + k;
            item(
                site,
                col_path,
                hanweb_col,
                if topic == text::Topic::Finance {
                    text::finance_title(org, date.year(), id)
                } else {
                    text::title(topic, org, id)
                },
                date,
                id,
            )
        })
        .collect()
}

/// One item with a generated body.
pub(crate) fn item(
    site: &SiteInfo,
    col_path: &str,
    hanweb_col: u32,
    title: String,
    date: NaiveDate,
    id: u64,
) -> Item {
    let path = match site.style {
        Style::Trs => crate::layout::trs_article_path(col_path, date, id),
        Style::Hanweb => crate::layout::hanweb_article_path(hanweb_col, date, id),
    };
    let times = ["09:30", "10:15", "11:02", "15:20", "16:45", "08:50"];
    Item {
        date,
        title,
        path,
        body: text::body(id),
        time: times[(id % times.len() as u64) as usize],
        link: None,
    }
}

fn crumbs(site: &SiteInfo, col: &Column) -> Vec<(String, String)> {
    let _ = site;
    let mut c = vec![("/".to_string(), "首页".to_string())];
    c.extend(col.parents.iter().cloned());
    c.push((col.path.clone(), col.name.to_string()));
    c
}

/// The side menu of a column page: its sibling columns.
pub(crate) fn side_menu(siblings: &[(String, String)], current: &str) -> String {
    let mut h = String::from(
        "<div class=\"left_menu\"><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n",
    );
    for (href, text) in siblings {
        let cls = if text == current { "lmmc on" } else { "lmmc" };
        h.push_str(&format!(
            "<tr><td height=\"25\" align=\"left\"><a href=\"{href}\" target=\"_parent\" class=\"{cls}\">{text}</a></td></tr>\n"
        ));
    }
    h.push_str("</table></div>\n");
    h
}

fn list_rows(site: &SiteInfo, col: &Column, items: &[&Item]) -> String {
    let mut h = String::new();
    match site.style {
        Style::Trs => {
            h.push_str("<TABLE width=\"97%\" border=0 align=\"center\" cellPadding=1 cellSpacing=1 class=\"list\">\n<TBODY>\n");
            for (k, it) in items.iter().enumerate() {
                if k > 0 && k % 5 == 0 {
                    h.push_str(
                        "<TR height=1>\n<TD colspan=2 class=\"GroupBlankLine\"></TD>\n</TR>\n",
                    );
                }
                let href = rel_href(&col.path, &col.href(it));
                h.push_str(&format!(
                    "<TR>\n<TD height=25 align=\"left\"><IMG src=\"/images/dot.gif\" width=4 height=6 />&nbsp;<A href=\"{href}\" title=\"{}\" target=\"_blank\">{}</A></TD>\n<TD width=\"80\" align=\"right\">{}</TD>\n</TR>\n",
                    esc_attr(&it.title),
                    it.title,
                    fmt_date(it.date, col.date_fmt)
                ));
            }
            h.push_str("</TBODY>\n</TABLE>\n");
        }
        Style::Hanweb => {
            h.push_str("<div class=\"default_pgContainer\"><ul class=\"list\">\n");
            for it in items {
                h.push_str(&format!(
                    "<li><a href=\"{}\" title=\"{}\" target=\"_blank\">{}</a><span class=\"bt_time\">{}</span></li>\n",
                    col.href(it),
                    esc_attr(&it.title),
                    it.title,
                    fmt_date(it.date, col.date_fmt)
                ));
            }
            h.push_str("</ul></div>\n");
        }
    }
    h
}

/// TRS lists link articles relative to the list page (`./202403/t….html`).
fn rel_href(col_path: &str, target: &str) -> String {
    match target.strip_prefix(col_path) {
        Some(rest) if col_path.ends_with('/') && !rest.contains('?') => format!("./{rest}"),
        _ => target.to_string(),
    }
}

/// Renders a column's list pages (and its articles) for month `m`.
/// `menu` is the side menu HTML shown on every list page.
pub(crate) fn render(site: &SiteInfo, col: &Column, m: usize, menu: &str, map: &mut SiteMap) {
    let head = Head {
        title: format!("{} - {}", col.name, site.name),
        column: Some((col.name.to_string(), col.column_type.to_string())),
        extra: col.head_extra.clone(),
        ..Head::default()
    };
    let crumbs = crumbs(site, col);
    let title_bar = format!(
        "<div class=\"lm_title\"><span class=\"cjfw\">{}</span></div>\n",
        col.name
    );
    match col.shape {
        Shape::Single => {
            let main = format!(
                "<div class=\"main\">{menu}<div class=\"right\">{title_bar}<div class=\"content\">{}</div></div></div>\n",
                col.intro
            );
            site.add(map, &col.path, page(site, &head, &crumbs, &main));
        }
        Shape::Blank => {
            let main = format!(
                "<div class=\"main\">{menu}<div class=\"right\">{title_bar}<div class=\"list\"><p class=\"nodata\" style=\"text-align:center\">暂无信息</p></div></div></div>\n"
            );
            site.add(map, &col.path, page(site, &head, &crumbs, &main));
        }
        Shape::List => {
            let items = col.visible(m);
            let per = col.per_page.max(1);
            let pages = items.len().div_ceil(per).max(1);
            for p in 0..pages {
                let chunk: Vec<&Item> = items.iter().skip(p * per).take(per).copied().collect();
                let mut main = format!(
                    "<div class=\"main\">{menu}<div class=\"right\">{title_bar}{}{}",
                    col.intro,
                    list_rows(site, col, &chunk)
                );
                match site.style {
                    Style::Trs => main.push_str(&crate::layout::create_page_html(pages, p)),
                    Style::Hanweb => {
                        if pages > 1 {
                            main.push_str("<div class=\"pages\">");
                            if p > 0 {
                                let prev = if p == 1 {
                                    "index.html".to_string()
                                } else {
                                    format!("index_{p}.html")
                                };
                                main.push_str(&format!("<a href=\"{prev}\">上一页</a> "));
                            }
                            main.push_str(&format!("第{}页/共{}页 ", p + 1, pages));
                            if p + 1 < pages {
                                main.push_str(&format!(
                                    "<a href=\"index_{}.html\">下一页</a>",
                                    p + 2
                                ));
                            }
                            main.push_str("</div>\n");
                        }
                    }
                }
                main.push_str("</div></div>\n");
                let path = if p == 0 {
                    col.path.clone()
                } else {
                    match site.style {
                        // TRS pages are 0-based (index_1 = page 2), Hanweb 1-based.
                        Style::Trs => format!("{}index_{p}.html", col.path),
                        Style::Hanweb => format!("{}index_{}.html", col.path, p + 1),
                    }
                };
                site.add(map, &path, page(site, &head, &crumbs, &main));
            }
            for it in &items {
                if it.link.is_none() {
                    site.add(map, &it.path, article(site, col, it));
                }
            }
        }
    }
}

/// An article page with its 发布时间.
pub(crate) fn article(site: &SiteInfo, col: &Column, it: &Item) -> String {
    let pubdate = format!("{} {}", it.date.format("%Y-%m-%d"), it.time);
    let head = Head {
        title: format!("{}_{}", it.title, site.name),
        column: Some((col.name.to_string(), col.column_type.to_string())),
        article: Some((it.title.clone(), pubdate.clone(), site.sponsor.to_string())),
        ..Head::default()
    };
    let c = crumbs(site, col);
    let info = match site.style {
        Style::Trs => format!(
            "<div class=\"pubDate\">发布时间：{pubdate}　来源：{}　<a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a></div>",
            site.sponsor
        ),
        Style::Hanweb => format!(
            "<div class=\"info\"><span>发布日期：{}</span> <span>信息来源：{}</span> <span>浏览次数：<script>document.write(\"128\")</script></span></div>",
            it.date.format("%Y-%m-%d"),
            site.sponsor
        ),
    };
    let main = format!(
        "<div class=\"article\">\n<h1 class=\"title\">{}</h1>\n{info}\n<div class=\"TRS_Editor\" id=\"zoom\">\n{}</div>\n</div>\n",
        it.title, it.body
    );
    page(site, &head, &c, &main)
}

/// A homepage block: heading, "更多" link and the newest `n` items.
pub(crate) fn block(col: &Column, m: usize, n: usize, heading: &str) -> String {
    let mut h = format!(
        "<div class=\"block\"><div class=\"hd\"><h3>{heading}</h3><a href=\"{}\" class=\"more\">更多&gt;&gt;</a></div>\n<ul>\n",
        col.path
    );
    for it in col.visible(m).into_iter().take(n) {
        h.push_str(&format!(
            "<li><a href=\"{}\" title=\"{}\" target=\"_blank\">{}</a><span class=\"time\">{}</span></li>\n",
            col.href(it),
            esc_attr(&it.title),
            it.title,
            fmt_date(it.date, col.date_fmt)
        ));
    }
    h.push_str("</ul></div>\n");
    h
}
