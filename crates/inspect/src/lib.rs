//! The checks and the scoring, as pure functions over [`PageFacts`] and
//! verification results: no I/O, no clock (the as-of date is an input).
//!
//! [`PageFacts`]: govcheck_model::PageFacts

pub mod columns;
pub mod freshness;
pub mod guides;
pub mod identity;
pub mod links;
pub mod messages;
pub mod score;
pub mod words;
