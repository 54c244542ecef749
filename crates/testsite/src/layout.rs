//! Page chrome in the styles of the two CMSs most county portals run on:
//! TRS WCM (table layout, `您的当前位置`, `createPageHTML` pagination) and
//! Hanweb JCMS (div layout, `/col/colNNN/`, `/art/Y/M/D/art_*.html`).
//! Every page carries the 网页设计规范 meta labels and a footer with the
//! 网站标识码, ICP and 公网安备 numbers and a copyright line.

use crate::server::Resp;
use crate::site::SiteMap;
use chrono::{Datelike, NaiveDate};

/// The CMS look of a portal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Style {
    Trs,
    Hanweb,
}

/// How list pages print dates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DateFmt {
    /// `2024-03-12`
    Dash,
    /// `[03-12]`: year implied by the as-of date.
    Implied,
    /// `2024年03月12日`
    Chinese,
    /// `2024/03/12`
    Slash,
}

pub(crate) fn fmt_date(d: NaiveDate, f: DateFmt) -> String {
    match f {
        DateFmt::Dash => d.format("%Y-%m-%d").to_string(),
        DateFmt::Implied => d.format("[%m-%d]").to_string(),
        DateFmt::Chinese => d.format("%Y年%m月%d日").to_string(),
        DateFmt::Slash => d.format("%Y/%m/%d").to_string(),
    }
}

/// Site-wide identity and chrome.
#[derive(Clone, Debug)]
pub(crate) struct SiteInfo {
    pub name: &'static str,
    pub code: &'static str,
    pub domain: &'static str,
    pub sponsor: &'static str,
    pub undertaker: &'static str,
    pub icp: &'static str,
    pub gongan: &'static str,
    pub copyright: &'static str,
    pub phone: &'static str,
    pub style: Style,
    pub gbk: bool,
    /// Top navigation: (href, text).
    pub nav: Vec<(String, String)>,
    /// Extra links in the footer's first line, after the standard ones.
    pub footer_links: Vec<(String, String)>,
    /// Extra raw HTML in the footer (e.g. a link to the county portal).
    pub footer_extra: String,
}

impl SiteInfo {
    pub fn charset(&self) -> &'static str {
        if self.gbk { "gbk" } else { "utf-8" }
    }

    /// Wraps HTML as a response in the site's encoding.
    pub fn resp(&self, status: u16, html: String) -> Resp {
        if self.gbk {
            Resp::html_gbk(status, &html)
        } else {
            Resp::html(status, html)
        }
    }

    pub fn add(&self, map: &mut SiteMap, path: &str, html: String) {
        map.add(path, self.resp(200, html));
    }
}

/// What a page says about itself in `<meta>`.
#[derive(Default, Clone, Debug)]
pub(crate) struct Head {
    pub title: String,
    /// (ColumnName, ColumnType)
    pub column: Option<(String, String)>,
    /// (ArticleTitle, PubDate "YYYY-MM-DD HH:MM", ContentSource)
    pub article: Option<(String, String, String)>,
    /// Raw extra `<head>` markup.
    pub extra: String,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub(crate) fn esc_attr(s: &str) -> String {
    esc(s)
}

/// Renders a whole page.
pub(crate) fn page(
    site: &SiteInfo,
    head: &Head,
    crumbs: &[(String, String)],
    main: &str,
) -> String {
    let mut h = String::with_capacity(8192);
    let charset = site.charset();
    match site.style {
        Style::Trs => h.push_str("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"),
        Style::Hanweb => h.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"),
    }
    h.push_str("<head>\n");
    h.push_str(&format!(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\" />\n"
    ));
    h.push_str(&format!(
        "<meta name=\"SiteName\" content=\"{}\">\n<meta name=\"SiteDomain\" content=\"{}\">\n<meta name=\"SiteIDCode\" content=\"{}\">\n",
        site.name, site.domain, site.code
    ));
    if let Some((name, ty)) = &head.column {
        h.push_str(&format!(
            "<meta name=\"ColumnName\" content=\"{0}\">\n<meta name=\"ColumnDescription\" content=\"{0}\">\n<meta name=\"ColumnKeywords\" content=\"{0}\">\n<meta name=\"ColumnType\" content=\"{1}\">\n",
            esc(name),
            esc(ty)
        ));
    }
    if let Some((title, pubdate, source)) = &head.article {
        h.push_str(&format!(
            "<meta name=\"ArticleTitle\" content=\"{}\">\n<meta name=\"PubDate\" content=\"{}\">\n<meta name=\"ContentSource\" content=\"{}\">\n<meta name=\"Keywords\" content=\"\">\n<meta name=\"Description\" content=\"\">\n",
            esc(title),
            pubdate,
            esc(source)
        ));
    }
    h.push_str(&head.extra);
    h.push_str(&format!("<title>{}</title>\n", esc(&head.title)));
    match site.style {
        Style::Trs => h.push_str(
            "<link href=\"/images/style.css\" type=\"text/css\" rel=\"stylesheet\" />\n<script src=\"/images/common.js\"></script>\n",
        ),
        Style::Hanweb => h.push_str(
            "<link rel=\"stylesheet\" href=\"/module/web/css/common.css\">\n<script src=\"/module/web/js/jquery.min.js\"></script>\n",
        ),
    }
    h.push_str("</head>\n<body>\n");
    header(site, &mut h);
    if !crumbs.is_empty() {
        match site.style {
            Style::Trs => {
                h.push_str("<table width=\"1004\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"wz\"><tr><td height=\"30\" width=\"95\" align=\"center\" style=\"color:#7c7c7c\">您的当前位置</td><td align=\"left\">");
                let mut first = true;
                for (href, text) in crumbs {
                    if !first {
                        h.push_str("&nbsp;&gt;&gt;&nbsp;");
                    }
                    first = false;
                    h.push_str(&format!(
                        "<a href=\"{href}\" title=\"{t}\" class=\"CurrChnlCls\">{t}</a>",
                        t = esc(text)
                    ));
                }
                h.push_str("</td></tr></table>\n");
            }
            Style::Hanweb => {
                h.push_str("<div class=\"position\">您当前所在位置：");
                let n = crumbs.len();
                for (k, (href, text)) in crumbs.iter().enumerate() {
                    if k + 1 == n {
                        h.push_str(&format!("<span>{}</span>", esc(text)));
                    } else {
                        h.push_str(&format!("<a href=\"{href}\">{}</a> &gt; ", esc(text)));
                    }
                }
                h.push_str("</div>\n");
            }
        }
    }
    h.push_str(main);
    footer(site, &mut h);
    h.push_str("</body>\n</html>\n");
    h
}

fn header(site: &SiteInfo, h: &mut String) {
    match site.style {
        Style::Trs => {
            h.push_str("<table width=\"1004\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n<tr><td height=\"30\" class=\"top\"><a href=\"javascript:void(0)\" onclick=\"SetHome(this)\" class=\"she\">设为首页</a> <a href=\"javascript:void(0)\" onclick=\"AddFavorite()\" class=\"she\">收藏本站</a></td></tr>\n");
            h.push_str(&format!(
                "<tr><td><img src=\"/images/top_banner.jpg\" width=\"1004\" height=\"180\" alt=\"{}\" /></td></tr>\n",
                site.name
            ));
            h.push_str("<tr><td height=\"40\" class=\"nav\"><table border=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr align=\"center\">\n");
            for (href, text) in &site.nav {
                h.push_str(&format!(
                    "<td width=\"130\"><a href=\"{href}\" class=\"dh\">{}</a></td>\n",
                    esc(text)
                ));
            }
            h.push_str("</tr></table></td></tr>\n</table>\n");
        }
        Style::Hanweb => {
            h.push_str(&format!(
                "<div class=\"header\"><div class=\"logo\"><a href=\"/\"><img src=\"/picture/0/logo.png\" alt=\"{}\"></a></div>\n<div class=\"search\"><form action=\"/module/search/index.jsp\" method=\"get\"><input type=\"text\" name=\"keyword\"><input type=\"submit\" value=\"搜索\"></form></div></div>\n",
                site.name
            ));
            h.push_str("<div class=\"nav\"><ul>\n");
            for (href, text) in &site.nav {
                h.push_str(&format!("<li><a href=\"{href}\">{}</a></li>\n", esc(text)));
            }
            h.push_str("</ul></div>\n");
        }
    }
}

fn footer(site: &SiteInfo, h: &mut String) {
    h.push_str("<div class=\"footer\" id=\"footer\">\n<p class=\"flinks\">");
    let mut links: Vec<(String, String)> = vec![
        ("/lxwm/".into(), "联系我们".into()),
        ("/wzdt/".into(), "网站地图".into()),
    ];
    links.extend(site.footer_links.iter().cloned());
    let parts: Vec<String> = links
        .iter()
        .map(|(href, text)| format!("<a href=\"{href}\">{}</a>", esc(text)))
        .collect();
    h.push_str(&parts.join(" | "));
    h.push_str("</p>\n");
    h.push_str(&format!(
        "<p>主办：{}　承办：{}　联系电话：{}</p>\n",
        site.sponsor, site.undertaker, site.phone
    ));
    h.push_str(&format!(
        "<p>网站标识码：{}　<span>{}</span>　<img src=\"/images/gaba.png\" alt=\"\" width=\"14\" height=\"14\" /> {}</p>\n",
        site.code, site.icp, site.gongan
    ));
    h.push_str(&format!("<p>{}</p>\n", site.copyright));
    h.push_str(&site.footer_extra);
    h.push_str("</div>\n");
}

/// The shared assets every page of a style references.
pub(crate) fn add_assets(site: &SiteInfo, map: &mut SiteMap) {
    use crate::site::{css, image, js};
    let style = "body{margin:0;font:12px/1.8 \"Microsoft YaHei\",SimSun;}\n.footer{text-align:center;color:#666;border-top:2px solid #b30000;}\n.list li{list-style:none;}\n.time,.bt_time{float:right;color:#999;}\n";
    match site.style {
        Style::Trs => {
            map.add("/images/style.css", css(style));
            map.add(
                "/images/common.js",
                js("function SetHome(o){}\nfunction AddFavorite(){}\n"),
            );
            map.add("/images/top_banner.jpg", image());
            map.add("/images/dot.gif", image());
        }
        Style::Hanweb => {
            map.add("/module/web/css/common.css", css(style));
            map.add(
                "/module/web/js/jquery.min.js",
                js("/*! jQuery stub for the sample portal */\nwindow.jQuery=window.$=function(){return{};};\n"),
            );
            map.add("/picture/0/logo.png", image());
        }
    }
    map.add("/images/gaba.png", image());
    map.add("/favicon.ico", image());
}

/// TRS article path: `<col>YYYYMM/tYYYYMMDD_<id>.html`.
pub(crate) fn trs_article_path(col_path: &str, d: NaiveDate, id: u64) -> String {
    format!(
        "{col_path}{}/t{}_{id}.html",
        d.format("%Y%m"),
        d.format("%Y%m%d")
    )
}

/// Hanweb article path: `/art/Y/M/D/art_<col>_<id>.html`.
pub(crate) fn hanweb_article_path(col_id: u32, d: NaiveDate, id: u64) -> String {
    format!(
        "/art/{}/{}/{}/art_{col_id}_{id}.html",
        d.year(),
        d.month(),
        d.day()
    )
}

/// The TRS pagination script, as the CMS inlines it on every list page.
pub(crate) fn create_page_html(count: usize, current: usize) -> String {
    format!(
        r#"<div class="page"><script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){{
  if(_nPageCount == null || _nPageCount<=1){{ return; }}
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("首页&nbsp;上一页&nbsp;");
  else {{
    document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a>&nbsp;");
    if(nCurrIndex == 1) document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">上一页</a>&nbsp;");
    else document.write("<a href=\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\">上一页</a>&nbsp;");
  }}
  if(nCurrIndex == (_nPageCount-1)) document.write("下一页&nbsp;尾页");
  else document.write("<a href=\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\">下一页</a>&nbsp;<a href=\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\">尾页</a>");
}}
createPageHTML({count}, {current}, "index", "html");
</script></div>
"#
    )
}
