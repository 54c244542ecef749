//! Small text helpers shared by the extractors.

/// Whitespace as HTML collapses it (ASCII only: `&nbsp;` and U+3000 are
/// content and are kept).
pub(crate) fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// Any whitespace, including `&nbsp;` and the ideographic space, for
/// trimming labels and short texts.
pub(crate) fn is_any_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}' || c == '\u{200b}' || c == '\u{feff}'
}

/// Collapses runs of whitespace (any kind) into one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_any_space(c) {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Removes every whitespace character (labels like `索 引 号` and `标　　题`).
pub(crate) fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !is_any_space(*c)).collect()
}

/// The largest char boundary of `s` not after `i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `s[start..end]`, with both ends clamped and moved to char boundaries.
pub(crate) fn slice(s: &str, start: usize, end: usize) -> &str {
    let end = floor_boundary(s, end);
    let start = floor_boundary(s, start.min(end));
    &s[start..end]
}

/// Whether `c` is a CJK ideograph (for label heuristics).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Decodes the handful of entities that appear in `<title>` when it is read
/// without a full parse.
pub(crate) fn decode_basic_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[..floor_boundary(rest, 12)].find(';');
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                    } else if let Some(dec) = name.strip_prefix('#') {
                        dec.parse::<u32>().ok().and_then(char::from_u32)
                    } else {
                        None
                    }
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_and_squeeze() {
        assert_eq!(collapse("  a \n\t b\u{a0}c  "), "a b c");
        assert_eq!(squeeze("索 引 号"), "索引号");
        assert_eq!(squeeze("标\u{3000}\u{3000}题"), "标题");
    }

    #[test]
    fn slicing_is_safe() {
        let s = "政府网站";
        assert_eq!(slice(s, 1, 7), "政府");
        assert_eq!(slice(s, 5, 100), "府网站");
        assert_eq!(slice(s, 9, 3), "");
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_basic_entities("a&amp;b&nbsp;&#20013;&#x6587;&bogus;"),
            "a&b\u{a0}中文&bogus;"
        );
    }

    #[test]
    fn entities_next_to_multibyte_text() {
        assert_eq!(decode_basic_entities("&中华人民共和国"), "&中华人民共和国");
        assert_eq!(decode_basic_entities("&#xFFFFFFFF;"), "&#xFFFFFFFF;");
        assert_eq!(decode_basic_entities("x&"), "x&");
    }
}
