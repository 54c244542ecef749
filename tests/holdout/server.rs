//! A tiny HTTP/1.1 server on loopback for the holdout portals: one
//! listener per portal, `Connection: close`, a fixed route table and a
//! request log, so the test can check politeness (robots.txt, rate) from
//! the server's side rather than trusting the crawler's own account.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How a route answers.
#[derive(Clone)]
pub enum Resp {
    /// A plain answer.
    Body {
        status: u16,
        ctype: String,
        body: Vec<u8>,
        headers: Vec<(String, String)>,
    },
    /// A redirect to `location` (relative or absolute).
    Redirect { status: u16, location: String },
    /// Reads the request and never answers (a timeout).
    Hang,
    /// Answers `inner` after a delay (a slow but valid page).
    Slow { ms: u64, inner: Box<Resp> },
    /// The first `n` requests get `status` (with `Retry-After` when set),
    /// later ones `then` (a 503 that recovers, a 429 to wait out).
    FailFirst {
        n: u32,
        status: u16,
        retry_after: Option<u32>,
        then: Box<Resp>,
    },
    /// `HEAD` gets `head` (405, 403, or a lying 404); `GET` gets `inner`
    /// (download endpoints).
    NoHead { head: u16, inner: Box<Resp> },
}

impl Resp {
    pub fn html(body: Vec<u8>) -> Resp {
        Resp::Body {
            status: 200,
            ctype: "text/html; charset=utf-8".into(),
            body,
            headers: vec![],
        }
    }
    pub fn typed(status: u16, ctype: &str, body: Vec<u8>) -> Resp {
        Resp::Body {
            status,
            ctype: ctype.into(),
            body,
            headers: vec![],
        }
    }
    pub fn status(status: u16) -> Resp {
        Resp::typed(
            status,
            "text/html; charset=utf-8",
            format!(
                "<html><head><title>{status}</title></head><body><h1>{status}</h1></body></html>"
            )
            .into_bytes(),
        )
    }
    pub fn redirect(status: u16, location: &str) -> Resp {
        Resp::Redirect {
            status,
            location: location.into(),
        }
    }
}

/// What an unknown path gets.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    NotFound,
    /// A small valid page (HTML) or an empty asset: the rest of a real
    /// site whose saved pages we serve.
    Generic,
    /// Every request, whatever the path, gets this status (a dead site).
    Always(u16),
    /// Every request hangs (a site that never answers).
    HangAll,
}

/// One logged request.
#[derive(Clone, Debug)]
pub struct Hit {
    pub at: Instant,
    pub method: String,
    pub target: String,
}

pub struct Site {
    pub routes: HashMap<String, Resp>,
    pub fallback: Fallback,
    pub log: Mutex<Vec<Hit>>,
    counters: Mutex<HashMap<String, u32>>,
}

/// A running portal server.
pub struct Server {
    pub port: u16,
    pub site: Arc<Site>,
}

impl Server {
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
    pub fn hits(&self) -> Vec<Hit> {
        self.site.log.lock().unwrap().clone()
    }
}

/// Binds first (so the portal's content can name its own port), serves later.
pub async fn bind() -> (TcpListener, u16) {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = l.local_addr().unwrap().port();
    (l, port)
}

/// A port on which nothing listens (connection refused).
pub async fn closed_port() -> u16 {
    let (l, port) = bind().await;
    drop(l);
    port
}

pub fn serve(listener: TcpListener, routes: HashMap<String, Resp>, fallback: Fallback) -> Server {
    let port = listener.local_addr().unwrap().port();
    let site = Arc::new(Site {
        routes,
        fallback,
        log: Mutex::new(Vec::new()),
        counters: Mutex::new(HashMap::new()),
    });
    let s2 = site.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let site = s2.clone();
            tokio::spawn(async move {
                let _ = handle(stream, site).await;
            });
        }
    });
    Server { port, site }
}

async fn handle(mut stream: TcpStream, site: Arc<Site>) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(2048);
    let mut chunk = [0u8; 2048];
    loop {
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk))
            .await
            .map_err(|_| std::io::Error::other("read timeout"))??;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.windows(4).any(|w| w == b"\r\n\r\n") || buf.len() > 32 * 1024 {
            break;
        }
    }
    let head = String::from_utf8_lossy(&buf).to_string();
    let line = head.lines().next().unwrap_or("").to_string();
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("/").to_string();
    site.log.lock().unwrap().push(Hit {
        at: Instant::now(),
        method: method.clone(),
        target: target.clone(),
    });
    let path_only = target.split('?').next().unwrap_or("/").to_string();
    let route = site
        .routes
        .get(&target)
        .or_else(|| site.routes.get(&path_only))
        .cloned();
    let resp = match route {
        Some(r) => r,
        None => match site.fallback {
            Fallback::NotFound => Resp::status(404),
            Fallback::Always(s) => Resp::status(s),
            Fallback::HangAll => Resp::Hang,
            Fallback::Generic => generic(&path_only),
        },
    };
    let resp = resolve(resp, &site, &target, &method).await;
    let Some(resp) = resp else {
        // Hang: keep the socket open, answer nothing.
        tokio::time::sleep(Duration::from_secs(120)).await;
        return Ok(());
    };
    write(&mut stream, resp, method == "HEAD").await
}

fn generic(path: &str) -> Resp {
    let lower = path.to_ascii_lowercase();
    let asset = [
        ".js", ".css", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".pdf", ".doc", ".svg", ".swf",
    ]
    .iter()
    .any(|e| lower.ends_with(e));
    if asset {
        Resp::typed(200, "application/octet-stream", b"x".to_vec())
    } else {
        Resp::html(
            "<html><head><meta charset=\"utf-8\"><title>政务信息</title></head><body><div class=\"content\"><p>本页面为信息内容页。</p></div></body></html>"
                .as_bytes()
                .to_vec(),
        )
    }
}

/// Unwraps the stateful and delayed answers; `None` means hang.
async fn resolve(mut resp: Resp, site: &Site, target: &str, method: &str) -> Option<Resp> {
    loop {
        resp = match resp {
            Resp::Hang => return None,
            Resp::Slow { ms, inner } => {
                tokio::time::sleep(Duration::from_millis(ms)).await;
                *inner
            }
            Resp::FailFirst {
                n,
                status,
                retry_after,
                then,
            } => {
                let seen = {
                    let mut c = site.counters.lock().unwrap();
                    let e = c.entry(target.to_string()).or_insert(0);
                    *e += 1;
                    *e
                };
                if seen <= n {
                    let mut r = Resp::status(status);
                    if let (Some(ra), Resp::Body { headers, .. }) = (retry_after, &mut r) {
                        headers.push(("Retry-After".into(), ra.to_string()));
                    }
                    return Some(r);
                }
                *then
            }
            Resp::NoHead { head, inner } => {
                if method == "HEAD" {
                    return Some(Resp::status(head));
                }
                *inner
            }
            other => return Some(other),
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

async fn write(stream: &mut TcpStream, resp: Resp, head_only: bool) -> std::io::Result<()> {
    let (status, ctype, body, mut headers) = match resp {
        Resp::Body {
            status,
            ctype,
            body,
            headers,
        } => (status, ctype, body, headers),
        Resp::Redirect { status, location } => (
            status,
            "text/html; charset=utf-8".to_string(),
            b"<html><body>moved</body></html>".to_vec(),
            vec![("Location".to_string(), location)],
        ),
        _ => unreachable!("resolved above"),
    };
    headers.push(("Content-Type".into(), ctype));
    headers.push(("Content-Length".into(), body.len().to_string()));
    headers.push(("Connection".into(), "close".into()));
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    stream.write_all(out.as_bytes()).await?;
    if !head_only {
        stream.write_all(&body).await?;
    }
    stream.flush().await?;
    let _ = stream.shutdown().await;
    Ok(())
}
