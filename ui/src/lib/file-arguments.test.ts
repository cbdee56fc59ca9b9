import { describe, expect, it } from "vitest";
import { argumentsHeaders } from "./file-arguments";
import { ARGUMENTS_HEADER } from "./generated/ipc";

describe("argumentsHeaders", () => {
  it("percent-encodes a file name beyond ASCII as the Rust side decodes it", () => {
    const headers = argumentsHeaders({ file_name: "Medlemsliste – Ærø Kommune (2).csv", dry_run: true });
    // The same text src-tauri/src/file_request/tests.rs decodes (ENCODED_IN_THE_UI).
    expect(headers[ARGUMENTS_HEADER]).toBe(
      "%7B%22file_name%22%3A%22Medlemsliste%20%E2%80%93%20%C3%86r%C3%B8%20Kommune%20(2).csv%22%2C%22dry_run%22%3Atrue%7D",
    );
  });

  it("leaves only characters a header value may hold", () => {
    const value = argumentsHeaders({ password: "æøå \"\n\t€😀", file_name: "a\u202Eb" })[ARGUMENTS_HEADER] ?? "";
    expect(value).toMatch(/^[\x21-\x7E]+$/);
    expect(JSON.parse(decodeURIComponent(value))).toEqual({
      password: "æøå \"\n\t€😀",
      file_name: "a\u202Eb",
    });
  });
});
