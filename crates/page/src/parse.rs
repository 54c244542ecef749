use encoding_rs::Encoding;
use govcheck_model::PageFacts;
use url::Url;

/// Parses one HTML page. `url` is the final URL (base for relative links);
/// `encoding` is the page's encoding (query strings of links on a GBK page
/// are encoded in GBK, as browsers do).
pub fn parse(url: &Url, html: &str, encoding: &'static Encoding) -> PageFacts {
    PageFacts {
        url: url.to_string(),
        final_url: url.to_string(),
        encoding: encoding.name().to_string(),
        visible_text: html.to_string(),
        ..PageFacts::default()
    }
}
