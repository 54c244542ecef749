//! The shipped JSON Schemas equal the generated ones, and real outputs
//! (built from model values with every kind of finding) validate.

mod common;

use common::*;
use govcheck_model::*;
use govcheck_report::{circular, monthly_check, schemas, write_schemas};
use serde_json::Value;
use std::path::PathBuf;

fn shipped_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../schemas"))
}

#[test]
fn shipped_schemas_equal_the_generated_ones() {
    let dir = shipped_dir();
    if std::env::var_os("GOVCHECK_BLESS").is_some() {
        write_schemas(&dir).unwrap();
    }
    let mut stale = Vec::new();
    for (name, schema) in schemas() {
        let path = dir.join(name);
        let expected = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        match std::fs::read_to_string(&path) {
            Ok(text) if text == expected => {}
            _ => stale.push(path.display().to_string()),
        }
    }
    assert!(
        stale.is_empty(),
        "these schema files differ from the model types: {stale:?}\n\
         regenerate them with: GOVCHECK_BLESS=1 cargo test -p govcheck-report --test schemas"
    );
}

fn validator(file: &str) -> jsonschema::Validator {
    let schema = schemas()
        .into_iter()
        .find(|(name, _)| *name == file)
        .map(|(_, s)| s)
        .unwrap();
    jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("{file} is not a valid schema: {e}"))
}

fn assert_valid(file: &str, instance: &Value) {
    let v = validator(file);
    let errors: Vec<String> = v
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{file}: {errors:#?}");
}

fn assert_invalid(file: &str, instance: &Value, why: &str) {
    assert!(!validator(file).is_valid(instance), "{file} accepted {why}");
}

fn quarter() -> Vec<MonthlyCheck> {
    let jan = vec![
        full_report("a-county", "2024-01-31"),
        clean_report(
            "b-dept",
            "市教育局",
            Category::Department,
            "2024-01-31",
            92.0,
        ),
    ];
    let mut feb_a = full_report("a-county", "2024-02-29");
    feb_a.findings.truncate(3);
    let feb = vec![
        feb_a,
        clean_report(
            "b-dept",
            "市教育局",
            Category::Department,
            "2024-02-29",
            88.0,
        ),
        clean_report(
            "c-inst",
            "市档案馆",
            Category::Institution,
            "2024-02-29",
            75.0,
        ),
    ];
    vec![
        monthly_check("2024-01", date("2024-01-31"), jan),
        monthly_check("2024-02", date("2024-02-29"), feb),
    ]
}

#[test]
fn a_site_report_with_every_kind_validates() {
    let r = full_report("a-county", "2024-01-31");
    let kinds: std::collections::BTreeSet<&str> = r.findings.iter().map(|f| f.kind()).collect();
    assert_eq!(
        kinds.len(),
        10,
        "the fixture covers every FindingDetail variant"
    );
    let value = serde_json::to_value(&r).unwrap();
    assert_valid("site-report.schema.json", &value);
    // Optional fields left out still validate.
    let mut minimal = r.clone();
    minimal.findings = vec![Finding::new(
        Severity::Deduction,
        FindingDetail::BrokenLink {
            url: "http://x/".into(),
            found_on: vec![],
            on_homepage: false,
            error: LinkError {
                class: LinkErrorClass::Soft404,
                status: None,
                reason: None,
                redirect_chain: vec![],
                attempts: 0,
            },
        },
    )];
    assert_valid(
        "site-report.schema.json",
        &serde_json::to_value(&minimal).unwrap(),
    );
}

#[test]
fn monthly_checks_and_circulars_validate() {
    let months = quarter();
    for m in &months {
        assert_valid(
            "monthly-check.schema.json",
            &serde_json::to_value(m).unwrap(),
        );
    }
    let prev = circular(
        "2023-Q4",
        &[monthly_check(
            "2023-12",
            date("2023-12-31"),
            vec![full_report("a-county", "2023-12-31")],
        )],
        None,
    )
    .unwrap();
    let c = circular("2024-Q1", &months, Some(&prev)).unwrap();
    assert!(c.summary.previous.is_some());
    assert_valid(
        "quarterly-circular.schema.json",
        &serde_json::to_value(&c).unwrap(),
    );
    assert_valid(
        "quarterly-circular.schema.json",
        &serde_json::to_value(&prev).unwrap(),
    );
}

#[test]
fn schemas_reject_wrong_documents() {
    let r = serde_json::to_value(full_report("a", "2024-01-31")).unwrap();
    // Another document's tag.
    let mut wrong_tag = r.clone();
    wrong_tag["schema"] = Value::from(MONTHLY_CHECK_SCHEMA);
    assert_invalid("site-report.schema.json", &wrong_tag, "a monthly-check tag");
    // An unknown finding kind.
    let mut bad_kind = r.clone();
    bad_kind["findings"][0]["kind"] = Value::from("no_such_kind");
    assert_invalid("site-report.schema.json", &bad_kind, "an unknown kind");
    // A finding missing its evidence.
    let mut no_url = r.clone();
    let idx = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["kind"] == "broken_link")
        .unwrap();
    no_url["findings"][idx]
        .as_object_mut()
        .unwrap()
        .remove("url");
    assert_invalid(
        "site-report.schema.json",
        &no_url,
        "a broken link without url",
    );
    // A bad grade and a bad severity.
    let mut bad_grade = r.clone();
    bad_grade["verdict"]["grade"] = Value::from("superb");
    assert_invalid("site-report.schema.json", &bad_grade, "an unknown grade");
    let mut bad_sev = r.clone();
    bad_sev["findings"][0]["severity"] = Value::from("fatal");
    assert_invalid("site-report.schema.json", &bad_sev, "an unknown severity");
    // The circular's categories are the three the model knows.
    let mut c = serde_json::to_value(circular("2024-Q1", &quarter(), None).unwrap()).unwrap();
    assert_valid("quarterly-circular.schema.json", &c);
    let rate = c["summary"]["by_category"]["county"].clone();
    c["summary"]["by_category"]["township"] = rate;
    assert_invalid("quarterly-circular.schema.json", &c, "an unknown category");
    // A site report is not a monthly check.
    assert_invalid("monthly-check.schema.json", &r, "a site report");
}
