//! Loading and validating govcheck's configuration: the site list, the
//! scoring rules, the column catalogue and the sensitive-word lists.
//!
//! Every error names the file, the line and the field, because the people
//! who edit these files are not programmers.

pub mod columns;
mod error;
pub mod rules;
pub mod sites;
pub mod words;

pub use error::ConfigError;

/// The embedded defaults, so that `govcheck` works from any folder.
pub mod defaults {
    /// `config/rules.toml` as shipped.
    pub const RULES_TOML: &str = include_str!("../../../config/rules.toml");
    /// `config/columns.toml` as shipped.
    pub const COLUMNS_TOML: &str = include_str!("../../../config/columns.toml");
}
