//! Which URLs belong to a site (crawled) and which are only checked.

use url::Url;

/// One site to crawl.
#[derive(Debug, Clone)]
pub struct SiteScope {
    pub homepage: Url,
    /// Further hosts of the same site (`host` or `host:port`).
    pub extra_hosts: Vec<String>,
    /// Further start pages (column pages from the site entry).
    pub seeds: Vec<Url>,
    /// An authorised inspection: robots.txt is not read (logged).
    pub ignore_robots: bool,
    /// Requests per second for this site's hosts, overriding the run's rate.
    pub rate: Option<f64>,
}

impl SiteScope {
    pub fn new(homepage: Url) -> Self {
        SiteScope {
            homepage,
            extra_hosts: Vec::new(),
            seeds: Vec::new(),
            ignore_robots: false,
            rate: None,
        }
    }
}

/// A host of the scope: a name and, if pinned, a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScopeHost {
    host: String,
    port: Option<u16>,
}

/// The hosts whose pages are crawled.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    hosts: Vec<ScopeHost>,
}

fn is_default_port(p: u16) -> bool {
    p == 80 || p == 443
}

impl Scope {
    pub(crate) fn of(site: &SiteScope) -> Scope {
        let mut s = Scope::default();
        s.add_url(&site.homepage);
        for h in &site.extra_hosts {
            let h = h.trim().to_ascii_lowercase();
            let parsed = Url::parse(&format!("http://{h}/")).ok();
            if let Some(u) = parsed {
                let port = u.port();
                if let Some(name) = u.host_str() {
                    s.hosts.push(ScopeHost {
                        host: name.to_string(),
                        port,
                    });
                }
            }
        }
        s
    }

    /// Adds the host (and port) of a URL, e.g. where the homepage redirects.
    pub(crate) fn add_url(&mut self, u: &Url) {
        if let Some(h) = u.host_str() {
            let sh = ScopeHost {
                host: h.to_ascii_lowercase(),
                port: u.port_or_known_default(),
            };
            if !self.hosts.contains(&sh) {
                self.hosts.push(sh);
            }
        }
    }

    /// Same host name, and the same port — where the default ports 80 and
    /// 443 count as one (http → https upgrades stay on the site).
    pub(crate) fn contains(&self, u: &Url) -> bool {
        let Some(h) = u.host_str() else {
            return false;
        };
        let port = u.port_or_known_default();
        self.hosts.iter().any(|s| {
            s.host.eq_ignore_ascii_case(h)
                && match (s.port, port) {
                    (None, _) => true,
                    (Some(a), Some(b)) => a == b || (is_default_port(a) && is_default_port(b)),
                    (Some(_), None) => false,
                }
        })
    }
}

/// The politeness key of a URL: `host:port`, where the default ports 80
/// and 443 are one key (`http://x` and `https://x` are one server, and its
/// rate is shared).
pub(crate) fn host_key(u: &Url) -> String {
    let host = u.host_str().unwrap_or("").to_ascii_lowercase();
    match u.port_or_known_default() {
        Some(p) if !is_default_port(p) => format!("{host}:{p}"),
        _ => host,
    }
}

/// The robots.txt key: the origin (robots.txt is per scheme, host and port).
pub(crate) fn robots_key(u: &Url) -> String {
    u.origin().ascii_serialization()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_by_host_and_port() {
        let mut site = SiteScope::new(Url::parse("http://127.0.0.1:4000/").unwrap());
        site.extra_hosts.push("xxgk.example.cn".into());
        let s = Scope::of(&site);
        assert!(s.contains(&Url::parse("http://127.0.0.1:4000/a").unwrap()));
        assert!(!s.contains(&Url::parse("http://127.0.0.1:4001/a").unwrap()));
        assert!(s.contains(&Url::parse("https://xxgk.example.cn/x").unwrap()));
        let s2 = Scope::of(&SiteScope::new(Url::parse("http://www.x.gov.cn/").unwrap()));
        assert!(s2.contains(&Url::parse("https://www.x.gov.cn/a").unwrap()));
        assert!(!s2.contains(&Url::parse("https://x.gov.cn/a").unwrap()));
    }

    #[test]
    fn politeness_keys() {
        let k = |s: &str| host_key(&Url::parse(s).unwrap());
        assert_eq!(k("http://WWW.x.cn/a"), k("https://www.x.cn/b"));
        assert_ne!(k("http://127.0.0.1:4000/"), k("http://127.0.0.1:4001/"));
        assert_eq!(k("http://127.0.0.1:4000/"), "127.0.0.1:4000");
    }
}
