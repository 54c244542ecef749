//! Property tests: a valid date formatted in any shape portals use is
//! scanned back exactly, with its range, whatever text surrounds it.

use chrono::{Datelike, NaiveDate};
use govcheck_model::PartialDate;
use govcheck_page::dates::{parse_one, scan};
use proptest::prelude::*;

fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '-' => '－',
            '/' => '／',
            '.' => '．',
            _ => c,
        })
        .collect()
}

fn cn_year(y: i32) -> String {
    const D: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    y.to_string()
        .chars()
        .map(|c| D[c.to_digit(10).unwrap_or(0) as usize])
        .collect()
}

fn cn_small(n: u32) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => D[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[(n - 10) as usize]),
        _ => format!("{}十{}", D[(n / 10) as usize], D[(n % 10) as usize]),
    }
}

/// Every shape, for a full date: (text, year is written).
fn shapes(d: NaiveDate) -> Vec<(String, bool)> {
    let (y, m, day) = (d.year(), d.month(), d.day());
    let mut v = vec![
        (format!("{y}-{m:02}-{day:02}"), true),
        (format!("{y}/{m:02}/{day:02}"), true),
        (format!("{y}.{m:02}.{day:02}"), true),
        (format!("{y}-{m}-{day}"), true),
        (format!("{y}年{m}月{day}日"), true),
        (format!("{y}年{m:02}月{day:02}日"), true),
        (fullwidth(&format!("{y}-{m:02}-{day:02}")), true),
        (format!("{y}-{m:02}-{day:02} 09:30"), true),
        (format!("{y}-{m:02}-{day:02}-23:59:59"), true),
        (
            format!("{}年{}月{}日", cn_year(y), cn_small(m), cn_small(day)),
            true,
        ),
        (format!("[{m:02}-{day:02}]"), false),
        (format!("({m:02}-{day:02})"), false),
        (format!("{m:02}-{day:02}"), false),
        (format!("[{m}月{day:02}日]"), false),
    ];
    if m < 10 || day < 10 {
        // Zero-padded: a list cell, not running text.
        v.push((format!("{m:02}月{day:02}日"), false));
    }
    v
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2060, 1u32..=12, 1u32..=31)
        .prop_filter_map("valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// Text around a date that does not touch it with digits or letters.
fn filler() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "",
        " ",
        "发布时间：",
        "关于开展工作的通知 ",
        "　",
        "\n",
        "日期:",
        "【",
        "》",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #[test]
    fn every_shape_scans_back(d in date(), before in filler(), after in filler()) {
        for (shape, has_year) in shapes(d) {
            let text = format!("{before}{shape}{after}");
            let got = scan(&text);
            prop_assert_eq!(got.len(), 1, "{:?} -> {:?}", text, got);
            let want = PartialDate {
                year: has_year.then(|| d.year()),
                month: d.month(),
                day: d.day(),
            };
            prop_assert_eq!(got[0].1, want, "{}", text);
            let matched = &text[got[0].0.clone()];
            prop_assert!(shape.trim_start_matches(['[', '(']).starts_with(matched), "{} in {}", matched, text);
            if has_year {
                prop_assert_eq!(parse_one(&shape), Some(want));
            }
        }
    }

    #[test]
    fn list_of_dates_in_order(ds in prop::collection::vec(date(), 1..8)) {
        let text: String = ds
            .iter()
            .map(|d| format!("<通知标题>{}\n", d.format("%Y-%m-%d")))
            .collect();
        let got: Vec<_> = scan(&text).into_iter().map(|(_, p)| p.resolve(NaiveDate::MIN)).collect();
        let want: Vec<_> = ds.iter().map(|d| Some(*d)).collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn digit_runs_are_never_dates(n in 10_000_000u64..99_999_999_999u64) {
        let text = format!("电话 {n} 号码 t{n}_1.html 0{n}");
        prop_assert!(scan(&text).is_empty(), "{}", text);
    }

    #[test]
    fn never_panics(s in "\\PC{0,64}") {
        for (r, _) in scan(&s) {
            prop_assert!(s.get(r).is_some());
        }
        let _ = parse_one(&s);
    }
}
