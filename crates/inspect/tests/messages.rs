//! 互动回应: unanswered messages on list and detail pages.

use chrono::NaiveDate;
use govcheck_config::rules::Rules;
use govcheck_inspect::messages::{self, ReplyState, extract, is_message_page, judge};
use govcheck_model::{Finding, FindingDetail, ListRow, PageFacts, Severity};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const AS_OF: &str = "2024-03-31";

fn row(cells: &[&str], link: Option<&str>) -> ListRow {
    ListRow {
        cells: cells.iter().map(|c| c.to_string()).collect(),
        link: link.map(String::from),
    }
}

fn list_page(title: &str, rows: Vec<ListRow>) -> PageFacts {
    PageFacts {
        url: "http://www.a.gov.cn/hdjl/xzxx/index.html".into(),
        final_url: "http://www.a.gov.cn/hdjl/xzxx/index.html".into(),
        status: 200,
        title: title.into(),
        rows,
        ..PageFacts::default()
    }
}

/// (url, asked_on, age_days) of each finding.
fn summary(findings: &[Finding]) -> Vec<(String, NaiveDate, u32)> {
    findings
        .iter()
        .map(|f| match &f.detail {
            FindingDetail::UnansweredMessage {
                url,
                asked_on,
                age_days,
                ..
            } => (url.clone(), *asked_on, *age_days),
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

#[test]
fn list_with_header_and_mixed_states() {
    let p = list_page(
        "县长信箱 - 某某县人民政府",
        vec![
            row(
                &["序号", "信件标题", "来信时间", "办理状态", "回复时间"],
                None,
            ),
            row(
                &[
                    "1",
                    "关于村道维修的建议",
                    "2023-10-08",
                    "已回复",
                    "2023-10-20",
                ],
                Some("/hdjl/xzxx/202310/t1.html"),
            ),
            row(
                &["2", "小区停水问题", "2023-11-02", "未回复", ""],
                Some("http://www.a.gov.cn/hdjl/xzxx/202311/t2.html"),
            ),
            row(
                &["3", "噪音扰民", "2023-12-15", "办理中", "-"],
                Some("/hdjl/xzxx/202312/t3.html"),
            ),
            // Asked too recently to be overdue.
            row(
                &["4", "路灯不亮", "2024-02-01", "未回复", ""],
                Some("/hdjl/xzxx/202402/t4.html"),
            ),
            // Asked more than a year ago: outside the lookback.
            row(
                &["5", "旧问题", "2023-03-01", "未回复", ""],
                Some("/hdjl/xzxx/202303/t5.html"),
            ),
            // Not a valid message.
            row(
                &["6", "广告", "2023-09-01", "不予受理", ""],
                Some("/hdjl/xzxx/202309/t6.html"),
            ),
        ],
    );
    assert!(is_message_page(&p));
    let rules = Rules::default();
    let f = messages::check(&p, d(AS_OF), &rules);
    assert_eq!(
        summary(&f),
        vec![
            (
                "http://www.a.gov.cn/hdjl/xzxx/202311/t2.html".to_string(),
                d("2023-11-02"),
                150
            ),
            (
                "http://www.a.gov.cn/hdjl/xzxx/202312/t3.html".to_string(),
                d("2023-12-15"),
                107
            ),
        ]
    );
    assert!(f.iter().all(|f| f.severity == Severity::Veto));
    match &f[0].detail {
        FindingDetail::UnansweredMessage { title, .. } => assert_eq!(title, "小区停水问题"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn severity_follows_the_rules() {
    let p = list_page(
        "领导信箱",
        vec![
            row(&["标题", "留言时间", "状态"], None),
            row(&["问题", "2023-10-01", "待回复"], Some("/x/1.html")),
        ],
    );
    let mut rules = Rules::default();
    rules.messages.unanswered_is_veto = false;
    let f = messages::check(&p, d(AS_OF), &rules);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Deduction);
}

#[test]
fn list_without_header_read_by_content() {
    let p = list_page(
        "网上咨询",
        vec![
            row(
                &["咨询社保转移", "2023-09-01", "已答复"],
                Some("/zx/1.html"),
            ),
            row(
                &["咨询医保报销", "2023-09-05", "未答复"],
                Some("/zx/2.html"),
            ),
            row(
                &["[未回复]咨询公积金提取", "2023-10-01"],
                Some("/zx/3.html"),
            ),
            // Two dates: the second is the reply.
            row(
                &["咨询低保", "2023-08-01", "2023-12-30"],
                Some("/zx/4.html"),
            ),
            // A date but no state at all: not judged.
            row(&["咨询户籍", "2023-08-02"], Some("/zx/5.html")),
        ],
    );
    let f = messages::check(&p, d(AS_OF), &Rules::default());
    let urls: Vec<String> = summary(&f).into_iter().map(|s| s.0).collect();
    assert_eq!(
        urls,
        vec![
            "http://www.a.gov.cn/zx/2.html".to_string(),
            "http://www.a.gov.cn/zx/3.html".to_string(),
        ]
    );
    match &f[1].detail {
        FindingDetail::UnansweredMessage { title, .. } => assert_eq!(title, "咨询公积金提取"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn empty_reply_column_without_status_is_unanswered() {
    let p = list_page(
        "书记信箱",
        vec![
            row(&["主题", "留言时间", "答复时间"], None),
            row(&["问题一", "2023-10-01", "2023-10-09"], Some("/a/1.html")),
            row(&["问题二", "2023-10-02", ""], Some("/a/2.html")),
        ],
    );
    let f = messages::check(&p, d(AS_OF), &Rules::default());
    assert_eq!(summary(&f).len(), 1);
    assert_eq!(summary(&f)[0].0, "http://www.a.gov.cn/a/2.html");
}

#[test]
fn answered_late_is_not_reported() {
    // Asked 2023-06-01, answered 2023-11-20 (172 days later): late, but answered.
    let p = list_page(
        "局长信箱",
        vec![
            row(&["标题", "留言时间", "状态", "回复时间"], None),
            row(
                &["迟复的信", "2023-06-01", "已回复", "2023-11-20"],
                Some("/b/1.html"),
            ),
        ],
    );
    assert!(messages::check(&p, d(AS_OF), &Rules::default()).is_empty());
}

#[test]
fn a_reply_after_the_as_of_date_did_not_exist_then() {
    let p = list_page(
        "局长信箱",
        vec![
            row(&["标题", "留言时间", "状态", "回复时间"], None),
            row(
                &["后来才回", "2023-10-01", "已回复", "2024-02-10"],
                Some("/b/2.html"),
            ),
        ],
    );
    // At 2024-01-31 it had waited 122 days.
    let f = messages::check(&p, d("2024-01-31"), &Rules::default());
    assert_eq!(summary(&f)[0].2, 122);
    // At 2024-03-31 it was answered.
    assert!(messages::check(&p, d(AS_OF), &Rules::default()).is_empty());
}

#[test]
fn excluded_columns_are_not_judged() {
    let rows = vec![
        row(&["标题", "留言时间", "状态"], None),
        row(&["访谈问题", "2023-10-01", "未回复"], Some("/ft/1.html")),
    ];
    let mut p = list_page("在线访谈 - 互动交流", rows.clone());
    assert!(messages::check(&p, d(AS_OF), &Rules::default()).is_empty());
    p.title = "互动交流".into();
    p.breadcrumbs = vec!["首页".into(), "互动交流".into(), "调查征集".into()];
    assert!(messages::check(&p, d(AS_OF), &Rules::default()).is_empty());
    p.breadcrumbs = vec!["首页".into(), "互动交流".into(), "网上咨询".into()];
    assert_eq!(messages::check(&p, d(AS_OF), &Rules::default()).len(), 1);
    let mut rules = Rules::default();
    rules.messages.excluded_columns.push("网上咨询".into());
    assert!(messages::check(&p, d(AS_OF), &rules).is_empty());
}

#[test]
fn pages_of_other_columns_are_not_message_pages() {
    let p = list_page(
        "通知公告",
        vec![row(
            &["关于开展检查的通知", "2023-10-01"],
            Some("/tz/1.html"),
        )],
    );
    assert!(!is_message_page(&p));
    assert!(messages::check(&p, d(AS_OF), &Rules::default()).is_empty());
}

fn detail(fields: &[(&str, &str)], text: &str) -> PageFacts {
    PageFacts {
        url: "http://www.a.gov.cn/hdjl/xzxx/202311/t2.html".into(),
        final_url: "http://www.a.gov.cn/hdjl/xzxx/202311/t2.html".into(),
        status: 200,
        title: "小区停水问题".into(),
        breadcrumbs: vec!["首页".into(), "互动交流".into(), "县长信箱".into()],
        fields: fields
            .iter()
            .map(|(l, v)| (l.to_string(), v.to_string()))
            .collect(),
        content_text: text.into(),
        ..PageFacts::default()
    }
}

#[test]
fn detail_pages() {
    let rules = Rules::default();
    let as_of = d(AS_OF);
    // Empty reply content: unanswered.
    let p = detail(
        &[
            ("信件标题", "小区停水问题"),
            ("来信时间", "2023年11月2日 10:21"),
            ("回复内容", ""),
        ],
        "",
    );
    assert_eq!(
        summary(&messages::check(&p, as_of, &rules))[0].1,
        d("2023-11-02")
    );
    // A reply text: answered.
    let p = detail(
        &[
            ("来信时间", "2023-11-02"),
            ("答复内容", "您好，已安排维修。"),
        ],
        "",
    );
    assert!(messages::check(&p, as_of, &rules).is_empty());
    // A reply date: answered.
    let p = detail(
        &[("留言时间", "2023-11-02"), ("回复时间", "2023-11-05")],
        "",
    );
    assert!(messages::check(&p, as_of, &rules).is_empty());
    // A placeholder reply: unanswered.
    let p = detail(&[("留言时间", "2023-11-02"), ("回复内容", "暂未回复")], "");
    assert_eq!(messages::check(&p, as_of, &rules).len(), 1);
    // No reply section and no mention of a reply: unanswered.
    let p = detail(
        &[("留言时间", "2023-11-02")],
        "小区停水三天了，请尽快处理。",
    );
    assert_eq!(messages::check(&p, as_of, &rules).len(), 1);
    // A reply in the text: answered.
    let p = detail(
        &[("留言时间", "2023-11-02")],
        "小区停水三天了。\n回复：已协调自来水公司处理。",
    );
    assert!(messages::check(&p, as_of, &rules).is_empty());
}

#[test]
fn list_and_detail_of_one_message_give_one_finding() {
    let rules = Rules::default();
    let as_of = d(AS_OF);
    let list = list_page(
        "县长信箱",
        vec![
            row(&["信件标题", "来信时间", "状态"], None),
            row(
                &["小区停水问题", "2023-11-02", "未回复"],
                Some("/hdjl/xzxx/202311/t2.html"),
            ),
        ],
    );
    let det = detail(&[("来信时间", "2023-11-02"), ("回复内容", "")], "");
    let mut all = extract(&list, as_of, &rules);
    all.extend(extract(&det, as_of, &rules));
    assert_eq!(all.len(), 2);
    let f = judge(all, as_of, &rules);
    assert_eq!(f.len(), 1);
    // The detail shows a reply the list did not: answered.
    let det = detail(
        &[("来信时间", "2023-11-02"), ("回复时间", "2023-12-01")],
        "",
    );
    let mut all = extract(&list, as_of, &rules);
    all.extend(extract(&det, as_of, &rules));
    assert!(
        all.iter()
            .any(|m| matches!(m.state, ReplyState::Answered(_)))
    );
    assert!(judge(all, as_of, &rules).is_empty());
}

#[test]
fn rows_without_link_get_a_stable_marker() {
    let p = list_page(
        "留言板",
        vec![
            row(&["标题", "留言时间", "状态"], None),
            row(&["无链接的留言", "2023-10-01", "未回复"], None),
        ],
    );
    let f = messages::check(&p, d(AS_OF), &Rules::default());
    let url = &summary(&f)[0].0;
    assert!(
        url.starts_with("http://www.a.gov.cn/hdjl/xzxx/index.html#row=2023-10-01"),
        "{url}"
    );
}

#[test]
fn dates_as_portals_write_them() {
    use govcheck_inspect::messages::parse_date;
    let full = |y, m, dd| {
        Some(govcheck_model::PartialDate {
            year: Some(y),
            month: m,
            day: dd,
        })
    };
    assert_eq!(parse_date("2024-03-01 10:22:33"), full(2024, 3, 1));
    assert_eq!(parse_date("2024年3月1日"), full(2024, 3, 1));
    assert_eq!(parse_date("留言时间：2024/03/01"), full(2024, 3, 1));
    assert_eq!(parse_date("编号 20240301001"), None);
    assert_eq!(
        parse_date("[03-12]"),
        Some(govcheck_model::PartialDate {
            year: None,
            month: 3,
            day: 12
        })
    );
    assert_eq!(parse_date("2024-02-30"), None);
}

#[test]
fn a_message_titled_with_an_excluded_word_is_still_judged() {
    let mut p = detail(&[("来信时间", "2023-11-02"), ("回复内容", "")], "");
    p.title = "举报小区违建问题_县长信箱".into();
    assert_eq!(messages::check(&p, d(AS_OF), &Rules::default()).len(), 1);
    p.breadcrumbs = vec!["首页".into(), "互动交流".into(), "违法举报".into()];
    assert!(messages::check(&p, d(AS_OF), &Rules::default()).is_empty());
}

#[test]
fn rows_of_excluded_columns_on_a_mixed_index_page_are_skipped() {
    let p = list_page(
        "互动交流",
        vec![
            row(
                &["[县长信箱]", "停水问题", "2023-10-01", "未回复"],
                Some("/x/1.html"),
            ),
            row(
                &["[在线访谈]", "教育访谈", "2023-10-01", "未回复"],
                Some("/ft/1.html"),
            ),
        ],
    );
    let f = messages::check(&p, d(AS_OF), &Rules::default());
    assert_eq!(summary(&f).len(), 1);
    assert_eq!(summary(&f)[0].0, "http://www.a.gov.cn/x/1.html");
}
