//! The SQLite store on a real file: save, resume, clear, probes, locking.

mod common;

use chrono::NaiveDateTime;
use common::*;
use govcheck_model::Category;
use govcheck_report::{Probe, SqliteStore, Store, StoreError, monthly_check};
use std::time::Duration;

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

#[test]
fn reports_survive_reopening_and_upsert_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("govcheck.sqlite");
    {
        let mut store = SqliteStore::open(&path).unwrap();
        assert!(store.is_wal(), "the store should run in WAL mode");
        assert_eq!(
            store.schema_version().unwrap(),
            SqliteStore::supported_version()
        );
        store
            .save_report("2024-01", &full_report("b-county", "2024-01-31"))
            .unwrap();
        store
            .save_report(
                "2024-01",
                &clean_report(
                    "a-dept",
                    "市教育局",
                    Category::Department,
                    "2024-01-31",
                    92.0,
                ),
            )
            .unwrap();
        store
            .save_report(
                "2024-02",
                &clean_report(
                    "a-dept",
                    "市教育局",
                    Category::Department,
                    "2024-02-29",
                    85.0,
                ),
            )
            .unwrap();
        // Dropped without any explicit close: every save was committed.
    }
    let mut store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.months().unwrap(), vec!["2024-01", "2024-02"]);
    let finished = store.finished_sites("2024-01").unwrap();
    assert_eq!(
        finished.into_iter().collect::<Vec<_>>(),
        vec!["a-dept", "b-county"]
    );

    let jan = store.reports("2024-01").unwrap();
    assert_eq!(jan.len(), 2);
    assert_eq!(jan[0].site.id, "a-dept", "reports come back by site id");
    assert_eq!(
        jan[1],
        full_report("b-county", "2024-01-31"),
        "a report round-trips whole"
    );

    // Saving again replaces, it does not add a row.
    let better = clean_report(
        "b-county",
        "乙县人民政府",
        Category::County,
        "2024-01-31",
        88.0,
    );
    store.save_report("2024-01", &better).unwrap();
    let jan = store.reports("2024-01").unwrap();
    assert_eq!(jan.len(), 2);
    assert_eq!(jan[1], better);
}

#[test]
fn resumed_sweep_gives_the_same_monthly_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sweep.db");
    let all: Vec<_> = (0..6)
        .map(|i| {
            clean_report(
                &format!("site{i}"),
                "某网站",
                Category::Institution,
                "2024-03-31",
                70.0 + i as f64,
            )
        })
        .chain([full_report("zz-county", "2024-03-31")])
        .collect();
    let uninterrupted = monthly_check("2024-03", date("2024-03-31"), all.clone());

    // First run "killed" after three sites.
    {
        let mut store = SqliteStore::open(&path).unwrap();
        for r in &all[..3] {
            store.save_report("2024-03", r).unwrap();
        }
    }
    // Second run skips what is finished.
    let mut store = SqliteStore::open(&path).unwrap();
    let finished = store.finished_sites("2024-03").unwrap();
    assert_eq!(finished.len(), 3);
    let mut crawled = 0;
    for r in all.iter().rev() {
        if !finished.contains(&r.site.id) {
            store.save_report("2024-03", r).unwrap();
            crawled += 1;
        }
    }
    assert_eq!(crawled, all.len() - 3);
    let resumed = monthly_check(
        "2024-03",
        date("2024-03-31"),
        store.reports("2024-03").unwrap(),
    );
    assert_eq!(
        serde_json::to_string_pretty(&resumed).unwrap(),
        serde_json::to_string_pretty(&uninterrupted).unwrap()
    );
}

#[test]
fn clear_month_forgets_only_that_month() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("s.db")).unwrap();
    store
        .save_report("2024-01", &full_report("a", "2024-01-31"))
        .unwrap();
    store
        .save_report("2024-02", &full_report("a", "2024-02-29"))
        .unwrap();
    store.clear_month("2024-01").unwrap();
    assert!(store.finished_sites("2024-01").unwrap().is_empty());
    assert!(store.reports("2024-01").unwrap().is_empty());
    assert_eq!(store.months().unwrap(), vec!["2024-02"]);
    assert_eq!(store.reports("2024-02").unwrap().len(), 1);
}

#[test]
fn malformed_months_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("s.db")).unwrap();
    for bad in ["2024-13", "2024-1", "24-01", "2024/01", "", "2024-01-01"] {
        let err = store
            .save_report(bad, &full_report("a", "2024-01-31"))
            .unwrap_err();
        assert!(
            matches!(err, StoreError::InvalidMonth(ref m) if m == bad),
            "{bad}: {err}"
        );
        assert!(store.finished_sites(bad).is_err());
    }
    assert!(store.months().unwrap().is_empty());
}

#[test]
fn probes_are_windowed_by_time_and_site() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("p.db")).unwrap();
    let probe = |site: &str, when: &str, ok: bool| Probe {
        site_id: site.into(),
        url: format!("http://{site}.example.gov.cn/"),
        at: at(when),
        ok,
        status: ok.then_some(200),
        error: (!ok).then(|| "connect: connection refused".to_string()),
        elapsed_ms: 120,
    };
    // Recorded out of order: the store returns them by time.
    store
        .record_probe(&probe("a", "2024-03-30 08:00:00", true))
        .unwrap();
    store
        .record_probe(&probe("a", "2024-03-20 08:00:00", false))
        .unwrap();
    store
        .record_probe(&probe("a", "2024-03-25 08:00:00", false))
        .unwrap();
    store
        .record_probe(&probe("b", "2024-03-29 08:00:00", true))
        .unwrap();
    store
        .record_probe(&probe("a", "2024-03-24 23:59:59", true))
        .unwrap();

    let window = store.probes_since("a", at("2024-03-25 00:00:00")).unwrap();
    assert_eq!(window.len(), 2);
    assert_eq!(window[0], probe("a", "2024-03-25 08:00:00", false));
    assert_eq!(window[1], probe("a", "2024-03-30 08:00:00", true));
    // The lower bound is inclusive.
    let exact = store.probes_since("a", at("2024-03-24 23:59:59")).unwrap();
    assert_eq!(exact.len(), 3);
    assert!(
        store
            .probes_since("c", at("2000-01-01 00:00:00"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .probes_since("b", at("2000-01-01 00:00:00"))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn two_handles_on_one_file_both_write() {
    // Two connections behave as two processes do: WAL lets both work,
    // writes wait for each other instead of failing.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut one = SqliteStore::open(&path).unwrap();
    let mut two = SqliteStore::open(&path).unwrap();
    for i in 0..5 {
        one.save_report("2024-01", &full_report(&format!("one{i}"), "2024-01-31"))
            .unwrap();
        two.save_report("2024-01", &full_report(&format!("two{i}"), "2024-01-31"))
            .unwrap();
    }
    assert_eq!(one.finished_sites("2024-01").unwrap().len(), 10);
    assert_eq!(two.reports("2024-01").unwrap().len(), 10);
}

#[test]
fn a_database_locked_by_another_process_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.db");
    let mut store = SqliteStore::open_with_timeout(&path, Duration::from_millis(50)).unwrap();
    // Another "process" holds the write lock.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = store
        .save_report("2024-01", &full_report("a", "2024-01-31"))
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains("locked.db") && msg.contains("another process"),
        "{msg}"
    );
    // Reading still works while the other writer holds its lock (WAL).
    assert!(store.finished_sites("2024-01").unwrap().is_empty());
    other.execute_batch("ROLLBACK").unwrap();
    store
        .save_report("2024-01", &full_report("a", "2024-01-31"))
        .unwrap();
}

#[test]
fn a_newer_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    drop(SqliteStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE schema_version SET version = 99", [])
        .unwrap();
    drop(conn);
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
}

#[test]
fn a_missing_folder_names_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/folder/x.db");
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(err.to_string().contains("no/such/folder"), "{err}");
}

#[test]
fn the_store_can_move_to_another_thread() {
    fn assert_send<T: Send>() {}
    assert_send::<SqliteStore>();
    assert_send::<Box<dyn Store + Send>>();
}

#[test]
fn a_quarter_is_rebuilt_from_the_store_and_from_files() {
    use govcheck_report::{
        MONTHLY_CHECK_FILE, ReadError, read_quarter_from_dir, read_quarter_from_store,
        stored_monthly_check, write_json_atomic,
    };
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("h.db")).unwrap();
    store
        .save_report("2024-01", &full_report("a", "2024-01-31"))
        .unwrap();
    store
        .save_report("2024-03", &full_report("a", "2024-03-31"))
        .unwrap();
    store
        .save_report("2024-04", &full_report("a", "2024-04-30"))
        .unwrap();
    assert!(stored_monthly_check(&store, "2024-02").unwrap().is_none());
    let from_store = read_quarter_from_store(&store, "2024-Q1").unwrap();
    let months: Vec<&str> = from_store.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, ["2024-01", "2024-03"]);
    assert_eq!(from_store[1].as_of, date("2024-03-31"));

    // The same checks written as a sweep writes them read back equal.
    let out = dir.path().join("out");
    for m in &from_store {
        std::fs::create_dir_all(out.join(&m.month)).unwrap();
        write_json_atomic(&out.join(&m.month).join(MONTHLY_CHECK_FILE), m).unwrap();
    }
    assert_eq!(read_quarter_from_dir(&out, "2024-Q1").unwrap(), from_store);
    assert!(read_quarter_from_dir(&out, "2024-Q2").unwrap().is_empty());

    // A file in the wrong folder, or of the wrong document, is refused.
    std::fs::create_dir_all(out.join("2024-02")).unwrap();
    std::fs::copy(
        out.join("2024-01").join(MONTHLY_CHECK_FILE),
        out.join("2024-02").join(MONTHLY_CHECK_FILE),
    )
    .unwrap();
    let err = read_quarter_from_dir(&out, "2024-Q1").unwrap_err();
    assert!(matches!(err, ReadError::WrongMonth { .. }), "{err}");
    std::fs::write(
        out.join("2024-02").join(MONTHLY_CHECK_FILE),
        serde_json::to_string(&full_report("a", "2024-02-29")).unwrap(),
    )
    .unwrap();
    let err = read_quarter_from_dir(&out, "2024-Q1").unwrap_err();
    assert!(err.to_string().contains("2024-02"), "{err}");
}

/// The child half of `a_second_process_holding_the_lock_is_reported`: holds
/// the write lock until told to let go.
fn hold_lock_as_child(db: &str) {
    let dir = std::path::Path::new(db).parent().unwrap().to_path_buf();
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    std::fs::write(dir.join("locked"), b"").unwrap();
    while !dir.join("release").exists() {
        std::thread::sleep(Duration::from_millis(10));
    }
    conn.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn a_second_process_holding_the_lock_is_reported() {
    if let Ok(db) = std::env::var("GOVCHECK_TEST_LOCK_CHILD") {
        hold_lock_as_child(&db);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two-processes.db");
    let mut store = SqliteStore::open_with_timeout(&path, Duration::from_millis(50)).unwrap();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "a_second_process_holding_the_lock_is_reported",
            "--nocapture",
        ])
        .env("GOVCHECK_TEST_LOCK_CHILD", &path)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    while !dir.path().join("locked").exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the child exited early: {status}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let err = store
        .save_report("2024-01", &full_report("a", "2024-01-31"))
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err:?}");
    assert!(
        store.reports("2024-01").unwrap().is_empty(),
        "readers are not blocked"
    );
    std::fs::write(dir.path().join("release"), b"").unwrap();
    assert!(child.wait().unwrap().success());
    store
        .save_report("2024-01", &full_report("a", "2024-01-31"))
        .unwrap();
    assert_eq!(store.finished_sites("2024-01").unwrap().len(), 1);
}
