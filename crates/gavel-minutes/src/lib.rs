//! Minutes as PDF: layout with printpdf, signing with CMS, verification.
//!
//! Empty on purpose for now: the walking skeleton only reserves the crate so that the
//! dependency direction (gavel-minutes → gavel-core, never the reverse) is fixed from the start.
//! The signed-minutes issue fills it.
