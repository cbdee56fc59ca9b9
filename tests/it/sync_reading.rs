//! Sync files are read as a stream (issue 17, item 5): an import never holds the file or all its
//! events in memory. What the streaming reader must still refuse, whole, naming the file and what
//! is wrong, with nothing changed — a file that ends early, an event after a bad one, one huge
//! string — and the version 1 files it must still read. Each file goes through the CLI's path (an
//! open file, `SyncSource::File`) in a dry run and for real.

use std::path::{Path, PathBuf};

use gavel_core::sync::{DeviceTrust, SyncFile, SyncImportReport, SyncSource};
use gavel_core::{Error, ErrorKind, Store, StoreOptions};

use crate::support::{dump_read_tables, event_count};

/// The chair's laptop with the demo, and a second laptop that has taken her first file, so that
/// a refused file has something to leave unchanged.
struct TwoLaptops {
    _folder: tempfile::TempDir,
    chair: Store,
    secretary: Store,
    secretary_path: PathBuf,
    chair_fingerprint: String,
}

impl TwoLaptops {
    fn new() -> TwoLaptops {
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut chair = Store::open(
            &folder.path().join("chair.sqlite3"),
            StoreOptions::new("Mette"),
        )
        .expect("opens");
        gavel_core::demo::load(&mut chair).expect("the demo loads");
        let secretary_path = folder.path().join("secretary.sqlite3");
        let secretary = Store::open(&secretary_path, StoreOptions::new("Rasmus")).expect("opens");
        let chair_fingerprint = chair.this_device().expect("device").fingerprint;
        TwoLaptops {
            _folder: folder,
            chair,
            secretary,
            secretary_path,
            chair_fingerprint,
        }
    }

    fn file_path(&self, name: &str) -> PathBuf {
        self._folder.path().join(name)
    }

    /// Imports the file at `path` on the secretary's laptop as the CLI does, trusting the chair.
    fn import(&mut self, path: &Path, dry_run: bool) -> Result<SyncImportReport, Error> {
        let opened = std::fs::File::open(path).expect("the file opens");
        self.secretary.import_sync_from(
            &path.display().to_string(),
            SyncSource::File(&opened),
            dry_run,
            None,
            std::slice::from_ref(&self.chair_fingerprint),
        )
    }

    /// Expects the file at `path` refused whole, in the dry run and for real, with nothing
    /// changed on the secretary's laptop; returns the error.
    fn refuses(&mut self, path: &Path) -> Error {
        let before = (
            dump_read_tables(&self.secretary_path),
            event_count(&self.secretary_path),
        );
        let dry_run = self.import(path, true).expect_err("the preview refuses it");
        let error = self.import(path, false).expect_err("the import refuses it");
        assert_eq!(dry_run.to_string(), error.to_string());
        assert_eq!(error.kind(), ErrorKind::BadInput);
        assert_eq!(
            (
                dump_read_tables(&self.secretary_path),
                event_count(&self.secretary_path)
            ),
            before,
            "a refused file changed the database"
        );
        // The same bytes from memory (the app's path) are refused the same way.
        let bytes = std::fs::read(path).expect("reads");
        let from_memory = self
            .secretary
            .import_sync(
                &path.display().to_string(),
                &bytes,
                false,
                None,
                std::slice::from_ref(&self.chair_fingerprint),
            )
            .expect_err("refused from memory too");
        assert_eq!(from_memory.to_string(), error.to_string());
        error
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.file_path(name);
        std::fs::write(&path, bytes).expect("writes");
        path
    }
}

fn json(file: &SyncFile) -> Vec<u8> {
    serde_json::to_vec_pretty(file).expect("serialises")
}

/// The secretary first takes a file of the chair's, so that her database is not empty.
fn with_a_first_import() -> TwoLaptops {
    let mut laptops = TwoLaptops::new();
    let first = laptops.write(
        "first.gavel",
        &json(&laptops.chair.export_sync(None).expect("exports")),
    );
    let report = laptops.import(&first, false).expect("imports");
    assert!(report.events_added > 0);
    laptops
        .chair
        .apply(gavel_core::Command::CreateMeeting {
            id: None,
            group_id: laptops.chair.groups().expect("groups")[0].id,
            title: "Ekstraordinært møde".into(),
            starts_at: "2026-12-17T13:00:00".parse().expect("date"),
            location: None,
        })
        .expect("a new meeting");
    laptops
}

#[test]
fn a_sync_file_that_ends_early_is_refused_as_truncated_and_changes_nothing() {
    let mut laptops = with_a_first_import();
    let bytes = json(&laptops.chair.export_sync(None).expect("exports"));
    // Cut in the middle of the events, and just before the closing brace.
    for (name, length) in [
        ("half.gavel", bytes.len() / 2),
        ("almost.gavel", bytes.len() - 2),
    ] {
        let path = laptops.write(name, &bytes[..length]);
        let error = laptops.refuses(&path);
        let text = error.to_string();
        assert!(text.starts_with(&path.display().to_string()), "{text}");
        assert!(
            text.ends_with("the file ends too early: it is truncated"),
            "{text}"
        );
        let danish = error.text().da;
        assert!(
            danish.ends_with("filen slutter for tidligt: den er afkortet."),
            "{danish}"
        );
    }
}

#[test]
fn an_edited_event_is_refused_even_when_good_events_follow_it() {
    let mut laptops = with_a_first_import();
    let mut file = laptops.chair.export_sync(None).expect("exports");
    // An event early in the file, followed by hundreds of intact ones.
    let edited = 3;
    assert!(file.events.len() > edited + 100);
    file.events[edited].author = "Nogen anden".into();
    let id = file.events[edited].id;
    let path = laptops.write("edited.gavel", &json(&file));
    let error = laptops.refuses(&path);
    assert_eq!(
        error.to_string(),
        format!(
            "{}, field \"events[id={id}]\": the event's hash does not match its content: the file was edited",
            path.display()
        )
    );
    assert!(
        error
            .text()
            .da
            .ends_with("hændelsens hash passer ikke til dens indhold: filen er blevet redigeret."),
        "{}",
        error.text().da
    );

    // A gap: an event left out of its chain, the events after it intact.
    let mut file = laptops.chair.export_sync(None).expect("exports");
    let removed = file.events.remove(edited);
    let next = &file.events[edited];
    assert_eq!((next.stream, next.device), (removed.stream, removed.device));
    let path = laptops.write("gap.gavel", &json(&file));
    let error = laptops.refuses(&path);
    assert!(
        error.to_string().contains(&format!(
            "field \"events[id={}]\": event number {} of device",
            next.id, removed.device_seq
        )),
        "{error}"
    );
}

#[test]
fn a_huge_string_is_refused_before_it_is_read_whole() {
    let mut laptops = with_a_first_import();
    let mut file = laptops.chair.export_sync(None).expect("exports");
    let limit = usize::try_from(gavel_core::sync::MAX_SYNC_EVENT_BYTES).expect("fits");
    let number = file.events.len() / 2;
    file.events[number - 1].author = "x".repeat(limit + 1024 * 1024);
    let path = laptops.write("huge.gavel", &serde_json::to_vec(&file).expect("json"));
    let error = laptops.refuses(&path);
    assert_eq!(
        error.to_string(),
        format!(
            "{}, field \"events[{number}]\": event {number} in the file is larger than 16 MB; Gavel never writes an event that large: the file was made by hand or damaged; the file is refused and nothing was changed",
            path.display()
        )
    );
    assert!(
        error.text().da.contains(&format!(
            "hændelse nr. {number} i filen fylder mere end 16 MB"
        )),
        "{}",
        error.text().da
    );

    // Outside the events too: a computer's name on its card.
    let mut file = laptops.chair.export_sync(None).expect("exports");
    file.devices[0].name = "x".repeat(limit + 1024 * 1024);
    let path = laptops.write("huge-card.gavel", &serde_json::to_vec(&file).expect("json"));
    let error = laptops.refuses(&path);
    assert!(
        error
            .to_string()
            .contains("the file's fields besides \"events\" are larger than 16 MB"),
        "{error}"
    );
}

/// A file as a Gavel before device keys wrote it: format version 1, no cards, no signatures.
fn as_version_1(mut file: SyncFile) -> SyncFile {
    file.version = 1;
    file.devices.clear();
    for event in &mut file.events {
        event.device_signature = None;
    }
    file
}

#[test]
fn a_version_1_file_is_still_read_and_a_damaged_one_refused() {
    let mut laptops = with_a_first_import();
    let before = event_count(&laptops.secretary_path);
    let file = as_version_1(laptops.chair.export_sync(None).expect("exports"));
    let events = file.events.len();
    let bytes = json(&file);
    let path = laptops.write("old.gavel", &bytes);
    // Read whole; its chains carry no laptop's signature, so none is taken (docs/SECURITY.md),
    // and the report says whose they are and how many were left out.
    let report = laptops
        .import(&path, false)
        .expect("a version 1 file is read");
    assert_eq!(report.events_in_file as usize, events);
    assert_eq!(report.events_added, 0);
    assert_eq!(
        report.events_already_present + report.events_not_taken,
        report.events_in_file
    );
    assert!(report.events_not_taken > 0, "the new meeting is not taken");
    assert!(
        report
            .devices
            .iter()
            .all(|device| device.trust == DeviceTrust::Unsigned)
    );
    assert_eq!(event_count(&laptops.secretary_path), before);

    let path = laptops.write("old-truncated.gavel", &bytes[..bytes.len() * 2 / 3]);
    let error = laptops.refuses(&path);
    assert!(
        error
            .to_string()
            .ends_with("the file ends too early: it is truncated"),
        "{error}"
    );
}

#[test]
fn a_streamed_import_takes_exactly_what_an_import_from_memory_takes() {
    let mut laptops = with_a_first_import();
    let bytes = json(&laptops.chair.export_sync(None).expect("exports"));
    let path = laptops.write("second.gavel", &bytes);
    let preview = laptops.import(&path, true).expect("previews");
    let streamed = laptops.import(&path, false).expect("imports");
    assert_eq!(preview.events_added, streamed.events_added);
    assert!(streamed.events_added > 0);
    assert_eq!(streamed.meetings_added, vec!["Ekstraordinært møde"]);
    let again = laptops.import(&path, false).expect("imports again");
    assert_eq!(again.events_added, 0);
    assert_eq!(again.events_already_present, again.events_in_file);
    assert_eq!(
        laptops.secretary.verify_log().expect("verifies").streams,
        laptops.chair.verify_log().expect("verifies").streams
    );
}
