//! What gets crawled: page budget, depth, and trap guards (calendars,
//! ever-growing query strings, repeated path segments, pagination chains).

use std::collections::HashMap;

use govcheck_model::LinkTag;
use url::Url;

/// Extensions of targets that are status-checked, never parsed.
const ASSET_EXTENSIONS: [&str; 44] = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "ofd", "txt", "rtf",
    "csv", "zip", "rar", "7z", "gz", "tar", "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg",
    "ico", "tif", "tiff", "css", "js", "mp3", "mp4", "avi", "wmv", "flv", "swf", "mov", "wav",
    "apk", "exe", "xml", "json", "ceb",
];

/// A target that is an attachment or asset: from an `img/script/link/…`
/// tag, with an attachment extension, or a download endpoint
/// (`downfile.jsp?filename=…`).
pub(crate) fn is_asset(url: &Url, tag: LinkTag) -> bool {
    if !tag.is_navigational() {
        return true;
    }
    let path = url.path().to_ascii_lowercase();
    let last = path.rsplit('/').next().unwrap_or("");
    if let Some((_, ext)) = last.rsplit_once('.')
        && ASSET_EXTENSIONS.contains(&ext)
    {
        return true;
    }
    if last.starts_with("downfile")
        || last.starts_with("download")
        || last.starts_with("filedown")
        || last.starts_with("attachment")
    {
        return true;
    }
    if let Some(q) = url.query() {
        let ql = q.to_ascii_lowercase();
        if ql.contains("filename=") || (ql.contains("fileid=") && last.contains("down")) {
            return true;
        }
    }
    false
}

/// Why a page is not crawled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Skip {
    MaxPages,
    Depth,
    LongQuery,
    RepeatedPath,
    Chain,
}

/// Budgets of one site's crawl.
#[derive(Debug)]
pub(crate) struct Frontier {
    max_pages: usize,
    max_depth: u32,
    chain_budget: usize,
    template_budget: usize,
    repeated_budget: usize,
    max_query_len: usize,
    admitted: usize,
    repeated: usize,
    chains: HashMap<String, usize>,
}

impl Frontier {
    pub(crate) fn new(cfg: &crate::CrawlConfig) -> Self {
        Frontier {
            max_pages: cfg.max_pages.max(1),
            max_depth: cfg.max_depth,
            chain_budget: cfg.chain_budget,
            template_budget: cfg.template_budget,
            repeated_budget: cfg.repeated_path_budget,
            max_query_len: cfg.max_query_len,
            admitted: 0,
            repeated: 0,
            chains: HashMap::new(),
        }
    }

    /// Admits the homepage and seeds (no trap guards, but the page budget).
    pub(crate) fn admit_start(&mut self) -> bool {
        if self.admitted >= self.max_pages {
            return false;
        }
        self.admitted += 1;
        true
    }

    /// Decides whether `url`, found on `parent` (itself `parent_chain`
    /// steps into a chain) at `depth`, is crawled; `Ok` carries the new
    /// page's own chain length.
    ///
    /// A chain is a page linking to a page of its own shape (next month,
    /// next page, a longer query). Each chain may grow `chain_budget`
    /// steps, and all chains of one shape together `template_budget`
    /// pages, so branching traps end too; siblings found on a page of
    /// another shape (articles of a list) are not chains.
    #[cfg(test)]
    pub(crate) fn admit(
        &mut self,
        url: &Url,
        parent: &Url,
        parent_chain: u32,
        depth: u32,
    ) -> Result<u32, Skip> {
        self.admit_shaped(url, &template(parent), parent_chain, depth)
    }

    /// [`Frontier::admit`] with the parent's [`template`] computed once by
    /// the caller for all the links of a page.
    pub(crate) fn admit_shaped(
        &mut self,
        url: &Url,
        parent_template: &str,
        parent_chain: u32,
        depth: u32,
    ) -> Result<u32, Skip> {
        if depth > self.max_depth {
            return Err(Skip::Depth);
        }
        if self.admitted >= self.max_pages {
            return Err(Skip::MaxPages);
        }
        if url.query().is_some_and(|q| q.len() > self.max_query_len) {
            return Err(Skip::LongQuery);
        }
        let repeated = has_repeated_segments(url);
        if repeated && self.repeated >= self.repeated_budget {
            return Err(Skip::RepeatedPath);
        }
        let t = template(url);
        let mut chain = 0;
        if t == parent_template {
            chain = parent_chain + 1;
            let n = self.chains.get(&t).copied().unwrap_or(0);
            if chain as usize > self.chain_budget || n >= self.template_budget {
                return Err(Skip::Chain);
            }
            self.chains.insert(t, n + 1);
        }
        if repeated {
            self.repeated += 1;
        }
        self.admitted += 1;
        Ok(chain)
    }
}

/// The URL's shape: host, path and query names, digit runs as `#` and
/// query values dropped. A page linking to a page of its own shape is a
/// chain (next month, next page, longer query): chains are budgeted.
pub(crate) fn template(u: &Url) -> String {
    let mut s = String::new();
    s.push_str(u.host_str().unwrap_or(""));
    s.push_str(&digits_to_hash(u.path()));
    if let Some(q) = u.query() {
        s.push('?');
        let mut names: Vec<&str> = q
            .split('&')
            .map(|p| p.split('=').next().unwrap_or(""))
            .collect();
        names.sort_unstable();
        names.dedup();
        s.push_str(&names.join("&"));
    }
    s
}

fn digits_to_hash(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut in_digits = false;
    for c in p.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            in_digits = false;
            out.push(c);
        }
    }
    out
}

/// `/a/b/a/b/a/` or a segment three times: a relative-link loop.
pub(crate) fn has_repeated_segments(u: &Url) -> bool {
    let segs: Vec<&str> = u
        .path_segments()
        .map(|s| s.filter(|x| !x.is_empty()).collect())
        .unwrap_or_default();
    if segs.len() < 3 {
        return false;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in &segs {
        let c = counts.entry(s).or_insert(0);
        *c += 1;
        if *c >= 3 {
            return true;
        }
    }
    // A repeated run of two or more segments back to back.
    for len in 2..=segs.len() / 2 {
        for i in 0..=segs.len() - 2 * len {
            if segs[i..i + len] == segs[i + len..i + 2 * len] {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn assets() {
        assert!(is_asset(&u("http://x.cn/a/b.PDF"), LinkTag::A));
        assert!(is_asset(
            &u("http://x.cn/module/download/downfile.jsp?classid=0&filename=abc.doc"),
            LinkTag::A
        ));
        assert!(is_asset(&u("http://x.cn/a/"), LinkTag::Img));
        assert!(!is_asset(&u("http://x.cn/a/b.html"), LinkTag::A));
        assert!(!is_asset(&u("http://x.cn/art.jsp?id=3"), LinkTag::A));
    }

    #[test]
    fn calendar_chain_is_budgeted() {
        let cfg = crate::CrawlConfig {
            chain_budget: 5,
            template_budget: 12,
            ..Default::default()
        };
        let mut f = Frontier::new(&cfg);
        let mut ok = 0;
        let mut chain = 0;
        for n in 1..100 {
            let parent = u(&format!("http://x.cn/calendar?month={n}"));
            let child = u(&format!("http://x.cn/calendar?month={}", n + 1));
            if let Ok(c) = f.admit(&child, &parent, chain, 1) {
                ok += 1;
                chain = c;
            }
        }
        assert_eq!(ok, 5);
        // Pagination of two columns: two chains of one shape, each within
        // its own budget; together capped by the template budget.
        let mut ok = 0;
        for col in [1, 2, 3] {
            let mut chain = 0;
            for n in 1..10 {
                let parent = u(&format!("http://x.cn/col/col{col}/index_{n}.html"));
                let child = u(&format!("http://x.cn/col/col{col}/index_{}.html", n + 1));
                if let Ok(c) = f.admit(&child, &parent, chain, 1) {
                    ok += 1;
                    chain = c;
                }
            }
        }
        assert_eq!(ok, 12);
        // Siblings from a list page are not a chain.
        for n in 1..100 {
            assert_eq!(
                f.admit(
                    &u(&format!("http://x.cn/detail?id={n}")),
                    &u("http://x.cn/list.html"),
                    0,
                    2
                ),
                Ok(0)
            );
        }
    }

    #[test]
    fn repeated_segments() {
        assert!(has_repeated_segments(&u("http://x.cn/a/b/a/b/c.html")));
        assert!(has_repeated_segments(&u("http://x.cn/x/x/x/")));
        assert!(!has_repeated_segments(&u(
            "http://x.cn/xxgk/zcwj/2024/index.html"
        )));
    }

    #[test]
    fn long_query_and_depth() {
        let mut f = Frontier::new(&crate::CrawlConfig::default());
        let long = format!("http://x.cn/s?q={}", "a".repeat(300));
        assert_eq!(
            f.admit(&u(&long), &u("http://x.cn/"), 0, 1),
            Err(Skip::LongQuery)
        );
        assert_eq!(
            f.admit(&u("http://x.cn/a"), &u("http://x.cn/"), 0, 9),
            Err(Skip::Depth)
        );
    }
}
