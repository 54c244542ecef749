//! One logical request: redirects followed by hand, every hop rate-limited,
//! retried (Retry-After, backoff with jitter), scope- and robots-checked;
//! the body streamed up to a cap.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use govcheck_model::{LinkError, LinkErrorClass};
use rand::Rng;
use reqwest::header::{ACCEPT_ENCODING, CONTENT_TYPE, LOCATION, RANGE, RETRY_AFTER};
use tokio::time::Instant;
use tracing::debug;
use url::Url;

use crate::canonical::canonical_key;
use crate::classify::{TransportError, classify_reqwest, parse_retry_after};
use crate::crawler::Inner;
use crate::politeness::Permit;
use crate::robots::{self, ROBOTS_BODY_CAP, Rules};
use crate::scope::{Scope, host_key, robots_key};

/// Most redirect hops followed.
pub(crate) const MAX_REDIRECTS: usize = 10;

/// Counters shared by the requests of one site.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub requests: AtomicU64,
    pub robots_disallowed: AtomicU64,
    pub truncated_bodies: AtomicU64,
}

/// Where a request is made from: the site's scope decides the interval of
/// its hosts and whether robots.txt applies.
pub(crate) struct Ctx<'a> {
    pub scope: &'a Scope,
    /// Interval of the site's hosts (the site's rate); other hosts use the
    /// run's rate.
    pub site_interval: Option<Duration>,
    pub obey_robots: bool,
    pub counters: &'a Counters,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Head,
    /// GET with `Range: bytes=0-0`: proves an attachment exists without
    /// downloading it.
    GetRange,
}

/// How much of the body to read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum BodyWant {
    /// Do not read it.
    None,
    /// Read an HTML body (by Content-Type) up to `in_scope` bytes when the
    /// final URL is on the site, `off_scope` bytes otherwise.
    Html { in_scope: usize, off_scope: usize },
    /// Read whatever it is, up to this many bytes (robots.txt).
    Any(usize),
}

/// A final answer (not a redirect).
#[derive(Debug)]
pub(crate) struct Answer {
    pub final_url: Url,
    /// Hops followed, in order (each Location, absolute).
    pub chain: Vec<String>,
    pub status: u16,
    pub content_type: Option<String>,
    /// `Some` when read (HTML or `Any`).
    pub body: Option<Vec<u8>>,
    pub truncated: bool,
    pub attempts: u32,
}

#[derive(Debug)]
pub(crate) enum Outcome {
    Answer(Answer),
    Failed {
        error: LinkError,
        /// Error texts, one per failed attempt.
        texts: Vec<String>,
    },
    /// A redirect hop landed on a site URL that robots.txt disallows.
    Disallowed,
}

pub(crate) fn is_html_type(ct: Option<&str>) -> bool {
    match ct {
        Some(ct) => {
            let l = ct.to_ascii_lowercase();
            l.starts_with("text/html") || l.starts_with("application/xhtml")
        }
        None => false,
    }
}

/// One hop's response with the permits still held while the body is read.
struct Sent {
    resp: reqwest::Response,
    _permit: Permit,
    attempts: u32,
}

impl Inner {
    fn interval_for(&self, ctx: &Ctx<'_>, url: &Url) -> Option<Duration> {
        if ctx.scope.contains(url) {
            ctx.site_interval.or(self.run_interval)
        } else {
            self.run_interval
        }
    }

    /// Sends one hop, retrying 429/503 (Retry-After waited out up to the
    /// cap, else backoff) and timeouts/connection errors (backoff with
    /// jitter), each try passing the host's limiter again.
    async fn send_hop(
        &self,
        ctx: &Ctx<'_>,
        url: &Url,
        method: Method,
        identity: bool,
    ) -> Result<Sent, (TransportError, u32, Vec<String>)> {
        let key = host_key(url);
        let interval = self.interval_for(ctx, url);
        let mut texts = Vec::new();
        let mut attempt: u32 = 0;
        loop {
            let permit = self.politeness.acquire(&key, interval).await;
            ctx.counters.requests.fetch_add(1, Ordering::Relaxed);
            debug!(url = %url, ?method, attempt, "request");
            // The fallback for servers that mislabel their compression:
            // ask for identity, and do not decompress whatever comes.
            let client = if identity {
                &self.raw_client
            } else {
                &self.client
            };
            let rb = match method {
                Method::Get => client.get(url.clone()),
                Method::Head => client.head(url.clone()),
                Method::GetRange => client.get(url.clone()).header(RANGE, "bytes=0-0"),
            };
            let rb = if identity {
                rb.header(ACCEPT_ENCODING, "identity")
            } else {
                rb
            };
            attempt += 1;
            match rb.send().await {
                Ok(resp) => {
                    let st = resp.status().as_u16();
                    if (st == 429 || st == 503) && attempt <= self.cfg.retries {
                        let ra = resp
                            .headers()
                            .get(RETRY_AFTER)
                            .and_then(|v| v.to_str().ok())
                            .and_then(|v| parse_retry_after(v, SystemTime::now()));
                        texts.push(format!("HTTP {st}"));
                        match ra {
                            Some(d) if d <= self.cfg.max_retry_after => {
                                debug!(url = %url, status = st, wait_ms = d.as_millis() as u64, "Retry-After waited out");
                                self.politeness.pause(&key, Instant::now() + d);
                                drop(resp);
                                drop(permit);
                                tokio::time::sleep(d).await;
                                continue;
                            }
                            Some(_) => {
                                return Ok(Sent {
                                    resp,
                                    _permit: permit,
                                    attempts: attempt,
                                });
                            }
                            None => {
                                drop(resp);
                                drop(permit);
                                tokio::time::sleep(self.backoff(attempt)).await;
                                continue;
                            }
                        }
                    }
                    return Ok(Sent {
                        resp,
                        _permit: permit,
                        attempts: attempt,
                    });
                }
                Err(e) => {
                    drop(permit);
                    let te = classify_reqwest(&e);
                    debug!(url = %url, error = %te.text, "request failed");
                    texts.push(te.text.clone());
                    if te.retryable() && attempt <= self.cfg.retries {
                        tokio::time::sleep(self.backoff(attempt)).await;
                        continue;
                    }
                    return Err((te, attempt, texts));
                }
            }
        }
    }

    /// Exponential backoff with ±25 % jitter, capped at 10 s.
    fn backoff(&self, attempt: u32) -> Duration {
        let base =
            self.cfg.backoff_base.as_secs_f64() * 2f64.powi(attempt.saturating_sub(1) as i32);
        let capped = base.min(10.0);
        let j: f64 = rand::rng().random_range(0.75..1.25);
        Duration::from_secs_f64(capped * j)
    }

    /// Requests `url`, following redirects by hand.
    pub(crate) async fn request(
        &self,
        ctx: &Ctx<'_>,
        url: &Url,
        method: Method,
        want: BodyWant,
    ) -> Outcome {
        let mut cur = url.clone();
        let mut method = method;
        let mut chain: Vec<String> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        seen.insert(canonical_key(url));
        let mut total_attempts = 0u32;
        let mut identity = false;
        loop {
            if !chain.is_empty() && !self.robots_allowed(ctx, &cur).await {
                return Outcome::Disallowed;
            }
            let sent = match self.send_hop(ctx, &cur, method, identity).await {
                Ok(s) => s,
                Err((te, attempts, texts)) => {
                    return Outcome::Failed {
                        error: LinkError {
                            class: te.class,
                            status: None,
                            reason: te.reason,
                            redirect_chain: chain,
                            attempts: total_attempts + attempts,
                        },
                        texts,
                    };
                }
            };
            total_attempts = total_attempts.max(sent.attempts);
            let st = sent.resp.status().as_u16();
            if matches!(st, 301 | 302 | 303 | 307 | 308) {
                let loc = sent
                    .resp
                    .headers()
                    .get(LOCATION)
                    .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string());
                if let Some(loc) = loc.filter(|l| !l.is_empty()) {
                    let next = match cur.join(&loc) {
                        Ok(n) => n,
                        Err(e) => {
                            return Outcome::Failed {
                                error: LinkError {
                                    class: LinkErrorClass::HttpStatus,
                                    status: Some(st),
                                    reason: Some(format!("invalid Location `{loc}`: {e}")),
                                    redirect_chain: chain,
                                    attempts: total_attempts,
                                },
                                texts: vec![format!("HTTP {st} with invalid Location {loc}")],
                            };
                        }
                    };
                    debug!(from = %cur, to = %next, status = st, "redirect");
                    chain.push(next.to_string());
                    if !seen.insert(canonical_key(&next)) {
                        return Outcome::Failed {
                            error: LinkError {
                                class: LinkErrorClass::RedirectLoop,
                                status: Some(st),
                                reason: None,
                                redirect_chain: chain,
                                attempts: total_attempts,
                            },
                            texts: vec!["redirect loop".into()],
                        };
                    }
                    if chain.len() > MAX_REDIRECTS {
                        return Outcome::Failed {
                            error: LinkError {
                                class: LinkErrorClass::TooManyRedirects,
                                status: Some(st),
                                reason: None,
                                redirect_chain: chain,
                                attempts: total_attempts,
                            },
                            texts: vec!["too many redirects".into()],
                        };
                    }
                    if st == 303 && method != Method::Head {
                        method = Method::Get;
                    }
                    cur = next;
                    continue;
                }
            }
            // A final answer.
            let content_type = sent
                .resp
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let cap = match want {
                BodyWant::None => None,
                BodyWant::Any(n) => Some(n),
                BodyWant::Html {
                    in_scope,
                    off_scope,
                } => {
                    // No Content-Type at all: read it and let the caller sniff.
                    if content_type.is_none() || is_html_type(content_type.as_deref()) {
                        Some(if ctx.scope.contains(&cur) {
                            in_scope
                        } else {
                            off_scope
                        })
                    } else {
                        None
                    }
                }
            };
            let (body, truncated) = if method == Method::Head {
                (None, false)
            } else if let Some(cap) = cap {
                match read_capped(sent.resp, cap).await {
                    Ok((b, t)) => (Some(b), t),
                    Err(BodyError { error, partial }) => {
                        let te = classify_reqwest(&error);
                        if !identity && te.class != LinkErrorClass::Timeout {
                            // A body that breaks off or does not decompress:
                            // once more, uncompressed.
                            debug!(url = %cur, error = %te.text, "body failed; retrying with identity encoding");
                            identity = true;
                            continue;
                        }
                        if (200..300).contains(&st) && !partial.is_empty() {
                            // The server answered and sent part of the page:
                            // the link works; keep what came, marked cut.
                            debug!(url = %cur, error = %te.text, bytes = partial.len(), "body broke off; keeping the part");
                            return Outcome::Answer(Answer {
                                final_url: cur,
                                chain,
                                status: st,
                                content_type,
                                body: Some(partial),
                                truncated: true,
                                attempts: total_attempts,
                            });
                        }
                        return Outcome::Failed {
                            error: LinkError {
                                class: te.class,
                                status: Some(st),
                                reason: te.reason,
                                redirect_chain: chain,
                                attempts: total_attempts,
                            },
                            texts: vec![te.text],
                        };
                    }
                }
            } else {
                (None, false)
            };
            if truncated {
                ctx.counters
                    .truncated_bodies
                    .fetch_add(1, Ordering::Relaxed);
            }
            return Outcome::Answer(Answer {
                final_url: cur,
                chain,
                status: st,
                content_type,
                body,
                truncated,
                attempts: total_attempts,
            });
        }
    }

    /// Whether robots.txt lets us fetch `url` (always, outside the site or
    /// when the site ignores robots).
    pub(crate) async fn robots_allowed(&self, ctx: &Ctx<'_>, url: &Url) -> bool {
        if !ctx.obey_robots || !ctx.scope.contains(url) {
            return true;
        }
        let cell = self.robots.cell(&robots_key(url));
        let rules = cell
            .get_or_init(|| async { std::sync::Arc::new(self.fetch_robots(ctx, url).await) })
            .await
            .clone();
        let mut pq = url.path().to_string();
        if let Some(q) = url.query() {
            pq.push('?');
            pq.push_str(q);
        }
        rules.allowed(&pq)
    }

    /// Boxed: `request` → `robots_allowed` → `fetch_robots` → `request`
    /// is recursive (robots.txt itself never consults robots.txt).
    fn fetch_robots<'a>(
        &'a self,
        ctx: &'a Ctx<'a>,
        url: &'a Url,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Rules> + Send + 'a>> {
        Box::pin(self.fetch_robots_inner(ctx, url))
    }

    async fn fetch_robots_inner(&self, ctx: &Ctx<'_>, url: &Url) -> Rules {
        let mut ru = url.clone();
        ru.set_path("/robots.txt");
        ru.set_query(None);
        ru.set_fragment(None);
        let rctx = Ctx {
            scope: ctx.scope,
            site_interval: ctx.site_interval,
            obey_robots: false,
            counters: ctx.counters,
        };
        let key = host_key(url);
        let rules = match self
            .request(&rctx, &ru, Method::Get, BodyWant::Any(ROBOTS_BODY_CAP))
            .await
        {
            Outcome::Answer(a) if (200..300).contains(&a.status) => robots::parse(
                crate::client::ROBOTS_AGENT,
                a.body.as_deref().unwrap_or(b""),
            ),
            Outcome::Answer(a) if (400..500).contains(&a.status) => {
                tracing::info!(host = %key, status = a.status, "no robots.txt; all allowed");
                Rules::AllowAll
            }
            Outcome::Answer(a) => {
                tracing::warn!(host = %key, status = a.status, "robots.txt answered {}; crawling as allowed", a.status);
                Rules::AllowAll
            }
            other => {
                tracing::warn!(host = %key, "robots.txt unreachable ({other:?}); crawling as allowed");
                Rules::AllowAll
            }
        };
        // The next request waits a full interval from this answer, not
        // from the robots.txt request's send: the first request to a host
        // opens a connection, and on a loaded machine it can reach the
        // server tens of milliseconds after it left, which made the next
        // one look early to the server.
        self.politeness.restart(&key);
        if let Some(d) = rules.delay() {
            let d = if d > robots::MAX_CRAWL_DELAY {
                tracing::warn!(host = %key, delay_s = d.as_secs_f64(), "Crawl-delay clamped to {:?}", robots::MAX_CRAWL_DELAY);
                robots::MAX_CRAWL_DELAY
            } else {
                d
            };
            tracing::info!(host = %key, delay_s = d.as_secs_f64(), "robots.txt Crawl-delay applied");
            self.politeness.raise_interval(&key, d);
        }
        rules
    }
}

/// A body read that broke off.
struct BodyError {
    error: reqwest::Error,
    /// What arrived before it broke.
    partial: Vec<u8>,
}

/// Streams the body and stops at `cap`; a longer body is never held whole.
async fn read_capped(
    mut resp: reqwest::Response,
    cap: usize,
) -> Result<(Vec<u8>, bool), BodyError> {
    let hint = resp
        .content_length()
        .map(|n| (n as usize).min(cap))
        .unwrap_or(0);
    let mut buf = Vec::with_capacity(hint.min(1 << 20));
    loop {
        let chunk = match resp.chunk().await {
            Ok(Some(c)) => c,
            Ok(None) => return Ok((buf, false)),
            Err(error) => {
                return Err(BodyError {
                    error,
                    partial: buf,
                });
            }
        };
        let room = cap - buf.len();
        if chunk.len() > room {
            buf.extend_from_slice(&chunk[..room]);
            return Ok((buf, true));
        }
        buf.extend_from_slice(&chunk);
        if buf.len() == cap {
            // Exactly at the cap: truncated only if more follows.
            return match resp.chunk().await {
                Ok(Some(c)) if !c.is_empty() => Ok((buf, true)),
                _ => Ok((buf, false)),
            };
        }
    }
}
