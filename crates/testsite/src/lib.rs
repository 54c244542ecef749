//! Sample government portals served on loopback, for tests, benchmarks and
//! `govcheck demo`. Never used in production paths.

pub mod traps;
