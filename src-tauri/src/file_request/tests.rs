use std::borrow::Cow;

use gavel_core::ErrorKind;
use serde::Deserialize;
use tauri::http::{HeaderMap, HeaderValue};
use tauri::ipc::InvokeBody;

use super::{ARGUMENTS_HEADER, arguments, bytes};
use crate::state::Locale;

#[derive(Debug, Deserialize, PartialEq)]
struct FileArguments {
    file_name: String,
    dry_run: bool,
}

fn headers(value: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        ARGUMENTS_HEADER,
        HeaderValue::from_str(value).expect("a visible ASCII header value"),
    );
    headers
}

/// What the UI's `argumentsHeader` (ui/src/lib/file-arguments.ts, `encodeURIComponent` of the
/// JSON) sends for a file name with a dash, Danish letters and brackets; its Vitest test expects
/// the same text, so the two sides are held to one encoding.
const ENCODED_IN_THE_UI: &str = "%7B%22file_name%22%3A%22Medlemsliste%20%E2%80%93%20%C3%86r%C3%B8%20Kommune%20(2).csv%22%2C%22dry_run%22%3Atrue%7D";

#[test]
fn a_file_name_beyond_ascii_arrives_as_the_chair_named_the_file() {
    let read: FileArguments =
        arguments(&headers(ENCODED_IN_THE_UI), Locale::En).expect("the arguments are read");
    assert_eq!(
        read,
        FileArguments {
            file_name: "Medlemsliste – Ærø Kommune (2).csv".to_owned(),
            dry_run: true,
        }
    );
}

#[test]
fn a_raw_body_is_the_file_unchanged_and_not_copied() {
    let file = vec![0xEF, 0xBB, 0xBF, b'k', b'e', b'y', 0, 0xFF];
    let body = InvokeBody::Raw(file.clone());
    let read = bytes(&body, Locale::En).expect("a raw body is a file");
    assert!(matches!(read, Cow::Borrowed(_)));
    assert_eq!(read.as_ref(), file.as_slice());
}

#[test]
fn the_post_message_fallback_s_array_of_numbers_is_the_same_file() {
    let body = InvokeBody::Json(serde_json::json!([0, 127, 255]));
    let read = bytes(&body, Locale::En).expect("an array of bytes is a file");
    assert_eq!(read.as_ref(), [0, 127, 255]);

    let not_bytes = InvokeBody::Json(serde_json::json!({ "bytes": [1, 2] }));
    let error = bytes(&not_bytes, Locale::En).expect_err("an object is no file");
    assert_eq!(error.kind, ErrorKind::BadInput);
}

#[test]
fn missing_or_malformed_arguments_are_refused_in_the_chair_s_language() {
    let missing = arguments::<FileArguments>(&HeaderMap::new(), Locale::Da)
        .expect_err("no header, no arguments");
    assert_eq!(missing.kind, ErrorKind::BadInput);
    assert!(missing.message.starts_with("Appen sendte filen forkert"));

    let not_utf8 = arguments::<FileArguments>(&headers("%FF%FE"), Locale::En)
        .expect_err("percent-encoded bytes that are not UTF-8");
    assert_eq!(not_utf8.kind, ErrorKind::BadInput);

    // A field of the wrong type: JSON, but not this command's.
    let wrong = arguments::<FileArguments>(
        &headers("%7B%22file_name%22%3A1%2C%22dry_run%22%3Atrue%7D"),
        Locale::En,
    )
    .expect_err("a number is no file name");
    assert_eq!(wrong.kind, ErrorKind::BadInput);
}

#[test]
fn a_malformed_argument_never_echoes_a_password() {
    #[derive(Debug, Deserialize)]
    struct WithPassword {
        #[allow(dead_code)] // Only its absence from the message is tested.
        password: String,
        #[allow(dead_code)]
        dry_run: bool,
    }
    // The password where a flag is due (the UI swapping two fields): serde_json's own message
    // would quote the refused string.
    let header = "%7B%22password%22%3A%22hemmelig%22%2C%22dry_run%22%3A%22hemmelig%22%7D";
    let error =
        arguments::<WithPassword>(&headers(header), Locale::En).expect_err("a string is no flag");
    assert_eq!(error.kind, ErrorKind::BadInput);
    assert!(!error.message.contains("hemmelig"), "{}", error.message);
}
