//! Who wrote a sync file (issue 15, item 2): every laptop signs the heads of its chains with its
//! own key; a laptop seen for the first time is taken only when the chair accepts its fingerprint
//! (trust on first use), and from then on only with that key. The attacks: a forger posing as a
//! known laptop or as this one, a signature that does not hold or sits on the wrong event, chains
//! with no signature. A refused file changes nothing, in the import and in its dry run.

use std::path::{Path, PathBuf};

use gavel_core::sync::{DeviceCard, DeviceKey, DeviceTrust, SyncFile, SyncImportReport};
use gavel_core::{Command, Store, StoreOptions};
use uuid::Uuid;

use crate::support::{dump_read_tables, event_count, gavel, stderr, stdout};

struct Laptop {
    store: Store,
    path: PathBuf,
}

impl Laptop {
    fn new(folder: &Path, name: &str) -> Laptop {
        let path = folder.join(format!("{name}.sqlite3"));
        let store = Store::open(&path, StoreOptions::new(name)).expect("the database opens");
        Laptop { store, path }
    }

    /// The chair's laptop, with the demo's groups and meetings.
    fn with_the_demo(folder: &Path) -> Laptop {
        let mut laptop = Laptop::new(folder, "chair");
        gavel_core::demo::load(&mut laptop.store).expect("the demo loads");
        laptop
    }

    fn export(&self) -> SyncFile {
        self.store.export_sync(None).expect("exports")
    }

    fn fingerprint(&self) -> String {
        self.store.this_device().expect("device").fingerprint
    }

    fn import(&mut self, file: &SyncFile, trusted: &[String]) -> SyncImportReport {
        let bytes = serde_json::to_vec(file).expect("serialises");
        self.store
            .import_sync("other.gavel", &bytes, false, None, trusted)
            .expect("the file is imported")
    }

    fn preview(&mut self, file: &SyncFile, trusted: &[String]) -> SyncImportReport {
        let bytes = serde_json::to_vec(file).expect("serialises");
        self.store
            .import_sync("other.gavel", &bytes, true, None, trusted)
            .expect("the file is previewed")
    }

    /// Expects `file` refused whole, in the dry run and for real, with nothing changed.
    fn refuses(&mut self, file: &SyncFile, trusted: &[String]) -> String {
        let bytes = serde_json::to_vec(file).expect("serialises");
        let before = (dump_read_tables(&self.path), event_count(&self.path));
        let dry_run = self
            .store
            .import_sync("forged.gavel", &bytes, true, None, trusted)
            .expect_err("the preview refuses the file");
        let error = self
            .store
            .import_sync("forged.gavel", &bytes, false, None, trusted)
            .expect_err("the import refuses the file");
        assert_eq!(dry_run.to_string(), error.to_string());
        assert_eq!(
            (dump_read_tables(&self.path), event_count(&self.path)),
            before,
            "a refused file changed the database"
        );
        assert_eq!(error.kind(), gavel_core::ErrorKind::BadInput);
        error.to_string()
    }
}

/// A change on the chair's laptop: a new meeting of the demo's group, so that her next file has
/// something new.
fn new_meeting(laptop: &mut Laptop, title: &str) {
    let group_id = laptop.store.groups().expect("groups")[0].id;
    laptop
        .store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: title.into(),
            starts_at: chrono::NaiveDate::from_ymd_opt(2027, 1, 14)
                .and_then(|day| day.and_hms_opt(13, 0, 0))
                .expect("a time"),
            location: None,
        })
        .expect("the meeting is created");
}

/// `file` as a forger with her own key makes it: she claims to be `device`, gives that device her
/// key on its card, and signs its chains' heads with it.
fn posing_as(file: &SyncFile, device: Uuid) -> (SyncFile, String) {
    let forger = DeviceKey::generate();
    let mut file = file.clone();
    file.devices.retain(|card| card.id != device);
    file.devices.push(DeviceCard {
        id: device,
        name: "Mettes bærbare".into(),
        public_key: forger.public().to_hex(),
    });
    for event in file
        .events
        .iter_mut()
        .filter(|event| event.device == device)
    {
        if event.device_signature.is_some() {
            event.device_signature = Some(forger.sign_chain_head(&event.hash));
        }
    }
    (file, forger.public().fingerprint())
}

#[test]
fn a_new_laptop_is_taken_only_after_the_chair_accepts_its_fingerprint() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut chair = Laptop::with_the_demo(folder.path());
    let mut secretary = Laptop::new(folder.path(), "secretary");
    let file = chair.export();
    let chair_device = chair.store.device_id();

    // Not accepted: the preview and the import name the laptop, and take none of its events.
    let preview = secretary.preview(&file, &[]);
    let [device] = preview.devices.as_slice() else {
        panic!("one device: {:?}", preview.devices)
    };
    assert_eq!(device.id, chair_device);
    assert_eq!(device.trust, DeviceTrust::NotAccepted);
    assert_eq!(
        device.fingerprint.as_deref(),
        Some(chair.fingerprint().as_str())
    );
    assert_eq!(device.events_not_taken, preview.events_in_file);
    assert_eq!(preview.events_added, 0);
    let untrusted = secretary.import(&file, &[]);
    assert_eq!(untrusted.events_added, 0);
    assert_eq!(untrusted.events_not_taken, untrusted.events_in_file);
    assert_eq!(event_count(&secretary.path), 0);
    assert!(secretary.store.known_devices().expect("lists").is_empty());

    // Accepted, typed as people type it (lower case, no spaces): taken whole, and remembered.
    let typed = chair.fingerprint().replace(' ', "").to_lowercase();
    let accepted = secretary.import(&file, &[typed]);
    assert_eq!(accepted.devices[0].trust, DeviceTrust::AcceptedNow);
    assert_eq!(accepted.events_added, accepted.events_in_file);
    assert_eq!(accepted.events_not_taken, 0);
    let known = secretary.store.known_devices().expect("lists");
    assert_eq!(known.len(), 1);
    assert_eq!(known[0].id, chair_device);
    assert_eq!(known[0].fingerprint, chair.fingerprint());
    assert_eq!(known[0].trusted_by, "secretary");

    // Known from then on: the chair's next file needs no acceptance.
    new_meeting(&mut chair, "Styregruppemøde januar 2027");
    let next = secretary.import(&chair.export(), &[]);
    assert_eq!(
        next.devices[0].trust,
        DeviceTrust::Known {
            trusted_by: "secretary".into()
        }
    );
    assert!(next.events_added > 0);
    assert_eq!(next.events_not_taken, 0);
}

#[test]
fn a_known_laptop_that_comes_with_another_key_is_refused_naming_both_fingerprints() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut chair = Laptop::with_the_demo(folder.path());
    let mut secretary = Laptop::new(folder.path(), "secretary");
    secretary.import(&chair.export(), &[chair.fingerprint()]);
    new_meeting(&mut chair, "Styregruppemøde januar 2027");

    let (forged, forgers_fingerprint) = posing_as(&chair.export(), chair.store.device_id());
    // Even a chair who would accept the forger's fingerprint cannot take it: the key changed.
    let message = secretary.refuses(&forged, std::slice::from_ref(&forgers_fingerprint));

    assert!(
        message.contains("comes with another key than the one you accepted"),
        "{message}"
    );
    assert!(message.contains(&chair.fingerprint()), "{message}");
    assert!(message.contains(&forgers_fingerprint), "{message}");
}

#[test]
fn a_file_that_gives_this_laptops_events_another_key_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut chair = Laptop::with_the_demo(folder.path());
    let (forged, forgers_fingerprint) = posing_as(&chair.export(), chair.store.device_id());

    let message = chair.refuses(&forged, &[forgers_fingerprint]);

    assert!(
        message.contains("the file claims events come from this computer, but with another key"),
        "{message}"
    );
}

#[test]
fn a_signature_that_does_not_hold_or_sits_on_the_wrong_event_refuses_the_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let chair = Laptop::with_the_demo(folder.path());
    let mut secretary = Laptop::new(folder.path(), "secretary");
    let trusted = [chair.fingerprint()];
    let file = chair.export();
    let head = file
        .events
        .iter()
        .position(|event| event.device_signature.is_some())
        .expect("a signed head");

    // One character of the signature changed.
    let mut flipped = file.clone();
    let signature = flipped.events[head]
        .device_signature
        .as_mut()
        .expect("signed");
    let last = if signature.ends_with('0') { "1" } else { "0" };
    signature.replace_range(signature.len() - 1.., last);
    let message = secretary.refuses(&flipped, &trusted);
    assert!(
        message.contains(&format!(
            "events[id={}].device_signature",
            file.events[head].id
        )) && message.contains("does not hold with the key of device"),
        "{message}"
    );

    // The head's signature moved to the event before it.
    let mut moved = file.clone();
    let taken = moved.events[head].device_signature.take();
    moved.events[head - 1].device_signature = taken;
    let message = secretary.refuses(&moved, &trusted);
    assert!(
        message.contains("only the last event of a chain carries its device's signature"),
        "{message}"
    );

    // A card whose key is not a key.
    let mut bad_card = file.clone();
    bad_card.devices[0].public_key = "00".repeat(31);
    let message = secretary.refuses(&bad_card, &trusted);
    assert!(
        message.contains("devices[0].public_key")
            && message.contains("is not an Ed25519 public key"),
        "{message}"
    );
}

#[test]
fn chains_without_their_laptops_signature_are_not_taken() {
    let folder = tempfile::tempdir().expect("temp dir");
    let chair = Laptop::with_the_demo(folder.path());
    let mut secretary = Laptop::new(folder.path(), "secretary");
    // As a Gavel from before device keys wrote it, or someone who stripped the signatures.
    let mut unsigned = chair.export();
    unsigned.devices.clear();
    for event in &mut unsigned.events {
        event.device_signature = None;
    }

    let report = secretary.import(&unsigned, &[chair.fingerprint()]);

    assert_eq!(report.devices[0].trust, DeviceTrust::Unsigned);
    assert_eq!(report.devices[0].fingerprint, None);
    assert_eq!(report.events_added, 0);
    assert_eq!(report.events_not_taken, report.events_in_file);
    assert_eq!(event_count(&secretary.path), 0);
}

#[test]
fn a_laptop_passes_on_another_laptops_chains_with_that_laptops_signature() {
    let folder = tempfile::tempdir().expect("temp dir");
    let chair = Laptop::with_the_demo(folder.path());
    let mut secretary = Laptop::new(folder.path(), "secretary");
    let mut member = Laptop::new(folder.path(), "member");
    secretary.import(&chair.export(), &[chair.fingerprint()]);
    new_meeting(&mut secretary, "Styregruppemøde januar 2027");
    let from_secretary = secretary.export();

    // Trusting only the secretary does not bring the chair's events, and the secretary's meeting
    // is in the chair's group: refused, saying which computer was left out.
    let message = member.refuses(&from_secretary, &[secretary.fingerprint()]);
    assert!(
        message.contains("does not exist; the file is refused")
            && message
                .contains("The file also holds events of computers this database does not trust")
            && message.contains(&chair.fingerprint()),
        "{message}"
    );
    // Trusting only the chair: the chair's events are taken, the secretary's are not.
    let only_the_chair = member.preview(&from_secretary, &[chair.fingerprint()]);
    let secretarys = only_the_chair
        .devices
        .iter()
        .find(|device| device.id == secretary.store.device_id())
        .expect("the secretary's laptop is in the file");
    assert_eq!(secretarys.trust, DeviceTrust::NotAccepted);
    assert_eq!(
        secretarys.fingerprint.as_deref(),
        Some(secretary.fingerprint().as_str())
    );
    assert!(secretarys.events_not_taken > 0);
    assert_eq!(only_the_chair.events_not_taken, secretarys.events_not_taken);

    // Trusting both: every event, the chair's under her own signature, passed on.
    let both = member.import(
        &from_secretary,
        &[secretary.fingerprint(), chair.fingerprint()],
    );
    assert_eq!(both.events_not_taken, 0);
    assert_eq!(both.events_added, both.events_in_file);
    assert!(
        both.devices
            .iter()
            .all(|device| device.trust == DeviceTrust::AcceptedNow)
    );
}

#[test]
fn the_cli_shows_this_laptops_fingerprint_and_takes_a_new_laptop_only_when_told() {
    let folder = tempfile::tempdir().expect("temp dir");
    let chair = folder.path().join("chair.sqlite3");
    let secretary = folder.path().join("secretary.sqlite3");
    assert!(gavel(&chair, &["demo"], "").status.success());
    let file = folder.path().join("chair.gavel");
    let file_text = file.to_str().expect("utf-8");
    assert!(
        gavel(&chair, &["sync", "export", "--all", "--out", file_text], "")
            .status
            .success()
    );
    let devices = gavel(&chair, &["sync", "devices", "--json"], "");
    assert!(devices.status.success(), "{}", stderr(&devices));
    let devices: serde_json::Value = serde_json::from_str(&stdout(&devices)).expect("JSON");
    let fingerprint = devices["this_device"]["fingerprint"]
        .as_str()
        .expect("a fingerprint")
        .to_owned();
    let shown = stdout(&gavel(&chair, &["sync", "devices"], ""));
    assert!(
        shown.contains(&format!("key fingerprint {fingerprint}")),
        "{shown}"
    );

    let untrusted = gavel(&secretary, &["sync", "import", file_text], "");
    assert!(untrusted.status.success(), "{}", stderr(&untrusted));
    let said = stdout(&untrusted);
    assert!(
        said.contains(&format!("key fingerprint {fingerprint}: NEW, NOT TRUSTED"))
            && said.contains(&format!("--trust-device \"{fingerprint}\"")),
        "{said}"
    );
    assert_eq!(event_count(&secretary), 0);

    let trusted = gavel(
        &secretary,
        &["sync", "import", file_text, "--trust-device", &fingerprint],
        "",
    );
    assert!(trusted.status.success(), "{}", stderr(&trusted));
    assert!(stdout(&trusted).contains("new, trusted with this import"));
    assert!(event_count(&secretary) > 0);
    let listed = stdout(&gavel(&secretary, &["sync", "devices"], ""));
    assert!(
        listed.contains("trusted: ") && listed.contains(&fingerprint),
        "{listed}"
    );
}
