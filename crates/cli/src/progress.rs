//! A progress line on a terminal; silent when stderr is not one.

use govcheck_engine::Progress;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Shows pages, findings and sites while a check runs. Dropping it clears
/// the line.
pub struct ProgressLine {
    bar: Option<ProgressBar>,
    ticker: Option<tokio::task::JoinHandle<()>>,
}

impl ProgressLine {
    pub fn start(progress: Arc<Progress>, sites_total: u64, quiet: bool) -> ProgressLine {
        if quiet || !std::io::stderr().is_terminal() {
            return ProgressLine {
                bar: None,
                ticker: None,
            };
        }
        let bar = ProgressBar::new(sites_total);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] 站点 {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        let ticking = bar.clone();
        let started = Instant::now();
        let ticker = tokio::spawn(async move {
            loop {
                let pages = progress.pages.load(Ordering::Relaxed);
                let secs = started.elapsed().as_secs_f64().max(0.1);
                ticking.set_position(
                    progress.sites_done.load(Ordering::Relaxed)
                        + progress.sites_failed.load(Ordering::Relaxed),
                );
                ticking.set_message(format!(
                    "页面 {pages} ({:.1}/s) · 问题 {} · 失败 {}",
                    pages as f64 / secs,
                    progress.findings.load(Ordering::Relaxed),
                    progress.sites_failed.load(Ordering::Relaxed),
                ));
                ticking.tick();
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        });
        ProgressLine {
            bar: Some(bar),
            ticker: Some(ticker),
        }
    }
}

impl Drop for ProgressLine {
    fn drop(&mut self) {
        if let Some(t) = self.ticker.take() {
            t.abort();
        }
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}
