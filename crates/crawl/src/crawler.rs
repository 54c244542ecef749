//! The site crawl: homepage first, then BFS over the site's pages while
//! every link target is verified once.
//!
//! One task keeps the books: jobs wait in per-host queues and run as their
//! own tasks in a `JoinSet` (so fetching and parsing use every runtime
//! thread), at most `concurrency` at once and at most
//! `per_host_connections` per host, so a slow external host never blocks
//! the site's own pages. Confirming attempts wait in the same set without
//! holding a slot.
//!
//! Memory grows with the frontier, not with the site: a settled-fine target
//! is remembered by a 64-bit fingerprint only, a queued job holds its URL
//! as one string, and the pages a pending target was found on share one
//! copy of each page URL.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use govcheck_model::{FoundOn, LinkError, LinkErrorClass, LinkTag, PageFacts, Stats};
use tokio::task::JoinSet;
use tracing::{debug, info, warn};
use url::Url;

use crate::canonical::{canonicalize, resolve_href};
use crate::classify::Soft404;
use crate::fetch::{Counters, Ctx};
use crate::frontier::{Frontier, is_asset, template};
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
    /// `cfg.soft_404_patterns`, prepared once.
    pub soft_404: Soft404,
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

/// A 64-bit fingerprint of a target's key (its canonical URL, or a raw
/// href that does not resolve). Settled targets are remembered by this
/// alone, so the crawl's memory grows with the frontier and the broken
/// targets, not with every URL the site ever linked; with SipHash, a
/// collision among a site's ~10⁵ targets has odds of about 10⁻⁹.
pub(crate) fn fingerprint(key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

/// Hashes a fingerprint to itself: it is already a uniform 64-bit hash,
/// hashing it again would only cost time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FpHasher(u64);

impl std::hash::Hasher for FpHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed with this; any other input still
        // spreads.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type FpBuild = std::hash::BuildHasherDefault<FpHasher>;
/// A set of fingerprints.
pub(crate) type FpSet = HashSet<u64, FpBuild>;
type FpMap<V> = HashMap<u64, V, FpBuild>;

/// Final URLs already parsed (fingerprints of their canonical keys), so a
/// page reached under two URLs is parsed once.
pub(crate) type Claimed = Mutex<FpSet>;

/// A page a target was found on: the page URL is shared by all the links
/// of one page (one allocation per page, not per link).
#[derive(Debug)]
struct Seen {
    page: Arc<str>,
    text: Box<str>,
}

/// A target that is not settled fine: pending, or broken.
#[derive(Debug, Default)]
struct Open {
    found_on: Vec<Seen>,
    /// `None` while pending; the key (as linked) and the error once broken.
    broken: Option<Box<(Box<str>, LinkError)>>,
}

#[derive(Debug, Clone)]
enum Job {
    Page {
        /// Canonical: its string is the target's key.
        url: Url,
        depth: u32,
        /// Steps into a chain of same-shaped pages (see `Frontier::admit`).
        chain: u32,
        confirming: Option<u32>,
    },
    Check {
        /// Canonical: its string is the target's key.
        url: Url,
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
    /// A page job's outcome, with its dispatch number (see [`PageOrder`]).
    Page(u64, Job, PageOutcome),
    Check(Job, CheckOutcome),
    /// A confirming attempt is due.
    Due(Job),
}

#[derive(Default)]
struct HostQueue {
    pages: VecDeque<Queued>,
    checks: VecDeque<Queued>,
    in_flight: usize,
}

/// What a queued job will do.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Page { depth: u32, chain: u32 },
    Check { asset: bool },
}

/// A job waiting in a host queue. The URL is kept as its canonical string,
/// not as a parsed `Url` (three times the size): on a site whose links fan
/// out, most of the site can be waiting here at once.
#[derive(Debug)]
struct Queued {
    url: Box<str>,
    kind: Kind,
    confirming: Option<u32>,
}

impl Queued {
    fn of(job: Job) -> Queued {
        match job {
            Job::Page {
                url,
                depth,
                chain,
                confirming,
            } => Queued {
                url: String::from(url).into_boxed_str(),
                kind: Kind::Page { depth, chain },
                confirming,
            },
            Job::Check {
                url,
                asset,
                confirming,
            } => Queued {
                url: String::from(url).into_boxed_str(),
                kind: Kind::Check { asset },
                confirming,
            },
        }
    }

    /// The job to run; `Err` (with the URL) only if the URL no longer
    /// parses, which a `Url`'s own serialization always does.
    fn job(self) -> Result<Job, Box<str>> {
        let Ok(url) = Url::parse(&self.url) else {
            return Err(self.url);
        };
        Ok(match self.kind {
            Kind::Page { depth, chain } => Job::Page {
                url,
                depth,
                chain,
                confirming: self.confirming,
            },
            Kind::Check { asset } => Job::Check {
                url,
                asset,
                confirming: self.confirming,
            },
        })
    }
}

/// The mutable bookkeeping of one site's crawl.
struct SiteState {
    /// Targets settled fine (verified or crawled).
    fine: FpSet,
    /// Targets not verified (robots.txt or a budget).
    ignored: FpSet,
    /// Pending and broken targets, with the pages they were found on.
    open: FpMap<Open>,
    /// Targets linked from the homepage while pending or broken.
    on_homepage: FpSet,
    /// See [`SiteCrawl::redirect_aliases`](crate::SiteCrawl).
    redirect_aliases: Vec<(String, String)>,
    queues: BTreeMap<String, HostQueue>,
    frontier: Frontier,
    checks_queued: usize,
    max_checks: usize,
    skipped_by_budget: u64,
    pages_fetched: u64,
}

impl SiteState {
    fn new(cfg: &CrawlConfig) -> SiteState {
        SiteState {
            fine: FpSet::default(),
            ignored: FpSet::default(),
            open: FpMap::default(),
            on_homepage: FpSet::default(),
            redirect_aliases: Vec::new(),
            queues: BTreeMap::new(),
            frontier: Frontier::new(cfg),
            checks_queued: 0,
            max_checks: cfg.max_checks,
            skipped_by_budget: 0,
            pages_fetched: 0,
        }
    }

    /// Records that the page linked as `key` was served from `final_url`
    /// (canonical form `served`), when the two differ.
    fn note_redirect(&mut self, key: &str, served: &Url, final_url: &Url) {
        if served.as_str() != key && self.redirect_aliases.len() < crate::MAX_REDIRECT_ALIASES {
            self.redirect_aliases
                .push((key.to_string(), final_url.to_string()));
        }
    }

    /// Whether the target was ever seen (in any state).
    fn knows(&self, fp: u64) -> bool {
        self.fine.contains(&fp) || self.open.contains_key(&fp) || self.ignored.contains(&fp)
    }

    fn push(&mut self, job: Job) {
        let q = self.queues.entry(job.host()).or_default();
        match job {
            Job::Page { .. } => q.pages.push_back(Queued::of(job)),
            Job::Check { .. } => q.checks.push_back(Queued::of(job)),
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
            loop {
                let q = self.queues.get_mut(k)?;
                if q.in_flight >= per_host {
                    break;
                }
                let Some(queued) = q.pages.pop_front().or_else(|| q.checks.pop_front()) else {
                    break;
                };
                let job = match queued.job() {
                    Ok(job) => job,
                    Err(key) => {
                        warn!(url = %key, "queued URL no longer parses; not verified");
                        self.settle(&key, State::Ignored);
                        continue;
                    }
                };
                q.in_flight += 1;
                *rr = (*rr + i + 1) % n;
                return Some(job);
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

    /// Sets the target's state. A target settled fine or ignored forgets
    /// the pages it was found on (only broken targets report them).
    fn settle(&mut self, key: &str, state: State) {
        let fp = fingerprint(key);
        match state {
            State::Fine => {
                self.open.remove(&fp);
                self.ignored.remove(&fp);
                self.fine.insert(fp);
            }
            State::Ignored => {
                self.open.remove(&fp);
                self.fine.remove(&fp);
                self.ignored.insert(fp);
            }
            State::Pending | State::Broken(_) => {
                self.fine.remove(&fp);
                self.ignored.remove(&fp);
                let o = self.open.entry(fp).or_default();
                o.broken = match state {
                    State::Broken(e) => Some(Box::new((key.into(), e))),
                    _ => None,
                };
            }
        }
    }
}

impl Crawler {
    pub fn new(cfg: CrawlConfig) -> Result<Crawler, CrawlError> {
        let client = client::build(&cfg, true)?;
        let raw_client = client::build(&cfg, false)?;
        let politeness = Politeness::new(cfg.concurrency, cfg.per_host_connections);
        let run_interval = interval_of(cfg.rate);
        let soft_404 = Soft404::new(&cfg.soft_404_patterns);
        Ok(Crawler {
            inner: Arc::new(Inner {
                cfg,
                client,
                raw_client,
                politeness,
                robots: RobotsCache::default(),
                run_interval,
                soft_404,
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
        let claimed: Claimed = Mutex::new(FpSet::default());
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
        let counters = Arc::new(Counters::default());
        let mut scope = Scope::of(site);
        let site_interval = self.site_interval(site);
        let homepage = canonicalize(&site.homepage);
        if site.ignore_robots {
            info!(site = %homepage, "robots.txt ignored: authorised inspection");
        }
        info!(site = %homepage, "crawl start");
        let claimed: Arc<Claimed> = Arc::new(Mutex::new(FpSet::default()));

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
                info!(site = %homepage, "homepage failed ({}); confirming", crate::describe(error));
                tokio::time::sleep(cfg.confirm_delay).await;
                out = inner.fetch_page_once(&ctx, &homepage, &claimed, true).await;
                if let PageOutcome::Failed { error, texts, .. } = &out {
                    attempts += error.attempts.max(1);
                    errors.extend(texts.iter().cloned());
                }
            }
            (out, attempts, errors)
        };
        let mut st = SiteState::new(cfg);
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
                info!(site = %homepage, attempts, "homepage unreachable");
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
                    redirect_aliases: Vec::new(),
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

        // The scope is final from here on: shared with the job tasks.
        let scope = Arc::new(scope);
        let jobs = Arc::new(JobCtx {
            inner: self.inner.clone(),
            scope: scope.clone(),
            counters: counters.clone(),
            claimed: claimed.clone(),
            site_interval,
            obey_robots: !site.ignore_robots,
        });
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
                if st.knows(fingerprint(u.as_str())) || !st.frontier.admit_start() {
                    continue;
                }
                st.settle(u.as_str(), State::Pending);
                if scope.contains(&u) {
                    st.push(Job::Page {
                        url: u,
                        depth: 1,
                        chain: 0,
                        confirming: None,
                    });
                } else {
                    st.push(Job::Check {
                        url: u,
                        asset: false,
                        confirming: None,
                    });
                }
            }
        }

        // 2. BFS and verification.
        // Each job runs as its own task, so requests and parsing spread over
        // the runtime's threads; this task only keeps the books. Dropping
        // the set (a cancelled crawl) aborts them.
        let mut running: JoinSet<Event> = JoinSet::new();
        let mut active = 0usize;
        let mut rr = 0usize;
        let per_host = cfg.per_host_connections.max(1);
        let concurrency = cfg.concurrency.max(1);
        let mut order = PageOrder::default();
        loop {
            dispatch(
                &mut st,
                &mut running,
                &jobs,
                &mut active,
                concurrency,
                per_host,
                &mut rr,
                &mut order,
            );
            let ev = if let Some(ev) = order.due(running.is_empty()) {
                ev
            } else {
                match running.join_next().await {
                    None => break,
                    Some(Ok(ev)) => match order.arrived(ev) {
                        Some(ev) => ev,
                        None => continue,
                    },
                    // A job that panicked: the crawl panics as it did when
                    // the job ran inside it.
                    Some(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                    Some(Err(e)) => {
                        warn!("crawl job cancelled: {e}");
                        continue;
                    }
                }
            };
            match ev {
                Event::Due(job) => st.push(job),
                Event::Page(_, job, out) => {
                    active -= 1;
                    st.done(&job);
                    let Job::Page {
                        url,
                        depth,
                        chain,
                        confirming,
                    } = &job
                    else {
                        continue;
                    };
                    let key = url.as_str();
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
                            let fk = canonicalize(&final_url);
                            if fk.as_str() != key {
                                st.settle(fk.as_str(), State::Fine);
                            }
                            st.note_redirect(key, &fk, &final_url);
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
                        PageOutcome::Fine { final_url } => {
                            st.note_redirect(key, &canonicalize(&final_url), &final_url);
                            st.settle(key, State::Fine);
                        }
                        PageOutcome::Disallowed => {
                            counters.robots_disallowed.fetch_add(1, Ordering::Relaxed);
                            st.settle(key, State::Ignored);
                        }
                        PageOutcome::Failed { error, confirm, .. } => {
                            if confirm && confirming.is_none() {
                                debug!(url = %url, "page failed; confirming later");
                                let again = Job::Page {
                                    url: url.clone(),
                                    depth: *depth,
                                    chain: *chain,
                                    confirming: Some(error.attempts),
                                };
                                running.spawn(delayed(again, cfg.confirm_delay));
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
                        asset,
                        confirming,
                    } = &job
                    else {
                        continue;
                    };
                    let key = url.as_str();
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
                                    asset: *asset,
                                    confirming: Some(error.attempts),
                                };
                                running.spawn(delayed(again, cfg.confirm_delay));
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
        let mut checked = st.fine.len() as u64;
        for (fp, o) in std::mem::take(&mut st.open) {
            let Some(b) = o.broken else { continue };
            let (url, error) = *b;
            checked += 1;
            if o.found_on.is_empty() {
                // A seed from the site entry that no page links to:
                // not a broken *link* (the engine judges columns).
                debug!(url = %url, "unlinked seed failed; not a broken link");
                continue;
            }
            let mut found_on: Vec<FoundOn> = o
                .found_on
                .into_iter()
                .map(|s| FoundOn {
                    page: s.page.to_string(),
                    text: s.text.into(),
                })
                .collect();
            found_on.sort();
            broken.push(BrokenTarget {
                url: url.into(),
                found_on,
                on_homepage: st.on_homepage.contains(&fp),
                error,
            });
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
            redirect_aliases: std::mem::take(&mut st.redirect_aliases),
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

/// Starts queued jobs while slots are free.
#[allow(clippy::too_many_arguments)]
fn dispatch(
    st: &mut SiteState,
    running: &mut JoinSet<Event>,
    jobs: &Arc<JobCtx>,
    active: &mut usize,
    concurrency: usize,
    per_host: usize,
    rr: &mut usize,
    order: &mut PageOrder,
) {
    while *active < concurrency {
        let Some(job) = st.next_job(per_host, rr) else {
            break;
        };
        *active += 1;
        let seq = match job {
            Job::Page { .. } => order.number(),
            Job::Check { .. } => 0,
        };
        running.spawn(jobs.clone().run(job, seq));
    }
}

/// Page outcomes are applied in the order their jobs were dispatched, not
/// in the order they finish: which links a page adds, and so which pages
/// fit in `--max-pages` and which the engine sees first, then depend on the
/// site alone, not on which server answered faster. The same site checked
/// twice gives the same report. A slow page holds back the pages
/// dispatched after it (their links wait; fetching goes on from the
/// queue). Link checks and due confirmations add no links and are applied
/// as they come.
#[derive(Default)]
struct PageOrder {
    dispatched: u64,
    next: u64,
    held: BTreeMap<u64, Event>,
}

impl PageOrder {
    /// The number of a page job being dispatched.
    fn number(&mut self) -> u64 {
        self.dispatched += 1;
        self.dispatched - 1
    }

    /// The event to apply now: itself, or `None` when it is a page whose
    /// turn has not come (held until it has).
    fn arrived(&mut self, ev: Event) -> Option<Event> {
        match ev {
            Event::Page(seq, ..) if seq != self.next => {
                self.held.insert(seq, ev);
                None
            }
            Event::Page(..) => {
                self.next += 1;
                Some(ev)
            }
            other => Some(other),
        }
    }

    /// A held page whose turn has come; once nothing runs any more, every
    /// held page in order (a job that was cancelled leaves a gap).
    fn due(&mut self, nothing_runs: bool) -> Option<Event> {
        let first = *self.held.keys().next()?;
        if first == self.next || nothing_runs {
            self.next = first + 1;
            return self.held.remove(&first);
        }
        None
    }
}

async fn delayed(job: Job, d: Duration) -> Event {
    tokio::time::sleep(d).await;
    Event::Due(job)
}

/// What a job task needs from its site's crawl, owned so that the task can
/// run on any thread of the runtime.
struct JobCtx {
    inner: Arc<Inner>,
    scope: Arc<Scope>,
    counters: Arc<Counters>,
    claimed: Arc<Claimed>,
    site_interval: Option<Duration>,
    obey_robots: bool,
}

impl JobCtx {
    async fn run(self: Arc<Self>, job: Job, seq: u64) -> Event {
        let ctx = Ctx {
            scope: &self.scope,
            site_interval: self.site_interval,
            obey_robots: self.obey_robots,
            counters: &self.counters,
        };
        match &job {
            Job::Page { url, .. } => {
                let out = self
                    .inner
                    .fetch_page_once(&ctx, url, &self.claimed, false)
                    .await;
                Event::Page(seq, job, out)
            }
            Job::Check { url, asset, .. } => {
                let out = self.inner.check_target(&ctx, url, *asset).await;
                Event::Check(job, out)
            }
        }
    }
}

/// Records every link of a parsed page and queues new targets. `extra`
/// holds hrefs the parser does not give: unresolvable ones (`invalid_url`)
/// and a redirect stub's target.
#[allow(clippy::too_many_arguments)]
fn add_links(
    st: &mut SiteState,
    scope: &Scope,
    claimed: &Claimed,
    facts: &PageFacts,
    extra: &[String],
    page_url: &Url,
    page_is_home: bool,
    page_chain: u32,
    child_depth: u32,
) {
    // One shared copy of the page URL for every target found on it.
    let page: Arc<str> = Arc::from(facts.url.as_str());
    // The page's shape, computed once for all its links.
    let parent_template = template(page_url);
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
        // The parser gives absolute URLs, nearly always in canonical form
        // already: a target known under the href as written (the header,
        // navigation and footer links every page repeats) costs one hash,
        // not a parse. Sound because canonicalisation is idempotent: an
        // href that is some target's key is its own canonical form.
        let raw_fp = fingerprint(href.trim());
        let fp = if st.knows(raw_fp) {
            raw_fp
        } else {
            match resolve_href(page_url, href) {
                Ok(u) => {
                    if !matches!(u.scheme(), "http" | "https") {
                        continue;
                    }
                    let c = canonicalize(&u);
                    let fp = fingerprint(c.as_str());
                    if !st.knows(fp) {
                        queue_target(
                            st,
                            scope,
                            claimed,
                            c,
                            tag,
                            &parent_template,
                            page_chain,
                            child_depth,
                        );
                    }
                    fp
                }
                Err(reason) => {
                    let raw = href.trim();
                    if raw.is_empty() {
                        continue;
                    }
                    let fp = fingerprint(raw);
                    if !st.knows(fp) {
                        st.settle(
                            raw,
                            State::Broken(LinkError {
                                class: LinkErrorClass::InvalidUrl,
                                status: None,
                                reason: Some(reason),
                                redirect_chain: Vec::new(),
                                attempts: 0,
                            }),
                        );
                    }
                    fp
                }
            }
        };
        // Pending or broken: remember where it was found.
        if let Some(t) = st.open.get_mut(&fp) {
            if page_is_home {
                st.on_homepage.insert(fp);
            }
            if t.found_on.len() < MAX_FOUND_ON
                && !t
                    .found_on
                    .iter()
                    .any(|f| *f.page == *page && &*f.text == text)
            {
                // Most targets are found on one or two pages before they
                // settle: grow one at a time at first (a default Vec
                // starts at four).
                if t.found_on.len() < 4 {
                    t.found_on.reserve_exact(1);
                }
                t.found_on.push(Seen {
                    page: page.clone(),
                    text: text.into(),
                });
            }
        }
    }
}

/// Decides what to do with a newly seen target (canonical `url`): crawl
/// it, check it, or (budget spent) leave it.
#[allow(clippy::too_many_arguments)]
fn queue_target(
    st: &mut SiteState,
    scope: &Scope,
    claimed: &Claimed,
    url: Url,
    tag: LinkTag,
    parent_template: &str,
    parent_chain: u32,
    depth: u32,
) {
    let asset = is_asset(&url, tag);
    if scope.contains(&url) && !asset {
        if claimed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&fingerprint(url.as_str()))
        {
            st.settle(url.as_str(), State::Fine);
            return;
        }
        match st
            .frontier
            .admit_shaped(&url, parent_template, parent_chain, depth)
        {
            Ok(chain) => {
                st.settle(url.as_str(), State::Pending);
                st.push(Job::Page {
                    url,
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
        st.settle(url.as_str(), State::Ignored);
        return;
    }
    st.checks_queued += 1;
    st.settle(url.as_str(), State::Pending);
    st.push(Job::Check {
        url,
        asset,
        confirming: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send<T: Send>(_: &T) {}

    /// The compact bookkeeping keeps the old map's semantics: a target is
    /// in exactly one state, the last one set; fine or ignored forgets
    /// where it was found; broken keeps its key for the report.
    #[test]
    fn settle_moves_a_target_between_states() {
        let mut st = SiteState::new(&CrawlConfig::default());
        let k = "http://x.cn/a.html";
        let fp = fingerprint(k);
        assert!(!st.knows(fp));
        st.settle(k, State::Pending);
        assert!(st.knows(fp) && st.open.contains_key(&fp));
        st.open.get_mut(&fp).unwrap().found_on.push(Seen {
            page: Arc::from("http://x.cn/"),
            text: "甲".into(),
        });
        let err = LinkError {
            class: LinkErrorClass::HttpStatus,
            status: Some(404),
            reason: None,
            redirect_chain: Vec::new(),
            attempts: 1,
        };
        st.settle(k, State::Broken(err.clone()));
        let o = &st.open[&fp];
        assert_eq!(o.found_on.len(), 1, "broken keeps where it was found");
        assert_eq!(o.broken.as_deref().map(|b| &*b.0), Some(k));
        st.settle(k, State::Fine);
        assert!(st.fine.contains(&fp) && !st.open.contains_key(&fp));
        st.settle(k, State::Ignored);
        assert!(st.ignored.contains(&fp) && !st.fine.contains(&fp));
        st.settle(k, State::Broken(err));
        assert!(!st.ignored.contains(&fp));
        assert!(st.open[&fp].found_on.is_empty(), "fine/ignored forgot it");
        assert!(st.knows(fp));
    }

    /// A queued job keeps only its URL string and comes back whole.
    #[test]
    fn queued_jobs_round_trip() {
        let url = canonicalize(&Url::parse("http://x.cn/a/b.html?id=3#x").unwrap());
        let job = Job::Page {
            url: url.clone(),
            depth: 2,
            chain: 1,
            confirming: Some(3),
        };
        match Queued::of(job).job() {
            Ok(Job::Page {
                url: u,
                depth: 2,
                chain: 1,
                confirming: Some(3),
            }) => assert_eq!(u, url),
            other => panic!("{other:?}"),
        }
    }

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
