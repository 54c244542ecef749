//! The same site checked three times gives the same report, also when
//! `--max-pages` cuts the crawl short: nothing in the report may depend on
//! hash order, arrival order or timing. (That a slow page cannot lose its
//! place to a faster one is shown at the crawler level, in
//! `crates/crawl/tests/frontier.rs`.)

use govcheck_config::sites::Site;
use govcheck_engine::{Checks, Engine, EngineOptions};
use govcheck_testsite::Weight;
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_site_cut_by_max_pages_gives_the_same_report_twice() {
    let portal = govcheck_testsite::generated_site(1500, Weight::Portal)
        .await
        .unwrap();
    let checks = Arc::new(Checks::embedded());
    let options = EngineOptions {
        rate: 0.0,
        concurrency: 16,
        per_host_connections: 8,
        max_pages: 300,
        timeout: Duration::from_secs(10),
        ..EngineOptions::default()
    };
    let site = Site::from_url(
        url::Url::parse(&portal.url).unwrap(),
        Some(govcheck_model::Category::County),
    );
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
    let mut reports = Vec::new();
    for _ in 0..3 {
        let engine = Engine::new(&options, checks.clone()).unwrap();
        let mut r = engine.check_site(&site, as_of, None).await.unwrap();
        r.stats.duration_ms = 0;
        reports.push(serde_json::to_string_pretty(&r).unwrap());
    }
    assert!(
        reports[0].contains("\"pages_fetched\": 300"),
        "{}",
        reports[0]
    );
    assert_eq!(reports[0], reports[1]);
    assert_eq!(reports[0], reports[2]);
}
