//! Portal C (GBK county portal, charset only in the meta, dates in
//! parentheses and `<i>`), D (its separate 政府信息公开 platform on another
//! port), E (department portal with an iframe, `<base href>`, dates before
//! truncated titles, service guides) and F (an institution).

use crate::builder::{Portal, STATIC_GUIDE, STATIC_ORG, Style};
use crate::portals_ab::Ports;
use crate::server::Route;

pub fn portal_c(p: &Ports) -> Portal {
    let mut s = Portal::new("青川县人民政府", p.c, true);
    s.check = Some(("/", "county"));
    let plat = format!("http://127.0.0.1:{}/", p.d);
    let home = format!(
        r##"<div class="nav"><a href="/">首页</a><a href="{plat}">政府信息公开</a><a href="/xwzx/index.html">新闻中心</a><a href="/tzgg/index.html">通知公告</a><a href="/yshj/index.html">优化营商环境</a><a href="/hdjl/xzxx/index.html">县长信箱</a><a href="/hdjl/zxft/index.html">在线访谈</a><a href="http://127.0.0.1:{closed}/">青川旅游网</a></div>
<div class="news"><h3>青川要闻</h3><ul>
<li>·<a href="/xwzx/1.htm">县委常委会召开专题会议研究春季农业生产</a>&nbsp;(2024-02-29)</li>
<li>·<a href="/xwzx/2.htm">全县安全生产工作会议召开</a>&nbsp;(2024-02-20)</li>
</ul></div>
<div class="tz"><ul><li><i>2024年04月15日</i> <a href="/tzgg/1.htm">关于2024年清明节期间森林防火的通告</a></li></ul></div>
<div class="slogan">坚决打赢扫黑&nbsp;险恶专项斗争</div>"##,
        closed = p.closed
    );
    s.page("/", "青川县人民政府", "<meta name=\"Maketime\" content=\"2024-03-30 08:00:00\"><meta name=\"PubDate\" content=\"2024-03-30 08:00\">", &home);
    s.broken(
        &format!("http://127.0.0.1:{}/", p.closed),
        true,
        "connect",
        "link to a closed port on the homepage",
    );
    s.word("扫黑险恶", "/", "split by &nbsp; on a GBK page");
    {
        let e = s.expect("stale_homepage", String::new(), "newest homepage date 2024-02-29; 2024-04-15 is in the future, Maketime/PubDate metas are generation times");
        e.latest = Some("2024-02-29");
    }
    s.column(
        "/xwzx/index.html",
        "/xwzx/",
        "新闻中心",
        &[
            ("2024-02-29", "县委常委会召开专题会议研究春季农业生产", ""),
            (
                "2024-02-20",
                "全县安全生产工作会议召开",
                "<p>会议强调，要深入推进一带一路\u{200B}战略相关项目。</p>",
            ),
        ],
        Style::Paren,
        "",
    );
    s.word(
        "一带一路战略",
        "/xwzx/2.htm",
        "zero-width space inside, GBK page",
    );
    s.col(
        "stale_column",
        "工作动态",
        Some("2024-02-29"),
        "新闻中心 last (2024-02-29)",
    );
    // 通知公告: a future-dated item (typo) and a fresh enough real one
    s.column(
        "/tzgg/index.html",
        "/tzgg/",
        "通知公告",
        &[
            ("2024-04-15", "关于2024年清明节期间森林防火的通告", ""),
            ("2023-12-20", "关于做好2024年元旦春节期间有关工作的通知", ""),
        ],
        Style::ItalicFirst,
        "",
    );
    s.column(
        "/yshj/index.html",
        "/yshj/",
        "优化营商环境",
        &[("2024-01-10", "青川县优化营商环境工作要点", "")],
        Style::Paren,
        "",
    );
    // messages, mixed states
    let rows = [
        ("1", "关于农村公路维修的建议", "2023-11-02", "未回复"),
        ("2", "关于学校门口交通秩序的反映", "2024-02-20", "未回复"),
        ("3", "关于自来水水质的咨询", "2022-12-01", "未回复"),
        ("4", "关于医保报销的咨询", "2023-10-10", "已回复"),
        ("5", "关于小区噪音扰民的投诉", "2023-09-15", "未答复"),
    ];
    let mut t = String::from(
        "<table class=\"xx\"><tr><th>标题</th><th>留言时间</th><th>回复状态</th></tr>",
    );
    for (id, title, date, st) in rows {
        t.push_str(&format!(
            "<tr><td><a href=\"/hdjl/xzxx/{id}.html\">{title}</a></td><td>{date}</td><td>{st}</td></tr>"
        ));
        let reply = if st == "已回复" {
            "<p>回复状态：已回复</p><p>回复时间：2023-10-18</p><p>回复内容：请携带身份证到县医保局窗口办理。</p>".to_string()
        } else {
            format!("<p>回复状态：{st}</p>")
        };
        s.article(
            &format!("/hdjl/xzxx/{id}.html"),
            title,
            &format!("留言时间：{date}"),
            &format!("<p>留言内容：{title}，请相关部门尽快处理。</p>{reply}"),
        );
    }
    t.push_str("</table>");
    s.static_col("/hdjl/xzxx/index.html", "县长信箱", &t);
    s.expect(
        "unanswered_message",
        s.url("/hdjl/xzxx/1.html"),
        "未回复 since 2023-11-02 (150 d)",
    );
    s.expect(
        "unanswered_message",
        s.url("/hdjl/xzxx/5.html"),
        "未答复 since 2023-09-15 (198 d)",
    );
    // 在线访谈: excluded from message judging
    s.static_col(
        "/hdjl/zxft/index.html",
        "在线访谈",
        "<table><tr><td><a href=\"/hdjl/zxft/1.html\">县长与网民在线交流：乡村振兴</a></td><td>2023-06-01</td><td>未回复</td></tr></table>",
    );
    s.article(
        "/hdjl/zxft/1.html",
        "县长与网民在线交流：乡村振兴",
        "访谈时间：2023-06-01",
        "<p>网友提问：村道何时硬化？</p><p>回复状态：未回复</p>",
    );
    s
}

/// The separate 政府信息公开 platform of portal C (UTF-8, its own port).
pub fn portal_d(p: &Ports) -> Portal {
    let mut s = Portal::new("青川县政府信息公开", p.d, false);
    let home = r#"<div class="xxgk"><ul><li><a href="/zn/index.html">政府信息公开指南</a></li><li><a href="/zd/index.html">政府信息公开制度</a></li><li><a href="/fdzdgknr/index.html">法定主动公开内容</a></li></ul>
<ul class="sub"><li><a href="/fdzdgknr/jgzn/index.html">机构职能</a></li><li><a href="/fdzdgknr/zfwj/index.html">政府文件</a></li><li><a href="/fdzdgknr/zcjd/index.html">解读回应</a></li><li><a href="/fdzdgknr/rsxx/index.html">人事信息</a></li><li><a href="/fdzdgknr/ghjh/index.html">规划计划</a></li><li><a href="/fdzdgknr/czyjs/index.html">财政预决算</a></li></ul></div>"#;
    s.page("/", "青川县政府信息公开", "", home);
    s.static_col("/zn/index.html", "政府信息公开指南", STATIC_GUIDE);
    s.column(
        "/zd/index.html",
        "/zd/",
        "政府信息公开制度",
        &[("2019-12-01", "青川县政府信息公开工作规程", "")],
        Style::Dash,
        "",
    );
    s.static_col(
        "/fdzdgknr/index.html",
        "法定主动公开内容",
        "<ul class=\"sub\"><li><a href=\"/fdzdgknr/jgzn/index.html\">机构职能</a></li><li><a href=\"/fdzdgknr/zfwj/index.html\">政府文件</a></li><li><a href=\"/fdzdgknr/rsxx/index.html\">人事信息</a></li></ul>",
    );
    s.static_col("/fdzdgknr/jgzn/index.html", "机构职能", STATIC_ORG);
    s.column(
        "/fdzdgknr/zfwj/index.html",
        "/fdzdgknr/zfwj/",
        "政府文件",
        &[(
            "2024-03-08",
            "青川县人民政府关于印发春季森林防火工作方案的通知",
            "<p>深入贯彻党的20大精神，做好春季森林防火。</p><p>附件：<a href=\"/fdzdgknr/zfwj/fj/fhfa.xls\">防火责任表.xls</a></p>",
        )],
        Style::Dash,
        "",
    );
    s.broken(
        "/fdzdgknr/zfwj/fj/fhfa.xls",
        false,
        "http_status",
        "missing .xls attachment on the platform",
    );
    s.patch(
        "/fdzdgknr/zfwj/index.html",
        "</ul>",
        "</ul><img src=\"/images/new.gif\" alt=\"新\">",
    );
    s.column(
        "/fdzdgknr/zcjd/index.html",
        "/fdzdgknr/zcjd/",
        "解读回应",
        &[("2024-03-09", "《春季森林防火工作方案》解读", "")],
        Style::Dash,
        "",
    );
    s.column(
        "/fdzdgknr/rsxx/index.html",
        "/fdzdgknr/rsxx/",
        "人事信息",
        &[("2022-11-15", "青川县人民政府关于李某某同志任职的通知", "")],
        Style::Dash,
        "",
    );
    s.static_col(
        "/fdzdgknr/ghjh/index.html",
        "规划计划",
        "<div class=\"list\">暂无数据</div>",
    );
    s.column(
        "/fdzdgknr/czyjs/index.html",
        "/fdzdgknr/czyjs/",
        "财政预决算",
        &[("2024-02-10", "青川县2024年财政预算报告", "")],
        Style::Dash,
        "",
    );
    s.exp.clear();
    s
}

/// Expectations of D belong to C's run (C's homepage links D).
pub fn d_expectations(c: &mut Portal, d: &Portal) {
    c.broken(
        &d.url("/images/new.gif"),
        false,
        "http_status",
        "404 image on a platform column page (port D)",
    );
    c.broken(
        &d.url("/fdzdgknr/zfwj/fj/fhfa.xls"),
        false,
        "http_status",
        "missing .xls attachment on the platform (port D)",
    );
    c.expect(
        "sensitive_word",
        format!("党的20大 {}", d.url("/fdzdgknr/zfwj/1.htm")),
        "plain hit on a platform article (port D)",
    );
    c.col(
        "stale_column",
        "人事信息",
        Some("2022-11-15"),
        "platform 人事信息 last 2022-11-15 (365 d)",
    );
    c.col(
        "blank_column",
        "规划计划",
        None,
        "platform 规划计划 says 暂无数据",
    );
    c.col(
        "missing_column",
        "政府信息公开年报",
        None,
        "platform has no 年报",
    );
}

/// Department portal: iframe on the homepage, `<base href>` lists, dates
/// before truncated titles, service guides with synonyms.
pub fn portal_e(p: &Ports) -> Portal {
    let mut s = Portal::new("青禾县市场监督管理局", p.e, false);
    s.check = Some(("/", "department"));
    let home = r##"<div class="nav"><a href="/site/zwgk/index.html">政务公开</a><a href="/site/jgdt/index.html">市场监管动态</a><a href="/site/gsgg/index.html">公告公示</a><a href="/site/bszn/index.html">办事指南</a><a href="/site/jzxx/index.html">局长信箱</a></div>
<iframe src="/site/include/weather.html" width="200" height="30" frameborder="0"></iframe>
<div class="dt"><ul><li><span class="date">2024-03-26</span><a href="/site/jgdt/art/1.htm" title="县市场监管局开展春季食品安全专项检查">县市场监管局开展…</a></li></ul></div>
<!-- <li><span>2024-03-30</span><a href="/site/jgdt/art/9.htm">草稿</a></li> -->"##;
    s.page("/", "青禾县市场监督管理局", "", home);
    s.broken(
        "/site/include/weather.html",
        true,
        "http_status",
        "404 iframe src on the homepage",
    );
    let zw = r#"<ul><li><a href="/site/zwgk/zn.html">信息公开指南</a></li><li><a href="/site/zwgk/zd/index.html">信息公开制度</a></li><li><a href="/site/zwgk/ml.html">主动公开目录</a></li><li><a href="/site/zwgk/nb/index.html">年度报告</a></li><li><a href="/site/zwgk/gk.html">本局概况</a></li><li><a href="/site/zcfg/index.html">政策法规</a></li><li><a href="/site/zcjd/index.html">图解政策</a></li><li><a href="/site/rsxx/index.html">人事信息</a></li><li><a href="/site/ghjh/index.html">规划计划</a></li><li><a href="/site/czzj/index.html">财政资金</a></li><li><a href="/site/zwgk/tj/2023.html">2023年统计数据</a></li><li><a href="/site/old/xzxk.html">行政许可</a></li></ul>"#;
    s.static_col("/site/zwgk/index.html", "政务公开", zw);
    s.status(
        "/site/zwgk/tj/2023.html",
        500,
        "text/html",
        "<html><body>java.lang.NullPointerException</body></html>",
    );
    s.redirect("/site/old/xzxk.html", 301, "/site/new/xzxk.html");
    s.broken(
        "/site/old/xzxk.html",
        false,
        "http_status",
        "301 to a page that is 404: reported at the linked URL",
    );
    s.broken(
        "/site/zwgk/tj/2023.html",
        false,
        "http_status",
        "500 inner page",
    );
    s.static_col("/site/zwgk/zn.html", "信息公开指南", STATIC_GUIDE);
    s.column(
        "/site/zwgk/zd/index.html",
        "/site/zwgk/zd/",
        "信息公开制度",
        &[("2020-03-01", "政府信息公开工作制度", "")],
        Style::BeforeTruncated,
        "",
    );
    s.static_col(
        "/site/zwgk/ml.html",
        "主动公开目录",
        "<ul class=\"sub\"><li><a href=\"/site/zcfg/index.html\">政策法规</a></li><li><a href=\"/site/rsxx/index.html\">人事信息</a></li></ul>",
    );
    s.column(
        "/site/zwgk/nb/index.html",
        "/site/zwgk/nb/",
        "年度报告",
        &[("2024-01-28", "2023年政府信息公开工作年度报告", "")],
        Style::BeforeTruncated,
        "",
    );
    s.static_col("/site/zwgk/gk.html", "本局概况", STATIC_ORG);
    s.column(
        "/site/zcfg/index.html",
        "/site/zcfg/",
        "政策法规",
        &[(
            "2024-02-22",
            "青禾县市场监督管理局关于规范农贸市场管理的通知",
            "<p>原国家旅游局有关职责已整合。</p>",
        )],
        Style::BeforeTruncated,
        "",
    );
    s.column(
        "/site/zcjd/index.html",
        "/site/zcjd/",
        "图解政策",
        &[("2024-02-23", "图解：规范农贸市场管理", "")],
        Style::BeforeTruncated,
        "",
    );
    s.column(
        "/site/rsxx/index.html",
        "/site/rsxx/",
        "人事信息",
        &[("2023-09-10", "2023年公开招聘工作人员拟聘用人员公示", "")],
        Style::BeforeTruncated,
        "",
    );
    s.static_col(
        "/site/ghjh/index.html",
        "规划计划",
        "<ul class=\"list\"><li><a href=\"/site/ghjh/1.htm\">2024年市场监管工作计划</a><span>[12-28]</span></li></ul>",
    );
    s.article(
        "/site/ghjh/1.htm",
        "2024年市场监管工作计划",
        "发布时间：2023-12-28 10:00",
        "<p>工作计划全文。</p>",
    );
    s.column(
        "/site/czzj/index.html",
        "/site/czzj/",
        "财政资金",
        &[("2024-02-05", "2024年部门预算公开", "")],
        Style::BeforeTruncated,
        "",
    );
    s.column(
        "/site/jgdt/index.html",
        "/site/jgdt/art/",
        "市场监管动态",
        &[
            (
                "2024-03-26",
                "县市场监管局开展春季食品安全专项检查",
                "<p>检查组会同国家旅游局驻县工作组开展联合检查。</p>",
            ),
            ("2024-03-19", "县市场监管局召开消费者权益保护座谈会", ""),
        ],
        Style::BeforeTruncated,
        "",
    );
    s.word(
        "国家旅游局",
        "/site/jgdt/art/1.htm",
        "outdated name, plain (allow 原国家旅游局 elsewhere)",
    );
    // 公告公示 with <base href>: relative links resolve against /site/
    let base = s.url("/site/");
    let list = r#"<div class="crumb">您当前所在位置：<a href="index.html">首页</a> &gt; 公告公示</div><h2>公告公示</h2><ul class="list">
<li><span class="date">2023-09-01</span><a href="gsgg/art/1.htm" title="关于2023年第三季度食品抽检结果的公告">关于2023年第三…</a></li>
<li><span class="date">2023-06-12</span><a href="gsgg/art/2023/gone.htm" title="关于注销部分食品经营许可证的公告">关于注销部分食…</a></li>
</ul>"#;
    let html = s.doc(
        "公告公示",
        &format!("<base href=\"{base}\"><meta name=\"ColumnName\" content=\"公告公示\">"),
        list,
    );
    s.raw("/site/gsgg/index.html", html);
    s.page(
        "/site/index.html",
        "青禾县市场监督管理局",
        "",
        "<p><a href=\"/\">进入首页</a></p>",
    );
    s.article(
        "/site/gsgg/art/1.htm",
        "关于2023年第三季度食品抽检结果的公告",
        "发布时间：2023-09-01",
        "<p>抽检结果见附表。</p>",
    );
    s.broken(
        "/site/gsgg/art/2023/gone.htm",
        false,
        "http_status",
        "404 resolved against <base href>",
    );
    s.col(
        "stale_column",
        "通知公告",
        Some("2023-09-01"),
        "公告公示 last 2023-09-01 (180 d)",
    );
    // service guides
    s.static_col(
        "/site/bszn/index.html",
        "办事指南",
        "<ul><li><a href=\"/site/bszn/g1.html\">食品经营许可办事指南</a></li><li><a href=\"/site/bszn/g2.html\">个体工商户设立登记办事指南</a></li><li><a href=\"/site/bszn/g3.html\">广告发布登记办事指南</a></li></ul>",
    );
    let guide = |rows: &[(&str, &str)]| {
        let mut t = String::from("<table class=\"bszn\">");
        for (k, v) in rows {
            t.push_str(&format!("<tr><th>{k}</th><td>{v}</td></tr>"));
        }
        t.push_str("</table>");
        t
    };
    let g1 = guide(&[
        ("事项名称", "食品经营许可"),
        ("办理依据", "《中华人民共和国食品安全法》第三十五条"),
        ("受理条件", "具有与经营的食品品种、数量相适应的经营场所"),
        ("申请材料", "食品经营许可申请书；营业执照复印件"),
        ("受理地点", "青禾县政务服务中心二楼市场监管窗口"),
        ("受理时间", "工作日 8:30-12:00，14:30-17:30"),
        ("咨询电话", "0123-4567892"),
        ("办事流程", "申请—受理—审查—决定—发证"),
        ("是否收费", "不收费"),
        ("承诺时限", "10个工作日"),
    ]);
    s.page(
        "/site/bszn/g1.html",
        "食品经营许可办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &format!("<h1>食品经营许可办事指南</h1>{g1}"),
    );
    let g2 = guide(&[
        ("事项名称", "个体工商户设立登记"),
        ("设定依据", "《促进个体工商户发展条例》"),
        ("申请条件", "有经营能力的自然人"),
        ("办理材料", "身份证明；经营场所证明"),
        ("办理地点", "青禾县政务服务中心"),
        ("办理时间", "工作日"),
        ("联系电话", "0123-4567893"),
        ("办理流程", "申请—受理—核准"),
        ("办理时限", "/"),
    ]);
    s.page(
        "/site/bszn/g2.html",
        "个体工商户设立登记办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        &format!("<h1>个体工商户设立登记办事指南</h1>{g2}"),
    );
    s.expect(
        "service_guide_incomplete",
        s.url("/site/bszn/g2.html"),
        "no 收费标准, 办理时限 is '/'",
    );
    let g3 = "<h1>广告发布登记办事指南</h1><dl class=\"bszn\"><dt>事项名称</dt><dd>广告发布登记</dd><dt>设定依据</dt><dd>《中华人民共和国广告法》</dd><dt>申请条件</dt><dd>具有广告发布能力的单位</dd><dt>申请材料</dt><dd>登记申请表</dd><dt>办理地点</dt><dd></dd><dt>办理时间</dt><dd>工作日</dd><dt>联系电话</dt><dd>0123-4567894</dd><dt>办理流程</dt><dd>申请—审查—登记</dd><dt>收费标准</dt><dd>不收费</dd><dt>办理时限</dt><dd>5个工作日</dd></dl>";
    s.page(
        "/site/bszn/g3.html",
        "广告发布登记办事指南",
        "<meta name=\"ColumnType\" content=\"办事服务\">",
        g3,
    );
    s.expect(
        "service_guide_incomplete",
        s.url("/site/bszn/g3.html"),
        "办理地点 empty <dd>",
    );
    // 局长信箱: one unanswered for 100 days, others answered/recent
    s.static_col(
        "/site/jzxx/index.html",
        "局长信箱",
        "<ul class=\"xx\"><li><a href=\"/site/jzxx/1.html\">反映某超市销售过期食品</a><span>2023-12-22</span><span>待回复</span></li><li><a href=\"/site/jzxx/2.html\">咨询营业执照年报</a><span>2024-03-25</span><span>待回复</span></li><li><a href=\"/site/jzxx/3.html\">投诉虚假广告</a><span>2023-08-08</span><span>已回复</span></li></ul>",
    );
    s.article(
        "/site/jzxx/1.html",
        "反映某超市销售过期食品",
        "来信日期：2023-12-22",
        "<p>来信内容：某超市销售过期食品。</p><p>处理状态：待回复</p>",
    );
    s.article(
        "/site/jzxx/2.html",
        "咨询营业执照年报",
        "来信日期：2024-03-25",
        "<p>来信内容：如何年报？</p><p>处理状态：待回复</p>",
    );
    s.article("/site/jzxx/3.html", "投诉虚假广告", "来信日期：2023-08-08", "<p>来信内容：虚假广告。</p><p>处理状态：已回复</p><p>回复日期：2023-08-20</p><p>回复内容：已立案调查。</p>");
    s.expect(
        "unanswered_message",
        s.url("/site/jzxx/1.html"),
        "待回复 since 2023-12-22 (100 d)",
    );
    s
}

/// Institution (事业单位): 图书馆.
pub fn portal_f(p: &Ports) -> Portal {
    let mut s = Portal::new("青禾县图书馆", p.f, false);
    s.check = Some(("/", "institution"));
    let home = r##"<script src="/api/count.jsp?site=lib"></script><div class="nav"><a href="/bggk/">本馆概况</a><a href="/xwdt/">新闻动态</a><a href="/tzgg/">通知公告</a><a href="/lyb/">馆长信箱</a></div>
<div class="list"><ul><li><a href="/xwdt/1.htm">县图书馆举办“世界读书日”系列活动预告</a><span>2024-03-28</span></li></ul></div>
<p>下载：<a href="/upload/2024/dzzn.pdf">读者指南.pdf</a></p>"##;
    s.page("/", "青禾县图书馆", "", home);
    s.status("/api/count.jsp", 500, "text/plain", "error");
    s.broken(
        "/api/count.jsp?site=lib",
        true,
        "http_status",
        "500 script on homepage",
    );
    s.routes.insert("/upload/2024/dzzn.pdf".into(), Route::Hang);
    s.broken(
        "/upload/2024/dzzn.pdf",
        true,
        "timeout",
        "pdf download that never answers (> --timeout 3)",
    );
    s.static_col("/bggk/", "本馆概况", "<p>青禾县图书馆始建于1978年，是县政府设立的公益一类事业单位，馆藏图书30万册。</p><p>开放时间：周二至周日 9:00-17:00</p><p><a href=\"/opac/search.jsp\">馆藏检索</a></p>");
    s.status(
        "/opac/search.jsp",
        503,
        "text/html; charset=utf-8",
        "<html><body>Service Unavailable</body></html>",
    );
    s.broken(
        "/opac/search.jsp",
        false,
        "http_status",
        "503 that never recovers, no Retry-After",
    );
    s.column(
        "/xwdt/",
        "/xwdt/",
        "新闻动态",
        &[
            (
                "2024-03-28",
                "县图书馆举办“世界读书日”系列活动预告",
                "<p>活动由县人口和计划<b>生育</b>委员会协办。</p>",
            ),
            (
                "2024-03-20",
                "县图书馆开展古籍保护培训",
                "<p>原人口和计划生育委员会旧址现为少儿阅览室。</p>",
            ),
        ],
        Style::Dash,
        "",
    );
    s.word(
        "人口和计划生育委员会",
        "/xwdt/1.htm",
        "outdated name split by <b>",
    );
    s.static_col(
        "/tzgg/",
        "通知公告",
        "<ul class=\"list\"></ul><p class=\"nodata\">暂无数据</p>",
    );
    s.col("blank_column", "通知公告", None, "通知公告 says 暂无数据");
    s.col(
        "missing_column",
        "财政预决算",
        None,
        "no 财务/预决算 column",
    );
    s.static_col(
        "/lyb/",
        "馆长信箱",
        "<div class=\"msg\"><a href=\"/lyb/1.htm\">建议延长周末开放时间</a> 留言时间：2023年12月01日 状态：未回复</div><div class=\"msg\"><a href=\"/lyb/2.htm\">少儿阅览室空调太冷</a> 留言时间：2024年01月10日 状态：已回复</div>",
    );
    s.article(
        "/lyb/1.htm",
        "建议延长周末开放时间",
        "留言时间：2023年12月01日",
        "<p>留言内容：建议周末延长到晚上八点。</p><p>回复状态：未回复</p><p>回复内容：</p>",
    );
    s.article("/lyb/2.htm", "少儿阅览室空调太冷", "留言时间：2024年01月10日", "<p>留言内容：空调太冷。</p><p>回复状态：已回复</p><p>回复时间：2024年01月12日</p><p>回复内容：已调整温度。</p>");
    s.expect(
        "unanswered_message",
        s.url("/lyb/1.htm"),
        "未回复 since 2023-12-01 (121 d), Chinese dates",
    );
    s
}
