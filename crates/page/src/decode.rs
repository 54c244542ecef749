//! Charset detection and decoding, in browser order.
//!
//! `reqwest::Response::text()` only honours the HTTP `charset` and falls
//! back to UTF-8, which garbles the many GBK government pages that declare
//! their charset only in a `<meta>` tag. So the crawler hands raw bytes here.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, GB18030, GBK, UTF_8};

/// How many leading bytes the `<meta>` prescan looks at. The HTML spec says
/// 1024; real portals put a long comment or `<title>` first, so look further.
const PRESCAN_LEN: usize = 4096;

/// Which step of the pipeline chose the encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// The HTTP `Content-Type` header's `charset`.
    Header,
    /// `<meta charset>` or `<meta http-equiv=Content-Type>`.
    Meta,
    /// A legacy charset was declared but the bytes are valid, non-ASCII
    /// UTF-8 (a re-saved page whose declaration was never updated).
    Utf8OverridesDeclared,
    /// Nothing was declared: chardetng guessed.
    Detected,
    /// UTF-8 was declared but the bytes are not UTF-8; chardetng's guess
    /// (typically GBK) was used instead of decoding into mojibake.
    DetectedOverridesDeclared,
}

/// A decoded body and how its encoding was decided.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// The encoding used to decode (GBK and GB2312 are reported as
    /// GB18030, their superset).
    pub encoding: &'static Encoding,
    pub source: EncodingSource,
    /// The encoding the page declared (header or meta), when there was one.
    pub declared: Option<&'static Encoding>,
    /// Malformed byte sequences were replaced with U+FFFD: a quality
    /// signal ("declares GBK but the bytes are not GBK").
    pub had_errors: bool,
}

/// Decodes a body: BOM → HTTP `charset` → `<meta>` prescan → chardetng →
/// UTF-8; gb2312/gbk are decoded as GB18030. A declared legacy charset is
/// overridden by UTF-8 when the bytes are valid UTF-8 with non-ASCII content.
pub fn decode(body: &[u8], content_type: Option<&str>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(body) {
        let (text, had_errors) = enc.decode_without_bom_handling(&body[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding: enc,
            source: EncodingSource::Bom,
            declared: None,
            had_errors,
        };
    }
    // `charset=ISO-8859-1` (windows-1252) is what misconfigured servers send
    // by default; no Chinese portal is written in it, so it does not count
    // as a declaration: the meta tag or the detector decide.
    let header = content_type
        .and_then(charset_from_content_type)
        .filter(|e| *e != encoding_rs::WINDOWS_1252);
    let meta = if header.is_none() {
        prescan_meta(&body[..body.len().min(PRESCAN_LEN)])
    } else {
        None
    };
    let (declared, source) = match (header, meta) {
        (Some(e), _) => (Some(e), EncodingSource::Header),
        (None, Some(e)) => (Some(e), EncodingSource::Meta),
        (None, None) => (None, EncodingSource::Detected),
    };
    let (encoding, source) = match declared {
        Some(enc) if enc != UTF_8 && looks_like_utf8(body) => {
            (UTF_8, EncodingSource::Utf8OverridesDeclared)
        }
        Some(enc) if enc == UTF_8 && !mostly_utf8(body) => {
            let guess = detect(body);
            if guess == UTF_8 {
                (UTF_8, source)
            } else {
                (guess, EncodingSource::DetectedOverridesDeclared)
            }
        }
        Some(enc) => (enc, source),
        None if body.is_ascii() => (UTF_8, source),
        None => (detect(body), source),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    Decoded {
        text: text.into_owned(),
        encoding,
        source,
        declared,
        had_errors,
    }
}

/// Maps a label to the encoding we decode with. GBK decoding in
/// encoding_rs is the GB18030 decoder; GB18030 is also the right *encoder*
/// for query strings. UTF-16 labels in a meta tag mean UTF-8 (HTML spec).
fn normalise(enc: &'static Encoding) -> &'static Encoding {
    if enc == GBK {
        GB18030
    } else if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else {
        enc
    }
}

fn label_to_encoding(label: &[u8]) -> Option<&'static Encoding> {
    let label = trim_ascii(label);
    let label = label
        .strip_prefix(b"\"")
        .or_else(|| label.strip_prefix(b"'"))
        .unwrap_or(label);
    let end = label
        .iter()
        .position(|&b| b == b'"' || b == b'\'' || b == b';' || b.is_ascii_whitespace())
        .unwrap_or(label.len());
    Encoding::for_label(&label[..end]).map(normalise)
}

fn trim_ascii(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if first.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = s {
        if last.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    s
}

/// The `charset=` parameter of a `Content-Type` value.
pub(crate) fn charset_from_content_type(ct: &str) -> Option<&'static Encoding> {
    let lower = ct.as_bytes().to_ascii_lowercase();
    let pos = find(&lower, b"charset")?;
    let rest = &lower[pos + 7..];
    let rest = trim_ascii(rest);
    let rest = rest.strip_prefix(b"=")?;
    label_to_encoding(rest)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// chardetng's guess with the `.cn` TLD hint (GBK reported as GB18030).
fn detect(body: &[u8]) -> &'static Encoding {
    let mut det = EncodingDetector::new(Iso2022JpDetection::Deny);
    det.feed(body, true);
    normalise(det.guess(Some(b"cn"), Utf8Detection::Allow))
}

/// Declared UTF-8 is kept unless the bytes are largely not UTF-8: a page
/// with a few broken bytes among thousands of good characters is UTF-8
/// with errors, not GBK.
fn mostly_utf8(body: &[u8]) -> bool {
    // Valid UTF-8 (nearly every page that says so): one fast pass.
    if std::str::from_utf8(body).is_ok() {
        return true;
    }
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in body.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += chunk.invalid().len();
    }
    bad == 0 || good >= 8 * bad
}

/// Valid UTF-8, tolerating an incomplete sequence cut off at the body cap.
fn is_utf8(body: &[u8]) -> bool {
    match std::str::from_utf8(body) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// Fewer non-ASCII characters than this are too weak evidence: a couple
/// of GBK characters can happen to form valid UTF-8 (`馥（` is `F0 A5 A3 A8`,
/// a valid 4-byte sequence).
const MIN_UTF8_EVIDENCE: usize = 8;

/// True when the bytes are valid UTF-8 and hold enough multi-byte
/// characters to outweigh a declared legacy charset.
fn looks_like_utf8(body: &[u8]) -> bool {
    if body.is_ascii() || !is_utf8(body) {
        return false;
    }
    let valid = match std::str::from_utf8(body) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or(""),
    };
    valid
        .chars()
        .filter(|c| !c.is_ascii())
        .nth(MIN_UTF8_EVIDENCE - 1)
        .is_some()
}

/// A simplified HTML-spec prescan: the first `<meta>` in `head` (outside
/// comments) with `charset=…`, or `http-equiv=content-type` plus a
/// `content` holding `charset=…`.
pub(crate) fn prescan_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i += match find(&rest[4..], b"-->") {
                Some(p) => 4 + p + 3,
                None => return None,
            };
            continue;
        }
        if rest.len() > 5
            && rest[1..5].eq_ignore_ascii_case(b"meta")
            && (rest[5].is_ascii_whitespace() || rest[5] == b'/')
        {
            let (attrs, consumed) = read_attributes(&rest[5..]);
            i += 5 + consumed;
            if let Some(enc) = meta_charset(&attrs) {
                return Some(enc);
            }
            continue;
        }
        i += 1;
    }
    None
}

/// A lower-cased attribute name and its raw value.
type Attr = (Vec<u8>, Vec<u8>);

fn meta_charset(attrs: &[Attr]) -> Option<&'static Encoding> {
    let get = |name: &[u8]| {
        attrs
            .iter()
            .find(|(k, _)| k.as_slice() == name)
            .map(|(_, v)| v.as_slice())
    };
    if let Some(cs) = get(b"charset")
        && let Some(enc) = label_to_encoding(cs)
    {
        return Some(enc);
    }
    let is_ct =
        get(b"http-equiv").is_some_and(|v| trim_ascii(v).eq_ignore_ascii_case(b"content-type"));
    if is_ct && let Some(content) = get(b"content") {
        let lower = content.to_ascii_lowercase();
        let pos = find(&lower, b"charset")?;
        let rest = trim_ascii(&lower[pos + 7..]);
        let rest = rest.strip_prefix(b"=")?;
        return label_to_encoding(rest);
    }
    None
}

/// Reads attributes up to the closing `>`. Names are lower-cased. Returns
/// the attributes and the number of bytes consumed.
fn read_attributes(s: &[u8]) -> (Vec<Attr>, usize) {
    let mut attrs = Vec::new();
    let mut i = 0;
    loop {
        while i < s.len() && (s[i].is_ascii_whitespace() || s[i] == b'/') {
            i += 1;
        }
        if i >= s.len() {
            return (attrs, i);
        }
        if s[i] == b'>' {
            return (attrs, i + 1);
        }
        let start = i;
        while i < s.len() && !s[i].is_ascii_whitespace() && !matches!(s[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = s[start..i].to_ascii_lowercase();
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = Vec::new();
        if i < s.len() && s[i] == b'=' {
            i += 1;
            while i < s.len() && s[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < s.len() && (s[i] == b'"' || s[i] == b'\'') {
                let q = s[i];
                i += 1;
                let vs = i;
                while i < s.len() && s[i] != q {
                    i += 1;
                }
                value = s[vs..i].to_vec();
                i = (i + 1).min(s.len());
            } else {
                let vs = i;
                while i < s.len() && !s[i].is_ascii_whitespace() && s[i] != b'>' {
                    i += 1;
                }
                value = s[vs..i].to_vec();
            }
        }
        if !name.is_empty() && !attrs.iter().any(|(k, _)| *k == name) {
            attrs.push((name, value));
        }
        if attrs.len() > 64 {
            return (attrs, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_charset_wins() {
        let (bytes, _, _) = GBK.encode("<p>国土资源部发布通知</p>");
        let d = decode(&bytes, Some("text/html; charset=GBK"));
        assert_eq!(d.encoding, GB18030);
        assert_eq!(d.source, EncodingSource::Header);
        assert!(d.text.contains("国土资源部"));
    }

    #[test]
    fn meta_prescan_variants() {
        assert_eq!(prescan_meta(b"<meta charset=gb2312>"), Some(GB18030));
        assert_eq!(prescan_meta(b"<META CHARSET=\"UTF-8\">"), Some(UTF_8));
        assert_eq!(
            prescan_meta(
                b"<!-- <meta charset=big5> --><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\" />"
            ),
            Some(GB18030)
        );
        assert_eq!(prescan_meta(b"<meta name=x content='charset=gbk'>"), None);
        assert_eq!(prescan_meta(b"<metadata charset=gbk>"), None);
        assert_eq!(prescan_meta(b"<meta charset=utf-16le>"), Some(UTF_8));
    }

    #[test]
    fn content_type_parsing() {
        assert_eq!(
            charset_from_content_type("text/html;charset=\"GB2312\""),
            Some(GB18030)
        );
        assert_eq!(charset_from_content_type("text/html"), None);
        assert_eq!(charset_from_content_type("text/html; charset=bogus"), None);
    }

    #[test]
    fn bom_wins() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("<meta charset=gbk>政府".as_bytes());
        let d = decode(&b, Some("text/html; charset=gbk"));
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, EncodingSource::Bom);
        assert!(d.text.ends_with("政府"));
    }

    #[test]
    fn utf8_overrides_declared_legacy() {
        let html = "<meta charset=gb2312><title>人民网 人民日报社主办</title>";
        let d = decode(html.as_bytes(), None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, EncodingSource::Utf8OverridesDeclared);
        assert_eq!(d.declared, Some(GB18030));
        // A body cut in the middle of a character is still UTF-8.
        let cut = &html.as_bytes()[..html.len() - 1];
        assert_eq!(decode(cut, None).encoding, UTF_8);
    }

    #[test]
    fn short_gbk_that_happens_to_be_utf8_keeps_the_declaration() {
        let html = "<meta charset=gb2312><p>0馥（  aa </p>";
        let (bytes, _, _) = GBK.encode(html);
        assert!(std::str::from_utf8(&bytes).is_ok());
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, GB18030);
        assert_eq!(d.text, html);
    }

    #[test]
    fn undeclared_gbk_is_detected() {
        let s = "<html><body><p>为深入贯彻落实党中央、国务院关于推进政务公开工作的决策部署，进一步提高政府网站建设管理水平，现将有关事项通知如下。</p></body></html>";
        let (bytes, _, _) = GBK.encode(s);
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, GB18030);
        assert_eq!(d.source, EncodingSource::Detected);
        assert_eq!(d.text, s);
    }

    #[test]
    fn declared_utf8_but_gbk_bytes_is_detected() {
        let s = "<meta charset=utf-8><p>为深入贯彻落实党中央、国务院关于推进政务公开工作的决策部署，进一步提高政府网站建设管理水平。</p>";
        let (bytes, _, _) = GBK.encode(s);
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, GB18030);
        assert_eq!(d.source, EncodingSource::DetectedOverridesDeclared);
        assert_eq!(d.text, s);
    }

    #[test]
    fn declared_utf8_with_a_few_bad_bytes_stays_utf8() {
        let mut b =
            "<meta charset=utf-8><p>为深入贯彻落实党中央、国务院关于推进政务公开工作的决策部署</p>"
                .as_bytes()
                .to_vec();
        b.insert(23, 0xFF);
        let d = decode(&b, None);
        assert_eq!(d.encoding, UTF_8);
        assert!(d.had_errors);
        assert!(d.text.contains("政务公开工作"));
    }

    #[test]
    fn latin1_header_is_not_trusted() {
        let s = "<meta charset=gbk><p>政府信息公开工作年度报告</p>";
        let (bytes, _, _) = GBK.encode(s);
        let d = decode(&bytes, Some("text/html; charset=ISO-8859-1"));
        assert_eq!(d.encoding, GB18030);
        assert_eq!(d.source, EncodingSource::Meta);
        let s = "<p>为深入贯彻落实党中央、国务院关于推进政务公开工作的决策部署，进一步提高政府网站建设管理水平。</p>";
        let (bytes, _, _) = GBK.encode(s);
        let d = decode(&bytes, Some("text/html; charset=iso-8859-1"));
        assert_eq!(d.text, s);
    }

    #[test]
    fn ascii_without_declaration_is_utf8_compatible() {
        let d = decode(b"<p>hello</p>", None);
        assert_eq!(d.text, "<p>hello</p>");
        assert_eq!(d.encoding, UTF_8);
        assert!(!d.had_errors);
    }
}
