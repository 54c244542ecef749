//! The sample portals of `govcheck-testsite`: every planted broken link is
//! found with its class and `on_homepage`, and nothing else is reported.

mod common;

use std::collections::BTreeMap;

use common::*;
use govcheck_testsite::{Network, expected};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sample_portals_broken_links_match_the_expectations() {
    let net = Network::start().await.expect("network starts");
    let month = net.month();
    let want: Vec<_> = expected(month)
        .into_iter()
        .filter(|e| e.kind == "broken_link")
        .collect();
    assert!(want.len() >= 3, "the network plants broken links");
    let mut found = 0;
    let mut problems = Vec::new();
    for portal in net.portals() {
        let (out, pages) = crawl(&cfg(), &portal.url).await;
        if out.homepage.is_err() {
            let planted_down = expected(month)
                .iter()
                .any(|e| e.portal == portal.id && e.kind == "site_unreachable");
            if !planted_down {
                problems.push(format!(
                    "{}: homepage unreachable {:?}",
                    portal.id, out.homepage
                ));
            }
            continue;
        }
        assert!(!pages.is_empty());
        let got: BTreeMap<String, (&'static str, bool)> = out
            .broken
            .iter()
            .map(|b| {
                let key = url::Url::parse(&b.url)
                    .map(|u| match u.query() {
                        Some(q) => format!("{}?{q}", u.path()),
                        None => u.path().to_string(),
                    })
                    .unwrap_or_else(|_| b.url.clone());
                (key, (b.error.class.as_str(), b.on_homepage))
            })
            .collect();
        for w in want.iter().filter(|w| w.portal == portal.id) {
            match got.get(&w.key) {
                None => problems.push(format!("{}: missed {} ({})", portal.id, w.key, w.note)),
                Some((class, home)) => {
                    found += 1;
                    if w.class.is_some_and(|c| c != *class) {
                        problems.push(format!(
                            "{}: {} class {class}, want {:?}",
                            portal.id, w.key, w.class
                        ));
                    }
                    if w.on_homepage.is_some_and(|h| h != *home) {
                        problems.push(format!("{}: {} on_homepage {home}", portal.id, w.key));
                    }
                }
            }
        }
        for (k, (class, _)) in &got {
            if !want.iter().any(|w| w.portal == portal.id && &w.key == k) {
                problems.push(format!("{}: unexpected {k} ({class})", portal.id));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, want.len());
}
