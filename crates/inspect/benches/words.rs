//! Sensitive-word matching throughput (issue 5): 10,000 generated Chinese
//! words over ≥ 20 MB of Chinese text on one core. `harness = false`,
//! `std::time` only; prints MB/s of original text.
//!
//! Run: `cargo bench -p govcheck-inspect --bench words`.
//!
//! The text is random CJK characters from the same 3,500-character range as
//! the words (a worst case for aho-corasick: every character shares its
//! lead bytes with every word), with full-width punctuation every ~15
//! characters, a newline every ~80, and a real word (some split by spaces,
//! zero-width characters or full-width digits) every ~2,000 characters.

use aho_corasick::{AhoCorasick, MatchKind};
use govcheck_config::words::{WordEntry, WordList};
use govcheck_inspect::words::{WordMatcher, normalize};
use govcheck_model::WordLevel;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const ENTRIES: usize = 10_000;
const TEXT_BYTES: usize = 21 * 1024 * 1024;
const ALPHABET: u32 = 3_500;
const ROUNDS: usize = 3;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn cjk(&mut self) -> char {
        char::from_u32(0x4E00 + self.below(ALPHABET as u64) as u32).unwrap_or('中')
    }
}

fn words(rng: &mut Rng) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(ENTRIES);
    while out.len() < ENTRIES {
        let len = 2 + rng.below(5) as usize; // 2..=6 characters
        let w: String = (0..len).map(|_| rng.cjk()).collect();
        if seen.insert(w.clone()) {
            out.push(w);
        }
    }
    // A few realistic entries with ASCII digits, as shipped.
    out[0] = "党的20大".to_string();
    out
}

fn text(rng: &mut Rng, words: &[String]) -> String {
    let mut s = String::with_capacity(TEXT_BYTES + 64);
    let mut n = 0u64;
    while s.len() < TEXT_BYTES {
        n += 1;
        if n.is_multiple_of(2_000) {
            let w = &words[rng.below(words.len() as u64) as usize];
            match rng.below(4) {
                0 => {
                    for (i, c) in w.chars().enumerate() {
                        if i > 0 {
                            s.push(' ');
                        }
                        s.push(c);
                    }
                }
                1 => {
                    for c in w.chars() {
                        s.push(c);
                        s.push('\u{200B}');
                    }
                }
                _ => s.push_str(w),
            }
            s.push_str("党的２０大");
        } else if n.is_multiple_of(80) {
            s.push('\n');
        } else if n.is_multiple_of(15) {
            s.push(if rng.below(2) == 0 { '，' } else { '。' });
        } else {
            s.push(rng.cjk());
        }
    }
    s
}

fn best<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        let r = black_box(f());
        best = best.min(t.elapsed());
        last = Some(r);
    }
    match last {
        Some(r) => (best, r),
        None => unreachable!("ROUNDS > 0"),
    }
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / d.as_secs_f64()
}

fn main() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let ws = words(&mut rng);
    let text = text(&mut rng, &ws);
    let mb = text.len() as f64 / (1024.0 * 1024.0);
    println!(
        "words bench: {} entries, {:.1} MB of text ({} chars)",
        ws.len(),
        mb,
        text.chars().count()
    );

    let list = WordList {
        entries: ws
            .iter()
            .enumerate()
            .map(|(i, w)| WordEntry {
                word: w.clone(),
                suggestion: "建议".to_string(),
                category: "bench".to_string(),
                level: WordLevel::General,
                allow: if i % 10 == 0 {
                    vec![format!("原{w}")]
                } else {
                    Vec::new()
                },
                since: None,
                source: (PathBuf::from("bench.tsv"), i + 1),
            })
            .collect(),
        warnings: Vec::new(),
    };

    let t = Instant::now();
    let matcher = match WordMatcher::try_new(&list) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!("build: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);

    let (d, norm) = best(|| normalize(&text));
    println!(
        "normalise only:              {:>7.1} MB/s ({:.0} ms)",
        mbps(text.len(), d),
        d.as_secs_f64() * 1e3
    );

    let (d, raw) = best(|| matcher.raw_matches(&norm.text));
    println!(
        "match only (prefilter+AC):   {:>7.1} MB/s ({:.0} ms, {} raw matches)",
        mbps(norm.text.len(), d),
        d.as_secs_f64() * 1e3,
        raw.len()
    );

    let (d, hits) = best(|| matcher.scan(&text));
    println!(
        "scan (normalise+match+map):  {:>7.1} MB/s ({:.0} ms, {} hits)  ← issue target ≥ 100 MB/s",
        mbps(text.len(), d),
        d.as_secs_f64() * 1e3,
        hits.len()
    );

    // Reference: a plain unanchored leftmost-longest aho-corasick search
    // over the normalised text, which the prefilter replaces.
    let patterns: Vec<String> = ws.iter().map(|w| normalize(w).text).collect();
    if let Ok(ac) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
    {
        let (d, n) = best(|| ac.find_iter(&norm.text).count());
        println!(
            "reference plain AC search:   {:>7.1} MB/s ({:.0} ms, {} matches)",
            mbps(norm.text.len(), d),
            d.as_secs_f64() * 1e3,
            n
        );
        if n != raw.len() {
            eprintln!("MISMATCH: prefiltered {} vs plain {}", raw.len(), n);
            std::process::exit(1);
        }
    }
}
