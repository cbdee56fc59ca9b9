//! Fuzzes `gavel apply`'s input: JSON lines, each a `Command` (docs/commands.md), checked by
//! `decide` against a database holding the demo group, backlog and meetings. Any bytes must give
//! commands or a parse error, and the commands a result or an error, never a panic or a hang.
//! The lines run as one batch that ends with a command that always fails, so the batch rolls
//! back and every input meets the same database — and the roll-back itself is checked.

#![no_main]

use std::cell::RefCell;

use gavel_core::{Command, Store, StoreOptions};
use libfuzzer_sys::fuzz_target;

thread_local! {
    static DEMO: RefCell<Store> = RefCell::new({
        let mut store = Store::open_in_memory(StoreOptions::new("fuzz")).expect("opens");
        gavel_core::demo::load(&mut store).expect("the demo loads");
        store
    });
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return; // `gavel apply` refuses input that is not UTF-8 before parsing it
    };
    // The same lines `gavel apply` parses: blank lines and `#` comments skipped.
    let mut commands: Vec<Command> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    if commands.is_empty() {
        return;
    }
    let always_fails: Command = serde_json::from_str(
        r#"{"type":"Undo","meeting_id":"00000000-0000-0000-0000-000000000000"}"#,
    )
    .expect("a valid command");
    commands.push(always_fails);
    DEMO.with(|store| {
        let mut store = store.borrow_mut();
        let before = (
            store.backlog_items().expect("reads"),
            store.meetings().expect("reads"),
        );
        let result = store.apply_batch(commands);
        assert!(result.is_err(), "the batch ends with a command that fails");
        let after = (
            store.backlog_items().expect("reads"),
            store.meetings().expect("reads"),
        );
        assert!(after == before, "a failed batch changed the database");
    });
});
