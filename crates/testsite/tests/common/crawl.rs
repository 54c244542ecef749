//! A naive whole-portal crawl for the self-check: every link, image,
//! stylesheet and script on every page of a portal, followed or checked,
//! so that the only broken targets are the ones `expected()` lists.

#![allow(dead_code)]

use super::{Response, get};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use url::Url;

/// Why a target is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    Status(u16),
    Soft404,
    RedirectLoop,
}

#[derive(Debug, Default)]
pub struct CrawlResult {
    /// Pages of the portal fetched with 200 and parsed.
    pub pages: BTreeSet<String>,
    /// Broken target (path+query for the portal's own host, the full URL
    /// otherwise) → (why, pages it was found on).
    pub broken: BTreeMap<String, (Broken, BTreeSet<String>)>,
    /// Every page's decoded text, by path.
    pub texts: BTreeMap<String, String>,
}

fn key(u: &Url, host: &str) -> String {
    let hp = format!("{}:{}", u.host_str().unwrap_or(""), u.port().unwrap_or(80));
    if hp == host {
        let mut k = u.path().to_string();
        if let Some(q) = u.query() {
            k.push('?');
            k.push_str(q);
        }
        percent_decode(&k)
    } else {
        u.to_string()
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn base_of(u: &Url) -> String {
    format!(
        "http://{}:{}/",
        u.host_str().unwrap_or(""),
        u.port().unwrap_or(80)
    )
}

fn target_of(u: &Url) -> String {
    match u.query() {
        Some(q) => format!("{}?{}", u.path(), q),
        None => u.path().to_string(),
    }
}

/// Fetches `u` following redirects (at most 5 hops).
async fn fetch(u: &Url) -> Result<(Url, Response), Broken> {
    let mut cur = u.clone();
    let mut seen = BTreeSet::new();
    for _ in 0..6 {
        if !seen.insert(cur.to_string()) {
            return Err(Broken::RedirectLoop);
        }
        let r = get(&base_of(&cur), &target_of(&cur))
            .await
            .map_err(|_| Broken::Status(0))?;
        if (300..400).contains(&r.status) {
            let loc = r.header("location").unwrap_or("/").to_string();
            cur = cur.join(&loc).map_err(|_| Broken::Status(r.status))?;
            continue;
        }
        return Ok((cur, r));
    }
    Err(Broken::RedirectLoop)
}

/// Crawls the portal at `base`; paths starting with one of `disallow` are
/// neither fetched nor checked (robots.txt).
pub async fn crawl(base: &str, disallow: &[&str]) -> CrawlResult {
    let start = Url::parse(base).expect("base URL");
    let host = format!(
        "{}:{}",
        start.host_str().unwrap_or(""),
        start.port().unwrap_or(80)
    );
    let link_re = Regex::new(r#"(?is)(?:href|src)\s*=\s*["']([^"']*)["']"#).expect("re");
    let comment_re = Regex::new(r"(?s)<!--.*?-->").expect("re");
    let page_re =
        Regex::new(r#"createPageHTML\((\d+),\s*(\d+),\s*"(\w+)",\s*"(\w+)"\)"#).expect("re");
    let title_re = Regex::new(r"(?is)<title>(.*?)</title>").expect("re");

    let mut result = CrawlResult::default();
    let mut queue: VecDeque<(Url, String)> = VecDeque::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    queue.push_back((start.clone(), String::new()));
    seen.insert(key(&start, &host));
    let mut checked: BTreeMap<String, Option<Broken>> = BTreeMap::new();

    while let Some((u, from)) = queue.pop_front() {
        let k = key(&u, &host);
        let internal = !k.starts_with("http");
        let outcome = fetch(&u).await;
        let (final_url, resp) = match outcome {
            Ok(x) => x,
            Err(b) => {
                let e = result
                    .broken
                    .entry(k.clone())
                    .or_insert((b, BTreeSet::new()));
                e.1.insert(from.clone());
                checked.insert(k, Some(e.0.clone()));
                continue;
            }
        };
        if resp.status >= 400 {
            let e = result
                .broken
                .entry(k.clone())
                .or_insert((Broken::Status(resp.status), BTreeSet::new()));
            e.1.insert(from.clone());
            continue;
        }
        let is_html = resp
            .header("content-type")
            .is_some_and(|c| c.contains("html"));
        if !is_html {
            continue;
        }
        let text = resp.text();
        if title_re
            .captures(&text)
            .is_some_and(|c| c[1].contains("页面不存在"))
        {
            let e = result
                .broken
                .entry(k.clone())
                .or_insert((Broken::Soft404, BTreeSet::new()));
            e.1.insert(from.clone());
            continue;
        }
        if !internal || key(&final_url, &host).starts_with("http") {
            continue;
        }
        result.pages.insert(k.clone());
        let cleaned = comment_re.replace_all(&text, "");
        let mut links: Vec<String> = link_re
            .captures_iter(&cleaned)
            .map(|c| c[1].replace("&amp;", "&"))
            .collect();
        for c in page_re.captures_iter(&cleaned) {
            let n: usize = c[1].parse().unwrap_or(0);
            for p in 1..n {
                links.push(format!("{}_{p}.{}", &c[3], &c[4]));
            }
        }
        result.texts.insert(k.clone(), text.clone());
        for l in links {
            let l = l.trim();
            if l.is_empty()
                || l.starts_with('#')
                || l.starts_with("javascript:")
                || l.starts_with("mailto:")
                || l.contains('\\')
                || l.contains('+')
            {
                continue;
            }
            let Ok(t) = final_url.join(l) else { continue };
            let tk = key(&t, &host);
            if disallow.iter().any(|d| tk.starts_with(d)) {
                continue;
            }
            if let Some(Some(_)) = checked.get(&tk) {
                if let Some(e) = result.broken.get_mut(&tk) {
                    e.1.insert(k.clone());
                }
                continue;
            }
            if let Some(e) = result.broken.get_mut(&tk) {
                e.1.insert(k.clone());
                continue;
            }
            if seen.insert(tk.clone()) {
                queue.push_back((t, k.clone()));
            }
        }
    }
    result
}
