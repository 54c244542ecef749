//! Further pages of a list: TRS `createPageHTML(…)`, TRS page-count
//! variables, the jQuery `pagination({totalPage: …})` plugin, or a plain
//! 下一页 link.

use crate::parse::Walker;
use govcheck_model::{LinkTag, PageLink};
use regex::Regex;
use std::sync::LazyLock;
use url::Url;

/// At most this many page URLs are produced from one page.
pub const MAX_PAGES: usize = 200;

static CREATE_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"createPageHTML\(\s*(?:['"]([^'"]*)['"]\s*,\s*)?(\d+)\s*,\s*(\d+)\s*,\s*['"]([^'"]*)['"]\s*,\s*['"]([^'"]+)['"]"#,
    )
    .expect("constant regex")
});
static COUNT_PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"countPage\s*=\s*(\d+)").expect("constant regex"));
static CURRENT_PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"currentPage\s*=\s*(\d+)").expect("constant regex"));
static TOTAL_PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"totalPage["']?\s*:\s*(\d+)"#).expect("constant regex"));
static CURR_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:currPage["']?\s*:\s*|["']setPage["']\s*,\s*)(\d+)"#).expect("constant regex")
});
static NAME_PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"['"]([\w-]+)_['"]\s*\+"#).expect("constant regex"));
static EXT_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\+\s*['"]\.(s?html?|jsp|php|aspx?)['"]"#).expect("constant regex")
});

fn num(s: &str) -> Option<usize> {
    s.parse().ok()
}

/// File stem and extension of the current page (`index.html` for a
/// directory URL), stripping a page suffix (`index_3` → `index`).
fn current_name(url: &Url) -> (String, String) {
    let last = url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or("");
    match last.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => {
            let stem = match stem.rsplit_once('_') {
                Some((s, n)) if n.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() => s,
                _ => stem,
            };
            (stem.to_string(), ext.to_string())
        }
        _ => ("index".to_string(), "html".to_string()),
    }
}

pub(crate) fn find(w: &Walker<'_>, links: &[PageLink]) -> Vec<String> {
    let script = w.scripts.as_str();
    let mut names: Vec<String> = Vec::new();
    if let Some(c) = CREATE_PAGE.captures(script) {
        // Classic TRS `createPageHTML(120, 0, "index", "html")`: 0-based,
        // page 2 is `index_1.html`. The container-id variant
        // `createPageHTML('page_div', 5, 1, 'fg', 'shtml', 89)` (newer TRS /
        // CSRC, gfex, kunshan portals) is 1-based: page 2 is `fg_2.shtml`.
        let count = c.get(2).and_then(|m| num(m.as_str())).unwrap_or(0);
        let cur = c.get(3).and_then(|m| num(m.as_str())).unwrap_or(0);
        let name = c.get(4).map_or("index", |m| m.as_str());
        let ext = c.get(5).map_or("html", |m| m.as_str());
        let name = if name.is_empty() { "index" } else { name };
        if c.get(1).is_some() {
            for i in cur.max(1) + 1..=count {
                names.push(format!("{name}_{i}.{ext}"));
            }
        } else {
            for i in cur + 1..count {
                names.push(format!("{name}_{i}.{ext}"));
            }
        }
    } else if let Some(c) = COUNT_PAGE.captures(script) {
        // TRS variables: `var countPage = 67; var currentPage = 0;`
        // (0-based), pages written as `index_N.shtml`.
        let count = num(&c[1]).unwrap_or(0);
        let cur = CURRENT_PAGE
            .captures(script)
            .and_then(|c| num(&c[1]))
            .unwrap_or(0);
        let (name, ext) = name_ext(script, &w.base);
        for i in cur + 1..count {
            names.push(format!("{name}_{i}.{ext}"));
        }
    } else if let Some(c) = TOTAL_PAGE.captures(script) {
        // jQuery pagination plugin: 1-based, page 2 is `index_2.html`.
        let total = num(&c[1]).unwrap_or(0);
        let cur = CURR_PAGE
            .captures(script)
            .and_then(|c| num(&c[1]))
            .unwrap_or(1)
            .max(1);
        let (name, ext) = name_ext(script, &w.base);
        for i in cur + 1..=total {
            names.push(format!("{name}_{i}.{ext}"));
        }
    }
    let mut out: Vec<String> = Vec::new();
    for n in names.iter().take(MAX_PAGES) {
        if let Ok(u) = w.base.join(n) {
            out.push(u.into());
        }
    }
    if out.is_empty()
        && let Some(next) = next_link(w, links)
    {
        out.push(next);
    }
    out
}

fn name_ext(script: &str, base: &Url) -> (String, String) {
    let (mut name, mut ext) = current_name(base);
    if let Some(c) = NAME_PART.captures(script) {
        name = c[1].to_string();
    }
    if let Some(c) = EXT_PART.captures(script) {
        ext = c[1].to_string();
    }
    (name, ext)
}

/// A plain "next page" link (下一页, 下页, `>`, `›`, next).
fn next_link(w: &Walker<'_>, links: &[PageLink]) -> Option<String> {
    let here = w.page_url.as_str();
    links
        .iter()
        .filter(|l| l.tag == LinkTag::A && l.url != here)
        .find(|l| is_next_text(&l.text) || is_next_text(&l.title))
        .map(|l| l.url.clone())
}

fn is_next_text(t: &str) -> bool {
    let t = t.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '[' | ']' | '【' | '】' | '\u{a0}')
    });
    let lower = t.to_ascii_lowercase();
    t.starts_with("下一页")
        || t.starts_with("下页")
        || matches!(t, ">" | "›" | "＞" | "下一頁")
        || lower == "next"
        || lower.starts_with("next ")
        || lower.starts_with("next>")
        || lower == "next page"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_texts() {
        assert!(is_next_text(" 下一页 "));
        assert!(is_next_text("[下一页]"));
        assert!(is_next_text("Next"));
        assert!(is_next_text(">"));
        assert!(!is_next_text(">>"));
        assert!(!is_next_text("上一页"));
    }

    #[test]
    fn names_of_current_page() {
        let u = Url::parse("http://x.gov.cn/a/index_3.shtml").unwrap();
        assert_eq!(current_name(&u), ("index".into(), "shtml".into()));
        let u = Url::parse("http://x.gov.cn/a/").unwrap();
        assert_eq!(current_name(&u), ("index".into(), "html".into()));
    }
}
