//! The site list (`sites.toml`).

use crate::ConfigError;
use crate::error::line_of;
use govcheck_model::{Category, SiteRef};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use url::Url;

/// One site to inspect.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub id: String,
    pub name: String,
    pub url: Url,
    pub category: Category,
    /// Further hosts that belong to the site (crawled, not only checked).
    pub extra_hosts: Vec<String>,
    /// Per-site column locations: canonical name → path or URL.
    pub columns: BTreeMap<String, String>,
    /// Requests per second for this site's hosts, overriding `--rate`.
    pub rate: Option<f64>,
    /// An authorised inspection: robots.txt is not obeyed (logged).
    pub ignore_robots: bool,
    /// Name and category are to be read off the homepage (`govcheck check
    /// URL` without `--category`); `category` is only a fallback then.
    pub infer_identity: bool,
}

impl Site {
    pub fn to_ref(&self) -> SiteRef {
        SiteRef {
            id: self.id.clone(),
            name: self.name.clone(),
            url: self.url.to_string(),
            category: self.category,
        }
    }

    /// A site for `govcheck check URL`: id and name from the host; with no
    /// category given, name and category are read off the homepage.
    pub fn from_url(url: Url, category: Option<Category>) -> Site {
        let host = url.host_str().unwrap_or("site").to_string();
        Site {
            infer_identity: category.is_none(),
            id: host.clone(),
            name: host,
            url,
            category: category.unwrap_or(Category::County),
            extra_hosts: Vec::new(),
            columns: BTreeMap::new(),
            rate: None,
            ignore_robots: false,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SitesFile {
    #[serde(default)]
    site: Vec<toml::Spanned<RawSite>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    id: String,
    name: String,
    url: toml::Spanned<String>,
    category: toml::Spanned<String>,
    #[serde(default)]
    extra_hosts: Vec<String>,
    #[serde(default)]
    columns: BTreeMap<String, String>,
    #[serde(default)]
    rate: Option<toml::Spanned<f64>>,
    #[serde(default)]
    ignore_robots: bool,
}

/// Reads and validates a site list.
pub fn load_sites(path: &Path) -> Result<Vec<Site>, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError::new(path, format!("cannot read the site list: {e}")))?;
    parse_sites(path, &text)
}

/// Parses a site list from text; `path` is only used in errors.
pub fn parse_sites(path: &Path, text: &str) -> Result<Vec<Site>, ConfigError> {
    let file: SitesFile =
        toml::from_str(text).map_err(|e| ConfigError::from_toml(path, text, &e))?;
    let mut seen = HashSet::new();
    let mut sites = Vec::new();
    for spanned in file.site {
        let line = line_of(text, spanned.span().start);
        let raw = spanned.into_inner();
        let err = |l: usize, field: &str, msg: String| {
            ConfigError::new(path, msg).at_line(l).field(field)
        };
        if raw.id.trim().is_empty() {
            return Err(err(line, "id", "the site id is empty".into()));
        }
        if !seen.insert(raw.id.clone()) {
            return Err(err(line, "id", format!("duplicate site id `{}`", raw.id)));
        }
        let url_line = line_of(text, raw.url.span().start);
        let url = Url::parse(raw.url.get_ref()).map_err(|e| {
            err(
                url_line,
                "url",
                format!("`{}` is not a valid URL: {e}", raw.url.get_ref()),
            )
        })?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(err(
                url_line,
                "url",
                format!("`{url}` must be an http:// or https:// address with a host"),
            ));
        }
        let cat_line = line_of(text, raw.category.span().start);
        let category: Category = raw
            .category
            .get_ref()
            .parse()
            .map_err(|m: String| err(cat_line, "category", m))?;
        let rate = match raw.rate {
            Some(r) => {
                let v = *r.get_ref();
                if !(v > 0.0 && v.is_finite()) {
                    return Err(err(
                        line_of(text, r.span().start),
                        "rate",
                        format!("rate must be a positive number of requests per second, not {v}"),
                    ));
                }
                Some(v)
            }
            None => None,
        };
        sites.push(Site {
            id: raw.id,
            name: raw.name,
            url,
            category,
            extra_hosts: raw.extra_hosts,
            columns: raw.columns,
            rate,
            ignore_robots: raw.ignore_robots,
            infer_identity: false,
        });
    }
    if sites.is_empty() {
        return Err(ConfigError::new(
            path,
            "the site list holds no [[site]] entry",
        ));
    }
    Ok(sites)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_site() {
        let s = parse_sites(
            Path::new("s.toml"),
            "[[site]]\nid='a'\nname='甲'\nurl='http://a.gov.cn/'\ncategory='county'\ncolumns={\"政府信息公开指南\"=\"/xxgk/zn/\"}\n",
        )
        .unwrap();
        assert_eq!(s[0].category, Category::County);
        assert_eq!(s[0].columns["政府信息公开指南"], "/xxgk/zn/");
    }

    #[test]
    fn names_line_and_field_of_a_bad_category() {
        let e = parse_sites(
            Path::new("s.toml"),
            "[[site]]\nid='a'\nname='甲'\nurl='http://a.gov.cn/'\ncategory='city'\n",
        )
        .unwrap_err();
        assert_eq!(e.line, Some(5));
        assert_eq!(e.field.as_deref(), Some("category"));
        assert!(
            e.to_string().starts_with("s.toml:5: field `category`"),
            "{e}"
        );
    }

    #[test]
    fn rejects_duplicate_ids_and_bad_urls() {
        let dup = "[[site]]\nid='a'\nname='x'\nurl='http://a/'\ncategory='county'\n[[site]]\nid='a'\nname='y'\nurl='http://b/'\ncategory='county'\n";
        assert!(
            parse_sites(Path::new("s"), dup)
                .unwrap_err()
                .message
                .contains("duplicate")
        );
        let bad = "[[site]]\nid='a'\nname='x'\nurl='ftp://a/'\ncategory='county'\n";
        let e = parse_sites(Path::new("s"), bad).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("url"));
        assert_eq!(e.line, Some(4));
    }

    #[test]
    fn shipped_example_lists_45_targets() {
        let path = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../config/sites.example.toml"
        ));
        let sites = load_sites(path).unwrap();
        assert_eq!(sites.len(), 45);
        let count = |c| sites.iter().filter(|s| s.category == c).count();
        assert_eq!(
            (
                count(Category::County),
                count(Category::Department),
                count(Category::Institution)
            ),
            (4, 31, 10)
        );
    }
}
