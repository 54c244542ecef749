//! robots.txt: fetched once per host (`host:port`) and cached for the run.
//!
//! Status handling follows Google's reading: 2xx is parsed, 4xx means no
//! restrictions; we also allow on 5xx and unreachable robots.txt (logged),
//! since a broken robots.txt on a government server must not hide the
//! whole portal from its inspection. Crawl-delay raises the host's interval.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use texting_robots::Robot;
use tokio::sync::OnceCell;

/// Longest Crawl-delay honoured; a larger value would stall the monthly
/// check, so it is clamped (and logged).
pub(crate) const MAX_CRAWL_DELAY: Duration = Duration::from_secs(30);

/// Largest robots.txt read (Google's limit).
pub(crate) const ROBOTS_BODY_CAP: usize = 500 * 1024;

pub(crate) enum Rules {
    AllowAll,
    Parsed(Box<Robot>),
}

impl Rules {
    /// `path_and_query` as in the URL (`/a/b?c=d`).
    pub(crate) fn allowed(&self, path_and_query: &str) -> bool {
        match self {
            Rules::AllowAll => true,
            Rules::Parsed(r) => r.allowed(path_and_query),
        }
    }

    pub(crate) fn delay(&self) -> Option<Duration> {
        match self {
            Rules::AllowAll => None,
            Rules::Parsed(r) => r
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f64(d as f64)),
        }
    }
}

/// One cell per host; the first caller fetches, the others wait.
#[derive(Default)]
pub(crate) struct RobotsCache {
    cells: Mutex<HashMap<String, Arc<OnceCell<Arc<Rules>>>>>,
}

impl RobotsCache {
    pub(crate) fn cell(&self, host_key: &str) -> Arc<OnceCell<Arc<Rules>>> {
        self.cells
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(host_key.to_string())
            .or_default()
            .clone()
    }
}

/// Parses a fetched robots.txt for our agent; an unparsable file allows all.
pub(crate) fn parse(agent: &str, body: &[u8]) -> Rules {
    match Robot::new(agent, body) {
        Ok(r) => Rules::Parsed(Box::new(r)),
        Err(e) => {
            tracing::warn!("robots.txt unparsable ({e}); treated as allow-all");
            Rules::AllowAll
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disallow_and_delay() {
        let r = parse(
            "govcheck",
            b"User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n",
        );
        assert!(!r.allowed("/private/a.html"));
        assert!(r.allowed("/public/a.html"));
        assert_eq!(r.delay(), Some(Duration::from_secs(1)));
    }
}
