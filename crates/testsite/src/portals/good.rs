//! `county-good`: 白鹭县人民政府, a TRS-style county portal in UTF-8 that
//! has every required column, fresh in every month, and no problem at all.
//! The 政府信息公开 platform is found from the homepage nav by its link
//! text; robots.txt disallows `/admin/`, which the homepage links to.

use super::{Ctx, common, crumb, not_found};
use crate::column::{Column, Shape, block, item, render, side_menu, timeline};
use crate::interact::{Board, Guide, Message, complete_rows, render_guide};
use crate::layout::{DateFmt, Head, SiteInfo, Style, page};
use crate::site::{SiteMap, jpeg, ymd};
use crate::text::Topic;

pub(crate) fn site_info() -> SiteInfo {
    SiteInfo {
        name: "白鹭县人民政府",
        code: "3609990001",
        domain: "www.bailu.gov.cn",
        sponsor: "白鹭县人民政府办公室",
        undertaker: "白鹭县政务数据服务中心",
        icp: "赣ICP备05012345号-1",
        gongan: "赣公网安备 36099902000101号",
        copyright: "版权所有：白鹭县人民政府　Copyright © 2016-2024 All Rights Reserved",
        phone: "0795-8012345",
        style: Style::Trs,
        gbk: false,
        nav: vec![
            crumb("/", "首页"),
            crumb("/zjbl/", "走进白鹭"),
            crumb("/zwdt/gzdt/", "政务动态"),
            crumb("/xxgk/", "政府信息公开"),
            crumb("/zwfw/", "政务服务"),
            crumb("/hdjl/", "互动交流"),
            crumb("/yhyshj/", "优化营商环境"),
        ],
        footer_links: vec![crumb("/smsm/", "隐私声明")],
        footer_extra: String::new(),
    }
}

const ORG: &str = "白鹭县人民政府";
const FDZD: &str = "/xxgk/fdzdgknr/";

/// The columns, with content spanning December 2023 – March 2024.
pub(crate) fn columns(site: &SiteInfo) -> Vec<Column> {
    let xxgk = vec![crumb("/xxgk/", "政府信息公开")];
    let fdzd = vec![
        crumb("/xxgk/", "政府信息公开"),
        crumb(FDZD, "法定主动公开内容"),
    ];
    let mut cols = Vec::new();

    let mut c = Column::new("工作动态", "/zwdt/gzdt/", "工作动态");
    c.items = timeline(
        site,
        &c.path,
        0,
        Topic::News,
        ORG,
        ymd(2024, 3, 29),
        3,
        30,
        1001,
    );
    for it in c.items.iter_mut() {
        // Some news carry a photo, stored beside the article as TRS does.
        if it.path.ends_with("0.html") || it.path.ends_with("5.html") {
            let dir = &it.path[..it.path.rfind('/').unwrap_or(0) + 1];
            let img = format!("{dir}W0{}.jpg", it.date.format("%Y%m%d"));
            it.body = format!(
                "<p style=\"text-align:center\"><img src=\"{img}\" alt=\"工作现场\" border=\"0\" /></p>\n{}",
                it.body
            );
        }
    }
    c.per_page = 8;
    c.parents = vec![crumb("/zwdt/gzdt/", "政务动态")];
    c.parents.clear();
    cols.push(c);

    let mut c = Column::new("通知公告", format!("{FDZD}tzgg/"), "信息公开目录");
    c.items = timeline(
        site,
        &c.path,
        0,
        Topic::Notice,
        "",
        ymd(2024, 3, 26),
        9,
        12,
        2001,
    );
    c.parents = fdzd.clone();
    cols.push(c);

    let mut c = Column::new("政策文件", format!("{FDZD}zcwj/"), "政策文件");
    c.items = timeline(
        site,
        &c.path,
        0,
        Topic::Policy,
        ORG,
        ymd(2024, 3, 22),
        15,
        8,
        3001,
    );
    c.parents = fdzd.clone();
    cols.push(c);

    let mut c = Column::new("政策解读", format!("{FDZD}zcjd/"), "政策解读");
    c.items = timeline(
        site,
        &c.path,
        0,
        Topic::Interpretation,
        ORG,
        ymd(2024, 3, 23),
        15,
        8,
        3101,
    );
    c.parents = fdzd.clone();
    cols.push(c);

    let mut c = Column::new("人事信息", format!("{FDZD}rsxx/"), "信息公开目录");
    c.items = timeline(
        site,
        &c.path,
        0,
        Topic::Personnel,
        ORG,
        ymd(2024, 3, 18),
        20,
        6,
        4001,
    );
    c.parents = fdzd.clone();
    cols.push(c);

    let mut c = Column::new("规划计划", format!("{FDZD}ghjh/"), "信息公开目录");
    c.items = timeline(
        site,
        &c.path,
        0,
        Topic::Plan,
        "白鹭县",
        ymd(2024, 3, 15),
        30,
        5,
        4101,
    );
    c.parents = fdzd.clone();
    cols.push(c);

    let mut c = Column::new("财政预决算", format!("{FDZD}czyjs/"), "信息公开目录");
    c.items = timeline(
        site,
        &c.path,
        0,
        Topic::Finance,
        "白鹭县",
        ymd(2024, 3, 20),
        25,
        6,
        4201,
    );
    c.parents = fdzd.clone();
    cols.push(c);

    let mut c = Column::new("机构职能", format!("{FDZD}jgzn/"), "机构职能");
    let p = c.path.clone();
    c.items = vec![
        item(
            site,
            &p,
            0,
            "白鹭县人民政府主要职责".into(),
            ymd(2024, 1, 8),
            4301,
        ),
        item(
            site,
            &p,
            0,
            "白鹭县人民政府领导分工".into(),
            ymd(2023, 12, 20),
            4302,
        ),
        item(
            site,
            &p,
            0,
            "白鹭县人民政府工作部门设置及职能".into(),
            ymd(2023, 11, 15),
            4303,
        ),
        item(
            site,
            &p,
            0,
            "白鹭县人民政府办公地址、办公时间及联系方式".into(),
            ymd(2023, 9, 1),
            4304,
        ),
    ];
    c.parents = fdzd.clone();
    cols.push(c);

    let mut c = Column::new("政府信息公开指南", "/xxgk/zn/", "信息公开指南");
    c.shape = Shape::Single;
    c.intro = "<h2 style=\"text-align:center\">白鹭县人民政府信息公开指南</h2>\n<p>　　为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>\n<p>　　一、主动公开：公开的范围、公开的形式和公开的时限。</p>\n<p>　　二、依申请公开：申请人可以通过当面、邮寄等方式提出申请，县人民政府办公室在20个工作日内予以答复。</p>\n<p>　　三、监督方式：公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报。</p>\n<p style=\"text-align:right\">发布日期：2024-01-05</p>\n".into();
    c.parents = xxgk.clone();
    cols.push(c);

    let mut c = Column::new("政府信息公开制度", "/xxgk/zd/", "信息公开目录");
    let p = c.path.clone();
    c.items = vec![
        item(
            site,
            &p,
            0,
            "白鹭县政府信息公开保密审查制度".into(),
            ymd(2023, 12, 12),
            4401,
        ),
        item(
            site,
            &p,
            0,
            "白鹭县政府信息依申请公开工作规程".into(),
            ymd(2023, 6, 8),
            4402,
        ),
        item(
            site,
            &p,
            0,
            "白鹭县政府信息主动公开工作制度".into(),
            ymd(2022, 11, 3),
            4403,
        ),
    ];
    c.parents = xxgk.clone();
    cols.push(c);

    let mut c = Column::new("政府信息公开年报", "/xxgk/nb/", "信息公开年报");
    let p = c.path.clone();
    c.items = [
        (2023, ymd(2024, 1, 19)),
        (2022, ymd(2023, 1, 17)),
        (2021, ymd(2022, 1, 20)),
    ]
    .iter()
    .enumerate()
    .map(|(k, (y, d))| {
        item(
            site,
            &p,
            0,
            format!("白鹭县人民政府{y}年政府信息公开工作年度报告"),
            *d,
            4501 + k as u64,
        )
    })
    .collect();
    c.parents = xxgk.clone();
    cols.push(c);

    let mut c = Column::new("优化营商环境", "/yhyshj/", "工作动态");
    let p = c.path.clone();
    c.items = (0..9u64)
        .map(|k| {
            let d = ymd(2024, 3, 25) - chrono::Duration::days(10 * k as i64);
            item(
                site,
                &p,
                0,
                format!("白鹭县优化营商环境工作简报（2024年第{}期）", 12 - k),
                d,
                4601 + k,
            )
        })
        .collect();
    cols.push(c);
    cols
}

fn messages() -> Vec<Message> {
    let topics: [(&str, &str); 8] = [
        (
            "咨询城区学校招生划片范围",
            "您好！城区学校招生划片方案将于每年6月在县教育体育局网站公布，请留意。",
        ),
        (
            "建议增设老旧小区停车位",
            "您好！您反映的问题已转交县住房和城乡建设局研究，将纳入今年老旧小区改造计划统筹考虑。",
        ),
        (
            "咨询灵活就业人员医保缴费",
            "您好！灵活就业人员可通过赣服通或到县医保服务大厅办理缴费。",
        ),
        (
            "反映东湖街道路灯不亮",
            "您好！经县城管局核实，已于次日完成维修，感谢您的监督。",
        ),
        (
            "咨询创业担保贷款申请条件",
            "您好！请携带身份证、营业执照到县就业创业服务中心咨询办理。",
        ),
        (
            "建议延长政务服务中心周末服务时间",
            "您好！县政务服务中心已实行周六延时服务，欢迎前来办理。",
        ),
        (
            "咨询农村危房改造补助标准",
            "您好！补助标准按照县住房和城乡建设局公布的年度方案执行。",
        ),
        (
            "反映柳林镇集市占道经营",
            "您好！柳林镇已组织执法人员进行整治，并建立长效管理机制。",
        ),
    ];
    (0..16u32)
        .map(|k| {
            let asked = ymd(2024, 3, 27) - chrono::Duration::days(6 * i64::from(k));
            let (t, a) = topics[(k as usize) % topics.len()];
            Message {
                id: 3100 - k,
                title: t,
                asked,
                answered: Some(asked + chrono::Duration::days(2)),
                question: "您好，想咨询一下相关情况，请予以答复，谢谢！",
                answer: a,
            }
        })
        .collect()
}

pub(crate) fn build(_ctx: &Ctx, m: usize) -> SiteMap {
    let site = site_info();
    let mut map = SiteMap::new(not_found(&site));
    common(&site, &mut map, "User-agent: *\nDisallow: /admin/\n");
    let cols = columns(&site);

    let platform_menu: Vec<(String, String)> = cols
        .iter()
        .filter(|c| c.path.starts_with("/xxgk/"))
        .map(|c| (c.path.clone(), c.name.to_string()))
        .collect();
    let news_menu = vec![
        crumb("/zwdt/gzdt/", "工作动态"),
        crumb(&format!("{FDZD}tzgg/"), "通知公告"),
    ];
    for c in &cols {
        let menu = if c.path.starts_with("/xxgk/") {
            side_menu(&platform_menu, c.name)
        } else {
            side_menu(&news_menu, c.name)
        };
        render(&site, c, m, &menu, &mut map);
        for it in &c.items {
            if let Some(pos) = it.body.find("<img src=\"") {
                let rest = &it.body[pos + 10..];
                if let Some(end) = rest.find('"') {
                    map.add(rest[..end].to_string(), jpeg());
                }
            }
        }
    }
    let col = |name: &str| cols.iter().find(|c| c.name == name);

    // 法定主动公开内容: an overview of its sub-columns.
    let mut overview = String::from("<div class=\"fdzd\">\n");
    for c in cols.iter().filter(|c| c.path.starts_with(FDZD)) {
        overview.push_str(&block(c, m, 3, c.name));
    }
    overview.push_str("</div>\n");
    let fd = Column {
        shape: Shape::Single,
        intro: overview,
        parents: vec![crumb("/xxgk/", "政府信息公开")],
        ..Column::new("法定主动公开内容", FDZD, "信息公开目录")
    };
    render(&site, &fd, m, &side_menu(&platform_menu, fd.name), &mut map);

    // The 政府信息公开 platform page.
    let mut main = String::from("<div class=\"xxgk_nav\"><h2>政府信息公开</h2><ul>\n");
    for (href, text) in [
        ("/xxgk/zn/", "政府信息公开指南"),
        ("/xxgk/zd/", "政府信息公开制度"),
        (FDZD, "法定主动公开内容"),
        ("/xxgk/nb/", "政府信息公开年报"),
    ] {
        main.push_str(&format!("<li><a href=\"{href}\">{text}</a></li>\n"));
    }
    main.push_str("</ul><ul class=\"sub\">\n");
    for c in cols.iter().filter(|c| c.path.starts_with(FDZD)) {
        main.push_str(&format!("<li><a href=\"{}\">{}</a></li>\n", c.path, c.name));
    }
    main.push_str("<li><a href=\"/zwdt/gzdt/\">工作动态</a></li>\n</ul></div>\n");
    if let Some(c) = col("通知公告") {
        main.push_str(&block(c, m, 5, "最新公开"));
    }
    let head = Head {
        title: format!("政府信息公开 - {}", site.name),
        column: Some(("政府信息公开".into(), "信息公开目录".into())),
        ..Head::default()
    };
    site.add(
        &mut map,
        "/xxgk/",
        page(
            &site,
            &head,
            &[crumb("/", "首页"), crumb("/xxgk/", "政府信息公开")],
            &main,
        ),
    );

    // 互动交流 with the 县长信箱.
    let board = Board {
        name: "县长信箱",
        list_path: "/hdjl/xzxx/",
        replier: "白鹭县人民政府办公室",
        parents: vec![crumb("/hdjl/", "互动交流")],
        messages: messages(),
    };
    let hd_menu = side_menu(
        &[
            crumb("/hdjl/xzxx/", "县长信箱"),
            crumb("/hdjl/", "互动交流"),
        ],
        "县长信箱",
    );
    board.render(&site, m, &hd_menu, &mut map);
    let hd = Head {
        title: format!("互动交流 - {}", site.name),
        column: Some(("互动交流".into(), "咨询投诉".into())),
        ..Head::default()
    };
    // The landing page shows the newest letters, as real portals do.
    let mut hd_main = String::from(
        "<div class=\"hdjl\"><ul class=\"entry\"><li><a href=\"/hdjl/xzxx/\">县长信箱</a></li><li><a href=\"/hdjl/xzxx/write.jsp\">我要写信</a></li></ul><p>　　欢迎社会各界通过县长信箱反映问题、提出建议，我们将在5个工作日内答复。</p>\n<div class=\"block\"><div class=\"hd\"><h3>最新来信</h3><a href=\"/hdjl/xzxx/\" class=\"more\">更多&gt;&gt;</a></div><ul>\n",
    );
    let limit = crate::site::as_of(m);
    let mut latest: Vec<Message> = messages()
        .into_iter()
        .filter(|x| x.asked <= limit)
        .collect();
    latest.sort_by_key(|x| std::cmp::Reverse(x.asked));
    for msg in latest.iter().take(5) {
        hd_main.push_str(&format!(
            "<li><a href=\"{}\">{}</a><span class=\"time\">{}</span></li>\n",
            crate::interact::detail_path("/hdjl/xzxx/", msg.id),
            msg.title,
            msg.asked.format("%Y-%m-%d")
        ));
    }
    hd_main.push_str("</ul></div></div>\n");
    site.add(
        &mut map,
        "/hdjl/",
        page(
            &site,
            &hd,
            &[crumb("/", "首页"), crumb("/hdjl/", "互动交流")],
            &hd_main,
        ),
    );

    // 政务服务 with one complete 办事指南.
    let guide = Guide {
        path: "/zwfw/bszn/202401/t20240110_5001.html".into(),
        title: "城乡居民最低生活保障审批办事指南",
        rows: complete_rows(
            "城乡居民最低生活保障审批",
            "《社会救助暂行办法》（国务院令第649号）第十一条",
            "白鹭县政务服务中心一楼民政窗口",
            "白鹭县民政局",
            "0795-8012388",
        ),
    };
    render_guide(&site, &guide, &[crumb("/zwfw/", "政务服务")], &mut map);
    let zwfw = Head {
        title: format!("政务服务 - {}", site.name),
        column: Some(("政务服务".into(), "办事服务".into())),
        ..Head::default()
    };
    let zwfw_main = format!(
        "<div class=\"zwfw\"><h3>办事指南</h3><ul><li><a href=\"{}\">{}</a><span class=\"time\">2024-01-10</span></li></ul></div>\n",
        guide.path, guide.title
    );
    site.add(
        &mut map,
        "/zwfw/",
        page(
            &site,
            &zwfw,
            &[crumb("/", "首页"), crumb("/zwfw/", "政务服务")],
            &zwfw_main,
        ),
    );

    // 走进白鹭 (概况信息) and the privacy statement.
    let zj = Head {
        title: format!("走进白鹭 - {}", site.name),
        column: Some(("走进白鹭".into(), "概况信息".into())),
        ..Head::default()
    };
    let zj_main = "<div class=\"content\"><p>　　白鹭县地处赣西，东临宜春，总面积1532平方公里，辖8个乡镇（街道），户籍人口32.6万人。县境内山清水秀，生态良好，素有“白鹭之乡”的美誉。</p></div>\n";
    site.add(
        &mut map,
        "/zjbl/",
        page(
            &site,
            &zj,
            &[crumb("/", "首页"), crumb("/zjbl/", "走进白鹭")],
            zj_main,
        ),
    );
    let sm = Head {
        title: format!("隐私声明 - {}", site.name),
        ..Head::default()
    };
    site.add(&mut map, "/smsm/", page(&site, &sm, &[crumb("/", "首页")], "<div class=\"content\"><p>　　本网站尊重并保护所有使用服务用户的个人隐私权。</p></div>\n"));
    map.add(
        "/admin/login.jsp",
        site.resp(200, "<html><head><title>内容管理系统登录</title></head><body><form method=\"post\"><input name=\"u\"><input type=\"password\" name=\"p\"></form></body></html>".into()),
    );

    // Homepage.
    let mut main = String::from(
        "<div class=\"index\">\n<div class=\"banner\"><img src=\"/images/index_focus.jpg\" width=\"480\" height=\"300\" alt=\"白鹭湿地公园\" /></div>\n",
    );
    for (name, n, heading) in [
        ("工作动态", 8, "工作动态"),
        ("通知公告", 6, "通知公告"),
        ("政策文件", 5, "政策文件"),
        ("政策解读", 4, "政策解读"),
    ] {
        if let Some(c) = col(name) {
            main.push_str(&block(c, m, n, heading));
        }
    }
    main.push_str("<div class=\"ztzl\"><a href=\"/xxgk/\"><img src=\"/images/xxgk_entry.jpg\" alt=\"政府信息公开\" /></a> <a href=\"/yhyshj/\"><img src=\"/images/yshj_entry.jpg\" alt=\"优化营商环境\" /></a></div>\n");
    main.push_str("<div class=\"quick\"><a href=\"/hdjl/xzxx/\">县长信箱</a> <a href=\"/zwfw/\">办事指南</a> <a href=\"/admin/login.jsp\">后台管理</a></div>\n</div>\n");
    map.add("/images/index_focus.jpg", jpeg());
    map.add("/images/xxgk_entry.jpg", jpeg());
    map.add("/images/yshj_entry.jpg", jpeg());
    let head = Head {
        title: site.name.to_string(),
        column: Some(("首页".into(), "首页".into())),
        extra: "<meta name=\"Keywords\" content=\"白鹭县,白鹭县人民政府,政府信息公开\">\n".into(),
        ..Head::default()
    };
    let _ = DateFmt::Dash;
    site.add(&mut map, "/", page(&site, &head, &[], &main));
    map
}
