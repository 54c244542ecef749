//! Messages as the page parser reads real-looking HTML.

use chrono::NaiveDate;
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

const MESSAGE_LIST: &str = r#"<html><head><meta charset="utf-8"><title>县长信箱_某某县人民政府</title></head><body>
<div class="crumb"><a href="/">首页</a> > <a href="/hdjl/">互动交流</a> > <span>县长信箱</span></div>
<table class="list">
<tr><th>序号</th><th>信件标题</th><th>来信时间</th><th>办理状态</th><th>回复时间</th></tr>
<tr><td>1</td><td><a href="/hdjl/xzxx/202310/t1.html" title="关于村道维修的建议">关于村道维修的建议</a></td><td>2023-10-08</td><td>已回复</td><td>2023-10-20</td></tr>
<tr><td>2</td><td><a href="/hdjl/xzxx/202311/t2.html">小区停水问题</a></td><td>2023-11-02</td><td>未回复</td><td></td></tr>
</table>
<ul class="list2">
<li><a href="/hdjl/zx/1.html">咨询医保报销</a><span>[未答复]</span><span>2023-09-05</span></li>
<li><a href="/hdjl/zx/2.html">咨询社保转移</a><span>[已答复]</span><span>2023-09-01</span></li>
</ul>
<div class="page">共2页 <a href="index_1.html">下一页</a></div>
</body></html>"#;

const MESSAGE_DETAIL: &str = r#"<html><head><meta charset="utf-8"><title>小区停水问题_县长信箱</title></head><body>
<div class="crumb"><a href="/">首页</a> > <a href="/hdjl/">互动交流</a> > <a href="/hdjl/xzxx/">县长信箱</a></div>
<table class="detail">
<tr><td class="label">信件标题：</td><td>小区停水问题</td><td class="label">来信时间：</td><td>2023-11-02 10:12:01</td></tr>
<tr><td class="label">来信内容：</td><td colspan="3">小区停水三天了，请尽快处理。</td></tr>
<tr><td class="label">回复单位：</td><td></td><td class="label">回复时间：</td><td></td></tr>
<tr><td class="label">回复内容：</td><td colspan="3"></td></tr>
</table>
</body></html>"#;

fn found(url: &str, html: &str, rules: &Rules) -> Vec<(String, NaiveDate)> {
    let p = parse(url, html);
    let as_of = NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
    govcheck_inspect::messages::check(&p, as_of, rules)
        .into_iter()
        .map(|f| match f.detail {
            FindingDetail::UnansweredMessage { url, asked_on, .. } => (url, asked_on),
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn list_page_table_and_items() {
    let f = found(
        "http://www.a.gov.cn/hdjl/xzxx/index.html",
        MESSAGE_LIST,
        &Rules::default(),
    );
    assert_eq!(
        f,
        vec![
            (
                "http://www.a.gov.cn/hdjl/xzxx/202311/t2.html".to_string(),
                d(2023, 11, 2)
            ),
            (
                "http://www.a.gov.cn/hdjl/zx/1.html".to_string(),
                d(2023, 9, 5)
            ),
        ]
    );
}

#[test]
fn detail_page_with_empty_reply() {
    let f = found(
        "http://www.a.gov.cn/hdjl/xzxx/202311/t2.html",
        MESSAGE_DETAIL,
        &Rules::default(),
    );
    assert_eq!(
        f,
        vec![(
            "http://www.a.gov.cn/hdjl/xzxx/202311/t2.html".to_string(),
            d(2023, 11, 2)
        )]
    );
    let answered = MESSAGE_DETAIL
        .replace(
            "<td class=\"label\">回复时间：</td><td></td>",
            "<td class=\"label\">回复时间：</td><td>2023-11-10</td>",
        )
        .replace(
            "<td colspan=\"3\"></td>",
            "<td colspan=\"3\">您好，已协调供水公司恢复供水。</td>",
        );
    assert!(
        found(
            "http://www.a.gov.cn/hdjl/xzxx/202311/t2.html",
            &answered,
            &Rules::default()
        )
        .is_empty()
    );
}

#[test]
fn interview_column_is_excluded() {
    let html = MESSAGE_LIST.replace("县长信箱", "在线访谈");
    assert!(
        found(
            "http://www.a.gov.cn/hdjl/ft/index.html",
            &html,
            &Rules::default()
        )
        .is_empty()
    );
}

const LABELLED_ITEMS: &str = r#"<html><head><meta charset="utf-8"><title>网上咨询</title></head><body>
<div class="crumb"><a href="/">首页</a> > <a href="/hdjl/">政民互动</a> > <span>网上咨询</span></div>
<ul class="zxlist">
<li><a href="/hdjl/wszx/1.html">咨询孩子入学政策</a><span>留言时间：2023-10-11</span><span>状态：未回复</span></li>
<li><a href="/hdjl/wszx/2.html">咨询公积金提取</a><span>留言时间：2023-10-12</span><span>状态：已回复</span></li>
</ul></body></html>"#;

#[test]
fn labelled_list_items() {
    let f = found(
        "http://www.a.gov.cn/hdjl/wszx/index.html",
        LABELLED_ITEMS,
        &Rules::default(),
    );
    assert_eq!(
        f,
        vec![(
            "http://www.a.gov.cn/hdjl/wszx/1.html".to_string(),
            d(2023, 10, 11)
        )]
    );
    // A list of one item is not read as a detail page of the list URL.
    let one = LABELLED_ITEMS.replace(
        r#"<li><a href="/hdjl/wszx/2.html">咨询公积金提取</a><span>留言时间：2023-10-12</span><span>状态：已回复</span></li>"#,
        "",
    );
    let f = found(
        "http://www.a.gov.cn/hdjl/wszx/index.html",
        &one,
        &Rules::default(),
    );
    assert_eq!(
        f,
        vec![(
            "http://www.a.gov.cn/hdjl/wszx/1.html".to_string(),
            d(2023, 10, 11)
        )]
    );
}
