//! Property tests of the sensitive-word matcher against a naive
//! definition: normalise the text, then from left to right take the
//! longest word starting at each position (leftmost-longest), skipping
//! past each match; drop the matches spanned by one of their entry's allow
//! phrases.
//!
//! The alphabet is tiny so that words overlap, nest and repeat; the text
//! mixes in what normalisation must remove or fold (spaces, nbsp, the
//! ideographic space, zero-width characters, full-width forms, `⑴` which
//! folds to three characters).

use govcheck_config::words::{WordEntry, WordList};
use govcheck_inspect::words::{WordMatcher, normalize};
use govcheck_model::WordLevel;
use proptest::prelude::*;
use std::ops::Range;
use std::path::PathBuf;

const WORD_CHARS: &[&str] = &["中", "国", "人", "a", "2", "0", "(", "1", ")"];
const TEXT_TOKENS: &[&str] = &[
    "中", "国", "人", "民", "a", "b", "2", "0", "(", "1", ")", " ", "\n", "\u{A0}", "\u{3000}",
    "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}", "２", "０", "ａ", "⑴", "，", "。", "Ａ",
];

fn word() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORD_CHARS), 1..4).prop_map(|v| v.concat())
}

/// An entry: a word and up to two allow phrases built around it (most of
/// them valid: prefix + word + suffix).
fn entry() -> impl Strategy<Value = (String, Vec<String>)> {
    (
        word(),
        prop::collection::vec(
            (
                prop::collection::vec(prop::sample::select(WORD_CHARS), 0..2),
                prop::collection::vec(prop::sample::select(WORD_CHARS), 0..2),
            ),
            0..3,
        ),
    )
        .prop_map(|(w, affixes)| {
            let allow = affixes
                .into_iter()
                .map(|(p, s)| format!("{}{w}{}", p.concat(), s.concat()))
                .filter(|a| a != &w)
                .collect();
            (w, allow)
        })
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TEXT_TOKENS), 0..120).prop_map(|v| v.concat())
}

fn list(entries: &[(String, Vec<String>)], with_allow: bool) -> WordList {
    WordList {
        entries: entries
            .iter()
            .enumerate()
            .map(|(i, (w, allow))| WordEntry {
                word: w.clone(),
                suggestion: String::new(),
                category: "prop".into(),
                level: WordLevel::General,
                allow: if with_allow {
                    allow.clone()
                } else {
                    Vec::new()
                },
                since: None,
                source: (PathBuf::from("prop.tsv"), i + 1),
            })
            .collect(),
        warnings: Vec::new(),
    }
}

/// Normalised words, first entry wins for equal words.
fn patterns(entries: &[(String, Vec<String>)]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, (w, _)) in entries.iter().enumerate() {
        let n = normalize(w).text;
        if !n.is_empty() && !out.iter().any(|(_, p)| *p == n) {
            out.push((i, n));
        }
    }
    out
}

/// The naive leftmost-longest search over the normalised text.
fn naive(norm: &str, pats: &[(usize, String)]) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < norm.len() {
        let best = pats
            .iter()
            .filter(|(_, p)| norm[i..].starts_with(p.as_str()))
            .max_by_key(|(_, p)| p.len());
        match best {
            Some((e, p)) => {
                out.push((*e, i..i + p.len()));
                i += p.len();
            }
            None => i += norm[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Whether an allow phrase occurs in `norm` at a position that spans `r`.
fn spanned(norm: &str, r: &Range<usize>, allow: &[String]) -> bool {
    allow.iter().any(|a| {
        let a = normalize(a).text;
        // Every occurrence, overlapping ones too (`match_indices` skips them).
        (0..=r.start).any(|s| {
            norm.is_char_boundary(s) && norm[s..].starts_with(a.as_str()) && s + a.len() >= r.end
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn matches_naive_leftmost_longest(
        entries in prop::collection::vec(entry(), 1..8),
        text in text(),
    ) {
        let m = WordMatcher::new(&list(&entries, false));
        let norm = normalize(&text);
        let expected = naive(&norm.text, &patterns(&entries));
        prop_assert_eq!(m.raw_matches(&norm.text), expected.clone());
        let hits = m.scan(&text);
        let got: Vec<_> = hits.iter().map(|h| (h.entry, h.range.clone())).collect();
        let want: Vec<_> = expected
            .iter()
            .map(|(e, r)| (*e, norm.orig_range(r.clone())))
            .collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn never_reports_inside_an_allow_phrase(
        entries in prop::collection::vec(entry(), 1..8),
        text in text(),
    ) {
        let m = WordMatcher::new(&list(&entries, true));
        let norm = normalize(&text);
        let expected: Vec<_> = naive(&norm.text, &patterns(&entries))
            .into_iter()
            .filter(|(e, r)| !spanned(&norm.text, r, &entries[*e].1))
            .map(|(e, r)| (e, norm.orig_range(r)))
            .collect();
        let got: Vec<_> = m.scan(&text).into_iter().map(|h| (h.entry, h.range)).collect();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn offsets_map_to_char_boundaries_containing_the_word(
        entries in prop::collection::vec(entry(), 1..8),
        text in text(),
    ) {
        let m = WordMatcher::new(&list(&entries, true));
        for h in m.scan(&text) {
            prop_assert!(text.is_char_boundary(h.range.start));
            prop_assert!(text.is_char_boundary(h.range.end));
            prop_assert!(h.range.start < h.range.end);
            let word = normalize(&m.entry(h.entry).word).text;
            let orig = normalize(&text[h.range.clone()]).text;
            prop_assert!(orig.contains(word.as_str()), "{:?} does not contain {:?}", orig, word);
            // The context is taken from the original text around the hit.
            let ctx: String = orig.chars().filter(|c| !c.is_whitespace()).collect();
            let ctx_norm = normalize(&h.context).text;
            prop_assert!(ctx_norm.contains(ctx.as_str()), "{:?} vs {:?}", h.context, ctx);
        }
    }
}
