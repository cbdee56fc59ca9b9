//! The memory allocator of Gavel's programs (the `gavel` command, the desktop app, and the
//! benchmarks that measure them): mimalloc on Linux, told to give freed memory back to the system
//! within 10 ms. A program installs it with [`install!`] and calls [`give_freed_memory_back`]
//! first thing in `main`.
//!
//! Why (measured on the 2-core CI machine, release build; docs/where-the-time-goes.md): glibc's
//! malloc keeps what a program frees for later, so a command's peak memory grew with the order
//! of its allocations, not with what it held. The 1,000-item minutes held 25 MB at most (massif)
//! but peaked at 49-51 MB resident, against a budget of 50 MB; with this allocator they peak at
//! 38-39 MB and take 8% less time, and eight groups' sync files import in 15.2-15.5 s at 22 MB
//! against 16.3-17.7 s at 29 MB.
//!
//! Elsewhere (Windows) it is the system's allocator, and [`give_freed_memory_back`] does nothing.

#[cfg(target_os = "linux")]
pub type Allocator = mimalloc::MiMalloc;
#[cfg(target_os = "linux")]
pub const ALLOCATOR: Allocator = mimalloc::MiMalloc;

#[cfg(not(target_os = "linux"))]
pub type Allocator = std::alloc::System;
#[cfg(not(target_os = "linux"))]
pub const ALLOCATOR: Allocator = std::alloc::System;

/// Makes [`Allocator`] the program's allocator. Once, in the binary's crate root.
#[macro_export]
macro_rules! install {
    () => {
        #[global_allocator]
        static GAVEL_ALLOCATOR: $crate::Allocator = $crate::ALLOCATOR;
    };
}

/// `criterion_main!` with [`Allocator`] installed and set as in the programs: the benchmarks
/// measure what the programs do, with the programs' allocator. The bench crate names `criterion`.
#[macro_export]
macro_rules! criterion_main {
    ( $( $group:path ),+ $(,)? ) => {
        $crate::install!();

        fn main() {
            $crate::give_freed_memory_back();
            $( $group(); )+
            criterion::Criterion::default().configure_from_args().final_summary();
        }
    };
}

/// mimalloc's number for its purge delay: `mi_option_purge_delay` in `mimalloc.h`, which the
/// Rust bindings do not name. The test `the_purge_delay_is_the_option_its_environment_variable_sets`
/// holds the number to the option.
#[cfg(target_os = "linux")]
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long mimalloc keeps freed memory before it gives it back to the system. Its default, a
/// second, is longer than most commands run, so they never gave anything back and each new block
/// took fresh memory (the 1,000-item minutes: 52 MB). At 0 every large buffer freed and made
/// again (a sync file's 9 MB of signed content, as it grows) faulted its pages in anew: 3.8 ms
/// against 0.87 ms with glibc. 10 ms: 0.78 ms, and the minutes at 38-39 MB.
#[cfg(target_os = "linux")]
const PURGE_DELAY_MILLIS: std::os::raw::c_long = 10;

/// Gives memory back to the system [`PURGE_DELAY_MILLIS`] after it is freed, not a second later
/// (mimalloc's default), unless `MIMALLOC_PURGE_DELAY` says otherwise; and keeps the process's
/// memory in 4 KB pages, not 2 MB transparent huge pages, of which a few bytes touched count
/// whole (the minutes: 52 MB with them). The `no_thp` build of mimalloc only stops asking the
/// kernel for huge pages; a kernel that gives them unasked (`always` in
/// /sys/kernel/mm/transparent_hugepage/enabled, as some distributions ship) is told so here, for
/// the whole process. Call it first thing in `main`; until then, mimalloc's defaults hold.
pub fn give_freed_memory_back() {
    #[cfg(target_os = "linux")]
    #[allow(unsafe_code)]
    {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // SAFETY: mi_option_set only stores a number in mimalloc's table of options, which
            // it reads when it next decides whether to purge; it checks the option number.
            unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MILLIS) };
        }
        // SAFETY: PR_SET_THP_DISABLE takes its flag and three zeros and changes only this
        // process's paging; a kernel too old for it answers EINVAL, and the process goes on as
        // before.
        let _ = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn purge_delay() -> std::os::raw::c_long {
        // SAFETY: reads one number from mimalloc's table of options.
        #[allow(unsafe_code)]
        unsafe {
            libmimalloc_sys::mi_option_get(PURGE_DELAY)
        }
    }

    /// Run as a child by the test below: prints the purge delay mimalloc took from its
    /// environment.
    #[test]
    fn prints_the_purge_delay_for_the_test_below() {
        if std::env::var_os("GAVEL_ALLOCATOR_CHILD").is_some() {
            println!("purge delay: {}", purge_delay());
        }
    }

    #[test]
    fn the_purge_delay_is_the_option_its_environment_variable_sets() {
        // mimalloc reads MIMALLOC_PURGE_DELAY into option number PURGE_DELAY only if that number
        // is the purge delay's; a wrong number would print another option's value.
        let output = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "tests::prints_the_purge_delay_for_the_test_below",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("GAVEL_ALLOCATOR_CHILD", "1")
            .env("MIMALLOC_PURGE_DELAY", "4321")
            .output()
            .expect("runs the test binary");
        let printed = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{printed}");
        assert!(printed.contains("purge delay: 4321"), "{printed}");
    }

    #[test]
    fn giving_freed_memory_back_sets_the_purge_delay_and_turns_huge_pages_off() {
        give_freed_memory_back();
        // A delay the person running the program chose stays.
        let chosen = std::env::var("MIMALLOC_PURGE_DELAY").ok();
        let expected = chosen.map_or(PURGE_DELAY_MILLIS, |delay| delay.parse().expect("a number"));
        assert_eq!(purge_delay(), expected);
        // SAFETY: PR_GET_THP_DISABLE takes four zeros and reads the process's flag.
        #[allow(unsafe_code)]
        let huge_pages_off = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(huge_pages_off, 1);
    }
}
