//! HTTP for govcheck: one shared client, per-host politeness, robots.txt,
//! redirects by hand, retries, body cap, the frontier, and link-target
//! verification. It fetches and parses; it never judges.
