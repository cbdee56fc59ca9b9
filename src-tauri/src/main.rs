// Without this, Windows release builds open a console window next to the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

gavel_allocator::install!();

fn main() -> ExitCode {
    gavel_allocator::give_freed_memory_back();
    match gavel_desktop::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("gavel-desktop: {error}");
            ExitCode::FAILURE
        }
    }
}
