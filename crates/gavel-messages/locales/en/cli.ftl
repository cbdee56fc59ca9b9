## The command-line tool's own words (crates/gavel-cli): its labels and reports.
