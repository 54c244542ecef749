//! Findings → verdict: vetoes, capped deductions, grades.

use chrono::NaiveDate;
use govcheck_config::rules::Rules;
use govcheck_inspect::score::verdict;
use govcheck_model::{
    Finding, FindingDetail, FoundOn, Grade, LinkError, LinkErrorClass, Severity, Verdict, WordLevel,
};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn class(column: &str) -> Option<String> {
    match column {
        "工作动态" | "部门动态" => Some("news".into()),
        "通知公告" => Some("notice".into()),
        "政策文件" => Some("policy".into()),
        "人事信息" | "人事任免" | "规划计划" => Some("personnel".into()),
        _ => None,
    }
}

fn run(findings: &[Finding]) -> Verdict {
    verdict(findings, &Rules::default(), &class)
}

fn link(n: usize, on_homepage: bool) -> Finding {
    Finding::new(
        Severity::Deduction,
        FindingDetail::BrokenLink {
            url: format!(
                "http://a.gov.cn/{}/{n}.htm",
                if on_homepage { "h" } else { "o" }
            ),
            found_on: vec![FoundOn {
                page: "http://a.gov.cn/".into(),
                text: "x".into(),
            }],
            on_homepage,
            error: LinkError {
                class: LinkErrorClass::HttpStatus,
                status: Some(404),
                reason: None,
                redirect_chain: vec![],
                attempts: 2,
            },
        },
    )
}

fn stale(column: &str, n: usize) -> Finding {
    Finding::new(
        Severity::Deduction,
        FindingDetail::StaleColumn {
            column: column.into(),
            url: format!("http://a.gov.cn/{n}/"),
            latest_date: None,
            max_age_days: 14,
        },
    )
}

fn blank(column: &str, n: usize) -> Finding {
    Finding::new(
        Severity::Deduction,
        FindingDetail::BlankColumn {
            column: column.into(),
            url: format!("http://a.gov.cn/{n}/"),
        },
    )
}

fn word(w: &str, level: WordLevel) -> Finding {
    Finding::new(
        if level == WordLevel::Serious {
            Severity::Veto
        } else {
            Severity::Deduction
        },
        FindingDetail::SensitiveWord {
            word: w.into(),
            url: "http://a.gov.cn/a.htm".into(),
            suggestion: "x".into(),
            category: "c".into(),
            level,
            context: "…".into(),
            occurrences: 1,
        },
    )
}

fn guide(n: usize, missing: usize) -> Finding {
    Finding::new(
        Severity::Deduction,
        FindingDetail::ServiceGuideIncomplete {
            url: format!("http://a.gov.cn/bszn/{n}.htm"),
            title: String::new(),
            missing_elements: (0..missing).map(|i| format!("要素{i}")).collect(),
        },
    )
}

fn message(n: usize) -> Finding {
    Finding::new(
        Severity::Veto,
        FindingDetail::UnansweredMessage {
            url: format!("http://a.gov.cn/xx/{n}.htm"),
            title: String::new(),
            asked_on: d("2023-10-01"),
            age_days: 120,
        },
    )
}

fn missing_column(c: &str) -> Finding {
    Finding::new(
        Severity::Deduction,
        FindingDetail::MissingColumn {
            column: c.into(),
            looked_in: vec![],
        },
    )
}

fn deduction(v: &Verdict, key: &str) -> Option<(f64, u64)> {
    v.deductions
        .iter()
        .find(|d| d.indicator == key)
        .map(|d| (d.points, d.findings))
}

#[test]
fn no_findings_is_excellent() {
    let v = run(&[]);
    assert!(v.qualified);
    assert_eq!(v.score, 100.0);
    assert_eq!(v.grade, Grade::Excellent);
    assert!(v.vetoes.is_empty() && v.deductions.is_empty());
}

#[test]
fn each_veto_fires() {
    let unreachable = Finding::new(
        Severity::Veto,
        FindingDetail::SiteUnreachable {
            url: "http://a.gov.cn/".into(),
            attempts: 3,
            errors: vec!["timeout".into()],
            probe_failure_rate: Some(0.1),
            probes: Some(140),
        },
    );
    let homepage = Finding::new(
        Severity::Veto,
        FindingDetail::StaleHomepage {
            url: "http://a.gov.cn/".into(),
            latest_date: Some(d("2024-01-01")),
            max_age_days: 14,
        },
    );
    let cases: Vec<(Vec<Finding>, &str)> = vec![
        (vec![unreachable], "site_unreachable"),
        (vec![homepage], "stale_homepage"),
        (
            vec![
                stale("工作动态", 1),
                stale("部门动态", 2),
                stale("通知公告", 3),
                stale("政策文件", 4),
                stale("通知公告", 5),
            ],
            "stale_columns",
        ),
        (
            (0..10).map(|i| stale("人事信息", i)).collect(),
            "stale_columns",
        ),
        (
            (0..5).map(|i| blank("机构职能", i)).collect(),
            "blank_columns",
        ),
        (
            vec![word("中华人民共和国主席", WordLevel::Serious)],
            "serious_wording",
        ),
        (vec![message(1)], "unanswered_messages"),
        ((0..5).map(|i| guide(i, 5)).collect(), "service_guides"),
    ];
    for (findings, key) in cases {
        let v = run(&findings);
        assert_eq!(v.vetoes, vec![key.to_string()], "{key}");
        assert!(!v.qualified, "{key}");
        assert_eq!(v.grade, Grade::Unqualified, "{key}");
    }
}

#[test]
fn below_the_veto_limits_only_deducts() {
    // 4 news/policy stale columns and 9 in all: no veto.
    let mut f: Vec<Finding> = (0..4).map(|i| stale("工作动态", i)).collect();
    f.extend((10..15).map(|i| stale("人事信息", i)));
    let v = run(&f);
    assert!(v.vetoes.is_empty());
    assert_eq!(deduction(&v, "stale_columns"), Some((20.0, 9)));
    // 4 blank columns, 5 guides missing exactly 4 elements, general words.
    let mut f: Vec<Finding> = (0..4).map(|i| blank("机构职能", i)).collect();
    f.extend((0..5).map(|i| guide(i, 4)));
    f.push(word("一般词", WordLevel::General));
    let v = run(&f);
    assert!(v.vetoes.is_empty(), "{:?}", v.vetoes);
    assert_eq!(deduction(&v, "blank_columns"), Some((8.0, 4)));
    assert_eq!(deduction(&v, "service_guides"), Some((5.0, 5)));
    assert_eq!(deduction(&v, "general_wording"), Some((1.0, 1)));
    assert_eq!(v.score, 86.0);
    assert_eq!(v.grade, Grade::Good);
}

#[test]
fn switched_off_vetoes_deduct_instead() {
    let mut rules = Rules::default();
    rules.messages.unanswered_is_veto = false;
    rules.words.serious_is_veto = false;
    let v = verdict(
        &[message(1), message(2), word("严重词", WordLevel::Serious)],
        &rules,
        &class,
    );
    assert!(v.vetoes.is_empty());
    assert_eq!(deduction(&v, "unanswered_messages"), Some((6.0, 2)));
    assert_eq!(deduction(&v, "general_wording"), Some((1.0, 1)));
    assert_eq!(v.score, 93.0);
}

#[test]
fn deductions_are_capped() {
    let mut f: Vec<Finding> = (0..15).map(|i| link(i, true)).collect();
    f.extend((0..250).map(|i| link(i, false)));
    let v = run(&f);
    assert_eq!(deduction(&v, "homepage_broken_links"), Some((10.0, 15)));
    assert_eq!(deduction(&v, "other_broken_links"), Some((10.0, 250)));
    assert_eq!(v.score, 80.0);
    assert_eq!(v.grade, Grade::Good);
}

#[test]
fn tenths_do_not_accumulate_binary_noise() {
    let v = run(&(0..3).map(|i| link(i, false)).collect::<Vec<_>>());
    assert_eq!(deduction(&v, "other_broken_links"), Some((0.3, 3)));
    assert_eq!(v.score, 99.7);
}

#[test]
fn grade_bands() {
    // missing columns: 5 each, cap 20; stale: 5 each, cap 20; blank: 2 each.
    let grade_of = |f: &[Finding]| {
        let v = run(f);
        (v.score, v.grade, v.qualified)
    };
    let m = |n: usize| -> Vec<Finding> {
        (0..n)
            .map(|i| missing_column(&format!("栏目{i}")))
            .collect()
    };
    assert_eq!(grade_of(&m(2)), (90.0, Grade::Excellent, true));
    assert_eq!(grade_of(&m(3)), (85.0, Grade::Good, true));
    assert_eq!(grade_of(&m(4)), (80.0, Grade::Good, true));
    let mut f = m(4);
    f.push(stale("人事信息", 1));
    assert_eq!(grade_of(&f), (75.0, Grade::Qualified, true));
    f.extend((2..5).map(|i| stale("人事信息", i)));
    assert_eq!(grade_of(&f), (60.0, Grade::Qualified, true));
    f.push(blank("机构职能", 9));
    assert_eq!(grade_of(&f), (58.0, Grade::Unqualified, false));
}

#[test]
fn a_veto_keeps_the_score_for_the_record() {
    let mut f = vec![message(1)];
    f.push(missing_column("政府信息公开指南"));
    let v = run(&f);
    assert_eq!(v.score, 95.0);
    assert!(!v.qualified);
    assert_eq!(v.grade, Grade::Unqualified);
}

#[test]
fn no_double_counting() {
    // A blank column is also reported stale by the freshness check: counted once, as blank.
    let f = vec![
        blank("工作动态", 1),
        stale("工作动态", 1),
        stale("通知公告", 2),
    ];
    let v = run(&f);
    assert_eq!(deduction(&v, "blank_columns"), Some((2.0, 1)));
    assert_eq!(deduction(&v, "stale_columns"), Some((5.0, 1)));
    // The same finding twice counts once.
    let v = run(&[link(1, true), link(1, true)]);
    assert_eq!(deduction(&v, "homepage_broken_links"), Some((1.0, 1)));
    // A homepage link is not also an other-page link.
    let v = run(&[link(1, true), link(2, false)]);
    assert_eq!(deduction(&v, "homepage_broken_links"), Some((1.0, 1)));
    assert_eq!(deduction(&v, "other_broken_links"), Some((0.1, 1)));
    // Five blank columns also stale: blank veto, no stale veto.
    let mut f: Vec<Finding> = (0..5).map(|i| blank("工作动态", i)).collect();
    f.extend((0..5).map(|i| stale("工作动态", i)));
    let v = run(&f);
    assert_eq!(v.vetoes, vec!["blank_columns".to_string()]);
    assert_eq!(deduction(&v, "stale_columns"), None);
}

#[test]
fn notices_never_count() {
    let due = Finding::new(
        Severity::Notice,
        FindingDetail::ColumnDueSoon {
            column: "工作动态".into(),
            url: "http://a.gov.cn/gzdt/".into(),
            latest_date: d("2024-03-20"),
            max_age_days: 14,
            days_left: 3,
        },
    );
    let mut w = word("一般词", WordLevel::General);
    w.severity = Severity::Notice;
    let v = run(&[due, w]);
    assert_eq!(v.score, 100.0);
    assert!(v.deductions.is_empty() && v.vetoes.is_empty());
}

#[test]
fn vetoes_and_deductions_in_a_fixed_order_whatever_the_input_order() {
    let mut f: Vec<Finding> = vec![
        guide(1, 2),
        word("一般词", WordLevel::General),
        stale("工作动态", 1),
        blank("机构职能", 2),
        missing_column("政策解读"),
        link(1, false),
        link(2, true),
        message(1),
        word("严重词", WordLevel::Serious),
    ];
    f.extend((0..5).map(|i| blank("概况信息", 10 + i)));
    let v1 = run(&f);
    f.reverse();
    let v2 = run(&f);
    assert_eq!(v1, v2);
    assert_eq!(
        v1.vetoes,
        vec!["blank_columns", "serious_wording", "unanswered_messages"]
    );
    let keys: Vec<&str> = v1.deductions.iter().map(|d| d.indicator.as_str()).collect();
    assert_eq!(
        keys,
        vec![
            "homepage_broken_links",
            "other_broken_links",
            "missing_columns",
            "blank_columns",
            "stale_columns",
            "general_wording",
            "service_guides",
        ]
    );
}
