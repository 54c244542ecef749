//! The standard column set of a department or institution portal (the
//! 政府信息公开 platform with its 法定主动公开内容 sub-columns, plus 工作动态
//! and 通知公告), fresh in every month; portals then break what they need.

use super::crumb;
use crate::column::{Column, Shape, block, item, render, side_menu, timeline};
use crate::layout::{Head, SiteInfo, Style, page};
use crate::site::{SiteMap, ymd};
use crate::text::Topic;
use chrono::NaiveDate;

/// Where the platform page lives for a style.
pub(crate) fn platform_path(site: &SiteInfo) -> &'static str {
    match site.style {
        Style::Trs => "/zwgk/",
        Style::Hanweb => "/col/col100/",
    }
}

/// Path of the column with TRS code `code` / Hanweb column id `id`.
pub(crate) fn col_path(site: &SiteInfo, code: &str, id: u32) -> String {
    match site.style {
        Style::Trs => format!("/zwgk/{code}/"),
        Style::Hanweb => format!("/col/col{id}/"),
    }
}

struct Spec {
    name: &'static str,
    code: &'static str,
    id: u32,
    ty: &'static str,
    topic: Topic,
    newest: NaiveDate,
    every: i64,
    n: u64,
}

/// The columns, named canonically; `org` issues the documents, `id0`
/// keeps article ids apart between portals.
pub(crate) fn columns(site: &SiteInfo, org: &str, id0: u64) -> Vec<Column> {
    let plat = platform_path(site);
    let specs = [
        Spec {
            name: "工作动态",
            code: "gzdt",
            id: 108,
            ty: "工作动态",
            topic: Topic::News,
            newest: ymd(2024, 3, 28),
            every: 4,
            n: 24,
        },
        Spec {
            name: "通知公告",
            code: "tzgg",
            id: 107,
            ty: "信息公开目录",
            topic: Topic::Notice,
            newest: ymd(2024, 3, 25),
            every: 12,
            n: 10,
        },
        Spec {
            name: "政策文件",
            code: "zcwj",
            id: 103,
            ty: "政策文件",
            topic: Topic::Policy,
            newest: ymd(2024, 3, 21),
            every: 20,
            n: 6,
        },
        Spec {
            name: "政策解读",
            code: "zcjd",
            id: 105,
            ty: "政策解读",
            topic: Topic::Interpretation,
            newest: ymd(2024, 3, 22),
            every: 20,
            n: 6,
        },
        Spec {
            name: "人事信息",
            code: "rsxx",
            id: 109,
            ty: "信息公开目录",
            topic: Topic::Personnel,
            newest: ymd(2024, 3, 12),
            every: 30,
            n: 4,
        },
        Spec {
            name: "规划计划",
            code: "ghjh",
            id: 110,
            ty: "信息公开目录",
            topic: Topic::Plan,
            newest: ymd(2024, 3, 14),
            every: 35,
            n: 4,
        },
        Spec {
            name: "财政预决算",
            code: "czyjs",
            id: 111,
            ty: "信息公开目录",
            topic: Topic::Finance,
            newest: ymd(2024, 3, 19),
            every: 28,
            n: 5,
        },
    ];
    let fdzd_path = col_path(site, "fdzdgknr", 102);
    let parents = vec![
        crumb(plat, "政府信息公开"),
        crumb(&fdzd_path, "法定主动公开内容"),
    ];
    let mut cols = Vec::new();
    for (k, s) in specs.iter().enumerate() {
        let mut c = Column::new(s.name, col_path(site, s.code, s.id), s.ty);
        c.items = timeline(
            site,
            &c.path,
            s.id,
            s.topic,
            org,
            s.newest,
            s.every,
            s.n,
            id0 + 100 * k as u64,
        );
        c.parents = if s.topic == Topic::News {
            Vec::new()
        } else {
            parents.clone()
        };
        c.per_page = 10;
        cols.push(c);
    }

    let mut c = Column::new("机构职能", col_path(site, "jgzn", 104), "机构职能");
    let p = c.path.clone();
    c.items = vec![
        item(
            site,
            &p,
            104,
            format!("{org}主要职责"),
            ymd(2024, 1, 9),
            id0 + 801,
        ),
        item(
            site,
            &p,
            104,
            format!("{org}内设机构"),
            ymd(2023, 12, 18),
            id0 + 802,
        ),
        item(
            site,
            &p,
            104,
            format!("{org}领导信息"),
            ymd(2023, 10, 16),
            id0 + 803,
        ),
    ];
    c.parents = parents.clone();
    cols.push(c);

    let mut c = Column::new(
        "政府信息公开指南",
        col_path(site, "zn", 112),
        "信息公开指南",
    );
    c.shape = Shape::Single;
    c.intro = format!(
        "<h2 style=\"text-align:center\">{org}政府信息公开指南</h2>\n<p>　　根据《中华人民共和国政府信息公开条例》，为便于公民、法人和其他组织获取政府信息，编制本指南。本指南每年更新一次，公民、法人和其他组织可在本网站政府信息公开专栏查阅。</p>\n<p>　　一、主动公开。（一）公开范围：本机关按照《中华人民共和国政府信息公开条例》第二十条、第二十一条的规定主动公开政府信息。（二）公开方式：通过本网站、政务新媒体、政府公报、新闻发布会以及公共查阅点等途径公开。（三）公开时限：属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。</p>\n<p>　　二、依申请公开。（一）受理机构：本机关办公室，办公时间为工作日上午8:30-12:00，下午14:30-17:30。（二）申请方式：申请人可以通过当面提交、信函、网上申请等方式提出申请，并填写《政府信息公开申请表》。（三）处理程序：本机关收到申请后，能够当场答复的当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。</p>\n<p>　　三、监督和救济。公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>\n<p style=\"text-align:right\">更新日期：2024-01-08</p>\n"
    );
    c.parents = vec![crumb(plat, "政府信息公开")];
    cols.push(c);

    let mut c = Column::new(
        "政府信息公开制度",
        col_path(site, "zd", 113),
        "信息公开目录",
    );
    let p = c.path.clone();
    c.items = vec![
        item(
            site,
            &p,
            113,
            format!("{org}政府信息公开保密审查制度"),
            ymd(2023, 11, 20),
            id0 + 811,
        ),
        item(
            site,
            &p,
            113,
            format!("{org}政府信息依申请公开办理规程"),
            ymd(2023, 5, 16),
            id0 + 812,
        ),
    ];
    c.parents = vec![crumb(plat, "政府信息公开")];
    cols.push(c);

    let mut c = Column::new(
        "政府信息公开年报",
        col_path(site, "nb", 114),
        "信息公开年报",
    );
    let p = c.path.clone();
    c.items = vec![
        item(
            site,
            &p,
            114,
            format!("{org}2023年政府信息公开工作年度报告"),
            ymd(2024, 1, 22),
            id0 + 821,
        ),
        item(
            site,
            &p,
            114,
            format!("{org}2022年政府信息公开工作年度报告"),
            ymd(2023, 1, 18),
            id0 + 822,
        ),
    ];
    c.parents = vec![crumb(plat, "政府信息公开")];
    cols.push(c);
    cols
}

/// Renders every column, the 法定主动公开内容 overview and the platform page.
pub(crate) fn render_all(site: &SiteInfo, cols: &[Column], m: usize, map: &mut SiteMap) {
    let plat = platform_path(site);
    let fdzd_path = col_path(site, "fdzdgknr", 102);
    let mut menu_items: Vec<(String, String)> = cols
        .iter()
        .map(|c| (c.path.clone(), c.name.to_string()))
        .collect();
    menu_items.push((fdzd_path.clone(), "法定主动公开内容".into()));
    for c in cols {
        render(site, c, m, &side_menu(&menu_items, c.name), map);
    }
    let sub: Vec<&Column> = cols
        .iter()
        .filter(|c| c.parents.iter().any(|(h, _)| *h == fdzd_path))
        .collect();
    let mut overview = String::from("<div class=\"fdzd\">\n");
    for c in &sub {
        if c.shape == Shape::List {
            overview.push_str(&block(c, m, 3, c.name));
        } else {
            overview.push_str(&format!("<div class=\"block\"><div class=\"hd\"><h3><a href=\"{}\">{}</a></h3></div></div>\n", c.path, c.name));
        }
    }
    overview.push_str("</div>\n");
    let fd = Column {
        shape: Shape::Single,
        intro: overview,
        parents: vec![crumb(plat, "政府信息公开")],
        ..Column::new("法定主动公开内容", fdzd_path.clone(), "信息公开目录")
    };
    render(site, &fd, m, &side_menu(&menu_items, fd.name), map);

    let mut main = String::from("<div class=\"xxgk_nav\"><h2>政府信息公开</h2><ul>\n");
    for c in cols.iter().filter(|c| c.parents.len() == 1) {
        main.push_str(&format!("<li><a href=\"{}\">{}</a></li>\n", c.path, c.name));
    }
    main.push_str(&format!(
        "<li><a href=\"{fdzd_path}\">法定主动公开内容</a></li>\n</ul><ul class=\"sub\">\n"
    ));
    for c in &sub {
        main.push_str(&format!("<li><a href=\"{}\">{}</a></li>\n", c.path, c.name));
    }
    main.push_str("</ul></div>\n");
    let head = Head {
        title: format!("政府信息公开 - {}", site.name),
        column: Some(("政府信息公开".into(), "信息公开目录".into())),
        ..Head::default()
    };
    site.add(
        map,
        plat,
        page(
            site,
            &head,
            &[crumb("/", "首页"), crumb(plat, "政府信息公开")],
            &main,
        ),
    );
}

/// Finds a column by its name.
pub(crate) fn find<'a>(cols: &'a mut [Column], name: &str) -> Option<&'a mut Column> {
    cols.iter_mut().find(|c| c.name == name)
}
