//! Portal G (county portal behind a frameset homepage, date formats
//! without a dash, undated lists, deep-link redirects) and H (a department
//! with paragraph-style guides, correction notices and late replies).

use crate::builder::{Portal, STATIC_GUIDE, STATIC_ORG, Style};
use crate::server::Route;

pub struct PortsGh {
    pub g: u16,
    pub h: u16,
}

/// An undated list page whose articles carry the dates.
fn undated_column(
    s: &mut Portal,
    list: &str,
    prefix: &str,
    name: &str,
    items: &[(&str, &str)],
    date_fmt: fn(&str) -> String,
) {
    let mut lis = String::new();
    for (i, (date, title)) in items.iter().enumerate() {
        let href = format!("{prefix}{}.html", i + 1);
        lis.push_str(&format!("<li><a href=\"{href}\">{title}</a></li>"));
        s.article(
            &href,
            title,
            &format!("发布日期：{}", date_fmt(date)),
            &format!("<p>{title}</p><p>为庆祝中华人民\n  共合国成立75周年，特制定本方案。</p>"),
        );
    }
    s.static_col(list, name, &format!("<ul class=\"list\">{lis}</ul>"));
}

fn slash(d: &str) -> String {
    d.replace('-', "/")
}

fn dot(d: &str) -> String {
    d.replace('-', ".")
}

fn wide(d: &str) -> String {
    d.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
            '-' => '－',
            _ => c,
        })
        .collect()
}

fn unpadded(d: &str) -> String {
    let p: Vec<&str> = d.split('-').collect();
    format!(
        "{}年{}月{}日",
        p[0],
        p[1].trim_start_matches('0'),
        p[2].trim_start_matches('0')
    )
}

pub fn portal_g(p: &PortsGh) -> Portal {
    let mut s = Portal::new("青山县人民政府", p.g, false);
    s.check = Some(("/", "county"));
    s.raw(
        "/",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head><meta charset=\"utf-8\"><title>青山县人民政府</title><meta name=\"SiteName\" content=\"青山县人民政府\"></head><frameset rows=\"100,*\" frameborder=\"0\"><frame src=\"/top.html\" name=\"top\"><frame src=\"/main.html\" name=\"main\"><noframes><body>您的浏览器不支持框架，请<a href=\"/main.html\">点击这里</a>。</body></noframes></frameset></html>".to_string(),
    );
    s.page(
        "/top.html",
        "青山县人民政府",
        "",
        "<div class=\"logo\">青山县人民政府</div>",
    );
    let main = format!(
        r##"<div class="nav"><a href="/xxgk/index.html" target="main">信息公开</a><a href="/zwyw/index.html" target="main">政务要闻</a><a href="/tzgg/index.html">通知公告</a><a href="/hjzt/index.html">营商环境专题</a><a href="/hdjl/index.html">网上留言</a><a href="//127.0.0.1:{port}/zwyw/index.html">更多要闻</a></div>
<div class="yw"><ul><li><a href="/zwyw/1.htm">县长主持召开县政府常务会议</a><span>[03-28]</span></li><li><a href="/zwyw/2.htm">全县春耕备耕工作推进会召开</a><span>[03-22]</span></li></ul></div>"##,
        port = p.g
    );
    s.page("/main.html", "青山县人民政府", "", &main);
    let ml = r#"<ul><li><a href="/xxgk/zn.html">政府信息公开指南</a></li><li><a href="/xxgk/zd.html">政府信息公开制度</a></li><li><a href="/xxgk/ml.html">法定主动公开内容</a></li><li><a href="/xxgk/nb/index.html">政府信息公开年报</a></li><li><a href="/xxgk/jgzn.html">机构职能</a></li><li><a href="/xxgk/zfwj/index.html">县政府文件</a></li><li><a href="/xxgk/zcjd/index.html">政策解读</a></li><li><a href="/xxgk/rsrm/index.html">人事任免</a></li><li><a href="/xxgk/ghjh/index.html">规划计划</a></li><li><a href="/xxgk/czxx/index.html">财政信息</a></li></ul>"#;
    s.static_col("/xxgk/index.html", "信息公开", ml);
    s.static_col("/xxgk/zn.html", "政府信息公开指南", STATIC_GUIDE);
    s.static_col("/xxgk/zd.html", "政府信息公开制度", "<p>青山县政府信息公开工作制度包括：信息发布协调制度、保密审查制度、依申请公开办理制度、工作考核制度和责任追究制度。各单位要明确专人负责，严格执行。</p>");
    s.static_col(
        "/xxgk/ml.html",
        "法定主动公开内容",
        "<ul class=\"sub\"><li><a href=\"/xxgk/jgzn.html\">机构职能</a></li><li><a href=\"/xxgk/zfwj/index.html\">县政府文件</a></li><li><a href=\"/xxgk/ghjh/index.html\">规划计划</a></li></ul>",
    );
    s.column(
        "/xxgk/nb/index.html",
        "/xxgk/nb/",
        "政府信息公开年报",
        &[("2024-01-31", "青山县2023年政府信息公开工作年度报告", "")],
        Style::Dash,
        "",
    );
    s.static_col("/xxgk/jgzn.html", "机构职能", STATIC_ORG);
    // undated lists: the dates are on the article pages only
    undated_column(
        &mut s,
        "/xxgk/zfwj/index.html",
        "/xxgk/zfwj/t",
        "县政府文件",
        &[
            (
                "2024-02-18",
                "青山县人民政府关于印发2024年政府工作报告重点任务分工的通知",
            ),
            ("2024-01-09", "青山县人民政府关于做好春运工作的通知"),
        ],
        slash,
    );
    undated_column(
        &mut s,
        "/xxgk/rsrm/index.html",
        "/xxgk/rsrm/t",
        "人事任免",
        &[("2022-10-08", "青山县人民政府关于王某某等同志任免职务的通知")],
        |d| d.to_string(),
    );
    s.col(
        "stale_column",
        "人事信息",
        Some("2022-10-08"),
        "undated list; article 发布日期 2022-10-08",
    );
    for page in [
        "/xxgk/zfwj/t1.html",
        "/xxgk/zfwj/t2.html",
        "/xxgk/rsrm/t1.html",
    ] {
        s.word("中华人民共合国", page, "split by a newline and indentation");
    }
    // full-width digits, stale interpretation column
    s.static_col(
        "/xxgk/zcjd/index.html",
        "政策解读",
        &format!(
            "<ul class=\"list\"><li><a href=\"/xxgk/zcjd/1.html\">《青山县农村人居环境整治方案》解读</a><span>{}</span></li><li><a href=\"/xxgk/zcjd/2.html\">图解：2023年民生实事</a><span>{}</span></li></ul>",
            wide("2023-08-20"),
            wide("2023-04-02")
        ),
    );
    s.article(
        "/xxgk/zcjd/1.html",
        "《青山县农村人居环境整治方案》解读",
        &format!("发布时间：{}", wide("2023-08-20")),
        "<p>解读内容。</p>",
    );
    s.article(
        "/xxgk/zcjd/2.html",
        "图解：2023年民生实事",
        &format!("发布时间：{}", wide("2023-04-02")),
        "<p>图解内容。</p>",
    );
    s.col(
        "stale_column",
        "政策解读",
        Some("2023-08-20"),
        "full-width dates ２０２３－０８－２０",
    );
    s.static_col(
        "/xxgk/ghjh/index.html",
        "规划计划",
        &format!("<ul class=\"list\"><li><a href=\"/xxgk/ghjh/1.html\">青山县2024年国民经济和社会发展计划</a> {}</li></ul>", unpadded("2024-01-05")),
    );
    s.article(
        "/xxgk/ghjh/1.html",
        "青山县2024年国民经济和社会发展计划",
        &format!("发布日期：{}", unpadded("2024-01-05")),
        "<p>计划全文。</p>",
    );
    s.static_col("/xxgk/czxx/index.html", "财政信息", "<table class=\"list\"><tr><th>标题</th><th>发布日期</th></tr></table><div class=\"page\">共0条 第1页</div>");
    s.col(
        "blank_column",
        "财政预决算",
        None,
        "财政信息: a list table with only its header row",
    );
    // implied-year news dates [MM-DD]
    let mut yw = String::new();
    for (i, (md, title)) in [
        ("03-28", "县长主持召开县政府常务会议"),
        ("03-22", "全县春耕备耕工作推进会召开"),
    ]
    .iter()
    .enumerate()
    {
        yw.push_str(&format!(
            "<li><a href=\"/zwyw/{}.htm\">{title}</a><span>[{md}]</span></li>",
            i + 1
        ));
        s.article(
            &format!("/zwyw/{}.htm", i + 1),
            title,
            &format!("发布时间：2024-{md} 16:20"),
            "<p>会议要求。</p>",
        );
    }
    s.static_col(
        "/zwyw/index.html",
        "政务要闻",
        &format!("<ul class=\"list\">{yw}</ul>"),
    );
    // dotted dates, stale notices; a deep link redirected to the homepage;
    // a redirect chain of 12 hops; an article that talks about 404 pages
    s.static_col(
        "/tzgg/index.html",
        "通知公告",
        "<ul class=\"list\"><li><a href=\"/tzgg/1.html\">关于网站404错误页面优化调整的说明</a><span>2023.08.15</span></li><li><a href=\"/art/2023/8/1/art_99_1.html\">关于2023年度县级预算执行情况的公告</a><span>2023.08.01</span></li><li><a href=\"/go/r0\">关于开展安全生产大检查的通知</a><span>2023.07.20</span></li><li><a href=\"/down.jsp?id=77\">附件：检查表.doc</a></li></ul>",
    );
    s.article(
        "/tzgg/1.html",
        "关于网站404错误页面优化调整的说明",
        &format!("发布时间：{}", dot("2023-08-15")),
        "<p>为提升用户体验，本站对404错误页面进行了优化：当您访问的页面不存在时，系统将自动提示并引导返回首页。本次调整不影响正常浏览。如有问题请与网站管理员联系，联系电话：0123-4567899。感谢您对本站工作的支持！</p>",
    );
    s.col(
        "stale_column",
        "通知公告",
        Some("2023-08-15"),
        "dotted dates 2023.08.15",
    );
    s.redirect("/art/2023/8/1/art_99_1.html", 302, "/");
    s.broken(
        "/art/2023/8/1/art_99_1.html",
        false,
        "soft_404",
        "deep link redirected to the homepage",
    );
    for i in 0..12 {
        s.redirect(&format!("/go/r{i}"), 302, &format!("/go/r{}", i + 1));
    }
    s.broken(
        "/go/r0",
        false,
        "too_many_redirects",
        "12-hop redirect chain",
    );
    s.routes.insert(
        "/down.jsp".into(),
        Route::NoHead {
            ctype: "application/msword".into(),
            body: b"\xD0\xCF\x11\xE0 doc".to_vec(),
        },
    );
    s.column(
        "/hjzt/index.html",
        "/hjzt/",
        "营商环境专题",
        &[("2024-03-01", "青山县优化营商环境若干措施", "")],
        Style::Dash,
        "",
    );
    s.static_col(
        "/hdjl/index.html",
        "网上留言",
        "<ul><li><a href=\"/hdjl/1.html\">咨询新生入学政策</a> 2024-03-02 已回复</li></ul>",
    );
    s.article(
        "/hdjl/1.html",
        "咨询新生入学政策",
        "留言时间：2024-03-02",
        "<p>回复状态：已回复</p><p>回复时间：2024-03-05</p><p>回复内容：请关注教育局通知。</p>",
    );
    s
}

pub fn portal_h(p: &PortsGh) -> Portal {
    let mut s = Portal::new("青山县教育局", p.h, false);
    s.check = Some(("/", "department"));
    let home = r##"<div class="nav"><a href="/col.jsp?id=10">政务公开</a><a href="/col.jsp?id=20">教育动态</a><a href="/col.jsp?id=21">通知通告</a><a href="/col.jsp?id=30">办事指南</a><a href="/col.jsp?id=40">咨询投诉</a><a href="/col.jsp?id=41">调查征集</a></div>
<img src="/images/map.png" usemap="#m" alt="学校分布"><map name="m"><area shape="rect" coords="0,0,50,50" href="/xxfb/xx01.html" alt="第一中学"></map>
<ul class="dt"><li><a href="/art.jsp?id=2001">全县中小学开展春季开学安全大检查</a><span>2024-03-26</span></li><li><a href="/art/2024/3/1/art_12_345.html">2024年义务教育招生政策问答</a><span>2024-03-01</span></li></ul>
<div class="yqlj">友情链接：<a href="http://127.0.0.1:{gport}/zwgk/jyj/index.html" target="_blank">青山县人民政府</a></div>
<div class="gg"><img src="/images/banner.png" alt="党的20大精神进校园"><input type="hidden" value="扫黑险恶"></div>"##.replace("{gport}", &p.g.to_string());
    s.page("/", "青山县教育局", "", &home);
    s.broken(
        &format!("http://127.0.0.1:{}/zwgk/jyj/index.html", p.g),
        true,
        "http_status",
        "external (other site) 404 in 友情链接 on the homepage",
    );
    s.file_ok("/images/map.png", "image/png");
    s.file_ok("/images/banner.png", "image/png");
    s.broken(
        "/xxfb/xx01.html",
        true,
        "http_status",
        "404 <area href> in an image map on the homepage",
    );
    s.broken(
        "/art/2024/3/1/art_12_345.html",
        true,
        "http_status",
        "404 article linked from homepage and inner pages",
    );
    let ml = r#"<ul><li><a href="/col.jsp?id=11">政务公开指南</a></li><li><a href="/col.jsp?id=12">公开制度</a></li><li><a href="/col.jsp?id=13">法定主动公开</a></li><li><a href="/col.jsp?id=14">年报</a></li><li><a href="/col.jsp?id=15">机构设置</a></li><li><a href="/col.jsp?id=16">法规文件</a></li><li><a href="/col.jsp?id=17">政策问答</a></li><li><a href="/col.jsp?id=18">人事招考</a></li><li><a href="/col.jsp?id=19">计划总结</a></li><li><a href="/col.jsp?id=22">部门预决算</a></li></ul>"#;
    s.static_col("/col.jsp?id=10", "政务公开", ml);
    s.static_col("/col.jsp?id=11", "政务公开指南", STATIC_GUIDE);
    s.column(
        "/col.jsp?id=12",
        "/xxgk/zd/",
        "公开制度",
        &[("2021-01-04", "青山县教育局政府信息公开工作制度", "")],
        Style::Dash,
        "",
    );
    s.static_col("/col.jsp?id=13", "法定主动公开", "<ul class=\"sub\"><li><a href=\"/col.jsp?id=15\">机构设置</a></li><li><a href=\"/col.jsp?id=16\">法规文件</a></li></ul>");
    s.column(
        "/col.jsp?id=14",
        "/xxgk/nb/",
        "年报",
        &[(
            "2024-01-26",
            "青山县教育局2023年政府信息公开工作年度报告",
            "",
        )],
        Style::Dash,
        "",
    );
    s.static_col("/col.jsp?id=15", "机构设置", STATIC_ORG);
    s.column(
        "/col.jsp?id=16",
        "/xxgk/fg/",
        "法规文件",
        &[("2024-02-27", "青山县教育局关于进一步规范校外培训的通知", "<p>本通知自2024年5月1日起施行。</p><embed src=\"/media/intro.swf\" width=\"400\" height=\"300\">")],
        Style::Dash,
        "",
    );
    s.broken(
        "/media/intro.swf",
        false,
        "http_status",
        "404 <embed src> on an article",
    );
    s.column(
        "/col.jsp?id=17",
        "/xxgk/wd/",
        "政策问答",
        &[(
            "2024-03-01",
            "2024年义务教育招生政策问答",
            "<p>详见<a href=\"/art/2024/3/1/art_12_345.html\">原文</a>。</p>",
        )],
        Style::Dash,
        "",
    );
    s.column(
        "/col.jsp?id=18",
        "/xxgk/rs/",
        "人事招考",
        &[("2023-11-30", "2023年公开招聘教师拟聘用人员公示", "")],
        Style::Dash,
        "",
    );
    s.column(
        "/col.jsp?id=19",
        "/xxgk/jh/",
        "计划总结",
        &[("2024-01-12", "青山县教育局2024年工作要点", "")],
        Style::Dash,
        "",
    );
    s.column(
        "/col.jsp?id=22",
        "/xxgk/ys/",
        "部门预决算",
        &[("2024-02-08", "青山县教育局2024年部门预算", "")],
        Style::Dash,
        "",
    );
    s.column(
        "/col.jsp?id=20",
        "/xwdt/",
        "教育动态",
        &[
            ("2024-03-26", "全县中小学开展春季开学安全大检查", "<p>学习贯彻党的　２０　大精神。</p>"),
            ("2024-03-20", "更正声明", "<p>本网3月18日刊发的《县教育系统部署扫黑除恶工作》一文中，将“扫黑险恶”更正为“扫黑除恶”。特此更正。</p>"),
            ("2024-03-15", "县教育局召开文旅融合研学座谈会", "<p>原国家旅游局研学旅游基地评定标准仍有参考价值。会议邀请国家旅游局专家授课。</p>"),
        ],
        Style::Dash,
        "",
    );
    // /art.jsp?id=2001 is the homepage's link to the first 教育动态 article
    s.redirect("/art.jsp", 301, "/xwdt/1.htm");
    s.word(
        "党的20大",
        "/xwdt/1.htm",
        "ideographic spaces + full-width digits",
    );
    s.word(
        "国家旅游局",
        "/xwdt/3.htm",
        "a plain hit after an allowed 原国家旅游局 on the same page",
    );
    s.column(
        "/col.jsp?id=21",
        "/tzgg/",
        "通知通告",
        &[("2024-03-11", "关于做好2024年中考报名工作的通知", "")],
        Style::Dash,
        "",
    );
    // guides in paragraph style
    s.static_col(
        "/col.jsp?id=30",
        "办事指南",
        "<ul><li><a href=\"/bszn/1.html\">教师资格认定办事指南</a></li><li><a href=\"/bszn/2.html\">民办学校设立审批办事指南</a></li><li><a href=\"/bszn/3.html\">学生转学办事指南</a></li></ul>",
    );
    let para = |rows: &[(&str, &str)]| -> String {
        rows.iter()
            .map(|(k, v)| format!("<p><strong>{k}：</strong>{v}</p>"))
            .collect()
    };
    let full = [
        ("事项名称", "教师资格认定"),
        ("设定依据", "《中华人民共和国教师法》第十条"),
        ("申请条件", "具备规定学历并通过考试"),
        ("申请材料", "身份证、学历证书、体检合格证明"),
        ("办理地点", "青山县政务服务中心教育局窗口"),
        ("办理时间", "工作日上午9:00-12:00"),
        ("咨询电话", "0123-5556661"),
        ("办理流程", "网上申报—现场确认—审核—发证"),
        ("收费标准", "不收费"),
        ("办理时限", "20个工作日"),
    ];
    s.page(
        "/bszn/1.html",
        "教师资格认定办事指南",
        "",
        &format!("<h1>教师资格认定办事指南</h1>{}", para(&full)),
    );
    let g2: Vec<(&str, &str)> = full
        .iter()
        .filter(|(k, _)| *k != "咨询电话" && *k != "收费标准")
        .map(|(k, v)| {
            (
                *k,
                if *k == "事项名称" {
                    "民办学校设立审批"
                } else {
                    *v
                },
            )
        })
        .collect();
    s.page(
        "/bszn/2.html",
        "民办学校设立审批办事指南",
        "",
        &format!("<h1>民办学校设立审批办事指南</h1>{}", para(&g2)),
    );
    s.expect(
        "service_guide_incomplete",
        s.url("/bszn/2.html"),
        "paragraph style, no 咨询电话 and no 收费标准",
    );
    let g3: Vec<(&str, &str)> = full
        .iter()
        .map(|(k, v)| {
            (
                *k,
                if *k == "设定依据" {
                    "暂无"
                } else if *k == "事项名称" {
                    "学生转学"
                } else {
                    *v
                },
            )
        })
        .collect();
    s.page(
        "/bszn/3.html",
        "学生转学办事指南",
        "",
        &format!("<h1>学生转学办事指南</h1>{}", para(&g3)),
    );
    s.expect(
        "service_guide_incomplete",
        s.url("/bszn/3.html"),
        "设定依据 is 暂无",
    );
    // messages: a late reply (answered), an empty reply, one outside the year
    s.static_col(
        "/col.jsp?id=40",
        "咨询投诉",
        "<div class=\"xx\"><p><a href=\"/zxts/1.html\">反映学校食堂价格偏高</a> 2023-10-01</p><p><a href=\"/zxts/2.html\">咨询课后服务收费</a> 2023-12-10</p><p><a href=\"/zxts/3.html\">建议增设校车线路</a> 2023-03-01</p></div>",
    );
    s.article("/zxts/1.html", "反映学校食堂价格偏高", "留言时间：2023-10-01", "<p>留言内容：食堂价格偏高。</p><p>回复时间：2024-02-15</p><p>回复内容：已责成学校整改。</p>");
    s.article(
        "/zxts/2.html",
        "咨询课后服务收费",
        "留言时间：2023-12-10",
        "<p>留言内容：课后服务如何收费？</p><p>回复时间：</p><p>回复内容：</p>",
    );
    s.article(
        "/zxts/3.html",
        "建议增设校车线路",
        "留言时间：2023-03-01",
        "<p>留言内容：建议增设校车。</p><p>回复内容：</p>",
    );
    // 调查征集 is excluded from message judging
    s.static_col(
        "/col.jsp?id=41",
        "调查征集",
        "<table><tr><td><a href=\"/dczj/1.html\">关于课后服务满意度的问卷调查</a></td><td>2023-11-01</td><td>未回复</td></tr></table>",
    );
    s.article(
        "/dczj/1.html",
        "关于课后服务满意度的问卷调查",
        "留言时间：2023-11-01",
        "<p>征集内容：请对课后服务提出意见。</p><p>回复状态：未回复</p>",
    );
    s.expect(
        "unanswered_message",
        s.url("/zxts/2.html"),
        "empty 回复时间/回复内容, asked 2023-12-10 (112 d)",
    );
    s
}
