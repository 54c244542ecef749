//! The one shared reqwest client.

use std::net::SocketAddr;

use crate::{CrawlConfig, CrawlError, DnsMode};

/// Honest User-Agent with a contact URL, so a webmaster can tell who
/// crawls and why.
pub const USER_AGENT: &str = concat!(
    "govcheck/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/govcheck/govcheck; 政府网站检查)"
);

/// The product token matched against robots.txt `User-agent` lines.
pub(crate) const ROBOTS_AGENT: &str = "govcheck";

/// Builds the client: rustls, compression, no automatic redirects (we follow
/// them by hand so every hop is rate-limited and recorded), no proxy (tests
/// stay on loopback and inspections go direct).
///
/// `decompress = false` builds the fallback client for servers whose
/// `Content-Encoding` lies: it hands over the bytes as sent.
pub(crate) fn build(cfg: &CrawlConfig, decompress: bool) -> Result<reqwest::Client, CrawlError> {
    let mut b = reqwest::Client::builder()
        .user_agent(cfg.user_agent.clone())
        .connect_timeout(cfg.connect_timeout)
        .timeout(cfg.timeout)
        .redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .no_proxy()
        .pool_max_idle_per_host(cfg.per_host_connections.max(1))
        .pool_idle_timeout(std::time::Duration::from_secs(30))
        .gzip(decompress)
        .brotli(decompress)
        .deflate(decompress)
        .retry(reqwest::retry::never());
    if cfg.dns == DnsMode::OverridesOnly {
        b = b.dns_resolver(NoResolver);
    }
    for (name, addr) in &cfg.resolve {
        b = b.resolve(name, *addr);
    }
    if !cfg.extra_root_certs.is_empty() {
        let mut certs = Vec::new();
        for (index, der) in cfg.extra_root_certs.iter().enumerate() {
            let c = reqwest::Certificate::from_der(der)
                .map_err(|source| CrawlError::RootCert { index, source })?;
            certs.push(c);
        }
        b = b.tls_certs_merge(certs);
    }
    b.build().map_err(CrawlError::Client)
}

/// A resolver that knows no names: only the `resolve` overrides (applied
/// on top by reqwest) succeed. Nothing leaves the machine.
struct NoResolver;

impl reqwest::dns::Resolve for NoResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let name = name.as_str().to_string();
        Box::pin(async move {
            let err: Box<dyn std::error::Error + Send + Sync> = Box::new(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("dns error: failed to lookup address information for {name}"),
            ));
            Err::<Box<dyn Iterator<Item = SocketAddr> + Send>, _>(err)
        })
    }
}
