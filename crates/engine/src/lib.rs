//! Running one site end to end (crawl → inspect → verify links → score)
//! and a sweep of many (bounded parallelism, resume, cancellation).
//!
//! The engine owns no rule and no I/O of its own: it wires the crawler
//! (`govcheck-crawl`), the checks (`govcheck-inspect`) and the store
//! (`govcheck-report`) together.

mod probe;
mod site;
mod sweep;

pub use probe::{ProbeOutcome, probe_round};
pub use site::{Engine, EngineOptions, NotCheckable, Progress};
pub use sweep::{SweepError, SweepOptions, SweepOutcome, sweep};

use govcheck_config::columns::ColumnCatalog;
use govcheck_config::rules::Rules;
use govcheck_inspect::words::WordMatcher;

/// The configuration every check reads, loaded and validated once.
pub struct Checks {
    pub rules: Rules,
    pub catalog: ColumnCatalog,
    pub words: WordMatcher,
}

impl Checks {
    /// The shipped rules, column catalog and word lists (`config/`,
    /// `sensitive-words/`), as `govcheck` uses them when no file is given.
    pub fn embedded() -> Checks {
        Checks {
            rules: Rules::embedded(),
            catalog: ColumnCatalog::embedded(),
            words: WordMatcher::new(&govcheck_config::words::WordList::embedded()),
        }
    }
}

/// The last day of a `YYYY-MM` month, or `None` if the month is malformed.
pub fn month_end(month: &str) -> Option<chrono::NaiveDate> {
    let (y, m) = month.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    let first_next = if m == 12 {
        chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        chrono::NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    first_next.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_end_handles_leap_years_and_bad_input() {
        assert_eq!(month_end("2024-02").unwrap().to_string(), "2024-02-29");
        assert_eq!(month_end("2023-12").unwrap().to_string(), "2023-12-31");
        assert!(month_end("2024-13").is_none());
        assert!(month_end("2024-3").is_none());
    }
}
