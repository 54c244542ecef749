//! Link verification: every class of failure, confirmation, Retry-After,
//! HEAD-refusing servers, soft 404s, and one finding per target.

mod common;

use std::time::Duration;

use common::*;
use govcheck_crawl::LinkErrorClass;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirect_loop_and_long_chain_are_classified() {
    let site = fast_server().await;
    site.page(
        "/",
        &links_page("首页", &["/loop/a", "/chain/1", "/ok-chain/1"]),
    );
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    let lp = broken(&out, &site.url("/loop/a")).expect("loop reported");
    assert_eq!(lp.error.class, LinkErrorClass::RedirectLoop);
    assert!(!lp.error.redirect_chain.is_empty());
    let ch = broken(&out, &site.url("/chain/1")).expect("chain reported");
    assert_eq!(ch.error.class, LinkErrorClass::TooManyRedirects);
    assert_eq!(ch.error.redirect_chain.len(), 11);
    assert!(broken(&out, &site.url("/ok-chain/1")).is_none());
    assert!(
        pages
            .iter()
            .any(|p| p.facts.final_url == site.url("/ok-chain/end")),
        "a valid chain ends on a crawled page"
    );
    assert_eq!(out.broken.len(), 2, "{:#?}", out.broken);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_waited_out_and_not_reported() {
    let site = fast_server().await;
    let ext = fast_server().await;
    site.page(
        "/",
        &links_page(
            "首页",
            &[
                "/r429/a",
                "/r503/a",
                "/r503-date/a",
                "/always503",
                "/files/r429.pdf",
                &ext.url("/r429/ext"),
            ],
        ),
    );
    let mut c = cfg();
    c.retries = 1;
    let (out, _) = crawl(&c, &site.url("/")).await;
    assert_eq!(out.broken.len(), 1, "{:#?}", out.broken);
    let b = broken(&out, &site.url("/always503")).expect("persistent 503 reported");
    assert_eq!(b.error.class, LinkErrorClass::HttpStatus);
    assert_eq!(b.error.status, Some(503));
    assert!(b.error.attempts >= 2, "confirmed: {:?}", b.error);
    let r = site.requests_to("/r429/a");
    assert_eq!(r.len(), 2);
    assert!(
        r[1].at - r[0].at >= Duration::from_millis(990),
        "Retry-After: 1 waited out"
    );
    assert_eq!(ext.requests_to("/r429/ext").len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flaky_targets_are_confirmed_and_not_reported() {
    let site = fast_server().await;
    let ext = fast_server().await;
    site.page(
        "/",
        &links_page(
            "首页",
            &[
                "/flaky/page",
                "/flaky-reset/page",
                &ext.url("/flaky/ext"),
                &ext.url("/flaky-reset/ext"),
            ],
        ),
    );
    let mut c = cfg();
    c.retries = 0; // the confirming attempt alone must save them
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    assert!(pages.iter().any(|p| p.facts.url == site.url("/flaky/page")));
    assert!(
        pages
            .iter()
            .any(|p| p.facts.url == site.url("/flaky-reset/page"))
    );
    assert!(
        !pages.iter().any(|p| p.facts.url.contains("/ext")),
        "external pages are checked, not crawled"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_timeout_connect_and_dns_failures() {
    let site = fast_server().await;
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let closed_url = format!("http://127.0.0.1:{closed}/x.html");
    let dns_url = "http://no-such-host.invalid/a.html";
    site.page(
        "/",
        &links_page(
            "首页",
            &[
                "/status/404",
                "/status/500",
                "/status/410",
                "/hang",
                "/files/ok.pdf",
                &closed_url,
                dns_url,
            ],
        ),
    );
    let mut c = cfg();
    c.timeout = Duration::from_millis(700);
    c.retries = 1;
    let (out, _) = crawl(&c, &site.url("/")).await;
    let class = |u: &str| broken(&out, u).map(|b| (b.error.class, b.error.status));
    // (class, status) pairs; reasons are checked apart.
    assert_eq!(
        class(&site.url("/status/404")),
        Some((LinkErrorClass::HttpStatus, Some(404)))
    );
    assert_eq!(
        class(&site.url("/status/500")),
        Some((LinkErrorClass::HttpStatus, Some(500)))
    );
    assert_eq!(
        class(&site.url("/status/410")),
        Some((LinkErrorClass::HttpStatus, Some(410)))
    );
    assert_eq!(
        class(&site.url("/hang")),
        Some((LinkErrorClass::Timeout, None))
    );
    assert_eq!(class(&closed_url), Some((LinkErrorClass::Connect, None)));
    assert!(
        broken(&out, &closed_url)
            .and_then(|b| b.error.reason.as_deref())
            .is_some_and(|r| r.contains("refused")),
        "the cause is kept as evidence"
    );
    assert_eq!(class(dns_url), Some((LinkErrorClass::Dns, None)));
    assert_eq!(class(&site.url("/files/ok.pdf")), None);
    assert_eq!(out.broken.len(), 6, "{:#?}", out.broken);
    assert!(out.broken.iter().all(|b| b.on_homepage));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn head_refusing_assets_are_checked_with_a_ranged_get() {
    let site = fast_server().await;
    site.page(
        "/",
        &links_page("首页", &["/nohead/report.pdf", "img:/nohead/pic.png"]),
    );
    let (out, _) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    let log = site.requests_to("/nohead/report.pdf");
    assert_eq!(log[0].method, "HEAD");
    assert_eq!(log[1].method, "GET");
    assert_eq!(log[1].range.as_deref(), Some("bytes=0-0"));
    assert_eq!(log.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_body_is_cut_at_the_cap() {
    let site = fast_server().await;
    site.page("/", &links_page("首页", &["/huge"]));
    let mut c = cfg();
    c.body_cap = 1024 * 1024;
    let (out, pages) = crawl(&c, &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    assert_eq!(out.stats.truncated_bodies, 1);
    let huge = pages
        .iter()
        .find(|p| p.facts.url == site.url("/huge"))
        .expect("the cut page is still parsed");
    assert!(huge.facts.truncated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_on_many_pages_is_one_target_with_every_page() {
    let site = fast_server().await;
    let ext = fast_server().await;
    let dead_ext = ext.url("/status/404");
    let mut home = vec!["/status/404"];
    let pages: Vec<String> = (1..=5).map(|i| format!("/p{i}.html")).collect();
    home.extend(pages.iter().map(String::as_str));
    home.push(&dead_ext);
    site.page("/", &links_page("首页", &home));
    for p in &pages {
        site.page(p, &links_page("内页", &["/status/404", &dead_ext]));
    }
    let (out, _) = crawl(&cfg(), &site.url("/")).await;
    assert_eq!(out.broken.len(), 2, "{:#?}", out.broken);
    let b = broken(&out, &site.url("/status/404")).unwrap();
    assert_eq!(b.found_on.len(), 6);
    assert!(b.on_homepage);
    assert!(b.found_on.iter().all(|f| f.text.contains("/status/404")));
    let e = broken(&out, &dead_ext).unwrap();
    assert_eq!(e.found_on.len(), 6);
    // Checked once (plus one confirming attempt), not once per page.
    assert_eq!(site.requests_to("/status/404").len(), 2);
    assert_eq!(ext.requests_to("/status/404").len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soft_404_is_classified_and_a_page_mentioning_404_is_not() {
    let site = fast_server().await;
    let ext = fast_server().await;
    site.page(
        "/",
        &links_page(
            "首页",
            &[
                "/soft404",
                "/mentions404",
                "/old/page.html",
                "/moved",
                &ext.url("/soft404"),
                &ext.url("/mentions404"),
            ],
        ),
    );
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    let class = |u: &str| broken(&out, u).map(|b| b.error.class);
    assert_eq!(class(&site.url("/soft404")), Some(LinkErrorClass::Soft404));
    assert_eq!(class(&ext.url("/soft404")), Some(LinkErrorClass::Soft404));
    assert_eq!(
        class(&site.url("/old/page.html")),
        Some(LinkErrorClass::Soft404)
    );
    assert_eq!(class(&site.url("/moved")), Some(LinkErrorClass::Soft404));
    assert_eq!(class(&site.url("/mentions404")), None);
    assert_eq!(class(&ext.url("/mentions404")), None);
    assert_eq!(out.broken.len(), 4, "{:#?}", out.broken);
    assert!(
        pages
            .iter()
            .any(|p| p.facts.url == site.url("/mentions404"))
    );
    assert!(!pages.iter().any(|p| p.facts.url == site.url("/soft404")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_homepage_is_reported_after_retries() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let (out, pages) = crawl(&cfg(), &format!("http://127.0.0.1:{port}/")).await;
    let err = out.homepage.expect_err("homepage is down");
    assert!(err.attempts >= 2, "{err:?}");
    assert!(!err.errors.is_empty());
    assert_eq!(err.error.class, LinkErrorClass::Connect);
    assert!(pages.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn off_site_targets_are_checked_not_crawled() {
    let site = fast_server().await;
    let ext = fast_server().await;
    let via = format!("/redirect?to={}", ext.url("/page/landing"));
    site.page("/", &links_page("首页", &[&via, &ext.url("/page/direct")]));
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    assert_eq!(pages.len(), 1, "only the homepage is crawled");
    assert_eq!(ext.requests_to("/page/landing").len(), 1);
    assert_eq!(ext.requests_to("/page/direct").len(), 1);
    assert!(
        ext.requests_to("/robots.txt").is_empty(),
        "robots only for the site"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_to_a_plain_http_server_is_a_tls_failure() {
    let site = fast_server().await;
    let ext = fast_server().await;
    let tls_url = format!("https://{}/page/x", ext.addr());
    site.page("/", &links_page("首页", &[&tls_url]));
    let (out, _) = crawl(&cfg(), &site.url("/")).await;
    let b = broken(&out, &tls_url).expect("reported");
    assert_eq!(b.error.class, LinkErrorClass::Tls, "{:?}", b.error);
    assert_eq!(b.error.reason.as_deref(), Some("handshake"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unparsable_hrefs_are_invalid_url() {
    let site = fast_server().await;
    site.page(
        "/",
        &html_page(
            "首页",
            "<a href=\"http://exa mple.com/\">坏链接</a> <a href=\"http://[bad\">坏</a> \
             <a href=\"/page/ok\">好</a> <a href=\"mailto:x@y.cn\">信</a> \
             <a href=\"javascript:void(0)\">脚本</a>",
        ),
    );
    let (out, _) = crawl(&cfg(), &site.url("/")).await;
    let b = broken(&out, "http://exa mple.com/").expect("reported");
    assert_eq!(b.error.class, LinkErrorClass::InvalidUrl);
    assert!(b.on_homepage);
    assert_eq!(
        broken(&out, "http://[bad").map(|b| b.error.class),
        Some(LinkErrorClass::InvalidUrl)
    );
    assert_eq!(out.broken.len(), 2, "{:#?}", out.broken);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn homepage_redirect_to_another_host_joins_the_scope() {
    let old = fast_server().await;
    let new = fast_server().await;
    old.page(
        "/",
        "<html><head><title>跳转</title></head><body>跳转中</body></html>",
    );
    let home = format!("/redirect?to={}", new.url("/"));
    new.page("/", &links_page("新首页", &["/page/inner"]));
    let (out, pages) = crawl(&cfg(), &old.url(&home)).await;
    assert!(out.homepage.is_ok());
    assert!(pages[0].is_homepage);
    assert_eq!(pages[0].facts.final_url, new.url("/"));
    assert!(
        pages.iter().any(|p| p.facts.url == new.url("/page/inner")),
        "pages on the homepage's new host are crawled"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_disallowing_the_homepage_crawls_nothing() {
    let site = TrapServer::start_with_robots(Some("User-agent: *\nDisallow: /\n"))
        .await
        .unwrap();
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.homepage.is_ok());
    assert!(out.homepage_disallowed);
    assert!(pages.is_empty());
    assert_eq!(site.log().len(), 1, "only robots.txt was read");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fetch_page_on_demand() {
    let site = fast_server().await;
    let crawler = govcheck_crawl::Crawler::new(cfg()).unwrap();
    let scope = govcheck_crawl::SiteScope::new(url::Url::parse(&site.url("/")).unwrap());
    let f = crawler
        .fetch_page(&url::Url::parse(&site.url("/page/col")).unwrap(), &scope)
        .await
        .expect("page fetched");
    assert_eq!(f.title, "页面 col");
    let e = crawler
        .fetch_page(&url::Url::parse(&site.url("/private/x")).unwrap(), &scope)
        .await
        .expect_err("robots.txt disallows it");
    assert!(matches!(e, govcheck_crawl::FetchFailure::Disallowed(_)));
    let e = crawler
        .fetch_page(&url::Url::parse(&site.url("/status/404")).unwrap(), &scope)
        .await
        .expect_err("404");
    assert!(
        matches!(e, govcheck_crawl::FetchFailure::Failed { .. }),
        "{e}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mislabeled_compression_is_not_a_broken_page() {
    let site = fast_server().await;
    site.page("/", &links_page("首页", &["/badgzip"]));
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    let p = pages
        .iter()
        .find(|p| p.facts.url == site.url("/badgzip"))
        .expect("parsed from the raw bytes");
    assert_eq!(p.facts.title, "压缩标错的页面");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_but_valid_page_is_not_reported() {
    let site = fast_server().await;
    let ext = fast_server().await;
    site.page("/", &links_page("首页", &["/slow", &ext.url("/slow")]));
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    assert!(pages.iter().any(|p| p.facts.url == site.url("/slow")));
    assert_eq!(
        site.requests_to("/slow").len(),
        1,
        "answered in time: no retry"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_that_breaks_off_is_kept_not_reported() {
    let site = fast_server().await;
    site.page("/", &links_page("首页", &["/short-body"]));
    let (out, pages) = crawl(&cfg(), &site.url("/")).await;
    assert!(out.broken.is_empty(), "{:#?}", out.broken);
    let p = pages
        .iter()
        .find(|p| p.facts.url == site.url("/short-body"))
        .expect("the part that came is parsed");
    assert!(p.facts.truncated);
    assert_eq!(p.facts.title, "断开的页面");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_to_a_dead_page_is_reported_at_the_linked_url() {
    let site = fast_server().await;
    let ext = fast_server().await;
    let to_dead = format!("/redirect?to={}", ext.url("/status/404"));
    site.page(
        "/",
        &links_page("首页", &[&to_dead, "/redirect?to=/status/410"]),
    );
    let (out, _) = crawl(&cfg(), &site.url("/")).await;
    assert_eq!(out.broken.len(), 2, "{:#?}", out.broken);
    let b = broken(&out, &site.url(&to_dead)).expect("reported at the linked URL");
    assert_eq!(b.error.status, Some(404));
    assert_eq!(b.error.redirect_chain, vec![ext.url("/status/404")]);
    let b = broken(&out, &site.url("/redirect?to=/status/410")).unwrap();
    assert_eq!(b.error.status, Some(410));
    assert_eq!(b.error.redirect_chain, vec![site.url("/status/410")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_attachment_answered_by_an_error_page_is_a_soft_404() {
    let site = fast_server().await;
    site.page(
        "/",
        &links_page(
            "首页",
            &[
                "/downfile-missing/report.pdf",
                "/files/ok.doc",
                "img:/files/logo.png",
            ],
        ),
    );
    let (out, _) = crawl(&cfg(), &site.url("/")).await;
    assert_eq!(out.broken.len(), 1, "{:#?}", out.broken);
    let b = broken(&out, &site.url("/downfile-missing/report.pdf")).unwrap();
    assert_eq!(b.error.class, LinkErrorClass::Soft404);
    assert_eq!(
        site.requests_to("/files/").len(),
        2,
        "plain assets: one HEAD each"
    );
}

/// A 友情链接 menu (`<select onchange="window.open(…)">`) is a row of links
/// a visitor follows: a dead site in it is a broken link, named by the
/// option's text; the menu's prompt and form selects are not links.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_site_in_a_link_menu_is_a_broken_link() {
    let site = fast_server().await;
    let ext = fast_server().await;
    site.page(
        "/",
        &html_page(
            "首页",
            &format!(
                "<select onchange=\"window.open(this.options[this.selectedIndex].value)\">\
                 <option value=\"\">——县区政府网站——</option>\
                 <option value=\"{}\">已关停的县政府网站</option>\
                 <option value=\"{}\">正常的县政府网站</option>\
                 </select>\
                 <form><select name=\"year\"><option value=\"2024\">2024年</option></select></form>",
                ext.url("/status/404"),
                ext.url("/page/home.html"),
            ),
        ),
    );
    let (out, _) = crawl(&cfg(), &site.url("/")).await;
    assert_eq!(out.broken.len(), 1, "{:#?}", out.broken);
    let b = broken(&out, &ext.url("/status/404")).expect("dead site reported");
    assert_eq!(b.error.status, Some(404));
    assert_eq!(b.found_on.len(), 1);
    assert_eq!(b.found_on[0].text, "已关停的县政府网站");
    assert!(b.on_homepage);
}
