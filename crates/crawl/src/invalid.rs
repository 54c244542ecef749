//! Hrefs that cannot be resolved to a URL (`http://exa mple.com`,
//! `http://[bad`). The page parser drops them, but they are broken links
//! (`invalid_url`) a visitor can click, so the raw HTML is scanned for them.
//!
//! Only attribute values of link-bearing tags outside comments and
//! scripts are considered, and only those the URL parser rejects.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

use crate::canonical::resolve_href;

static HIDDEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<!--.*?-->|<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>")
        .expect("valid regex")
});

static LINK_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?is)<(?:a|area|img|script|link|iframe|frame|embed|source)\b[^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')"#,
    )
    .expect("valid regex")
});

/// Raw hrefs on the page that do not resolve against `base`.
pub(crate) fn invalid_hrefs(html: &str, base: &Url) -> Vec<String> {
    if !html.contains("://") && !html.contains('[') {
        return Vec::new();
    }
    let visible = HIDDEN.replace_all(html, " ");
    let mut out: Vec<String> = Vec::new();
    for c in LINK_ATTR.captures_iter(&visible) {
        let Some(v) = c.get(1).or_else(|| c.get(2)) else {
            continue;
        };
        let v = v.as_str().trim();
        if v.is_empty() || govcheck_page::is_skipped_href(v) || v.contains("{{") || v.contains("<%")
        {
            continue;
        }
        if resolve_href(base, v).is_err() && !out.iter().any(|o| o == v) {
            out.push(v.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_unparsable_hrefs_only() {
        let base = Url::parse("http://x.cn/a/").unwrap();
        let html = r#"<a href="http://exa mple.com">坏</a><a href='http://[bad'>坏2</a>
            <a href="ok.html">好</a><img src="http://x.cn/p.png">
            <!-- <a href="http://in comment.com">注释</a> -->
            <script>var s = '<a href="http://in script.com">';</script>
            <a href="mailto:a b@c">邮件</a>"#;
        assert_eq!(
            invalid_hrefs(html, &base),
            vec!["http://exa mple.com", "http://[bad"]
        );
    }
}

#[cfg(test)]
mod realpages {
    use super::*;

    /// Real government pages carry no unparsable hrefs outside scripts and
    /// comments: the scan must not invent `invalid_url` findings.
    #[test]
    fn no_false_invalid_urls_on_real_pages() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/realpages");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let base = Url::parse("http://www.example.gov.cn/a/b/index.html").unwrap();
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "html") {
                continue;
            }
            let bytes = std::fs::read(&p).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            let bad = invalid_hrefs(&text, &base);
            assert!(bad.is_empty(), "{}: {bad:?}", p.display());
            // And no real page is mistaken for a redirect stub or an error page.
            let d = govcheck_page::decode(&bytes, None);
            let f = govcheck_page::parse(&base, &d.text, d.encoding);
            let patterns: Vec<String> = crate::classify::DEFAULT_SOFT_404_PATTERNS
                .iter()
                .map(|s| s.to_string())
                .collect();
            let main = if f.content_text.trim().is_empty() {
                &f.visible_text
            } else {
                &f.content_text
            };
            assert_eq!(
                crate::classify::is_soft_404_page(&f.title, main, &patterns),
                None,
                "{}",
                p.display()
            );
            assert!(
                crate::refresh::stub_target(&d.text, &f.visible_text, &base).is_none(),
                "{}",
                p.display()
            );
        }
    }
}
