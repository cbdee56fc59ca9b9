//! The secretariat's scale (issue 17): ten years of one group — 120 meetings like those of
//! common/year_of_meetings.rs, about 126,000 events and 90 MB as a sync file — and eight such
//! groups, about a million events. Made once and kept under cargo's target temp folder
//! (`target/tmp/gavel-bench/secretariat/`), since making them takes minutes; delete the folder to
//! make them again. Include common/year_of_meetings.rs beside this file.

use std::path::{Path, PathBuf};

use gavel_core::SteppingClock;
use gavel_core::sync::DevicePublicKey;
use gavel_core::{Store, StoreOptions};
use uuid::Uuid;

use super::year_of_meetings::{meeting_id, record_meeting, set_up_group};

/// Ten years of twelve meetings.
pub const MEETINGS_IN_TEN_YEARS: u128 = 120;
/// Eight groups of ten years: about a million events.
pub const GROUPS: u128 = 8;
/// 1 January 2016, 00:00 UTC: when the groups' ten years begin.
const TEN_YEARS_START_MILLIS: u64 = 1_451_606_400_000;

pub fn folder() -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("gavel-bench")
        .join("secretariat");
    std::fs::create_dir_all(&folder).expect("bench folder");
    folder
}

/// Group `group`'s ten years as a sync file, and the fingerprint of the laptop that recorded
/// them (each group its own laptop), which an import must be told to trust.
pub fn ten_years_file(group: u128) -> (PathBuf, String) {
    let path = folder().join(format!("group-{group}-ten-years.gavel"));
    let fingerprint_path = path.with_extension("fingerprint");
    if let (true, true, Ok(fingerprint)) = (
        path.exists(),
        next_meeting_file(group).exists(),
        std::fs::read_to_string(&fingerprint_path),
    ) {
        return (path, fingerprint);
    }
    eprintln!("making {} (once) …", path.display());
    // The groups meet over the same ten years, so that their events (and the ids made from
    // their clocks, event::derive_id) interleave in the log as a secretariat's do: each laptop's
    // clock starts on 1 January 2016 and moves about 20 minutes each time it is read (about
    // twice an event): nine years in 126,000 events. A later group's clock moves 5 s more a
    // reading, so that its years end some weeks after the group before: group 0's next meeting
    // falls among the other groups' last.
    let step_millis = 1_200_000 + group as u64 * 5_000;
    let clock =
        SteppingClock::starting_at_millis(TEN_YEARS_START_MILLIS + group as u64, step_millis);
    let options = StoreOptions::new("Sekretariatet")
        .with_device_id(Uuid::from_u128(0xD0 + group))
        .with_clock(std::sync::Arc::new(clock));
    let mut store = Store::open_in_memory(options).expect("store");
    set_up_group(&mut store, group);
    for number in 0..MEETINGS_IN_TEN_YEARS {
        record_meeting(&mut store, group, number);
    }
    let file = store.export_sync(None).expect("export");
    let card = file.devices.first().expect("the exporting laptop's card");
    let fingerprint = DevicePublicKey::from_hex(&card.public_key)
        .expect("a key")
        .fingerprint();
    // Written under a temporary name first, so that an interrupted run leaves no half file.
    let partial = path.with_extension("partial");
    std::fs::write(&partial, serde_json::to_vec(&file).expect("bytes")).expect("write");
    std::fs::rename(&partial, &path).expect("rename");
    // The group's next meeting, alone (with the group's and the backlog's streams, as a laptop
    // sends the secretariat its latest meeting): the month-to-month case.
    record_meeting(&mut store, group, MEETINGS_IN_TEN_YEARS);
    let next = store
        .export_sync(Some(&[meeting_id(group, MEETINGS_IN_TEN_YEARS)]))
        .expect("export");
    std::fs::write(&partial, serde_json::to_vec(&next).expect("bytes")).expect("write");
    std::fs::rename(&partial, next_meeting_file(group)).expect("rename");
    std::fs::write(&fingerprint_path, &fingerprint).expect("fingerprint");
    (path, fingerprint)
}

/// Group `group`'s next meeting after its ten years, as a sync file from the same laptop (made
/// with [`ten_years_file`]).
pub fn next_meeting_file(group: u128) -> PathBuf {
    folder().join(format!("group-{group}-next-meeting.gavel"))
}

/// Imports `files` (each with the fingerprint to trust) into `store` in one
/// `Store::import_sync_files`, as `gavel sync import` takes several: each file read and checked
/// while the one before it is added. Returns the number of events each added.
pub fn import_files(store: &mut Store, files: &[(PathBuf, String)]) -> Vec<u32> {
    let opened: Vec<std::fs::File> = files
        .iter()
        .map(|(file, _)| std::fs::File::open(file).expect("open"))
        .collect();
    let names: Vec<String> = files
        .iter()
        .map(|(file, _)| file.display().to_string())
        .collect();
    let sources: Vec<(&str, gavel_core::sync::SyncSource<'_>)> = names
        .iter()
        .zip(&opened)
        .map(|(name, file)| (name.as_str(), gavel_core::sync::SyncSource::File(file)))
        .collect();
    let fingerprints: Vec<String> = files.iter().map(|(_, print)| print.clone()).collect();
    store
        .import_sync_files(&sources, false, None, &fingerprints)
        .into_iter()
        .map(|report| report.expect("import").events_added)
        .collect()
}

/// Imports `file` into `store` through the streaming reader, as the CLI does, trusting
/// `fingerprint`; returns the number of events added.
pub fn import_file(store: &mut Store, file: &Path, fingerprint: &str) -> u32 {
    let opened = std::fs::File::open(file).expect("open");
    store
        .import_sync_from(
            &file.display().to_string(),
            gavel_core::sync::SyncSource::File(&opened),
            false,
            None,
            &[fingerprint.to_owned()],
        )
        .expect("import")
        .events_added
}
