//! Turning fetched bytes into [`PageFacts`]: charset detection and
//! decoding, then one HTML parse that extracts everything the checks need.
//!
//! Pure: no I/O, no clock. `scraper::Html` never leaves this crate.

pub mod dates;
mod decode;
mod extract;
mod pagination;
mod parse;
mod text;

pub use decode::{Decoded, EncodingSource, decode};
pub use govcheck_model::PageFacts;
pub use pagination::MAX_PAGES;
pub use parse::{is_skipped_href, parse};

/// The `<title>` of a page without building a DOM (cheap: for logging and
/// for pages that are only status-checked). Whitespace-collapsed, basic
/// entities decoded; empty when there is none.
pub fn title_of(html: &str) -> String {
    let lower_head: String = html[..text::floor_boundary(html, 65536)].to_ascii_lowercase();
    let Some(open) = lower_head.find("<title") else {
        return String::new();
    };
    let Some(gt) = lower_head[open..].find('>') else {
        return String::new();
    };
    let start = open + gt + 1;
    let end = lower_head[start..]
        .find("</title")
        .map_or(lower_head.len(), |e| start + e);
    text::collapse(&text::decode_basic_entities(&html[start..end]))
}

/// Decodes and parses in one call: what the crawler does with a body.
pub fn analyze(url: &url::Url, body: &[u8], content_type: Option<&str>) -> PageFacts {
    let d = decode(body, content_type);
    parse(url, &d.text, d.encoding)
}
