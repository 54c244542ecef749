//! The monthly check: order, counters, determinism, atomic writing.

mod common;

use common::*;
use govcheck_model::{Category, MONTHLY_CHECK_SCHEMA, NotChecked};
use govcheck_report::{
    monthly_check, monthly_check_with, render_monthly_markdown, write_json_atomic,
};

fn reports() -> Vec<govcheck_model::SiteReport> {
    vec![
        clean_report(
            "c-inst",
            "市档案馆",
            Category::Institution,
            "2024-01-31",
            81.5,
        ),
        full_report("a-county", "2024-01-31"),
        clean_report(
            "b-dept",
            "市教育局",
            Category::Department,
            "2024-01-31",
            95.0,
        ),
        clean_report(
            "d-dept",
            "市财政局",
            Category::Department,
            "2024-01-31",
            64.0,
        ),
    ]
}

#[test]
fn same_reports_in_any_order_serialise_identically() {
    let forward = monthly_check("2024-01", date("2024-01-31"), reports());
    let mut rev = reports();
    rev.reverse();
    for r in &mut rev {
        r.findings.reverse();
    }
    let backward = monthly_check("2024-01", date("2024-01-31"), rev);
    let mut rotated = reports();
    rotated.rotate_left(2);
    let rotated = monthly_check("2024-01", date("2024-01-31"), rotated);
    let a = serde_json::to_string_pretty(&forward).unwrap();
    assert_eq!(a, serde_json::to_string_pretty(&backward).unwrap());
    assert_eq!(a, serde_json::to_string_pretty(&rotated).unwrap());
}

#[test]
fn sites_by_id_findings_by_kind_then_identity() {
    let m = monthly_check("2024-01", date("2024-01-31"), reports());
    assert_eq!(m.schema, MONTHLY_CHECK_SCHEMA);
    let ids: Vec<&str> = m.sites.iter().map(|s| s.site.id.as_str()).collect();
    assert_eq!(ids, ["a-county", "b-dept", "c-inst", "d-dept"]);
    let keys: Vec<_> = m.sites[0].findings.iter().map(|f| f.sort_key()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys[0].0, "blank_column");
    assert_eq!(keys.last().unwrap().0, "unanswered_message");
}

#[test]
fn summary_counts_sites_grades_and_kinds() {
    let m = monthly_check("2024-01", date("2024-01-31"), reports());
    let s = &m.summary;
    assert_eq!((s.sites, s.qualified, s.unqualified), (4, 3, 1));
    assert_eq!(s.by_grade["excellent"], 1);
    assert_eq!(s.by_grade["good"], 1);
    assert_eq!(s.by_grade["qualified"], 1);
    assert_eq!(s.by_grade["unqualified"], 1);
    assert_eq!(s.findings_by_kind["sensitive_word"], 2);
    assert_eq!(s.findings_by_kind["broken_link"], 1);
    assert_eq!(s.findings_by_kind.values().sum::<u64>(), 11);
    assert!(s.not_checked.is_empty());

    let empty = monthly_check("2024-02", date("2024-02-29"), Vec::new());
    assert_eq!(empty.summary.sites, 0);
    assert_eq!(
        empty.summary.by_grade.len(),
        4,
        "every grade is listed, even at 0"
    );
}

#[test]
fn sites_not_checked_are_listed_by_id() {
    let m = monthly_check_with(
        "2024-01",
        date("2024-01-31"),
        reports(),
        vec![
            NotChecked {
                id: "z".into(),
                reason: "timeout".into(),
            },
            NotChecked {
                id: "e".into(),
                reason: "parser panicked".into(),
            },
        ],
    );
    let ids: Vec<&str> = m
        .summary
        .not_checked
        .iter()
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(ids, ["e", "z"]);
    let md = render_monthly_markdown(&m);
    assert!(
        md.contains("未能完成检查的网站") && md.contains("parser panicked"),
        "{md}"
    );
}

#[test]
fn atomic_write_replaces_whole_file_with_pretty_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("monthly-check.json");
    std::fs::write(&path, "old contents that are longer than nothing").unwrap();
    let m = monthly_check("2024-01", date("2024-01-31"), reports());
    write_json_atomic(&path, &m).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
    assert!(text.starts_with("{\n  \"schema\": \"govcheck/monthly-check/v1\""));
    let back: govcheck_model::MonthlyCheck = serde_json::from_str(&text).unwrap();
    assert_eq!(back, m);
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["monthly-check.json"]);
    // A folder that does not exist is an error naming the file, not a panic.
    let err = write_json_atomic(&dir.path().join("missing/x.json"), &m).unwrap_err();
    assert!(err.to_string().contains("missing/x.json"), "{err}");
}

#[test]
fn monthly_markdown_names_unqualified_sites() {
    let m = monthly_check("2024-01", date("2024-01-31"), reports());
    let md = render_monthly_markdown(&m);
    assert!(md.starts_with("# 2024年1月政府网站检查情况\n"), "{md}");
    assert!(md.contains("合格率75.0%"), "{md}");
    assert!(
        md.contains("**a-county人民政府**（单项否决：首页不更新、站点无法访问；得分55.0）"),
        "{md}"
    );
    assert!(md.contains("| 不可用链接 | 1 |"), "{md}");
    let first = md.find("| 站点无法访问 | 1 |").unwrap();
    let last = md.find("| 栏目即将超期 | 1 |").unwrap();
    assert!(first < last, "problem kinds in circular order:\n{md}");
}
