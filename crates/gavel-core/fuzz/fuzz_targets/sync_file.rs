//! Fuzzes the sync file reader (docs/sync-format.md) as `gavel sync import --dry-run` runs it:
//! parsing, format and version, chain and hash checks, conflicts against a database holding the
//! demo. Any bytes must give a report or an error naming the file, never a panic, a hang or
//! unbounded memory. A dry run writes nothing, so every input meets the same database.

#![no_main]

use std::cell::RefCell;

use gavel_core::{Store, StoreOptions};
use libfuzzer_sys::fuzz_target;

thread_local! {
    static DEMO: RefCell<Store> = RefCell::new({
        let mut store = Store::open_in_memory(StoreOptions::new("fuzz")).expect("opens");
        gavel_core::demo::load(&mut store).expect("the demo loads");
        store
    });
}

fuzz_target!(|bytes: &[u8]| {
    DEMO.with(|store| {
        let mut store = store.borrow_mut();
        if let Err(error) = store.import_sync("fuzz.gavel", bytes, true, None, &[]) {
            // Every refusal names the file.
            let message = error.to_string();
            assert!(message.contains("fuzz.gavel"), "{message}");
        }
    });
});
