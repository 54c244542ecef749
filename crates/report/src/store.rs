//! The history store: site reports per month and availability probes.
//!
//! A sweep saves each site report as soon as the site finishes, so a killed
//! sweep resumes from what is stored. The [`Store`] trait is deliberately
//! small so that a PostgreSQL backend (sweeps shared by several machines)
//! can implement it with the same table layout; [`SqliteStore`] is the
//! embedded default.

use crate::monthly::grade_key;
use chrono::{NaiveDate, NaiveDateTime};
use govcheck_model::SiteReport;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One homepage availability probe (`govcheck probe`, run from cron).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Probe {
    pub site_id: String,
    pub url: String,
    /// When the probe was sent, in UTC.
    pub at: NaiveDateTime,
    pub ok: bool,
    /// HTTP status, where the server answered.
    pub status: Option<u16>,
    /// Why the probe failed, where it failed.
    pub error: Option<String>,
    pub elapsed_ms: u64,
}

/// Errors of a store. Each names what was being done, so that a message
/// printed to the office tells which file or month is at fault.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the history database {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "the history database {path} is in use by another process (still locked after {waited_ms} ms); \
         wait for the other sweep to finish or choose another file with --db"
    )]
    Busy { path: PathBuf, waited_ms: u64 },
    #[error(
        "the history database {path} has schema version {found}, newer than this govcheck understands ({supported}); \
         use a newer govcheck or another --db"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("history database {path}: {action}: {source}")]
    Sqlite {
        path: PathBuf,
        action: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "history database {path}: stored report of site `{site_id}` for {month} is not valid: {source}"
    )]
    Corrupt {
        path: PathBuf,
        month: String,
        site_id: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("cannot encode the report of site `{site_id}` as JSON: {source}")]
    Encode {
        site_id: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("`{0}` is not a month; expected YYYY-MM, e.g. 2024-03")]
    InvalidMonth(String),
}

/// Where sweeps keep their results between runs.
///
/// Every write is durable when the call returns (one transaction), so a
/// sweep killed at any point loses at most the site it was working on.
pub trait Store {
    /// Saves (or replaces) the report of `report.site.id` for `month`.
    fn save_report(&mut self, month: &str, report: &SiteReport) -> Result<(), StoreError>;
    /// Ids of the sites whose report for `month` is stored.
    fn finished_sites(&self, month: &str) -> Result<BTreeSet<String>, StoreError>;
    /// The stored reports of `month`, by site id.
    fn reports(&self, month: &str) -> Result<Vec<SiteReport>, StoreError>;
    /// Months with at least one stored report, ascending.
    fn months(&self) -> Result<Vec<String>, StoreError>;
    /// Forgets every report of `month` (`govcheck sweep --fresh`).
    fn clear_month(&mut self, month: &str) -> Result<(), StoreError>;
    /// Records one availability probe.
    fn record_probe(&mut self, probe: &Probe) -> Result<(), StoreError>;
    /// Probes of `site_id` sent at or after `since`, oldest first.
    fn probes_since(&self, site_id: &str, since: NaiveDateTime) -> Result<Vec<Probe>, StoreError>;
}

/// The migrations, in order; the database records how many were applied.
const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_init.sql")];

/// How long a write waits for another process's lock before giving up.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Text form of probe times: fixed width, so text order is time order.
const AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.6f";

/// The embedded store: one SQLite file in WAL mode.
///
/// Several processes may open the same file: readers never block, writers
/// wait for each other up to the busy timeout and then fail with
/// [`StoreError::Busy`] naming the file.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    busy_timeout: Duration,
    wal: bool,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date. The parent folder must exist.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with_timeout(path, DEFAULT_BUSY_TIMEOUT)
    }

    /// As [`SqliteStore::open`], waiting at most `busy_timeout` for a lock
    /// held by another process.
    pub fn open_with_timeout(path: &Path, busy_timeout: Duration) -> Result<Self, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
            busy_timeout,
            wal: false,
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the database runs in WAL mode (it does unless the file
    /// system refused it).
    pub fn is_wal(&self) -> bool {
        self.wal
    }

    /// The schema version of the open database (number of migrations applied).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
            .map_err(|e| self.err("reading the schema version", e))
    }

    /// The schema version this build creates.
    pub fn supported_version() -> i64 {
        MIGRATIONS.len() as i64
    }

    fn configure(&mut self) -> Result<(), StoreError> {
        self.conn
            .busy_timeout(self.busy_timeout)
            .map_err(|e| self.err("setting the busy timeout", e))?;
        // WAL: readers (a circular being drawn) never block the sweep, and a
        // commit is one append to the log.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| self.err("switching to WAL mode", e))?;
        // A file system without shared memory may refuse WAL; the store is
        // still correct in rollback-journal mode, only readers then wait.
        self.wal = mode.eq_ignore_ascii_case("wal");
        // FULL: a report is on disk when save_report returns, even if the
        // machine (not only the process) dies right after.
        self.conn
            .pragma_update(None, "synchronous", "FULL")
            .map_err(|e| self.err("setting synchronous mode", e))?;
        self.conn
            .pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| self.err("enabling foreign keys", e))?;
        Ok(())
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let waited = self.busy_timeout;
        let map = move |action: &'static str| {
            let path = path.clone();
            move |source: rusqlite::Error| sqlite_error(&path, waited, action, source)
        };
        // IMMEDIATE: two processes opening a new file at once do not both
        // run the first migration.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(map("starting the migration"))?;
        tx.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
            [],
        )
        .map_err(map("creating the schema version table"))?;
        let current: Option<i64> = tx
            .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
            .optional()
            .map_err(map("reading the schema version"))?;
        let current = match current {
            Some(v) => v,
            None => {
                tx.execute("INSERT INTO schema_version (version) VALUES (0)", [])
                    .map_err(map("initialising the schema version"))?;
                0
            }
        };
        let supported = MIGRATIONS.len() as i64;
        if current > supported {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: current,
                supported,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
            tx.execute_batch(sql).map_err(map("applying a migration"))?;
            tx.execute("UPDATE schema_version SET version = ?1", [i as i64 + 1])
                .map_err(map("recording the schema version"))?;
        }
        tx.commit().map_err(map("committing the migration"))?;
        Ok(())
    }

    fn err(&self, action: &'static str, source: rusqlite::Error) -> StoreError {
        sqlite_error(&self.path, self.busy_timeout, action, source)
    }
}

fn sqlite_error(
    path: &Path,
    waited: Duration,
    action: &'static str,
    source: rusqlite::Error,
) -> StoreError {
    match source.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StoreError::Busy {
            path: path.to_path_buf(),
            waited_ms: u64::try_from(waited.as_millis()).unwrap_or(u64::MAX),
        },
        _ => StoreError::Sqlite {
            path: path.to_path_buf(),
            action,
            source,
        },
    }
}

/// Checks the `YYYY-MM` form, so that a typo does not create a month of its own.
pub(crate) fn check_month(month: &str) -> Result<(), StoreError> {
    if is_month(month) {
        Ok(())
    } else {
        Err(StoreError::InvalidMonth(month.to_string()))
    }
}

/// `YYYY-MM` with a real month number.
pub(crate) fn is_month(month: &str) -> bool {
    let b = month.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[5..].iter().all(u8::is_ascii_digit)
        && NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").is_ok()
}

impl Store for SqliteStore {
    fn save_report(&mut self, month: &str, report: &SiteReport) -> Result<(), StoreError> {
        check_month(month)?;
        let json = serde_json::to_string(report).map_err(|source| StoreError::Encode {
            site_id: report.site.id.clone(),
            source,
        })?;
        let path = self.path.clone();
        let waited = self.busy_timeout;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| sqlite_error(&path, waited, "starting to save a report", e))?;
        tx.execute(
            "INSERT INTO site_report (month, site_id, as_of, qualified, score, grade, report)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (month, site_id) DO UPDATE SET
                 as_of = excluded.as_of, qualified = excluded.qualified,
                 score = excluded.score, grade = excluded.grade,
                 report = excluded.report,
                 saved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            params![
                month,
                report.site.id,
                report.as_of.format("%Y-%m-%d").to_string(),
                report.verdict.qualified,
                report.verdict.score,
                grade_key(report.verdict.grade),
                json
            ],
        )
        .map_err(|e| sqlite_error(&path, waited, "saving a report", e))?;
        tx.commit()
            .map_err(|e| sqlite_error(&path, waited, "committing a report", e))
    }

    fn finished_sites(&self, month: &str) -> Result<BTreeSet<String>, StoreError> {
        check_month(month)?;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT site_id FROM site_report WHERE month = ?1")
            .map_err(|e| self.err("listing finished sites", e))?;
        let rows = stmt
            .query_map([month], |r| r.get::<_, String>(0))
            .map_err(|e| self.err("listing finished sites", e))?;
        rows.collect::<Result<BTreeSet<_>, _>>()
            .map_err(|e| self.err("listing finished sites", e))
    }

    fn reports(&self, month: &str) -> Result<Vec<SiteReport>, StoreError> {
        check_month(month)?;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT site_id, report FROM site_report WHERE month = ?1 ORDER BY site_id",
            )
            .map_err(|e| self.err("reading reports", e))?;
        let rows = stmt
            .query_map([month], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(|e| self.err("reading reports", e))?;
        let mut out = Vec::new();
        for row in rows {
            let (site_id, json) = row.map_err(|e| self.err("reading reports", e))?;
            let report = serde_json::from_str(&json).map_err(|source| StoreError::Corrupt {
                path: self.path.clone(),
                month: month.to_string(),
                site_id,
                source,
            })?;
            out.push(report);
        }
        Ok(out)
    }

    fn months(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT month FROM site_report ORDER BY month")
            .map_err(|e| self.err("listing months", e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err("listing months", e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err("listing months", e))
    }

    fn clear_month(&mut self, month: &str) -> Result<(), StoreError> {
        check_month(month)?;
        let path = self.path.clone();
        let waited = self.busy_timeout;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| sqlite_error(&path, waited, "starting to clear a month", e))?;
        tx.execute("DELETE FROM site_report WHERE month = ?1", [month])
            .map_err(|e| sqlite_error(&path, waited, "clearing a month", e))?;
        tx.commit()
            .map_err(|e| sqlite_error(&path, waited, "committing the cleared month", e))
    }

    fn record_probe(&mut self, probe: &Probe) -> Result<(), StoreError> {
        let elapsed = i64::try_from(probe.elapsed_ms).unwrap_or(i64::MAX);
        self.conn
            .execute(
                "INSERT INTO probe (site_id, url, at, ok, status, error, elapsed_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    probe.site_id,
                    probe.url,
                    probe.at.format(AT_FORMAT).to_string(),
                    probe.ok,
                    probe.status,
                    probe.error,
                    elapsed
                ],
            )
            .map_err(|e| self.err("recording a probe", e))?;
        Ok(())
    }

    fn probes_since(&self, site_id: &str, since: NaiveDateTime) -> Result<Vec<Probe>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT site_id, url, at, ok, status, error, elapsed_ms FROM probe
                 WHERE site_id = ?1 AND at >= ?2 ORDER BY at, id",
            )
            .map_err(|e| self.err("reading probes", e))?;
        let rows = stmt
            .query_map(params![site_id, since.format(AT_FORMAT).to_string()], |r| {
                let at: String = r.get(2)?;
                let at = NaiveDateTime::parse_from_str(&at, AT_FORMAT).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        2,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
                let elapsed: i64 = r.get(6)?;
                Ok(Probe {
                    site_id: r.get(0)?,
                    url: r.get(1)?,
                    at,
                    ok: r.get(3)?,
                    status: r.get(4)?,
                    error: r.get(5)?,
                    elapsed_ms: u64::try_from(elapsed).unwrap_or(0),
                })
            })
            .map_err(|e| self.err("reading probes", e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err("reading probes", e))
    }
}
