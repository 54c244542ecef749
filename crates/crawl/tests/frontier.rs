//! The frontier ends: calendars, ever-growing query strings, page and
//! depth budgets; pages are parsed once; GBK pages decode.

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calendar_and_growing_query_traps_end_within_budget() {
    let site = fast_server().await;
    site.page(
        "/",
        &links_page("首页", &["/calendar?month=1", "/grow?q=a"]),
    );
    let mut c = cfg();
    c.max_depth = 10_000; // the trap guard, not the depth, must stop it
    c.chain_budget = 20;
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert!(out.homepage.is_ok());
    let calendars = pages
        .iter()
        .filter(|p| p.facts.url.contains("/calendar"))
        .count();
    let grows = pages
        .iter()
        .filter(|p| p.facts.url.contains("/grow"))
        .count();
    // The first of each is reached from the homepage (not a chain); then
    // at most `chain_budget` chained steps in each direction (the
    // calendar links to the previous and the next month).
    assert!(calendars <= 1 + 2 * 20, "calendar pages: {calendars}");
    assert!(grows <= 21, "grow pages: {grows}");
    assert!(calendars >= 10 && grows >= 10);
    assert!(out.stats.skipped_by_budget >= 2);
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    // Each URL was requested once.
    let log = site.log();
    let mut paths: Vec<_> = log.iter().map(|e| e.path.clone()).collect();
    paths.sort();
    let n = paths.len();
    paths.dedup();
    assert_eq!(n, paths.len(), "a URL was fetched twice");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_pages_and_depth_bound_the_crawl() {
    let site = fast_server().await;
    let chain: Vec<String> = (1..=30).map(|i| format!("/d{i}.html")).collect();
    site.page("/", &links_page("首页", &[&chain[0]]));
    for i in 0..chain.len() - 1 {
        site.page(&chain[i], &links_page("内页", &[&chain[i + 1]]));
    }
    let mut c = cfg();
    c.max_depth = 5;
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert_eq!(pages.len(), 6, "homepage + depths 1..=5");
    assert!(pages.iter().all(|p| p.depth <= 5));
    assert_eq!(out.stats.skipped_by_budget, 1);
    // The link beyond the depth is still checked.
    assert_eq!(site.requests_to("/d6.html").len(), 1);

    let mut c = cfg();
    c.max_pages = 3;
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert_eq!(pages.len(), 3);
    assert_eq!(out.stats.pages_fetched, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn canonical_duplicates_are_fetched_once() {
    let site = fast_server().await;
    site.page(
        "/",
        &links_page(
            "首页",
            &[
                "/page/a#top",
                "/page/a",
                "/page/a;jsessionid=ABC",
                "/page/a?sid=1",
                "/ok-chain/1",
                "/ok-chain/end",
            ],
        ),
    );
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    assert_eq!(site.requests_to("/page/a").len(), 1);
    let ends = pages
        .iter()
        .filter(|p| p.facts.final_url == site.url("/ok-chain/end"))
        .count();
    assert_eq!(ends, 1, "a page reached under two URLs is parsed once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gbk_pages_decode() {
    let site = fast_server().await;
    site.page("/", &links_page("首页", &["/gbk"]));
    let (_, pages) = crawl(&cfg(), &site.url("/")).await;
    let gbk = pages
        .iter()
        .find(|p| p.facts.url == site.url("/gbk"))
        .expect("GBK page crawled");
    assert_eq!(gbk.facts.title, "某某县人民政府");
    assert!(
        gbk.facts
            .visible_text
            .contains("关于开展政府网站自查的通知")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_side_redirect_stubs_are_followed() {
    let site = fast_server().await;
    site.page(
        "/",
        "<html><head><meta http-equiv=\"refresh\" content=\"0;url=/main.html\"></head><body></body></html>",
    );
    site.page(
        "/main.html",
        &links_page("某某县人民政府", &["/inner.html"]),
    );
    site.page(
        "/inner.html",
        "<html><body><script>window.location.href='/page/real';</script></body></html>",
    );
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.homepage.is_ok());
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    let home = &pages[0];
    assert!(home.is_homepage);
    assert_eq!(
        home.facts.title, "某某县人民政府",
        "the stub's target is the homepage"
    );
    assert_eq!(pages.iter().filter(|p| p.is_homepage).count(), 1);
    assert!(pages.iter().any(|p| p.facts.url == site.url("/page/real")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_frameset_homepage_is_its_main_frame() {
    let site = fast_server().await;
    site.page(
        "/",
        "<html><head><title>某某县</title></head><frameset rows=\"100,*\">\
         <frame src=\"/top.html\"><frame src=\"/main.html\"></frameset></html>",
    );
    site.page("/top.html", &links_page("顶部", &[]));
    site.page(
        "/main.html",
        &links_page("某某县人民政府", &["/page/news", "/status/404"]),
    );
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    let home = pages.iter().find(|p| p.is_homepage).unwrap();
    assert_eq!(home.facts.title, "某某县人民政府");
    assert!(pages.iter().any(|p| p.facts.url == site.url("/page/news")));
    assert!(
        pages.iter().any(|p| p.facts.url == site.url("/top.html")),
        "other frames still crawled"
    );
    let b = broken(&out, &site.url("/status/404")).unwrap();
    assert!(b.on_homepage);
}

/// Which pages fit in `--max-pages` depends on the site, not on which
/// page answered first: the slow page's links, dispatched first, win over
/// those of a faster page dispatched after it, and the engine sees the
/// pages in that order too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_budget_goes_in_dispatch_order_not_arrival_order() {
    let site = fast_server().await;
    // `/slow?…` answers after 2 s.
    site.page("/", &links_page("首页", &["/slow?a", "/b.html"]));
    site.page(
        "/slow?a",
        &links_page("慢栏目", &["/a1.html", "/a2.html", "/a3.html"]),
    );
    site.page(
        "/b.html",
        &links_page("快栏目", &["/b1.html", "/b2.html", "/b3.html"]),
    );
    for p in [
        "/a1.html", "/a2.html", "/a3.html", "/b1.html", "/b2.html", "/b3.html",
    ] {
        site.page(p, &links_page("文章", &[]));
    }
    let mut c = cfg();
    c.max_pages = 6;
    let (_, pages) = crawl(&c, &site.url("/")).await;
    let got: Vec<String> = pages
        .iter()
        .map(|p| p.facts.url.trim_start_matches(&site.url("")).to_string())
        .collect();
    assert_eq!(
        got,
        [
            "/", "/slow?a", "/b.html", "/a1.html", "/a2.html", "/a3.html"
        ],
        "pages in dispatch order, the budget spent on the first-dispatched page's links"
    );
}
