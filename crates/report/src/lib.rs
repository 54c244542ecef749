//! The history store (SQLite), monthly and quarterly aggregation, and the
//! readable circular.
