//! Messages whose list links redirect to their detail pages: what the list
//! says and what the detail page says are one message, judged once.

use govcheck_config::sites::Site;
use govcheck_engine::{Checks, Engine, EngineOptions};
use govcheck_model::FindingDetail;
use govcheck_testsite::traps::{TrapServer, html_page};
use std::sync::Arc;

fn engine() -> Engine {
    let checks = Arc::new(Checks::embedded());
    let options = EngineOptions {
        rate: 50.0,
        ..EngineOptions::default()
    };
    Engine::new(&options, checks).unwrap()
}

/// A detail page: asked on `asked`, with the reply (or an empty one).
fn detail(title: &str, asked: &str, reply: Option<(&str, &str)>) -> String {
    let (text, date) = reply.unwrap_or(("", ""));
    html_page(
        title,
        &format!(
            "<div class=\"crumb\">首页 &gt; 县长信箱</div>\
             <table><tr><th>留言标题</th><td>{title}</td></tr>\
             <tr><th>留言时间</th><td>{asked}</td></tr>\
             <tr><th>回复内容</th><td>{text}</td></tr>\
             <tr><th>回复时间</th><td>{date}</td></tr></table>"
        ),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_row_and_its_redirected_detail_page_are_one_message() {
    let server = TrapServer::start_with_robots(Some("User-agent: *\nAllow: /\n"))
        .await
        .unwrap();
    server.page(
        "/",
        &html_page(
            "样例县人民政府",
            "<p>2024-03-20 更新</p><a href=\"/hdjl/\">县长信箱</a>\
             <a href=\"/page/msg3.html\">热点回应：关于停车难的咨询</a>",
        ),
    );
    // The list still says 未回复 for all three; the detail pages, reached
    // through redirects, show two replies.
    server.page(
        "/hdjl/",
        &html_page(
            "县长信箱",
            "<table><tr><th>标题</th><th>留言时间</th><th>状态</th></tr>\
             <tr><td><a href=\"/redirect?to=/page/msg1.html\">关于路灯维修的咨询</a></td><td>2024-01-05</td><td>未回复</td></tr>\
             <tr><td><a href=\"/redirect?to=/page/msg2.html\">关于公交线路的建议</a></td><td>2024-01-06</td><td>未回复</td></tr>\
             <tr><td><a href=\"/redirect?to=/page/msg3.html\">关于停车难的咨询</a></td><td>2024-01-07</td><td>未回复</td></tr>\
             </table>",
        ),
    );
    server.page(
        "/page/msg1.html",
        &detail(
            "关于路灯维修的咨询",
            "2024-01-05",
            Some(("已转交城管局处理，感谢您的来信。", "2024-01-09")),
        ),
    );
    // Linked from the homepage too: parsed under its own URL before the
    // list's redirecting link reaches it.
    server.page(
        "/page/msg3.html",
        &detail(
            "关于停车难的咨询",
            "2024-01-07",
            Some(("已协调增设停车位，感谢关注。", "2024-01-10")),
        ),
    );
    server.page(
        "/page/msg2.html",
        &detail("关于公交线路的建议", "2024-01-06", None),
    );
    let site = Site::from_url(
        url::Url::parse(&server.url("/")).unwrap(),
        Some(govcheck_model::Category::County),
    );
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 4, 30).unwrap();
    let report = engine().check_site(&site, as_of, None).await.unwrap();
    let unanswered: Vec<String> = report
        .findings
        .iter()
        .filter_map(|f| match &f.detail {
            FindingDetail::UnansweredMessage { url, .. } => Some(url.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        unanswered,
        vec![server.url("/page/msg2.html")],
        "{:#?}",
        report.findings
    );
}
