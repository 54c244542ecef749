//! A message page whose reply fields are written but left empty is
//! unanswered, even without a status word.

use chrono::NaiveDate;
use govcheck_config::rules::Rules;
use govcheck_inspect::messages;

fn page(body: &str) -> govcheck_model::PageFacts {
    let html = format!(
        "<html><head><title>咨询课后服务收费</title></head><body>\
         <div class=\"crumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; 咨询投诉</div>\
         <h1>咨询课后服务收费</h1><div class=\"info\">留言时间：2023-12-10</div>{body}</body></html>"
    );
    let url = url::Url::parse("http://127.0.0.1/zxts/2.html").unwrap();
    govcheck_page::analyze(&url, html.as_bytes(), Some("text/html; charset=utf-8"))
}

#[test]
fn empty_reply_fields_mean_unanswered() {
    let as_of = NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
    let rules = Rules::default();
    let p = page("<p>留言内容：课后服务如何收费？</p><p>回复时间：</p><p>回复内容：</p>");
    assert!(messages::is_message_page(&p));
    let found = messages::check(&p, as_of, &rules);
    assert_eq!(found.len(), 1, "{found:?}");

    let answered = page(
        "<p>留言内容：课后服务如何收费？</p><p>回复时间：2024-01-05</p><p>回复内容：按每生每学期收取。</p>",
    );
    assert!(messages::check(&answered, as_of, &rules).is_empty());
}

#[test]
fn a_record_counter_of_zero_is_an_empty_list() {
    let url = url::Url::parse("http://127.0.0.1/xxgk/czxx/").unwrap();
    let html = "<html><body><table><tr><th>标题</th><th>发布日期</th></tr></table><div>共 0 条 第1页</div></body></html>";
    let p = govcheck_page::analyze(&url, html.as_bytes(), None);
    assert!(p.says_empty);
    let full = "<html><body><ul><li><a href='/a.html'>通知</a> 2024-03-01</li></ul><div>共10条 第1页</div></body></html>";
    assert!(!govcheck_page::analyze(&url, full.as_bytes(), None).says_empty);
}
