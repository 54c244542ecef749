//! Client-side redirects: `<meta http-equiv="refresh">` and
//! `window.location = "…"` stubs, common on old government homepages
//! (`/` → `/col/index.html`). A browser follows them; so do we, but only on
//! stub pages (little visible text), never on a normal page that merely has
//! some navigation script.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

/// Most visible characters of a page treated as a redirect stub.
const STUB_TEXT_MAX: usize = 200;

static META_REFRESH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?is)<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']\s*\d*\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^"'>\s]+)"#,
    )
    .expect("valid regex")
});

static JS_LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?is)(?:window\.|self\.|top\.|document\.)?location(?:\.href)?\s*=\s*["']([^"']+)["']|location\.(?:replace|assign)\(\s*["']([^"']+)["']"#,
    )
    .expect("valid regex")
});

/// The target of a redirect stub, resolved against `base`.
pub(crate) fn stub_target(html: &str, visible_text: &str, base: &Url) -> Option<Url> {
    if visible_text.chars().filter(|c| !c.is_whitespace()).count() > STUB_TEXT_MAX {
        return None;
    }
    let raw = META_REFRESH
        .captures(html)
        .and_then(|c| c.get(1))
        .or_else(|| {
            JS_LOCATION
                .captures(html)
                .and_then(|c| c.get(1).or_else(|| c.get(2)))
        })?
        .as_str()
        .trim();
    let u = base.join(raw).ok()?;
    if !matches!(u.scheme(), "http" | "https") || u == *base {
        return None;
    }
    Some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("http://x.gov.cn/").unwrap()
    }

    #[test]
    fn meta_refresh_and_js_stubs() {
        let m = r#"<html><head><meta http-equiv="Refresh" content="0; URL=/col/index.html"></head></html>"#;
        assert_eq!(
            stub_target(m, "", &base()).unwrap().as_str(),
            "http://x.gov.cn/col/index.html"
        );
        let j = r#"<script>window.location.href = "zwgk/index.shtml";</script>"#;
        assert_eq!(
            stub_target(j, "", &base()).unwrap().as_str(),
            "http://x.gov.cn/zwgk/index.shtml"
        );
        let r = r#"<script>location.replace('https://www.x.gov.cn/')</script>"#;
        assert_eq!(
            stub_target(r, "", &base()).unwrap().as_str(),
            "https://www.x.gov.cn/"
        );
    }

    #[test]
    fn normal_pages_are_not_stubs() {
        let j = r#"<script>function go(){ window.location.href = "/search"; }</script>"#;
        let text = "某某县人民政府 ".repeat(50);
        assert!(stub_target(j, &text, &base()).is_none());
    }
}

/// The main frame of a frameset homepage (a page with no text and no
/// anchors, only frames): the content a visitor sees. Frames named like
/// navigation or banners are passed over.
pub(crate) fn main_frame(facts: &govcheck_model::PageFacts) -> Option<Url> {
    use govcheck_model::LinkTag;
    if facts
        .visible_text
        .chars()
        .filter(|c| !c.is_whitespace())
        .count()
        > STUB_TEXT_MAX
        || facts.links.iter().any(|l| l.tag == LinkTag::A)
    {
        return None;
    }
    let frames: Vec<&str> = facts
        .links
        .iter()
        .filter(|l| matches!(l.tag, LinkTag::Frame | LinkTag::Iframe))
        .map(|l| l.url.as_str())
        .collect();
    let navlike = |u: &str| {
        let l = u.to_ascii_lowercase();
        [
            "top", "head", "banner", "nav", "menu", "left", "foot", "bottom",
        ]
        .iter()
        .any(|w| l.rsplit('/').next().unwrap_or("").contains(w))
    };
    let pick = frames.iter().find(|u| !navlike(u)).or(frames.first())?;
    Url::parse(pick).ok()
}

#[cfg(test)]
mod frame_tests {
    use super::*;
    use govcheck_model::{LinkTag, PageFacts, PageLink};

    fn link(url: &str, tag: LinkTag) -> PageLink {
        PageLink {
            url: url.into(),
            text: String::new(),
            title: String::new(),
            tag,
            in_nav: false,
        }
    }

    #[test]
    fn frameset_homepage_main_frame() {
        let f = PageFacts {
            links: vec![
                link("http://x.cn/top.html", LinkTag::Frame),
                link("http://x.cn/main.html", LinkTag::Frame),
            ],
            ..Default::default()
        };
        assert_eq!(main_frame(&f).unwrap().as_str(), "http://x.cn/main.html");
        let normal = PageFacts {
            links: vec![
                link("http://x.cn/a.html", LinkTag::A),
                link("http://x.cn/ad.html", LinkTag::Iframe),
            ],
            ..Default::default()
        };
        assert!(main_frame(&normal).is_none());
    }
}

#[cfg(test)]
mod realpages {
    use super::*;

    /// Real government pages carry no unparsable hrefs outside scripts and
    /// comments (the parser must not invent `invalid_url` findings), and
    /// none is a redirect stub or an error page.
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
            let d = govcheck_page::decode(&bytes, None);
            let f = govcheck_page::parse(&base, &d.text, d.encoding);
            assert!(
                f.invalid_hrefs.is_empty(),
                "{}: {:?}",
                p.display(),
                f.invalid_hrefs
            );
            // And no real page is mistaken for a redirect stub or an error page.
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
