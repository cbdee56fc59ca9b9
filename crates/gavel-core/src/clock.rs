//! Time, passed in so that tests, PDFs and sync files are deterministic, and the hybrid logical
//! clock that orders events across devices.

use std::sync::atomic::{AtomicU64, Ordering};

/// Wall-clock time in milliseconds since the Unix epoch.
pub trait Clock: Send + Sync {
    fn now_millis(&self) -> u64;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now_millis(&self) -> u64 {
        let since_epoch = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        u64::try_from(since_epoch.as_millis()).unwrap_or(u64::MAX)
    }
}

/// A clock that stands still unless moved; for tests and reproducible demos.
pub struct FixedClock {
    millis: AtomicU64,
}

impl FixedClock {
    pub fn at_millis(millis: u64) -> FixedClock {
        FixedClock {
            millis: AtomicU64::new(millis),
        }
    }

    pub fn advance_millis(&self, by: u64) {
        self.millis.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now_millis(&self) -> u64 {
        self.millis.load(Ordering::SeqCst)
    }
}

/// A clock that moves a fixed step every time it is read: each event of a scripted run gets its
/// own, reproducible second. For fixtures and tests run through the CLI.
pub struct SteppingClock {
    next_millis: AtomicU64,
    step_millis: u64,
}

impl SteppingClock {
    pub fn starting_at_millis(millis: u64, step_millis: u64) -> SteppingClock {
        SteppingClock {
            next_millis: AtomicU64::new(millis),
            step_millis,
        }
    }
}

impl Clock for SteppingClock {
    fn now_millis(&self) -> u64 {
        self.next_millis
            .fetch_add(self.step_millis, Ordering::SeqCst)
    }
}

/// A hybrid logical clock timestamp: wall-clock milliseconds in the high 48 bits and a counter in
/// the low 16. It never goes backwards on one device, even when the wall clock does, and orders
/// events from different devices close to real time. Stored as one integer so that SQLite sorts
/// it natively.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Hlc(pub u64);

const COUNTER_BITS: u32 = 16;
const COUNTER_MASK: u64 = (1 << COUNTER_BITS) - 1;

impl Hlc {
    pub fn physical_millis(self) -> u64 {
        self.0 >> COUNTER_BITS
    }

    pub fn counter(self) -> u64 {
        self.0 & COUNTER_MASK
    }

    /// The timestamp for a new local event: later than `self` (the latest this device has seen)
    /// and at least the wall clock.
    pub fn tick(self, wall_clock_millis: u64) -> Hlc {
        let wall = wall_clock_millis.min(u64::MAX >> COUNTER_BITS) << COUNTER_BITS;
        if wall > self.0 {
            Hlc(wall)
        } else {
            Hlc(self.0 + 1)
        }
    }
}

/// How far ahead of this computer's clock an event may be dated: a day covers laptops whose clocks
/// disagree by a time zone or a forgotten summer-time change, and nothing else. A clock further
/// ahead would stamp every later event on every laptop that imported it (an HLC never goes back),
/// and that laptop would win every later conflict.
pub const MAX_CLOCK_LEAD_MILLIS: u64 = 24 * 60 * 60 * 1000;

impl Hlc {
    /// How many milliseconds this timestamp lies after `wall_clock_millis`, when it lies more than
    /// [`MAX_CLOCK_LEAD_MILLIS`] after it; `None` when it is within the day allowed.
    pub(crate) fn too_far_ahead_of(self, wall_clock_millis: u64) -> Option<u64> {
        let lead = self.physical_millis().saturating_sub(wall_clock_millis);
        (lead > MAX_CLOCK_LEAD_MILLIS).then_some(lead)
    }
}

/// A clock reading in this computer's time zone (the meeting room's): when a pack or a site was
/// made, when a command was recorded.
pub(crate) fn local_time(millis: u64) -> chrono::NaiveDateTime {
    chrono::DateTime::from_timestamp_millis(i64::try_from(millis).unwrap_or(i64::MAX))
        .unwrap_or_default()
        .with_timezone(&chrono::Local)
        .naive_local()
}

/// "10. december 2026 kl. 13.00 UTC" / "10 December 2026 13:00 UTC": a clock reading for a message
/// about clocks. UTC, because it compares two computers' clocks, which may be in different zones.
pub(crate) fn clock_reading(millis: u64) -> crate::rules::Bilingual {
    let at = chrono::DateTime::from_timestamp_millis(i64::try_from(millis).unwrap_or(i64::MAX))
        .unwrap_or_default()
        .naive_utc();
    crate::wording::message("coreClock-dateAndTimeInUtc", |language| {
        let time = match language {
            gavel_messages::Language::Danish => at.format("%H.%M"),
            gavel_messages::Language::English => at.format("%H:%M"),
        };
        vec![
            (
                "date",
                crate::calendar::long_date(language, at.date()).into(),
            ),
            ("time", time.to_string().into()),
        ]
    })
}

impl std::fmt::Display for Hlc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.physical_millis(), self.counter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_follows_the_wall_clock_when_it_moves_forward() {
        let start = Hlc::default().tick(1_000);
        assert_eq!((start.physical_millis(), start.counter()), (1_000, 0));
        let later = start.tick(2_000);
        assert_eq!((later.physical_millis(), later.counter()), (2_000, 0));
    }

    #[test]
    fn a_timestamp_more_than_a_day_ahead_of_the_wall_clock_is_too_far_ahead() {
        let wall = 1_795_777_200_000;
        let at = |millis: u64| Hlc(millis << COUNTER_BITS);
        assert_eq!(at(wall).too_far_ahead_of(wall), None);
        assert_eq!(at(wall - 5).too_far_ahead_of(wall), None);
        assert_eq!(
            at(wall + MAX_CLOCK_LEAD_MILLIS).too_far_ahead_of(wall),
            None
        );
        assert_eq!(
            at(wall + MAX_CLOCK_LEAD_MILLIS + 1).too_far_ahead_of(wall),
            Some(MAX_CLOCK_LEAD_MILLIS + 1)
        );
    }

    #[test]
    fn a_clock_reading_is_a_date_and_a_time_in_both_languages() {
        let reading = clock_reading(4_102_444_800_000);
        assert_eq!(reading.da, "1. januar 2100 kl. 00.00 UTC");
        assert_eq!(reading.en, "1 January 2100 00:00 UTC");
    }

    #[test]
    fn tick_counts_up_when_the_wall_clock_stands_still_or_goes_back() {
        let start = Hlc::default().tick(5_000);
        let same_millisecond = start.tick(5_000);
        let clock_went_back = same_millisecond.tick(4_000);
        assert_eq!(
            (
                same_millisecond.physical_millis(),
                same_millisecond.counter()
            ),
            (5_000, 1)
        );
        assert_eq!(
            (clock_went_back.physical_millis(), clock_went_back.counter()),
            (5_000, 2)
        );
        assert!(start < same_millisecond && same_millisecond < clock_went_back);
    }
}
