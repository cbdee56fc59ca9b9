//! The slot itself: that forgetting drops the identity (whose key types wipe themselves on drop,
//! checked at compile time in gavel-minutes' certificate.rs), and which key it hands out.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::*;

const FIXTURE_PASSWORD: &str = include_str!("../../../tests/fixtures/certs/password.txt");

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/certs/rsa-openssl3.p12")
}

fn identity() -> SigningIdentity {
    gavel_minutes::certificate::load_pkcs12(&fixture(), FIXTURE_PASSWORD.trim_end())
        .expect("the fixture opens")
}

/// Holds the fixture for `meeting_id` and returns a weak reference to what is held: it fails to
/// upgrade once the identity, and with it the key, has been dropped.
fn hold(slot: &UnlockedCertificateSlot, meeting_id: Uuid) -> std::sync::Weak<UnlockedCertificate> {
    slot.hold(meeting_id, &fixture(), identity());
    let held = slot
        .held_for(&[meeting_id], &fixture())
        .expect("held for the meeting");
    Arc::downgrade(&held)
}

#[test]
fn locking_drops_the_key() {
    let slot = UnlockedCertificateSlot::default();
    let meeting = Uuid::from_u128(1);
    let held = hold(&slot, meeting);
    assert!(held.upgrade().is_some());
    assert!(slot.lock());
    assert!(held.upgrade().is_none(), "the identity is dropped");
    assert_eq!(slot.status(), None);
    assert!(!slot.lock(), "nothing left to lock");
}

#[test]
fn signing_one_meetings_minutes_drops_only_its_key() {
    let slot = UnlockedCertificateSlot::default();
    let (first, second) = (Uuid::from_u128(1), Uuid::from_u128(2));
    let held = hold(&slot, first);
    slot.forget_meeting(second);
    assert!(
        held.upgrade().is_some(),
        "another meeting's minutes keep it"
    );
    slot.forget_meeting(first);
    assert!(held.upgrade().is_none(), "its own minutes drop it");
}

#[test]
fn another_meetings_unlock_drops_the_first_key() {
    let slot = UnlockedCertificateSlot::default();
    let (first, second) = (Uuid::from_u128(1), Uuid::from_u128(2));
    let first_key = hold(&slot, first);
    let second_key = hold(&slot, second);
    assert!(first_key.upgrade().is_none());
    assert!(second_key.upgrade().is_some());
    assert_eq!(slot.status().map(|status| status.meeting_id), Some(second));
}

#[test]
fn a_signing_in_progress_keeps_its_key_until_it_ends() {
    let slot = UnlockedCertificateSlot::default();
    let meeting = Uuid::from_u128(1);
    slot.hold(meeting, &fixture(), identity());
    let in_use = slot.held_for(&[meeting], &fixture()).expect("held");
    let weak = Arc::downgrade(&in_use);
    slot.lock();
    assert_eq!(slot.status(), None, "the slot is empty at once");
    assert_eq!(in_use.identity.common_name(), "Rasmus Højgaard");
    drop(in_use);
    assert!(
        weak.upgrade().is_none(),
        "and the key goes when the signing ends"
    );
}

#[test]
fn a_key_from_another_certificate_file_is_not_handed_out() {
    let slot = UnlockedCertificateSlot::default();
    let meeting = Uuid::from_u128(1);
    slot.hold(meeting, &fixture(), identity());
    assert!(
        slot.held_for(&[meeting], Path::new("/elsewhere/new.p12"))
            .is_none()
    );
    assert!(slot.held_for(&[Uuid::from_u128(2)], &fixture()).is_none());
}
