//! The holdout portals: realistic CMS styles with planted problems and traps.
//! Each function fills a builder `B` (routes + expected findings).

use super::expect::*;
use super::server::Resp;

pub const WORDS_TSV: &str = "# holdout word list (the judges pass their own with --words)
中华人民共合国\t中华人民共和国\t国名\tserious
国土资源部\t自然资源部\t过时机构名称\tgeneral\t原国土资源部|国土资源部门
农业部\t农业农村部\t过时机构名称\tgeneral\t原农业部|农业部门
党的20大\t党的二十大\t规范表述\tserious
扫黑险恶\t扫黑除恶\t规范表述\tserious
习进平\t习近平\t领导人姓名\tserious
领导小姐\t领导小组\t错别字\tserious
一带一路战略\t共建“一带一路”倡议\t规范表述\tserious
攻府\t政府\t严重错别字\tserious
秸杆\t秸秆\t错别字\tgeneral
国家旅游局\t文化和旅游部\t过时机构名称\tgeneral\t原国家旅游局\t2018-03-17
市场监督管里局\t市场监督管理局\t错别字\tserious
";

const NEWS: &[(&str, &str)] = &[
    ("政务公开", "/zwgk/index.html"),
    ("政务动态", "/zwgk/zwdt/index.html"),
];

/// Portal A: TRS county portal (青石县), UTF-8, robots.txt with a disallowed
/// folder, every broken-link class on the homepage and inner pages.
pub fn trs_county(b: &mut B, closed: u16) {
    let ext = b.ext.clone();
    b.route(
        "/robots.txt",
        Resp::typed(
            200,
            "text/plain",
            b"User-agent: *\nDisallow: /private/\n".to_vec(),
        ),
    );
    // ---- homepage
    let home_body = format!(
        r#"<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/index.html">政府信息公开</a></li>
<li><a href="/zwgk/zwdt/index.html">政务动态</a></li><li><a href="/zwgk/tzgg/index.html">通知公告</a></li>
<li><a href="/zwgk/zcwj/index.html">政策文件</a></li><li><a href="/zwgk/zcjd/index.html">政策解读</a></li>
<li><a href="/hdjl/index.html">互动交流</a></li><li><a href="/bsfw/index.html">办事服务</a></li></ul></div>
<div class="banner"><img src="/images/2024/banner_lh.jpg" alt="2024年全国两会专题"></div>
<script src="/js/old_stat.js"></script>
<script>var buildTime = "2024-03-31 08:00:00"; // 生成时间</script>
<div class="yw"><h2>青石要闻</h2>
<ul><li><a href="/zwgk/zwdt/202403/t20240328_2001.html">县政府召开第十二次常务会议</a><span>2024-03-28</span></li>
<li><a href="/zwgk/zwdt/202403/t20240325_2002.html">我县推进秸秆综合利用工作</a><span>2024-03-25</span></li>
<li><a href="/zwgk/zwdt/202403/t20240320_2003.html">G404国道青石段改扩建工程进展顺利</a><span>2024-03-20</span></li></ul></div>
<div class="links"><h3>便民服务</h3>
<a href="/zwgk/query.jsp">信息公开查询</a> <a href="/zwfw/index.html">网上办事大厅</a> <a href="/search/index.html">站内搜索</a>
<a href="/xqgk/index.html">县情概况</a> <a href="/old/notice.html">旧版通知公告</a>
<a href="mailto:qsxzf@example.gov.cn">县长信箱邮件</a> <a href="javascript:void(0)" onclick="addFav()">加入收藏</a> <a href="tel:0795-1234567">值班电话</a>
<a href="/private/gzbf.html">内部工作办法</a> <a href="/private/report.html">内部通报</a></div>
<div class="yqlj"><h3>友情链接</h3><a href="{ext}/ok.html">市人民政府</a> <a href="//127.0.0.1:{extport}/ext/pr.html">省人民政府</a>
<a href="{ext}/gone.html">市发展改革委</a> <a href="http://127.0.0.1:{closed}/">青石县旧版网站</a></div>
<div class="ad"><img src="/images/logo.png" alt="2024-03-31"></div>
<iframe src="/zt/2023/lhzt/index.html" width="300" height="100"></iframe><link rel="stylesheet" href="/css/2019/old.css">
<a href="/uploads/bszn.pdf">办事指南汇编</a> <a href="/uploads/zcwjhb.pdf">政策文件汇编</a> <a href="/zwgk/zt/index.html">专题活动</a> <a href='#top'>返回顶部</a>"#,
        extport = ext.rsplit(':').next().unwrap_or(""),
    );
    let home = b.doc(
        "首页",
        "<meta name=\"Maketime\" content=\"2024-03-31 08:00:00\">",
        &[],
        &home_body,
    );
    b.html("/", home);
    b.broken(
        "/images/2024/banner_lh.jpg",
        true,
        "http_status",
        "homepage banner image 404",
    );
    b.broken(
        "/js/old_stat.js",
        true,
        "http_status",
        "homepage script 404",
    );
    b.broken(
        "/zwgk/query.jsp",
        true,
        "timeout",
        "homepage link never answers",
    );
    b.broken(
        "/zt/2023/lhzt/index.html",
        true,
        "http_status",
        "broken iframe on homepage",
    );
    b.broken(
        "/css/2019/old.css",
        true,
        "http_status",
        "broken stylesheet on homepage",
    );
    // HEAD refused with 403 (valid), HEAD 404 but GET 200 (valid, unreliable HEAD)
    b.route(
        "/uploads/bszn.pdf",
        Resp::NoHead {
            head: 403,
            inner: Box::new(Resp::typed(200, "application/pdf", b"%PDF-1.4".to_vec())),
        },
    );
    b.route(
        "/uploads/zcwjhb.pdf",
        Resp::NoHead {
            head: 404,
            inner: Box::new(Resp::typed(200, "application/pdf", b"%PDF-1.4".to_vec())),
        },
    );
    b.route(
        "/zwgk/zt/index.html",
        Resp::FailFirst {
            n: 50,
            status: 503,
            retry_after: Some(1),
            then: Box::new(Resp::status(200)),
        },
    );
    b.broken(
        "/zwgk/zt/index.html",
        true,
        "http_status",
        "503 with Retry-After that persists past the retry budget",
    );
    b.route("/zwgk/query.jsp", Resp::Hang);
    b.broken(
        &format!("{ext}/gone.html"),
        true,
        "http_status",
        "external 404 on homepage",
    );
    b.broken(
        &format!("http://127.0.0.1:{closed}/"),
        true,
        "connect",
        "connection refused",
    );
    // traps
    let ok = |t: &str| {
        Resp::html(format!("<html><head><meta charset=\"utf-8\"><title>{t}</title></head><body><div class=\"content\"><h1>{t}</h1><p>欢迎访问{t}。</p></div></body></html>").into_bytes())
    };
    b.route(
        "/zwfw/index.html",
        Resp::FailFirst {
            n: 1,
            status: 503,
            retry_after: None,
            then: Box::new(ok("网上办事大厅")),
        },
    );
    b.route(
        "/search/index.html",
        Resp::FailFirst {
            n: 1,
            status: 429,
            retry_after: Some(1),
            then: Box::new(ok("站内搜索")),
        },
    );
    b.route(
        "/xqgk/index.html",
        Resp::Slow {
            ms: 1500,
            inner: Box::new(ok("县情概况")),
        },
    );
    b.route("/old/notice.html", Resp::redirect(301, "/zwgk/old2/"));
    b.route("/zwgk/old2/", Resp::redirect(302, "/zwgk/tzgg/index.html"));
    b.route(
        "/private/report.html",
        Resp::html(
            "<html><body>中华人民共合国 攻府</body></html>"
                .as_bytes()
                .to_vec(),
        ),
    );

    // ---- 政府信息公开 platform
    let body = nav_list(&[
        ("/zwgk/gkzn/index.html", "政府信息公开指南"),
        ("/zwgk/gkzd/index.html", "政府信息公开制度"),
        ("/zwgk/fdzdgknr/index.html", "法定主动公开内容"),
        ("/zwgk/ndbg/index.html", "政府信息公开年报"),
    ]);
    let p = b.doc(
        "政府信息公开",
        "<meta name=\"ColumnName\" content=\"政府信息公开\">",
        &[("政府信息公开", "")],
        &body,
    );
    b.html("/zwgk/index.html", p);
    let body = nav_list(&[
        ("/zwgk/jgzn/index.html", "机构职能"),
        ("/zwgk/zcwj/index.html", "政策文件"),
        ("/zwgk/ghjh/index.html", "规划计划"),
        ("/zwgk/rsxx/index.html", "人事信息"),
        ("/zwgk/czyjs/index.html", "财政预决算"),
        ("/zwgk/tjxx/index.html", "统计信息"),
    ]);
    let p = b.doc(
        "法定主动公开内容",
        "",
        &[
            ("政府信息公开", "/zwgk/index.html"),
            ("法定主动公开内容", ""),
        ],
        &body,
    );
    b.html("/zwgk/fdzdgknr/index.html", p);
    let crumbs = |n: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![("政府信息公开", "/zwgk/index.html"), (n, "")]
    };
    let static_page = |b: &mut B, path: &str, name: &'static str, text: &str| {
        let p = b.doc(
            name,
            &format!("<meta name=\"ColumnName\" content=\"{name}\">"),
            &crumbs(name),
            &format!("<div class=\"content\"><h1>{name}</h1>{text}</div>"),
        );
        b.html(path, p);
    };
    static_page(
        b,
        "/zwgk/gkzn/index.html",
        "政府信息公开指南",
        "<p>为进一步做好政府信息公开工作，根据《中华人民共和国政府信息公开条例》，编制本指南。一、主动公开……二、依申请公开……</p><p>发布时间：2021-05-10</p>",
    );
    static_page(
        b,
        "/zwgk/gkzd/index.html",
        "政府信息公开制度",
        "<p>青石县政府信息公开保密审查制度、发布协调制度。</p><ul><li><a href=\"/zwgk/gkzd/bmsc.html\">政府信息公开保密审查制度</a></li></ul>",
    );
    b.article(
        "/zwgk/gkzd/bmsc.html",
        &crumbs("政府信息公开制度"),
        "政府信息公开保密审查制度",
        "2020-06-01",
        "<p>第一条 为规范政府信息公开保密审查工作……</p>",
    );
    static_page(
        b,
        "/zwgk/jgzn/index.html",
        "机构职能",
        "<p>县人民政府办公室是县人民政府的办事机构。主要职责：（一）负责县政府会议的准备工作……</p><p>办公地址：青石县人民路1号　办公时间：工作日 8:30-12:00 14:30-17:30</p>",
    );
    b.html(
        "/zwgk/ndbg/index.html",
        b.doc(
            "政府信息公开年报",
            "",
            &crumbs("政府信息公开年报"),
            &li_list(
                &[(
                    "/zwgk/ndbg/202401/t20240120_1.html",
                    "青石县人民政府2023年政府信息公开工作年度报告",
                    "2024-01-20",
                )],
                "date",
            ),
        ),
    );
    b.article(
        "/zwgk/ndbg/202401/t20240120_1.html",
        &crumbs("政府信息公开年报"),
        "青石县人民政府2023年政府信息公开工作年度报告",
        "2024-01-20",
        "<p>本报告根据《中华人民共和国政府信息公开条例》要求编制。</p>",
    );

    // ---- 工作动态 (TRS list, 2 pages; page 2 only reachable through createPageHTML)
    let items = [
        (
            "./202403/t20240328_2001.html",
            "县政府召开第十二次常务会议",
            "2024-03-28",
        ),
        (
            "./202403/t20240325_2002.html",
            "我县推进秸秆综合利用工作",
            "2024-03-25",
        ),
        (
            "./202403/t20240320_2003.html",
            "G404国道青石段改扩建工程进展顺利",
            "2024-03-20",
        ),
    ];
    let p = b.doc("政务动态", "<meta name=\"ColumnName\" content=\"政务动态\"><meta name=\"ColumnType\" content=\"工作动态\">", &[("政府信息公开", "/zwgk/index.html"), ("政务动态", "")], &trs_list(&items, 2, 0));
    b.html("/zwgk/zwdt/index.html", p);
    let items2 = [
        (
            "./202402/t20240215_1002.html",
            "全县工业运行调度会召开",
            "2024-02-15",
        ),
        (
            "./202310/t20231012_1001.html",
            "我县开展秋季森林防火宣传",
            "2023-10-12",
        ),
    ];
    let p = b.doc(
        "政务动态",
        "",
        &[("政府信息公开", "/zwgk/index.html"), ("政务动态", "")],
        &trs_list(&items2, 2, 1),
    );
    b.html("/zwgk/zwdt/index_1.html", p);
    b.broken(
        "/zwgk/zwdt/202310/t20231012_1001.html",
        false,
        "http_status",
        "article only linked from list page 2 (pagination)",
    );
    b.article("/zwgk/zwdt/202402/t20240215_1002.html", NEWS, "全县工业运行调度会召开", "2024-02-15",
        "<p>会议听取了一季度工业运行情况汇报。</p><p>附件：<a href=\"/uploads/2024/02/fj_gzyd.pdf\">工业运行调度表.pdf</a></p>");
    b.broken(
        "/uploads/2024/02/fj_gzyd.pdf",
        false,
        "http_status",
        "missing pdf attachment",
    );
    b.article("/zwgk/zwdt/202403/t20240328_2001.html", NEWS, "县政府召开第十二次常务会议", "2024-03-28",
        r#"<p>会议传达学习了《中华人民共合国乡村振兴促进法》相关内容。</p>
<p>会议指出，原国土资源部印发的相关文件已由新机构继续执行，要加强与农业部门的沟通协调。</p>
<script>var shareTitle = "一带一路战略";</script><!-- 攻府 草稿 --><style>/* 习进平 */ .x{color:red}</style>
<p><img src="/images/logo.png" title="攻府" alt="扫黑险恶">会议还研究了其他事项。</p>"#);
    b.word(
        "中华人民共合国",
        "/zwgk/zwdt/202403/t20240328_2001.html",
        "plain hit",
    );
    b.article("/zwgk/zwdt/202403/t20240325_2002.html", NEWS, "我县推进秸秆综合利用工作", "2024-03-25",
        "<p>全县今年计划完成秸杆综合利用面积5万亩，禁止露天焚烧。</p><p>联系邮箱：<a href=\"mailto:nyj@example.gov.cn\">nyj@example.gov.cn</a></p>");
    b.word(
        "秸杆",
        "/zwgk/zwdt/202403/t20240325_2002.html",
        "general-level plain hit",
    );
    b.article("/zwgk/zwdt/202403/t20240320_2003.html", NEWS, "G404国道青石段改扩建工程进展顺利", "2024-03-20",
        "<p>G404国道青石段改扩建工程全长18公里，目前路基工程已完成404米桥梁段施工。页面访问量统计不含404错误页。</p>");

    // ---- 通知公告 (stale, alt-attribute date trap, soft 404, redirect to 404)
    let body = trs_list(
        &[
            (
                "./202308/t20230815_3001.html",
                "关于开展2023年度统计执法检查的通知",
                "<span alt=\"时间：2024-03-29\">2023-08-15</span>",
            ),
            (
                "./201905/t20190510_88.html",
                "关于2019年五一劳动节放假安排的通知",
                "2023-06-01",
            ),
            (
                "./old_notice.html",
                "关于调整办事大厅办公时间的公告",
                "2023-05-20",
            ),
            (
                "./202001/t20200115_77.html",
                "关于2020年春节期间值班安排的通知",
                "2023-05-10",
            ),
        ],
        1,
        0,
    );
    let p = b.doc(
        "通知公告",
        "<meta name=\"ColumnName\" content=\"通知公告\">",
        &[("政府信息公开", "/zwgk/index.html"), ("通知公告", "")],
        &body,
    );
    b.html("/zwgk/tzgg/index.html", p);
    b.column(
        "stale_column",
        "通知公告",
        Some("2023-08-15"),
        "TRS list, newest 2023-08-15, newer date only in alt attribute",
    );
    b.article(
        "/zwgk/tzgg/202308/t20230815_3001.html",
        &[("通知公告", "/zwgk/tzgg/index.html")],
        "关于开展2023年度统计执法检查的通知",
        "2023-08-15",
        "<p>各乡镇人民政府、县直各单位：……</p>",
    );
    b.html("/zwgk/tzgg/201905/t20190510_88.html", "<html><head><meta charset=\"utf-8\"><title>页面不存在</title></head><body><div class=\"err\"><p>抱歉，您访问的页面不存在或已被删除！</p><a href=\"/\">返回首页</a></div></body></html>".to_string());
    b.broken(
        "/zwgk/tzgg/201905/t20190510_88.html",
        false,
        "soft_404",
        "200 error page",
    );
    b.html("/zwgk/tzgg/202001/t20200115_77.html", "<html><head><meta charset=\"utf-8\"><title>404</title></head><body><div class=\"box\"><img src=\"/images/logo.png\" alt=\"\"><p>抱歉，出错了！</p><p><a href=\"/\">返回首页</a></p></div></body></html>".to_string());
    b.broken(
        "/zwgk/tzgg/202001/t20200115_77.html",
        false,
        "soft_404",
        "200 page titled just 404",
    );
    b.route(
        "/zwgk/tzgg/old_notice.html",
        Resp::redirect(301, "/zwgk/tzgg/moved_2023.html"),
    );
    b.broken(
        "/zwgk/tzgg/old_notice.html",
        false,
        "http_status",
        "redirect ending in 404, reported at linked URL",
    );

    // ---- 政策文件 (fresh, Chinese dates; split/full-width words)
    let p = b.doc(
        "政策文件",
        "<meta name=\"ColumnName\" content=\"政策文件\">",
        &[("政府信息公开", "/zwgk/index.html"), ("政策文件", "")],
        &li_list(
            &[(
                "/zwgk/zcwj/202403/t20240305_4001.html",
                "青石县人民政府关于印发2024年政府工作要点的通知",
                "2024年3月5日",
            )],
            "date",
        ),
    );
    b.html("/zwgk/zcwj/index.html", p);
    b.article(
        "/zwgk/zcwj/202403/t20240305_4001.html",
        &[("政策文件", "/zwgk/zcwj/index.html")],
        "青石县人民政府关于印发2024年政府工作要点的通知",
        "2024-03-05",
        "<p>深入学习贯彻党的２０大精神，持续推进常态化扫黑<span class=\"hl\">险恶</span>斗争。</p>",
    );
    b.word(
        "党的20大",
        "/zwgk/zcwj/202403/t20240305_4001.html",
        "full-width digits",
    );
    b.word(
        "扫黑险恶",
        "/zwgk/zcwj/202403/t20240305_4001.html",
        "split by inline tag",
    );

    // ---- 政策解读 (blank: 暂无信息)
    let p = b.doc(
        "政策解读",
        "<meta name=\"ColumnName\" content=\"政策解读\">",
        &[("政府信息公开", "/zwgk/index.html"), ("政策解读", "")],
        "<ul class=\"list\"></ul><div class=\"empty\">暂无信息</div>",
    );
    b.html("/zwgk/zcjd/index.html", p);
    b.column("blank_column", "政策解读", None, "暂无信息");

    // ---- 规划计划 (due soon, not stale)
    let p = b.doc(
        "规划计划",
        "",
        &[
            ("法定主动公开内容", "/zwgk/fdzdgknr/index.html"),
            ("规划计划", ""),
        ],
        &li_list(
            &[(
                "/zwgk/ghjh/202304/t20230405_5001.html",
                "青石县2023年国民经济和社会发展计划",
                "2023-04-05",
            )],
            "date",
        ),
    );
    b.html("/zwgk/ghjh/index.html", p);
    b.article(
        "/zwgk/ghjh/202304/t20230405_5001.html",
        &[("规划计划", "/zwgk/ghjh/index.html")],
        "青石县2023年国民经济和社会发展计划",
        "2023-04-05",
        "<p>计划全文。</p>",
    );
    b.column(
        "column_due_soon",
        "规划计划",
        Some("2023-04-05"),
        "361 days of 365: due soon, not stale",
    );

    // ---- 人事信息 (fresh, slash dates)
    let p = b.doc(
        "人事信息",
        "",
        &[
            ("法定主动公开内容", "/zwgk/fdzdgknr/index.html"),
            ("人事信息", ""),
        ],
        &li_list(
            &[(
                "/zwgk/rsxx/202402/t20240220_6001.html",
                "青石县人民政府关于张某某等同志职务任免的通知",
                "2024/02/20",
            )],
            "date",
        ),
    );
    b.html("/zwgk/rsxx/index.html", p);
    b.article(
        "/zwgk/rsxx/202402/t20240220_6001.html",
        &[("人事信息", "/zwgk/rsxx/index.html")],
        "青石县人民政府关于张某某等同志职务任免的通知",
        "2024-02-20",
        "<p>任命张某某为县发展和改革委员会主任。</p>",
    );

    // ---- 财政预决算 (old dates, no freshness class) + missing download
    let p = b.doc(
        "财政预决算",
        "",
        &[
            ("法定主动公开内容", "/zwgk/fdzdgknr/index.html"),
            ("财政预决算", ""),
        ],
        &li_list(
            &[(
                "/zwgk/czyjs/202302/t20230210_7001.html",
                "青石县2023年财政预算公开",
                "2023-02-10",
            )],
            "date",
        ),
    );
    b.html("/zwgk/czyjs/index.html", p);
    b.article(
        "/zwgk/czyjs/202302/t20230210_7001.html",
        &[("财政预决算", "/zwgk/czyjs/index.html")],
        "青石县2023年财政预算公开",
        "2023-02-10",
        "<p>附件：<a href=\"/downfile.jsp?filename=2023czys.xls\">2023年预算表.xls</a></p>",
    );
    b.broken(
        "/downfile.jsp?filename=2023czys.xls",
        false,
        "http_status",
        "downfile.jsp attachment 404",
    );
    let p = b.doc(
        "统计信息",
        "",
        &[("统计信息", "")],
        &li_list(
            &[
                (
                    "/zwgk/tjxx/202403/t20240318_1.html",
                    "2024年1-2月全县主要经济指标",
                    "2024-03-18",
                ),
                (
                    "/zwgk/tjxx/202403/t20240310_2.html",
                    "全县秸杆综合利用情况统计",
                    "2024-03-10",
                ),
            ],
            "date",
        ),
    );
    b.html("/zwgk/tjxx/index.html", p);
    b.word(
        "秸杆",
        "/zwgk/tjxx/index.html",
        "word in a list item title (list page)",
    );
    b.article("/zwgk/tjxx/202403/t20240310_2.html", &[("统计信息", "/zwgk/tjxx/index.html")], "全县秸杆综合利用情况统计", "2024-03-10",
        "<p>详见附件：<a href=\"../../../downfile.jsp?filename=关于秸秆利用的统计表.xls\">统计表</a>；<a href=\"../../../uploads/2024/03/../tjb.xls\">汇总表</a></p>");
    b.word(
        "秸杆",
        "/zwgk/tjxx/202403/t20240310_2.html",
        "word in the article title (h1)",
    );
    let cn = url::Url::parse(&b.u("/zwgk/tjxx/202403/t20240310_2.html"))
        .unwrap()
        .join("../../../downfile.jsp?filename=关于秸秆利用的统计表.xls")
        .unwrap()
        .to_string();
    b.broken(
        &cn,
        false,
        "http_status",
        "Chinese filename in downfile.jsp query (UTF-8 page), ../ path",
    );
    b.broken(
        "/uploads/2024/tjb.xls",
        false,
        "http_status",
        "../ relative link with dot segments",
    );
    b.article(
        "/zwgk/tjxx/202403/t20240318_1.html",
        &[("统计信息", "/zwgk/tjxx/index.html")],
        "2024年1-2月全县主要经济指标",
        "2024-03-18",
        "<p>规模以上工业增加值同比增长6.1%。</p>",
    );

    // ---- 优化营商环境: not linked anywhere
    b.column(
        "missing_column",
        "优化营商环境",
        None,
        "county column absent",
    );

    // ---- 互动交流: 县长信箱 (mixed states) + 在线访谈 (excluded)
    let p = b.doc(
        "互动交流",
        "",
        &[("互动交流", "")],
        &nav_list(&[
            ("/hdjl/xzxx/index.html", "县长信箱"),
            ("/hdjl/zxft/index.html", "在线访谈"),
        ]),
    );
    b.html("/hdjl/index.html", p);
    let rows = [
        (
            "/hdjl/xzxx/detail_101.html",
            "小区门口路灯损坏多日无人维修",
            "2024-03-20",
            "未回复",
            "",
        ),
        (
            "/hdjl/xzxx/detail_102.html",
            "关于农村低保申请流程的咨询",
            "2023-11-02",
            "未回复",
            "",
        ),
        (
            "/hdjl/xzxx/detail_103.html",
            "学校周边交通拥堵问题",
            "2023-10-10",
            "已回复",
            "2023-10-15",
        ),
        (
            "/hdjl/xzxx/detail_104.html",
            "反映2022年道路积水问题",
            "2022-12-01",
            "未回复",
            "",
        ),
        (
            "/hdjl/xzxx/detail_105.html",
            "关于医保异地备案的咨询",
            "2023-12-25",
            "已回复",
            "2024-01-03",
        ),
        (
            "/hdjl/xzxx/detail_106.html",
            "建议增设公交线路",
            "2023-12-20",
            "未回复",
            "",
        ),
    ];
    let p = b.doc(
        "县长信箱",
        "<meta name=\"ColumnType\" content=\"咨询投诉\">",
        &[("互动交流", "/hdjl/index.html"), ("县长信箱", "")],
        &msg_table(&rows),
    );
    b.html("/hdjl/xzxx/index.html", p);
    for (href, title, asked, status, answered) in rows {
        let reply = if status == "已回复" {
            "您好，您反映的问题已转交相关部门办理。"
        } else {
            ""
        };
        let p = b.doc(
            title,
            "",
            &[
                ("互动交流", "/hdjl/index.html"),
                ("县长信箱", "/hdjl/xzxx/index.html"),
                (title, ""),
            ],
            &msg_detail(title, asked, status, answered, reply),
        );
        b.html(href, p);
    }
    b.expect(
        "unanswered_message",
        b.u("/hdjl/xzxx/detail_102.html"),
        Ev::Asked(d("2023-11-02")),
        "150 days unanswered",
    );
    b.expect(
        "unanswered_message",
        b.u("/hdjl/xzxx/detail_106.html"),
        Ev::Asked(d("2023-12-20")),
        "102 days unanswered",
    );
    let ft = [(
        "/hdjl/zxft/ft_201.html",
        "网友提问：城区停车位规划何时公布",
        "2023-10-01",
        "未回复",
        "",
    )];
    let p = b.doc(
        "在线访谈",
        "<meta name=\"ColumnType\" content=\"在线访谈\">",
        &[("互动交流", "/hdjl/index.html"), ("在线访谈", "")],
        &msg_table(&ft),
    );
    b.html("/hdjl/zxft/index.html", p);
    let p = b.doc(
        "在线访谈",
        "",
        &[
            ("互动交流", "/hdjl/index.html"),
            ("在线访谈", "/hdjl/zxft/index.html"),
            ("网友提问", ""),
        ],
        &msg_detail(ft[0].1, "2023-10-01", "未回复", "", ""),
    );
    b.html("/hdjl/zxft/ft_201.html", p);

    // ---- 办事服务: one complete guide (synonyms), one incomplete
    let p = b.doc(
        "办事服务",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "")],
        &nav_list(&[
            ("/bsfw/bszn/001.html", "个体工商户设立登记办事指南"),
            ("/bsfw/bszn/002.html", "城乡居民最低生活保障申请办事指南"),
        ]),
    );
    b.html("/bsfw/index.html", p);
    let g1 = guide_table(&[
        ("服务名称", "个体工商户设立登记"),
        ("法律依据", "《促进个体工商户发展条例》"),
        ("受理条件", "有经营能力的公民"),
        ("申请材料", "身份证明、经营场所证明"),
        ("受理地点", "县政务服务中心一楼3号窗口"),
        ("工作时间", "工作日 9:00-17:00"),
        ("咨询电话", "0795-1234001"),
        ("办事流程", "申请—受理—审核—发照"),
        ("是否收费", "不收费"),
        ("承诺时限", "1个工作日"),
    ]);
    let p = b.doc(
        "个体工商户设立登记办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "/bsfw/index.html"), ("办事指南", "")],
        &format!("<h1>个体工商户设立登记办事指南</h1>{g1}"),
    );
    b.html("/bsfw/bszn/001.html", p);
    let g2 = guide_table(&[
        ("事项名称", "城乡居民最低生活保障申请"),
        ("设定依据", "《社会救助暂行办法》"),
        ("申请条件", "家庭人均收入低于当地低保标准"),
        ("申请材料", "申请书、户口簿、收入证明"),
        ("办理地点", ""),
        ("办理时间", "工作日 8:30-17:30"),
        ("联系电话", "0795-1234002"),
        ("办理流程", "申请—审核—公示—审批"),
    ]);
    let p = b.doc(
        "城乡居民最低生活保障申请办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "/bsfw/index.html"), ("办事指南", "")],
        &format!("<h1>城乡居民最低生活保障申请办事指南</h1>{g2}"),
    );
    b.html("/bsfw/bszn/002.html", p);
    b.expect(
        "service_guide_incomplete",
        b.u("/bsfw/bszn/002.html"),
        Ev::Elements(vec![
            "办理地点".into(),
            "收费标准".into(),
            "办理时限".into(),
        ]),
        "empty 办理地点, no 收费/时限",
    );
}

/// Portal B: Hanweb department portal (临江市农业农村局), /col/colNNNN/, /art/Y/M/D/.
/// Run with --rate 20 for the spacing check.
pub fn hanweb_department(b: &mut B) {
    let home_body = r#"<div class="nav"><a href="/">首页</a> <a href="/col/col1001/index.html">机构概况</a>
<a href="/col/col1100/index.html">政府信息公开</a> <a href="/col/col1200/index.html">部门动态</a>
<a href="/col/col1201/index.html">公示公告</a> <a href="/col/col1300/index.html">政民互动</a> <a href="/col/col1400/index.html">办事服务</a>
<a href="/col/col1500/index.html">数据开放</a></div>
<script src="/js/jquery-1.4.2.min.js"></script>
<div class="news"><ul>
<li><a href="/art/2024/3/27/art_1201_81001.html">2024年春耕备耕农资打假专项行动公告</a><span>2024-03-27</span></li>
<li><a href="/art/2024/3/12/art_1200_80001.html">全市农业农村工作会议召开</a><span>2024-03-12</span></li></ul></div>"#;
    let home = b.doc("首页", "", &[], home_body);
    b.html("/", home);
    b.broken(
        "/js/jquery-1.4.2.min.js",
        true,
        "http_status",
        "homepage script 404",
    );
    b.route("/col/col1500/index.html", Resp::status(500));
    b.broken(
        "/col/col1500/index.html",
        true,
        "http_status",
        "homepage link 500",
    );

    let cr = |n: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![("政府信息公开", "/col/col1100/index.html"), (n, "")]
    };
    let p = b.doc(
        "政府信息公开",
        "",
        &[("政府信息公开", "")],
        &nav_list(&[
            ("/col/col1101/index.html", "信息公开指南"),
            ("/col/col1102/index.html", "信息公开制度"),
            ("/col/col1103/index.html", "主动公开目录"),
            ("/col/col1108/index.html", "年度报告"),
        ]),
    );
    b.html("/col/col1100/index.html", p);
    let p = b.doc(
        "主动公开目录",
        "",
        &cr("主动公开目录"),
        &nav_list(&[
            ("/col/col1104/index.html", "部门文件"),
            ("/col/col1105/index.html", "人事任免"),
            ("/col/col1106/index.html", "发展规划"),
            ("/col/col1107/index.html", "部门预决算"),
        ]),
    );
    b.html("/col/col1103/index.html", p);
    let p = b.doc("信息公开指南", "", &cr("信息公开指南"), "<div class=\"content\"><p>临江市农业农村局政府信息公开指南。依据《中华人民共和国政府信息公开条例》和有关规定，编制本指南。一、主动公开：（一）公开范围：本机关主动公开的政府信息包括机构职能、政策文件、规划计划、财政预决算等。（二）公开方式：通过本机关门户网站、政务公开栏、新闻发布会等方式公开。（三）公开时限：属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。二、依申请公开：公民、法人或者其他组织可以向本机关申请获取政府信息，申请应当采用书面形式。三、监督和保障：公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关投诉、举报。</p></div>");
    b.html("/col/col1101/index.html", p);
    let p = b.doc("信息公开制度", "", &cr("信息公开制度"), "<div class=\"content\"><p>临江市农业农村局政府信息公开工作制度。第一条 为规范本机关政府信息公开工作，依据《中华人民共和国政府信息公开条例》，制定本制度。第二条 办公室是本机关政府信息公开工作的主管机构，负责推进、指导、协调、监督政府信息公开工作。第三条 政府信息公开前应当依照有关规定进行保密审查，未经审查的信息不得公开。第四条 本制度自印发之日起施行。</p></div>");
    b.html("/col/col1102/index.html", p);
    let p = b.doc("机构概况", "<meta name=\"ColumnType\" content=\"机构职能\">", &[("机构概况", "")], "<div class=\"content\"><p>临江市农业农村局是市政府工作部门。主要职责：（一）贯彻执行国家和省、市有关方针政策和法律法规，拟订本系统发展规划和政策措施并组织实施。（二）统筹推进本领域重大改革，指导基层开展相关工作。（三）负责本系统行政审批和政务服务事项办理。（四）承办市委、市政府交办的其他事项。内设机构：办公室、政策法规科、规划财务科、业务管理科。办公地址：市行政中心3号楼；办公时间：工作日上午8:30-12:00，下午14:30-17:30；联系电话：0796-8880000。</p></div>");
    b.html("/col/col1001/index.html", p);
    let p = b.doc(
        "年度报告",
        "",
        &cr("年度报告"),
        &li_list(
            &[(
                "/art/2024/1/25/art_1108_84001.html",
                "临江市农业农村局2023年政府信息公开工作年度报告",
                "2024-01-25",
            )],
            "bt-data-time",
        ),
    );
    b.html("/col/col1108/index.html", p);
    b.article(
        "/art/2024/1/25/art_1108_84001.html",
        &cr("年度报告"),
        "临江市农业农村局2023年政府信息公开工作年度报告",
        "2024-01-25",
        "<p>年度报告全文。</p>",
    );

    // 部门动态: implied-year dates, newest [03-12] → stale
    let items = [
        (
            "/art/2024/3/12/art_1200_80001.html",
            "全市农业农村工作会议召开",
            "[03-12]",
        ),
        (
            "/art/2024/3/5/art_1200_80002.html",
            "我局召开农业执法工作推进会",
            "[03-05]",
        ),
        (
            "/art/2024/2/28/art_1200_80003.html",
            "市场监管与农业联合开展农资检查",
            "[02-28]",
        ),
    ];
    let p = b.doc(
        "部门动态",
        "<meta name=\"ColumnName\" content=\"部门动态\">",
        &[("部门动态", "")],
        &li_list(&items, "bt-data-time"),
    );
    b.html("/col/col1200/index.html", p);
    b.column(
        "stale_column",
        "工作动态",
        Some("2024-03-12"),
        "implied-year [03-12], 19 days old",
    );
    let art_cr: &[(&str, &str)] = &[("部门动态", "/col/col1200/index.html")];
    let share = "<div class=\"share\"><img src=\"/images/share_wx.png\" alt=\"分享到微信\"></div>";
    b.article("/art/2024/3/12/art_1200_80001.html", art_cr, "全市农业农村工作会议召开", "2024-03-12",
        &format!("<p>会议由局党组书记主持。市乡村振兴领导&nbsp;小姐办公室通报了工作情况。</p><p>会议强调，要深入学习习\u{200B}进平总书记关于三农工作的重要论述。</p><p>相关阅读：<a href=\"/art/2023/loop.html\">往期会议</a></p>{share}"));
    b.word(
        "领导小姐",
        "/art/2024/3/12/art_1200_80001.html",
        "&nbsp; inside word",
    );
    b.word(
        "习进平",
        "/art/2024/3/12/art_1200_80001.html",
        "zero-width space inside word",
    );
    b.route(
        "/art/2023/loop.html",
        Resp::redirect(302, "/art/2023/loop2.html"),
    );
    b.route(
        "/art/2023/loop2.html",
        Resp::redirect(302, "/art/2023/loop.html"),
    );
    b.broken("/art/2023/loop.html", false, "redirect_loop", "302 loop");
    b.article(
        "/art/2024/3/5/art_1200_80002.html",
        art_cr,
        "我局召开农业执法工作推进会",
        "2024-03-05",
        &format!(
            "<p>会议要求各农业部门加强协作。会上传达了农业部关于春季农资打假的部署。</p>{share}"
        ),
    );
    b.word(
        "农业部",
        "/art/2024/3/5/art_1200_80002.html",
        "plain hit beside allowed 农业部门",
    );
    b.article(
        "/art/2024/2/28/art_1200_80003.html",
        art_cr,
        "市场监管与农业联合开展农资检查",
        "2024-02-28",
        &format!(
            "<p>市市场监督管里局与我局联合开展检查，最佳实践将在全市推广，会议隆重召开。</p>{share}"
        ),
    );
    b.word(
        "市场监督管里局",
        "/art/2024/2/28/art_1200_80003.html",
        "word only in holdout list",
    );
    b.broken(
        "/images/share_wx.png",
        false,
        "http_status",
        "image missing on every article (one finding, many found_on)",
    );

    // 公示公告: Hanweb datastore records in <script type="text/xml">
    let p = b.doc("公示公告", "<meta name=\"ColumnName\" content=\"公示公告\">", &[("公示公告", "")],
        r#"<div id="4521"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid=1201&unitid=4521&webname=&permissiontype=0"></a>]]></nextgroup><recordset>
<record><![CDATA[<li><a href="/art/2024/3/27/art_1201_81001.html" title="2024年春耕备耕农资打假专项行动公告" target="_blank">2024年春耕备耕农资打假专项行动公告</a><span class="bt-data-time">2024-03-27</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2024/3/1/art_1201_81002.html" title="关于公布2024年第一批农机购置补贴产品的公示" target="_blank">关于公布2024年第一批农机购置补贴产品的公示</a><span class="bt-data-time">2024-03-01</span></li>]]></record>
</recordset></datastore></script></div>"#);
    b.html("/col/col1201/index.html", p);
    b.route("/module/web/jpage/dataproxy.jsp", Resp::typed(200, "text/xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><recordset></recordset></datastore>".as_bytes().to_vec()));
    let gg: &[(&str, &str)] = &[("公示公告", "/col/col1201/index.html")];
    b.article(
        "/art/2024/3/27/art_1201_81001.html",
        gg,
        "2024年春耕备耕农资打假专项行动公告",
        "2024-03-27",
        &format!("<p>为保障春耕生产用种用药安全……</p>{share}"),
    );
    b.article(
        "/art/2024/3/1/art_1201_81002.html",
        gg,
        "关于公布2024年第一批农机购置补贴产品的公示",
        "2024-03-01",
        "<p>公示期5个工作日。</p>",
    );

    // 部门文件: fresh; HEAD-refusing download (valid) + missing download
    let p = b.doc(
        "部门文件",
        "",
        &cr("部门文件"),
        &li_list(
            &[(
                "/art/2024/1/15/art_1104_82001.html",
                "临江市农业农村局关于印发2024年工作要点的通知",
                "2024-01-15",
            )],
            "bt-data-time",
        ),
    );
    b.html("/col/col1104/index.html", p);
    b.article("/art/2024/1/15/art_1104_82001.html", &cr("部门文件"), "临江市农业农村局关于印发2024年工作要点的通知", "2024-01-15",
        "<p>附件1：<a href=\"/module/download/downfile.jsp?classid=0&amp;filename=2401151030123.pdf\">2024年工作要点.pdf</a></p><p>附件2：<a href=\"/module/download/downfile.jsp?classid=0&amp;filename=2401151030999.pdf\">任务分解表.pdf</a></p>");
    b.route(
        "/module/download/downfile.jsp?classid=0&filename=2401151030123.pdf",
        Resp::NoHead {
            head: 405,
            inner: Box::new(Resp::typed(
                200,
                "application/pdf",
                b"%PDF-1.4 holdout".to_vec(),
            )),
        },
    );
    b.broken(
        "/module/download/downfile.jsp?classid=0&filename=2401151030999.pdf",
        false,
        "http_status",
        "downfile.jsp 404",
    );

    // 人事任免: blank (empty list, no text)
    let p = b.doc(
        "人事任免",
        "",
        &cr("人事任免"),
        "<ul class=\"list\">\n</ul><div class=\"page\"></div>",
    );
    b.html("/col/col1105/index.html", p);
    b.column("blank_column", "人事信息", None, "empty list, no 暂无 text");
    // 发展规划: stale
    let p = b.doc(
        "发展规划",
        "",
        &cr("发展规划"),
        &li_list(
            &[(
                "/art/2022/11/30/art_1106_83001.html",
                "临江市“十四五”农业农村现代化规划",
                "2022-11-30",
            )],
            "bt-data-time",
        ),
    );
    b.html("/col/col1106/index.html", p);
    b.article(
        "/art/2022/11/30/art_1106_83001.html",
        &cr("发展规划"),
        "临江市“十四五”农业农村现代化规划",
        "2022-11-30",
        "<p>规划全文。</p>",
    );
    b.column(
        "stale_column",
        "规划计划",
        Some("2022-11-30"),
        "plan column older than 365 days",
    );
    // 部门预决算: old, no class
    let p = b.doc(
        "部门预决算",
        "",
        &cr("部门预决算"),
        &li_list(
            &[(
                "/art/2023/3/1/art_1107_85001.html",
                "临江市农业农村局2023年部门预算",
                "2023-03-01",
            )],
            "bt-data-time",
        ),
    );
    b.html("/col/col1107/index.html", p);
    b.article(
        "/art/2023/3/1/art_1107_85001.html",
        &cr("部门预决算"),
        "临江市农业农村局2023年部门预算",
        "2023-03-01",
        "<p>预算说明。</p>",
    );
    b.column(
        "missing_column",
        "政策解读",
        None,
        "department without 解读",
    );

    // 政民互动 → 局长信箱 (li rows)
    let p = b.doc(
        "政民互动",
        "",
        &[("政民互动", "")],
        &nav_list(&[("/col/col1301/index.html", "局长信箱")]),
    );
    b.html("/col/col1300/index.html", p);
    let rows = [
        (
            "/col/col1301/art_msg_1.html",
            "咨询耕地地力保护补贴发放时间",
            "2023-11-20",
            "未回复",
            "",
        ),
        (
            "/col/col1301/art_msg_2.html",
            "反映村里灌溉渠道堵塞",
            "2024-02-10",
            "未回复",
            "",
        ),
        (
            "/col/col1301/art_msg_3.html",
            "咨询农机补贴申请",
            "2023-10-01",
            "已回复",
            "2023-10-09",
        ),
    ];
    let mut list = String::from("<ul class=\"xxlist\">\n");
    for (h, t, a, s, r) in rows {
        list.push_str(&format!("<li><a href=\"{h}\">{t}</a><span class=\"time\">{a}</span><span class=\"zt\">{s}</span><span class=\"hf\">{r}</span></li>\n"));
    }
    list.push_str("</ul>");
    let p = b.doc(
        "局长信箱",
        "<meta name=\"ColumnType\" content=\"咨询投诉\">",
        &[("政民互动", "/col/col1300/index.html"), ("局长信箱", "")],
        &list,
    );
    b.html("/col/col1301/index.html", p);
    for (h, t, a, s, r) in rows {
        let p = b.doc(
            t,
            "",
            &[
                ("政民互动", "/col/col1300/index.html"),
                ("局长信箱", "/col/col1301/index.html"),
                (t, ""),
            ],
            &msg_detail(t, a, s, r, if s == "已回复" { "已答复。" } else { "" }),
        );
        b.html(h, p);
    }
    b.expect(
        "unanswered_message",
        b.u("/col/col1301/art_msg_1.html"),
        Ev::Asked(d("2023-11-20")),
        "li-style list, 132 days",
    );

    // 办事服务: dl guides
    let p = b.doc(
        "办事服务",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "")],
        &nav_list(&[
            ("/col/col1400/art_g1.html", "农药经营许可证核发办事指南"),
            ("/col/col1400/art_g2.html", "动物防疫条件合格证核发办事指南"),
        ]),
    );
    b.html("/col/col1400/index.html", p);
    let dl = |rows: &[(&str, &str)]| -> String {
        let mut s = String::from("<dl class=\"bszn\">");
        for (k, v) in rows {
            s.push_str(&format!("<dt>{k}</dt><dd>{v}</dd>"));
        }
        s.push_str("</dl>");
        s
    };
    let g1 = dl(&[
        ("事项名称", "农药经营许可证核发"),
        ("实施依据", "《农药管理条例》第二十四条"),
        ("办理条件", "有农药经营场所"),
        ("所需材料", "申请表、营业执照"),
        ("办公地点", "市民中心B区12号窗口"),
        ("办公时间", "工作日9:00-17:00"),
        ("咨询方式", "0796-8881234"),
        ("办理程序", "申请、受理、审查、决定"),
        ("收费依据及标准", "不收费"),
        ("法定时限", "20个工作日"),
    ]);
    let p = b.doc(
        "农药经营许可证核发办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "/col/col1400/index.html"), ("办事指南", "")],
        &format!("<h1>农药经营许可证核发办事指南</h1>{g1}"),
    );
    b.html("/col/col1400/art_g1.html", p);
    let g2 = dl(&[
        ("事项名称", "动物防疫条件合格证核发"),
        ("申请条件", "场所符合动物防疫条件"),
        ("申请材料", "申请表、场所平面图"),
        ("办理地点", "市民中心B区13号窗口"),
        ("办理时间", ""),
        ("办理流程", "申请、受理、现场审查、发证"),
        ("收费标准", "不收费"),
        ("办理时限", "15个工作日"),
    ]);
    let p = b.doc(
        "动物防疫条件合格证核发办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "/col/col1400/index.html"), ("办事指南", "")],
        &format!("<h1>动物防疫条件合格证核发办事指南</h1>{g2}"),
    );
    b.html("/col/col1400/art_g2.html", p);
    b.expect(
        "service_guide_incomplete",
        b.u("/col/col1400/art_g2.html"),
        Ev::Elements(vec![
            "设定依据".into(),
            "办理时间".into(),
            "联系电话".into(),
        ]),
        "dl guide, empty 办理时间",
    );
}

/// Portal C: Jiangxi 集约化 institution (江州市水文中心), served in GBK bytes.
pub fn jx_gbk_institution(b: &mut B) {
    b.route(
        "/robots.txt",
        Resp::typed(
            200,
            "text/plain",
            b"User-agent: *\nDisallow: /jzsw/cgi/\n".to_vec(),
        ),
    );
    let home_body = r#"<div class="nav"><a href="/">首页</a> <a href="/jzsw/zxgk/xxgk_list.shtml">中心概况</a>
<a href="/jzsw/gzdt/xxgk_list.shtml">工作动态</a> <a href="/jzsw/tzgs/xxgk_list.shtml">通知公示</a>
<a href="/jzsw/yjsgk/xxgk_list.shtml">预决算公开</a> <a href="/jzsw/ztzl/2019/index.shtml">专题专栏</a>
<a href="/jzsw/cgi/old.shtml">旧版留言</a></div>
<div class="news"><ul><li><a href="/jzsw/gzdt/202403/6f1c2a0e9b8d4c7fa1e2b3c4d5e6f701.shtml">江州市水文中心开展汛前检查</a><span>2024-03-26</span></li></ul></div>"#;
    let home = b.doc("首页", "", &[], home_body);
    b.html("/jzsw/index.shtml", home);
    b.route("/", Resp::redirect(302, "/jzsw/index.shtml"));
    b.route(
        "/jzsw/ztzl/2019/index.shtml",
        Resp::redirect(302, "/jzsw/error.shtml"),
    );
    b.html("/jzsw/error.shtml", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>提示信息</title></head><body><div class=\"box\"><p>您访问的页面不存在！</p><p><a href=\"/\">返回首页</a></p></div></body></html>".into());
    b.broken(
        "/jzsw/ztzl/2019/index.shtml",
        true,
        "soft_404",
        "deep link redirected to a generic error page (GBK)",
    );

    let p = b.doc("中心概况", "<meta name=\"ColumnName\" content=\"中心概况\">", &[("中心概况", "")], "<div class=\"content\"><p>江州市水文中心为市水利局所属公益一类事业单位，机构规格为正科级。</p><p>主要负责全市水文监测、水资源监测和水文情报预报工作。</p></div>");
    b.html("/jzsw/zxgk/xxgk_list.shtml", p);
    let items = [
        (
            "/jzsw/gzdt/202403/6f1c2a0e9b8d4c7fa1e2b3c4d5e6f701.shtml",
            "江州市水文中心开展汛前检查",
            "２０２４-０３-２６",
        ),
        (
            "/jzsw/gzdt/202403/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml",
            "市水文中心召开2024年工作会议",
            "２０２４-０３-１２",
        ),
    ];
    let p = b.doc(
        "工作动态",
        "<meta name=\"ColumnName\" content=\"工作动态\">",
        &[("工作动态", "")],
        &li_list(&items, "date"),
    );
    b.html("/jzsw/gzdt/xxgk_list.shtml", p);
    let cr: &[(&str, &str)] = &[("工作动态", "/jzsw/gzdt/xxgk_list.shtml")];
    b.article("/jzsw/gzdt/202403/6f1c2a0e9b8d4c7fa1e2b3c4d5e6f701.shtml", cr, "江州市水文中心开展汛前检查", "2024-03-26",
        "<p>根据国土资源部有关地质灾害防治要求，中心对全市水文站开展汛前检查。</p><p>查询系统：<a href=\"/jzsw/sqxt/query.jsp\">水情查询</a>；<a href=\"/jzsw/sqxt/2018/index.shtml\">2018年水情年鉴</a></p>");
    b.word(
        "国土资源部",
        "/jzsw/gzdt/202403/6f1c2a0e9b8d4c7fa1e2b3c4d5e6f701.shtml",
        "hit in GBK page",
    );
    b.route("/jzsw/sqxt/query.jsp", Resp::Hang);
    b.broken(
        "/jzsw/sqxt/query.jsp",
        false,
        "timeout",
        "inner link never answers",
    );
    b.article(
        "/jzsw/gzdt/202403/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml",
        cr,
        "市水文中心召开2024年工作会议",
        "2024-03-12",
        "<p>会议学习了《中华人民共合国水文条例》，部署常态化扫黑<!-- hl -->险恶斗争。</p>",
    );
    b.word(
        "中华人民共合国",
        "/jzsw/gzdt/202403/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml",
        "hit in GBK page",
    );
    b.word(
        "扫黑险恶",
        "/jzsw/gzdt/202403/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml",
        "comment markup inside the word, GBK",
    );

    let items = [(
        "/jzsw/tzgs/202309/1234567890abcdef1234567890abcdef.shtml",
        "关于2023年水文测报人员培训的通知",
        "2023年09月01日",
    )];
    let p = b.doc(
        "通知公示",
        "",
        &[("通知公示", "")],
        &li_list(&items, "date"),
    );
    b.html("/jzsw/tzgs/xxgk_list.shtml", p);
    b.article(
        "/jzsw/tzgs/202309/1234567890abcdef1234567890abcdef.shtml",
        &[("通知公示", "/jzsw/tzgs/xxgk_list.shtml")],
        "关于2023年水文测报人员培训的通知",
        "2023-09-01",
        "<p>培训安排如下。</p>",
    );
    b.column(
        "stale_column",
        "通知公告",
        Some("2023-09-01"),
        "GBK, 2023年09月01日 format",
    );

    let items = [(
        "/jzsw/yjsgk/202302/abcdefabcdefabcdefabcdefabcdef12.shtml",
        "江州市水文中心2023年部门预算公开",
        "2023-02-20",
    )];
    let p = b.doc(
        "预决算公开",
        "",
        &[("预决算公开", "")],
        &li_list(&items, "date"),
    );
    b.html("/jzsw/yjsgk/xxgk_list.shtml", p);
    b.article("/jzsw/yjsgk/202302/abcdefabcdefabcdefabcdefabcdef12.shtml", &[("预决算公开", "/jzsw/yjsgk/xxgk_list.shtml")], "江州市水文中心2023年部门预算公开", "2023-02-20",
        "<p>附件：<a href=\"/jzsw/yjsgk/2023ys.pdf\">2023年部门预算.pdf</a>；<a href=\"/jzsw/downfile.jsp?filename=水文年报.pdf\">水文年报.pdf</a></p>");
    let gbk_q: String = encoding_rs::GBK
        .encode("水文年报")
        .0
        .iter()
        .map(|c| format!("%{c:02X}"))
        .collect();
    b.broken(
        &format!("/jzsw/downfile.jsp?filename={gbk_q}.pdf"),
        false,
        "http_status",
        "Chinese filename in query on a GBK page (GBK-percent-encoded)",
    );
    b.route("/jzsw/yjsgk/2023ys.pdf", Resp::status(500));
    b.broken(
        "/jzsw/yjsgk/2023ys.pdf",
        false,
        "http_status",
        "attachment 500",
    );
    b.column(
        "missing_column",
        "互动交流",
        None,
        "institution without any interaction channel",
    );
    b.html("/jzsw/sqxt/2018/index.shtml", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>江州市水文中心</title></head><body><div class=\"tip\"><p>对不起，找不到您要访问的内容！</p><p>5秒后返回<a href=\"/\">首页</a></p></div></body></html>".into());
    b.broken(
        "/jzsw/sqxt/2018/index.shtml",
        false,
        "soft_404",
        "GBK 200 page: 找不到您要访问的内容",
    );
}

/// Serve-time rewrite of a saved real page: absolute URLs go to the
/// loopback "external" server so nothing leaves the machine.
pub fn realpage(name: &str, ext: &str) -> Option<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/realpages/");
    let text = std::fs::read_to_string(format!("{path}{name}")).ok()?;
    Some(
        text.replace("https://", &format!("{ext}/ext/https/"))
            .replace("http://", &format!("{ext}/ext/http/"))
            .replace("=\"//", &format!("=\"{ext}/ext/pr/"))
            .replace("='//", &format!("='{ext}/ext/pr/"))
            .replace("url(//", &format!("url({ext}/ext/pr/")),
    )
}

/// Portal D: department portal whose news and notice lists and policy
/// articles are the real saved pages.
pub fn realpages_department(b: &mut B) -> bool {
    let ext = b.ext.clone();
    let Some(yzq) = realpage("yzq_gov_cn__list_zwyw_trs_createPageHTML.html", &ext) else {
        return false;
    };
    let Some(sh) = realpage("wsjkw_sh_gov_cn__list_yqtb.html", &ext) else {
        return false;
    };
    let home_body = r#"<div class="nav"><a href="/">首页</a> <a href="/xxgk/index.html">政府信息公开</a>
<a href="/zwgk/zwdt/zwyw/index.html">政务动态</a> <a href="/yqtb/index.html">通知公告</a> <a href="/xxgk/zcjd/index.html">政策解读</a>
<a href="/hdjl/index.html">互动交流</a> <a href="/go/1">网上办事</a></div>
<div class="news"><ul><li><a href="/xxgk/zcjd/202403/t20240301_1.html">《江北市公共卫生服务体系建设方案》解读</a><span>2024-03-29</span></li></ul></div>"#;
    let home = b.doc("首页", "", &[], home_body);
    b.html("/", home);
    for i in 1..=30 {
        b.route(
            &format!("/go/{i}"),
            Resp::redirect(302, &format!("/go/{}", i + 1)),
        );
    }
    b.broken("/go/1", true, "too_many_redirects", "30-hop chain");
    b.html("/zwgk/zwdt/zwyw/index.html", yzq);
    b.column(
        "stale_column",
        "工作动态",
        Some("2017-10-20"),
        "real TRS list (yzq), newest 2017-10-20",
    );
    b.html("/yqtb/index.html", sh);
    b.column(
        "stale_column",
        "通知公告",
        Some("2022-04-27"),
        "real span.time list (wsjkw), newest 2022-04-27",
    );

    let cr = |n: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![("政府信息公开", "/xxgk/index.html"), (n, "")]
    };
    let p = b.doc(
        "政府信息公开",
        "",
        &[("政府信息公开", "")],
        &nav_list(&[
            ("/xxgk/zn/index.html", "政府信息公开指南"),
            ("/xxgk/zd/index.html", "政府信息公开制度"),
            ("/xxgk/fdzdgknr/index.html", "法定主动公开内容"),
            ("/xxgk/nb/index.html", "政府信息公开年报"),
        ]),
    );
    b.html("/xxgk/index.html", p);
    let p = b.doc(
        "法定主动公开内容",
        "",
        &cr("法定主动公开内容"),
        &nav_list(&[
            ("/xxgk/jgzn/index.html", "机构职能"),
            ("/xxgk/zcwj/index.html", "政策文件"),
            ("/xxgk/ghjh/index.html", "规划计划"),
            ("/xxgk/czyjs/index.html", "财政预决算"),
        ]),
    );
    b.html("/xxgk/fdzdgknr/index.html", p);
    for (path, name, text) in [
        (
            "/xxgk/zn/index.html",
            "政府信息公开指南",
            "本指南适用于江北市卫生健康委员会。依据《中华人民共和国政府信息公开条例》和有关规定，编制本指南。一、主动公开：（一）公开范围：本机关主动公开的政府信息包括机构职能、政策文件、规划计划、财政预决算等。（二）公开方式：通过本机关门户网站、政务公开栏、新闻发布会等方式公开。（三）公开时限：属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。二、依申请公开：公民、法人或者其他组织可以向本机关申请获取政府信息，申请应当采用书面形式。三、监督和保障：公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关投诉、举报。",
        ),
        (
            "/xxgk/zd/index.html",
            "政府信息公开制度",
            "信息公开工作制度全文。第一条 为规范本机关政府信息公开工作，依据《中华人民共和国政府信息公开条例》，制定本制度。第二条 办公室是本机关政府信息公开工作的主管机构，负责推进、指导、协调、监督政府信息公开工作。第三条 政府信息公开前应当依照有关规定进行保密审查，未经审查的信息不得公开。第四条 本制度自印发之日起施行。",
        ),
        (
            "/xxgk/jgzn/index.html",
            "机构职能",
            "江北市卫生健康委员会是市政府工作部门。主要职责：（一）贯彻执行国家和省、市有关方针政策和法律法规，拟订本系统发展规划和政策措施并组织实施。（二）统筹推进本领域重大改革，指导基层开展相关工作。（三）负责本系统行政审批和政务服务事项办理。（四）承办市委、市政府交办的其他事项。内设机构：办公室、政策法规科、规划财务科、业务管理科。办公地址：市行政中心3号楼；办公时间：工作日上午8:30-12:00，下午14:30-17:30；联系电话：0796-8880000。",
        ),
    ] {
        let p = b.doc(
            name,
            "",
            &cr(name),
            &format!("<div class=\"content\"><p>{text}</p></div>"),
        );
        b.html(path, p);
    }
    let simple = |b: &mut B, col: &str, name: &'static str, art: &str, title: &str, date: &str| {
        let p = b.doc(name, "", &cr(name), &li_list(&[(art, title, date)], "date"));
        b.html(col, p);
    };
    simple(
        b,
        "/xxgk/nb/index.html",
        "政府信息公开年报",
        "/xxgk/nb/nb2023.html",
        "2023年政府信息公开工作年度报告",
        "2024-01-28",
    );
    b.article(
        "/xxgk/nb/nb2023.html",
        &cr("政府信息公开年报"),
        "2023年政府信息公开工作年度报告",
        "2024-01-28",
        "<p>年报全文。</p>",
    );
    simple(
        b,
        "/xxgk/ghjh/index.html",
        "规划计划",
        "/xxgk/ghjh/gh2024.html",
        "江北市卫生健康事业2024年工作计划",
        "2024-02-05",
    );
    b.article(
        "/xxgk/ghjh/gh2024.html",
        &cr("规划计划"),
        "江北市卫生健康事业2024年工作计划",
        "2024-02-05",
        "<p>工作计划。</p>",
    );
    simple(
        b,
        "/xxgk/czyjs/index.html",
        "财政预决算",
        "/xxgk/czyjs/ys2024.html",
        "2024年部门预算",
        "2024-02-10",
    );
    b.article(
        "/xxgk/czyjs/ys2024.html",
        &cr("财政预决算"),
        "2024年部门预算",
        "2024-02-10",
        "<p>附件：<a href=\"/xxgk/czyjs/fj/2024ys.pdf\">预算表</a></p>",
    );
    b.route("/xxgk/czyjs/fj/2024ys.pdf", Resp::status(500));
    b.broken(
        "/xxgk/czyjs/fj/2024ys.pdf",
        false,
        "http_status",
        "attachment 500 on real-pages portal",
    );

    // 政策文件 → real article pages
    let real = [
        (
            "/xxgk/zcwj/202403/wanzai.shtml",
            "wanzai_gov_cn__article_tjgb2022.html",
            "万载县2022年国民经济和社会发展统计公报",
            "2024-03-15",
        ),
        (
            "/xxgk/zcwj/202403/fgw.html",
            "fgw_zj_gov_cn__article_hanweb.html",
            "浙江省发展改革委文件",
            "2024-03-10",
        ),
        (
            "/xxgk/zcwj/202403/shanxi.shtml",
            "shanxi_gov_cn__article_trs.html",
            "山西要闻",
            "2024-03-08",
        ),
        (
            "/xxgk/zcwj/202403/cmse.html",
            "cmse_gov_cn__article_trs_2021.html",
            "载人航天新闻",
            "2024-03-06",
        ),
    ];
    let items: Vec<(&str, &str, &str)> = real.iter().map(|(p, _, t, d)| (*p, *t, *d)).collect();
    let p = b.doc("政策文件", "", &cr("政策文件"), &li_list(&items, "date"));
    b.html("/xxgk/zcwj/index.html", p);
    for (p, f, _, _) in real {
        if let Some(html) = realpage(f, &ext) {
            b.html(p, html);
        }
    }
    let p = b.doc(
        "政策解读",
        "",
        &cr("政策解读"),
        &li_list(
            &[(
                "/xxgk/zcjd/202403/t20240301_1.html",
                "《江北市公共卫生服务体系建设方案》解读",
                "2024-03-29",
            )],
            "date",
        ),
    );
    b.html("/xxgk/zcjd/index.html", p);
    b.article(
        "/xxgk/zcjd/202403/t20240301_1.html",
        &cr("政策解读"),
        "《江北市公共卫生服务体系建设方案》解读",
        "2024-03-29",
        "<p>方案提出，主动服务和融入一带一路战略，推进卫生健康国际合作。</p>",
    );
    b.word(
        "一带一路战略",
        "/xxgk/zcjd/202403/t20240301_1.html",
        "plain hit (same word is a script-only trap on portal A)",
    );
    let p = b.doc(
        "互动交流",
        "",
        &[("互动交流", "")],
        &nav_list(&[("/hdjl/zrxx/index.html", "主任信箱")]),
    );
    b.html("/hdjl/index.html", p);
    let rows = [(
        "/hdjl/zrxx/m1.html",
        "咨询疫苗接种点",
        "2024-01-05",
        "已回复",
        "2024-01-08",
    )];
    let p = b.doc(
        "主任信箱",
        "",
        &[("互动交流", "/hdjl/index.html"), ("主任信箱", "")],
        &msg_table(&rows),
    );
    b.html("/hdjl/zrxx/index.html", p);
    let p = b.doc(
        "咨询疫苗接种点",
        "",
        &[("主任信箱", "/hdjl/zrxx/index.html")],
        &msg_detail(
            "咨询疫苗接种点",
            "2024-01-05",
            "已回复",
            "2024-01-08",
            "您好，接种点见附表。",
        ),
    );
    b.html("/hdjl/zrxx/m1.html", p);
    b.column(
        "missing_column",
        "人事信息",
        None,
        "department without 人事",
    );
    true
}

/// Portal E: the real yichun homepage (institution), rest of the site generic.
pub fn realhome_institution(b: &mut B) -> bool {
    let ext = b.ext.clone();
    let Some(home) = realpage("yichun_gov_cn__homepage_2023.html", &ext) else {
        return false;
    };
    b.html("/", home);
    b.column(
        "stale_homepage",
        "",
        Some("2023-10-11"),
        "real homepage, newest item 2023-10-11, generation meta same day",
    );
    true
}

/// Portal G: TRS .shtml department (江南市市场监督管理局) with a stale
/// homepage behind generation-time traps, cross-year implied dates,
/// future dates, pagination with an undated first page, status variants
/// in the mailbox and a `<strong>` guide.
pub fn trs_stale_department(b: &mut B) {
    b.footer_extra = "<p><img src=\"/images/ft_gaba.png\" alt=\"公安备案图标\"></p>".into();
    let home_body = r#"<div class="nav"><a href="/">首页</a> <a href="/jnyw/index.shtml">江南要闻</a>
<a href="/tztg/index.shtml">通知通告</a> <a href="/xxgk/index.shtml">信息公开</a> <a href="/hdjl/index.shtml">政民互动</a> <a href="/bsfw/index.shtml">办事服务</a></div>
<div class="date"><span id="today"></span><script>document.write("今天是2024年3月30日 星期六");</script></div>
<div class="news"><ul>
<li><a href="/jnyw/202403/t20240301_9001.shtml">市市场监管局召开2024年全面从严治党工作会议</a><span>2024-03-01</span></li>
<li><a href="/jnyw/202402/t20240226_9002.shtml">我局开展元宵节食品安全专项检查</a><span>2024-02-26</span></li></ul></div>"#;
    let home = b.doc(
        "首页",
        "<meta name=\"Maketime\" content=\"2024-03-30 18:00:00\"><meta name=\"others\" content=\"页面生成时间 2024-03-30 18:00:00\">",
        &[],
        home_body,
    );
    b.html("/", home);
    b.column(
        "stale_homepage",
        "",
        Some("2024-03-01"),
        "newest item 2024-03-01; generation meta and JS date 2024-03-30",
    );
    b.broken(
        "/images/ft_gaba.png",
        true,
        "http_status",
        "template image on every page incl. homepage",
    );

    // 江南要闻: implied years across the year boundary
    let items = [
        (
            "/jnyw/202312/t20231228_9101.shtml",
            "市市场监管局召开年终工作总结会",
            "[12-28]",
        ),
        (
            "/jnyw/202311/t20231105_9102.shtml",
            "我局开展计量器具专项检查",
            "[11-05]",
        ),
    ];
    let p = b.doc(
        "江南要闻",
        "",
        &[("江南要闻", "")],
        &li_list(&items, "time"),
    );
    b.html("/jnyw/index.shtml", p);
    b.column(
        "stale_column",
        "工作动态",
        Some("2023-12-28"),
        "*要闻 alias; [12-28] resolves to 2023",
    );
    let cr: &[(&str, &str)] = &[("江南要闻", "/jnyw/index.shtml")];
    b.article("/jnyw/202312/t20231228_9101.shtml", cr, "市市场监管局召开年终工作总结会", "2023-12-28",
        "<p>会议强调，要深入学习贯彻党的 20 大精神。原<span>国土资源部</span>、国土<b>资源部门</b>的有关数据已共享。</p><p><a href=\"mailto:scjg@example.gov.cn\">联系我们</a></p>");
    b.word(
        "党的20大",
        "/jnyw/202312/t20231228_9101.shtml",
        "spaces inside the word",
    );
    b.article(
        "/jnyw/202311/t20231105_9102.shtml",
        cr,
        "我局开展计量器具专项检查",
        "2023-11-05",
        "<p>检查加油站12家。</p>",
    );
    b.article(
        "/jnyw/202403/t20240301_9001.shtml",
        cr,
        "市市场监管局召开2024年全面从严治党工作会议",
        "2024-03-01",
        "<p>会议总结了2023年工作。</p>",
    );
    b.article(
        "/jnyw/202402/t20240226_9002.shtml",
        cr,
        "我局开展元宵节食品安全专项检查",
        "2024-02-26",
        "<p>检查商超8家。</p>",
    );

    // 通知通告: page 1 undated, dates on page 2 (var countPage + index_N.shtml)
    let pager = r#"<script>var currentPage = 0;//所在页从0开始
var countPage = 2//共多少页
var prevPage = currentPage - 1; var nextPage = currentPage + 1;
if (countPage > 1 && currentPage != (countPage - 1)) { document.write("<a href=\"index_" + nextPage + ".shtml\">下一页</a>"); }
</script>"#;
    let p1 = format!(
        "<ul class=\"list\"><li><a href=\"/tztg/202307/t20230701_9201.shtml\">关于开展2023年食品安全宣传周活动的通知</a></li><li><a href=\"/tztg/202306/t20230620_9202.shtml\">关于公布2023年第一批食品抽检结果的通告</a></li></ul>{pager}"
    );
    let p = b.doc("通知通告", "", &[("通知通告", "")], &p1);
    b.html("/tztg/index.shtml", p);
    let p2 = li_list(
        &[
            (
                "/tztg/202307/t20230701_9201.shtml",
                "关于开展2023年食品安全宣传周活动的通知",
                "2023-07-01",
            ),
            (
                "/tztg/202306/t20230620_9202.shtml",
                "关于公布2023年第一批食品抽检结果的通告",
                "2023-06-20",
            ),
            (
                "/tztg/201703/t20170301_9203.shtml",
                "关于转发国家旅游局旅游市场秩序整治通知的通知",
                "2017-03-01",
            ),
        ],
        "time",
    );
    let p = b.doc("通知通告", "", &[("通知通告", "")], &p2);
    b.html("/tztg/index_1.shtml", p);
    let cr: &[(&str, &str)] = &[("通知通告", "/tztg/index.shtml")];
    b.article(
        "/tztg/202307/t20230701_9201.shtml",
        cr,
        "关于开展2023年食品安全宣传周活动的通知",
        "2023-07-01",
        "<p>各县（区）市场监管局：……</p>",
    );
    b.article(
        "/tztg/202306/t20230620_9202.shtml",
        cr,
        "关于公布2023年第一批食品抽检结果的通告",
        "2023-06-20",
        "<p>抽检结果见附件。</p>",
    );
    b.column(
        "stale_column",
        "通知公告",
        Some("2023-07-01"),
        "page 1 undated; dates on index_1.shtml and articles",
    );
    b.article(
        "/tztg/201703/t20170301_9203.shtml",
        cr,
        "关于转发国家旅游局旅游市场秩序整治通知的通知",
        "2017-03-01",
        "<p>现将国家旅游局有关通知转发给你们，请认真贯彻执行。</p>",
    );

    // 信息公开 platform
    let cr = |n: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![("信息公开", "/xxgk/index.shtml"), (n, "")]
    };
    let p = b.doc(
        "信息公开",
        "",
        &[("信息公开", "")],
        &nav_list(&[
            ("/xxgk/xxgkzn/index.shtml", "信息公开指南"),
            ("/xxgk/xxgkzd/index.shtml", "信息公开制度"),
            ("/xxgk/fdzdgk/index.shtml", "法定主动公开内容"),
            ("/xxgk/ndbg/index.shtml", "政府信息公开工作年度报告"),
        ]),
    );
    b.html("/xxgk/index.shtml", p);
    let p = b.doc(
        "法定主动公开内容",
        "",
        &cr("法定主动公开内容"),
        &nav_list(&[
            ("/xxgk/jgxx/index.shtml", "机构信息"),
            ("/xxgk/zcfg/index.shtml", "政策法规"),
            ("/xxgk/jdhy/index.shtml", "解读回应"),
            ("/xxgk/rsrm/index.shtml", "人事任免信息"),
            ("/xxgk/ghxx/index.shtml", "规划信息"),
            ("/xxgk/czxx/index.shtml", "财政信息"),
        ]),
    );
    b.html("/xxgk/fdzdgk/index.shtml", p);
    let gk = "依据《中华人民共和国政府信息公开条例》，编制本指南。一、主动公开的范围、方式和时限：本机关主动公开机构职能、政策文件、规划计划、财政预决算、行政许可和行政处罚等信息，通过门户网站、政务新媒体等途径公开，自信息形成或者变更之日起20个工作日内公开。二、依申请公开：申请人可以通过当面、邮寄、网上申请等方式提出申请，本机关在收到申请之日起20个工作日内予以答复。三、监督方式：申请人认为本机关侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。";
    for (path, name, text) in [
        ("/xxgk/xxgkzn/index.shtml", "信息公开指南", gk.to_string()),
        (
            "/xxgk/jgxx/index.shtml",
            "机构信息",
            format!(
                "江南市市场监督管理局为市政府工作部门，负责市场综合监督管理。内设办公室、法规科、登记注册科、食品安全协调科、特种设备安全监察科等机构。{gk}"
            ),
        ),
    ] {
        let p = b.doc(
            name,
            "",
            &cr(name),
            &format!("<div class=\"content\"><p>{text}</p></div>"),
        );
        b.html(path, p);
    }
    let p = b.doc("信息公开制度", "", &cr("信息公开制度"), "<div class=\"content\"><p>《江南市市场监督管理局政府信息公开工作制度》全文见附件。</p><p>附件：<a href=\"/xxgk/xxgkzd/P020230301.pdf\">政府信息公开工作制度.pdf</a></p></div>");
    b.html("/xxgk/xxgkzd/index.shtml", p);
    b.route(
        "/xxgk/xxgkzd/P020230301.pdf",
        Resp::typed(200, "application/pdf", b"%PDF-1.4".to_vec()),
    );
    let list_col = |b: &mut B, col: &str, name: &'static str, items: &[(&str, &str, &str)]| {
        let p = b.doc(name, "", &cr(name), &li_list(items, "time"));
        b.html(col, p);
        for (href, title, date) in items {
            let dd = date.to_string();
            b.article(href, &cr(name), title, &dd, "<p>正文。</p>");
        }
    };
    list_col(
        b,
        "/xxgk/ndbg/index.shtml",
        "政府信息公开工作年度报告",
        &[(
            "/xxgk/ndbg/202401/t20240130_1.shtml",
            "江南市市场监督管理局2023年政府信息公开工作年度报告",
            "2024-01-30",
        )],
    );
    // 政策法规: one item dated in the future (typo), newest real date 2023-09-10
    let p = b.doc(
        "政策法规",
        "",
        &cr("政策法规"),
        &li_list(
            &[
                (
                    "/xxgk/zcfg/202309/t20230910_1.shtml",
                    "关于印发《江南市食品安全信用分级分类管理办法》的通知",
                    "2024-05-01",
                ),
                (
                    "/xxgk/zcfg/202309/t20230905_2.shtml",
                    "关于进一步规范市场主体登记的通知",
                    "2023-09-10",
                ),
            ],
            "time",
        ),
    );
    b.html("/xxgk/zcfg/index.shtml", p);
    b.article(
        "/xxgk/zcfg/202309/t20230910_1.shtml",
        &cr("政策法规"),
        "关于印发《江南市食品安全信用分级分类管理办法》的通知",
        "2023-09-10",
        "<p>附件：<a href=\"/xxgk/zcfg/fj/2023-09.docx\">管理办法.docx</a></p>",
    );
    b.broken(
        "/xxgk/zcfg/fj/2023-09.docx",
        false,
        "http_status",
        "missing docx attachment",
    );
    b.article(
        "/xxgk/zcfg/202309/t20230905_2.shtml",
        &cr("政策法规"),
        "关于进一步规范市场主体登记的通知",
        "2023-09-10",
        "<p>正文。</p>",
    );
    b.column(
        "stale_column",
        "政策文件",
        Some("2023-09-10"),
        "a list date after --as-of (2024-05-01) must be ignored",
    );
    list_col(
        b,
        "/xxgk/jdhy/index.shtml",
        "解读回应",
        &[(
            "/xxgk/jdhy/202402/t20240202_1.shtml",
            "图解：2024年市场监管工作要点",
            "2024-02-02",
        )],
    );
    list_col(
        b,
        "/xxgk/rsrm/index.shtml",
        "人事任免信息",
        &[(
            "/xxgk/rsrm/202312/t20231201_1.shtml",
            "江南市市场监督管理局关于王某某同志任职的通知",
            "2023-12-01",
        )],
    );
    list_col(
        b,
        "/xxgk/ghxx/index.shtml",
        "规划信息",
        &[(
            "/xxgk/ghxx/202310/t20231010_1.shtml",
            "江南市“十四五”市场监管规划中期评估报告",
            "2023-10-10",
        )],
    );
    let p = b.doc(
        "财政信息",
        "",
        &cr("财政信息"),
        "<table class=\"list\"><tr><td colspan=\"2\" align=\"center\">暂无数据</td></tr></table>",
    );
    b.html("/xxgk/czxx/index.shtml", p);
    b.column(
        "blank_column",
        "财政预决算",
        None,
        "财政信息 alias, 暂无数据 in a table cell",
    );

    // 政民互动: status variants, 调查征集 excluded
    let p = b.doc(
        "政民互动",
        "",
        &[("政民互动", "")],
        &nav_list(&[
            ("/hdjl/jzxx/index.shtml", "局长信箱"),
            ("/hdjl/dczj/index.shtml", "调查征集"),
        ]),
    );
    b.html("/hdjl/index.shtml", p);
    let rows = [
        (
            "/hdjl/jzxx/x_301.shtml",
            "投诉某超市销售过期食品",
            "2023-12-01",
            "办理中",
            "",
        ),
        (
            "/hdjl/jzxx/x_302.shtml",
            "咨询个体户注销流程",
            "2023-11-15",
            "待回复",
            "",
        ),
        (
            "/hdjl/jzxx/x_303.shtml",
            "反映电梯年检问题",
            "2023-09-01",
            "已办结",
            "2023-09-06",
        ),
        (
            "/hdjl/jzxx/x_304.shtml",
            "咨询食品经营许可证延续",
            "2023-10-20",
            "已答复",
            "2023-10-25",
        ),
    ];
    let p = b.doc(
        "局长信箱",
        "",
        &[("政民互动", "/hdjl/index.shtml"), ("局长信箱", "")],
        &msg_table(&rows),
    );
    b.html("/hdjl/jzxx/index.shtml", p);
    for (h, t, a, s, r) in rows {
        let reply = if r.is_empty() {
            ""
        } else {
            "您好，已核实处理。"
        };
        let p = b.doc(
            t,
            "",
            &[("局长信箱", "/hdjl/jzxx/index.shtml")],
            &msg_detail(t, a, s, r, reply),
        );
        b.html(h, p);
    }
    b.expect(
        "unanswered_message",
        b.u("/hdjl/jzxx/x_301.shtml"),
        Ev::Asked(d("2023-12-01")),
        "办理中 for 121 days",
    );
    b.expect(
        "unanswered_message",
        b.u("/hdjl/jzxx/x_302.shtml"),
        Ev::Asked(d("2023-11-15")),
        "待回复 for 137 days",
    );
    let zj = [(
        "/hdjl/dczj/z_1.shtml",
        "关于《江南市农贸市场管理办法》的意见征集",
        "2023-08-01",
        "未回复",
        "",
    )];
    let p = b.doc(
        "调查征集",
        "<meta name=\"ColumnType\" content=\"征集调查\">",
        &[("政民互动", "/hdjl/index.shtml"), ("调查征集", "")],
        &msg_table(&zj),
    );
    b.html("/hdjl/dczj/index.shtml", p);
    let p = b.doc(
        zj[0].1,
        "",
        &[("调查征集", "/hdjl/dczj/index.shtml")],
        &msg_detail(zj[0].1, "2023-08-01", "未回复", "", ""),
    );
    b.html("/hdjl/dczj/z_1.shtml", p);

    // 办事服务: <strong> guide
    let p = b.doc(
        "办事服务",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "")],
        &nav_list(&[("/bsfw/zn_01.shtml", "食品经营许可办事指南")]),
    );
    b.html("/bsfw/index.shtml", p);
    let g = "<h1>食品经营许可办事指南</h1><div class=\"content\">\
<p><strong>事项名称：</strong>食品经营许可</p><p><strong>设定依据：</strong>《中华人民共和国食品安全法》第三十五条</p>\
<p><strong>申请条件：</strong>具有与经营的食品品种、数量相适应的经营场所</p><p><strong>申请材料：</strong>食品经营许可申请书、营业执照复印件</p>\
<p><strong>办理地点：</strong>市民服务中心二楼市场监管窗口</p><p><strong>联系电话：</strong>0797-8123456</p>\
<p><strong>办理流程：</strong>申请—受理—审查—决定</p><p><strong>收费标准：</strong>不收费</p></div>";
    let p = b.doc(
        "食品经营许可办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &[("办事服务", "/bsfw/index.shtml"), ("办事指南", "")],
        g,
    );
    b.html("/bsfw/zn_01.shtml", p);
    b.expect(
        "service_guide_incomplete",
        b.u("/bsfw/zn_01.shtml"),
        Ev::Elements(vec!["办理时间".into(), "办理时限".into()]),
        "<strong>label：</strong> guide",
    );
}

/// Portal H: Hanweb-style county portal (石门区) whose columns are reached
/// the way real homepages reach them: "更多>>" links under block titles, a
/// banner image with only alt text, and alias variants on the platform.
pub fn hanweb_county_variants(b: &mut B) {
    let block = |title: &str, more: &str, items: &[(&str, &str, &str)]| -> String {
        let mut s = format!(
            "<div class=\"block\"><div class=\"tit\"><span>{title}</span><a class=\"more\" href=\"{more}\">更多&gt;&gt;</a></div><ul>"
        );
        for (h, t, d) in items {
            s.push_str(&format!(
                "<li><a href=\"{h}\" title=\"{t}\">{t}</a><span>{d}</span></li>"
            ));
        }
        s.push_str("</ul></div>\n");
        s
    };
    let yw = [
        (
            "/art/2024/3/29/art_2001_1.html",
            "区委常委会召开会议研究部署一季度工作",
            "03-29",
        ),
        (
            "/art/2024/3/26/art_2001_2.html",
            "石门区召开安全生产工作会议",
            "03-26",
        ),
    ];
    let gg = [(
        "/art/2024/3/20/art_2002_1.html",
        "石门区2024年公开招聘社区工作者公告",
        "03-20",
    )];
    let home_body = format!(
        "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/col/col2000/index.html\">政务公开</a> <a href=\"/col/col2020/index.html\">区长信箱</a></div>\n\
<div class=\"bszn\"><a href=\"/art/2023/6/1/art_2200_1.html\">再生育审批办事指南</a> <a href=\"/art/2023/6/1/art_2200_2.html\">建设工程消防设计备案办事指南</a> <a href=\"/art/2024/3/28/art_2001_9.html\">旧版系统访问问题已修复</a></div>\n<div class=\"banner\"><a href=\"/col/col2010/index.html\"><img src=\"/images/logo.png\" alt=\"优化营商环境\"></a></div>\n{}{}",
        block("石门要闻", "/col/col2001/index.html", &yw),
        block("公示公告", "/col/col2002/index.html", &gg)
    );
    let home = b.doc("首页", "", &[], &home_body);
    b.html("/", home);
    let col = |b: &mut B, path: &str, name: &str, meta: &str, body: &str| {
        let p = b.doc(
            name,
            &format!("<meta name=\"ColumnName\" content=\"{meta}\">"),
            &[(name, "")],
            body,
        );
        b.html(path, p);
    };
    let full: Vec<(&str, &str, String)> = yw
        .iter()
        .map(|(h, t, d)| (*h, *t, format!("2024-{d}")))
        .collect();
    let full: Vec<(&str, &str, &str)> = full.iter().map(|(h, t, d)| (*h, *t, d.as_str())).collect();
    let mut pinned = vec![(
        "/art/2023/1/3/art_2001_0.html",
        "【置顶】石门区2023年为民办实事项目公布",
        "2023-01-03",
    )];
    pinned.extend(full.iter().copied());
    col(
        b,
        "/col/col2001/index.html",
        "石门要闻",
        "石门要闻",
        &li_list(&pinned, "bt-data-time"),
    );
    b.article(
        "/art/2023/1/3/art_2001_0.html",
        &[("石门要闻", "/col/col2001/index.html")],
        "石门区2023年为民办实事项目公布",
        "2023-01-03",
        "<p>十件实事。</p>",
    );
    for (h, t, d) in &full {
        b.article(
            h,
            &[("石门要闻", "/col/col2001/index.html")],
            t,
            d,
            "<p>会议要求，扎实做好各项工作。</p>",
        );
    }
    let mut ggl = li_list(&[(gg[0].0, gg[0].1, "2024-03-20")], "bt-data-time");
    ggl = ggl.replace("</ul>", "<li><a href=\"/art/2024/3/18/art_2002_2.html\" title=\"关于做好春季秸杆禁烧工作的通告\">关于做好春季秸…</a><span class=\"bt-data-time\">2024-03-18</span></li></ul>");
    col(b, "/col/col2002/index.html", "公示公告", "公示公告", &ggl);
    b.article(
        "/art/2024/3/18/art_2002_2.html",
        &[("公示公告", "/col/col2002/index.html")],
        "关于做好春季禁烧工作的通告",
        "2024-03-18",
        "<p>全区范围内禁止露天焚烧秸秆。</p>",
    );
    b.article(
        gg[0].0,
        &[("公示公告", "/col/col2002/index.html")],
        gg[0].1,
        "2024-03-20",
        "<p>招聘社区工作者30名。</p>",
    );
    col(
        b,
        "/col/col2010/index.html",
        "优化营商环境",
        "优化营商环境",
        &format!(
            "<div class=\"content\"><p>石门区持续深化“放管服”改革，优化营商环境。</p></div>{}",
            li_list(
                &[(
                    "/art/2024/3/15/art_2010_1.html",
                    "石门区2024年优化营商环境工作要点",
                    "2024-03-15"
                )],
                "bt-data-time"
            )
        ),
    );
    b.article(
        "/art/2024/3/15/art_2010_1.html",
        &[("优化营商环境", "/col/col2010/index.html")],
        "石门区2024年优化营商环境工作要点",
        "2024-03-15",
        "<p>工作要点全文。</p>",
    );

    let gk = "依据《中华人民共和国政府信息公开条例》，编制本指南和目录。一、主动公开：主动公开的政府信息包括机构职能、政策文件、规划计划、财政预决算、统计信息等，通过区政府门户网站政府信息公开专栏公开，自信息形成或变更之日起20个工作日内公开。二、依申请公开：公民、法人或者其他组织可以通过当面、邮寄、网络等方式向区政府办公室申请获取政府信息。三、监督：对本机关政府信息公开工作有意见的，可以向区政务公开办投诉。";
    let cr = |n: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![("政务公开", "/col/col2000/index.html"), (n, "")]
    };
    let p = b.doc(
        "政务公开",
        "",
        &[("政务公开", "")],
        &nav_list(&[
            ("/col/col2100/index.html", "政府信息公开指南和目录"),
            ("/col/col2101/index.html", "政务公开制度"),
            ("/col/col2102/index.html", "主动公开信息"),
            ("/col/col2103/index.html", "政府信息公开工作年度报告"),
        ]),
    );
    b.html("/col/col2000/index.html", p);
    let p = b.doc(
        "政府信息公开指南和目录",
        "",
        &cr("政府信息公开指南和目录"),
        &format!("<div class=\"content\"><p>{gk}</p></div>"),
    );
    b.html("/col/col2100/index.html", p);
    let p = b.doc(
        "政务公开制度",
        "",
        &cr("政务公开制度"),
        &nav_list(&[
            ("/col/col2101/zd1.html", "石门区政府信息公开保密审查制度"),
            ("/col/col2101/zd2.html", "石门区政府信息公开发布协调制度"),
            ("/col/col2101/zd3.html", "石门区政务公开考核评议制度"),
        ]),
    );
    b.html("/col/col2101/index.html", p);
    for (i, t) in [
        "石门区政府信息公开保密审查制度",
        "石门区政府信息公开发布协调制度",
        "石门区政务公开考核评议制度",
    ]
    .iter()
    .enumerate()
    {
        let p = b.doc(
            t,
            "",
            &cr("政务公开制度"),
            &format!("<div class=\"content\"><h1>{t}</h1><p>{gk}</p></div>"),
        );
        b.html(&format!("/col/col2101/zd{}.html", i + 1), p);
    }
    let p = b.doc(
        "主动公开信息",
        "",
        &cr("主动公开信息"),
        &nav_list(&[
            ("/col/col2110/index.html", "政府机构"),
            ("/col/col2111/index.html", "区政府文件"),
            ("/col/col2112/index.html", "政策图解"),
            ("/col/col2113/index.html", "人事任免"),
            ("/col/col2114/index.html", "发展规划"),
            ("/col/col2115/index.html", "财政资金"),
        ]),
    );
    b.html("/col/col2102/index.html", p);
    let p = b.doc("政府机构", "", &cr("政府机构"), &format!("<div class=\"content\"><p>区人民政府工作部门共23个。区政府办公室：负责区政府日常工作，协助区政府领导处理政务。区发展和改革局：拟订并组织实施全区国民经济和社会发展规划。区财政局：负责全区财政收支管理。{gk}</p></div>"));
    b.html("/col/col2110/index.html", p);
    let lists: [(&str, &str, &str, &str, &str); 5] = [
        (
            "/col/col2103/index.html",
            "政府信息公开工作年度报告",
            "/art/2024/1/31/art_2103_1.html",
            "石门区人民政府2023年政府信息公开工作年度报告",
            "2024-01-31",
        ),
        (
            "/col/col2111/index.html",
            "区政府文件",
            "/art/2024/2/19/art_2111_1.html",
            "石门区人民政府关于印发2024年重点工作任务的通知",
            "2024.02.19",
        ),
        (
            "/col/col2112/index.html",
            "政策图解",
            "/art/2023/8/8/art_2112_1.html",
            "一图读懂《石门区促进民营经济发展若干措施》",
            "2023-08-08",
        ),
        (
            "/col/col2113/index.html",
            "人事任免",
            "/art/2024/1/10/art_2113_1.html",
            "石门区人民政府关于李某某等同志职务任免的通知",
            "2024-01-10",
        ),
        (
            "/col/col2114/index.html",
            "发展规划",
            "/art/2023/12/5/art_2114_1.html",
            "石门区国土空间总体规划（2021-2035年）公示",
            "2023-12-05",
        ),
    ];
    for (path, name, art, title, date) in lists {
        let p = b.doc(
            name,
            "",
            &[("政务公开", "/col/col2000/index.html"), (name, "")],
            &li_list(&[(art, title, date)], "bt-data-time"),
        );
        b.html(path, p);
        b.article(art, &[(name, path)], title, date, "<p>正文。</p>");
    }
    b.column(
        "stale_column",
        "政策解读",
        Some("2023-08-08"),
        "政策图解 alias, 236 days",
    );
    let p = b.doc(
        "财政资金",
        "",
        &cr("财政资金"),
        &li_list(
            &[(
                "/art/2024/2/1/art_2115_1.html",
                "石门区2024年财政预算报告",
                "2024-02-01",
            )],
            "bt-data-time",
        ),
    );
    b.html("/col/col2115/index.html", p);
    b.article(
        "/art/2024/2/1/art_2115_1.html",
        &cr("财政资金"),
        "石门区2024年财政预算报告",
        "2024-02-01",
        "<p>预算报告全文。</p>",
    );
    // 区长信箱: list shows 留言时间 and 答复时间 only; "—" when unanswered.
    let rows = [
        (
            "/col/col2020/m_1.html",
            "咨询老旧小区改造计划",
            "2024-03-01",
            "2024-03-05",
            "已纳入2024年改造计划。",
        ),
        (
            "/col/col2020/m_2.html",
            "反映菜市场周边占道经营",
            "2023-12-10",
            "",
            "",
        ),
    ];
    let mut t = String::from(
        "<table class=\"xxlist\"><tr><th>信件标题</th><th>来信时间</th><th>答复时间</th></tr>",
    );
    for (h, ti, a, r, _) in rows {
        t.push_str(&format!(
            "<tr><td><a href=\"{h}\">{ti}</a></td><td>{a}</td><td>{}</td></tr>",
            if r.is_empty() { "—" } else { r }
        ));
    }
    t.push_str("</table>");
    let p = b.doc(
        "区长信箱",
        "<meta name=\"ColumnType\" content=\"咨询投诉\">",
        &[("区长信箱", "")],
        &t,
    );
    b.html("/col/col2020/index.html", p);
    for (h, ti, a, r, reply) in rows {
        let body = format!(
            "<div class=\"xx\"><h1>{ti}</h1><table><tr><th>来信人</th><td>王**</td></tr><tr><th>来信时间</th><td>{a}</td></tr><tr><th>来信内容</th><td>{ti}，请相关部门尽快处理。</td></tr><tr><th>答复单位</th><td>{}</td></tr><tr><th>答复时间</th><td>{r}</td></tr><tr><th>答复内容</th><td>{reply}</td></tr></table></div>",
            if r.is_empty() { "" } else { "区住建局" }
        );
        let p = b.doc(
            ti,
            "",
            &[("区长信箱", "/col/col2020/index.html"), (ti, "")],
            &body,
        );
        b.html(h, p);
    }
    b.expect(
        "unanswered_message",
        b.u("/col/col2020/m_2.html"),
        Ev::Asked(d("2023-12-10")),
        "no status words: empty 答复时间/答复内容, 112 days",
    );
    // 办事指南 with <h3> sections, no ColumnType meta, linked from the homepage
    let h3 = |rows: &[(&str, &str)]| -> String {
        rows.iter()
            .map(|(k, v)| format!("<h3>{k}</h3><p>{v}</p>"))
            .collect::<String>()
    };
    let g1 = h3(&[
        ("事项名称", "再生育审批"),
        ("设定依据", "《江西省人口与计划生育条例》"),
        ("申请条件", "符合条例规定情形"),
        ("申请材料", "申请表、户口簿、结婚证"),
        ("办理地点", "区政务服务中心一楼"),
        ("办理时间", "工作日 9:00-17:00"),
        ("咨询电话", "0795-3210001"),
        ("办理流程", "申请、审核、审批"),
        ("收费标准", "不收费"),
        ("承诺时限", "10个工作日"),
    ]);
    let p = b.doc(
        "再生育审批办事指南",
        "",
        &[("办事服务", ""), ("办事指南", "")],
        &format!("<div class=\"content\"><h1>再生育审批办事指南</h1>{g1}</div>"),
    );
    b.html("/art/2023/6/1/art_2200_1.html", p);
    let g2 = h3(&[
        ("事项名称", "建设工程消防设计备案"),
        ("申请条件", "依法需要备案的建设工程"),
        ("申请材料", "备案表、设计文件"),
        ("办理地点", "区政务服务中心三楼"),
        ("办理流程", "网上申报、备案"),
        ("办理时限", "即办"),
    ]);
    let p = b.doc(
        "建设工程消防设计备案办事指南",
        "",
        &[("办事服务", ""), ("办事指南", "")],
        &format!("<div class=\"content\"><h1>建设工程消防设计备案办事指南</h1>{g2}</div>"),
    );
    b.html("/art/2023/6/1/art_2200_2.html", p);
    b.expect(
        "service_guide_incomplete",
        b.u("/art/2023/6/1/art_2200_2.html"),
        Ev::Elements(vec![
            "设定依据".into(),
            "办理时间".into(),
            "联系电话".into(),
            "收费标准".into(),
        ]),
        "<h3> guide without ColumnType meta",
    );
    b.word(
        "国家旅游局",
        "/art/2024/3/28/art_2001_9.html",
        "word with since, page published 2024",
    );
    b.article("/art/2024/3/28/art_2001_9.html", &[("石门要闻", "/col/col2001/index.html")], "区政务服务网旧版系统访问问题已修复", "2024-03-28",
        "<p>区文旅局对照国家旅游局旧版标准完成了景区标识更新。近日，部分群众反映访问区政务服务网旧版系统时提示“您访问的页面不存在”或显示404错误。经排查，系旧版系统域名迁移所致，目前已全部修复，群众可正常访问办理业务。区政务服务中心将持续做好系统运维保障工作，确保各类事项网上可办、好办。</p>");
}

/// Portal J: small institution (市图书馆) whose `/` is a meta-refresh page
/// to the real homepage, as many small sites are.
pub fn meta_refresh_institution(b: &mut B) {
    b.html("/", "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/portal/index.html\"><title>正在跳转</title></head><body></body></html>".into());
    let home_body = r#"<div class="nav"><a href="/portal/index.html">首页</a> <a href="/portal/bggk/index.html">本馆概况</a>
<a href="/portal/gzdt/index.html">工作动态</a> <a href="/portal/tzgg/index.html">通知公告</a> <a href="/portal/cwgk/index.html">财务公开</a> <a href="/portal/zxzx/index.html">在线咨询</a></div>
<div class="news"><ul><li><a href="/portal/gzdt/2024/0327_1.html">市图书馆举办“书香江州”全民阅读活动</a><span>2024-03-27</span></li></ul></div>
<div class="ad"><a href="/portal/zt/dsj/index.html"><img src="/portal/images/dsj2023.jpg" alt="2023读书节"></a></div>"#;
    let home = b.doc("首页", "", &[], home_body);
    b.html("/portal/index.html", home);
    b.broken(
        "/portal/images/dsj2023.jpg",
        true,
        "http_status",
        "broken image on the homepage reached by meta refresh",
    );
    b.broken(
        "/portal/zt/dsj/index.html",
        true,
        "http_status",
        "broken link on the homepage reached by meta refresh",
    );
    let jg = "江州市图书馆是市文化广电新闻出版旅游局所属公益一类事业单位，馆舍面积2.1万平方米，藏书120万册。主要职责：承担文献信息资源的收集、整理、保存和利用；开展全民阅读推广；指导县（区）图书馆业务工作；开展地方文献征集与研究。开放时间：周二至周日9:00-21:00。";
    let p = b.doc(
        "本馆概况",
        "",
        &[("本馆概况", "")],
        &format!("<div class=\"content\"><p>{jg}</p></div>"),
    );
    b.html("/portal/bggk/index.html", p);
    let cols = [
        (
            "/portal/gzdt/index.html",
            "工作动态",
            "/portal/gzdt/2024/0327_1.html",
            "市图书馆举办“书香江州”全民阅读活动",
            "2024-03-27",
        ),
        (
            "/portal/tzgg/index.html",
            "通知公告",
            "/portal/tzgg/2024/0301_1.html",
            "关于清明节期间开放时间调整的通知",
            "2024-03-01",
        ),
        (
            "/portal/cwgk/index.html",
            "财务公开",
            "/portal/cwgk/2023/0215_1.html",
            "江州市图书馆2023年部门预算",
            "2023-02-15",
        ),
    ];
    for (path, name, art, title, date) in cols {
        let p = b.doc(
            name,
            "",
            &[(name, "")],
            &li_list(&[(art, title, date)], "date"),
        );
        b.html(path, p);
        b.article(art, &[(name, path)], title, date, "<p>正文。</p>");
    }
    let rows = [(
        "/portal/zxzx/q_1.html",
        "借书证能否异地使用",
        "2023-11-11",
        "未回复",
        "",
    )];
    let p = b.doc("在线咨询", "", &[("在线咨询", "")], &msg_table(&rows));
    b.html("/portal/zxzx/index.html", p);
    let p = b.doc(
        rows[0].1,
        "",
        &[("在线咨询", "/portal/zxzx/index.html")],
        &msg_detail(rows[0].1, rows[0].2, rows[0].3, rows[0].4, ""),
    );
    b.html("/portal/zxzx/q_1.html", p);
    b.expect(
        "unanswered_message",
        b.u("/portal/zxzx/q_1.html"),
        Ev::Asked(d("2023-11-11")),
        "141 days, institution",
    );
}

/// Portal K: hospital (事业单位) with the names hospital sites use:
/// 医院简介, 医院新闻, 院务公开 → 预算决算, 院长信箱. All fresh: no findings.
pub fn hospital_institution(b: &mut B) {
    let home_body = r#"<div class="nav"><a href="/">首页</a> <a href="/yyjj/index.html">医院简介</a>
<a href="/yyxw/index.html">医院新闻</a> <a href="/tzgg/index.html">通知公告</a> <a href="/ywgk/index.html">院务公开</a> <a href="/yzxx/index.html">院长信箱</a></div>
<div class="tools"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><a href="">无障碍</a> <a href='#'>关怀版</a> <a href=" /tzgg/index.html ">更多公告</a> <a href="
/yyjj/index.html">医院概况</a></div>
<div class="news"><ul><li><a href="/yyxw/2024/0329_1.html">我院开展“世界防治结核病日”义诊活动</a><span>2024-03-29</span></li></ul></div>"#;
    let home = b.doc("首页", "", &[], home_body);
    b.html("/", home);
    let jj = "江州市第一人民医院始建于1951年，是一所集医疗、教学、科研、预防、康复于一体的三级甲等综合医院。医院编制床位1500张，设临床科室42个、医技科室12个，在职职工2100余人。医院秉承“厚德精医、仁爱济世”的院训，为全市及周边群众提供优质医疗服务。地址：江州市人民路88号。";
    let p = b.doc(
        "医院简介",
        "",
        &[("医院简介", "")],
        &format!("<div class=\"content\"><p>{jj}</p></div>"),
    );
    b.html("/yyjj/index.html", p);
    let cols = [
        (
            "/yyxw/index.html",
            "医院新闻",
            "/yyxw/2024/0329_1.html",
            "我院开展“世界防治结核病日”义诊活动",
            "2024-03-29",
        ),
        (
            "/tzgg/index.html",
            "通知公告",
            "/tzgg/2024/0315_1.html",
            "江州市第一人民医院2024年公开招聘编外工作人员公告",
            "2024-03-15",
        ),
        (
            "/ywgk/ysjs/index.html",
            "预算决算",
            "/ywgk/ysjs/2024/0220_1.html",
            "江州市第一人民医院2024年部门预算公开",
            "2024-02-20",
        ),
    ];
    for (path, name, art, title, date) in cols {
        let p = b.doc(
            name,
            "",
            &[(name, "")],
            &li_list(&[(art, title, date)], "date"),
        );
        b.html(path, p);
        b.article(art, &[(name, path)], title, date, "<p>正文。</p>");
    }
    let p = b.doc(
        "院务公开",
        "",
        &[("院务公开", "")],
        &nav_list(&[
            ("/ywgk/ysjs/index.html", "预算决算"),
            ("/ywgk/sfbz/index.html", "收费标准"),
        ]),
    );
    b.html("/ywgk/index.html", p);
    let p = b.doc("收费标准", "", &[("院务公开", "/ywgk/index.html"), ("收费标准", "")], "<div class=\"content\"><p>医疗服务价格按照《江西省医疗服务价格项目目录》执行，详见门诊大厅公示屏。普通门诊诊查费10元，副主任医师诊查费20元，主任医师诊查费30元。</p></div>");
    b.html("/ywgk/sfbz/index.html", p);
    let rows = [(
        "/yzxx/l_1.html",
        "建议增加周末专家门诊",
        "2024-02-01",
        "已回复",
        "2024-02-04",
    )];
    let p = b.doc("院长信箱", "", &[("院长信箱", "")], &msg_table(&rows));
    b.html("/yzxx/index.html", p);
    let p = b.doc(
        rows[0].1,
        "",
        &[("院长信箱", "/yzxx/index.html")],
        &msg_detail(
            rows[0].1,
            rows[0].2,
            rows[0].3,
            rows[0].4,
            "已增设周六上午专家门诊。",
        ),
    );
    b.html("/yzxx/l_1.html", p);
}
