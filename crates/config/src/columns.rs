//! The column catalogue (`config/columns.toml`): canonical disclosure
//! columns, the names portals use for them, their freshness class and the
//! site categories that must have them.
//!
//! OWNER: columns/freshness work (issue 4). Keep the public types stable.

use crate::ConfigError;
use govcheck_model::Category;
use std::path::Path;

/// One canonical column.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDef {
    /// Canonical name used in reports (`政府信息公开指南`).
    pub name: String,
    /// Names real portals use for it (the canonical name is always included).
    pub aliases: Vec<String>,
    /// Freshness class (`news`, `notice`, `policy`, `personnel`, `plan`), if judged.
    pub freshness: Option<String>,
    /// Categories that must have this column.
    pub required_for: Vec<Category>,
}

/// The whole catalogue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnCatalog {
    pub columns: Vec<ColumnDef>,
}

impl ColumnCatalog {
    pub fn load(path: &Path) -> Result<ColumnCatalog, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            ConfigError::new(path, format!("cannot read the column catalogue: {e}"))
        })?;
        ColumnCatalog::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<ColumnCatalog, ConfigError> {
        let _ = (path, text);
        Ok(ColumnCatalog::default())
    }

    /// The shipped catalogue (`config/columns.toml`, embedded).
    pub fn embedded() -> ColumnCatalog {
        ColumnCatalog::parse(
            Path::new("config/columns.toml"),
            crate::defaults::COLUMNS_TOML,
        )
        .expect("the embedded config/columns.toml is valid")
    }

    /// Columns a site of this category must have.
    pub fn required_for(&self, category: Category) -> impl Iterator<Item = &ColumnDef> {
        self.columns
            .iter()
            .filter(move |c| c.required_for.contains(&category))
    }
}
