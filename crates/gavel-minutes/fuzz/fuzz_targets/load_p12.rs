//! Fuzzes the PKCS#12 loader (`--sign FILE.p12`, the app's certificate choice): any bytes must
//! give a signing identity or an error naming the file, never a panic, a hang or unbounded
//! memory. The password is the one of the committed fixtures (tests/fixtures/certs), which seed
//! the corpus, so that mutations get past the MAC check into the key and certificate bags.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

const FIXTURE_PASSWORD: &str = include_str!("../../../../tests/fixtures/certs/password.txt");

fuzz_target!(|bytes: &[u8]| {
    let password = FIXTURE_PASSWORD.trim_end();
    if let Err(error) =
        gavel_minutes::certificate::parse_pkcs12(bytes, Path::new("fuzz.p12"), password)
    {
        let message = error.to_string();
        assert!(message.contains("fuzz.p12"), "{message}");
        assert!(
            !message.contains(password),
            "the password is in the message: {message}"
        );
    }
});
