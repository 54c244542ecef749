//! Reading the documents back: monthly checks from an output folder
//! (`govcheck circular --reports DIR`) or from the store, and a previous
//! circular for the quarter-on-quarter comparison.

use crate::circular::{ReportError, quarter_months};
use crate::monthly::monthly_check;
use crate::store::{Store, StoreError};
use govcheck_model::{
    MONTHLY_CHECK_SCHEMA, MonthlyCheck, QUARTERLY_CIRCULAR_SCHEMA, QuarterlyCircular,
};
use serde::de::DeserializeOwned;
use std::io;
use std::path::{Path, PathBuf};

/// File name of a monthly check inside `DIR/YYYY-MM/`.
pub const MONTHLY_CHECK_FILE: &str = "monthly-check.json";
/// File name of a quarterly circular.
pub const QUARTERLY_CIRCULAR_FILE: &str = "quarterly-circular.json";

/// Errors of reading documents back from files.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{path} is not valid JSON of the expected shape: {source}")]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("{path} has schema tag `{found}`, expected `{expected}`")]
    WrongSchema {
        path: PathBuf,
        found: String,
        expected: &'static str,
    },
    #[error("{path} holds the check of {found}, but its folder says {expected}")]
    WrongMonth {
        path: PathBuf,
        found: String,
        expected: String,
    },
    #[error(transparent)]
    Quarter(#[from] ReportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, ReadError> {
    let text = std::fs::read_to_string(path).map_err(|source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|source| ReadError::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads one `monthly-check.json`, checking its schema tag.
pub fn read_monthly_check(path: &Path) -> Result<MonthlyCheck, ReadError> {
    let m: MonthlyCheck = read_json(path)?;
    if m.schema != MONTHLY_CHECK_SCHEMA {
        return Err(ReadError::WrongSchema {
            path: path.to_path_buf(),
            found: m.schema,
            expected: MONTHLY_CHECK_SCHEMA,
        });
    }
    Ok(m)
}

/// Reads one `quarterly-circular.json`, checking its schema tag.
pub fn read_circular(path: &Path) -> Result<QuarterlyCircular, ReadError> {
    let c: QuarterlyCircular = read_json(path)?;
    if c.schema != QUARTERLY_CIRCULAR_SCHEMA {
        return Err(ReadError::WrongSchema {
            path: path.to_path_buf(),
            found: c.schema,
            expected: QUARTERLY_CIRCULAR_SCHEMA,
        });
    }
    Ok(c)
}

/// The monthly checks of `quarter` found under `dir` as
/// `dir/YYYY-MM/monthly-check.json` (the layout `govcheck sweep` writes).
/// Months without a file are skipped; an unreadable file is an error.
pub fn read_quarter_from_dir(dir: &Path, quarter: &str) -> Result<Vec<MonthlyCheck>, ReadError> {
    let mut out = Vec::new();
    for month in quarter_months(quarter)? {
        let path = dir.join(&month).join(MONTHLY_CHECK_FILE);
        if !path.exists() {
            continue;
        }
        let m = read_monthly_check(&path)?;
        if m.month != month {
            return Err(ReadError::WrongMonth {
                path,
                found: m.month,
                expected: month,
            });
        }
        out.push(m);
    }
    Ok(out)
}

/// The monthly check of `month` rebuilt from the store, or `None` when
/// nothing is stored for it. Its `as_of` is the newest `as_of` of the
/// stored reports, so the result depends only on what is stored.
pub fn stored_monthly_check(
    store: &dyn Store,
    month: &str,
) -> Result<Option<MonthlyCheck>, StoreError> {
    let reports = store.reports(month)?;
    let Some(as_of) = reports.iter().map(|r| r.as_of).max() else {
        return Ok(None);
    };
    Ok(Some(monthly_check(month, as_of, reports)))
}

/// The monthly checks of `quarter` rebuilt from the store (months with no
/// stored report are skipped).
pub fn read_quarter_from_store(
    store: &dyn Store,
    quarter: &str,
) -> Result<Vec<MonthlyCheck>, ReadError> {
    let mut out = Vec::new();
    for month in quarter_months(quarter)? {
        if let Some(m) = stored_monthly_check(store, &month)? {
            out.push(m);
        }
    }
    Ok(out)
}
