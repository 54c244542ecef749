//! End-to-end tests: the real `govcheck` binary against the sample
//! portals of `govcheck-testsite`, served on 127.0.0.1.
//!
//! The portals say what a correct inspection finds (`testsite::expected`);
//! these tests hold the product to exactly that: nothing missed, nothing
//! extra.

use govcheck_model::{FindingDetail, MonthlyCheck, QuarterlyCircular, SiteReport};
use govcheck_testsite::Network;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The sample network, running on its own runtime while the test drives
/// the binary synchronously.
struct Portals {
    network: Network,
    _runtime: tokio::runtime::Runtime,
}

impl Portals {
    fn start() -> Portals {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let network = runtime
            .block_on(Network::start())
            .expect("sample portals start");
        Portals {
            network,
            _runtime: runtime,
        }
    }

    fn sites_file(&self, dir: &Path) -> PathBuf {
        let path = dir.join("sites.toml");
        std::fs::write(&path, self.network.sites_toml()).unwrap();
        path
    }

    fn url(&self, id: &str) -> String {
        self.network.portal(id).expect("portal").url.clone()
    }
}

fn govcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_govcheck"))
        .args(args)
        .env("GOVCHECK_LOG", "error")
        .output()
        .expect("run govcheck")
}

fn ok(out: &Output) -> &Output {
    assert!(
        out.status.success(),
        "govcheck failed ({:?}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Validates a document the binary wrote against the schema shipped in
/// `schemas/`.
fn assert_matches_schema(schema_file: &str, document: &Path) {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../schemas")
        .join(schema_file);
    let schema: serde_json::Value = read(&schema_path);
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let instance: serde_json::Value = read(document);
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{} against {schema_file}: {errors:#?}",
        document.display()
    );
}

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Fast but still polite settings for loopback portals.
const CRAWL: &[&str] = &["--rate", "50", "--timeout", "5", "-q"];

fn sweep(sites: &Path, month: &str, out_dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "sweep",
        "--sites",
        sites.to_str().unwrap(),
        "--month",
        month,
        "--out-dir",
        out_dir.to_str().unwrap(),
    ];
    args.extend_from_slice(CRAWL);
    args.extend_from_slice(extra);
    govcheck(&args)
}

fn path_of(url: &str) -> String {
    let u = url::Url::parse(url).unwrap();
    match u.query() {
        Some(q) => format!("{}?{}", u.path(), q),
        None => u.path().to_string(),
    }
}

/// The `(portal, kind, key)` a finding is expected under.
fn key_of(site: &str, detail: &FindingDetail) -> (String, String, String) {
    let key = match detail {
        FindingDetail::SiteUnreachable { .. } | FindingDetail::StaleHomepage { .. } => {
            String::new()
        }
        FindingDetail::MissingColumn { column, .. }
        | FindingDetail::BlankColumn { column, .. }
        | FindingDetail::StaleColumn { column, .. }
        | FindingDetail::ColumnDueSoon { column, .. } => column.clone(),
        FindingDetail::BrokenLink { url, .. } => path_of(url),
        FindingDetail::SensitiveWord { word, .. } => word.clone(),
        FindingDetail::ServiceGuideIncomplete { url, .. }
        | FindingDetail::UnansweredMessage { url, .. } => path_of(url),
    };
    (site.to_string(), detail.kind().to_string(), key)
}

fn compare(month: &str, reports: &[SiteReport]) -> Vec<String> {
    let expected: BTreeSet<(String, String, String)> = govcheck_testsite::expected(month)
        .into_iter()
        .map(|e| (e.portal.to_string(), e.kind.to_string(), e.key))
        .collect();
    let found: BTreeSet<(String, String, String)> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(|f| key_of(&r.site.id, &f.detail)))
        .collect();
    let mut problems = Vec::new();
    for e in expected.difference(&found) {
        problems.push(format!("{month}: missed {e:?}"));
    }
    for f in found.difference(&expected) {
        problems.push(format!("{month}: unexpected {f:?}"));
    }
    problems
}

#[test]
fn three_monthly_sweeps_find_exactly_the_planted_problems_and_a_circular_follows() {
    let portals = Portals::start();
    let dir = tempfile::tempdir().unwrap();
    let sites = portals.sites_file(dir.path());
    let out = dir.path().join("out");
    let mut problems = Vec::new();
    for (month, _) in govcheck_testsite::MONTHS {
        portals.network.set_month(month);
        ok(&sweep(&sites, month, &out, &[]));
        let monthly_path = out.join(month).join("monthly-check.json");
        assert_matches_schema("monthly-check.schema.json", &monthly_path);
        let monthly: MonthlyCheck = read(&monthly_path);
        assert_eq!(monthly.schema, "govcheck/monthly-check/v1");
        assert_eq!(monthly.month, month);
        assert_eq!(monthly.sites.len(), portals.network.portals().len());
        let ids: Vec<&str> = monthly.sites.iter().map(|s| s.site.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "sites are ordered by id");
        problems.extend(compare(month, &monthly.sites));
        for (id, qualified) in govcheck_testsite::qualified(month) {
            let site = monthly.sites.iter().find(|s| s.site.id == id).unwrap();
            if site.verdict.qualified != qualified {
                problems.push(format!(
                    "{month}: {id} qualified={} (vetoes {:?}, score {}), expected {qualified}",
                    site.verdict.qualified, site.verdict.vetoes, site.verdict.score
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "findings differ from the planted ones:\n{}",
        problems.join("\n")
    );

    ok(&govcheck(&[
        "circular",
        "--quarter",
        "2024-Q1",
        "--reports",
        out.to_str().unwrap(),
    ]));
    let circular_path = out.join("2024-Q1").join("quarterly-circular.json");
    assert_matches_schema("quarterly-circular.schema.json", &circular_path);
    let circular: QuarterlyCircular = read(&circular_path);
    assert_eq!(circular.schema, "govcheck/quarterly-circular/v1");
    assert_eq!(circular.months, vec!["2024-01", "2024-02", "2024-03"]);
    assert_eq!(circular.sites.len(), portals.network.portals().len());
    assert!(
        circular
            .summary
            .unqualified
            .contains(&"inst-down".to_string())
    );
    let md = std::fs::read_to_string(out.join("2024-Q1").join("quarterly-circular.md")).unwrap();
    for heading in ["一、总体情况", "二、存在问题", "三、整改要求", "附件"] {
        assert!(md.contains(heading), "draft lacks {heading}");
    }
    assert!(out.join("2024-Q1").join("quarterly-circular.html").exists());
}

#[test]
fn check_writes_a_site_report_and_an_unreachable_site_is_a_veto() {
    let portals = Portals::start();
    portals.network.set_month("2024-03");
    let dir = tempfile::tempdir().unwrap();
    let report_path = dir.path().join("good.json");
    let mut args = vec![
        "check",
        portals.url("county-good").leak(),
        "--as-of",
        "2024-03-31",
        "--out",
        report_path.to_str().unwrap(),
    ];
    args.extend_from_slice(CRAWL);
    ok(&govcheck(&args));
    assert_matches_schema("site-report.schema.json", &report_path);
    let report: SiteReport = read(&report_path);
    assert_eq!(report.schema, "govcheck/site-report/v1");
    assert_eq!(report.as_of.to_string(), "2024-03-31");
    assert!(report.stats.pages_fetched > 5, "{:?}", report.stats);
    assert!(
        report.verdict.qualified,
        "{:?} {:?}",
        report.verdict, report.findings
    );

    // Standard output when no --out is given; an unreachable homepage is a veto.
    let mut args = vec![
        "check",
        portals.url("inst-down").leak(),
        "--as-of",
        "2024-03-31",
    ];
    args.extend_from_slice(CRAWL);
    let out = ok(&govcheck(&args)).stdout.clone();
    let report: SiteReport = serde_json::from_slice(&out).unwrap();
    assert!(!report.verdict.qualified);
    assert_eq!(report.verdict.vetoes, vec!["site_unreachable"]);
    assert_eq!(
        report.verdict.score, 0.0,
        "an unreachable site earns no points"
    );
    match &report.findings[0].detail {
        FindingDetail::SiteUnreachable {
            attempts, errors, ..
        } => {
            assert!(*attempts >= 2, "retried before giving up");
            assert_eq!(
                errors[0], "首页无法打开：HTTP 503",
                "the cause first, in Chinese: {errors:?}"
            );
        }
        other => panic!("expected site_unreachable, got {other:?}"),
    }
}

#[test]
fn per_host_rate_is_never_exceeded_by_the_servers_own_clock() {
    let portals = Portals::start();
    portals.network.set_month("2024-03");
    let rate = 10.0;
    let mut args = vec![
        "check",
        portals.url("dept-broken").leak(),
        "--as-of",
        "2024-03-31",
        "--rate",
        "10",
        "-q",
    ];
    args.extend_from_slice(&["--timeout", "5"]);
    ok(&govcheck(&args));
    let requests = portals.network.requests("dept-broken");
    assert!(
        requests.len() > 10,
        "the crawl made requests: {}",
        requests.len()
    );
    let min_gap = std::time::Duration::from_secs_f64(1.0 / rate);
    // Allow 5 ms for scheduling granularity between the limiter and the server's clock.
    let tolerance = std::time::Duration::from_millis(5);
    for pair in requests.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(
            gap + tolerance >= min_gap,
            "two requests {gap:?} apart ({} then {}), limit {min_gap:?}",
            pair[0].path_and_query,
            pair[1].path_and_query
        );
    }
}

#[test]
fn a_killed_sweep_resumes_to_the_same_monthly_check() {
    let portals = Portals::start();
    portals.network.set_month("2024-02");
    let dir = tempfile::tempdir().unwrap();
    let sites = portals.sites_file(dir.path());

    let whole = dir.path().join("whole");
    ok(&sweep(&sites, "2024-02", &whole, &[]));

    // Kill a second sweep with SIGKILL while it runs, then run it again.
    let resumed = dir.path().join("resumed");
    let mut child = Command::new(env!("CARGO_BIN_EXE_govcheck"))
        .args([
            "sweep",
            "--sites",
            sites.to_str().unwrap(),
            "--month",
            "2024-02",
            "--out-dir",
        ])
        .arg(&resumed)
        .args(["--rate", "5", "--parallel-sites", "2", "-q"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_secs(4));
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    ok(&sweep(&sites, "2024-02", &resumed, &[]));

    let a: MonthlyCheck = read(&whole.join("2024-02").join("monthly-check.json"));
    let b: MonthlyCheck = read(&resumed.join("2024-02").join("monthly-check.json"));
    assert_eq!(without_timings(a), without_timings(b));
}

fn without_timings(mut m: MonthlyCheck) -> MonthlyCheck {
    for s in &mut m.sites {
        s.stats.duration_ms = 0;
    }
    m
}

#[test]
fn bad_configuration_exits_2_naming_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let sites = dir.path().join("sites.toml");
    std::fs::write(
        &sites,
        "[[site]]\nid = \"a\"\nname = \"甲\"\nurl = \"http://127.0.0.1:9/\"\ncategory = \"city\"\n",
    )
    .unwrap();
    let out = govcheck(&[
        "sweep",
        "--sites",
        sites.to_str().unwrap(),
        "--month",
        "2024-03",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("sites.toml:5: field `category`"), "{err}");

    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "[scoring]\npas = 60\n").unwrap();
    let out = govcheck(&[
        "check",
        "http://127.0.0.1:9/",
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("rules.toml:2"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = govcheck(&[
        "sweep",
        "--sites",
        sites.to_str().unwrap(),
        "--month",
        "2024-13",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn words_command_reports_hits_in_local_files() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>t</title><script>var a='国家工商行政管理总局';</script></head>\
         <body><p>原国土资源部的职能已调整。</p><p>国家工商<span>行政管理总局</span>发布通知。</p></body></html>",
    )
    .unwrap();
    let out = ok(&govcheck(&["words", page.to_str().unwrap()]))
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    assert_eq!(
        text.lines()
            .filter(|l| l.contains("国家工商行政管理总局"))
            .count(),
        1,
        "{text}"
    );
    assert!(
        !text.contains(": 国土资源部 →"),
        "allowed phrase reported: {text}"
    );
}

#[test]
fn demo_leaves_monthly_checks_and_a_circular() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("demo");
    let out = ok(&govcheck(&[
        "-q",
        "demo",
        "--out-dir",
        out_dir.to_str().unwrap(),
    ]))
    .stdout
    .clone();
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("2024-Q1"), "{text}");
    for month in ["2024-01", "2024-02", "2024-03"] {
        let m: MonthlyCheck = read(&out_dir.join(month).join("monthly-check.json"));
        assert_eq!(m.month, month);
    }
    let c: QuarterlyCircular = read(&out_dir.join("2024-Q1").join("quarterly-circular.json"));
    assert_eq!(c.quarter, "2024-Q1");
    assert!(
        out_dir
            .join("2024-Q1")
            .join("quarterly-circular.html")
            .exists()
    );
}

#[test]
fn recorded_probes_decide_site_unreachable_with_the_failure_rate_as_evidence() {
    let portals = Portals::start();
    portals.network.set_month("2024-03");
    let dir = tempfile::tempdir().unwrap();
    let sites = portals.sites_file(dir.path());
    let out = dir.path().join("out");
    let db = out.join("govcheck.sqlite");
    // The indicators want ≥ 20 probes in the window; make 20 rounds.
    for _ in 0..20 {
        ok(&govcheck(&[
            "-q",
            "probe",
            "--sites",
            sites.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
            "--timeout",
            "5",
        ]));
    }
    ok(&sweep(&sites, "2024-03", &out, &[]));
    let monthly: MonthlyCheck = read(&out.join("2024-03").join("monthly-check.json"));
    let down = monthly
        .sites
        .iter()
        .find(|s| s.site.id == "inst-down")
        .unwrap();
    match &down.findings[0].detail {
        FindingDetail::SiteUnreachable {
            probe_failure_rate,
            probes,
            ..
        } => {
            assert_eq!(*probe_failure_rate, Some(1.0));
            assert_eq!(*probes, Some(20));
        }
        other => panic!("expected site_unreachable, got {other:?}"),
    }
    let good = monthly
        .sites
        .iter()
        .find(|s| s.site.id == "county-good")
        .unwrap();
    assert!(
        good.verdict.qualified,
        "a site answering every probe stays qualified"
    );
}

#[test]
fn ctrl_c_stops_a_sweep_cleanly_and_the_next_run_finishes_it() {
    let portals = Portals::start();
    portals.network.set_month("2024-03");
    let dir = tempfile::tempdir().unwrap();
    let sites = portals.sites_file(dir.path());
    let out = dir.path().join("out");
    let child = Command::new(env!("CARGO_BIN_EXE_govcheck"))
        .args([
            "sweep",
            "--sites",
            sites.to_str().unwrap(),
            "--month",
            "2024-03",
            "--out-dir",
        ])
        .arg(&out)
        .args(["--rate", "5", "--parallel-sites", "2", "-q"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_secs(3));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let interrupted = child.wait_with_output().unwrap();
    assert_eq!(
        interrupted.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&interrupted.stderr)
    );
    assert!(String::from_utf8_lossy(&interrupted.stderr).contains("再次运行同一命令即可继续"));
    assert!(
        !out.join("2024-03").join("monthly-check.json").exists(),
        "no partial monthly check"
    );

    ok(&sweep(&sites, "2024-03", &out, &[]));
    let monthly: MonthlyCheck = read(&out.join("2024-03").join("monthly-check.json"));
    assert_eq!(monthly.sites.len(), portals.network.portals().len());
}
