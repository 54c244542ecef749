//! End-to-end crawl benchmark (`cargo bench -p govcheck-engine --bench crawl`).
//!
//! Crawls a generated sample portal on loopback with rate limiting off (and
//! 8 connections per host instead of the polite 2; `GOVCHECK_BENCH_PER_HOST`
//! changes it) and reports pages/s and peak RSS, for 5,000 and 20,000
//! pages; and the parse-only throughput of the same pages in memory on
//! every core, which is the ceiling the crawl can reach.
//!
//! Each crawl runs in a fresh child process, so that the high-water mark
//! is its own, and the portal is served by another child process on one
//! thread, as a remote site would be: its memory is not the crawler's. Its
//! CPU time still comes out of the same two cores.
//!
//! Two page weights: portal-sized pages (about 20 KB and 100 links, the
//! small end of real portal pages; the headline figures) and light pages
//! (about 2 KB, where per-request overhead dominates).

use govcheck_config::sites::Site;
use govcheck_engine::{Checks, Engine, EngineOptions};
use govcheck_testsite::Weight;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The allocator of the `govcheck` binary, so that the figures are the
/// product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CHILD_ENV: &str = "GOVCHECK_BENCH_CRAWL_PAGES";
const SERVE_ENV: &str = "GOVCHECK_BENCH_SERVE_PAGES";
const URL_ENV: &str = "GOVCHECK_BENCH_URL";

fn main() {
    if let Ok(pages) = std::env::var(SERVE_ENV) {
        serve(pages.parse().expect("page count"), weight_from_env());
        return;
    }
    if let Ok(pages) = std::env::var(CHILD_ENV) {
        let url = std::env::var(URL_ENV).expect("the portal's URL");
        crawl(pages.parse().expect("page count"), weight_from_env(), &url);
        return;
    }
    let mut summary = Vec::new();
    for (weight, name) in [(Weight::Portal, "portal"), (Weight::Light, "light")] {
        // Ceiling and crawl alternate, so that a slow spell of the shared
        // machine weighs on both; medians of RUNS.
        let mut ceilings = Vec::new();
        let mut crawls = Vec::new();
        for _ in 0..RUNS {
            ceilings.push(parse_ceiling(5000, weight));
            crawls.push(crawl_child(5000, name));
        }
        let (pps20, rss20) = crawl_child(20000, name);
        let ratios: Vec<f64> = crawls
            .iter()
            .zip(&ceilings)
            .map(|((pps, _), c)| 100.0 * pps / c)
            .collect();
        let ceiling = median(ceilings);
        let pps5 = median(crawls.iter().map(|(p, _)| *p).collect());
        let rss5 = median(crawls.iter().map(|(_, r)| *r).collect());
        summary.push(format!(
            "summary ({name} pages, medians of {RUNS}): crawl {pps5:.0} pages/s at 5k, {pps20:.0} at 20k = {:.0}% of the parse-only ceiling \
             ({ceiling:.0} pages/s; run by run {:.0}–{:.0}%); peak RSS {rss5:.1} MB at 5k pages, {rss20:.1} MB at 20k pages ({:.2}x)",
            100.0 * pps5 / ceiling,
            ratios.iter().copied().fold(f64::INFINITY, f64::min),
            ratios.iter().copied().fold(0.0, f64::max),
            rss20 / rss5
        ));
    }
    for line in summary {
        println!("{line}");
    }
}

const WEIGHT_ENV: &str = "GOVCHECK_BENCH_WEIGHT";

/// Runs of the 5,000-page crawl and of the ceiling per page weight.
const RUNS: usize = 3;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// One crawl in a fresh child process against a fresh server process:
/// (pages/s, peak RSS in MB).
fn crawl_child(size: usize, weight: &str) -> (f64, f64) {
    let server = Server::start(size, weight);
    let out = std::process::Command::new(std::env::current_exe().expect("bench binary"))
        .env(CHILD_ENV, size.to_string())
        .env(WEIGHT_ENV, weight)
        .env(URL_ENV, &server.url)
        .output()
        .expect("run child");
    drop(server);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    print!("{text}");
    let field = |name: &str| -> f64 {
        text.split_whitespace()
            .find_map(|w| w.strip_prefix(name).and_then(|v| v.parse().ok()))
            .unwrap_or(f64::NAN)
    };
    (field("pages_per_s="), field("peak_rss_mb="))
}

/// The portal's server process.
struct Server {
    child: std::process::Child,
    url: String,
}

impl Server {
    /// Starts the server child and reads its URL off its first line.
    fn start(pages: usize, weight: &str) -> Server {
        use std::io::BufRead;
        let mut child = std::process::Command::new(std::env::current_exe().expect("bench binary"))
            .env(SERVE_ENV, pages.to_string())
            .env(WEIGHT_ENV, weight)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("start the portal server");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().expect("piped stdout"))
            .read_line(&mut line)
            .expect("the server's URL");
        let url = line.trim().to_string();
        let server = Server { child, url };
        assert!(
            server.url.starts_with("http://127.0.0.1:"),
            "the portal server did not start (said {:?})",
            server.url
        );
        server
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A panicking benchmark leaves no server behind.
impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Serves the generated portal on one thread until killed, after printing
/// its URL.
fn serve(pages: usize, weight: Weight) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let site = govcheck_testsite::generated_site(pages, weight)
            .await
            .expect("generated site");
        println!("{}", site.url);
        std::future::pending::<()>().await;
    });
}

fn weight_from_env() -> Weight {
    match std::env::var(WEIGHT_ENV).as_deref() {
        Ok("light") => Weight::Light,
        _ => Weight::Portal,
    }
}

/// Decode + parse every page in memory, on all cores: the crawl's ceiling.
fn parse_ceiling(pages: usize, weight: Weight) -> f64 {
    let bodies: Vec<(String, Vec<u8>)> =
        govcheck_testsite::generated_pages(pages, weight).collect();
    let bytes: usize = bodies.iter().map(|(_, b)| b.len()).sum();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let started = Instant::now();
    std::thread::scope(|s| {
        for chunk in bodies.chunks(bodies.len().div_ceil(threads)) {
            s.spawn(move || {
                for (path, body) in chunk {
                    let url = url::Url::parse("http://127.0.0.1/")
                        .unwrap()
                        .join(path)
                        .unwrap();
                    let decoded = govcheck_page::decode(body, Some("text/html; charset=utf-8"));
                    std::hint::black_box(govcheck_page::parse(
                        &url,
                        &decoded.text,
                        decoded.encoding,
                    ));
                }
            });
        }
    });
    let secs = started.elapsed().as_secs_f64();
    let pps = bodies.len() as f64 / secs;
    println!(
        "parse-only {weight:?}: {} pages ({:.1} MB) in {secs:.2} s on {threads} threads: {pps:.0} pages/s, {:.1} MB/s",
        bodies.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    pps
}

fn crawl(pages: usize, weight: Weight, url: &str) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let checks = Arc::new(Checks::embedded());
        let options = EngineOptions {
            rate: 0.0, // rate limiting off
            concurrency: 32,
            max_pages: pages + 10,
            per_host_connections: std::env::var("GOVCHECK_BENCH_PER_HOST")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(8),
            timeout: Duration::from_secs(10),
            resolve: Vec::new(),
        };
        let engine = Engine::new(&options, checks).expect("engine");
        let site = Site::from_url(url::Url::parse(url).unwrap(), Some(govcheck_model::Category::County));
        let as_of = chrono::NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
        if std::env::var("GOVCHECK_BENCH_RAW").is_ok() {
            // The crawler alone, pages dropped as they come: isolates the
            // crawler's own memory from the engine's.
            let crawler = govcheck_crawl::Crawler::new(govcheck_crawl::CrawlConfig {
                rate: 0.0,
                concurrency: 32,
                per_host_connections: 8,
                max_pages: pages + 10,
                ..Default::default()
            })
            .unwrap();
            let scope = govcheck_crawl::SiteScope::new(url::Url::parse(url).unwrap());
            let started = Instant::now();
            let crawl = crawler.crawl_site(&scope, &mut |_p| {}).await;
            println!(
                "raw crawl {pages}: pages={} in {:.2} s peak_rss_mb={:.1}",
                crawl.stats.pages_fetched,
                started.elapsed().as_secs_f64(),
                peak_rss_mb()
            );
            return;
        }
        let started = Instant::now();
        let report = engine.check_site(&site, as_of, None).await.expect("checkable");
        let secs = started.elapsed().as_secs_f64();
        let fetched = report.stats.pages_fetched;
        println!(
            "crawl {weight:?} {pages}: pages_fetched={fetched} findings={} links_checked={} requests={} in {secs:.2} s: pages_per_s={:.0} peak_rss_mb={:.1}",
            report.findings.len(),
            report.stats.links_checked,
            report.stats.requests,
            fetched as f64 / secs,
            peak_rss_mb()
        );
    });
}

/// Peak resident set size of this process (Linux `VmHWM`).
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<f64>().ok())
            })
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}
