//! Service guides as the page parser reads real-looking HTML.

use govcheck_config::rules::Rules;
use govcheck_model::{FindingDetail, PageFacts};
use url::Url;

fn parse(url: &str, html: &str) -> PageFacts {
    govcheck_page::analyze(
        &Url::parse(url).unwrap(),
        html.as_bytes(),
        Some("text/html; charset=utf-8"),
    )
}

const GUIDE_TABLE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>城乡居民养老保险待遇申领办事指南_某某县人民政府</title>
<meta name="ColumnName" content="办事指南"><meta name="ColumnType" content="办事服务">
</head><body>
<div class="nav"><a href="/">首页</a><a href="/bsfw/">办事服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bsfw/">办事服务</a> &gt; <a href="/bsfw/bszn/">办事指南</a></div>
<div class="content">
<h1>城乡居民养老保险待遇申领办事指南</h1>
<table class="bszn">
<tr><th>事项名称</th><td>城乡居民养老保险待遇申领</td></tr>
<tr><th>设定依据</th><td>《中华人民共和国社会保险法》第二十条</td></tr>
<tr><th>受理条件</th><td>年满60周岁，累计缴费满15年。</td></tr>
<tr><th>申请材料</th><td><p>1.居民身份证原件；</p><p>2.户口簿原件。</p></td></tr>
<tr><th>办理地点</th><td>县政务服务中心一楼社保窗口</td></tr>
<tr><th>办理时间</th><td></td></tr>
<tr><th>咨询电话</th><td>/</td></tr>
<tr><th>收费标准</th><td>不收费</td></tr>
<tr><th>承诺时限</th><td>5个工作日</td></tr>
</table>
</div>
<div class="footer">主办单位：某某县人民政府办公室 网站标识码：6201000001 ICP备案号：陇ICP备00000000号</div>
</body></html>"#;

const GUIDE_ARTICLE: &str = r#"<html><head><meta charset="utf-8"><title>最低生活保障审批服务指南</title></head><body>
<div class="position">您现在的位置：<a href="/">首页</a> > <a href="/zwgk/">政务公开</a> > <a href="/bsfw/">办事服务</a></div>
<div class="article"><h2>最低生活保障审批服务指南</h2>
<p>发布时间：2024-01-05 来源：县民政局</p>
<p><strong>一、事项名称：</strong>最低生活保障审批</p>
<p><strong>二、设定依据：</strong></p>
<p>《社会救助暂行办法》第十条</p>
<p>三、申请条件：</p>
<p>家庭人均收入低于当地低保标准。</p>
<p>四、申请材料：</p>
<p>1.户口簿；</p><p>2.身份证。</p>
<p>五、办理地点：县民政局一楼</p>
<p>六、办理时间：</p>
<p>七、联系电话：0935-2222222</p>
<p>八、办理机构：县民政局</p>
<p>九、收费标准：不收费</p>
</div></body></html>"#;

fn missing(html: &str) -> Option<Vec<String>> {
    let p = parse("http://www.a.gov.cn/bsfw/bszn/202401/t1.html", html);
    govcheck_inspect::guides::check(&p, &Rules::default()).map(|f| match f.detail {
        FindingDetail::ServiceGuideIncomplete {
            missing_elements, ..
        } => missing_elements,
        other => panic!("unexpected {other:?}"),
    })
}

#[test]
fn table_guide_with_synonyms_and_empty_cells() {
    assert_eq!(
        missing(GUIDE_TABLE),
        Some(vec![
            "办理时间".to_string(),
            "联系电话".to_string(),
            "办理流程".to_string()
        ])
    );
}

#[test]
fn a_non_element_row_after_an_empty_cell_is_not_its_value() {
    let html = GUIDE_TABLE.replace(
        "<tr><th>咨询电话</th>",
        "<tr><th>办理机构</th><td>县社保局</td></tr><tr><th>咨询电话</th>",
    );
    let html = html.replace("<tr><th>办理时间</th><td></td></tr>", "");
    let html = html.replace(
        "<tr><th>办理机构</th>",
        "<tr><th>办理时间</th><td></td></tr><tr><th>办理机构</th>",
    );
    assert_eq!(
        missing(&html),
        Some(vec![
            "办理时间".to_string(),
            "联系电话".to_string(),
            "办理流程".to_string()
        ])
    );
}

#[test]
fn article_guide_with_numbered_headings() {
    assert_eq!(
        missing(GUIDE_ARTICLE),
        Some(vec![
            "办理时间".to_string(),
            "办理流程".to_string(),
            "办理时限".to_string()
        ])
    );
}

#[test]
fn a_complete_table_guide_gives_nothing() {
    let html = GUIDE_TABLE
        .replace("<td></td>", "<td>工作日9:00-17:00</td>")
        .replace("<td>/</td>", "<td>0935-8888888</td>")
        .replace(
            "<tr><th>收费标准</th>",
            "<tr><th>办理流程</th><td>申请、受理、审核、办结</td></tr><tr><th>收费标准</th>",
        );
    assert_eq!(missing(&html), None);
}

#[test]
fn a_news_article_about_guides_is_not_a_guide() {
    let html = r#"<html><head><meta charset="utf-8"><title>我县更新办事指南 群众办事更便捷</title></head><body>
<div class="crumb"><a href="/">首页</a> > <a href="/xwzx/">新闻中心</a></div>
<div class="article"><p>发布时间：2024-01-05</p><p>近日，县政务服务中心对办理材料、办理流程进行了梳理，办理时限平均压缩一半。</p></div>
</body></html>"#;
    assert_eq!(missing(html), None);
}
