// The certificate the chair unlocked for a meeting, as the Rust side holds it
// (src-tauri/src/unlocked_certificate.rs). One state that the live screen's panel, the minutes'
// signing form and the sync export all read, so that unlocking or locking in one place shows in
// the others at once. It holds no secret: the key stays on the Rust side.

import { lockCertificate, unlockCertificate, unlockedCertificate, type UnlockedCertificateView } from "./api";

export const unlocked = $state<{ current: UnlockedCertificateView | null }>({ current: null });

/** Asks the Rust side again: after a signing, which may have made it forget the key. */
export async function refreshUnlocked(): Promise<void> {
  try {
    unlocked.current = await unlockedCertificate();
  } catch {
    // Without an answer, the forms ask for the password, which always works.
    unlocked.current = null;
  }
}

/** Unlocks the settings' certificate for `meetingId`; rejects with the app's error (a wrong password). */
export async function unlockFor(meetingId: string, password: string): Promise<void> {
  unlocked.current = await unlockCertificate(meetingId, password);
}

/** Forgets the key now. */
export async function lockNow(): Promise<void> {
  await lockCertificate();
  unlocked.current = null;
}
