//! Fuzzes the difference analysis (`changes_after_signing`, issue 15): signed minutes followed by
//! arbitrary bytes — an attacker's incremental update — must give a verification or an error
//! naming the file, never a panic, a hang or unbounded memory. The signed part is fixed (the
//! attack corpus' chair-signed minutes), so every run reaches the comparison of the signed
//! revision with whatever the appended bytes make of the document; the seeds are the updates
//! of the attack corpus.

#![no_main]

use std::path::Path;

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;

const SIGNED: &[u8] = include_bytes!("../../../../tests/fixtures/attacks/signed.pdf");

fuzz_target!(|update: &[u8]| {
    let now = Utc.with_ymd_and_hms(2026, 12, 10, 13, 0, 0).unwrap();
    let mut bytes = Vec::with_capacity(SIGNED.len() + update.len());
    bytes.extend_from_slice(SIGNED);
    bytes.extend_from_slice(update);
    match gavel_minutes::verify_pdf(&bytes, Path::new("fuzz.pdf"), now) {
        Ok(verification) => {
            // The chair's signature is always there, and never judged valid if the update
            // changed anything it may not.
            assert!(!verification.signatures.is_empty());
        }
        Err(error) => {
            let message = error.to_string();
            assert!(message.contains("fuzz.pdf"), "{message}");
        }
    }
});
