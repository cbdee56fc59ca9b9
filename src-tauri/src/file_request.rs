//! Commands that take a file (a backlog export, a member list, a sync file, a `.p12`, a PDF to
//! verify) receive its bytes as the raw body of the invoke (Tauri 2's `InvokeBody::Raw`), not as a
//! JSON array of numbers, which costs several bytes of JSON and a parse per byte of a file of up to
//! 100 MB. Their other arguments travel as JSON in one header, [`ARGUMENTS_HEADER`],
//! percent-encoded (`encodeURIComponent` in the UI), because a header value is ASCII and a file
//! name or a password need not be.
//!
//! The argument types are generated into the UI's TypeScript like every other IPC type, so that
//! the header's JSON is typed on both sides.

use std::borrow::Cow;

use gavel_core::ErrorKind;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tauri::http::HeaderMap;
use tauri::ipc::{InvokeBody, Request};
use zeroize::Zeroizing;

use crate::error::IpcError;
use crate::state::Locale;

/// The header that carries a file command's other arguments, as percent-encoded JSON.
pub const ARGUMENTS_HEADER: &str = "gavel-arguments";

/// A file command's arguments (from [`ARGUMENTS_HEADER`]) and the file's bytes (the body).
pub fn read<'r, A: DeserializeOwned>(
    request: &'r Request<'_>,
    locale: Locale,
) -> Result<(A, Cow<'r, [u8]>), IpcError> {
    Ok((
        arguments(request.headers(), locale)?,
        bytes(request.body(), locale)?,
    ))
}

fn arguments<A: DeserializeOwned>(headers: &HeaderMap, locale: Locale) -> Result<A, IpcError> {
    let value = headers
        .get(ARGUMENTS_HEADER)
        .ok_or_else(|| malformed(locale, "no arguments header"))?;
    // The JSON may hold a password (a `.p12`'s): the decoded copy is wiped when it is parsed.
    let json = Zeroizing::new(
        percent_encoding::percent_decode(value.as_bytes())
            .decode_utf8()
            .map_err(|_| malformed(locale, "the arguments are not percent-encoded UTF-8"))?
            .into_owned(),
    );
    // serde_json's message may quote a value it refused; only its position is told, so that no
    // password is ever echoed.
    serde_json::from_str(&json).map_err(|error| {
        malformed(
            locale,
            &format!("the arguments do not fit at column {}", error.column()),
        )
    })
}

fn bytes(body: &InvokeBody, locale: Locale) -> Result<Cow<'_, [u8]>, IpcError> {
    match body {
        InvokeBody::Raw(bytes) => Ok(Cow::Borrowed(bytes)),
        // Where the webview blocks Tauri's `ipc:` protocol, Tauri falls back to `postMessage`,
        // which sends a typed array as a JSON array of numbers: the same bytes, only slower.
        InvokeBody::Json(value) => Vec::<u8>::deserialize(value)
            .map(Cow::Owned)
            .map_err(|_| malformed(locale, "the body is not a file's bytes")),
    }
}

/// The UI and the shell disagree on a command's form: a bug, not the chair's doing, but said in
/// her language all the same.
fn malformed(locale: Locale, detail: &str) -> IpcError {
    IpcError {
        kind: ErrorKind::BadInput,
        message: locale.message(
            "shell-fileSentWrongly",
            &[("detail", detail.to_string().into())],
        ),
    }
}

#[cfg(test)]
mod tests;
