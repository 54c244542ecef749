//! The six sample portals. Each module builds one portal's [`SiteMap`]
//! for a month; `expected.rs` records what a correct inspection finds.

pub(crate) mod broken;
pub(crate) mod down;
pub(crate) mod gbk;
pub(crate) mod good;
pub(crate) mod stale;
pub(crate) mod std_cols;
pub(crate) mod words;

use crate::layout::{Head, SiteInfo, page};
use crate::server::Resp;
use crate::site::SiteMap;
use std::collections::HashMap;

/// Addresses of every portal, known before any content is built, so that
/// portals can link to each other (department sites link to the county
/// portal, as real ones do).
#[derive(Clone, Debug, Default)]
pub(crate) struct Ctx {
    /// Portal id → base URL `http://127.0.0.1:PORT/`.
    pub urls: HashMap<&'static str, String>,
}

impl Ctx {
    pub fn url(&self, id: &str) -> String {
        self.urls.get(id).cloned().unwrap_or_else(|| "/".into())
    }
}

/// Static description of a portal.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Def {
    pub id: &'static str,
    pub name: &'static str,
    pub category: &'static str,
    pub build: fn(&Ctx, usize) -> SiteMap,
}

pub(crate) const PORTALS: &[Def] = &[
    Def {
        id: "county-good",
        name: "白鹭县人民政府",
        category: "county",
        build: good::build,
    },
    Def {
        id: "county-gbk",
        name: "青禾县人民政府",
        category: "county",
        build: gbk::build,
    },
    Def {
        id: "dept-broken",
        name: "白鹭县交通运输局",
        category: "department",
        build: broken::build,
    },
    Def {
        id: "dept-stale",
        name: "白鹭县市场监督管理局",
        category: "department",
        build: stale::build,
    },
    Def {
        id: "inst-words",
        name: "白鹭县政务服务中心",
        category: "institution",
        build: words::build,
    },
    Def {
        id: "inst-down",
        name: "白鹭县不动产登记中心",
        category: "institution",
        build: down::build,
    },
];

/// The 404 page of a portal (a real 404 status).
pub(crate) fn not_found(site: &SiteInfo) -> Resp {
    let head = Head {
        title: format!("404 - {}", site.name),
        ..Head::default()
    };
    let main = "<div class=\"err\"><h2>抱歉，您访问的页面不存在或已被删除！</h2><p><a href=\"/\">返回首页</a></p></div>\n";
    site.resp(404, page(site, &head, &[], main))
}

/// robots.txt, the footer pages and the assets every portal serves.
pub(crate) fn common(site: &SiteInfo, map: &mut SiteMap, robots: &str) {
    crate::layout::add_assets(site, map);
    map.add("/robots.txt", crate::site::text(robots));
    let head = Head {
        title: format!("联系我们 - {}", site.name),
        ..Head::default()
    };
    let crumbs = [
        ("/".to_string(), "首页".to_string()),
        ("/lxwm/".to_string(), "联系我们".to_string()),
    ];
    let main = format!(
        "<div class=\"content\"><p>主办单位：{}</p><p>联系电话：{}</p><p>办公时间：工作日上午8:30-12:00，下午14:30-17:30</p><p>电子邮箱：<a href=\"mailto:webmaster@{}\">webmaster@{}</a></p></div>\n",
        site.sponsor, site.phone, site.domain, site.domain
    );
    site.add(map, "/lxwm/", page(site, &head, &crumbs, &main));
    let head = Head {
        title: format!("网站地图 - {}", site.name),
        ..Head::default()
    };
    let crumbs = [
        ("/".to_string(), "首页".to_string()),
        ("/wzdt/".to_string(), "网站地图".to_string()),
    ];
    let mut main = String::from("<div class=\"sitemap\"><ul>\n");
    for (href, text) in &site.nav {
        main.push_str(&format!("<li><a href=\"{href}\">{text}</a></li>\n"));
    }
    main.push_str("</ul></div>\n");
    site.add(map, "/wzdt/", page(site, &head, &crumbs, &main));
}

pub(crate) fn crumb(href: &str, text: &str) -> (String, String) {
    (href.to_string(), text.to_string())
}
