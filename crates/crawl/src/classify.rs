//! Turning transport errors and answers into `LinkErrorClass`es, and
//! recognising error pages served with 200 (soft 404).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use govcheck_model::LinkErrorClass;
use url::Url;

/// Default soft-404 patterns (the config's `links.soft_404_patterns`
/// replaces them).
pub(crate) const DEFAULT_SOFT_404_PATTERNS: [&str; 16] = [
    "页面不存在",
    "您访问的页面不存在",
    "您所访问的页面不存在",
    "页面未找到",
    "找不到页面",
    "找不到该页面",
    "页面找不到",
    "404 Not Found",
    "页面已删除",
    "信息已删除",
    "该信息不存在",
    "访问的页面不存在",
    "Page Not Found",
    "找不到",
    "文件不存在",
    "内容不存在",
];

/// A transport failure, classified.
#[derive(Debug, Clone)]
pub(crate) struct TransportError {
    pub class: LinkErrorClass,
    /// For TLS: `expired`, `self_signed`, `name_mismatch`, `handshake`.
    pub reason: Option<String>,
    /// The whole error chain, for logs and `HomepageFailure.errors`.
    pub text: String,
}

impl TransportError {
    /// Worth another try within the retry budget.
    pub(crate) fn retryable(&self) -> bool {
        matches!(
            self.class,
            LinkErrorClass::Timeout | LinkErrorClass::Connect
        )
    }
}

/// The error and its sources, joined.
pub(crate) fn chain_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        cur = c.source();
    }
    s
}

fn innermost(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(c) = cur.source() {
        cur = c;
    }
    cur.to_string()
}

pub(crate) fn classify_reqwest(e: &reqwest::Error) -> TransportError {
    let text = chain_text(e);
    // The URL is part of reqwest's message; a host named `tls.example`
    // must not look like a TLS failure.
    let bare = match e.url() {
        Some(u) => text.replace(u.as_str(), ""),
        None => text.clone(),
    };
    let (class, mut reason) = classify_text(&bare, e.is_timeout(), e.is_connect());
    if reason.is_none() && class == LinkErrorClass::Connect {
        // Evidence for the office: the innermost cause ("Connection refused").
        reason = Some(innermost(e));
    }
    TransportError {
        class,
        reason,
        text,
    }
}

/// Classifies by the error chain's text: reqwest does not expose DNS or
/// TLS causes as types, but their messages are stable enough
/// (hyper-util's `dns error`, rustls' certificate errors).
pub(crate) fn classify_text(
    text: &str,
    is_timeout: bool,
    is_connect: bool,
) -> (LinkErrorClass, Option<String>) {
    let l = text.to_ascii_lowercase();
    if is_timeout || l.contains("timed out") || l.contains("operation timed out") {
        return (LinkErrorClass::Timeout, None);
    }
    if l.contains("dns error")
        || l.contains("failed to lookup address")
        || l.contains("name or service not known")
        || l.contains("no address associated")
    {
        return (LinkErrorClass::Dns, None);
    }
    if l.contains("certificate")
        || l.contains("tls")
        || l.contains("handshake")
        || l.contains("unknownissuer")
        || l.contains("received fatal alert")
        || l.contains("corrupt message")
        || l.contains("peer misbehaved")
        || l.contains("peer is incompatible")
        || l.contains("invalidcontenttype")
        || l.contains("ssl error")
    {
        let reason = if l.contains("expired") || l.contains("not valid yet") {
            "expired"
        } else if l.contains("unknownissuer")
            || l.contains("unknown issuer")
            || l.contains("self-signed")
            || l.contains("self signed")
            || l.contains("selfsigned")
            || l.contains("untrusted")
            || l.contains("badsignature")
            || l.contains("bad signature")
        {
            "self_signed"
        } else if l.contains("notvalidforname")
            || l.contains("not valid for name")
            || l.contains("name mismatch")
        {
            "name_mismatch"
        } else {
            "handshake"
        };
        return (LinkErrorClass::Tls, Some(reason.to_string()));
    }
    let _ = is_connect;
    (LinkErrorClass::Connect, None)
}

/// `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), as a wait
/// from `now`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = parse_http_date(v)?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`.
fn parse_http_date(s: &str) -> Option<SystemTime> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    if parts.len() != 6 || !parts[5].eq_ignore_ascii_case("GMT") {
        return None;
    }
    let day: i64 = parts[1].parse().ok()?;
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lm = parts[2].to_ascii_lowercase();
    let month = months.iter().position(|m| *m == lm)? as i64 + 1;
    let year: i64 = parts[3].parse().ok()?;
    let hms: Vec<i64> = parts[4]
        .split(':')
        .map(|x| x.parse().ok())
        .collect::<Option<Vec<_>>>()?;
    if hms.len() != 3 || !(1..=31).contains(&day) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let secs = days * 86400 + hms[0] * 3600 + hms[1] * 60 + hms[2];
    if secs < 0 {
        return None;
    }
    Some(UNIX_EPOCH + Duration::from_secs(secs as u64))
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Characters that separate a title's parts (`页面不存在 - 某某县人民政府`).
fn is_title_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '_' | '|' | '–' | '—' | '·' | '｜' | '>' | '»' | '：' | ':' | '\n'
    )
}

fn strip_noise(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_noise(c))
        .collect::<String>()
        .to_lowercase()
}

/// Whitespace and punctuation that soft-404 matching ignores.
fn is_noise(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '!' | '！' | '。' | '.' | '，' | ',' | '~' | '～' | '…' | '(' | ')' | '（' | '）'
        )
}

/// Whether a 200 page is really an error page. The title must *be* the
/// error (one of its parts matches a pattern with at most a few extra
/// characters, or is a bare `404`), or the main text must be short and
/// start with the error: a normal article that mentions "404" or
/// "页面不存在" in its body does not trip it. Returns the matched pattern.
pub fn is_soft_404_page(title: &str, main_text: &str, patterns: &[String]) -> Option<String> {
    Soft404::new(patterns).page(title, main_text)
}

/// Soft-404 patterns prepared once per crawler (noise stripped and
/// lower-cased), not once per page.
#[derive(Debug, Clone)]
pub(crate) struct Soft404 {
    /// (normalised pattern, its length in chars, the pattern as given).
    pats: Vec<(String, usize, String)>,
}

impl Soft404 {
    pub(crate) fn new(patterns: &[String]) -> Soft404 {
        Soft404 {
            pats: patterns
                .iter()
                .map(|p| {
                    let n = strip_noise(p);
                    let len = n.chars().count();
                    (n, len, p.clone())
                })
                .filter(|(n, _, _)| !n.is_empty())
                .collect(),
        }
    }

    /// See [`is_soft_404_page`].
    pub(crate) fn page(&self, title: &str, main_text: &str) -> Option<String> {
        let pats = &self.pats;
        for part in title.split(is_title_separator) {
            let seg = strip_noise(part);
            if seg.is_empty() {
                continue;
            }
            let bare = seg
                .trim_start_matches("抱歉")
                .trim_start_matches("对不起")
                .trim_start_matches("sorry");
            if matches!(
                bare,
                "404" | "404错误" | "错误404" | "404error" | "error404" | "http404" | "notfound"
            ) {
                return Some(part.trim().to_string());
            }
            for (n, n_len, p) in pats {
                if bare.contains(n.as_str()) && bare.chars().count() <= n_len + 8 {
                    return Some(p.clone());
                }
            }
        }
        // Prominent text: a short main text whose opening carries the pattern.
        // Lower-casing never shortens a text, so a main text with more than 120
        // characters besides noise is long: it is not even copied (most pages).
        if main_text
            .chars()
            .filter(|&c| !is_noise(c))
            .nth(120)
            .is_some()
        {
            return None;
        }
        let text = strip_noise(main_text);
        let len = text.chars().count();
        if len > 0 && len <= 120 {
            let head: String = text.chars().take(40).collect();
            for (n, _, p) in pats {
                if head.contains(n.as_str()) {
                    return Some(p.clone());
                }
            }
            if let Some(rest) = head.strip_prefix("404")
                && (rest.is_empty()
                    || ["notfound", "错误", "error", "页面", "抱歉", "对不起", "您"]
                        .iter()
                        .any(|w| rest.starts_with(w)))
            {
                return Some("404".to_string());
            }
        }
        None
    }
}

/// Index-like paths that are the root of a site or section.
fn is_root_path(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    matches!(
        p.as_str(),
        "" | "/"
            | "/index.html"
            | "/index.htm"
            | "/index.shtml"
            | "/index.jsp"
            | "/index.php"
            | "/index.asp"
            | "/index.aspx"
            | "/default.htm"
            | "/default.html"
            | "/default.asp"
            | "/default.aspx"
    )
}

/// A deep link that ends, after redirects, on a site root or a generic
/// error page is a dead link dressed up as a redirect.
pub(crate) fn soft_404_redirect(original: &Url, final_url: &Url) -> Option<&'static str> {
    if original == final_url {
        return None;
    }
    let last = final_url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or("")
        .to_ascii_lowercase();
    let stem = last.split('.').next().unwrap_or("");
    if matches!(
        stem,
        "404" | "error" | "err" | "notfound" | "not_found" | "error404" | "404error" | "nofound"
    ) {
        return Some("redirect_to_error_page");
    }
    if !is_root_path(original.path()) && is_root_path(final_url.path()) {
        return Some("redirect_to_home");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pats() -> Vec<String> {
        DEFAULT_SOFT_404_PATTERNS
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn soft_404_titles() {
        let p = pats();
        assert!(is_soft_404_page("页面不存在", "", &p).is_some());
        assert!(is_soft_404_page("页面不存在 - 某某县人民政府", "", &p).is_some());
        assert!(is_soft_404_page("抱歉，您访问的页面不存在！", "", &p).is_some());
        assert!(is_soft_404_page("404", "", &p).is_some());
        assert!(is_soft_404_page("404 Not Found", "", &p).is_some());
        assert!(is_soft_404_page("错误", "抱歉，您访问的页面不存在。返回首页", &p).is_some());
        assert!(is_soft_404_page("找不到您要访问的内容", "", &p).is_some());
        assert!(is_soft_404_page("提示信息", "找不到您要访问的内容！返回首页", &p).is_some());
    }

    #[test]
    fn normal_pages_mentioning_404_are_not_soft_404() {
        let p = pats();
        assert!(is_soft_404_page("关于清理网站页面不存在等错误链接的通知", "", &p).is_none());
        let body = "为提升网站质量，我局对全站链接进行了检查，清理了返回404错误的链接，\
                    对“页面不存在”的情况逐一整改。今后将每月开展自查，确保链接可用。"
            .repeat(3);
        assert!(is_soft_404_page("网站链接自查整改情况", &body, &p).is_none());
        assert!(is_soft_404_page("第4040号公告", "404号文件", &p).is_none());
        assert!(is_soft_404_page("群众办事找不到门？我县推出帮办代办服务", "", &p).is_none());
    }

    #[test]
    fn redirect_to_home_or_error_page() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert_eq!(
            soft_404_redirect(&u("http://x.cn/a/b.html"), &u("http://x.cn/")),
            Some("redirect_to_home")
        );
        assert_eq!(
            soft_404_redirect(&u("http://x.cn/a/b.html"), &u("http://x.cn/404.html")),
            Some("redirect_to_error_page")
        );
        assert_eq!(
            soft_404_redirect(&u("http://x.cn/"), &u("https://x.cn/")),
            None
        );
        assert_eq!(
            soft_404_redirect(&u("http://x.cn/xxgk/"), &u("http://x.cn/xxgk/index.html")),
            None
        );
    }

    #[test]
    fn retry_after_forms() {
        let now = UNIX_EPOCH + Duration::from_secs(784111777);
        assert_eq!(parse_retry_after("3", now), Some(Duration::from_secs(3)));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:40 GMT", now),
            Some(Duration::from_secs(3))
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn error_texts() {
        assert_eq!(
            classify_text("error sending request: client error (Connect): dns error: failed to lookup address information", false, true).0,
            LinkErrorClass::Dns
        );
        assert_eq!(
            classify_text(
                "client error (Connect): invalid peer certificate: Expired",
                false,
                true
            ),
            (LinkErrorClass::Tls, Some("expired".into()))
        );
        assert_eq!(
            classify_text("invalid peer certificate: UnknownIssuer", false, true)
                .1
                .as_deref(),
            Some("self_signed")
        );
        assert_eq!(
            classify_text(
                "tcp connect error: Connection refused (os error 111)",
                false,
                true
            )
            .0,
            LinkErrorClass::Connect
        );
    }
}
