//! `dept-broken`: 白鹭县交通运输局, a Hanweb-style department portal (UTF-8)
//! with broken links of every class, on the homepage and on inner pages,
//! next to links that look suspicious but work.
//!
//! | target | class | where | months broken |
//! |---|---|---|---|
//! | `/zt/cy2023/` | 404 | homepage (专题) | 01, 02, 03 |
//! | `/picture/0/banner_2024.jpg` | 404 image | homepage | 01 |
//! | `/wza/index.html` | 404 | footer of every page | 01, 02 |
//! | `/attach/downfile.jsp?filename=P020240110385.pdf` | 404 attachment | 通知公告 article | 01, 02 |
//! | `/jtj/tjsj/query.jsp` | 500 | 工作动态 article | 01 |
//! | `/art/2023/12/5/art_103_8801.html` | soft 404 (200, 页面不存在) | 政策文件 article | 01, 02, 03 |
//! | `/go/zcwj.jsp` | redirect loop | 政策解读 article | 01, 02, 03 |
//!
//! Not broken: `/old/jtdt/` (301 → 302 → 200), `mailto:`, `javascript:`,
//! a protocol-relative link to the portal itself, the article
//! “G404国道…” whose text mentions 404, `downfile.jsp?filename=P020240108.pdf`.

use super::{Ctx, common, crumb, not_found, std_cols};
use crate::column::{block, item};
use crate::interact::{Board, Message};
use crate::layout::{Head, SiteInfo, Style, page};
use crate::server::Resp;
use crate::site::{SiteMap, image, pdf, ymd};

pub(crate) const MISSING_PDF: &str = "/attach/downfile.jsp?filename=P020240110385.pdf";

fn site_info(ctx: &Ctx) -> SiteInfo {
    SiteInfo {
        name: "白鹭县交通运输局",
        code: "3609990011",
        domain: "jtj.bailu.gov.cn",
        sponsor: "白鹭县交通运输局",
        undertaker: "白鹭县交通运输局办公室",
        icp: "赣ICP备05012345号-3",
        gongan: "赣公网安备 36099902000111号",
        copyright: "版权所有：白鹭县交通运输局",
        phone: "0795-8012456",
        style: Style::Hanweb,
        gbk: false,
        nav: vec![
            crumb("/", "首页"),
            crumb("/col/col104/", "机构概况"),
            crumb("/col/col100/", "政府信息公开"),
            crumb("/col/col108/", "交通动态"),
            crumb("/col/col107/", "通知公告"),
            crumb("/col/col120/", "互动交流"),
        ],
        // The footer link to 无障碍浏览 is dead until March.
        footer_links: vec![crumb("/wza/index.html", "无障碍浏览")],
        footer_extra: format!(
            "<p><a href=\"{}\" target=\"_blank\">白鹭县人民政府</a></p>\n",
            ctx.url("county-good")
        ),
    }
}

const ORG: &str = "白鹭县交通运输局";

pub(crate) fn build(ctx: &Ctx, m: usize) -> SiteMap {
    let site = site_info(ctx);
    let base = ctx.url("dept-broken");
    let mut map = SiteMap::new(not_found(&site));
    common(
        &site,
        &mut map,
        "User-agent: *\nDisallow: /module/web/jpage/\n",
    );
    let mut cols = std_cols::columns(&site, ORG, 6000);

    // Inner pages that carry the broken links.
    if let Some(c) = std_cols::find(&mut cols, "通知公告") {
        let mut it = item(
            &site,
            &c.path,
            107,
            "关于公布2024年道路运输企业年度考核结果的通知".into(),
            ymd(2024, 1, 10),
            6901,
        );
        it.body.push_str(&format!(
            "<p>附件：<a href=\"{MISSING_PDF}\">2024年道路运输企业年度考核名单.pdf</a></p>\n"
        ));
        c.items.push(it);
        let mut ok = item(
            &site,
            &c.path,
            107,
            "关于开展2024年春运安全生产检查的通知".into(),
            ymd(2024, 1, 8),
            6902,
        );
        ok.body.push_str("<p>附件：<a href=\"/attach/downfile.jsp?filename=P020240108.pdf\">春运安全检查表.pdf</a></p>\n");
        c.items.push(ok);
    }
    if let Some(c) = std_cols::find(&mut cols, "工作动态") {
        c.date_fmt = crate::layout::DateFmt::Slash;
        let mut it = item(
            &site,
            &c.path,
            108,
            "全县交通运输经济运行情况分析会召开".into(),
            ymd(2024, 1, 18),
            6911,
        );
        it.body
            .push_str("<p>详细数据请<a href=\"/jtj/tjsj/query.jsp\">查看统计数据</a>。</p>\n");
        c.items.push(it);
        let mut g404 = item(
            &site,
            &c.path,
            108,
            "G404国道白鹭段改造工程进展顺利".into(),
            ymd(2024, 1, 16),
            6912,
        );
        g404.body = "<p>　　近日，G404国道白鹭段改造工程已完成路基施工，全长404米的跨河大桥主体合龙。施工现场未发现质量问题，页面所示进度与计划一致。</p>\n".into();
        c.items.push(g404);
    }
    if let Some(c) = std_cols::find(&mut cols, "政策文件") {
        let mut it = item(
            &site,
            &c.path,
            103,
            "白鹭县交通运输局关于印发农村公路养护管理办法的通知".into(),
            ymd(2024, 1, 12),
            6921,
        );
        it.body.push_str("<p>相关解读：<a href=\"/art/2023/12/5/art_103_8801.html\">《农村公路养护管理办法》解读</a></p>\n");
        c.items.push(it);
    }
    if let Some(c) = std_cols::find(&mut cols, "政策解读") {
        let mut it = item(
            &site,
            &c.path,
            105,
            "图解：白鹭县农村公路养护管理办法".into(),
            ymd(2024, 1, 13),
            6931,
        );
        it.body.push_str("<p>原文链接：<a href=\"/go/zcwj.jsp\">白鹭县交通运输局关于印发农村公路养护管理办法的通知</a></p>\n");
        c.items.push(it);
    }
    std_cols::render_all(&site, &cols, m, &mut map);
    board(&site, m, &mut map);

    // The targets.
    map.exact_query("/attach/downfile.jsp");
    map.add("/attach/downfile.jsp?filename=P020240108.pdf", pdf());
    if m >= 2 {
        map.add(MISSING_PDF, pdf());
    }
    if m >= 1 {
        map.add("/picture/0/banner_2024.jpg", image());
        let head = Head {
            title: format!("统计数据查询 - {}", site.name),
            ..Head::default()
        };
        site.add(
            &mut map,
            "/jtj/tjsj/query.jsp",
            page(
                &site,
                &head,
                &[crumb("/", "首页")],
                "<div class=\"content\"><p>请选择统计年度后查询。</p></div>\n",
            ),
        );
    } else {
        map.add(
            "/jtj/tjsj/query.jsp",
            Resp::html(500, "<html><head><title>500 Internal Server Error</title></head><body><h1>HTTP Status 500 - java.lang.NullPointerException</h1></body></html>".into()),
        );
    }
    if m >= 2 {
        let head = Head {
            title: format!("无障碍浏览 - {}", site.name),
            ..Head::default()
        };
        site.add(
            &mut map,
            "/wza/",
            page(
                &site,
                &head,
                &[crumb("/", "首页")],
                "<div class=\"content\"><p>本站已支持无障碍浏览。</p></div>\n",
            ),
        );
    }
    let soft = Head {
        title: "页面不存在".into(),
        ..Head::default()
    };
    site.add(
        &mut map,
        "/art/2023/12/5/art_103_8801.html",
        page(&site, &soft, &[], "<div class=\"err\"><h2>您访问的页面不存在或已被删除</h2><p><a href=\"/\">返回首页</a></p></div>\n"),
    );
    map.add(
        "/go/zcwj.jsp",
        Resp::redirect(302, format!("{base}go/zcwj2.jsp")),
    );
    map.add(
        "/go/zcwj2.jsp",
        Resp::redirect(302, format!("{base}go/zcwj.jsp")),
    );
    map.add("/old/jtdt/", Resp::redirect(301, format!("{base}jtdt/")));
    map.add("/jtdt/", Resp::redirect(302, format!("{base}col/col108/")));

    // Homepage.
    let find = |name: &str| cols.iter().find(|c| c.name == name);
    let mut main = String::from("<div class=\"index\">\n");
    main.push_str("<div class=\"banner\"><img src=\"/picture/0/banner_2024.jpg\" alt=\"平安春运\" width=\"1000\" height=\"120\"></div>\n");
    for (name, n, heading) in [
        ("工作动态", 7, "交通动态"),
        ("通知公告", 6, "通知公告"),
        ("政策文件", 4, "政策文件"),
    ] {
        if let Some(c) = find(name) {
            main.push_str(&block(c, m, n, heading));
        }
    }
    main.push_str(&format!(
        "<div class=\"ztzl\"><h3>专题专栏</h3><ul><li><a href=\"/zt/cy2023/\">2023年春运专题</a></li><li><a href=\"/old/jtdt/\">交通动态（旧版入口）</a></li><li><a href=\"//{host}/col/col108/\">交通动态</a></li></ul></div>\n<div class=\"tools\"><a href=\"javascript:void(0);\" onclick=\"window.print()\">打印</a> <a href=\"mailto:jtj@bailu.gov.cn\">局长邮箱</a> <a href=\"javascript:;\">返回顶部</a></div>\n</div>\n",
        host = base.trim_start_matches("http://").trim_end_matches('/')
    ));
    let head = Head {
        title: site.name.to_string(),
        column: Some(("首页".into(), "首页".into())),
        ..Head::default()
    };
    site.add(&mut map, "/", page(&site, &head, &[], &main));
    map
}

fn board(site: &SiteInfo, m: usize, map: &mut SiteMap) {
    let msgs = (0..8u32)
        .map(|k| {
            let asked = ymd(2024, 3, 26) - chrono::Duration::days(11 * i64::from(k));
            Message {
                id: 700 - k,
                title: [
                    "咨询农村客运班线开通",
                    "反映县道路面破损",
                    "咨询道路运输证年审",
                    "建议增设公交站台",
                ][k as usize % 4],
                asked,
                answered: Some(asked + chrono::Duration::days(3)),
                question: "您好，请问相关事项如何办理？谢谢。",
                answer: "您好！您反映的情况已收悉，我局已安排相关股室办理，感谢您的关注。",
            }
        })
        .collect();
    let b = Board {
        name: "局长信箱",
        list_path: "/col/col120/",
        replier: ORG,
        parents: Vec::new(),
        messages: msgs,
    };
    b.render(
        site,
        m,
        &crate::column::side_menu(&[crumb("/col/col120/", "局长信箱")], "局长信箱"),
        map,
    );
}
