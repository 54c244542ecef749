//! Helpers for crawl tests over loopback against the trap server.
#![allow(dead_code)]

use std::time::Duration;

use govcheck_crawl::{
    BrokenTarget, CrawlConfig, CrawledPage, Crawler, DnsMode, SiteCrawl, SiteScope,
};
pub use govcheck_testsite::traps::{LogEntry, TrapServer, html_page};
use url::Url;

/// robots.txt without Crawl-delay, so tests are not throttled to 1 req/s.
pub const FAST_ROBOTS: &str = "User-agent: *\nDisallow: /private/\n";

/// Short timeouts and pauses; DNS only through overrides (nothing leaves
/// the machine); rate unlimited unless a test sets it.
pub fn cfg() -> CrawlConfig {
    CrawlConfig {
        rate: 0.0,
        concurrency: 8,
        per_host_connections: 2,
        timeout: Duration::from_secs(3),
        connect_timeout: Duration::from_secs(1),
        retries: 2,
        backoff_base: Duration::from_millis(50),
        confirm_delay: Duration::from_millis(200),
        max_retry_after: Duration::from_secs(5),
        dns: DnsMode::OverridesOnly,
        ..CrawlConfig::default()
    }
}

pub async fn fast_server() -> TrapServer {
    TrapServer::start_with_robots(Some(FAST_ROBOTS))
        .await
        .expect("trap server starts")
}

/// A page with these links (`(href, text)`); `<img>` for `img:` hrefs.
pub fn links_page(title: &str, links: &[&str]) -> String {
    let body: String = links
        .iter()
        .map(|l| match l.strip_prefix("img:") {
            Some(src) => format!("<p><img src=\"{src}\" alt=\"图片{src}\"></p>"),
            None => format!("<p><a href=\"{l}\">链接 {l}</a></p>"),
        })
        .collect();
    html_page(title, &body)
}

pub async fn crawl(c: &CrawlConfig, home: &str) -> (SiteCrawl, Vec<CrawledPage>) {
    crawl_scope(c, SiteScope::new(Url::parse(home).unwrap())).await
}

pub async fn crawl_scope(c: &CrawlConfig, site: SiteScope) -> (SiteCrawl, Vec<CrawledPage>) {
    let crawler = Crawler::new(c.clone()).expect("crawler builds");
    let mut pages = Vec::new();
    let mut sink = |p: CrawledPage| pages.push(p);
    let out = crawler.crawl_site(&site, &mut sink).await;
    (out, pages)
}

pub fn broken<'a>(out: &'a SiteCrawl, url: &str) -> Option<&'a BrokenTarget> {
    out.broken.iter().find(|b| b.url == url)
}

/// The smallest gap between consecutive requests in a log.
pub fn min_gap(log: &[LogEntry]) -> Option<Duration> {
    closest_pair(log).map(|(a, b)| b.at - a.at)
}

/// The two consecutive requests closest in time.
pub fn closest_pair(log: &[LogEntry]) -> Option<(LogEntry, LogEntry)> {
    let mut l = log.to_vec();
    l.sort_by_key(|e| e.at);
    l.windows(2)
        .min_by_key(|w| w[1].at - w[0].at)
        .map(|w| (w[0].clone(), w[1].clone()))
}
