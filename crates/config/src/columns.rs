//! The column catalogue (`config/columns.toml`): canonical disclosure
//! columns, the names portals use for them, their freshness class and the
//! site categories that must have them.
//!
//! OWNER: columns/freshness work (issue 4). Keep the public types stable.

use crate::ConfigError;
use crate::error::line_of;
use crate::rules::Rules;
use govcheck_model::Category;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One canonical column.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDef {
    /// Canonical name used in reports (`政府信息公开指南`).
    pub name: String,
    /// Names real portals use for it (the canonical name is always included),
    /// most specific first. A leading `*` makes a suffix pattern (`*要闻`).
    pub aliases: Vec<String>,
    /// Link texts containing one of these never match this column by
    /// containment (`解读` for 政策文件, so that 政策文件解读 is not 政策文件).
    pub exclude: Vec<String>,
    /// Freshness class (`news`, `notice`, `policy`, `personnel`, `plan`), if judged.
    pub freshness: Option<String>,
    /// Categories that must have this column.
    pub required_for: Vec<Category>,
    /// 1-based line of the entry in its file (0 when built in code), so that
    /// later validation ([`ColumnCatalog::check_classes`]) can point at it.
    pub line: usize,
}

/// The whole catalogue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnCatalog {
    pub columns: Vec<ColumnDef>,
    /// The file the catalogue was read from (for error messages).
    pub source: PathBuf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(default)]
    column: Vec<toml::Spanned<RawColumn>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColumn {
    name: toml::Spanned<String>,
    #[serde(default)]
    aliases: Vec<toml::Spanned<String>>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    freshness: Option<toml::Spanned<String>>,
    required_for: Vec<Category>,
}

impl ColumnCatalog {
    pub fn load(path: &Path) -> Result<ColumnCatalog, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            ConfigError::new(path, format!("cannot read the column catalogue: {e}"))
        })?;
        ColumnCatalog::parse(path, &text)
    }

    /// Parses and validates a catalogue. Errors name the file, the line and
    /// the field: an empty or duplicate name, an alias claimed by two
    /// columns (the report could not say which column a link is), an empty
    /// freshness class, unknown keys, unknown categories.
    pub fn parse(path: &Path, text: &str) -> Result<ColumnCatalog, ConfigError> {
        let file: CatalogFile =
            toml::from_str(text).map_err(|e| ConfigError::from_toml(path, text, &e))?;
        let mut columns = Vec::with_capacity(file.column.len());
        // Normalised alias → (column name, line), to reject an alias shared by two columns.
        let mut owners: HashMap<String, (String, usize)> = HashMap::new();
        let mut names: HashMap<String, usize> = HashMap::new();
        for (index, raw) in file.column.into_iter().enumerate() {
            let entry_line = line_of(text, raw.span().start);
            let raw = raw.into_inner();
            let field = |f: &str| format!("column[{index}].{f}");
            let name_line = line_of(text, raw.name.span().start);
            let name = raw.name.into_inner().trim().to_string();
            if name.is_empty() {
                return Err(ConfigError::new(path, "a column needs a non-empty name")
                    .at_line(name_line)
                    .field(field("name")));
            }
            if let Some(first) = names.insert(name.clone(), name_line) {
                return Err(ConfigError::new(
                    path,
                    format!("column `{name}` is listed twice (first on line {first})"),
                )
                .at_line(name_line)
                .field(field("name")));
            }
            let mut aliases = vec![name.clone()];
            let mut alias_lines = vec![name_line];
            for a in raw.aliases {
                let line = line_of(text, a.span().start);
                let a = a.into_inner().trim().to_string();
                if a.is_empty() || a == "*" {
                    return Err(ConfigError::new(
                        path,
                        format!("column `{name}` has an empty alias"),
                    )
                    .at_line(line)
                    .field(field("aliases")));
                }
                if !aliases.contains(&a) {
                    aliases.push(a);
                    alias_lines.push(line);
                }
            }
            for (a, line) in aliases.iter().zip(&alias_lines) {
                if let Some((other, other_line)) = owners.get(a)
                    && other != &name
                {
                    return Err(ConfigError::new(
                        path,
                        format!(
                            "alias `{a}` of column `{name}` is also an alias of `{other}` (line {other_line})"
                        ),
                    )
                    .at_line(*line)
                    .field(field("aliases")));
                }
                owners.insert(a.clone(), (name.clone(), *line));
            }
            let freshness = match raw.freshness {
                Some(f) => {
                    let line = line_of(text, f.span().start);
                    let f = f.into_inner().trim().to_string();
                    if f.is_empty() {
                        return Err(ConfigError::new(
                            path,
                            format!(
                                "column `{name}`: an empty freshness class; omit the key for a column that is not judged stale"
                            ),
                        )
                        .at_line(line)
                        .field(field("freshness")));
                    }
                    Some(f)
                }
                None => None,
            };
            let mut required_for = raw.required_for;
            required_for.sort();
            required_for.dedup();
            columns.push(ColumnDef {
                name,
                aliases,
                exclude: raw
                    .exclude
                    .into_iter()
                    .map(|e| e.trim().to_string())
                    .filter(|e| !e.is_empty())
                    .collect(),
                freshness,
                required_for,
                line: entry_line,
            });
        }
        Ok(ColumnCatalog {
            columns,
            source: path.to_path_buf(),
        })
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

    /// The column with this canonical name.
    pub fn get(&self, name: &str) -> Option<&ColumnDef> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Freshness classes the rules do not define. Such a column is simply
    /// not judged stale (the class list lives in `rules.toml`, which may be
    /// edited separately), so this is a warning for `govcheck validate`
    /// rather than a load error.
    pub fn check_classes(&self, rules: &Rules) -> Vec<ConfigError> {
        self.columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let class = c.freshness.as_deref()?;
                if rules.freshness.classes.contains_key(class) {
                    return None;
                }
                let known: Vec<&str> = rules.freshness.classes.keys().map(String::as_str).collect();
                let mut e = ConfigError::new(
                    &self.source,
                    format!(
                        "column `{}`: freshness class `{class}` is not defined in [freshness.classes] of the rules (known: {}); the column will not be judged stale",
                        c.name,
                        known.join(", ")
                    ),
                )
                .field(format!("column[{i}].freshness"));
                if c.line > 0 {
                    e = e.at_line(c.line);
                }
                Some(e)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ColumnCatalog, ConfigError> {
        ColumnCatalog::parse(Path::new("columns.toml"), text)
    }

    #[test]
    fn embedded_catalogue_has_the_issue_columns() {
        let c = ColumnCatalog::embedded();
        for name in [
            "政府信息公开指南",
            "政府信息公开制度",
            "法定主动公开内容",
            "政府信息公开年报",
            "机构职能",
            "政策文件",
            "政策解读",
            "通知公告",
            "工作动态",
            "人事信息",
            "规划计划",
            "财政预决算",
            "互动交流",
            "优化营商环境",
        ] {
            let col = c.get(name).unwrap_or_else(|| panic!("{name} missing"));
            assert!(col.required_for.contains(&Category::County), "{name}");
            assert_eq!(col.aliases[0], name);
        }
        assert_eq!(
            c.get("工作动态").unwrap().freshness.as_deref(),
            Some("news")
        );
        assert_eq!(c.get("机构职能").unwrap().freshness, None);
        assert!(c.check_classes(&Rules::embedded()).is_empty());
        assert!(
            !c.get("优化营商环境")
                .unwrap()
                .required_for
                .contains(&Category::Department)
        );
    }

    #[test]
    fn errors_name_line_and_field() {
        let e = parse("[[column]]\nname = \"甲\"\nrequired_for = [\"county\"]\n\n[[column]]\nname = \"乙\"\naliases = [\"丙\", \"甲\"]\nrequired_for = []\n").unwrap_err();
        assert_eq!(e.line, Some(7), "{e}");
        assert_eq!(e.field.as_deref(), Some("column[1].aliases"));
        assert!(e.to_string().starts_with("columns.toml:7"), "{e}");

        let e = parse("[[column]]\nname = \"甲\"\nrequired_for = [\"city\"]\n").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");

        let e = parse("[[column]]\nname = \"甲\"\nfreshnes = \"news\"\nrequired_for = []\n")
            .unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("freshnes"), "{e}");

        let e = parse("[[column]]\nname = \"甲\"\nrequired_for = []\n[[column]]\nname = \"甲\"\nrequired_for = []\n").unwrap_err();
        assert_eq!(e.line, Some(5), "{e}");

        let e = parse("[[column]]\nname = \" \"\nrequired_for = []\n").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("column[0].name"));
    }

    #[test]
    fn unknown_class_is_a_warning_not_an_error() {
        let c = parse(
            "# x\n[[column]]\nname = \"甲\"\nfreshness = \"weekly\"\nrequired_for = [\"county\"]\n",
        )
        .unwrap();
        let w = c.check_classes(&Rules::default());
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(2));
        assert_eq!(w[0].field.as_deref(), Some("column[0].freshness"));
        assert!(w[0].message.contains("weekly"));
    }

    #[test]
    fn canonical_name_is_an_alias() {
        let c = parse("[[column]]\nname = \"甲\"\naliases = [\"乙\"]\nrequired_for = [\"county\", \"county\"]\n").unwrap();
        assert_eq!(c.columns[0].aliases, vec!["甲", "乙"]);
        assert_eq!(c.columns[0].required_for, vec![Category::County]);
    }
}
