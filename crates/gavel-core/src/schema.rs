//! The database schema in one place. The version lives in `PRAGMA user_version`; `upgrade` brings
//! an older database up to [`VERSION`] in the caller's transaction, and a database from a newer
//! Gavel is refused rather than guessed at.

use rusqlite::Transaction;

/// The schema version this program writes.
pub const VERSION: i64 = 1;

/// Brings the database from `from_version` to [`VERSION`], one step at a time. Every step runs in
/// the caller's transaction, so an interrupted upgrade leaves the old database untouched.
pub fn upgrade(tx: &Transaction<'_>, from_version: i64) -> rusqlite::Result<()> {
    let mut version = from_version;
    while version < VERSION {
        match version {
            0 => tx.execute_batch(V1)?,
            _ => unreachable!("every version below VERSION has an upgrade step"),
        }
        version += 1;
    }
    tx.pragma_update(None, "user_version", VERSION)
}

/// Names of the read tables, children before parents: the order in which [`crate::Store::rebuild`]
/// empties them. Everything in them is a fold of the `event` table.
pub const PROJECTION_TABLES: &[&str] = &[
    "agenda_item",
    "meeting",
    "member",
    "organisation",
    "steering_group",
    "backlog_item",
];

const V1: &str = "
-- This device's identity, set once when the database is created. Not part of the log.
CREATE TABLE local_device (
    id BLOB NOT NULL PRIMARY KEY
) STRICT;

-- The decision log. Append-only: nothing in Gavel updates or deletes a row here.
CREATE TABLE event (
    id          BLOB    NOT NULL PRIMARY KEY,
    stream      BLOB    NOT NULL,
    stream_kind TEXT    NOT NULL CHECK (stream_kind IN ('group', 'meeting', 'backlog')),
    device      BLOB    NOT NULL,
    device_seq  INTEGER NOT NULL CHECK (device_seq >= 1),
    hlc         INTEGER NOT NULL,
    author      TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    UNIQUE (stream, device, device_seq)
) STRICT;
CREATE INDEX event_log_order ON event (hlc, device, id);

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;

-- Read tables: a deterministic fold of the log, rebuilt by Store::rebuild.
CREATE TABLE steering_group (
    id   BLOB NOT NULL PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE organisation (
    id       BLOB NOT NULL PRIMARY KEY,
    group_id BLOB NOT NULL REFERENCES steering_group (id),
    name     TEXT NOT NULL
) STRICT;

CREATE TABLE member (
    id              BLOB    NOT NULL PRIMARY KEY,
    group_id        BLOB    NOT NULL REFERENCES steering_group (id),
    organisation_id BLOB    REFERENCES organisation (id),
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    voting_right    INTEGER NOT NULL,
    vote_weight     INTEGER NOT NULL
) STRICT;

CREATE TABLE backlog_item (
    key          TEXT    NOT NULL PRIMARY KEY,
    title        TEXT    NOT NULL,
    status       TEXT,
    priority     TEXT,
    rank         TEXT,
    story_points REAL,
    labels       TEXT    NOT NULL, -- JSON array of strings
    first_seen   INTEGER NOT NULL  -- arrival order; orders unranked items as their file did
) STRICT;
-- New items take MAX(first_seen) + 1: the index keeps that a lookup, not a scan, during rebuild.
CREATE INDEX backlog_item_by_arrival ON backlog_item (first_seen);

CREATE TABLE meeting (
    id        BLOB NOT NULL PRIMARY KEY,
    group_id  BLOB NOT NULL REFERENCES steering_group (id),
    title     TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    location  TEXT
) STRICT;

CREATE TABLE agenda_item (
    id          BLOB    NOT NULL PRIMARY KEY,
    meeting_id  BLOB    NOT NULL REFERENCES meeting (id),
    position    INTEGER NOT NULL,
    title       TEXT,
    backlog_key TEXT
) STRICT;
CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, position);
";
