//! Fuzzes the signature verifier (`gavel minutes verify`, the app's "check a signed file"): any
//! bytes must give a verification or an error naming the file, never a panic, a hang or
//! unbounded memory. Seeded with signed minutes, so that mutations reach the signature
//! dictionaries, byte ranges and CMS structures.

#![no_main]

use std::path::Path;

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let now = Utc.with_ymd_and_hms(2026, 12, 10, 13, 0, 0).unwrap();
    if let Err(error) = gavel_minutes::verify_pdf(bytes, Path::new("fuzz.pdf"), now) {
        let message = error.to_string();
        assert!(message.contains("fuzz.pdf"), "{message}");
    }
});
