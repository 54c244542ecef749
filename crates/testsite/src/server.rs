//! A small HTTP/1.1 server (hyper 1) for the sample portals: one loopback
//! listener per portal, keep-alive, every request logged with the server's
//! own timestamp, stopped when the handle is dropped.

use bytes::Bytes;
use http::{HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

/// One request as the server saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRecord {
    /// When the server received the request head (server clock).
    pub at: Instant,
    /// `GET`, `HEAD`, …
    pub method: String,
    /// The request target as sent: path and query, still percent-encoded.
    pub path_and_query: String,
}

/// A canned response.
#[derive(Debug, Clone)]
pub(crate) struct Resp {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Bytes,
}

impl Resp {
    pub fn new(status: u16, content_type: &str, body: impl Into<Bytes>) -> Resp {
        Resp {
            status,
            headers: vec![("content-type", content_type.to_string())],
            body: body.into(),
        }
    }

    pub fn html(status: u16, html: String) -> Resp {
        Resp::new(status, "text/html; charset=utf-8", html)
    }

    /// HTML transcoded to GBK bytes, labelled as such in the header.
    pub fn html_gbk(status: u16, html: &str) -> Resp {
        let (bytes, _, _) = encoding_rs::GBK.encode(html);
        Resp::new(status, "text/html; charset=gbk", bytes.into_owned())
    }

    pub fn redirect(status: u16, location: String) -> Resp {
        Resp {
            status,
            headers: vec![
                ("location", location),
                ("content-type", "text/html; charset=utf-8".into()),
            ],
            body: Bytes::from_static(b"<html><body>Moved</body></html>"),
        }
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Resp {
        self.headers.push((name, value.into()));
        self
    }
}

/// Answers one request; `target` is the decoded path and query.
pub(crate) type Handler = Arc<dyn Fn(&Method, &str) -> Resp + Send + Sync>;

/// A running server; dropping it stops the listener and every open
/// connection (the connection tasks live in a `JoinSet` owned by the
/// accept task, so aborting that task drops them all).
pub(crate) struct Server {
    pub log: Arc<Mutex<Vec<RequestRecord>>>,
    /// Requests answered (also counted when the log is off).
    pub served: Arc<AtomicU64>,
    task: JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Binds 127.0.0.1:0; serving starts when [`Server::serve`] is called,
    /// so that every portal knows every other portal's address first.
    pub async fn bind() -> std::io::Result<(TcpListener, SocketAddr)> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        Ok((listener, addr))
    }

    /// Spawns the accept loop on the caller's runtime.
    /// `keep_log` off keeps memory flat for the benchmark site (only the
    /// count is kept).
    pub fn serve(listener: TcpListener, handler: Handler, keep_log: bool) -> Server {
        let log: Arc<Mutex<Vec<RequestRecord>>> = Arc::new(Mutex::new(Vec::new()));
        let served = Arc::new(AtomicU64::new(0));
        let task_log = keep_log.then(|| log.clone());
        let task_served = served.clone();
        let task = tokio::spawn(async move {
            let mut conns = JoinSet::new();
            loop {
                tokio::select! {
                    accepted = listener.accept() => {
                        let Ok((stream, _)) = accepted else { continue };
                        let handler = handler.clone();
                        let log = task_log.clone();
                        let served = task_served.clone();
                        conns.spawn(async move {
                            let svc = service_fn(move |req: Request<Incoming>| {
                                let handler = handler.clone();
                                let log = log.clone();
                                served.fetch_add(1, Ordering::Relaxed);
                                async move { Ok::<_, Infallible>(answer(&handler, log.as_deref(), req)) }
                            });
                            let _ = http1::Builder::new()
                                .keep_alive(true)
                                .serve_connection(TokioIo::new(stream), svc)
                                .await;
                        });
                    }
                    Some(_) = conns.join_next(), if !conns.is_empty() => {}
                }
            }
        });
        Server { log, served, task }
    }
}

fn answer(
    handler: &Handler,
    log: Option<&Mutex<Vec<RequestRecord>>>,
    req: Request<Incoming>,
) -> Response<Full<Bytes>> {
    let raw = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    if let Some(Ok(mut l)) = log.map(Mutex::lock) {
        l.push(RequestRecord {
            at: Instant::now(),
            method: req.method().to_string(),
            path_and_query: raw.clone(),
        });
    }
    let target = decode_target(&raw);
    let resp = handler(req.method(), &target);
    let mut builder = Response::builder()
        .status(StatusCode::from_u16(resp.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR));
    for (name, value) in &resp.headers {
        if let Ok(v) = HeaderValue::from_str(value) {
            builder = builder.header(*name, v);
        }
    }
    // hyper sends no body for HEAD but keeps the length we announce.
    builder
        .body(Full::new(resp.body))
        .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

/// Percent-decodes a request target. Chinese query strings arrive encoded
/// as UTF-8 (what URL libraries do) or as GBK (what a browser does on a GBK
/// page); both decode to the same text.
pub(crate) fn decode_target(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => {
            let (text, _, _) = encoding_rs::GBK.decode(e.as_bytes());
            text.into_owned()
        }
    }
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::decode_target;

    #[test]
    fn decodes_utf8_and_gbk_queries_alike() {
        assert_eq!(
            decode_target("/s.jsp?q=%E6%94%BF%E5%8A%A1"),
            "/s.jsp?q=政务"
        );
        assert_eq!(decode_target("/s.jsp?q=%D5%FE%CE%F1"), "/s.jsp?q=政务");
        assert_eq!(decode_target("/a%2"), "/a%2");
    }
}
