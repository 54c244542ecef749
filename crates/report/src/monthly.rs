//! The monthly check (月检查): every site report of one month, in a fixed
//! order, with the month's counters; and the atomic file writer.

use chrono::NaiveDate;
use govcheck_model::{
    Grade, MONTHLY_CHECK_SCHEMA, MonthlyCheck, MonthlySummary, NotChecked, SiteReport,
};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// JSON key of a grade, as the SPEC writes it.
pub(crate) fn grade_key(grade: Grade) -> &'static str {
    match grade {
        Grade::Excellent => "excellent",
        Grade::Good => "good",
        Grade::Qualified => "qualified",
        Grade::Unqualified => "unqualified",
    }
}

/// Builds `monthly-check.json` from the month's site reports, in any order.
///
/// Sites are sorted by id and each site's findings by kind then identity,
/// so the same reports always give the same file (resume after a kill
/// included). Should two reports share an id, both are kept, ordered by
/// their JSON text, so that the output still does not depend on the input
/// order.
pub fn monthly_check(month: &str, as_of: NaiveDate, reports: Vec<SiteReport>) -> MonthlyCheck {
    monthly_check_with(month, as_of, reports, Vec::new())
}

/// As [`monthly_check`], also naming the sites of the list that could not
/// be checked (listed by id in `summary.not_checked`).
pub fn monthly_check_with(
    month: &str,
    as_of: NaiveDate,
    reports: Vec<SiteReport>,
    mut not_checked: Vec<NotChecked>,
) -> MonthlyCheck {
    let mut sites = reports;
    for site in &mut sites {
        site.sort_findings();
    }
    sites.sort_by(|a, b| {
        a.site.id.cmp(&b.site.id).then_with(|| {
            let ja = serde_json::to_string(a).unwrap_or_default();
            let jb = serde_json::to_string(b).unwrap_or_default();
            ja.cmp(&jb)
        })
    });
    let mut summary = monthly_summary(&sites);
    not_checked.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.reason.cmp(&b.reason)));
    not_checked.dedup();
    summary.not_checked = not_checked;
    MonthlyCheck {
        schema: MONTHLY_CHECK_SCHEMA.to_string(),
        month: month.to_string(),
        as_of,
        sites,
        summary,
    }
}

/// The counters of a monthly check. Every grade appears in `by_grade`,
/// with 0 where no site has it, so consumers need not guess.
pub fn monthly_summary(sites: &[SiteReport]) -> MonthlySummary {
    let mut by_grade: BTreeMap<String, u64> = [
        Grade::Excellent,
        Grade::Good,
        Grade::Qualified,
        Grade::Unqualified,
    ]
    .into_iter()
    .map(|g| (grade_key(g).to_string(), 0))
    .collect();
    let mut findings_by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut qualified = 0;
    for site in sites {
        if site.verdict.qualified {
            qualified += 1;
        }
        *by_grade
            .entry(grade_key(site.verdict.grade).to_string())
            .or_default() += 1;
        for f in &site.findings {
            *findings_by_kind.entry(f.kind().to_string()).or_default() += 1;
        }
    }
    let total = sites.len() as u64;
    MonthlySummary {
        sites: total,
        qualified,
        unqualified: total - qualified,
        by_grade,
        findings_by_kind,
        ..MonthlySummary::default()
    }
}

/// Writes `value` as pretty JSON with a trailing newline, atomically: the
/// text goes to a temporary file in the same folder, is synced to disk and
/// then renamed over `path`. A reader (or a crash) sees the old file or
/// the new one, never half of one.
pub fn write_json_atomic(path: &Path, value: &impl Serialize) -> io::Result<()> {
    let mut text = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    text.push(b'\n');
    write_atomic(path, &text)
}

/// Writes bytes atomically (see [`write_json_atomic`]); used for the
/// readable drafts too.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} names no file", path.display()),
        )
    })?;
    // Process id and a counter: two writers of one path (two processes, or
    // two threads of one) never share a temporary file.
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let tmp = dir.join(format!(
        ".{}.tmp-{}-{}",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        sync_dir(dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(|e: io::Error| {
        io::Error::new(e.kind(), format!("writing {}: {e}", path.display()))
    })
}

/// Makes the rename itself durable. Best effort: not every platform can
/// open a folder for syncing.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
