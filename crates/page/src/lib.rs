//! Turning fetched bytes into [`PageFacts`]: charset detection and
//! decoding, then one HTML parse that extracts everything the checks need.
//!
//! Pure: no I/O, no clock. `scraper::Html` never leaves this crate.

pub mod dates;
mod decode;
mod parse;

pub use decode::{Decoded, decode};
pub use govcheck_model::PageFacts;
pub use parse::parse;
