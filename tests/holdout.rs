//! Holdout portals: written independently of the sample portals (placeholder
//! until the independent suite lands).
#[test]
fn placeholder() {}
