//! HTTP for govcheck: one shared client, per-host politeness, robots.txt,
//! redirects by hand, retries, body cap, the frontier, and link-target
//! verification. It fetches and parses; it never judges.
//!
//! The entry point is [`Crawler`]: build one per run (it holds the shared
//! reqwest client, the per-host limiters and the robots cache) and call
//! [`Crawler::crawl_site`] for each site.
//!
//! Modules, in the order a request meets them:
//! - `crawler`: the site crawl (homepage, BFS scheduler, target bookkeeping);
//! - `frontier`: what is crawled (page/depth budgets, trap guards, assets);
//! - `scope`: which hosts belong to the site; politeness keys;
//! - `canonical`: URL canonicalisation for dedup;
//! - `verify`: fetching a page once, checking a target, judging the answer;
//! - `fetch`: one logical request (redirects by hand, retries, body cap);
//! - `politeness`: per-host governor limiter, connection caps, pauses;
//! - `robots`: robots.txt cache and rules;
//! - `classify`: error classes, Retry-After, soft-404 recognition;
//! - `refresh`: client-side redirect stubs, which the HTML parser does
//!   not follow (unresolvable hrefs come from the parser, as
//!   `PageFacts::invalid_hrefs`);
//! - `client`: the shared reqwest client and User-Agent.

mod canonical;
mod classify;
mod client;
mod crawler;
mod fetch;
mod frontier;
mod politeness;
mod refresh;
mod robots;
mod scope;
mod verify;

use std::net::SocketAddr;
use std::time::Duration;

pub use canonical::{canonical_key, canonicalize};
pub use classify::{is_soft_404_page, parse_retry_after};
pub use client::USER_AGENT;
pub use crawler::Crawler;
pub use govcheck_model::{FoundOn, LinkError, LinkErrorClass, PageFacts, Stats};
pub use scope::SiteScope;

/// How the crawler resolves host names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DnsMode {
    /// The system resolver (getaddrinfo), plus the `resolve` overrides.
    #[default]
    System,
    /// Only the `resolve` overrides; every other name fails as a DNS error
    /// without any network traffic. For tests that must stay on loopback.
    OverridesOnly,
}

/// Crawl settings shared by every site of a run.
#[derive(Debug, Clone)]
pub struct CrawlConfig {
    /// Requests per second per host; `<= 0` means unlimited (benchmarks).
    pub rate: f64,
    /// Global cap on requests in flight.
    pub concurrency: usize,
    /// Requests in flight per host.
    pub per_host_connections: usize,
    /// Pages fetched and parsed per site.
    pub max_pages: usize,
    /// Link depth from the homepage (homepage = 0).
    pub max_depth: u32,
    /// Distinct link targets verified per site (besides crawled pages).
    pub max_checks: usize,
    /// Total time of one request, body included.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Largest body read of a crawled page; longer bodies are cut.
    pub body_cap: usize,
    /// Largest body read of a checked (not crawled) page, enough for a
    /// soft-404 title check.
    pub check_body_cap: usize,
    /// Retries of timeouts, connection errors, 429 and 503.
    pub retries: u32,
    /// Longest Retry-After waited out.
    pub max_retry_after: Duration,
    /// First backoff pause of a retry (doubled each time, with jitter).
    pub backoff_base: Duration,
    /// Pause before the confirming second attempt of a failure.
    pub confirm_delay: Duration,
    pub user_agent: String,
    /// Title or main-text patterns of an error page served with 200.
    pub soft_404_patterns: Vec<String>,
    /// Steps of one chain: a page reached from a page of its own URL shape
    /// (calendars, ever-growing queries, pagination chains).
    pub chain_budget: usize,
    /// Chained pages of one URL shape over all chains (branching traps).
    pub template_budget: usize,
    /// Pages whose path repeats a segment pattern (`/a/b/a/b/...`).
    pub repeated_path_budget: usize,
    /// Longest query string crawled (longer ones are only checked).
    pub max_query_len: usize,
    /// reqwest `.resolve` overrides (tests point names at loopback).
    pub resolve: Vec<(String, SocketAddr)>,
    /// Extra trusted root certificates (DER), added to the system roots:
    /// an office's own CA, or a test CA.
    pub extra_root_certs: Vec<Vec<u8>>,
    pub dns: DnsMode,
}

impl Default for CrawlConfig {
    fn default() -> Self {
        CrawlConfig {
            rate: 2.0,
            concurrency: 16,
            per_host_connections: 2,
            max_pages: 5000,
            max_depth: 8,
            max_checks: 20_000,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            body_cap: 10 * 1024 * 1024,
            check_body_cap: 256 * 1024,
            retries: 2,
            max_retry_after: Duration::from_secs(60),
            backoff_base: Duration::from_millis(500),
            confirm_delay: Duration::from_secs(2),
            user_agent: USER_AGENT.to_string(),
            soft_404_patterns: classify::DEFAULT_SOFT_404_PATTERNS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            chain_budget: 50,
            template_budget: 500,
            repeated_path_budget: 20,
            max_query_len: 200,
            resolve: Vec::new(),
            extra_root_certs: Vec::new(),
            dns: DnsMode::System,
        }
    }
}

/// The crawler could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    #[error("cannot build the HTTP client: {0}")]
    Client(#[source] reqwest::Error),
    #[error("extra root certificate #{index} is not a DER certificate: {source}")]
    RootCert {
        index: usize,
        #[source]
        source: reqwest::Error,
    },
}

/// One crawled page, handed to the caller as soon as it is parsed.
#[derive(Debug, Clone)]
pub struct CrawledPage {
    pub facts: PageFacts,
    pub depth: u32,
    pub is_homepage: bool,
}

/// The homepage could not be fetched, after retries and a confirming attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomepageFailure {
    pub url: String,
    pub attempts: u32,
    /// One human-readable error per failed attempt.
    pub errors: Vec<String>,
    pub error: LinkError,
}

/// A broken link target: one per distinct canonical URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenTarget {
    /// The URL as linked (canonical form).
    pub url: String,
    /// Pages it was found on, with anchor/alt text (at most 200).
    pub found_on: Vec<FoundOn>,
    pub on_homepage: bool,
    pub error: LinkError,
}

/// The result of one site's crawl.
#[derive(Debug, Clone)]
pub struct SiteCrawl {
    pub homepage: Result<(), HomepageFailure>,
    /// `duration_ms` is left to the caller.
    pub stats: Stats,
    /// Sorted by URL.
    pub broken: Vec<BrokenTarget>,
    pub links_checked: u64,
    /// robots.txt disallows the homepage itself: nothing was crawled
    /// (the site is reachable; the engine should not judge its content).
    pub homepage_disallowed: bool,
    /// Site pages reached through a redirect, whether parsed then or
    /// already parsed under their final URL (which the page callback never
    /// says): (URL as linked, canonical form; URL served from). At most
    /// [`MAX_REDIRECT_ALIASES`], so that a site of redirects costs bounded
    /// memory.
    pub redirect_aliases: Vec<(String, String)>,
}

/// Most entries of [`SiteCrawl::redirect_aliases`].
pub const MAX_REDIRECT_ALIASES: usize = 10_000;

/// Why [`Crawler::fetch_page`] returned no page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchFailure {
    #[error("robots.txt disallows {0}")]
    Disallowed(String),
    #[error("{url} is not an HTML page (status {status}, content type {content_type:?})")]
    NotHtml {
        url: String,
        status: u16,
        content_type: Option<String>,
    },
    #[error("{url} is outside the site (redirected to {final_url})")]
    OffSite { url: String, final_url: String },
    #[error("{url}: {}", describe(.error))]
    Failed { url: String, error: LinkError },
}

/// A short human-readable description of a link error.
pub fn describe(e: &LinkError) -> String {
    let mut s = e.class.as_str().to_string();
    if let Some(st) = e.status {
        s.push_str(&format!(" {st}"));
    }
    if let Some(r) = &e.reason {
        s.push_str(&format!(" ({r})"));
    }
    s
}
