//! One site, end to end.

use crate::Checks;
use chrono::NaiveDate;
use govcheck_config::sites::Site;
use govcheck_crawl::{CrawlConfig, CrawledPage, Crawler, FetchFailure, SiteScope, canonical_key};
use govcheck_inspect::{columns, freshness, guides, identity, links, messages, score};
use govcheck_model::{
    Finding, FindingDetail, LinkErrorClass, LinkTag, PageFacts, SITE_REPORT_SCHEMA, Severity,
    SiteReport, Stats,
};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use url::Url;

/// Crawl settings of a run (the crawling options of the command line).
#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// Requests per second per host.
    pub rate: f64,
    /// Requests in flight at once, all hosts together.
    pub concurrency: usize,
    pub max_pages: usize,
    /// Requests in flight per host (politeness; 2 is the courteous default).
    pub per_host_connections: usize,
    pub timeout: Duration,
    /// Loopback name overrides, for tests only.
    pub resolve: Vec<(String, std::net::SocketAddr)>,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            rate: 2.0,
            concurrency: 16,
            max_pages: 2000,
            per_host_connections: 2,
            timeout: Duration::from_secs(20),
            resolve: Vec::new(),
        }
    }
}

/// Live counters for a progress display.
#[derive(Debug, Default)]
pub struct Progress {
    pub pages: AtomicU64,
    pub findings: AtomicU64,
    pub sites_done: AtomicU64,
    pub sites_failed: AtomicU64,
}

/// Pages kept after the crawl for the column checks: list and navigation
/// pages near the homepage, without their text (memory stays bounded by
/// this budget, not by the site).
const KEPT_PAGES: usize = 400;
const KEPT_DEPTH: u32 = 3;

/// Checks sites. Cheap to share: one crawler (one HTTP client, one
/// politeness state) serves every site of a sweep.
pub struct Engine {
    crawler: Crawler,
    checks: Arc<Checks>,
    pub progress: Arc<Progress>,
}

impl Engine {
    pub fn new(
        options: &EngineOptions,
        checks: Arc<Checks>,
    ) -> Result<Engine, govcheck_crawl::CrawlError> {
        let rules = &checks.rules;
        let config = CrawlConfig {
            rate: options.rate,
            concurrency: options.concurrency.max(1),
            max_pages: options.max_pages.max(1),
            per_host_connections: options.per_host_connections.max(1),
            timeout: options.timeout,
            retries: rules.links.retries,
            max_retry_after: Duration::from_secs(rules.links.max_retry_after_secs),
            confirm_delay: Duration::from_millis(rules.links.confirm_delay_ms),
            soft_404_patterns: rules.links.soft_404_patterns.clone(),
            resolve: options.resolve.clone(),
            ..CrawlConfig::default()
        };
        Ok(Engine {
            crawler: Crawler::new(config)?,
            checks,
            progress: Arc::new(Progress::default()),
        })
    }

    pub fn checks(&self) -> &Checks {
        &self.checks
    }

    /// Checks one site and returns its report. An unreachable site is a
    /// finding, not an error; the one error is a site whose robots.txt
    /// forbids its homepage, which cannot be judged without an authorised
    /// inspection (`ignore_robots = true`).
    pub async fn check_site(
        &self,
        site: &Site,
        as_of: NaiveDate,
        probes: Option<ProbeWindow>,
    ) -> Result<SiteReport, NotCheckable> {
        let started = Instant::now();
        let checks = &*self.checks;
        let scope = SiteScope {
            homepage: site.url.clone(),
            extra_hosts: site.extra_hosts.clone(),
            seeds: site
                .columns
                .values()
                .filter_map(|p| site.url.join(p).ok())
                .collect(),
            ignore_robots: site.ignore_robots,
            rate: site.rate,
        };
        if site.ignore_robots {
            tracing::info!(site = %site.id, "robots.txt ignored: authorised inspection");
        }

        let mut collector = PageCollector::new(checks, as_of, self.progress.clone());
        let crawl = self
            .crawler
            .crawl_site(&scope, &mut |page: CrawledPage| collector.take(page))
            .await;
        if crawl.homepage_disallowed {
            return Err(NotCheckable {
                reason: format!(
                    "robots.txt 禁止抓取首页 {}：如属授权检查，请在站点清单中设置 ignore_robots = true \
                     (robots.txt forbids the homepage; set ignore_robots = true for an authorised inspection)",
                    site.url
                ),
            });
        }
        // A 政府信息公开 platform on another host is part of the portal:
        // crawl it too (links, words, guides, messages), as its own start.
        let mut broken = crawl.broken;
        let mut redirect_aliases = crawl.redirect_aliases;
        let mut links_checked = crawl.links_checked;
        let mut stats: Stats = crawl.stats.clone();
        let foreign = match (&crawl.homepage, &collector.homepage) {
            (Ok(()), Some(home)) => foreign_platforms(home, &scope),
            _ => Vec::new(),
        };
        for platform in foreign.iter().cloned() {
            tracing::info!(site = %site.id, %platform, "政府信息公开 platform on another host: crawled too");
            let platform_scope = SiteScope {
                homepage: platform,
                extra_hosts: Vec::new(),
                seeds: Vec::new(),
                ignore_robots: site.ignore_robots,
                rate: site.rate,
            };
            let extra = self
                .crawler
                .crawl_site(&platform_scope, &mut |mut page: CrawledPage| {
                    page.is_homepage = false;
                    page.depth += 1;
                    collector.take(page)
                })
                .await;
            for mut b in extra.broken {
                b.on_homepage = false;
                broken.push(b);
            }
            redirect_aliases.extend(extra.redirect_aliases);
            links_checked += extra.links_checked;
            add_stats(&mut stats, &extra.stats);
        }
        let mut findings = std::mem::take(&mut collector.findings);
        let excluded = std::mem::take(&mut collector.excluded_items);
        // Requested → served URLs: a list links a message's page under the
        // first, its detail page is keyed by the second.
        let aliases: HashMap<String, String> = redirect_aliases.into_iter().collect();
        // Excluded columns list their items under the URLs they link,
        // which may redirect: the pages they were served from are excluded
        // too.
        let excluded_served: std::collections::HashSet<&String> =
            excluded.iter().filter_map(|e| aliases.get(e)).collect();
        let judged_messages = std::mem::take(&mut collector.messages)
            .into_iter()
            .filter(|m| !excluded.contains(&m.url) && !excluded_served.contains(&m.url))
            .map(|mut m| {
                if let Some(served_from) = aliases.get(&m.url) {
                    m.url.clone_from(served_from);
                }
                m
            });
        findings.extend(messages::judge(judged_messages, as_of, &checks.rules));

        // The homepage failed here, or the recorded probes fail too often.
        let veto_rate = checks.rules.availability.veto_failure_rate_ge;
        let unreachable = match (&crawl.homepage, &probes) {
            (Err(fail), _) => {
                // The circular's reader gets the cause in Chinese first,
                // then the technical texts of each attempt.
                let cause = match (fail.error.class, fail.error.status) {
                    (LinkErrorClass::HttpStatus, Some(s)) => format!("首页无法打开：HTTP {s}"),
                    (class, _) => format!("首页无法打开：{}", class.label_zh()),
                };
                let mut errors = vec![cause];
                errors.extend(fail.errors.iter().cloned());
                Some((fail.attempts, errors))
            }
            (Ok(()), Some(p)) if p.failure_rate >= veto_rate => {
                Some((p.probes as u32, p.errors.clone()))
            }
            _ => None,
        };
        if let Some((attempts, errors)) = unreachable {
            findings.push(Finding::new(
                Severity::Veto,
                FindingDetail::SiteUnreachable {
                    url: site.url.to_string(),
                    attempts,
                    errors,
                    probe_failure_rate: probes.as_ref().map(|p| p.failure_rate),
                    probes: probes.as_ref().map(|p| p.probes),
                },
            ));
        }

        // `govcheck check URL` without a category: read name and category
        // off the homepage before the column checks use the category.
        let mut site = site.clone();
        if site.infer_identity
            && let Some(home) = &collector.homepage
            && let Some(name) = identity::site_name(home)
        {
            site.category = identity::category_of(&name);
            tracing::info!(%name, category = %site.category, "site identity read off the homepage");
            site.name = name;
        }
        let site = &site;
        if let (Ok(()), Some(home)) = (&crawl.homepage, collector.homepage.take()) {
            if let Some(f) = freshness::homepage(&home, as_of, &checks.rules) {
                findings.push(f);
            }
            // The column checks may fetch platform pages on those hosts too.
            let mut column_scope = scope.clone();
            column_scope
                .extra_hosts
                .extend(foreign.iter().filter_map(authority));
            let column_findings = self
                .check_columns(site, &column_scope, &home, &mut collector.kept, as_of)
                .await;
            findings.extend(column_findings);
        }

        let broken_findings: Vec<Finding> = broken
            .into_iter()
            .map(|b| links::finding(b.url, b.found_on, b.on_homepage, b.error))
            .collect();
        findings.extend(links::merge(broken_findings));

        stats.links_checked = links_checked;
        stats.duration_ms = started.elapsed().as_millis() as u64;
        let catalog = &checks.catalog;
        let verdict = score::verdict(&findings, &checks.rules, &|name: &str| {
            columns::freshness_class(catalog, name).map(str::to_string)
        });
        self.progress
            .findings
            .fetch_add(findings.len() as u64, Ordering::Relaxed);
        let mut report = SiteReport {
            schema: SITE_REPORT_SCHEMA.to_string(),
            site: site.to_ref(),
            as_of,
            stats,
            verdict,
            findings,
        };
        report.sort_findings();
        Ok(report)
    }

    /// Locates the required columns and judges them. Pages the crawl did
    /// not keep (or reach) are fetched here, once.
    async fn check_columns(
        &self,
        site: &Site,
        scope: &SiteScope,
        home: &PageFacts,
        kept: &mut BTreeMap<String, PageFacts>,
        as_of: NaiveDate,
    ) -> Vec<Finding> {
        let checks = &*self.checks;
        let platform_links = columns::platform_links(home);
        let mut platform = Vec::new();
        for link in platform_links {
            if let Some(p) = self.page(&link, scope, kept).await {
                platform.push(p);
            }
        }
        // Every kept page near the homepage helps: column names appear in
        // menus of second-level pages too.
        let mut nav_pages: Vec<&PageFacts> = platform.iter().collect();
        nav_pages.extend(kept.values());
        let locations = columns::locate(
            &checks.catalog,
            site.category,
            &site.columns,
            home,
            &nav_pages,
        );
        let mut judged = Vec::with_capacity(locations.len());
        for location in locations {
            let mut pages: Vec<PageFacts> = Vec::new();
            if let Some(url) = location.url.clone()
                && let Some(first) = self.page(&url, scope, kept).await
            {
                pages.push(first);
                loop {
                    let refs: Vec<&PageFacts> = pages.iter().collect();
                    let Some(next) = columns::next_page_wanted(&refs) else {
                        break;
                    };
                    if pages.iter().any(|p| p.url == next) {
                        break;
                    }
                    match self.page(&next, scope, kept).await {
                        Some(p) => pages.push(p),
                        None => break,
                    }
                }
            }
            judged.push((location, pages));
        }
        let columns: Vec<(columns::ColumnLocation, Vec<&PageFacts>)> = judged
            .iter()
            .map(|(l, pages)| (l.clone(), pages.iter().collect()))
            .collect();
        columns::judge(&checks.catalog, &checks.rules, as_of, &columns)
    }

    /// A page from the kept set, or fetched now. A page that answers
    /// with an error status comes back as facts carrying that status, so
    /// that the column checks can call a dead column link missing.
    async fn page(
        &self,
        url: &str,
        scope: &SiteScope,
        kept: &mut BTreeMap<String, PageFacts>,
    ) -> Option<PageFacts> {
        let parsed = Url::parse(url).ok()?;
        let key = canonical_key(&parsed);
        if let Some(p) = kept.get(&key) {
            return Some(p.clone());
        }
        match self.crawler.fetch_page(&parsed, scope).await {
            Ok(p) => {
                kept.insert(key, slim(p.clone(), 1));
                Some(p)
            }
            Err(FetchFailure::Failed { error, .. }) if error.status.is_some() => {
                tracing::info!(%url, status = error.status, "column page answers with an error");
                Some(PageFacts {
                    url: url.to_string(),
                    final_url: url.to_string(),
                    status: error.status.unwrap_or_default(),
                    ..PageFacts::default()
                })
            }
            Err(e) => {
                tracing::info!(%url, error = %e, "column page could not be fetched");
                None
            }
        }
    }
}

/// 政府信息公开 platform pages linked from the homepage that live on a
/// host outside the site's scope (at most two: a portal has one platform).
fn foreign_platforms(home: &PageFacts, scope: &SiteScope) -> Vec<Url> {
    let own = authority(&scope.homepage);
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for link in columns::platform_links(home) {
        let Ok(u) = Url::parse(&link) else { continue };
        let Some(a) = authority(&u) else { continue };
        if Some(&a) == own.as_ref() || scope.extra_hosts.contains(&a) || seen.contains(&a) {
            continue;
        }
        if let Some(h) = u.host_str()
            && scope.extra_hosts.iter().any(|e| e == h)
        {
            continue;
        }
        seen.push(a);
        out.push(u);
        if out.len() == 2 {
            break;
        }
    }
    out
}

/// `host:port` as a site's `extra_hosts` name it (`host` on the default port).
fn authority(u: &Url) -> Option<String> {
    let host = u.host_str()?;
    Some(match u.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    })
}

/// Adds a further crawl's counters to a site's.
fn add_stats(total: &mut Stats, more: &Stats) {
    total.pages_fetched += more.pages_fetched;
    total.requests += more.requests;
    total.robots_disallowed += more.robots_disallowed;
    total.skipped_by_budget += more.skipped_by_budget;
    total.truncated_bodies += more.truncated_bodies;
}

/// A site that cannot be judged at all.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{reason}")]
pub struct NotCheckable {
    pub reason: String,
}

/// The availability probes of a site over the rules' window.
#[derive(Debug, Clone)]
pub struct ProbeWindow {
    pub probes: u64,
    pub failure_rate: f64,
    /// A few distinct error texts, as evidence.
    pub errors: Vec<String>,
}

/// Runs the per-page checks as pages arrive, and keeps what the column
/// checks need once the crawl is over.
struct PageCollector<'a> {
    checks: &'a Checks,
    guides: guides::GuideChecker<'a>,
    as_of: NaiveDate,
    progress: Arc<Progress>,
    findings: Vec<Finding>,
    homepage: Option<PageFacts>,
    /// Keyed by canonical URL; ordered, so that the column checks (and
    /// their `looked_in` evidence) come out the same on every run.
    kept: BTreeMap<String, PageFacts>,
    /// Messages read from list and detail pages; judged once at the end,
    /// because a reply seen on a detail page outweighs a list's 未回复.
    messages: Vec<messages::Message>,
    /// Items listed by excluded columns (在线访谈, 调查征集 …).
    excluded_items: std::collections::HashSet<String>,
}

impl<'a> PageCollector<'a> {
    fn new(checks: &'a Checks, as_of: NaiveDate, progress: Arc<Progress>) -> Self {
        PageCollector {
            checks,
            guides: guides::GuideChecker::new(&checks.rules),
            as_of,
            progress,
            findings: Vec::new(),
            homepage: None,
            kept: BTreeMap::new(),
            messages: Vec::new(),
            excluded_items: std::collections::HashSet::new(),
        }
    }

    fn take(&mut self, page: CrawledPage) {
        self.progress.pages.fetch_add(1, Ordering::Relaxed);
        let facts = page.facts;
        let rules = &self.checks.rules;
        let words = self.checks.words.page_findings(&facts, self.as_of, rules);
        tracing::debug!(url = %facts.url, depth = page.depth, words = words.len(), "page checked");
        self.findings.extend(words);
        if let Some(f) = self.guides.check(&facts) {
            self.findings.push(f);
        }
        if messages::is_excluded(&facts, &rules.messages) {
            // 在线访谈, 调查征集 …: what such a column lists is not judged,
            // even when its detail pages do not say which column they are in.
            self.excluded_items.extend(
                facts
                    .links
                    .iter()
                    .filter(|l| !l.in_nav && l.tag == LinkTag::A)
                    .map(|l| l.url.clone()),
            );
        } else if messages::is_message_page(&facts) {
            self.messages
                .extend(messages::extract(&facts, self.as_of, rules));
        }
        if page.is_homepage {
            self.homepage = Some(facts);
        } else if self.kept.len() < KEPT_PAGES && worth_keeping(&facts, page.depth) {
            let key = Url::parse(&facts.url)
                .map(|u| canonical_key(&u))
                .unwrap_or_else(|_| facts.url.clone());
            self.kept.insert(key, slim(facts, page.depth));
        }
    }
}

/// Whether the column checks may want this page: navigation pages up to
/// two clicks from the homepage, and list-like pages a little deeper. Articles are not
/// kept; a column that is a single page is fetched again on demand.
fn worth_keeping(facts: &PageFacts, depth: u32) -> bool {
    let article = facts
        .meta("articletitle")
        .is_some_and(|t| !t.trim().is_empty())
        || (facts.published.is_some() && facts.dated_items.is_empty());
    if article || depth > KEPT_DEPTH {
        return false;
    }
    depth <= 2
        || !facts.dated_items.is_empty()
        || !facts.pagination.is_empty()
        || facts.says_empty
        || facts.meta("columnname").is_some()
}

/// Bytes of text kept per page: the visible text of navigation pages, where
/// the column checks read the headings near column links, and the start of
/// the main text, enough to tell a filled single-page column from an empty
/// one; memory stays bounded by `KEPT_PAGES` times these.
const KEPT_NAV_TEXT: usize = 16 * 1024;
const KEPT_CONTENT_TEXT: usize = 2 * 1024;
const KEPT_DATED_ITEMS: usize = 40;

fn truncate_at_char(text: &mut String, max: usize) {
    if text.len() > max {
        let mut end = max;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text.shrink_to_fit();
}

/// Drops the parts of a page the column checks do not read.
fn slim(mut facts: PageFacts, depth: u32) -> PageFacts {
    if depth <= 2 {
        truncate_at_char(&mut facts.visible_text, KEPT_NAV_TEXT);
    } else {
        facts.visible_text = String::new();
    }
    truncate_at_char(&mut facts.content_text, KEPT_CONTENT_TEXT);
    facts.fields = Vec::new();
    facts.rows = Vec::new();
    // A long list announces every one of its pages; the column checks
    // follow at most a few, so a kept page does not carry them all.
    facts.pagination.truncate(columns::MAX_COLUMN_PAGES);
    // The newest date of a list is among its first items (lists run
    // newest first); the rest only costs memory.
    facts.dated_items.truncate(KEPT_DATED_ITEMS);
    facts
        .links
        .retain(|l| l.tag.is_navigational() && l.tag != LinkTag::Pagination);
    facts.links.shrink_to_fit();
    facts
}
