//! Page builders for the holdout portals: full documents, column lists in the
//! date styles real portals use, article pages, and the expectations as data.

use crate::server::{Route, Routes};

/// How a list item shows its date.
#[derive(Clone, Copy)]
pub enum Style {
    /// `<a>title</a><span>2024-03-05</span>`
    Dash,
    /// `<a>title</a><em>2024年03月05日</em>`
    EmCn,
    /// `<a>title</a>(2024-03-05)` — parentheses, no element
    Paren,
    /// `<i>2024年03月05日</i><a>title</a>` — date first, in `<i>`
    ItalicFirst,
    /// `<span>2024-03-05</span><a title="full">truncated…</a>` — date first, title cut
    BeforeTruncated,
    /// gov.cn table: `<tr><td><a>title</a></td><td>2024年03月05日</td></tr>`
    Table,
}

pub fn cn(date: &str) -> String {
    let p: Vec<&str> = date.split('-').collect();
    format!("{}年{}月{}日", p[0], p[1], p[2])
}

/// Expected finding: kind, identity key, and the evidence the judges check.
#[derive(Clone, Debug)]
pub struct Exp {
    pub portal: &'static str,
    pub kind: &'static str,
    pub key: String,
    pub latest: Option<&'static str>,
    pub home: Option<bool>,
    pub class: Option<&'static str>,
    pub note: &'static str,
}

pub struct Portal {
    pub name: &'static str,
    pub port: u16,
    pub gbk: bool,
    pub routes: Routes,
    pub exp: Vec<Exp>,
    /// Portals that are only crawled through another portal have no own run.
    pub check: Option<(&'static str, &'static str)>,
}

pub const FOOTER: &str = r#"<div class="footer"><p>主办单位：青禾县人民政府办公室 &nbsp; 版权所有 &copy; 2009-2024</p><p>京ICP备05012345号-1 &nbsp; 京公网安备 11010502030405号 &nbsp; 网站标识码：1101230001</p><p>建议使用1024×768分辨率浏览 最后更新：<span id="upd"></span></p></div>"#;

impl Portal {
    pub fn new(name: &'static str, port: u16, gbk: bool) -> Self {
        Portal {
            name,
            port,
            gbk,
            routes: Routes::new(),
            exp: Vec::new(),
            check: None,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }

    pub fn doc(&self, title: &str, head: &str, body: &str) -> String {
        let charset = if self.gbk { "gb2312" } else { "utf-8" };
        format!(
            "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n<title>{title}</title>\n<meta name=\"SiteName\" content=\"{}\">\n{head}\n</head><body>\n<div class=\"header\"><a href=\"/\">首页</a></div>\n{body}\n{FOOTER}\n</body></html>",
            self.name
        )
    }

    fn bytes(&self, html: &str) -> (String, Vec<u8>) {
        if self.gbk {
            // charset only in the meta, not in the HTTP header
            let (b, _, _) = encoding_rs::GBK.encode(html);
            ("text/html".to_string(), b.into_owned())
        } else {
            (
                "text/html; charset=utf-8".to_string(),
                html.as_bytes().to_vec(),
            )
        }
    }

    pub fn raw(&mut self, path: &str, html: String) {
        let (ctype, body) = self.bytes(&html);
        self.routes.insert(
            path.to_string(),
            Route::Page {
                status: 200,
                ctype,
                body,
            },
        );
    }

    pub fn page(&mut self, path: &str, title: &str, head: &str, body: &str) {
        let html = self.doc(title, head, body);
        self.raw(path, html);
    }

    /// Edits a page already built (UTF-8 portals only).
    pub fn patch(&mut self, path: &str, from: &str, to: &str) {
        if let Some(Route::Page { body, .. }) = self.routes.get_mut(path) {
            let text = String::from_utf8_lossy(body).replacen(from, to, 1);
            *body = text.into_bytes();
        }
    }

    pub fn status(&mut self, path: &str, status: u16, ctype: &str, body: &str) {
        self.routes.insert(
            path.to_string(),
            Route::Page {
                status,
                ctype: ctype.to_string(),
                body: body.as_bytes().to_vec(),
            },
        );
    }

    pub fn redirect(&mut self, path: &str, status: u16, to: &str) {
        self.routes.insert(
            path.to_string(),
            Route::Redirect {
                status,
                location: to.to_string(),
            },
        );
    }

    /// A small valid non-HTML file.
    pub fn file_ok(&mut self, path: &str, ctype: &str) {
        self.status(path, 200, ctype, "\u{89}PNG file bytes");
    }

    /// An article page with a visible publication line.
    pub fn article(&mut self, path: &str, title: &str, date_line: &str, body: &str) {
        let b = format!(
            "<div class=\"crumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; 正文</div><div class=\"article\"><h1>{title}</h1><div class=\"info\">{date_line} &nbsp; 来源：本站</div><div class=\"content\">{body}</div></div>"
        );
        self.page(path, title, "", &b);
    }

    /// A column list page plus one article per item (`art_prefix{i}.htm`).
    /// Items are (date, title, extra article body).
    pub fn column(
        &mut self,
        list_path: &str,
        art_prefix: &str,
        name: &str,
        items: &[(&str, &str, &str)],
        style: Style,
        head: &str,
    ) {
        let mut lis = String::new();
        for (i, (date, title, extra)) in items.iter().enumerate() {
            let href = format!("{art_prefix}{}.htm", i + 1);
            let li = match style {
                Style::Dash => {
                    format!(
                        "<li><a href=\"{href}\" target=\"_blank\">{title}</a><span class=\"time\">{date}</span></li>\n"
                    )
                }
                Style::EmCn => format!(
                    "<li><a href=\"{href}\">{title}</a><em>{}</em></li>\n",
                    cn(date)
                ),
                Style::Paren => format!("<li>·<a href=\"{href}\">{title}</a>&nbsp;({date})</li>\n"),
                Style::ItalicFirst => format!(
                    "<li><i>{}</i> <a href=\"{href}\">{title}</a></li>\n",
                    cn(date)
                ),
                Style::BeforeTruncated => {
                    let short: String = title.chars().take(8).collect();
                    format!(
                        "<li><span class=\"date\">{date}</span><a href=\"{href}\" title=\"{title}\">{short}…</a></li>\n"
                    )
                }
                Style::Table => format!(
                    "<tr><td class=\"t\"><a href=\"{href}\">{title}</a></td><td class=\"d\">{}</td></tr>\n",
                    cn(date)
                ),
            };
            lis.push_str(&li);
            let line = match style {
                Style::EmCn | Style::Table | Style::ItalicFirst => {
                    format!("发布日期：{}", cn(date))
                }
                _ => format!("发布时间：{date} 09:30"),
            };
            let path = href.clone();
            self.article(
                &path,
                title,
                &line,
                &format!("<p>{title}。现将有关事项通知如下。</p>{extra}"),
            );
        }
        let list = match style {
            Style::Table => format!("<table class=\"list\">{lis}</table>"),
            _ => format!("<ul class=\"list\">{lis}</ul>"),
        };
        let body = format!(
            "<div class=\"crumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; <span>{name}</span></div><div class=\"lm\"><h2>{name}</h2>{list}<div class=\"page\">共1页</div></div>"
        );
        let head = format!("<meta name=\"ColumnName\" content=\"{name}\">{head}");
        self.page(list_path, name, &head, &body);
    }

    /// A column page with static text or a blank list.
    pub fn static_col(&mut self, path: &str, name: &str, inner: &str) {
        let body = format!(
            "<div class=\"crumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; <span>{name}</span></div><div class=\"lm\"><h2>{name}</h2>{inner}</div>"
        );
        self.page(
            path,
            name,
            &format!("<meta name=\"ColumnName\" content=\"{name}\">"),
            &body,
        );
    }

    pub fn expect(&mut self, kind: &'static str, key: String, note: &'static str) -> &mut Exp {
        self.exp.push(Exp {
            portal: self.name,
            kind,
            key,
            latest: None,
            home: None,
            class: None,
            note,
        });
        self.exp.last_mut().expect("just pushed")
    }

    pub fn broken(
        &mut self,
        path_or_url: &str,
        home: bool,
        class: &'static str,
        note: &'static str,
    ) {
        let url = if path_or_url.starts_with("http") {
            path_or_url.to_string()
        } else {
            self.url(path_or_url)
        };
        let e = self.expect("broken_link", url, note);
        e.home = Some(home);
        e.class = Some(class);
    }

    pub fn word(&mut self, word: &str, path: &str, note: &'static str) {
        let key = format!("{word} {}", self.url(path));
        self.expect("sensitive_word", key, note);
    }

    pub fn col(
        &mut self,
        kind: &'static str,
        column: &str,
        latest: Option<&'static str>,
        note: &'static str,
    ) {
        let e = self.expect(kind, column.to_string(), note);
        e.latest = latest;
    }
}

pub const STATIC_GUIDE: &str = "<div class=\"text\"><p>为了更好地为公民、法人和其他组织依法获取政府信息提供服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p><p>一、主动公开。公开的范围：本机关的机构职能、政策文件、规划计划、财政预决算等信息。公开的方式：政府网站、政府公报、新闻发布会、档案馆、图书馆。</p><p>二、依申请公开。申请人可通过当面提交、邮寄、网上申请等方式提出申请。受理机构：县政府办公室政务公开股，办公地址：青禾县人民路1号，办公时间：工作日上午8:30-12:00，下午14:30-17:30，联系电话：0123-4567890。</p><p>三、监督和救济。公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。</p></div>";

pub const STATIC_ORG: &str = "<div class=\"text\"><p>主要职责：贯彻执行国家和省、市有关方针政策和法律法规，拟订全县相关发展规划并组织实施；负责本系统的综合协调、监督管理工作；承办县委、县政府交办的其他任务。</p><p>内设机构：办公室、政策法规股、综合业务股、监督检查股。</p><p>办公地址：青禾县人民路1号 联系电话：0123-4567891</p></div>";
