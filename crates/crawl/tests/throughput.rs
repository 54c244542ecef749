//! A quick look at crawl throughput against the generated portal, versus
//! parsing the same pages in memory. Ignored by default (timings belong in
//! benchmarks); run with `cargo test --release -p govcheck-crawl --test
//! throughput -- --ignored --nocapture`.

use std::time::Instant;

use govcheck_crawl::{CrawlConfig, CrawledPage, Crawler, SiteScope};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "prints timings; not a test of behaviour"]
async fn crawl_versus_parse_only() {
    let n = 3000;
    let t = Instant::now();
    let mut parsed = 0usize;
    for (path, body) in govcheck_testsite::generated_pages(n) {
        let u = url::Url::parse(&format!(
            "http://127.0.0.1/{}",
            path.trim_start_matches('/')
        ))
        .unwrap();
        let d = govcheck_page::decode(&body, Some("text/html"));
        let f = govcheck_page::parse(&u, &d.text, d.encoding);
        parsed += f.links.len().min(1);
    }
    let parse_s = t.elapsed().as_secs_f64();
    let site = govcheck_testsite::generated_site(n).await.unwrap();
    let crawler = Crawler::new(CrawlConfig {
        rate: 0.0,
        concurrency: 16,
        per_host_connections: 8,
        max_pages: n + 10,
        max_depth: 100,
        ..CrawlConfig::default()
    })
    .unwrap();
    let t = Instant::now();
    let mut pages = 0usize;
    let mut sink = |_p: CrawledPage| pages += 1;
    let out = crawler
        .crawl_site(
            &SiteScope::new(url::Url::parse(&site.url).unwrap()),
            &mut sink,
        )
        .await;
    let crawl_s = t.elapsed().as_secs_f64();
    println!(
        "parse-only: {parsed} pages in {parse_s:.2}s ({:.0}/s); crawl: {pages} pages, {} links, {} requests in {crawl_s:.2}s ({:.0}/s); broken {}",
        parsed as f64 / parse_s,
        out.links_checked,
        out.stats.requests,
        pages as f64 / crawl_s,
        out.broken.len()
    );
}
