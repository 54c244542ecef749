//! Parses every saved real page N times and prints throughput.
//! `cargo bench -p govcheck-page` (plain std::time, no criterion).
//! Set `GOVCHECK_BENCH_ITERS` to change N (default 20).

use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/realpages");
    let iters: usize = std::env::var("GOVCHECK_BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("no realpages at {dir}: nothing to measure");
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    files.sort();
    let url = url::Url::parse("http://www.example.gov.cn/col/list/index.html").expect("valid");
    let mut total_bytes = 0usize;
    let mut total_secs = 0f64;
    for path in &files {
        let Ok(body) = std::fs::read(path) else {
            continue;
        };
        let start = Instant::now();
        let mut n_links = 0;
        for _ in 0..iters {
            let facts = govcheck_page::analyze(&url, std::hint::black_box(&body), None);
            n_links = facts.links.len();
        }
        let secs = start.elapsed().as_secs_f64();
        total_bytes += body.len() * iters;
        total_secs += secs;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "{name:<70} {:>7} B  {:>8.3} ms/page  {:>7.1} MB/s  {n_links} links",
            body.len(),
            secs * 1000.0 / iters as f64,
            body.len() as f64 * iters as f64 / secs / 1e6
        );
    }
    if total_secs > 0.0 {
        println!("TOTAL {:.1} MB/s", total_bytes as f64 / total_secs / 1e6);
    }
}
