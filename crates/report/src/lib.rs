//! The history store (SQLite), monthly and quarterly aggregation, the
//! readable circular, and the JSON Schemas of the documents.
//!
//! Everything here works on model values and files: no crawling, no clock.

mod circular;
mod files;
mod monthly;
mod render;
mod schema;
mod store;

pub use circular::{
    GradeBands, ReportError, circular, circular_with, previous_quarter, quarter_months,
    quarter_of_month, quarter_rule_text,
};
pub use files::{
    MONTHLY_CHECK_FILE, QUARTERLY_CIRCULAR_FILE, ReadError, read_circular, read_monthly_check,
    read_quarter_from_dir, read_quarter_from_store, stored_monthly_check,
};
pub use monthly::{
    monthly_check, monthly_check_with, monthly_summary, write_atomic, write_json_atomic,
};
pub use render::{kind_label_zh, render_html, render_markdown, render_monthly_markdown};
pub use schema::{
    MONTHLY_CHECK_SCHEMA_FILE, QUARTERLY_CIRCULAR_SCHEMA_FILE, SITE_REPORT_SCHEMA_FILE, schemas,
    write_schemas,
};
pub use store::{DEFAULT_BUSY_TIMEOUT, Probe, SqliteStore, Store, StoreError};
