//! Behaviour on small hand-written pages: one trap per test.

use govcheck_model::{LinkTag, PageFacts, PartialDate};
use url::Url;

fn parse(html: &str) -> PageFacts {
    parse_at("http://www.example.gov.cn/col/list/index.html", html)
}

fn parse_at(url: &str, html: &str) -> PageFacts {
    govcheck_page::parse(&Url::parse(url).unwrap(), html, encoding_rs::UTF_8)
}

fn ymd(y: i32, m: u32, d: u32) -> PartialDate {
    PartialDate {
        year: Some(y),
        month: m,
        day: d,
    }
}

#[test]
fn inline_elements_join_blocks_separate() {
    let f = parse(
        "<html><head><title> 测试  页面 </title></head><body>\
         <p>国土<span>资源部</span>发布<b>通</b><font>知</font></p>\
         <div>第一段</div><div>第二段<br>第三行</div>\
         <table><tr><td>甲</td><td>乙</td></tr></table>\
         <p>空&nbsp;格</p></body></html>",
    );
    assert_eq!(f.title, "测试 页面");
    assert!(
        f.visible_text.contains("国土资源部发布通知"),
        "{}",
        f.visible_text
    );
    assert!(f.visible_text.contains("第一段\n第二段\n第三行"));
    assert!(f.visible_text.contains("甲\n乙"));
    // &nbsp; is kept as U+00A0, not dropped.
    assert!(f.visible_text.contains("空\u{a0}格"));
}

#[test]
fn no_text_from_scripts_styles_comments_or_attributes() {
    let f = parse(
        "<html><head><style>.a{color:red}</style><script>var x = '脚本文字';</script></head><body>\
         <noscript>请启用脚本</noscript><template><p>模板</p></template>\
         <!-- <li><a href='/old.html'>注释里的旧条目</a><span>2010-01-01</span></li> -->\
         <img alt='图片说明' title='图片标题' src='/a.png'>\
         <span alt='时间：2017-11-08 20:26'><i>时间：</i>2019-09-18 06:23</span>\
         <p title='属性文字'>正文</p></body></html>",
    );
    for bad in [
        "color",
        "脚本文字",
        "请启用脚本",
        "模板",
        "注释里的旧条目",
        "图片说明",
        "2017-11-08",
        "属性文字",
    ] {
        assert!(
            !f.visible_text.contains(bad),
            "{bad} leaked into {:?}",
            f.visible_text
        );
    }
    assert!(f.visible_text.contains("正文"));
    assert_eq!(f.published, Some(ymd(2019, 9, 18)));
    assert!(f.dated_items.is_empty());
    assert!(!f.links.iter().any(|l| l.url.ends_with("old.html")));
}

#[test]
fn meta_names_are_lower_cased_and_http_equiv_is_not_meta() {
    let f = parse(
        "<head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>\
         <meta name='SiteIDCode' content=' 3609000002 '><meta name='ColumnName' content='通知公告'>\
         <meta name='PubDate' content='2023-05-16 12:34:05'><meta name='Maketime' content='2019-03-22'></head>",
    );
    assert_eq!(f.meta("siteidcode"), Some("3609000002"));
    assert_eq!(f.meta("columnname"), Some("通知公告"));
    assert_eq!(f.meta("pubdate"), Some("2023-05-16 12:34:05"));
    assert!(f.meta.iter().all(|(k, _)| k != "content-type"));
    // Meta dates are not the body's publication date.
    assert_eq!(f.published, None);
}

#[test]
fn links_resolved_filtered_and_tagged() {
    let f = parse(
        "<head><base href='http://www.example.gov.cn/base/'><link rel=stylesheet href='s.css'>\
         <script src='/j.js'></script><link rel='dns-prefetch' href='//hm.baidu.com'></head><body>\
         <a href='a.html#frag'>  相对\n 链接 </a><a href='#top'>顶部</a><a href='javascript:void(0)'>脚本</a>\
         <a href='mailto:x@example.gov.cn'>邮件</a><a href='tel:123'>电话</a><a href='data:text/plain,x'>数据</a>\
         <a href='about:blank'>空</a><a href='https://other.example.org/x?y=1' title='外部'><img src='i.png' alt='图标'></a>\
         <area href='/map.html' alt='地图'><iframe src='/frame.html'></iframe>\
         <embed src='/e.swf'><object data='/o.swf'></object><video><source srcset='/v1.mp4 1x, /v2.mp4 2x'></video>\
         </body>",
    );
    let urls: Vec<(&str, LinkTag, &str)> = f
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.tag, l.text.as_str()))
        .collect();
    assert!(urls.contains(&("http://www.example.gov.cn/base/s.css", LinkTag::Link, "")));
    assert!(urls.contains(&("http://www.example.gov.cn/j.js", LinkTag::Script, "")));
    assert!(urls.contains(&(
        "http://www.example.gov.cn/base/a.html",
        LinkTag::A,
        "相对 链接"
    )));
    assert!(urls.contains(&("https://other.example.org/x?y=1", LinkTag::A, "图标")));
    assert!(urls.contains(&("http://www.example.gov.cn/base/i.png", LinkTag::Img, "图标")));
    assert!(urls.contains(&("http://www.example.gov.cn/map.html", LinkTag::Area, "地图")));
    assert!(
        urls.iter()
            .any(|u| u.0 == "http://www.example.gov.cn/frame.html" && u.1 == LinkTag::Iframe)
    );
    assert!(
        urls.iter()
            .any(|u| u.0 == "http://www.example.gov.cn/e.swf" && u.1 == LinkTag::Embed)
    );
    assert!(
        urls.iter()
            .any(|u| u.0 == "http://www.example.gov.cn/o.swf" && u.1 == LinkTag::Object)
    );
    assert!(
        urls.iter()
            .any(|u| u.0 == "http://www.example.gov.cn/v1.mp4" && u.1 == LinkTag::Source)
    );
    let ext = f
        .links
        .iter()
        .find(|l| l.url.starts_with("https://other"))
        .unwrap();
    assert_eq!(ext.title, "外部");
    for l in &f.links {
        assert!(!l.url.contains('#'));
        assert!(l.url.starts_with("http"), "{}", l.url);
    }
    assert_eq!(f.links.len(), 10, "{:#?}", f.links);
}

#[test]
fn frameset_pages_yield_frame_links() {
    let f = parse(
        "<html><head><title>框架</title></head><frameset cols='20%,80%'><frame src='left.html'><frame src='/main.html'></frameset></html>",
    );
    assert_eq!(f.title, "框架");
    let frames: Vec<_> = f
        .links
        .iter()
        .filter(|l| l.tag == LinkTag::Frame)
        .map(|l| l.url.as_str())
        .collect();
    assert_eq!(
        frames,
        [
            "http://www.example.gov.cn/col/list/left.html",
            "http://www.example.gov.cn/main.html"
        ]
    );
    assert!(LinkTag::Frame.is_navigational());
}

#[test]
fn gbk_page_encodes_query_strings_in_gbk() {
    let html = "<html><head><meta charset=\"gbk\"><title>搜索</title></head><body>\
                <a href=\"/search.jsp?q=政府&amp;type=全部\">政府信息公开专栏入口链接</a>\
                <a href=\"/路径/文件.html\">路径</a></body></html>";
    let (bytes, _, _) = encoding_rs::GBK.encode(html);
    let d = govcheck_page::decode(&bytes, None);
    assert_eq!(d.encoding, encoding_rs::GB18030);
    assert_eq!(d.text, html);
    let url = Url::parse("http://www.example.gov.cn/").unwrap();
    let f = govcheck_page::parse(&url, &d.text, d.encoding);
    assert_eq!(f.encoding, "GB18030");
    assert_eq!(f.title, "搜索");
    // Query in GBK (政 = D5FE, 府 = B8AE, 全部 = C8AB B2BF), path always UTF-8.
    assert_eq!(
        f.links[0].url,
        "http://www.example.gov.cn/search.jsp?q=%D5%FE%B8%AE&type=%C8%AB%B2%BF"
    );
    assert_eq!(
        f.links[1].url,
        "http://www.example.gov.cn/%E8%B7%AF%E5%BE%84/%E6%96%87%E4%BB%B6.html"
    );
    // The same page in UTF-8 keeps UTF-8 queries.
    let f = parse_at("http://www.example.gov.cn/", html);
    assert_eq!(
        f.links[0].url,
        "http://www.example.gov.cn/search.jsp?q=%E6%94%BF%E5%BA%9C&type=%E5%85%A8%E9%83%A8"
    );
}

#[test]
fn footer_and_nav_are_cut_from_content_only() {
    let f = parse(
        "<body><div class='topNav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>\
         <ul class='list'><li><a href='/a.html'>一条新闻</a><span>2024-03-12</span></li></ul>\
         <table><tr><td>主办：某某县人民政府 承办：某某县政府办公室</td></tr>\
         <tr><td>网站标识码：3609000002 赣ICP备05010765号 © 2008-2024</td></tr></table>\
         <div id='footer'><p>版权所有 2019-10-10 某某县人民政府</p><p>地址：某某路1号</p></div></body>",
    );
    for s in [
        "网站标识码",
        "ICP备",
        "版权所有",
        "主办：",
        "2019-10-10",
        "地址：某某路1号",
    ] {
        assert!(f.visible_text.contains(s), "{s} missing from visible text");
        assert!(
            !f.content_text.contains(s),
            "{s} left in content {:?}",
            f.content_text
        );
    }
    assert!(f.content_text.contains("一条新闻"));
    assert!(!f.content_text.contains("政务公开"));
    let nav = f.links.iter().find(|l| l.text == "政务公开").unwrap();
    assert!(nav.in_nav);
    assert!(
        !f.links
            .iter()
            .find(|l| l.text == "一条新闻")
            .unwrap()
            .in_nav
    );
    assert_eq!(f.dated_items.len(), 1);
    assert_eq!(f.dated_items[0].date, ymd(2024, 3, 12));
}

#[test]
fn dated_items_date_before_title_and_title_attribute() {
    let f = parse(
        "<ul><li><span>2018-01-29</span><a href='/zxdt/tzgg/467.htm' title='关于做好2018年住房公积金工作的通知'>关于做好2018年住房公积...</a></li>\
         <li><a href='/b.htm'>没有日期的条目</a></li>\
         <li><a href='/c.htm'>标题里有2024年3月12日的日期</a><span>[03-15]</span></li></ul>",
    );
    assert_eq!(f.dated_items.len(), 2, "{:#?}", f.dated_items);
    assert_eq!(f.dated_items[0].title, "关于做好2018年住房公积金工作的通知");
    assert_eq!(f.dated_items[0].date, ymd(2018, 1, 29));
    assert_eq!(
        f.dated_items[0].url.as_deref(),
        Some("http://www.example.gov.cn/zxdt/tzgg/467.htm")
    );
    assert_eq!(
        f.dated_items[1].date,
        PartialDate {
            year: None,
            month: 3,
            day: 15
        }
    );
}

#[test]
fn hanweb_datastore_records_are_items() {
    let f = parse(
        "<div id='4467'><script type='text/xml'><datastore><nextgroup><![CDATA[<a href='/x'></a>]]></nextgroup><recordset>\
         <record><![CDATA[<li><a href='/art/2024/3/12/art_1_1.html' title='第一条'>第一条</a><span>2024-03-12</span></li>]]></record>\
         <record><![CDATA[<li><a href='/art/2024/3/1/art_1_2.html' title='第二条'>第二条</a><span>2024-03-01</span></li>]]></record>\
         </recordset></datastore></script></div>",
    );
    assert_eq!(f.dated_items.len(), 2, "{:#?}", f.dated_items);
    assert_eq!(f.dated_items[0].title, "第一条");
    assert_eq!(f.dated_items[1].date, ymd(2024, 3, 1));
    assert_eq!(
        f.dated_items[0].url.as_deref(),
        Some("http://www.example.gov.cn/art/2024/3/12/art_1_1.html")
    );
    assert!(f.content_text.contains("第二条"));
}

#[test]
fn pagination_variants() {
    let base = "http://www.example.gov.cn/col/list/index.html";
    let f = parse_at(
        base,
        "<script>createPageHTML(3, 1, 'index', 'shtml');</script>",
    );
    assert_eq!(
        f.pagination,
        ["http://www.example.gov.cn/col/list/index_2.shtml"]
    );

    let f = parse_at(
        base,
        "<script>createPageHTML('page_div',5, 1,'fg','shtml',89);</script>",
    );
    assert_eq!(
        f.pagination,
        [
            "http://www.example.gov.cn/col/list/fg_2.shtml",
            "http://www.example.gov.cn/col/list/fg_3.shtml",
            "http://www.example.gov.cn/col/list/fg_4.shtml",
            "http://www.example.gov.cn/col/list/fg_5.shtml",
        ]
    );

    let f = parse_at(
        "http://www.example.gov.cn/col/list/index.shtml",
        "<script>var currentPage = 0;//所在页从0开始\nvar countPage = 3//共多少页\n\
         document.write(\"<a href='index_\" + (currentPage+1) + \".shtml'>下一页</a>\");</script>",
    );
    assert_eq!(
        f.pagination,
        [
            "http://www.example.gov.cn/col/list/index_1.shtml",
            "http://www.example.gov.cn/col/list/index_2.shtml"
        ]
    );

    let f = parse_at(
        base,
        "<script>createPageHTML(1000, 0, \"index\", \"html\");</script>",
    );
    assert_eq!(f.pagination.len(), govcheck_page::MAX_PAGES);
    assert_eq!(
        f.links
            .iter()
            .filter(|l| l.tag == LinkTag::Pagination)
            .count(),
        govcheck_page::MAX_PAGES
    );

    // The definition of the function alone is not pagination.
    let f = parse_at(
        base,
        "<script>function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}</script>",
    );
    assert!(f.pagination.is_empty());

    let f = parse_at(
        base,
        "<div class='page'><a href='index.html'>首页</a><a href='index_1.html'>下一页</a><a href='index_9.html'>尾页</a></div>",
    );
    assert_eq!(
        f.pagination,
        ["http://www.example.gov.cn/col/list/index_1.html"]
    );
    assert!(
        f.links
            .iter()
            .any(|l| l.tag == LinkTag::Pagination && l.url.ends_with("index_1.html"))
    );
}

#[test]
fn says_empty() {
    assert!(parse("<div class='list'>暂无信息</div>").says_empty);
    assert!(parse("<td>没有记录</td>").says_empty);
    assert!(!parse("<ul><li><a href='/a'>通知</a></li></ul>").says_empty);
    // In the footer it does not count.
    assert!(
        !parse("<ul><li><a href='/a'>通知</a></li></ul><div class='footer'>暂无数据</div>")
            .says_empty
    );
}

#[test]
fn fields_from_tables_definition_lists_and_lines() {
    let f = parse(
        "<table><tr><th>事项名称</th><td>户籍迁移</td></tr>\
         <tr><td class='bt'>申请条件</td><td>本市户籍居民</td></tr>\
         <tr><td>办理地点：</td><td>政务服务中心</td><td>收费标准：</td><td></td></tr></table>\
         <dl><dt>办理时限</dt><dd>5个工作日</dd></dl>\
         <p><strong>咨询电话：</strong>0795-1234567</p>\
         <div>留言时间：2024-01-02 10:30 回复时间：2024-01-05 回复状态：已回复</div>\
         <div><b>申请材料：</b></div><div>身份证原件</div>",
    );
    let has = |k: &str, v: &str| f.fields.iter().any(|(a, b)| a == k && b == v);
    assert!(has("事项名称", "户籍迁移"), "{:#?}", f.fields);
    assert!(has("申请条件", "本市户籍居民"));
    assert!(has("办理地点", "政务服务中心"));
    assert!(has("收费标准", ""));
    assert!(has("办理时限", "5个工作日"));
    assert!(has("咨询电话", "0795-1234567"));
    assert!(has("留言时间", "2024-01-02 10:30"));
    assert!(has("回复时间", "2024-01-05"));
    assert!(has("回复状态", "已回复"));
    assert!(has("申请材料", "身份证原件"));
}

#[test]
fn rows_of_message_lists() {
    let f = parse(
        "<table class='list'><tr><th>标题</th><th>留言时间</th><th>状态</th><th>答复时间</th></tr>\
         <tr><td><a href='/msg/1.html' title='关于道路维修的建议'>关于道路维修...</a></td><td class='date'>2024-01-02</td><td>已回复</td><td>2024-01-05</td></tr>\
         <tr><td><a href='/msg/2.html'>咨询社保</a></td><td>2024-01-03</td><td>未回复</td><td></td></tr></table>\
         <ul><li><a href='/n/1.html'>通知一</a><span>2024-02-01</span></li></ul>",
    );
    assert_eq!(f.rows.len(), 4, "{:#?}", f.rows);
    assert_eq!(f.rows[0].cells, ["标题", "留言时间", "状态", "答复时间"]);
    assert_eq!(f.rows[0].link, None);
    assert_eq!(
        f.rows[1].cells,
        ["关于道路维修...", "2024-01-02", "已回复", "2024-01-05"]
    );
    assert_eq!(
        f.rows[1].link.as_deref(),
        Some("http://www.example.gov.cn/msg/1.html")
    );
    assert_eq!(f.rows[2].cells, ["咨询社保", "2024-01-03", "未回复", ""]);
    assert_eq!(f.rows[3].cells, ["通知一", "2024-02-01"]);
    // A header row is not a label/value pair.
    assert!(!f.fields.iter().any(|(k, _)| k == "标题"));
    assert!(f.fields.is_empty(), "{:?}", f.fields);
    // Message rows are dated items too (first date outside the link).
    assert_eq!(f.dated_items[0].title, "关于道路维修的建议");
    assert_eq!(f.dated_items[0].date, ymd(2024, 1, 2));
}

#[test]
fn breadcrumb_variants() {
    let f = parse(
        "<div class='wz'>您的当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; <span>通知公告</span></div><p>正文</p>",
    );
    assert_eq!(f.breadcrumbs, ["首页", "政务公开", "通知公告"]);
    assert!(f.links.iter().all(|l| l.in_nav));
    let f =
        parse("<div class='breadcrumb'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>");
    assert_eq!(f.breadcrumbs, ["首页", "政务公开"]);
    let f = parse("<p>正文没有位置导航</p>");
    assert!(f.breadcrumbs.is_empty());
}

#[test]
fn published_label_variants() {
    let p = |h: &str| parse(h).published;
    assert_eq!(
        p("<div class='pubDate'>发布日期: <span>2012-06-24</span></div>"),
        Some(ymd(2012, 6, 24))
    );
    assert_eq!(
        p(
            "<table><tr><td>成文日期：</td><td>2018年12月07日</td><td>发布日期：</td><td>2018年12月27日</td></tr></table>"
        ),
        Some(ymd(2018, 12, 27))
    );
    assert_eq!(p("<p>生成日期：2023-05-11</p>"), None);
    assert_eq!(p("<p>成文日期：2023-05-11</p>"), None);
    assert_eq!(p("<p>发文日期：2023-04-18</p>"), Some(ymd(2023, 4, 18)));
    assert_eq!(
        p("<span>发布时间：２０２４年７月１２日</span>"),
        Some(ymd(2024, 7, 12))
    );
}

#[test]
fn title_of_is_cheap_and_matches() {
    assert_eq!(
        govcheck_page::title_of("<html><head><TITLE>\n 通知&amp;公告 \n</TITLE>"),
        "通知&公告"
    );
    assert_eq!(govcheck_page::title_of("<p>无标题</p>"), "");
}

#[test]
fn degenerate_inputs_do_not_panic() {
    for html in [
        "",
        "<",
        "<a href>",
        "<a href=''>x</a>",
        "<base href='::'><a href='b'>b</a>",
        "<table><tr><td>",
        "\u{0}\u{feff}",
    ] {
        let f = parse(html);
        assert!(f.links.iter().all(|l| l.url.starts_with("http")));
    }
}

#[test]
fn div_based_list_entries_are_dated_items() {
    let f = parse(
        "<div class='list'>\
           <div class='item'><div class='t'><a href='/a.html' title='第一条全文'>第一条</a></div><div class='d'>2024-03-12</div></div>\
           <div class='item'><a href='/b.html'>第二条</a><span>发布时间：2024-03-01</span></div>\
         </div>\
         <p>根据2024年3月12日印发的<a href='/c.html'>某某通知</a>要求，各单位认真组织学习并抓好贯彻落实工作。</p>",
    );
    let got: Vec<_> = f
        .dated_items
        .iter()
        .map(|d| (d.title.as_str(), d.date))
        .collect();
    assert_eq!(
        got,
        [
            ("第一条全文", ymd(2024, 3, 12)),
            ("第二条", ymd(2024, 3, 1))
        ]
    );
    // Loose blocks are not rows.
    assert!(f.rows.is_empty());
}

#[test]
fn top_news_is_content_but_top_bar_is_not() {
    let f = parse(
        "<div class='top'><a href='/'>首页</a></div>\
         <div class='top-news'><ul><li><a href='/t.html'>头条新闻</a><span>2024-05-01</span></li></ul></div>",
    );
    assert!(f.content_text.contains("头条新闻"));
    assert!(!f.content_text.contains("首页"));
    assert_eq!(f.dated_items.len(), 1);
}

#[test]
fn says_empty_needs_a_short_line() {
    assert!(!parse("<p>经调查，该单位在2023年度没有记录在案的违法行为，也无相关信息显示其存在其他问题，特此说明情况如下。</p>").says_empty);
    assert!(parse("<ul></ul><p>　暂无相关信息！</p>").says_empty);
}

#[test]
fn deep_nesting_is_handled_iteratively() {
    let depth = 3000;
    let mut html = String::new();
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str("<a href='/deep.html'>深层链接</a><span>2024-01-01</span>");
    for _ in 0..depth {
        html.push_str("</div>");
    }
    let f = parse(&html);
    assert!(f.visible_text.contains("深层链接"));
    assert!(f.links.iter().any(|l| l.url.ends_with("/deep.html")));
    assert_eq!(f.dated_items.len(), 1);
}

#[test]
fn unclosed_and_misnested_markup() {
    let f = parse(
        "<ul><li><a href='/a.html'>第一条<li><a href='/b.html'>第二条</a><span>2024-02-02</span></ul>\
         <table><tr><td>单元<td>格</table><p>段落<div>块</p>",
    );
    assert!(f.visible_text.contains("第一条"));
    assert!(f.visible_text.contains("单元\n格"));
    assert_eq!(f.dated_items.len(), 1);
    assert_eq!(
        f.dated_items[0].url.as_deref(),
        Some("http://www.example.gov.cn/b.html")
    );
}

#[test]
fn breadcrumb_stops_before_page_tools() {
    let f = parse(
        "<div class='BreadcrumbNav'><a href='/'>首页</a>&nbsp;&gt;&nbsp;<a href='/gb/'>国务院公报</a>&nbsp;&gt;&nbsp;<a href='/gb/23/'><span>2007年第23号</span></a>\
         <div class='tools'><span>字号：<span>默认</span><span>大</span></span><span>|</span><span>打印</span></div></div>",
    );
    assert_eq!(f.breadcrumbs, ["首页", "国务院公报", "2007年第23号"]);
}

#[test]
fn hanweb_table_row_records() {
    let f = parse(
        "<script type=\"text/xml\"><datastore><recordset>\
         <record><![CDATA[<tr><td><a href='/art/1.html'>第一条</a></td><td>2024-03-12</td></tr>]]></record>\
         <record><![CDATA[<tr><td><a href='/art/2.html'>第二条</a></td><td>2024-03-02</td></tr>]]></record>\
         </recordset></datastore></script>",
    );
    let got: Vec<_> = f
        .dated_items
        .iter()
        .map(|d| (d.title.as_str(), d.date))
        .collect();
    assert_eq!(
        got,
        [("第一条", ymd(2024, 3, 12)), ("第二条", ymd(2024, 3, 2))]
    );
    assert_eq!(f.rows.len(), 2);
}

#[test]
fn unparsable_hrefs_are_kept_as_written_outside_comments_and_scripts() {
    let f = parse(
        r#"<a href="http://exa mple.com">坏</a><a href='http://[bad'>坏2</a>
        <a href="ok.html">好</a><img src="http://www.example.gov.cn/p.png">
        <img src="http://[bad">
        <!-- <a href="http://in comment.com">注释</a> -->
        <script>var s = '<a href="http://in script.com">';</script>
        <a href="mailto:a b@c">邮件</a><a href="{{item.url}}">模板</a>"#,
    );
    assert_eq!(f.invalid_hrefs, vec!["http://exa mple.com", "http://[bad"]);
    assert!(f.links.iter().any(|l| l.url.ends_with("/col/list/ok.html")));
    assert!(!f.links.iter().any(|l| l.url.contains("bad")));
}

#[test]
fn link_menus_are_links_and_form_choices_are_not() {
    let f = parse(
        r#"<select onchange="javascript:window.open(this.options[this.selectedIndex].value)">
        <option selected="selected">区政府部门网站</option>
        <option value="http://www.yzqggzy.com/">袁州区公共资源交易网</option>
        <option value="/zwgk/index.html">政务公开</option>
        <option value="0">请选择</option>
        </select>
        <form><select name="year"><option value="2024">2024年</option>
        <option value="/not/a/link">表单值</option>
        <option value="https://www.gov.cn/">中国政府网</option></select></form>"#,
    );
    let options: Vec<(&str, &str)> = f
        .links
        .iter()
        .filter(|l| l.tag == LinkTag::Option)
        .map(|l| (l.url.as_str(), l.text.as_str()))
        .collect();
    assert_eq!(
        options,
        vec![
            ("http://www.yzqggzy.com/", "袁州区公共资源交易网"),
            ("http://www.example.gov.cn/zwgk/index.html", "政务公开"),
            ("https://www.gov.cn/", "中国政府网"),
        ]
    );
}
