//! A tiny HTTP/1.1 server for the holdout portals: one listener per portal,
//! exact-path routes, and the misbehaviours real portals show (slow pages,
//! hanging downloads, 429/503 with Retry-After that recover, redirect loops).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One answer of a route.
pub enum Route {
    /// A normal answer.
    Page {
        status: u16,
        ctype: String,
        body: Vec<u8>,
    },
    /// A redirect to `location` (absolute or relative).
    Redirect { status: u16, location: String },
    /// A page that answers after `ms` milliseconds.
    Slow { ms: u64, body: Vec<u8> },
    /// The first `n` requests get `status` with `Retry-After: 1`, then 200.
    Flaky {
        n: u32,
        status: u16,
        seen: AtomicU32,
        body: Vec<u8>,
    },
    /// Never answers within any sane timeout.
    Hang,
    /// Refuses HEAD with 405, serves GET (old download servlets).
    NoHead { ctype: String, body: Vec<u8> },
}

pub type Routes = HashMap<String, Route>;

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Other",
    }
}

fn answer(status: u16, headers: &[(&str, String)], body: &[u8], head_only: bool) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    let mut bytes = out.into_bytes();
    if !head_only {
        bytes.extend_from_slice(body);
    }
    bytes
}

const NOT_FOUND: &str =
    "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>";

async fn handle(mut sock: tokio::net::TcpStream, routes: Arc<Routes>) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if buf.windows(4).any(|w| w == b"\r\n\r\n") || buf.len() > 65536 {
            break;
        }
    }
    let head = String::from_utf8_lossy(&buf).to_string();
    let first = head.lines().next().unwrap_or("");
    let mut parts = first.split_whitespace();
    let method = parts.next().unwrap_or("GET").to_string();
    let target = parts.next().unwrap_or("/").to_string();
    let target = target.split('#').next().unwrap_or("/").to_string();
    let head_only = method == "HEAD";
    let path_only = target.split('?').next().unwrap_or("/").to_string();
    let route = routes.get(&target).or_else(|| routes.get(&path_only));
    let bytes = match route {
        None => answer(
            404,
            &[("Content-Type", "text/html; charset=utf-8".into())],
            NOT_FOUND.as_bytes(),
            head_only,
        ),
        Some(Route::Page {
            status,
            ctype,
            body,
        }) => answer(*status, &[("Content-Type", ctype.clone())], body, head_only),
        Some(Route::Redirect { status, location }) => answer(
            *status,
            &[
                ("Location", location.clone()),
                ("Content-Type", "text/html; charset=utf-8".into()),
            ],
            b"",
            head_only,
        ),
        Some(Route::Slow { ms, body }) => {
            tokio::time::sleep(Duration::from_millis(*ms)).await;
            answer(
                200,
                &[("Content-Type", "text/html; charset=utf-8".into())],
                body,
                head_only,
            )
        }
        Some(Route::Flaky {
            n,
            status,
            seen,
            body,
        }) => {
            let k = seen.fetch_add(1, Ordering::SeqCst);
            if k < *n {
                answer(
                    *status,
                    &[
                        ("Retry-After", "1".into()),
                        ("Content-Type", "text/html; charset=utf-8".into()),
                    ],
                    b"<html><body>busy</body></html>",
                    head_only,
                )
            } else {
                answer(
                    200,
                    &[("Content-Type", "text/html; charset=utf-8".into())],
                    body,
                    head_only,
                )
            }
        }
        Some(Route::NoHead { ctype, body }) => {
            if head_only {
                answer(405, &[("Allow", "GET".into())], b"", true)
            } else {
                answer(200, &[("Content-Type", ctype.clone())], body, false)
            }
        }
        Some(Route::Hang) => {
            tokio::time::sleep(Duration::from_secs(30)).await;
            return;
        }
    };
    let _ = sock.write_all(&bytes).await;
    let _ = sock.shutdown().await;
}

/// Serves `routes` on an already bound listener until the runtime stops.
pub async fn serve(listener: TcpListener, routes: Routes) {
    let routes = Arc::new(routes);
    loop {
        let Ok((sock, _)) = listener.accept().await else {
            continue;
        };
        tokio::spawn(handle(sock, routes.clone()));
    }
}
