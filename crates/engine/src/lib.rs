//! Running one site end to end (crawl → inspect → verify links → score)
//! and a sweep of many (bounded parallelism, resume, cancellation).
