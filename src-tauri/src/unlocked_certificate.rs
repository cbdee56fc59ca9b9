//! The chair's signing certificate, unlocked once for one meeting (issue 17, item 6).
//!
//! Gavel's own `.p12` files protect the key with 600,000 PBKDF2 rounds, so opening one costs a
//! noticeable pause. A chair who signs a sync file during the meeting and the minutes after it
//! types the password once: [`UnlockedCertificateSlot::unlock`] opens the settings' `.p12` and
//! keeps the parsed [`SigningIdentity`] in memory, tied to one meeting. It is forgotten — dropped,
//! and with it the private key wiped — when that meeting's minutes are signed, when the chair
//! locks it, when the settings name another certificate, when another meeting is unlocked, and
//! when the app closes.
//!
//! What is wiped: the private key. `SigningIdentity` holds it as the `rsa` crate's
//! `pkcs1v15::SigningKey` (its `RsaPrivateKey` zeroizes the private exponent, the primes and the
//! precomputed CRT values on drop) or as `p256::ecdsa::SigningKey` (zeroizes its secret scalar on
//! drop); both implement `ZeroizeOnDrop`, which `tests.rs` checks at compile time. The password
//! and the `.p12`'s bytes are `Zeroizing` in the commands and never reach this module's state.
//!
//! What is not: the certificates (public), and copies made outside our types — the decrypted
//! PKCS#8 buffer inside `p12_keystore` while the file is parsed (freed unwiped, once per unlock
//! rather than once per signature), temporaries of the RSA and ECDSA arithmetic, a P-256 scalar's
//! bytes left on the stack by a move before the identity reaches the heap here, and whatever the
//! operating system swapped out. docs/SECURITY.md says the same for the chair.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use gavel_minutes::certificate::SigningIdentity;
use serde::Serialize;
use uuid::Uuid;

/// Holds at most one unlocked certificate. Managed inside [`crate::state::AppState`].
#[derive(Default)]
pub struct UnlockedCertificateSlot {
    // An `Arc`, so that a signing in progress keeps its key until it ends while the slot is
    // emptied at once; the key is wiped when the last holder drops it. Signing never holds this
    // lock, so it is never taken while the store's lock is held or the other way round.
    held: Mutex<Option<Arc<UnlockedCertificate>>>,
}

/// The settings' certificate, opened, for one meeting.
pub struct UnlockedCertificate {
    pub meeting_id: Uuid,
    /// The `.p12` it was opened from: the settings' certificate at the time of unlocking.
    pub certificate_path: PathBuf,
    pub identity: SigningIdentity,
}

/// What the UI may know of the unlocked certificate: no key, no password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct UnlockedCertificateView {
    pub meeting_id: Uuid,
    /// The certificate's common name, e.g. "Mette Kjærgaard Holm".
    pub subject: String,
    pub organisation: Option<String>,
    pub certificate_path: String,
}

/// The key one signature is made with: opened from the `.p12` for it alone (dropped, and wiped,
/// when the command ends), or the one held for the meeting.
pub enum KeyToSignWith {
    // Boxed: an identity with its certificates is far larger than the `Arc` of a held one.
    Opened(Box<SigningIdentity>),
    Held(Arc<UnlockedCertificate>),
}

impl std::ops::Deref for KeyToSignWith {
    type Target = SigningIdentity;

    fn deref(&self) -> &SigningIdentity {
        match self {
            KeyToSignWith::Opened(identity) => identity,
            KeyToSignWith::Held(unlocked) => &unlocked.identity,
        }
    }
}

impl UnlockedCertificateSlot {
    /// Holds `identity`, opened from `certificate_path`, for `meeting_id`, in place of whatever
    /// was held (whose key is wiped). The caller opens the `.p12` first, so that a wrong password
    /// changes nothing here.
    pub fn hold(
        &self,
        meeting_id: Uuid,
        certificate_path: &Path,
        identity: SigningIdentity,
    ) -> UnlockedCertificateView {
        let unlocked = Arc::new(UnlockedCertificate {
            meeting_id,
            certificate_path: certificate_path.to_owned(),
            identity,
        });
        let view = unlocked.view();
        let replaced = self.slot().replace(unlocked);
        // Dropped outside the lock: wiping an RSA key is quick, but nothing needs to wait for it.
        drop(replaced);
        view
    }

    /// Forgets the key now (the chair pressed "Lås", the settings name another certificate, the
    /// app closes). Returns whether one was held.
    pub fn lock(&self) -> bool {
        let forgotten = self.slot().take();
        forgotten.is_some()
    }

    /// Forgets the key if it was unlocked for `meeting_id`: that meeting's minutes are signed, so
    /// the reason to keep it is gone.
    pub fn forget_meeting(&self, meeting_id: Uuid) {
        let mut slot = self.slot();
        if slot
            .as_ref()
            .is_some_and(|held| held.meeting_id == meeting_id)
        {
            let forgotten = slot.take();
            drop(slot);
            drop(forgotten);
        }
    }

    /// Is a certificate unlocked, for which meeting, and which certificate.
    pub fn status(&self) -> Option<UnlockedCertificateView> {
        self.slot().as_ref().map(|held| held.view())
    }

    /// The held key, when it was unlocked for one of `meeting_ids` from `settings_certificate`
    /// (the certificate the settings name now: a key from an earlier choice never signs).
    pub fn held_for(
        &self,
        meeting_ids: &[Uuid],
        settings_certificate: &Path,
    ) -> Option<Arc<UnlockedCertificate>> {
        self.slot()
            .as_ref()
            .filter(|held| {
                meeting_ids.contains(&held.meeting_id)
                    && held.certificate_path == settings_certificate
            })
            .cloned()
    }

    fn slot(&self) -> MutexGuard<'_, Option<Arc<UnlockedCertificate>>> {
        // The slot is replaced or emptied whole, so a panic elsewhere cannot leave it torn.
        self.held.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl UnlockedCertificate {
    fn view(&self) -> UnlockedCertificateView {
        UnlockedCertificateView {
            meeting_id: self.meeting_id,
            subject: self.identity.common_name(),
            organisation: self.identity.organisation(),
            certificate_path: self.certificate_path.display().to_string(),
        }
    }
}

#[cfg(test)]
mod tests;
