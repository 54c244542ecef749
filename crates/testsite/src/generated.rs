//! A large synthetic portal for the crawl and parse benchmarks: homepage →
//! columns → paginated lists → articles, about 20 links a page, some
//! images, all deterministic and computed on request (no table in memory,
//! so a 100 000-page site costs nothing to serve).

use crate::server::{Handler, Resp, Server};
use crate::site::{GIF, ymd};
use crate::text;
use std::sync::Arc;

const PER_LIST: usize = 20;
const MAX_COLUMNS: usize = 10;

const COLUMN_NAMES: [&str; MAX_COLUMNS] = [
    "工作动态",
    "通知公告",
    "政策文件",
    "政策解读",
    "人事信息",
    "规划计划",
    "财政预决算",
    "部门动态",
    "乡镇动态",
    "公示公告",
];

/// The page layout for a site of `pages` pages: `lists` list pages and
/// `pages - 1 - lists` articles.
#[derive(Clone, Copy, Debug)]
struct Shape {
    pages: usize,
    lists: usize,
    columns: usize,
}

impl Shape {
    fn new(pages: usize) -> Shape {
        let pages = pages.max(2);
        let lists = (pages - 1).div_ceil(PER_LIST + 1).max(1);
        Shape {
            pages,
            lists,
            columns: lists.min(MAX_COLUMNS),
        }
    }

    fn articles(&self) -> usize {
        self.pages - 1 - self.lists
    }

    /// Path of list page `j` (column `j % columns`, page `j / columns`).
    fn list_path(&self, j: usize) -> String {
        let (c, k) = (j % self.columns, j / self.columns);
        if k == 0 {
            format!("/col{c}/")
        } else {
            format!("/col{c}/index_{k}.html")
        }
    }

    fn lists_of_column(&self, c: usize) -> usize {
        (self.lists - c).div_ceil(self.columns)
    }

    fn article_path(&self, a: usize) -> String {
        let j = self.list_of_article(a);
        let d = ymd(2024, 3, 30) - chrono::Duration::days((a % 700) as i64);
        format!(
            "/col{}/{}/t{}_{a}.html",
            j % self.columns,
            d.format("%Y%m"),
            d.format("%Y%m%d")
        )
    }

    /// The articles listed on list page `j` (the last list takes the rest).
    fn articles_of_list(&self, j: usize) -> std::ops::Range<usize> {
        let start = (j * PER_LIST).min(self.articles());
        let end = if j + 1 == self.lists {
            self.articles()
        } else {
            ((j + 1) * PER_LIST).min(self.articles())
        };
        start..end
    }

    fn list_of_article(&self, a: usize) -> usize {
        (a / PER_LIST).min(self.lists - 1)
    }

    /// Every page path, homepage first.
    fn paths(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once("/".to_string())
            .chain((0..self.lists).map(|j| self.list_path(j)))
            .chain((0..self.articles()).map(|a| self.article_path(a)))
    }

    fn nav(&self) -> String {
        let mut h = String::from("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li>\n");
        for (c, name) in COLUMN_NAMES.iter().enumerate().take(self.columns) {
            h.push_str(&format!("<li><a href=\"/col{c}/\">{name}</a></li>\n"));
        }
        h.push_str("</ul></div>\n");
        h
    }

    fn wrap(&self, title: &str, main: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"SiteName\" content=\"样例生成站点\"><meta name=\"SiteIDCode\" content=\"3609990099\"><title>{title}</title><link rel=\"stylesheet\" href=\"/css/main.css\"></head>\n<body>\n<div class=\"header\"><img src=\"/images/logo.gif\" alt=\"样例生成站点\"></div>\n{}{main}<div class=\"footer\"><p>网站标识码：3609990099　赣ICP备05099999号</p><p>版权所有 © 2024</p></div>\n</body></html>\n",
            self.nav()
        )
    }

    fn homepage(&self) -> String {
        let mut main = String::from("<div class=\"index\">\n");
        for (c, name) in COLUMN_NAMES.iter().enumerate().take(self.columns) {
            main.push_str(&format!(
                "<div class=\"block\"><h3><a href=\"/col{c}/\">{name}</a></h3><ul>\n"
            ));
            for a in self.articles_of_list(c).take(2) {
                main.push_str(&self.article_li(a));
            }
            main.push_str("</ul></div>\n");
        }
        main.push_str("</div>\n");
        self.wrap("样例生成站点", &main)
    }

    fn article_li(&self, a: usize) -> String {
        let d = ymd(2024, 3, 30) - chrono::Duration::days((a % 700) as i64);
        format!(
            "<li><a href=\"{}\">{}</a><span class=\"time\">{}</span></li>\n",
            self.article_path(a),
            text::title(text::Topic::News, "", a as u64),
            d.format("%Y-%m-%d")
        )
    }

    fn list(&self, j: usize) -> String {
        let (c, k) = (j % self.columns, j / self.columns);
        let mut main = format!("<div class=\"list\"><h2>{}</h2><ul>\n", COLUMN_NAMES[c]);
        for a in self.articles_of_list(j) {
            main.push_str(&self.article_li(a));
        }
        main.push_str("</ul>\n");
        let n = self.lists_of_column(c);
        main.push_str(&format!(
            "<script>createPageHTML({n}, {k}, \"index\", \"html\");</script>\n<div class=\"pages\">"
        ));
        if k > 0 {
            main.push_str(&format!(
                "<a href=\"{}\">上一页</a> ",
                self.list_path(j - self.columns)
            ));
        }
        if k + 1 < n {
            main.push_str(&format!(
                "<a href=\"{}\">下一页</a>",
                self.list_path(j + self.columns)
            ));
        }
        main.push_str("</div></div>\n");
        self.wrap(COLUMN_NAMES[c], &main)
    }

    fn article(&self, a: usize) -> String {
        let d = ymd(2024, 3, 30) - chrono::Duration::days((a % 700) as i64);
        let title = text::title(text::Topic::News, "", a as u64);
        let img = if a.is_multiple_of(4) {
            format!(
                "<p><img src=\"/images/p{}.gif\" alt=\"图片\"></p>\n",
                a % 50
            )
        } else {
            String::new()
        };
        let j = self.list_of_article(a);
        let main = format!(
            "<div class=\"article\"><div class=\"crumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; <a href=\"{}\">{}</a></div><h1>{title}</h1><div class=\"pubDate\">发布时间：{} 09:30</div>\n{img}{}<p>相关阅读：{}</p></div>\n",
            self.list_path(j % self.columns),
            COLUMN_NAMES[j % self.columns],
            d.format("%Y-%m-%d"),
            text::body(a as u64),
            (1..4)
                .map(|o| {
                    let b = (a + o * 7) % self.articles().max(1);
                    format!(
                        "<a href=\"{}\">{}</a>",
                        self.article_path(b),
                        text::title(text::Topic::News, "", b as u64)
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        );
        self.wrap(&title, &main)
    }

    /// The page at `path`, if the site has one.
    fn page(&self, path: &str) -> Option<Vec<u8>> {
        if path == "/" || path == "/index.html" {
            return Some(self.homepage().into_bytes());
        }
        let rest = path.strip_prefix("/col")?;
        let (c, tail) = rest.split_once('/')?;
        let c: usize = c.parse().ok()?;
        if c >= self.columns {
            return None;
        }
        if tail.is_empty() || tail == "index.html" {
            return Some(self.list(c).into_bytes());
        }
        if let Some(k) = tail
            .strip_prefix("index_")
            .and_then(|t| t.strip_suffix(".html"))
        {
            let k: usize = k.parse().ok()?;
            let j = k * self.columns + c;
            return (k > 0 && j < self.lists).then(|| self.list(j).into_bytes());
        }
        let a: usize = tail
            .rsplit_once('_')?
            .1
            .strip_suffix(".html")?
            .parse()
            .ok()?;
        (a < self.articles() && self.article_path(a) == path).then(|| self.article(a).into_bytes())
    }

    fn respond(&self, path: &str) -> Resp {
        let path = path.split('?').next().unwrap_or(path);
        if let Some(body) = self.page(path) {
            return Resp::new(200, "text/html; charset=utf-8", body);
        }
        if path == "/css/main.css" {
            return Resp::new(200, "text/css", "body{font:14px sans-serif}\n");
        }
        if path == "/robots.txt" {
            return Resp::new(200, "text/plain", "User-agent: *\nAllow: /\n");
        }
        if path == "/images/logo.gif" || (path.starts_with("/images/p") && path.ends_with(".gif")) {
            return Resp::new(200, "image/gif", GIF);
        }
        Resp::html(
            404,
            "<html><head><title>404</title></head><body>页面不存在</body></html>".into(),
        )
    }
}

/// A running generated site. Dropping it stops the server.
pub struct GeneratedSite {
    /// Homepage URL, `http://127.0.0.1:PORT/`.
    pub url: String,
    /// Number of HTML pages (homepage, list pages and articles).
    pub pages: usize,
    server: Server,
}

impl std::fmt::Debug for GeneratedSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GeneratedSite")
            .field("url", &self.url)
            .field("pages", &self.pages)
            .finish()
    }
}

impl GeneratedSite {
    /// Requests answered so far (only counted, not logged, so that the
    /// server adds nothing to the benchmark's memory).
    pub fn requests_served(&self) -> u64 {
        self.server
            .served
            .load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Serves a generated portal of `pages` HTML pages (at least 2) on
/// 127.0.0.1:0, on the caller's tokio runtime.
pub async fn generated_site(pages: usize) -> std::io::Result<GeneratedSite> {
    let shape = Shape::new(pages);
    let (listener, addr) = Server::bind().await?;
    let handler: Handler = Arc::new(move |_m, target| shape.respond(target));
    let server = Server::serve(listener, handler, false);
    Ok(GeneratedSite {
        url: format!("http://{addr}/"),
        pages: shape.pages,
        server,
    })
}

/// The same pages as [`generated_site`] serves, as (path, HTML bytes), for
/// a parse-only benchmark.
pub fn generated_pages(pages: usize) -> impl Iterator<Item = (String, Vec<u8>)> {
    let shape = Shape::new(pages);
    let paths: Vec<String> = shape.paths().collect();
    paths.into_iter().map(move |p| {
        let body = shape.page(&p).unwrap_or_default();
        (p, body)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_exists_and_counts_match() {
        for n in [2, 3, 22, 100, 1000, 2345] {
            let pages: Vec<_> = generated_pages(n).collect();
            assert_eq!(pages.len(), n.max(2), "n={n}");
            let shape = Shape::new(n);
            for (p, body) in &pages {
                assert!(!body.is_empty(), "{p} of {n}");
                assert_eq!(shape.respond(p).status, 200, "{p}");
            }
            let mut uniq: Vec<&String> = pages.iter().map(|(p, _)| p).collect();
            uniq.sort();
            uniq.dedup();
            assert_eq!(uniq.len(), pages.len());
        }
    }
}
