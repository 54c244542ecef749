//! URL canonicalisation for dedup.
//!
//! WHATWG parsing already lower-cases the host, drops default ports and
//! resolves dot segments. On top we drop the fragment, upper-case
//! percent-escapes and drop session parameters. Nothing else changes:
//! `www.` and the scheme are facts to report, and query order can matter
//! to old CMSs.

use url::Url;

/// Query parameters that carry a session, not content.
const SESSION_PARAMS: [&str; 3] = ["jsessionid", "phpsessid", "sid"];

/// The canonical form of a URL.
pub fn canonicalize(url: &Url) -> Url {
    if is_canonical_fast(url) {
        return url.clone();
    }
    let mut u = url.clone();
    u.set_fragment(None);
    // `;jsessionid=…` path parameters (Java servlet containers), every one
    // of them, so that a key is its own canonical form.
    let mut new_path = u.path().to_string();
    while let Some(i) = new_path.to_ascii_lowercase().find(";jsessionid=") {
        let end = new_path[i + 1..]
            .find('/')
            .map_or(new_path.len(), |j| i + 1 + j);
        new_path.replace_range(i..end, "");
    }
    new_path = upper_escapes(&new_path);
    if new_path != u.path() {
        u.set_path(&new_path);
    }
    if let Some(q) = u.query() {
        let kept: Vec<&str> = q
            .split('&')
            .filter(|pair| {
                let name = pair.split('=').next().unwrap_or("");
                !SESSION_PARAMS.iter().any(|s| name.eq_ignore_ascii_case(s))
            })
            .collect();
        let nq = upper_escapes(&kept.join("&"));
        if nq.is_empty() {
            u.set_query(None);
        } else if nq != q {
            u.set_query(Some(&nq));
        }
    }
    u
}

/// A cheap sufficient test that `canonicalize` would change nothing (most
/// links of a page): no fragment, no escapes, no path parameters, and a
/// query, if any, that is not empty and names no session parameter (all
/// three contain `sid`). Saves the copies and re-parsing per link.
fn is_canonical_fast(url: &Url) -> bool {
    if url.fragment().is_some() {
        return false;
    }
    let path = url.path();
    if path.contains(['%', ';']) {
        return false;
    }
    match url.query() {
        None => true,
        Some(q) => {
            !q.is_empty()
                && !q.contains('%')
                && !q
                    .as_bytes()
                    .windows(3)
                    .any(|w| w.eq_ignore_ascii_case(b"sid"))
        }
    }
}

/// The dedup key of a URL: its canonical form as a string.
pub fn canonical_key(url: &Url) -> String {
    canonicalize(url).to_string()
}

/// `%2f` → `%2F`: the same byte, one spelling.
fn upper_escapes(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && b[i + 1].is_ascii_hexdigit()
            && b[i + 2].is_ascii_hexdigit()
        {
            out.push('%');
            out.push(b[i + 1].to_ascii_uppercase() as char);
            out.push(b[i + 2].to_ascii_uppercase() as char);
            i += 3;
        } else {
            // Safe: we only split at ASCII bytes.
            let ch_len = utf8_len(b[i]);
            out.push_str(&s[i..i + ch_len]);
            i += ch_len;
        }
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Resolves an href as written on a page (or an already absolute URL)
/// against the page URL. `Err` carries the parser's reason: such a link is
/// an `invalid_url` target.
pub(crate) fn resolve_href(base: &Url, href: &str) -> Result<Url, String> {
    let href = href.trim();
    match Url::parse(href) {
        Ok(u) => Ok(u),
        Err(url::ParseError::RelativeUrlWithoutBase) => base.join(href).map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        canonical_key(&Url::parse(s).unwrap())
    }

    #[test]
    fn drops_fragment_default_port_and_lowercases_host() {
        assert_eq!(
            c("HTTP://WWW.Example.GOV.cn:80/a#top"),
            "http://www.example.gov.cn/a"
        );
        assert_eq!(c("https://x.cn:443/"), "https://x.cn/");
        assert_eq!(c("http://x.cn:8080/"), "http://x.cn:8080/");
    }

    #[test]
    fn normalises_escape_case() {
        assert_eq!(
            c("http://x.cn/a%2fb?q=%e4%b8%ad"),
            "http://x.cn/a%2Fb?q=%E4%B8%AD"
        );
    }

    /// The crawler takes an href that equals a known key for that key
    /// (no re-parse), which is sound only if a key is its own canonical
    /// form.
    #[test]
    fn canonical_keys_are_fixed_points() {
        for raw in [
            "HTTP://WWW.Example.GOV.cn:80/a/../b/./c.html#top",
            "http://x.cn/a%2fb?q=%e4%b8%ad&jsessionid=1&x=2",
            "http://x.cn/list.jsp;jsessionid=ABC123?id=5",
            "http://x.cn/a?",
            "http://x.cn/a?sid=1",
            "http://x.cn/路径/文件.html?关键词=政务",
            "https://x.cn:443/a b/c?d e#f",
            "http://x.cn/a;jsessionid=1/b;x=2?PHPSESSID=3&&y",
            "http://x.cn/a;jsessionid=1/b;jsessionid=2",
            "http://x.cn/a;JSESSIONID=1;jsessionid=2/b",
        ] {
            let once = c(raw);
            assert_eq!(c(&once), once, "{raw}");
        }
    }

    #[test]
    fn drops_session_parameters() {
        assert_eq!(
            c("http://x.cn/list.jsp;jsessionid=ABC123?id=5"),
            "http://x.cn/list.jsp?id=5"
        );
        assert_eq!(
            c("http://x.cn/a.php?PHPSESSID=1&id=2&sid=9"),
            "http://x.cn/a.php?id=2"
        );
        assert_eq!(c("http://x.cn/a.php?sid=9"), "http://x.cn/a.php");
        // Query order is kept.
        assert_eq!(c("http://x.cn/a?b=1&a=2"), "http://x.cn/a?b=1&a=2");
    }

    /// The fast path agrees with the full canonicalisation.
    #[test]
    fn fast_path_agrees() {
        for s in [
            "http://x.cn/a/b.html",
            "http://x.cn/a/b.html?id=3&b=4",
            "http://x.cn/a/b.html?",
            "http://x.cn/a/b.html?SID=3",
            "http://x.cn/a/b.html?x=1#f",
            "http://x.cn/a%2fb",
            "http://x.cn/a;JSESSIONID=1/b",
            "http://x.cn/a;v=1",
            "http://x.cn/?q=%e4",
        ] {
            let u = Url::parse(s).unwrap();
            if is_canonical_fast(&u) {
                let mut slow = u.clone();
                slow.set_fragment(Some("x"));
                assert_eq!(canonicalize(&slow).as_str(), u.as_str(), "{s}");
            }
        }
        assert!(is_canonical_fast(
            &Url::parse("http://x.cn/a/b.html?id=3").unwrap()
        ));
        assert!(!is_canonical_fast(&Url::parse("http://x.cn/a?").unwrap()));
        assert_eq!(c("http://x.cn/a?"), "http://x.cn/a");
    }

    #[test]
    fn keeps_scheme_and_www() {
        assert_ne!(c("http://www.x.cn/"), c("https://www.x.cn/"));
        assert_ne!(c("http://www.x.cn/"), c("http://x.cn/"));
    }

    #[test]
    fn invalid_hrefs_are_errors() {
        let base = Url::parse("http://x.cn/a/b.html").unwrap();
        assert!(resolve_href(&base, "http://exa mple.com").is_err());
        assert!(resolve_href(&base, "http://[bad").is_err());
        assert_eq!(
            resolve_href(&base, "c.html").unwrap().as_str(),
            "http://x.cn/a/c.html"
        );
        assert_eq!(
            resolve_href(&base, "//y.cn/z").unwrap().as_str(),
            "http://y.cn/z"
        );
    }
}
