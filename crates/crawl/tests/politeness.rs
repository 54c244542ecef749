//! Politeness proven from the server's own timestamps: the per-host rate
//! holds for pages, link checks, retries, redirect hops and robots.txt;
//! robots.txt is obeyed and its Crawl-delay raises the interval.

mod common;

use std::time::Duration;

use common::*;
use govcheck_testsite::traps::DEFAULT_ROBOTS;

/// Clock granularity and scheduling slack between the limiter's clock and
/// the server's `Instant`s.
const TOLERANCE: Duration = Duration::from_millis(5);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_host_rate_is_never_exceeded() {
    let site = fast_server().await;
    let other = fast_server().await;
    site.page(
        "/",
        &links_page(
            "首页",
            &[
                "/page/1",
                "/page/2",
                "/page/3",
                "/ok-chain/1",
                "/r429/x",
                "/flaky/y",
                "/nohead/a.pdf",
                "img:/files/logo.png",
                &other.url("/page/ext1"),
                &other.url("/status/404"),
                &other.url("/nohead/b.pdf"),
            ],
        ),
    );
    let mut c = cfg();
    c.rate = 5.0; // 200 ms
    c.per_host_connections = 3;
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert!(out.homepage.is_ok());
    assert!(pages.len() >= 6, "pages: {}", pages.len());
    let interval = Duration::from_millis(200) - TOLERANCE;
    for (name, server) in [("site", &site), ("other", &other)] {
        let log = server.log();
        assert!(log.len() >= 3, "{name}: {} requests", log.len());
        let gap = min_gap(&log).unwrap();
        assert!(
            gap >= interval,
            "{name}: two requests {gap:?} apart (rate 5/s allows 200 ms): {:?}",
            closest_pair(&log)
        );
    }
    // Retries and redirect hops went through the limiter too.
    assert_eq!(site.requests_to("/r429/x").len(), 2);
    assert_eq!(site.requests_to("/ok-chain/").len(), 4);
    assert_eq!(
        out.stats.requests as usize,
        site.log().len() + other.log().len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_is_obeyed_and_crawl_delay_raises_the_interval() {
    let site = TrapServer::start_with_robots(Some(DEFAULT_ROBOTS))
        .await
        .unwrap();
    site.page(
        "/",
        &links_page(
            "首页",
            &["/private/a.html", "/page/1", "/page/2", "/private/b.pdf"],
        ),
    );
    let mut c = cfg();
    c.rate = 100.0; // 10 ms, raised to 1 s by Crawl-delay
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert!(out.homepage.is_ok());
    let log = site.log();
    assert_eq!(log[0].path, "/robots.txt", "robots.txt is read first");
    assert!(
        site.requests_to("/private/").is_empty(),
        "disallowed URLs are neither crawled nor checked: {log:#?}"
    );
    assert_eq!(out.stats.robots_disallowed, 2);
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    assert_eq!(pages.len(), 3);
    let gap = min_gap(&log).unwrap();
    assert!(
        gap >= Duration::from_secs(1) - TOLERANCE,
        "Crawl-delay 1 s not honoured: {gap:?}"
    );
    // Our honest User-Agent went with every request.
    assert!(log.iter().all(|e| {
        e.user_agent
            .as_deref()
            .is_some_and(|u| u.starts_with("govcheck/"))
    }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignore_robots_crawls_disallowed_pages() {
    let site = fast_server().await;
    site.page("/", &links_page("首页", &["/private/a.html"]));
    let mut scope = govcheck_crawl::SiteScope::new(url::Url::parse(&site.url("/")).unwrap());
    scope.ignore_robots = true;
    let (out, pages) = crawl_scope(&cfg(), scope).await;
    assert_eq!(pages.len(), 2);
    assert_eq!(out.stats.robots_disallowed, 0);
    assert!(site.requests_to("/robots.txt").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_host_connections_are_capped() {
    let site = fast_server().await;
    site.page(
        "/",
        &links_page("首页", &["/slow?a", "/slow?b", "/slow?c", "/slow?d"]),
    );
    let mut c = cfg();
    c.per_host_connections = 2;
    c.concurrency = 16;
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    assert_eq!(pages.len(), 5);
    assert_eq!(
        site.max_in_flight(),
        2,
        "two slow pages at a time, never more"
    );
}
