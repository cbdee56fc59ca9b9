use serde_json::json;

use super::*;

fn check(document: serde_json::Value, expected: &str) {
    assert_eq!(adf_to_plain_text(&document), expected);
}

fn paragraph(content: serde_json::Value) -> serde_json::Value {
    json!({ "type": "paragraph", "content": content })
}

#[test]
fn paragraphs_headings_and_marks_become_lines_of_text() {
    check(
        json!({
            "type": "doc", "version": 1,
            "content": [
                { "type": "heading", "attrs": { "level": 2 },
                  "content": [{ "type": "text", "text": "Baggrund" }] },
                paragraph(json!([
                    { "type": "text", "text": "Kommunerne " },
                    { "type": "text", "text": "skal", "marks": [{ "type": "strong" }] },
                    { "type": "text", "text": " kunne se det." },
                    { "type": "hardBreak" },
                    { "type": "text", "text": "Ny linje." }
                ]))
            ]
        }),
        "Baggrund\nKommunerne skal kunne se det.\nNy linje.",
    );
}

#[test]
fn lists_get_bullets_and_numbers() {
    check(
        json!({
            "type": "doc", "version": 1,
            "content": [
                { "type": "bulletList", "content": [
                    { "type": "listItem", "content": [paragraph(json!([{ "type": "text", "text": "Aarhus" }]))] },
                    { "type": "listItem", "content": [paragraph(json!([{ "type": "text", "text": "Odense" }]))] }
                ]},
                { "type": "orderedList", "attrs": { "order": 3 }, "content": [
                    { "type": "listItem", "content": [paragraph(json!([{ "type": "text", "text": "Tre" }]))] },
                    { "type": "listItem", "content": [paragraph(json!([{ "type": "text", "text": "Fire" }]))] }
                ]}
            ]
        }),
        "- Aarhus\n- Odense\n3. Tre\n4. Fire",
    );
}

#[test]
fn mentions_emoji_links_code_and_tables_keep_their_words() {
    check(
        json!({
            "type": "doc", "version": 1,
            "content": [
                paragraph(json!([
                    { "type": "mention", "attrs": { "id": "5db9", "text": "@Eric Medlock" } },
                    { "type": "text", "text": " " },
                    { "type": "emoji", "attrs": { "shortName": ":smile:", "text": "😄" } },
                    { "type": "text", "text": " se " },
                    { "type": "inlineCard", "attrs": { "url": "https://example.org/MO-1" } }
                ])),
                { "type": "codeBlock", "attrs": { "language": "sql" },
                  "content": [{ "type": "text", "text": "SELECT 1;" }] },
                { "type": "table", "content": [
                    { "type": "tableRow", "content": [
                        { "type": "tableHeader", "content": [paragraph(json!([{ "type": "text", "text": "Kommune" }]))] },
                        { "type": "tableHeader", "content": [paragraph(json!([{ "type": "text", "text": "Stemmer" }]))] }
                    ]},
                    { "type": "tableRow", "content": [
                        { "type": "tableCell", "content": [paragraph(json!([{ "type": "text", "text": "Aarhus" }]))] },
                        { "type": "tableCell", "content": [paragraph(json!([{ "type": "text", "text": "3" }]))] }
                    ]}
                ]},
                { "type": "someFutureNode", "content": [{ "type": "text", "text": "still read" }] }
            ]
        }),
        "@Eric Medlock 😄 se https://example.org/MO-1\nSELECT 1;\nKommune\tStemmer\nAarhus\t3\nstill read",
    );
}

#[test]
fn only_a_doc_node_with_content_counts_as_adf() {
    assert!(is_adf_document(
        &json!({ "type": "doc", "version": 1, "content": [] })
    ));
    assert!(!is_adf_document(&json!("h1. Wiki text")));
    assert!(!is_adf_document(
        &json!({ "type": "paragraph", "content": [] })
    ));
}
