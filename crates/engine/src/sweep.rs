//! A monthly sweep: every site of a list, in parallel (bounded), each
//! report stored as soon as its site finishes, so that a killed sweep
//! resumes where it stopped.

use crate::site::{Engine, ProbeWindow};
use chrono::{NaiveDate, NaiveDateTime};
use govcheck_config::sites::Site;
use govcheck_model::{MonthlyCheck, NotChecked};
use govcheck_report::Store;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

/// What a sweep needs besides the sites.
#[derive(Debug, Clone)]
pub struct SweepOptions {
    /// `YYYY-MM`.
    pub month: String,
    pub as_of: NaiveDate,
    /// `monthly-check.json` is written to `out_dir/YYYY-MM/`.
    pub out_dir: PathBuf,
    /// Check again the sites already finished this month.
    pub fresh: bool,
    /// Sites checked at the same time.
    pub parallel_sites: usize,
    /// A site taking longer than this is stopped and listed as not checked.
    pub site_timeout: Duration,
    /// End of the availability-probe window (normally now); `None` ignores probes.
    pub probes_until: Option<NaiveDateTime>,
}

/// How a sweep ended.
#[derive(Debug)]
pub struct SweepOutcome {
    /// The monthly check, when every site has a result (or a reason why not).
    pub monthly: Option<MonthlyCheck>,
    pub monthly_path: Option<PathBuf>,
    /// Sites checked in this run.
    pub checked_now: usize,
    /// Sites taken from the store (finished by an earlier, interrupted run).
    pub resumed: usize,
    /// Sites that could not be checked (crash, timeout), with the reason.
    pub not_checked: Vec<NotChecked>,
    /// The sweep was interrupted (Ctrl-C) before every site finished.
    pub cancelled: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SweepError {
    #[error("store: {0}")]
    Store(#[from] govcheck_report::StoreError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

type SharedStore = Arc<Mutex<Box<dyn Store + Send>>>;

/// Runs a sweep. `cancel` turning `true` stops it cleanly: sites in
/// flight are abandoned (they are checked again on the next run), finished
/// ones stay stored.
pub async fn sweep(
    engine: Arc<Engine>,
    sites: &[Site],
    store: Box<dyn Store + Send>,
    options: &SweepOptions,
    mut cancel: watch::Receiver<bool>,
) -> Result<SweepOutcome, SweepError> {
    let store: SharedStore = Arc::new(Mutex::new(store));
    let month = options.month.clone();
    if options.fresh {
        lock(&store).clear_month(&month)?;
    }
    let finished: BTreeSet<String> = lock(&store).finished_sites(&month)?;
    let wanted: BTreeSet<&str> = sites.iter().map(|s| s.id.as_str()).collect();
    let resumed = finished
        .iter()
        .filter(|id| wanted.contains(id.as_str()))
        .count();
    if resumed > 0 {
        tracing::info!(
            resumed,
            "sites already finished this month are taken from the store"
        );
    }

    let permits = Arc::new(Semaphore::new(options.parallel_sites.max(1)));
    let mut tasks = JoinSet::new();
    let mut task_site = std::collections::HashMap::new();
    for site in sites.iter().filter(|s| !finished.contains(&s.id)) {
        let probes = match options.probes_until {
            Some(until) => probe_window(&store, engine.as_ref(), &site.id, until)?,
            None => None,
        };
        let site = site.clone();
        let engine = engine.clone();
        let store = store.clone();
        let permits = permits.clone();
        let month = month.clone();
        let as_of = options.as_of;
        let timeout = options.site_timeout;
        let id = site.id.clone();
        let handle = tasks.spawn(async move {
            let _permit = permits.acquire_owned().await.expect("semaphore never closed");
            tracing::info!(site = %site.id, url = %site.url, "checking");
            let report = tokio::time::timeout(timeout, engine.check_site(&site, as_of, probes))
                .await
                .map_err(|_| format!("检查超时（超过 {} 秒）", timeout.as_secs()))?
                .map_err(|e| e.reason)?;
            lock(&store)
                .save_report(&month, &report)
                .map_err(|e| format!("结果无法保存: {e}"))?;
            engine.progress.sites_done.fetch_add(1, Ordering::Relaxed);
            tracing::info!(site = %site.id, score = report.verdict.score, qualified = report.verdict.qualified, "finished");
            Ok::<_, String>(())
        });
        task_site.insert(handle.id(), id);
    }

    let mut checked_now = 0;
    let mut not_checked = Vec::new();
    let mut cancelled = false;
    loop {
        let joined = tokio::select! {
            joined = tasks.join_next_with_id() => joined,
            _ = cancel.wait_for(|c| *c) => {
                cancelled = true;
                tasks.abort_all();
                while tasks.join_next().await.is_some() {}
                break;
            }
        };
        let Some(joined) = joined else { break };
        match joined {
            Ok((_, Ok(()))) => checked_now += 1,
            Ok((id, Err(reason))) => {
                let site = task_site.get(&id).cloned().unwrap_or_default();
                tracing::error!(%site, %reason, "site not checked");
                engine.progress.sites_failed.fetch_add(1, Ordering::Relaxed);
                not_checked.push(NotChecked { id: site, reason });
            }
            Err(e) => {
                let site = task_site.get(&e.id()).cloned().unwrap_or_default();
                let reason = if e.is_panic() {
                    "检查过程中程序出错（已记录），下次运行将重试".to_string()
                } else {
                    "检查被取消".to_string()
                };
                tracing::error!(%site, error = %e, "site check crashed");
                engine.progress.sites_failed.fetch_add(1, Ordering::Relaxed);
                not_checked.push(NotChecked { id: site, reason });
            }
        }
    }
    if cancelled {
        return Ok(SweepOutcome {
            monthly: None,
            monthly_path: None,
            checked_now,
            resumed,
            not_checked,
            cancelled,
        });
    }

    not_checked.sort_by(|a, b| a.id.cmp(&b.id));
    let reports: Vec<_> = lock(&store)
        .reports(&month)?
        .into_iter()
        .filter(|r| wanted.contains(r.site.id.as_str()))
        .collect();
    let monthly =
        govcheck_report::monthly_check_with(&month, options.as_of, reports, not_checked.clone());
    let dir = options.out_dir.join(&month);
    let path = dir.join("monthly-check.json");
    std::fs::create_dir_all(&dir).map_err(|source| SweepError::Write {
        path: dir.clone(),
        source,
    })?;
    govcheck_report::write_json_atomic(&path, &monthly).map_err(|source| SweepError::Write {
        path: path.clone(),
        source,
    })?;
    Ok(SweepOutcome {
        monthly: Some(monthly),
        monthly_path: Some(path),
        checked_now,
        resumed,
        not_checked,
        cancelled,
    })
}

fn lock(store: &SharedStore) -> std::sync::MutexGuard<'_, Box<dyn Store + Send>> {
    // A panic while holding the lock leaves SQLite consistent (each save is
    // one transaction), so a poisoned lock is safe to take over.
    store.lock().unwrap_or_else(|p| p.into_inner())
}

/// The site's availability probes over the rules' window, when enough
/// were recorded to judge by them.
fn probe_window(
    store: &SharedStore,
    engine: &Engine,
    site_id: &str,
    until: NaiveDateTime,
) -> Result<Option<ProbeWindow>, SweepError> {
    let rules = &engine.checks().rules.availability;
    let since = until - chrono::Duration::days(i64::from(rules.window_days));
    let probes = lock(store).probes_since(site_id, since)?;
    let probes: Vec<_> = probes.into_iter().filter(|p| p.at <= until).collect();
    if (probes.len() as u64) < rules.min_probes {
        return Ok(None);
    }
    let failed: Vec<_> = probes.iter().filter(|p| !p.ok).collect();
    let mut errors: Vec<String> = Vec::new();
    for p in &failed {
        let text = format!(
            "{} {}",
            p.at.format("%Y-%m-%d %H:%M"),
            p.error
                .clone()
                .unwrap_or_else(|| format!("HTTP {}", p.status.unwrap_or(0)))
        );
        if errors.len() < 10 {
            errors.push(text);
        }
    }
    Ok(Some(ProbeWindow {
        probes: probes.len() as u64,
        failure_rate: failed.len() as f64 / probes.len() as f64,
        errors,
    }))
}
