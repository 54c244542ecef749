//! Expected findings as data, and the page builder the portals share.

use super::server::Resp;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Evidence a finding must carry to count as right.
#[derive(Clone, Debug, PartialEq)]
pub enum Ev {
    None,
    /// `latest_date` (stale_homepage, stale_column, column_due_soon).
    Date(Option<NaiveDate>),
    /// `on_homepage` and `error.class` (broken_link).
    Link {
        home: bool,
        class: &'static str,
    },
    /// `missing_elements`, canonical names, any order.
    Elements(Vec<String>),
    /// `asked_on` (unanswered_message).
    Asked(NaiveDate),
}

#[derive(Clone, Debug)]
pub struct Exp {
    pub kind: &'static str,
    /// The identity we match on: column name for column kinds, URL for
    /// links/guides/messages, `word url` for words, "" for site-level kinds.
    pub key: String,
    pub ev: Ev,
    pub note: &'static str,
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// Collects a portal's routes and expectations.
pub struct B {
    pub base: String,
    pub ext: String,
    pub site: String,
    pub gbk: bool,
    /// Extra footer markup on every page (a template-wide asset).
    pub footer_extra: String,
    pub routes: HashMap<String, Resp>,
    pub exp: Vec<Exp>,
}

impl B {
    pub fn new(base: &str, ext: &str, site: &str, gbk: bool) -> B {
        let mut b = B {
            base: base.into(),
            ext: ext.into(),
            site: site.into(),
            gbk,
            footer_extra: String::new(),
            routes: HashMap::new(),
            exp: vec![],
        };
        b.route(
            "/css/style.css",
            Resp::typed(200, "text/css", b"body{}".to_vec()),
        );
        b.route(
            "/js/jquery.min.js",
            Resp::typed(200, "application/javascript", b";".to_vec()),
        );
        b.route(
            "/images/logo.png",
            Resp::typed(200, "image/png", b"\x89PNG".to_vec()),
        );
        b
    }
    pub fn u(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{}", self.base, path)
        }
    }
    pub fn route(&mut self, path: &str, r: Resp) {
        self.routes.insert(path.to_string(), r);
    }
    pub fn html(&mut self, path: &str, html: String) {
        if self.gbk {
            let (bytes, _, _) = encoding_rs::GBK.encode(&html);
            // Realistic: many GBK sites send no charset in the header.
            self.route(path, Resp::typed(200, "text/html", bytes.into_owned()));
        } else {
            self.route(path, Resp::html(html.into_bytes()));
        }
    }
    pub fn expect(&mut self, kind: &'static str, key: String, ev: Ev, note: &'static str) {
        self.exp.push(Exp {
            kind,
            key,
            ev,
            note,
        });
    }
    pub fn broken(&mut self, target: &str, home: bool, class: &'static str, note: &'static str) {
        let key = self.u(target);
        self.expect("broken_link", key, Ev::Link { home, class }, note);
    }
    pub fn word(&mut self, word: &str, page: &str, note: &'static str) {
        let key = format!("{} {}", word, self.u(page));
        self.expect("sensitive_word", key, Ev::None, note);
    }
    pub fn column(
        &mut self,
        kind: &'static str,
        column: &str,
        date: Option<&str>,
        note: &'static str,
    ) {
        let ev = match kind {
            "stale_column" | "column_due_soon" | "stale_homepage" => Ev::Date(date.map(d)),
            _ => Ev::None,
        };
        self.expect(kind, column.to_string(), ev, note);
    }

    /// A whole page in the portal's house style.
    pub fn doc(&self, title: &str, head: &str, crumbs: &[(&str, &str)], body: &str) -> String {
        let charset = if self.gbk { "gb2312" } else { "utf-8" };
        let mut c = String::from("您当前所在位置：<a href=\"/\">首页</a>");
        for (i, (t, h)) in crumbs.iter().enumerate() {
            if i + 1 == crumbs.len() {
                c.push_str(&format!(" &gt; <span>{t}</span>"));
            } else {
                c.push_str(&format!(" &gt; <a href=\"{h}\">{t}</a>"));
            }
        }
        format!(
            r#"<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}"><meta name="SiteDomain" content="127.0.0.1"><meta name="SiteIDCode" content="3609000011">
{head}
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script></head>
<body><div class="header"><img src="/images/logo.png" alt="{site}"><a href="/">{site}</a></div>
<div class="position">{c}</div>
<div class="main">
{body}
</div>
<div class="footer"><p>主办：{site}　网站标识码：3609000011　<a href="{ext}/ext/jiucuo.html?site_code=3609000011">我为政府网站找错</a></p>
<p>赣ICP备12003456号-1　赣公网安备 36090202000123号　Copyright &copy; 2009-2024 版权所有</p>{fx}</div>
</body></html>"#,
            site = self.site,
            ext = self.ext,
            fx = self.footer_extra,
        )
    }

    /// An article page (发布时间 in the body, PubDate meta).
    pub fn article(
        &mut self,
        path: &str,
        crumbs: &[(&str, &str)],
        title: &str,
        date: &str,
        content: &str,
    ) {
        let head = format!(
            "<meta name=\"ArticleTitle\" content=\"{title}\"><meta name=\"PubDate\" content=\"{date} 09:30\"><meta name=\"ContentSource\" content=\"{}\">",
            self.site
        );
        let body = format!(
            "<div class=\"article\"><h1>{title}</h1><div class=\"info\">发布时间：{date} 09:30　来源：{site}　浏览次数：<span id=\"hits\"></span></div>\n<div class=\"content\">{content}</div></div>",
            site = self.site
        );
        let html = self.doc(title, &head, crumbs, &body);
        self.html(path, html);
    }
}

/// TRS classic table list with createPageHTML.
pub fn trs_list(items: &[(&str, &str, &str)], pages: u32, current: u32) -> String {
    let mut s = String::from("<table class=\"list\" width=\"100%\">\n");
    for (i, (href, title, date)) in items.iter().enumerate() {
        s.push_str(&format!(
            "<tr><td class=\"title\"><img src=\"/images/logo.png\" alt=\"\">&nbsp;<a href=\"{href}\" title=\"{title}\" target=\"_blank\">{title}</a></td><td width=\"80\" align=\"right\">{date}</td></tr>\n"
        ));
        if i % 5 == 4 {
            s.push_str("<tr><td colspan=\"2\" class=\"GroupBlankLine\"></td></tr>\n");
        }
    }
    s.push_str("</table>\n");
    s.push_str(&format!(
        r#"<div class="page"><script language="JavaScript">
var currentPage = {current};//所在页从0开始
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){{
  if(_nPageCount == null || _nPageCount<=1){{ return; }}
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("首页&nbsp;");
  else document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a>&nbsp;");
  for(var i=1;i<_nPageCount;i++){{ document.write("<a href=\""+_sPageName+"_"+i+"."+_sPageExt+"\">"+(i+1)+"</a>&nbsp;"); }}
}}
createPageHTML({pages}, {current}, "index", "html");
</script></div>"#
    ));
    s
}

/// Plain `<li><a>title</a><span class="date">date</span></li>` list.
pub fn li_list(items: &[(&str, &str, &str)], date_class: &str) -> String {
    let mut s = String::from("<ul class=\"list\">\n");
    for (href, title, date) in items {
        s.push_str(&format!(
            "<li><a href=\"{href}\" title=\"{title}\" target=\"_blank\">{title}</a><span class=\"{date_class}\">{date}</span></li>\n"
        ));
    }
    s.push_str("</ul>\n");
    s
}

/// A list of sub-column links with no dates (a parent column).
pub fn nav_list(items: &[(&str, &str)]) -> String {
    let mut s = String::from("<div class=\"sub-columns\"><ul>\n");
    for (href, title) in items {
        s.push_str(&format!(
            "<li class=\"lm\"><a href=\"{href}\">{title}</a></li>\n"
        ));
    }
    s.push_str("</ul></div>\n");
    s
}

/// Message list table: (detail href, title, asked, status, answered).
pub fn msg_table(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut s = String::from(
        "<table class=\"xxlist\"><tr><th>留言标题</th><th>留言时间</th><th>办理状态</th><th>答复时间</th></tr>\n",
    );
    for (href, title, asked, status, answered) in rows {
        s.push_str(&format!(
            "<tr><td><a href=\"{href}\" target=\"_blank\">{title}</a></td><td>{asked}</td><td>{status}</td><td>{answered}</td></tr>\n"
        ));
    }
    s.push_str("</table>\n");
    s
}

/// A message detail page as a field table.
pub fn msg_detail(title: &str, asked: &str, status: &str, answered: &str, reply: &str) -> String {
    format!(
        "<div class=\"xx\"><h1>{title}</h1><table class=\"detail\">\
<tr><th>留言标题</th><td>{title}</td></tr>\
<tr><th>留言时间</th><td>{asked}</td></tr>\
<tr><th>回复状态</th><td>{status}</td></tr>\
<tr><th>答复时间</th><td>{answered}</td></tr>\
<tr><th>答复内容</th><td>{reply}</td></tr></table></div>"
    )
}

/// A 办事指南 table from (element label, value).
pub fn guide_table(rows: &[(&str, &str)]) -> String {
    let mut s = String::from("<table class=\"bszn\" border=\"1\">\n");
    for (k, v) in rows {
        s.push_str(&format!("<tr><th>{k}</th><td>{v}</td></tr>\n"));
    }
    s.push_str("</table>\n");
    s
}
