//! Fetching and judging one target: a crawled page (GET, parse once) or a
//! checked target (HEAD→ranged GET for attachments, capped GET for pages).

use govcheck_model::{LinkError, LinkErrorClass, PageFacts};
use url::Url;

use crate::canonical::canonicalize;
use crate::classify::{Soft404, soft_404_redirect};
use crate::crawler::{Claimed, Inner, fingerprint};
use crate::fetch::{Answer, BodyWant, Ctx, Method, Outcome, is_html_type};

/// What became of a page the crawl fetched.
#[derive(Debug)]
pub(crate) enum PageOutcome {
    Parsed {
        facts: Box<PageFacts>,
        final_url: Url,
        /// Raw hrefs that do not resolve (`invalid_url` targets).
        invalid: Vec<String>,
        /// The page is a client-side redirect stub to this URL.
        stub: Option<Url>,
    },
    /// Fine, but nothing to parse (not HTML, already parsed under another
    /// URL, or redirected off the site).
    Fine {
        final_url: Url,
    },
    Disallowed,
    Failed {
        error: LinkError,
        texts: Vec<String>,
        /// Worth a confirming attempt (transport errors and HTTP errors;
        /// not soft 404s, which are a property of the content).
        confirm: bool,
    },
}

/// What became of a checked target.
#[derive(Debug)]
pub(crate) enum CheckOutcome {
    Fine,
    Disallowed,
    Failed { error: LinkError, confirm: bool },
}

fn http_error(a: &Answer) -> LinkError {
    LinkError {
        class: LinkErrorClass::HttpStatus,
        status: Some(a.status),
        reason: None,
        redirect_chain: a.chain.clone(),
        attempts: a.attempts,
    }
}

fn soft_error(a: &Answer, reason: String) -> LinkError {
    LinkError {
        class: LinkErrorClass::Soft404,
        status: Some(a.status),
        reason: Some(reason),
        redirect_chain: a.chain.clone(),
        attempts: a.attempts,
    }
}

/// `<html` or a doctype near the start of a body served without a type.
fn sniff_html(body: &[u8]) -> bool {
    let head = &body[..body.len().min(1024)];
    let s = String::from_utf8_lossy(head).to_ascii_lowercase();
    s.contains("<html") || s.contains("<!doctype html") || s.contains("<head")
}

/// Bodies up to this size are parsed in the calling task (well under a
/// millisecond; a crawl job runs in its own task, so this only occupies
/// one runtime thread briefly); larger ones on the blocking pool, so that
/// a huge page never stalls the runtime's timers and sockets. Handing every
/// page to the blocking pool cost a thread wake-up and a context switch
/// each way, which on a small machine was a large share of the crawl.
///
const INLINE_PARSE_MAX: usize = 32 * 1024;

/// Unoptimised builds (the test suite's binary) parse ten times slower:
/// there every page goes to the blocking pool, so that a parse never holds
/// up another task's request long enough for the server to see two
/// requests closer than the host's interval.
const PARSE_INLINE: bool = !cfg!(debug_assertions);

/// Decodes and parses (small bodies in place, large ones off the async
/// threads); with `scan_invalid`, also collects the hrefs that do not
/// resolve.
async fn parse_body(
    final_url: &Url,
    content_type: Option<String>,
    body: Vec<u8>,
    scan_invalid: bool,
) -> Option<(PageFacts, Vec<String>, Option<Url>)> {
    let body_len = body.len();
    let fu = final_url.clone();
    let work = move || {
        let d = govcheck_page::decode(&body, content_type.as_deref());
        drop(body);
        let mut f = govcheck_page::parse(&fu, &d.text, d.encoding);
        if f.encoding.is_empty() {
            f.encoding = d.encoding.name().to_string();
        }
        let (invalid, stub) = if scan_invalid {
            (
                f.invalid_hrefs.clone(),
                crate::refresh::stub_target(&d.text, &f.visible_text, &fu),
            )
        } else {
            (Vec::new(), None)
        };
        (f, invalid, stub)
    };
    if PARSE_INLINE && body_len <= INLINE_PARSE_MAX {
        return Some(work());
    }
    let r = tokio::task::spawn_blocking(work).await;
    match r {
        Ok(f) => Some(f),
        Err(e) => {
            tracing::error!(url = %final_url, "page parser failed: {e}");
            None
        }
    }
}

/// The soft-404 verdict of a parsed page.
fn page_soft_404(f: &PageFacts, patterns: &Soft404) -> Option<String> {
    let text = if f.content_text.trim().is_empty() {
        &f.visible_text
    } else {
        &f.content_text
    };
    patterns.page(&f.title, text)
}

impl Inner {
    /// Fetches a site page and parses it once. `claimed` holds the final
    /// URLs already parsed, so a page reached under two URLs is parsed once.
    pub(crate) async fn fetch_page_once(
        &self,
        ctx: &Ctx<'_>,
        url: &Url,
        claimed: &Claimed,
        is_homepage: bool,
    ) -> PageOutcome {
        if !self.robots_allowed(ctx, url).await {
            return PageOutcome::Disallowed;
        }
        let cap = self.cfg.body_cap;
        let want = BodyWant::Html {
            in_scope: cap,
            off_scope: if is_homepage {
                cap
            } else {
                self.cfg.check_body_cap
            },
        };
        let mut a = match self.request(ctx, url, Method::Get, want).await {
            Outcome::Answer(a) => a,
            Outcome::Disallowed => return PageOutcome::Disallowed,
            Outcome::Failed { error, texts } => {
                return PageOutcome::Failed {
                    confirm: true,
                    error,
                    texts,
                };
            }
        };
        if a.status >= 400 {
            return PageOutcome::Failed {
                error: http_error(&a),
                texts: vec![format!("HTTP {}", a.status)],
                confirm: true,
            };
        }
        if !is_homepage && let Some(r) = soft_404_redirect(url, &a.final_url) {
            return PageOutcome::Failed {
                error: soft_error(&a, r.to_string()),
                texts: vec![r.to_string()],
                confirm: false,
            };
        }
        let html = match (&a.body, a.content_type.as_deref()) {
            (Some(b), None) => sniff_html(b),
            (Some(_), ct) => is_html_type(ct),
            (None, _) => false,
        };
        let final_url = a.final_url.clone();
        if !(200..300).contains(&a.status) || !html {
            return PageOutcome::Fine { final_url };
        }
        let on_site = is_homepage || ctx.scope.contains(&final_url);
        if on_site {
            let fkey = fingerprint(canonicalize(&final_url).as_str());
            let mut c = claimed.lock().unwrap_or_else(|e| e.into_inner());
            if !c.insert(fkey) {
                return PageOutcome::Fine { final_url };
            }
        }
        let body = a.body.take().unwrap_or_default();
        let Some((mut facts, invalid, stub)) =
            parse_body(&final_url, a.content_type.clone(), body, on_site).await
        else {
            return PageOutcome::Fine { final_url };
        };
        if !is_homepage && let Some(p) = page_soft_404(&facts, &self.soft_404) {
            return PageOutcome::Failed {
                error: soft_error(&a, p),
                texts: vec!["soft 404".into()],
                confirm: false,
            };
        }
        if !on_site {
            return PageOutcome::Fine { final_url };
        }
        // A frameset homepage: the visitor sees its main frame.
        let stub = if is_homepage {
            stub.or_else(|| crate::refresh::main_frame(&facts))
        } else {
            stub
        };
        facts.url = url.to_string();
        facts.final_url = final_url.to_string();
        facts.status = a.status;
        facts.truncated = a.truncated;
        PageOutcome::Parsed {
            facts: Box::new(facts),
            final_url,
            invalid,
            stub,
        }
    }

    /// Verifies a target that is not crawled.
    pub(crate) async fn check_target(&self, ctx: &Ctx<'_>, url: &Url, asset: bool) -> CheckOutcome {
        if !self.robots_allowed(ctx, url).await {
            return CheckOutcome::Disallowed;
        }
        let out = if asset {
            let head = self.request(ctx, url, Method::Head, BodyWant::None).await;
            let fall_back = match &head {
                // 405/403/501/400 are the usual refusals, but servers lie on
                // HEAD in every way: any error is re-asked with a GET.
                Outcome::Answer(a) => a.status >= 400,
                Outcome::Failed { error, .. } => !matches!(
                    error.class,
                    LinkErrorClass::RedirectLoop
                        | LinkErrorClass::TooManyRedirects
                        | LinkErrorClass::Dns
                ),
                Outcome::Disallowed => false,
            };
            // An attachment answered by an HTML page may be an error page
            // served with 200 (`downfile.jsp` → 文件不存在): read enough of
            // it for the soft-404 check.
            let html_answer = matches!(&head, Outcome::Answer(a)
                if (200..300).contains(&a.status) && is_html_type(a.content_type.as_deref()));
            if fall_back || html_answer {
                let cap = self.cfg.check_body_cap;
                self.request(
                    ctx,
                    url,
                    Method::GetRange,
                    BodyWant::Html {
                        in_scope: cap,
                        off_scope: cap,
                    },
                )
                .await
            } else {
                head
            }
        } else {
            let cap = self.cfg.check_body_cap;
            self.request(
                ctx,
                url,
                Method::Get,
                BodyWant::Html {
                    in_scope: cap,
                    off_scope: cap,
                },
            )
            .await
        };
        let mut a = match out {
            Outcome::Answer(a) => a,
            Outcome::Disallowed => return CheckOutcome::Disallowed,
            Outcome::Failed { error, .. } => {
                return CheckOutcome::Failed {
                    error,
                    confirm: true,
                };
            }
        };
        if a.status == 416 {
            // An empty attachment answers a range request with 416: it exists.
            return CheckOutcome::Fine;
        }
        if a.status >= 400 {
            return CheckOutcome::Failed {
                error: http_error(&a),
                confirm: true,
            };
        }
        if let Some(r) = soft_404_redirect(url, &a.final_url) {
            return CheckOutcome::Failed {
                error: soft_error(&a, r.to_string()),
                confirm: false,
            };
        }
        if (200..300).contains(&a.status)
            && let Some(body) = a.body.take()
        {
            let html = match a.content_type.as_deref() {
                None => sniff_html(&body),
                ct => is_html_type(ct),
            };
            if html
                && let Some((f, _, _)) =
                    parse_body(&a.final_url, a.content_type.clone(), body, false).await
                && let Some(p) = page_soft_404(&f, &self.soft_404)
            {
                return CheckOutcome::Failed {
                    error: soft_error(&a, p),
                    confirm: false,
                };
            }
        }
        CheckOutcome::Fine
    }
}
