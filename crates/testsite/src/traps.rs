//! A misbehaving server for crawler tests (redirect loops, 429, 503,
//! huge bodies, slow pages, HEAD-refusing assets …).
//!
//! OWNER: crawl work (issue 2/3).
