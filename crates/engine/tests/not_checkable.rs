//! A site whose robots.txt forbids its homepage is not judged (no false
//! "excellent" for a site nobody could read), and says how to proceed.

use govcheck_config::sites::Site;
use govcheck_engine::{Checks, Engine, EngineOptions};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Serves `Disallow: /` for robots.txt and a small page for everything else.
async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                let n = sock.read(&mut buf).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]);
                let (kind, body) = if head.starts_with("GET /robots.txt") {
                    ("text/plain", "User-agent: *\nDisallow: /\n")
                } else {
                    (
                        "text/html",
                        "<html><head><title>首页</title></head><body>2024-03-01</body></html>",
                    )
                };
                let resp = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {kind}; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.write_all(resp.as_bytes()).await;
            });
        }
    });
    format!("http://{addr}/")
}

fn engine() -> Engine {
    let checks = Arc::new(Checks::embedded());
    let options = EngineOptions {
        rate: 20.0,
        ..EngineOptions::default()
    };
    Engine::new(&options, checks).unwrap()
}

#[tokio::test]
async fn robots_forbidding_the_homepage_is_not_checkable_unless_authorised() {
    let url = serve().await;
    let engine = engine();
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
    let mut site = Site::from_url(
        url::Url::parse(&url).unwrap(),
        Some(govcheck_model::Category::Institution),
    );
    let err = engine.check_site(&site, as_of, None).await.unwrap_err();
    assert!(err.reason.contains("ignore_robots"), "{}", err.reason);

    site.ignore_robots = true;
    let report = engine
        .check_site(&site, as_of, None)
        .await
        .expect("authorised inspection runs");
    assert!(report.stats.pages_fetched >= 1);
}
