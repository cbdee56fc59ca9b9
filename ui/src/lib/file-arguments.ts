// A command that takes a file receives the file's bytes as the request's body and its other
// arguments as JSON in one header (src-tauri/src/file_request.rs). A header value is ASCII, and a
// file name or a password need not be, so the JSON is percent-encoded.

import { ARGUMENTS_HEADER } from "./generated/ipc";

/** The request headers that carry a file command's `args`. */
export function argumentsHeaders(args: object): Record<string, string> {
  return { [ARGUMENTS_HEADER]: encodeURIComponent(JSON.stringify(args)) };
}
