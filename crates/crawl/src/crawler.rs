//! The site crawl: homepage first, then BFS over the site's pages while
//! every link target is verified once.
//!
//! One task drives everything: jobs wait in per-host queues and run as
//! futures in a `FuturesUnordered`, at most `concurrency` at once and at
//! most `per_host_connections` per host, so a slow external host never
//! blocks the site's own pages. Confirming attempts wait in the same set
//! without holding a slot.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::stream::{FuturesUnordered, StreamExt};
use govcheck_model::{FoundOn, LinkError, LinkErrorClass, LinkTag, PageFacts, Stats};
use tracing::{debug, info, warn};
use url::Url;

use crate::canonical::{canonicalize, resolve_href};
use crate::fetch::{Counters, Ctx};
use crate::frontier::{Frontier, is_asset};
use crate::politeness::{Politeness, interval_of};
use crate::robots::RobotsCache;
use crate::scope::{Scope, SiteScope, host_key};
use crate::verify::{CheckOutcome, PageOutcome};
use crate::{
    BrokenTarget, CrawlConfig, CrawlError, CrawledPage, FetchFailure, HomepageFailure, SiteCrawl,
    client,
};

/// Most pages recorded per broken target.
pub(crate) const MAX_FOUND_ON: usize = 200;

pub(crate) struct Inner {
    pub cfg: CrawlConfig,
    pub client: reqwest::Client,
    /// Without decompression, for servers that mislabel their encoding.
    pub raw_client: reqwest::Client,
    pub politeness: Politeness,
    pub robots: RobotsCache,
    /// Interval of the run's rate (`None` = unlimited).
    pub run_interval: Option<Duration>,
}

/// The crawler of a run: one HTTP client, per-host limiters and the
/// robots.txt cache, shared by every site. Cheap to clone.
#[derive(Clone)]
pub struct Crawler {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Crawler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Crawler")
            .field("cfg", &self.inner.cfg)
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Pending,
    Fine,
    Broken(LinkError),
    /// Not verified: robots.txt or a budget.
    Ignored,
}

#[derive(Debug)]
struct Target {
    found_on: Vec<FoundOn>,
    on_homepage: bool,
    state: State,
}

#[derive(Debug, Clone)]
enum Job {
    Page {
        url: Url,
        key: String,
        depth: u32,
        /// Steps into a chain of same-shaped pages (see `Frontier::admit`).
        chain: u32,
        confirming: Option<u32>,
    },
    Check {
        url: Url,
        key: String,
        asset: bool,
        confirming: Option<u32>,
    },
}

impl Job {
    fn host(&self) -> String {
        match self {
            Job::Page { url, .. } | Job::Check { url, .. } => host_key(url),
        }
    }
}

enum Event {
    Page(Job, PageOutcome),
    Check(Job, CheckOutcome),
    /// A confirming attempt is due.
    Due(Job),
}

#[derive(Default)]
struct HostQueue {
    pages: VecDeque<Job>,
    checks: VecDeque<Job>,
    in_flight: usize,
}

type JobFuture<'a> = Pin<Box<dyn Future<Output = Event> + Send + 'a>>;

/// The mutable bookkeeping of one site's crawl.
struct SiteState {
    targets: HashMap<String, Target>,
    queues: BTreeMap<String, HostQueue>,
    frontier: Frontier,
    checks_queued: usize,
    max_checks: usize,
    skipped_by_budget: u64,
    pages_fetched: u64,
}

impl SiteState {
    fn push(&mut self, job: Job) {
        let q = self.queues.entry(job.host()).or_default();
        match job {
            Job::Page { .. } => q.pages.push_back(job),
            Job::Check { .. } => q.checks.push_back(job),
        }
    }

    /// The next job of a host with a free connection, round-robin.
    fn next_job(&mut self, per_host: usize, rr: &mut usize) -> Option<Job> {
        let n = self.queues.len();
        if n == 0 {
            return None;
        }
        let keys: Vec<String> = self.queues.keys().cloned().collect();
        for i in 0..n {
            let k = &keys[(*rr + i) % n];
            let q = self.queues.get_mut(k)?;
            if q.in_flight >= per_host {
                continue;
            }
            let job = q.pages.pop_front().or_else(|| q.checks.pop_front());
            if let Some(j) = job {
                q.in_flight += 1;
                *rr = (*rr + i + 1) % n;
                return Some(j);
            }
        }
        None
    }

    fn done(&mut self, job: &Job) {
        if let Some(q) = self.queues.get_mut(&job.host()) {
            q.in_flight = q.in_flight.saturating_sub(1);
            if q.in_flight == 0 && q.pages.is_empty() && q.checks.is_empty() {
                self.queues.remove(&job.host());
            }
        }
    }

    fn settle(&mut self, key: &str, state: State) {
        let t = self.targets.entry(key.to_string()).or_insert(Target {
            found_on: Vec::new(),
            on_homepage: false,
            state: State::Pending,
        });
        if matches!(state, State::Fine | State::Ignored) {
            t.found_on = Vec::new();
        }
        t.state = state;
    }
}

impl Crawler {
    pub fn new(cfg: CrawlConfig) -> Result<Crawler, CrawlError> {
        let client = client::build(&cfg, true)?;
        let raw_client = client::build(&cfg, false)?;
        let politeness = Politeness::new(cfg.concurrency, cfg.per_host_connections);
        let run_interval = interval_of(cfg.rate);
        Ok(Crawler {
            inner: Arc::new(Inner {
                cfg,
                client,
                raw_client,
                politeness,
                robots: RobotsCache::default(),
                run_interval,
            }),
        })
    }

    pub fn config(&self) -> &CrawlConfig {
        &self.inner.cfg
    }

    fn site_interval(&self, site: &SiteScope) -> Option<Duration> {
        match site.rate {
            Some(r) => interval_of(r),
            None => self.inner.run_interval,
        }
    }

    /// Fetches and parses one page on demand (robots.txt, politeness,
    /// redirects and retries as in the crawl; one confirming attempt).
    pub async fn fetch_page(&self, url: &Url, site: &SiteScope) -> Result<PageFacts, FetchFailure> {
        let inner = &self.inner;
        let scope = Scope::of(site);
        let counters = Counters::default();
        let ctx = Ctx {
            scope: &scope,
            site_interval: self.site_interval(site),
            obey_robots: !site.ignore_robots,
            counters: &counters,
        };
        let url = canonicalize(url);
        let claimed = Mutex::new(HashSet::new());
        let mut out = inner.fetch_page_once(&ctx, &url, &claimed, false).await;
        if let PageOutcome::Failed { confirm: true, .. } = out {
            tokio::time::sleep(inner.cfg.confirm_delay).await;
            out = inner.fetch_page_once(&ctx, &url, &claimed, false).await;
        }
        match out {
            PageOutcome::Parsed { facts, .. } => Ok(*facts),
            PageOutcome::Disallowed => Err(FetchFailure::Disallowed(url.to_string())),
            PageOutcome::Failed { error, .. } => Err(FetchFailure::Failed {
                url: url.to_string(),
                error,
            }),
            PageOutcome::Fine { final_url } => {
                if scope.contains(&final_url) {
                    Err(FetchFailure::NotHtml {
                        url: url.to_string(),
                        status: 200,
                        content_type: None,
                    })
                } else {
                    Err(FetchFailure::OffSite {
                        url: url.to_string(),
                        final_url: final_url.to_string(),
                    })
                }
            }
        }
    }

    /// Crawls one site: the homepage (with retries and a confirming
    /// attempt), then BFS over the site's pages; each page is handed to
    /// `on_page` as soon as it is parsed, and every link target is verified
    /// once.
    pub async fn crawl_site(
        &self,
        site: &SiteScope,
        on_page: &mut (dyn FnMut(CrawledPage) + Send),
    ) -> SiteCrawl {
        let inner = &*self.inner;
        let cfg = &inner.cfg;
        let counters = Counters::default();
        let mut scope = Scope::of(site);
        let site_interval = self.site_interval(site);
        let homepage = canonicalize(&site.homepage);
        if site.ignore_robots {
            info!(site = %homepage, "robots.txt ignored: authorised inspection");
        }
        info!(site = %homepage, "crawl start");
        let claimed = Mutex::new(HashSet::new());

        // 1. The homepage, with a confirming attempt after a pause.
        let (mut home, attempts, errors) = {
            let ctx = Ctx {
                scope: &scope,
                site_interval,
                obey_robots: !site.ignore_robots,
                counters: &counters,
            };
            let mut errors = Vec::new();
            let mut attempts = 0;
            let mut out = inner.fetch_page_once(&ctx, &homepage, &claimed, true).await;
            if let PageOutcome::Failed { error, texts, .. } = &out {
                attempts += error.attempts.max(1);
                errors.extend(texts.iter().cloned());
                warn!(site = %homepage, "homepage failed ({}); confirming", crate::describe(error));
                tokio::time::sleep(cfg.confirm_delay).await;
                out = inner.fetch_page_once(&ctx, &homepage, &claimed, true).await;
                if let PageOutcome::Failed { error, texts, .. } = &out {
                    attempts += error.attempts.max(1);
                    errors.extend(texts.iter().cloned());
                }
            }
            (out, attempts, errors)
        };
        let mut st = SiteState {
            targets: HashMap::new(),
            queues: BTreeMap::new(),
            frontier: Frontier::new(cfg),
            checks_queued: 0,
            max_checks: cfg.max_checks,
            skipped_by_budget: 0,
            pages_fetched: 0,
        };
        // A homepage that is only a meta-refresh / `location =` stub: the
        // real homepage is where it sends the browser (at most 3 stubs).
        let mut stub_pages = Vec::new();
        for _ in 0..3 {
            let PageOutcome::Parsed {
                stub: Some(target),
                final_url,
                ..
            } = &home
            else {
                break;
            };
            let target = canonicalize(target);
            info!(site = %homepage, to = %target, "homepage is a client-side redirect; following it");
            scope.add_url(&target);
            let ctx = Ctx {
                scope: &scope,
                site_interval,
                obey_robots: !site.ignore_robots,
                counters: &counters,
            };
            let next = inner.fetch_page_once(&ctx, &target, &claimed, true).await;
            if !matches!(next, PageOutcome::Parsed { .. }) {
                // The stub stays the homepage; its target is checked as a link.
                break;
            }
            st.settle(canonicalize(final_url).as_str(), State::Fine);
            st.settle(target.as_str(), State::Fine);
            // The stub's own links (other frames) are still the homepage's.
            if let PageOutcome::Parsed {
                facts,
                final_url,
                invalid,
                ..
            } = std::mem::replace(&mut home, next)
            {
                stub_pages.push((facts, final_url, invalid));
            }
        }
        let home_key = homepage.to_string();
        let mut home_facts = None;
        let mut homepage_disallowed = false;
        match home {
            PageOutcome::Failed { error, .. } => {
                warn!(site = %homepage, attempts, "homepage unreachable");
                return SiteCrawl {
                    homepage: Err(HomepageFailure {
                        url: homepage.to_string(),
                        attempts,
                        errors,
                        error: LinkError { attempts, ..error },
                    }),
                    stats: stats_of(&counters, &st, 0),
                    broken: Vec::new(),
                    links_checked: 0,
                    homepage_disallowed: false,
                };
            }
            PageOutcome::Disallowed => {
                warn!(site = %homepage, "robots.txt disallows the homepage; nothing crawled");
                counters.robots_disallowed.fetch_add(1, Ordering::Relaxed);
                st.settle(&home_key, State::Ignored);
                homepage_disallowed = true;
            }
            PageOutcome::Fine { final_url } => {
                warn!(site = %homepage, final = %final_url, "homepage is not an HTML page");
                st.settle(&home_key, State::Fine);
            }
            PageOutcome::Parsed {
                facts,
                final_url,
                mut invalid,
                stub,
            } => {
                invalid.extend(stub.map(|u| u.to_string()));
                if !scope.contains(&final_url) {
                    info!(site = %homepage, final = %final_url, "homepage redirects to another host; it joins the scope");
                    scope.add_url(&final_url);
                }
                st.settle(&home_key, State::Fine);
                st.settle(canonicalize(&final_url).as_str(), State::Fine);
                st.frontier.admit_start();
                home_facts = Some((facts, final_url, invalid));
            }
        }

        let ctx = Ctx {
            scope: &scope,
            site_interval,
            obey_robots: !site.ignore_robots,
            counters: &counters,
        };
        if let Some((facts, final_url, invalid)) = home_facts {
            st.pages_fetched += 1;
            add_links(
                &mut st, &scope, &claimed, &facts, &invalid, &final_url, true, 0, 1,
            );
            for (sf, su, si) in &stub_pages {
                add_links(&mut st, &scope, &claimed, sf, si, su, true, 0, 1);
            }
            on_page(CrawledPage {
                facts: *facts,
                depth: 0,
                is_homepage: true,
            });
            for seed in &site.seeds {
                let u = canonicalize(seed);
                let key = u.to_string();
                if st.targets.contains_key(&key) || !st.frontier.admit_start() {
                    continue;
                }
                st.settle(&key, State::Pending);
                if scope.contains(&u) {
                    st.push(Job::Page {
                        url: u,
                        key,
                        depth: 1,
                        chain: 0,
                        confirming: None,
                    });
                } else {
                    st.push(Job::Check {
                        url: u,
                        key,
                        asset: false,
                        confirming: None,
                    });
                }
            }
        }

        // 2. BFS and verification.
        let mut running: FuturesUnordered<JobFuture<'_>> = FuturesUnordered::new();
        let mut active = 0usize;
        let mut rr = 0usize;
        let per_host = cfg.per_host_connections.max(1);
        let concurrency = cfg.concurrency.max(1);
        loop {
            while active < concurrency {
                let Some(job) = st.next_job(per_host, &mut rr) else {
                    break;
                };
                active += 1;
                running.push(run_job(inner, &ctx, &claimed, job));
            }
            let Some(ev) = running.next().await else {
                break;
            };
            match ev {
                Event::Due(job) => st.push(job),
                Event::Page(job, out) => {
                    active -= 1;
                    st.done(&job);
                    let Job::Page {
                        url,
                        key,
                        depth,
                        chain,
                        confirming,
                    } = &job
                    else {
                        continue;
                    };
                    match out {
                        PageOutcome::Parsed {
                            facts,
                            final_url,
                            mut invalid,
                            stub,
                        } => {
                            // A stub's target is followed like a link.
                            invalid.extend(stub.map(|u| u.to_string()));
                            st.pages_fetched += 1;
                            st.settle(key, State::Fine);
                            let fk = canonicalize(&final_url).to_string();
                            if fk != *key {
                                st.settle(&fk, State::Fine);
                            }
                            add_links(
                                &mut st,
                                &scope,
                                &claimed,
                                &facts,
                                &invalid,
                                &final_url,
                                false,
                                *chain,
                                depth + 1,
                            );
                            on_page(CrawledPage {
                                facts: *facts,
                                depth: *depth,
                                is_homepage: false,
                            });
                        }
                        PageOutcome::Fine { .. } => st.settle(key, State::Fine),
                        PageOutcome::Disallowed => {
                            counters.robots_disallowed.fetch_add(1, Ordering::Relaxed);
                            st.settle(key, State::Ignored);
                        }
                        PageOutcome::Failed { error, confirm, .. } => {
                            if confirm && confirming.is_none() {
                                debug!(url = %url, "page failed; confirming later");
                                let again = Job::Page {
                                    url: url.clone(),
                                    key: key.clone(),
                                    depth: *depth,
                                    chain: *chain,
                                    confirming: Some(error.attempts),
                                };
                                running.push(delayed(again, cfg.confirm_delay));
                            } else {
                                let attempts = error.attempts.max(1) + confirming.unwrap_or(0);
                                st.settle(key, State::Broken(LinkError { attempts, ..error }));
                            }
                        }
                    }
                }
                Event::Check(job, out) => {
                    active -= 1;
                    st.done(&job);
                    let Job::Check {
                        url,
                        key,
                        asset,
                        confirming,
                    } = &job
                    else {
                        continue;
                    };
                    match out {
                        CheckOutcome::Fine => st.settle(key, State::Fine),
                        CheckOutcome::Disallowed => {
                            counters.robots_disallowed.fetch_add(1, Ordering::Relaxed);
                            st.settle(key, State::Ignored);
                        }
                        CheckOutcome::Failed { error, confirm } => {
                            if confirm && confirming.is_none() {
                                debug!(url = %url, "check failed; confirming later");
                                let again = Job::Check {
                                    url: url.clone(),
                                    key: key.clone(),
                                    asset: *asset,
                                    confirming: Some(error.attempts),
                                };
                                running.push(delayed(again, cfg.confirm_delay));
                            } else {
                                let attempts = error.attempts.max(1) + confirming.unwrap_or(0);
                                st.settle(key, State::Broken(LinkError { attempts, ..error }));
                            }
                        }
                    }
                }
            }
        }

        let mut broken = Vec::new();
        let mut checked = 0u64;
        for (url, t) in st.targets.drain() {
            match t.state {
                State::Fine => checked += 1,
                State::Broken(error) => {
                    checked += 1;
                    if t.found_on.is_empty() {
                        // A seed from the site entry that no page links to:
                        // not a broken *link* (the engine judges columns).
                        debug!(url = %url, "unlinked seed failed; not a broken link");
                        continue;
                    }
                    let mut found_on = t.found_on;
                    found_on.sort();
                    broken.push(BrokenTarget {
                        url,
                        found_on,
                        on_homepage: t.on_homepage,
                        error,
                    });
                }
                State::Pending | State::Ignored => {}
            }
        }
        broken.sort_by(|a, b| a.url.cmp(&b.url));
        let stats = stats_of(&counters, &st, checked);
        info!(
            site = %homepage,
            pages = stats.pages_fetched,
            links = checked,
            broken = broken.len(),
            requests = stats.requests,
            "crawl done"
        );
        SiteCrawl {
            homepage: Ok(()),
            stats,
            broken,
            links_checked: checked,
            homepage_disallowed,
        }
    }
}

fn stats_of(c: &Counters, st: &SiteState, checked: u64) -> Stats {
    Stats {
        pages_fetched: st.pages_fetched,
        links_checked: checked,
        duration_ms: 0,
        requests: c.requests.load(Ordering::Relaxed),
        robots_disallowed: c.robots_disallowed.load(Ordering::Relaxed),
        skipped_by_budget: st.skipped_by_budget,
        truncated_bodies: c.truncated_bodies.load(Ordering::Relaxed),
    }
}

fn delayed<'a>(job: Job, d: Duration) -> JobFuture<'a> {
    Box::pin(async move {
        tokio::time::sleep(d).await;
        Event::Due(job)
    })
}

fn run_job<'a>(
    inner: &'a Inner,
    ctx: &'a Ctx<'a>,
    claimed: &'a Mutex<HashSet<String>>,
    job: Job,
) -> JobFuture<'a> {
    Box::pin(async move {
        match &job {
            Job::Page { url, .. } => {
                let out = inner.fetch_page_once(ctx, url, claimed, false).await;
                Event::Page(job, out)
            }
            Job::Check { url, asset, .. } => {
                let out = inner.check_target(ctx, url, *asset).await;
                Event::Check(job, out)
            }
        }
    })
}

/// Records every link of a parsed page and queues new targets. `extra`
/// holds hrefs the parser does not give: unresolvable ones (`invalid_url`)
/// and a redirect stub's target.
#[allow(clippy::too_many_arguments)]
fn add_links(
    st: &mut SiteState,
    scope: &Scope,
    claimed: &Mutex<HashSet<String>>,
    facts: &PageFacts,
    extra: &[String],
    page_url: &Url,
    page_is_home: bool,
    page_chain: u32,
    child_depth: u32,
) {
    let page = facts.url.clone();
    // (href, anchor text, title, tag), borrowed: no per-link clones.
    let links = facts
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.text.as_str(), l.title.as_str(), l.tag))
        .chain(
            facts
                .pagination
                .iter()
                .map(|u| (u.as_str(), "", "", LinkTag::Pagination)),
        )
        .chain(
            extra
                .iter()
                .filter(|raw| !facts.links.iter().any(|l| l.url.trim() == raw.as_str()))
                .map(|raw| (raw.as_str(), "", "", LinkTag::A)),
        );
    for (href, ltext, ltitle, tag) in links {
        let text = if ltext.trim().is_empty() {
            ltitle.trim()
        } else {
            ltext.trim()
        };
        let (key, url) = match resolve_href(page_url, href) {
            Ok(u) => {
                if !matches!(u.scheme(), "http" | "https") {
                    continue;
                }
                let c = canonicalize(&u);
                (c.to_string(), Some(c))
            }
            Err(reason) => {
                let raw = href.trim().to_string();
                if raw.is_empty() {
                    continue;
                }
                if !st.targets.contains_key(&raw) {
                    st.settle(
                        &raw,
                        State::Broken(LinkError {
                            class: LinkErrorClass::InvalidUrl,
                            status: None,
                            reason: Some(reason),
                            redirect_chain: Vec::new(),
                            attempts: 0,
                        }),
                    );
                }
                (raw, None)
            }
        };
        if let Some(url) = url
            && !st.targets.contains_key(&key)
        {
            queue_target(
                st,
                scope,
                claimed,
                url,
                &key,
                tag,
                page_url,
                page_chain,
                child_depth,
            );
        }
        if let Some(t) = st.targets.get_mut(&key)
            && matches!(t.state, State::Pending | State::Broken(_))
        {
            t.on_homepage |= page_is_home;
            if t.found_on.len() < MAX_FOUND_ON
                && !t.found_on.iter().any(|f| f.page == page && f.text == text)
            {
                t.found_on.push(FoundOn {
                    page: page.clone(),
                    text: text.to_string(),
                });
            }
        }
    }
}

/// Decides what to do with a newly seen target: crawl it, check it, or
/// (budget spent) leave it.
#[allow(clippy::too_many_arguments)]
fn queue_target(
    st: &mut SiteState,
    scope: &Scope,
    claimed: &Mutex<HashSet<String>>,
    url: Url,
    key: &str,
    tag: LinkTag,
    parent: &Url,
    parent_chain: u32,
    depth: u32,
) {
    let asset = is_asset(&url, tag);
    if scope.contains(&url) && !asset {
        if claimed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(key)
        {
            st.settle(key, State::Fine);
            return;
        }
        match st.frontier.admit(&url, parent, parent_chain, depth) {
            Ok(chain) => {
                st.settle(key, State::Pending);
                st.push(Job::Page {
                    url,
                    key: key.to_string(),
                    depth,
                    chain,
                    confirming: None,
                });
                return;
            }
            Err(skip) => {
                debug!(url = %url, ?skip, "not crawled: budget");
                st.skipped_by_budget += 1;
            }
        }
    }
    if st.checks_queued >= st.max_checks {
        st.skipped_by_budget += 1;
        st.settle(key, State::Ignored);
        return;
    }
    st.checks_queued += 1;
    st.settle(key, State::Pending);
    st.push(Job::Check {
        url,
        key: key.to_string(),
        asset,
        confirming: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send<T: Send>(_: &T) {}

    /// The engine spawns site crawls: the future must be `Send`.
    #[test]
    fn crawl_site_future_is_send() {
        let c = Crawler::new(CrawlConfig::default()).unwrap();
        let site = SiteScope::new(Url::parse("http://127.0.0.1:9/").unwrap());
        let mut sink = |_p: CrawledPage| {};
        let f = c.crawl_site(&site, &mut sink);
        assert_send(&f);
        let g = c.fetch_page(&site.homepage, &site);
        assert_send(&g);
    }
}
