//! Fuzzes Jira's CSV export reader (headers, repeated columns, dates, cp1252): any bytes must give
//! rows or an error naming the file, never a panic, a hang or unbounded memory.

#![no_main]

use gavel_core::{ImportFormat, read_backlog_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(file) = read_backlog_file("fuzz", bytes, &ImportFormat::JiraCsv.into()) {
        // Every row a reader returns must be one the store accepts as a command.
        for row in file.rows {
            assert!(!row.key.trim().is_empty() && !row.title.trim().is_empty());
            assert!(
                row.story_points
                    .is_none_or(|points| points.is_finite() && points >= 0.0)
            );
        }
    }
});
