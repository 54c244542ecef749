//! Dates as Chinese portals write them.
//!
//! OWNER: columns/freshness work (issue 4).
//!
//! A hand-written scanner rather than one big regex: the hard part is not
//! the shapes (`2024-03-12`, `2024年3月12日`, `[03-12]` …) but the
//! boundaries — `12-31` inside a phone number or `2024/03/12` inside a URL
//! path must not count as dates, and that needs a look at the neighbours.
//! Full-width digits and separators (`２０２４－０３－１２`) are folded to
//! ASCII before matching; the returned ranges are byte ranges into the
//! original text.
//!
//! Shapes recognised by [`scan`]:
//! - `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` (one or two digits for month
//!   and day, the same separator twice), optionally followed by a time
//!   (`2024-03-12 09:30`, `2024-03-12T09:30`, `2007-08-20-23:59:59`);
//! - `YYYY年M月D日` (or `号`), spaces allowed around the units;
//! - Chinese numerals `二〇二四年三月十二日` (成文日期 of documents);
//! - `MM-DD`, `MM/DD` with the year implied (`[03-12]`, `(03-12)`, a bare
//!   `03-12` in a list cell): exactly two digits each, so `3-12` in running
//!   text is not a date.
//!
//! Not recognised on purpose: bare `3月12日` (news titles are full of
//! them: "3月12日植树节活动" is not the item date) and 8-digit numbers
//! `20240312` (URLs `t20240312_1.html`, file numbers, phone numbers);
//! [`parse_one`] accepts the compact form when it is a whole meta value.

use govcheck_model::PartialDate;
use std::ops::Range;

/// Earliest year taken as a date: no government portal predates this, and
/// it keeps numbers like `1234-05-06` out.
const MIN_YEAR: i32 = 1949;
/// Latest year taken as a date.
const MAX_YEAR: i32 = 2099;

/// Every date written in `text`, with its byte range, in order.
pub fn scan(text: &str) -> Vec<(Range<usize>, PartialDate)> {
    let chars = Folded::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((end, date)) = match_at(&chars, i) {
            out.push((chars.byte(i)..chars.byte(end), date));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The date a whole value states (a meta `content`, a `发布时间：…` cell):
/// the first date [`scan`] finds, or the value as a compact `YYYYMMDD`
/// (optionally followed by `HHMMSS`) when it is nothing but digits.
pub fn parse_one(text: &str) -> Option<PartialDate> {
    let trimmed = text.trim();
    if let Some((_, d)) = scan(trimmed).into_iter().next() {
        return Some(d);
    }
    let folded: String = trimmed.chars().map(fold).collect();
    if (folded.len() == 8 || folded.len() == 12 || folded.len() == 14)
        && folded.bytes().all(|b| b.is_ascii_digit())
    {
        let year: i32 = folded[0..4].parse().ok()?;
        let month: u32 = folded[4..6].parse().ok()?;
        let day: u32 = folded[6..8].parse().ok()?;
        return valid(Some(year), month, day);
    }
    None
}

/// Full-width forms to ASCII: digits and the separators dates use.
fn fold(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '－' | '—' | '–' | '‐' => '-',
        '／' => '/',
        '．' => '.',
        '：' => ':',
        'Ｔ' => 'T',
        _ => c,
    }
}

/// The text as folded chars with their byte offsets.
struct Folded {
    chars: Vec<char>,
    offsets: Vec<usize>,
    text_len: usize,
}

impl Folded {
    fn new(text: &str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut offsets = Vec::with_capacity(text.len());
        for (o, c) in text.char_indices() {
            chars.push(fold(c));
            offsets.push(o);
        }
        Folded {
            chars,
            offsets,
            text_len: text.len(),
        }
    }
    fn len(&self) -> usize {
        self.chars.len()
    }
    fn get(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }
    fn prev(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.get(j))
    }
    fn byte(&self, i: usize) -> usize {
        self.offsets.get(i).copied().unwrap_or(self.text_len)
    }
    fn is_digit(&self, i: usize) -> bool {
        self.get(i).is_some_and(|c| c.is_ascii_digit())
    }
    /// A run of 1..=max ASCII digits at `i`: (value, end). `None` if there
    /// is no digit or the run is longer than `max`.
    fn number(&self, i: usize, max: usize) -> Option<(u32, usize)> {
        let mut j = i;
        let mut v: u32 = 0;
        while let Some(c) = self.get(j).filter(char::is_ascii_digit) {
            v = v * 10 + c.to_digit(10).unwrap_or(0);
            j += 1;
            if j - i > max {
                return None;
            }
        }
        (j > i).then_some((v, j))
    }
    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.get(i).is_some_and(is_space) {
            i += 1;
        }
        i
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\u{a0}' || c == '\t'
}

/// Characters that, right before a number, show it belongs to a URL, a
/// code or a longer number rather than being a date on its own.
///
/// A letter right before a full date is allowed: list texts join the
/// title and the date without a separator (`…COVID-192024-03-12` aside,
/// `通知A2024-03-12` is a date); `strict` (implied-year dates) rejects it.
fn bad_before(chars: &Folded, i: usize, strict: bool) -> bool {
    match chars.prev(i) {
        None => false,
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if c.is_ascii_alphabetic() => strict,
        Some('/' | '_' | '=' | '&' | '?' | '%' | '#' | '+' | '~' | '\\') => true,
        // `0571-2024-03-12`, `1.2024.03.12`, `10:03-12`: part of something longer.
        Some('-' | '.' | ':') => i
            .checked_sub(2)
            .and_then(|j| chars.get(j))
            .is_some_and(|c| c.is_ascii_alphanumeric()),
        Some(_) => false,
    }
}

/// Whether what follows a numeric date at `end` shows it is part of
/// something longer. `sep` is the date's separator.
fn bad_after(chars: &Folded, end: usize, sep: char) -> bool {
    let Some(c) = chars.get(end) else {
        return false;
    };
    if c.is_ascii_digit() {
        return true;
    }
    if c == 'T' {
        // ISO `2024-03-12T09:30`.
        return !chars.is_digit(end + 1);
    }
    if c.is_ascii_alphabetic() || c == '_' {
        return true;
    }
    if (c == sep || c == '/' || c == '.' || c == '-') && chars.is_digit(end + 1) {
        // `2007-08-20-23:59:59` (gov.cn firstpublishedtime) is a date followed
        // by a time; anything else (`2024/03/12/5`, `1.2.3.4`) is not a date.
        let time = chars
            .number(end + 1, 2)
            .is_some_and(|(_, j)| chars.get(j) == Some(':'));
        return !(c == '-' && time);
    }
    false
}

/// A valid date, or `None` (month 1–12, day within the month; 29 Feb
/// allowed when the year is implied).
fn valid(year: Option<i32>, month: u32, day: u32) -> Option<PartialDate> {
    if let Some(y) = year
        && !(MIN_YEAR..=MAX_YEAR).contains(&y)
    {
        return None;
    }
    let check_year = year.unwrap_or(2000);
    chrono::NaiveDate::from_ymd_opt(check_year, month, day)?;
    Some(PartialDate { year, month, day })
}

fn match_at(chars: &Folded, i: usize) -> Option<(usize, PartialDate)> {
    let c = chars.get(i)?;
    if c.is_ascii_digit() {
        if chars.prev(i).is_some_and(|p| p.is_ascii_digit()) {
            return None;
        }
        return full_numeric(chars, i)
            .or_else(|| chinese_units(chars, i))
            .or_else(|| implied_year(chars, i));
    }
    if is_cn_digit(c) {
        return chinese_numerals(chars, i);
    }
    None
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`.
fn full_numeric(chars: &Folded, i: usize) -> Option<(usize, PartialDate)> {
    let (year, j) = chars.number(i, 4)?;
    if j - i != 4 {
        return None;
    }
    let sep = chars.get(j)?;
    if !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let (month, k) = chars.number(j + 1, 2)?;
    if chars.get(k)? != sep {
        return None;
    }
    let (day, end) = chars.number(k + 1, 2)?;
    if bad_before(chars, i, false) || bad_after(chars, end, sep) {
        return None;
    }
    let date = valid(Some(year as i32), month, day)?;
    Some((end, date))
}

/// `YYYY年M月D日` / `YYYY年MM月DD号`, spaces allowed around the parts.
fn chinese_units(chars: &Folded, i: usize) -> Option<(usize, PartialDate)> {
    let (year, j) = chars.number(i, 4)?;
    if j - i != 4 || bad_before(chars, i, false) {
        return None;
    }
    let j = chars.skip_spaces(j);
    if chars.get(j)? != '年' {
        return None;
    }
    let j = chars.skip_spaces(j + 1);
    let (month, k) = chars.number(j, 2)?;
    let k = chars.skip_spaces(k);
    if chars.get(k)? != '月' {
        return None;
    }
    let k = chars.skip_spaces(k + 1);
    let (day, e) = chars.number(k, 2)?;
    let e = chars.skip_spaces(e);
    if !matches!(chars.get(e)?, '日' | '号') {
        return None;
    }
    let date = valid(Some(year as i32), month, day)?;
    Some((e + 1, date))
}

/// `MM-DD` / `MM/DD` with the year implied: two digits each, standing
/// alone (`[03-12]`, `(03-12)`, a list cell `03-12`); and `MM月DD日`
/// when it cannot be running text: zero-padded (`03月12日`, `10月01日`)
/// or in brackets (`[12月31日]`).
fn implied_year(chars: &Folded, i: usize) -> Option<(usize, PartialDate)> {
    let (month, j) = chars.number(i, 2)?;
    let sep = chars.get(j)?;
    if sep == '月' {
        return implied_year_units(chars, i, month, j);
    }
    if j - i != 2 {
        return None;
    }
    if !matches!(sep, '-' | '/') {
        return None;
    }
    let (day, end) = chars.number(j + 1, 2)?;
    if end - (j + 1) != 2 || bad_before(chars, i, true) || bad_after(chars, end, sep) {
        return None;
    }
    // A range with a unit (`10-12岁`, `03-12个月`, `20-30人`) is not a date.
    if chars.get(end).is_some_and(|c| {
        matches!(
            c,
            '岁' | '个' | '天' | '年' | '月' | '人' | '元' | '万' | '%' | '℃' | '度' | '次'
        )
    }) {
        return None;
    }
    // Inside a time (`09:30-10:30`) the neighbours are colons.
    if chars.get(end) == Some(':') {
        return None;
    }
    let date = valid(None, month, day)?;
    Some((end, date))
}

/// `03月12日` / `[12月31日]` (see [`implied_year`]); `j` is at `月`.
fn implied_year_units(
    chars: &Folded,
    i: usize,
    month: u32,
    j: usize,
) -> Option<(usize, PartialDate)> {
    let bracketed = matches!(chars.prev(i), Some('[' | '(' | '（' | '【' | '〔' | '「'));
    if bad_before(chars, i, true) || chars.prev(i) == Some('年') {
        return None;
    }
    let (day, k) = chars.number(j + 1, 2)?;
    if k - (j + 1) != 2 || !matches!(chars.get(k)?, '日' | '号') {
        return None;
    }
    // Running text writes `3月1日`; a zero (`03月`, `01日`) is a list cell.
    let padded = (j - i == 2 && chars.get(i) == Some('0')) || chars.get(j + 1) == Some('0');
    if !(bracketed || padded) {
        return None;
    }
    let date = valid(None, month, day)?;
    Some((k + 1, date))
}

fn is_cn_digit(c: char) -> bool {
    cn_digit(c).is_some()
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' | 'Ｏ' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// A Chinese-numeral number up to 31 (`三`, `十二`, `二十`, `三十一`) at `i`.
fn cn_small(chars: &Folded, i: usize) -> Option<(u32, usize)> {
    let c0 = chars.get(i)?;
    if c0 == '十' {
        // 十, 十二
        return match chars.get(i + 1).and_then(cn_digit) {
            Some(d) if d > 0 => Some((10 + d, i + 2)),
            _ => Some((10, i + 1)),
        };
    }
    let d0 = cn_digit(c0).filter(|d| *d > 0)?;
    if chars.get(i + 1) == Some('十') {
        return match chars.get(i + 2).and_then(cn_digit) {
            Some(d) if d > 0 => Some((d0 * 10 + d, i + 3)),
            _ => Some((d0 * 10, i + 2)),
        };
    }
    Some((d0, i + 1))
}

/// `二〇二四年三月十二日`.
fn chinese_numerals(chars: &Folded, i: usize) -> Option<(usize, PartialDate)> {
    if chars.prev(i).is_some_and(is_cn_digit) {
        return None;
    }
    let mut year = 0u32;
    for k in 0..4 {
        year = year * 10 + cn_digit(chars.get(i + k)?)?;
    }
    if chars.get(i + 4)? != '年' {
        return None;
    }
    let (month, j) = cn_small(chars, i + 5)?;
    if chars.get(j)? != '月' {
        return None;
    }
    let (day, k) = cn_small(chars, j + 1)?;
    if !matches!(chars.get(k)?, '日' | '号') {
        return None;
    }
    let date = valid(Some(year as i32), month, day)?;
    Some((k + 1, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: Option<i32>, m: u32, day: u32) -> PartialDate {
        PartialDate {
            year: y,
            month: m,
            day,
        }
    }

    fn dates(text: &str) -> Vec<PartialDate> {
        scan(text).into_iter().map(|(_, d)| d).collect()
    }

    #[test]
    fn basic_forms() {
        let full = d(Some(2024), 3, 12);
        for t in [
            "2024-03-12",
            "2024/03/12",
            "2024.03.12",
            "2024年3月12日",
            "2024年03月12日",
            "2024 年 3 月 12 日",
            "２０２４－０３－１２",
            "发布时间：2024-03-12 09:30",
            "2024-03-12T09:30:00+08:00",
            "二〇二四年三月十二日",
        ] {
            assert_eq!(dates(t), vec![full], "{t}");
        }
        assert_eq!(dates("2024-3-2"), vec![d(Some(2024), 3, 2)]);
        assert_eq!(dates("2007-08-20-23:59:59"), vec![d(Some(2007), 8, 20)]);
        for t in [
            "[03-12]",
            "(03-12)",
            "03-12",
            "（03-12）",
            "03月12日",
            "[03月12日]",
        ] {
            assert_eq!(dates(t), vec![d(None, 3, 12)], "{t}");
        }
    }

    #[test]
    fn ranges_are_bytes_of_the_original() {
        let t = "时间：２０２４－０３－１２ 及 [12-31]";
        let got = scan(t);
        assert_eq!(got.len(), 2);
        assert_eq!(&t[got[0].0.clone()], "２０２４－０３－１２");
        assert_eq!(&t[got[1].0.clone()], "12-31");
    }

    #[test]
    fn rejects_non_dates() {
        for t in [
            "20240312",
            "http://x.gov.cn/art/2024/03/12/art_1.html",
            "t20240312_123.html",
            "电话：0351-12-31",
            "112-315",
            "0571-87654321",
            "2024-13-01",
            "2024-02-30",
            "2023-02-29",
            "[13-01]",
            "1.2.3.4",
            "3-12岁",
            "09:30-10:30",
            "2024年3月",
            "3月12日植树节",
            "12月31日前完成",
            "10-12岁儿童",
        ] {
            assert_eq!(dates(t), vec![], "{t}");
        }
        assert_eq!(dates("2024-02-29"), vec![d(Some(2024), 2, 29)]);
        assert_eq!(dates("[02-29]"), vec![d(None, 2, 29)]);
        assert_eq!(dates("【12月31日】"), vec![d(None, 12, 31)]);
    }

    #[test]
    fn several_in_order() {
        let t = "通知A2024-01-05通知B[12-28]通知C 2023年12月1日";
        assert_eq!(
            dates(t),
            vec![d(Some(2024), 1, 5), d(None, 12, 28), d(Some(2023), 12, 1)]
        );
    }

    #[test]
    fn parse_one_meta_values() {
        assert_eq!(parse_one("2016-11-22 09:53"), Some(d(Some(2016), 11, 22)));
        assert_eq!(parse_one(" 20240312 "), Some(d(Some(2024), 3, 12)));
        assert_eq!(parse_one("20240312093000"), Some(d(Some(2024), 3, 12)));
        assert_eq!(parse_one("2007-08-20-23:59:59"), Some(d(Some(2007), 8, 20)));
        assert_eq!(parse_one("20241332"), None);
        assert_eq!(parse_one("abc"), None);
    }
}
