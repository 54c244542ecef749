//! A portal's content for one month: a table of canned responses keyed by
//! decoded path (and query), plus the shared static assets.

use crate::server::Resp;
use chrono::NaiveDate;
use http::Method;
use std::collections::{HashMap, HashSet};

/// The months the network can show, with the as-of date the demo and the
/// tests use for each (the last day of the month).
pub const MONTHS: [(&str, &str); 3] = [
    ("2024-01", "2024-01-31"),
    ("2024-02", "2024-02-29"),
    ("2024-03", "2024-03-31"),
];

/// Index of a supported month, `None` for any other.
pub fn month_index(month: &str) -> Option<usize> {
    MONTHS.iter().position(|(m, _)| *m == month)
}

/// The as-of date of month index `m`.
pub(crate) fn as_of(m: usize) -> NaiveDate {
    let (_, d) = MONTHS[m];
    NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap_or_default()
}

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// All responses of one portal in one month.
#[derive(Default)]
pub(crate) struct SiteMap {
    routes: HashMap<String, Resp>,
    /// Paths whose query selects the resource (e.g. `downfile.jsp?filename=`):
    /// an unknown query there is a 404, not the page without the query.
    exact_query: HashSet<String>,
    not_found: Option<Resp>,
}

impl SiteMap {
    pub fn new(not_found: Resp) -> SiteMap {
        SiteMap {
            not_found: Some(not_found),
            ..SiteMap::default()
        }
    }

    pub fn add(&mut self, target: impl Into<String>, resp: Resp) {
        self.routes.insert(target.into(), resp);
    }

    pub fn exact_query(&mut self, path: &str) {
        self.exact_query.insert(path.to_string());
    }

    pub fn lookup(&self, _method: &Method, target: &str) -> Resp {
        if let Some(r) = self.find(target) {
            return r.clone();
        }
        self.not_found
            .clone()
            .unwrap_or_else(|| Resp::html(404, "<html><body>404</body></html>".into()))
    }

    fn find(&self, target: &str) -> Option<&Resp> {
        if let Some(r) = self.routes.get(target) {
            return Some(r);
        }
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (target, None),
        };
        if query.is_some() {
            if self.exact_query.contains(path) {
                return None;
            }
            if let Some(r) = self.find(path) {
                return Some(r);
            }
        }
        // `/dir/index.html` is the same page as `/dir/` (TRS, Hanweb).
        if let Some(dir) = path.strip_suffix("index.html")
            && dir.ends_with('/')
            && query.is_none()
        {
            return self.routes.get(dir);
        }
        None
    }
}

/// A 1×1 transparent GIF: the body of every served image.
pub(crate) const GIF: &[u8] = &[
    0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff,
    0x00, 0x00, 0x00, 0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b,
];

/// A minimal PDF (enough for a content-type sniff).
pub(crate) const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

pub(crate) fn image() -> Resp {
    Resp::new(200, "image/gif", GIF)
}

pub(crate) fn jpeg() -> Resp {
    // Served as image/jpeg like real CMS uploads; the bytes are the GIF.
    Resp::new(200, "image/jpeg", GIF)
}

pub(crate) fn pdf() -> Resp {
    Resp::new(200, "application/pdf", PDF)
}

pub(crate) fn css(text: &str) -> Resp {
    Resp::new(200, "text/css", text.to_string())
}

pub(crate) fn js(text: &str) -> Resp {
    Resp::new(200, "application/javascript", text.to_string())
}

pub(crate) fn text(body: &str) -> Resp {
    Resp::new(200, "text/plain; charset=utf-8", body.to_string())
}
