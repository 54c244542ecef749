//! Portal A (VSB/博达 county portal) and portal B (gov.cn-like 部门 政策 portal).

use crate::builder::{Portal, STATIC_GUIDE, STATIC_ORG, Style};
use crate::server::Route;
use std::sync::atomic::AtomicU32;

pub struct Ports {
    pub a: u16,
    pub b: u16,
    pub c: u16,
    pub d: u16,
    pub e: u16,
    pub f: u16,
    pub closed: u16,
}

/// 博达 (VSB) county portal: `list.jsp?urltype=tree.TreeTempUrl&wbtreeid=NNNN`
/// column pages and `info/NNNN/MMMM.htm` articles, UTF-8.
pub fn portal_a(p: &Ports) -> Portal {
    let mut s = Portal::new("青禾县人民政府", p.a, false);
    s.check = Some(("/", "county"));
    let col = |id: u32| format!("/list.jsp?urltype=tree.TreeTempUrl&wbtreeid={id}");
    let art = |id: u32| format!("/info/{id}/2");

    // homepage
    let home = format!(
        r##"<div class="nav"><a href="/">网站首页</a><a href="/zwgk.htm">政务公开</a><a href="{c1020}">部门动态</a><a href="{c1030}">公告公示</a><a href="{c1012}">营商环境</a><a href="{c1060}">领导信箱</a><a href="javascript:void(0)">无障碍</a><a href="#top">返回顶部</a></div>
<div class="banner"><img src="images/banner2024.jpg" alt="青禾欢迎您"></div>
<link rel="stylesheet" href="/css/old-style.css">
<div class="tzgg"><h3>公告公示</h3><ul>
<li><a href="info/1030/21.htm">关于开展2024年春季植树活动的公告</a><span>2024-03-27</span></li>
<li><a href="info/1030/22.htm">关于县城区道路施工期间交通管制的通告</a><span>2024-03-18</span></li>
</ul><a href="{c1030}">更多&gt;&gt;</a></div>
<div class="yw"><p>庆祝中华人民<span class="red">共合</span>国成立75周年文艺汇演圆满落幕。</p></div>
<!-- 旧稿：坚决打赢扫黑险恶专项斗争 -->
<script>var slogan = "党的20大精神"; var t = "2024-03-30";</script>
<div class="contact"><a href="mailto:qhx@example.gov.cn">联系我们</a> <a href="tel:0123-4567890">0123-4567890</a></div>"##,
        c1020 = col(1020),
        c1030 = col(1030),
        c1012 = col(1012),
        c1060 = col(1060)
    );
    s.page(
        "/",
        "青禾县人民政府",
        "<meta name=\"Maketime\" content=\"2024-03-30 10:00:00\">",
        &home,
    );
    s.broken(
        "/images/banner2024.jpg",
        true,
        "http_status",
        "404 banner image on homepage (relative src)",
    );
    s.broken(
        "/css/old-style.css",
        true,
        "http_status",
        "404 stylesheet on homepage",
    );
    s.word("中华人民共合国", "/", "wrong country name split by <span>");

    // a valid redirect: /zwgk.htm -> the 政务公开 platform page
    s.redirect("/zwgk.htm", 302, &col(1001));
    let plat = format!(
        r#"<ul class="sub"><li><a href="{}">信息公开指南</a></li><li><a href="{}">信息公开制度</a></li><li><a href="{}">法定主动公开内容</a></li><li><a href="{}">信息公开年报</a></li><li><a href="{}">机构职能</a></li><li><a href="{}">部门文件</a></li><li><a href="{}">政策解读</a></li><li><a href="{}">人事任免</a></li><li><a href="{}">财政资金</a></li></ul>"#,
        col(1002),
        col(1003),
        col(1004),
        col(1005),
        col(1006),
        col(1007),
        col(1008),
        col(1009),
        col(1011)
    );
    s.static_col(&col(1001), "政务公开", &plat);
    s.static_col(&col(1002), "信息公开指南", STATIC_GUIDE);
    s.column(
        &col(1003),
        &art(1003),
        "信息公开制度",
        &[("2021-05-10", "青禾县政府信息公开工作制度", "")],
        Style::Dash,
        "",
    );
    // parent column: lists only sub-columns (no dates) -> not blank, not stale
    let sub = format!(
        r#"<ul class="sub"><li><a href="{}">机构职能</a></li><li><a href="{}">部门文件</a></li><li><a href="{}">人事任免</a></li><li><a href="{}">财政资金</a></li></ul>"#,
        col(1006),
        col(1007),
        col(1009),
        col(1011)
    );
    s.static_col(&col(1004), "法定主动公开内容", &sub);
    s.column(
        &col(1005),
        &art(1005),
        "信息公开年报",
        &[(
            "2024-01-20",
            "青禾县人民政府2023年政府信息公开工作年度报告",
            "",
        )],
        Style::Dash,
        "",
    );
    s.static_col(&col(1006), "机构职能", STATIC_ORG);
    s.column(
        &col(1007),
        &art(1007),
        "部门文件",
        &[
            ("2024-03-01", "青禾县人民政府关于印发2024年重点工作任务的通知", "<p>附件：<a href=\"/__local/A/2B/2024rwfj.doc\">2024年重点任务分解表.doc</a></p><p>原环境保护局有关职责划入县生态环境局。</p>"),
            ("2024-01-15", "青禾县人民政府关于调整部分议事协调机构的通知", "<p>相关材料见<a href=\"/info/1007/1999.htm\">历史文件</a>。</p>"),
        ],
        Style::Dash,
        "",
    );
    s.broken(
        "/__local/A/2B/2024rwfj.doc",
        false,
        "http_status",
        "missing .doc attachment on an article",
    );
    s.status(
        "/info/1007/1999.htm",
        500,
        "text/html; charset=utf-8",
        "<html><body>Internal Server Error</body></html>",
    );
    s.broken(
        "/info/1007/1999.htm",
        false,
        "http_status",
        "500 inner page",
    );
    s.column(
        &col(1008),
        &art(1008),
        "政策解读",
        &[("2024-03-05", "一图读懂《2024年重点工作任务》", "")],
        Style::Dash,
        "",
    );
    s.column(
        &col(1009),
        &art(1009),
        "人事任免",
        &[(
            "2023-12-01",
            "青禾县人民政府关于张某某等同志职务任免的通知",
            "",
        )],
        Style::Dash,
        "",
    );
    s.column(
        &col(1011),
        &art(1011),
        "财政资金",
        &[("2024-02-01", "青禾县2024年财政预算公开", "")],
        Style::Dash,
        "",
    );
    s.column(
        &col(1012),
        &art(1012),
        "优化营商环境",
        &[("2024-03-12", "青禾县持续优化营商环境十条措施", "")],
        Style::Dash,
        "",
    );
    // stale news column (news: 14 days)
    s.column(
        &col(1020),
        &art(1020),
        "部门动态",
        &[
            (
                "2024-02-10",
                "县生态环境局开展春节前安全检查",
                "<p>县环境保护局工作人员深入辖区企业开展检查。</p>",
            ),
            ("2024-01-30", "县农业农村局召开全县农业工作会议", ""),
        ],
        Style::Dash,
        "<meta name=\"Maketime\" content=\"2024-03-30 10:00:00\">",
    );
    s.col(
        "stale_column",
        "工作动态",
        Some("2024-02-10"),
        "部门动态 last item 2024-02-10",
    );
    s.word(
        "环境保护局",
        "/info/1020/21.htm",
        "outdated name in a 2024 news article",
    );
    // 公告公示: article 22 is behind a 429 that recovers
    s.column(
        &col(1030),
        "/info/1030/2",
        "公告公示",
        &[
            ("2024-03-27", "关于开展2024年春季植树活动的公告", ""),
            ("2024-03-18", "关于县城区道路施工期间交通管制的通告", ""),
        ],
        Style::Dash,
        "",
    );
    let body22 = s.doc(
        "通告",
        "",
        "<h1>关于县城区道路施工期间交通管制的通告</h1><div>发布时间：2024-03-18</div>",
    );
    s.routes.insert(
        "/info/1030/22.htm".into(),
        Route::Flaky {
            n: 1,
            status: 429,
            seen: AtomicU32::new(0),
            body: body22.into_bytes(),
        },
    );
    // 领导信箱: all answered
    let rows = "<table class=\"xx\"><tr><th>标题</th><th>留言时间</th><th>状态</th></tr><tr><td><a href=\"/info/1060/31.htm\">关于小区路灯维修的建议</a></td><td>2024-01-05</td><td>已回复</td></tr></table>";
    s.static_col(&col(1060), "领导信箱", rows);
    s.article(
        "/info/1060/31.htm",
        "关于小区路灯维修的建议",
        "留言时间：2024-01-05",
        "<p>留言内容：小区路灯坏了。</p><p>回复状态：已回复</p><p>答复单位：县住建局</p><p>答复时间：2024-01-12</p><p>答复内容：已安排维修。</p>",
    );
    // 规划计划 is nowhere
    s.col(
        "missing_column",
        "规划计划",
        None,
        "no 规划计划 column anywhere",
    );
    s
}

/// gov.cn-like department policy portal: 成文日期/发布日期 tables, Chinese dates.
pub fn portal_b(p: &Ports) -> Portal {
    let mut s = Portal::new("青禾县发展和改革委员会", p.b, false);
    s.check = Some(("/", "department"));
    let home = r##"<div class="nav"><a href="/xxgk">信息公开目录</a><a href="/zhengce/wndt/index.htm">委内动态</a><a href="/zhengce/tzgg/index.htm">通知公告</a><a href="/hdjl/zrxx/index.htm">主任信箱</a></div>
<div class="focus"><a href="/zhengce/content/2019-01/01/content_9.htm">【专题】2019年改革开放四十周年</a></div>
<div class="news"><ul>
<li><a href="/zhengce/wndt/1.htm" title="一带一路战略">县发改委召开一季度经济形势分析会</a><em>2024年03月29日</em></li>
</ul></div>
<style>.x{content:"扫黑险恶"}</style>"##;
    s.page(
        "/",
        "青禾县发展和改革委员会",
        "<meta name=\"keywords\" content=\"一带一路战略\">",
        home,
    );
    // soft 404: the 专题 page was deleted, the CMS answers 200 with a notice
    s.page(
        "/zhengce/content/2019-01/01/content_9.htm",
        "提示信息",
        "",
        "<div class=\"msg\">对不起，您访问的页面已删除或不存在！<a href=\"/\">返回首页</a></div>",
    );
    s.broken(
        "/zhengce/content/2019-01/01/content_9.htm",
        true,
        "soft_404",
        "200 page '对不起，您访问的页面已删除或不存在' titled 提示信息",
    );
    // valid redirect chain /xxgk -> /xxgk/ -> /xxgk/index.htm
    s.redirect("/xxgk", 301, "/xxgk/");
    s.redirect("/xxgk/", 302, "/xxgk/index.htm");
    let dir = r#"<ul class="ml"><li><a href="/xxgk/zn/index.htm">信息公开指南</a></li><li><a href="/xxgk/zd/index.htm">信息公开制度</a></li><li><a href="/xxgk/nb/index.htm">信息公开年报</a></li><li><a href="/xxgk/jgzn/index.htm">机构职能</a></li><li><a href="/zhengce/gfxwj/index.htm">规范性文件</a></li><li><a href="/zhengce/zcjd/index.htm">政策解读</a></li><li><a href="/xxgk/rsrm/index.htm">人事任免</a></li><li><a href="/xxgk/ghjh/index.htm">规划计划</a></li><li><a href="/xxgk/yjs/index.htm">预决算公开</a></li></ul>"#;
    s.static_col("/xxgk/index.htm", "信息公开目录", dir);
    s.static_col("/xxgk/zn/index.htm", "信息公开指南", STATIC_GUIDE);
    s.column(
        "/xxgk/zd/index.htm",
        "/xxgk/zd/a",
        "信息公开制度",
        &[("2020-06-01", "政府信息公开保密审查制度", "")],
        Style::Table,
        "",
    );
    s.column(
        "/xxgk/nb/index.htm",
        "/xxgk/nb/a",
        "信息公开年报",
        &[("2024-01-25", "2023年政府信息公开工作年度报告", "")],
        Style::Table,
        "",
    );
    s.static_col("/xxgk/jgzn/index.htm", "机构职能", STATIC_ORG);
    // policy: gov.cn table with 成文日期 != 发布日期
    s.page(
        "/zhengce/gfxwj/index.htm",
        "规范性文件",
        "",
        r#"<h2>规范性文件</h2><table class="list"><tr><th>标题</th><th>发布日期</th></tr><tr><td><a href="/zhengce/content/2024-03/05/content_1001.htm">青禾县发展和改革委员会关于印发价格监测工作办法的通知</a></td><td>2024年03月05日</td></tr></table><p><a href="/zhengce/old/index.htm">已废止文件库</a></p>"#,
    );
    s.page(
        "/zhengce/content/2024-03/05/content_1001.htm",
        "青禾县发展和改革委员会关于印发价格监测工作办法的通知",
        "<meta name=\"PubDate\" content=\"2024-03-05 10:00\">",
        r#"<table class="bd1"><tr><td>索 引 号：</td><td>000014349/2024-00011</td><td>主题分类：</td><td>综合政务</td></tr><tr><td>发文机关：</td><td>青禾县发展和改革委员会</td><td>成文日期：</td><td>2024年02月28日</td></tr><tr><td>标　　题：</td><td>关于印发价格监测工作办法的通知</td></tr><tr><td>发文字号：</td><td>青发改〔2024〕3号</td><td>发布日期：</td><td>2024年03月05日</td></tr></table><div class="pages_content"><p>深入学习贯彻党的２０大精神，做好价格监测工作。</p><p>附件：<a href="/zhengce/fj/2024jgjc.xls">价格监测表.xls</a></p></div>"#,
    );
    s.word(
        "党的20大",
        "/zhengce/content/2024-03/05/content_1001.htm",
        "full-width digits 党的２０大",
    );
    s.status(
        "/zhengce/fj/2024jgjc.xls",
        403,
        "text/html; charset=utf-8",
        "<html><body>403 Forbidden</body></html>",
    );
    s.broken(
        "/zhengce/fj/2024jgjc.xls",
        false,
        "http_status",
        "403 xls attachment (HEAD and GET)",
    );
    s.redirect("/zhengce/old/index.htm", 302, "/zhengce/old2/index.htm");
    s.redirect("/zhengce/old2/index.htm", 302, "/zhengce/old/index.htm");
    s.broken(
        "/zhengce/old/index.htm",
        false,
        "redirect_loop",
        "302 loop old <-> old2",
    );
    // stale 政策解读 (180 d): last 2023-07-10; an alt attribute carries a fresh date (trap)
    s.column(
        "/zhengce/zcjd/index.htm",
        "/zhengce/zcjd/a",
        "政策解读",
        &[
            (
                "2023-07-10",
                "《价格监测工作办法》政策解读",
                "<p><span alt=\"更新时间：2024-03-20\">本文</span>由办公室负责解读。</p>",
            ),
            ("2023-05-02", "图解：2023年重点项目建设", ""),
        ],
        Style::Table,
        "<meta name=\"Maketime\" content=\"2024-03-30 09:00:00\">",
    );
    s.col(
        "stale_column",
        "政策解读",
        Some("2023-07-10"),
        "政策解读 last 2023年07月10日 (table, Chinese dates)",
    );
    // blank 人事任免
    s.static_col(
        "/xxgk/rsrm/index.htm",
        "人事任免",
        "<ul class=\"list\"></ul><div class=\"empty\">暂无信息</div>",
    );
    s.col("blank_column", "人事信息", None, "人事任免 says 暂无信息");
    s.column(
        "/xxgk/ghjh/index.htm",
        "/xxgk/ghjh/a",
        "规划计划",
        &[("2023-10-01", "青禾县“十四五”价格工作规划中期评估", "")],
        Style::Table,
        "",
    );
    s.column(
        "/xxgk/yjs/index.htm",
        "/xxgk/yjs/a",
        "预决算公开",
        &[("2024-02-06", "青禾县发展和改革委员会2024年部门预算", "")],
        Style::Table,
        "",
    );
    s.column(
        "/zhengce/wndt/index.htm",
        "/zhengce/wndt/",
        "委内动态",
        &[
            ("2024-03-29", "县发改委召开一季度经济形势分析会", ""),
            ("2024-03-21", "县发改委赴重点项目现场调研", ""),
        ],
        Style::EmCn,
        "",
    );
    // article 2 of 委内动态 is slow (1.5 s, within --timeout 3)
    let slow = s.doc(
        "调研",
        "",
        "<h1>县发改委赴重点项目现场调研</h1><div>发布日期：2024年03月21日</div>",
    );
    s.routes.insert(
        "/zhengce/wndt/2.htm".into(),
        Route::Slow {
            ms: 1500,
            body: slow.into_bytes(),
        },
    );
    s.column(
        "/zhengce/tzgg/index.htm",
        "/zhengce/tzgg/",
        "通知公告",
        &[("2023-10-05", "关于公布2023年第四批重点项目名单的公示", "")],
        Style::EmCn,
        "",
    );
    // 503 with Retry-After on the notice article, once
    let n1 = s.doc(
        "公示",
        "",
        "<h1>关于公布2023年第四批重点项目名单的公示</h1><div>发布日期：2023年10月05日</div>",
    );
    s.routes.insert(
        "/zhengce/tzgg/1.htm".into(),
        Route::Flaky {
            n: 1,
            status: 503,
            seen: AtomicU32::new(0),
            body: n1.into_bytes(),
        },
    );
    s.static_col(
        "/hdjl/zrxx/index.htm",
        "主任信箱",
        "<table><tr><td><a href=\"/hdjl/zrxx/1.htm\">关于充电桩建设的咨询</a></td><td>2024-02-01</td><td>已办结</td></tr></table>",
    );
    s.article(
        "/hdjl/zrxx/1.htm",
        "关于充电桩建设的咨询",
        "来信时间：2024-02-01",
        "<p>来信内容：小区何时建设充电桩？</p><p>办理状态：已办结</p><p>回复时间：2024-02-08</p><p>回复内容：已纳入计划。</p>",
    );
    s
}
