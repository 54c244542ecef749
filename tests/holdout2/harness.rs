//! Runs govcheck over the holdout2 portals and scores it the way the judges
//! do: recall and precision per finding group, plus evidence accuracy.

use std::collections::HashMap;
use std::process::Command;

use crate::builder::{Exp, Portal};
use crate::portals_ab::{Ports, portal_a, portal_b};
use crate::portals_cdef::{d_expectations, portal_c, portal_d, portal_e, portal_f};
use crate::portals_gh::{PortsGh, portal_g, portal_h};

pub const WORDS: &str = "# holdout2 list: word\tsuggestion\tcategory\tlevel\tallow\n\
中华人民共合国\t中华人民共和国\t严重错别字\tserious\t\n\
党的20大\t党的二十大\t规范表述\tserious\t\n\
扫黑险恶\t扫黑除恶\t严重错别字\tserious\t\n\
一带一路战略\t共建“一带一路”倡议\t规范表述\tserious\t\n\
环境保护局\t生态环境局\t过时机构名称\tgeneral\t原环境保护局\n\
国家旅游局\t文化和旅游部\t过时机构名称\tgeneral\t原国家旅游局\n\
人口和计划生育委员会\t卫生健康委员会\t过时机构名称\tgeneral\t原人口和计划生育委员会\n";

fn group(kind: &str) -> Option<&'static str> {
    match kind {
        "broken_link" => Some("links"),
        "sensitive_word" => Some("words"),
        "missing_column" | "blank_column" | "stale_column" | "stale_homepage" => Some("columns"),
        "service_guide_incomplete" | "unanswered_message" => Some("services"),
        _ => None,
    }
}

/// (recall, precision) thresholds of the judges.
fn threshold(g: &str) -> (f64, f64) {
    match g {
        "links" => (0.95, 0.95),
        "words" => (0.95, 0.98),
        "columns" => (0.90, 0.95),
        _ => (0.90, 0.95),
    }
}

fn key_of(f: &serde_json::Value) -> String {
    let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
    match f["kind"].as_str().unwrap_or("") {
        "sensitive_word" => format!("{} {}", s("word"), s("url")),
        "missing_column" | "blank_column" | "stale_column" => s("column"),
        "stale_homepage" => String::new(),
        _ => s("url"),
    }
}

/// Evidence problems of a matched finding (empty when right).
fn evidence(e: &Exp, f: &serde_json::Value) -> Vec<String> {
    let mut bad = Vec::new();
    if let Some(l) = e.latest
        && f["latest_date"].as_str() != Some(l)
    {
        bad.push(format!("latest_date {} != {l}", f["latest_date"]));
    }
    if let Some(h) = e.home
        && f["on_homepage"].as_bool() != Some(h)
    {
        bad.push(format!("on_homepage {} != {h}", f["on_homepage"]));
    }
    if let Some(c) = e.class
        && f["error"]["class"].as_str() != Some(c)
    {
        bad.push(format!("error.class {} != {c}", f["error"]["class"]));
    }
    bad
}

#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    found_right: usize,
    reported: usize,
    true_pos: usize,
}

/// Builds and serves the portals, runs govcheck on each, prints the table,
/// the misses and the false positives; returns whether every group passes.
pub fn run(bin: &str) -> bool {
    let mut listeners = Vec::new();
    let mut bind = || {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.set_nonblocking(true).expect("nonblocking");
        let port = l.local_addr().expect("addr").port();
        listeners.push(l);
        port
    };
    let ports = Ports {
        a: bind(),
        b: bind(),
        c: bind(),
        d: bind(),
        e: bind(),
        f: bind(),
        closed: {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
            l.local_addr().expect("addr").port()
        },
    };
    let gh = PortsGh {
        g: bind(),
        h: bind(),
    };
    let a = portal_a(&ports);
    let b = portal_b(&ports);
    let mut c = portal_c(&ports);
    let d = portal_d(&ports);
    d_expectations(&mut c, &d);
    let e = portal_e(&ports);
    let f = portal_f(&ports);
    let g = portal_g(&gh);
    let h = portal_h(&gh);
    let portals = vec![a, b, c, d, e, f, g, h];

    let dir = tempfile::tempdir().expect("tempdir");
    let words = dir.path().join("holdout2-words.tsv");
    std::fs::write(&words, WORDS).expect("write words");

    let mut runs = Vec::new();
    let mut exps: Vec<Exp> = Vec::new();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    for (portal, listener) in portals.into_iter().zip(listeners) {
        let Portal {
            name,
            port,
            routes,
            exp,
            check,
            ..
        } = portal;
        exps.extend(exp);
        let _guard = rt.enter();
        let l = tokio::net::TcpListener::from_std(listener).expect("from_std");
        rt.spawn(crate::server::serve(l, routes));
        if let Some((path, category)) = check {
            runs.push((name, format!("http://127.0.0.1:{port}{path}"), category));
        }
    }

    // run the portals in parallel, each as its own govcheck process
    let mut handles = Vec::new();
    for (i, (name, url, category)) in runs.iter().enumerate() {
        let out = dir.path().join(format!("report-{i}.json"));
        let mut cmd = Command::new(bin);
        cmd.args([
            "check",
            url,
            "--category",
            category,
            "--as-of",
            "2024-03-31",
        ])
        .arg("--words")
        .arg(&words)
        .args(["--rate", "50", "--timeout", "3", "--out"])
        .arg(&out);
        let name = *name;
        handles.push(std::thread::spawn(move || {
            let o = cmd.output().expect("run govcheck");
            if !o.status.success() {
                eprintln!(
                    "[{name}] govcheck failed: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
            }
            let text = std::fs::read_to_string(&out).unwrap_or_default();
            if let Ok(keep) = std::env::var("HOLDOUT2_KEEP") {
                let _ = std::fs::create_dir_all(&keep);
                let _ = std::fs::write(format!("{keep}/{name}.json"), &text);
            }
            let v: serde_json::Value =
                serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
            (name, v)
        }));
    }
    let mut reports: HashMap<&str, serde_json::Value> = HashMap::new();
    for h in handles {
        let (name, v) = h.join().expect("thread");
        reports.insert(name, v);
    }

    let mut scores: HashMap<&str, Score> = HashMap::new();
    let mut evidence_total = 0usize;
    let mut evidence_right = 0usize;
    let mut misses = Vec::new();
    let mut wrong = Vec::new();
    let mut fps = Vec::new();
    for (name, _, _) in &runs {
        let findings = reports
            .get(name)
            .and_then(|v| v["findings"].as_array().cloned())
            .unwrap_or_default();
        if findings.is_empty() {
            eprintln!("[{name}] no findings / no report");
        }
        let mine: Vec<&Exp> = exps.iter().filter(|e| e.portal == *name).collect();
        let mut used = vec![false; findings.len()];
        for e in &mine {
            let g = group(e.kind).expect("expectation kind has a group");
            let sc = scores.entry(g).or_default();
            sc.expected += 1;
            let hit = findings.iter().enumerate().find(|(i, f)| {
                !used[*i] && f["kind"].as_str() == Some(e.kind) && key_of(f) == e.key
            });
            match hit {
                Some((i, f)) => {
                    used[i] = true;
                    sc.found += 1;
                    let bad = evidence(e, f);
                    if e.latest.is_some() || e.home.is_some() || e.class.is_some() {
                        evidence_total += 1;
                        if bad.is_empty() {
                            evidence_right += 1;
                        }
                    }
                    if bad.is_empty() {
                        sc.found_right += 1;
                    } else {
                        wrong.push(format!(
                            "WRONG EVIDENCE [{name}] {} {} ({}): {}\n    govcheck: {}",
                            e.kind,
                            e.key,
                            e.note,
                            bad.join("; "),
                            f
                        ));
                    }
                }
                None => misses.push(format!(
                    "MISS [{name}] {} {:?} latest={:?} home={:?} class={:?} ({})",
                    e.kind, e.key, e.latest, e.home, e.class, e.note
                )),
            }
        }
        for (i, f) in findings.iter().enumerate() {
            let kind = f["kind"].as_str().unwrap_or("");
            let Some(g) = group(kind) else {
                if kind != "column_due_soon" {
                    fps.push(format!("OTHER [{name}] {f}"));
                }
                continue;
            };
            let sc = scores.entry(g).or_default();
            sc.reported += 1;
            if used[i] {
                sc.true_pos += 1;
            } else {
                fps.push(format!("FALSE POSITIVE [{name}] {f}"));
            }
        }
    }

    let mut ok = true;
    println!("\nholdout2: {} portals run", runs.len());
    println!(
        "{:<9} {:>4} {:>5} {:>7} {:>7} {:>9} {:>6}  thresholds",
        "group", "exp", "found", "recall", "strict", "precision", "rep"
    );
    for g in ["links", "words", "columns", "services"] {
        let sc = scores.remove(g).unwrap_or_default();
        let recall = if sc.expected == 0 {
            1.0
        } else {
            sc.found as f64 / sc.expected as f64
        };
        let strict = if sc.expected == 0 {
            1.0
        } else {
            sc.found_right as f64 / sc.expected as f64
        };
        let precision = if sc.reported == 0 {
            1.0
        } else {
            sc.true_pos as f64 / sc.reported as f64
        };
        let (tr, tp) = threshold(g);
        let pass = strict >= tr && precision >= tp;
        ok &= pass;
        println!(
            "{g:<9} {:>4} {:>5} {recall:>7.3} {strict:>7.3} {precision:>9.3} {:>6}  R≥{tr} P≥{tp} {}",
            sc.expected,
            sc.found,
            sc.reported,
            if pass { "PASS" } else { "FAIL" }
        );
    }
    println!("evidence right: {evidence_right}/{evidence_total}");
    for m in misses.iter().chain(&wrong).chain(&fps) {
        println!("{m}");
    }
    ok
}
