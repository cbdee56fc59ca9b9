//! The database schema in one place. The version lives in `PRAGMA user_version`; `upgrade` brings
//! an older database up to [`VERSION`] in the caller's transaction, and a database from a newer
//! Gavel is refused rather than guessed at.

use rusqlite::Transaction;

/// The schema version this program writes.
pub const VERSION: i64 = 12;

/// Brings the database from `from_version` to [`VERSION`], one step at a time. Every step runs in
/// the caller's transaction, so an interrupted upgrade leaves the old database untouched.
pub fn upgrade(tx: &Transaction<'_>, from_version: i64) -> rusqlite::Result<()> {
    let mut version = from_version;
    while version < VERSION {
        match version {
            0 => tx.execute_batch(V1)?,
            1 => tx.execute_batch(V2)?,
            2 => tx.execute_batch(V3)?,
            3 => tx.execute_batch(V4)?,
            4 => tx.execute_batch(V5)?,
            5 => tx.execute_batch(V6)?,
            6 => tx.execute_batch(V7)?,
            7 => tx.execute_batch(V8)?,
            8 => tx.execute_batch(V9)?,
            9 => tx.execute_batch(V10)?,
            10 => tx.execute_batch(V11)?,
            11 => tx.execute_batch(V12)?,
            _ => unreachable!("every version below VERSION has an upgrade step"),
        }
        version += 1;
    }
    tx.pragma_update(None, "user_version", VERSION)
}

/// Names of the read tables, children before parents: the order in which [`crate::Store::rebuild`]
/// empties them. Everything in them is a fold of the `event` table.
pub const PROJECTION_TABLES: &[&str] = &[
    "recorded_backlog_item",
    "recorded_member",
    "minutes_amendment",
    "minutes_signature",
    "action_item",
    "decision",
    "ballot",
    "poll",
    "attendance",
    "agenda_item",
    "meeting_cancellation",
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

/// The live meeting: rules of procedure, meeting lifecycle, attendance, polls, decisions, action
/// items, the group's priority order of the backlog.
const V2: &str = "
ALTER TABLE steering_group ADD COLUMN rules TEXT; -- JSON RulesOfProcedure; NULL = the defaults

ALTER TABLE meeting ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'open', 'closed'));
ALTER TABLE meeting ADD COLUMN rules TEXT; -- JSON RulesOfProcedure, copied from the group on opening
ALTER TABLE meeting ADD COLUMN opened_at TEXT;
ALTER TABLE meeting ADD COLUMN closed_at TEXT;
ALTER TABLE meeting ADD COLUMN current_agenda_item_id BLOB;

ALTER TABLE agenda_item ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_item ADD COLUMN time_box_minutes INTEGER;

-- The group's priority order set by a decision: 1, 2, 3 … before the Jira rank order.
ALTER TABLE backlog_item ADD COLUMN group_priority INTEGER;

CREATE TABLE attendance (
    meeting_id      BLOB NOT NULL REFERENCES meeting (id),
    member_id       BLOB NOT NULL REFERENCES member (id),
    status          TEXT NOT NULL,
    arrived_at      TEXT,
    left_at         TEXT,
    proxy_holder_id BLOB REFERENCES member (id),
    PRIMARY KEY (meeting_id, member_id)
) STRICT;

CREATE TABLE poll (
    id                BLOB    NOT NULL PRIMARY KEY,
    meeting_id        BLOB    NOT NULL REFERENCES meeting (id),
    agenda_item_id    BLOB,
    number            INTEGER NOT NULL, -- 1, 2, 3 … within the meeting
    question          TEXT    NOT NULL,
    kind              TEXT    NOT NULL, -- JSON PollKind
    secret            INTEGER NOT NULL,
    majority          TEXT    NOT NULL, -- JSON Majority in force for this poll
    quorum_overridden INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
    totals            TEXT,             -- JSON Totals when counted by hand
    result            TEXT              -- JSON PollResult once closed
) STRICT;
CREATE INDEX poll_by_meeting ON poll (meeting_id, number);

-- Named polls only: secret polls never store who voted how.
CREATE TABLE ballot (
    poll_id      BLOB NOT NULL REFERENCES poll (id),
    member_id    BLOB NOT NULL REFERENCES member (id), -- whose vote it is
    cast_by_id   BLOB NOT NULL REFERENCES member (id), -- who cast it (a proxy holder, or the member)
    ballot       TEXT NOT NULL,                        -- JSON Ballot
    PRIMARY KEY (poll_id, member_id)
) STRICT;

CREATE TABLE decision (
    id              BLOB    NOT NULL PRIMARY KEY,
    meeting_id      BLOB    NOT NULL REFERENCES meeting (id),
    agenda_item_id  BLOB,
    poll_id         BLOB,
    number          INTEGER NOT NULL,
    outcome         TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    backlog_changes TEXT    NOT NULL, -- JSON list of BacklogChange
    priority_order  TEXT              -- JSON list of issue keys, when the decision re-prioritised
) STRICT;
CREATE INDEX decision_by_meeting ON decision (meeting_id, number);

CREATE TABLE action_item (
    id              BLOB    NOT NULL PRIMARY KEY,
    meeting_id      BLOB    NOT NULL REFERENCES meeting (id),
    agenda_item_id  BLOB,
    number          INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    owner_member_id BLOB,
    owner_name      TEXT,
    due_date        TEXT
) STRICT;
CREATE INDEX action_item_by_meeting ON action_item (meeting_id, number);

-- Minutes: 1 until an amendment of signed minutes starts version 2, and so on.
ALTER TABLE meeting ADD COLUMN minutes_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE minutes_signature (
    meeting_id      BLOB    NOT NULL REFERENCES meeting (id),
    version         INTEGER NOT NULL,
    number          INTEGER NOT NULL, -- 1 = the first signature of the version, then countersignatures
    fingerprint     TEXT    NOT NULL,
    document_sha256 TEXT    NOT NULL,
    signer_name     TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    signed_at       TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, version, number)
) STRICT;

CREATE TABLE minutes_amendment (
    meeting_id     BLOB    NOT NULL REFERENCES meeting (id),
    version        INTEGER NOT NULL,
    amends_version INTEGER,
    reason         TEXT    NOT NULL,
    at             TEXT    NOT NULL
) STRICT;
";

/// Gavel 0.2. Groups set up in the app: the group's kind and minutes language, members' e-mail
/// addresses and their time on the group (a retired member's seat taken by a successor). The
/// backlog: an item's parent (its epic) and Jira's vote and watcher counts.
const V3: &str = "
ALTER TABLE steering_group ADD COLUMN kind TEXT NOT NULL DEFAULT 'steering_group';
ALTER TABLE steering_group ADD COLUMN minutes_language TEXT NOT NULL DEFAULT 'da';

ALTER TABLE member ADD COLUMN email TEXT;
ALTER TABLE member ADD COLUMN joined_on TEXT;  -- first day on the group; NULL = from the start
ALTER TABLE member ADD COLUMN retired_on TEXT; -- first day no longer on the group; NULL = serving
ALTER TABLE member ADD COLUMN succeeds BLOB;   -- the retired member whose seat this one took

-- A practice database (demo data to try Gavel with) has one row here. Not part of the log: it
-- describes this file, and a sync file never carries it.
CREATE TABLE local_practice (
    marked_at TEXT NOT NULL
) STRICT;

ALTER TABLE backlog_item ADD COLUMN parent_key TEXT; -- the parent's issue key; NULL = none
ALTER TABLE backlog_item ADD COLUMN votes INTEGER;
ALTER TABLE backlog_item ADD COLUMN watchers INTEGER;
";

/// Gavel 0.3. Decisions from two laptops: which device recorded a decision, and which decisions
/// on its agenda item that laptop held then, so that decisions that did not see each other are a
/// conflict (`queries::decision_conflicts`); a resolution withdraws the others (folding skips
/// them). A ballot that replaced an earlier one for the same member (she changed her vote, or her
/// proxy holder voted for her twice) is marked, with the time of the change, for the minutes. A
/// database upgraded to this version is refolded (`Store::open`), which fills the new columns
/// from the log.
const V4: &str = "
ALTER TABLE decision ADD COLUMN recorded_on BLOB;            -- the device that recorded it
ALTER TABLE decision ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''; -- its author
ALTER TABLE decision ADD COLUMN seen_decisions TEXT NOT NULL DEFAULT '[]'; -- JSON list of ids

ALTER TABLE ballot ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0; -- 1: an earlier ballot was replaced
ALTER TABLE ballot ADD COLUMN replaced_at TEXT;                    -- when, if the event says
";

/// Gavel 0.4. The record of a closed meeting: what its minutes show of the group and the backlog,
/// as they were when it closed (`meeting_record::take`, folded from `MeetingClosed`), so that later
/// imports, renames and retirements change the group and the backlog from then on and never a
/// meeting already held. A closed meeting is read from these tables (`meeting_record::Shown`). A
/// database upgraded to this version is refolded, which takes the record of every closed meeting
/// from the log as it stood at its close. And cancelled meetings (`MeetingCancelled`): a table of
/// their own, because the meeting's status column allows only draft, open and closed, and SQLite
/// cannot widen that check in place.
const V5: &str = "
ALTER TABLE meeting ADD COLUMN recorded_group_name TEXT; -- the group's name when it closed

-- Everyone of the group when the meeting closed, as they were then.
CREATE TABLE recorded_member (
    meeting_id        BLOB    NOT NULL REFERENCES meeting (id),
    member_id         BLOB    NOT NULL,
    name              TEXT    NOT NULL,
    organisation_name TEXT,
    role              TEXT    NOT NULL,
    voting_right      INTEGER NOT NULL,
    vote_weight       INTEGER NOT NULL,
    on_roll_call      INTEGER NOT NULL, -- held a seat on the meeting's day, or had an attendance
    PRIMARY KEY (meeting_id, member_id)
) STRICT;

-- The backlog items the meeting names (its agenda, polls and decisions) as they were when it
-- closed: the columns of backlog_item.
CREATE TABLE recorded_backlog_item (
    meeting_id     BLOB    NOT NULL REFERENCES meeting (id),
    key            TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    status         TEXT,
    priority       TEXT,
    rank           TEXT,
    story_points   REAL,
    labels         TEXT    NOT NULL,
    group_priority INTEGER,
    parent_key     TEXT,
    votes          INTEGER,
    watchers       INTEGER,
    PRIMARY KEY (meeting_id, key)
) STRICT;

ALTER TABLE agenda_item ADD COLUMN case_description TEXT NOT NULL DEFAULT ''; -- sagsfremstilling
ALTER TABLE agenda_item ADD COLUMN proposed_decision TEXT NOT NULL DEFAULT ''; -- indstilling

CREATE TABLE meeting_cancellation (
    meeting_id BLOB NOT NULL PRIMARY KEY REFERENCES meeting (id),
    at         TEXT NOT NULL,
    reason     TEXT
) STRICT;
";

/// Gavel 0.5. Who wrote a sync file (crate::device_keys, docs/SECURITY.md): this laptop's
/// signing keys, the other laptops and certificates the chair trusts, and the signatures of the
/// heads of other laptops' chains as they arrived, to pass on. None of it is part of the log or
/// of a sync file (but for public keys and signatures), and a rebuild leaves it alone. And the
/// decision register's search index, which rebuilds itself when the log has grown.
const V6: &str = "
-- This laptop's Ed25519 keys: its device's, and those of the ids it had before a restore.
CREATE TABLE device_key (
    device      BLOB NOT NULL PRIMARY KEY,
    signing_key BLOB NOT NULL -- the 32-byte seed
) STRICT;

-- Other laptops this database trusts (trust on first use).
CREATE TABLE known_device (
    id                BLOB    NOT NULL PRIMARY KEY,
    name              TEXT    NOT NULL,
    public_key        BLOB    NOT NULL,
    trusted_by        TEXT    NOT NULL,
    trusted_at_millis INTEGER NOT NULL
) STRICT;

-- Certificates whose signature on a sync file vouches for the devices in it.
CREATE TABLE trusted_certificate (
    sha256            TEXT    NOT NULL PRIMARY KEY, -- hex, capitals, no separators
    name              TEXT    NOT NULL,
    trusted_at_millis INTEGER NOT NULL
) STRICT;

-- An agenda item that approves the minutes of an earlier meeting (godkendelse af referat).
ALTER TABLE agenda_item ADD COLUMN approves_minutes_of BLOB;
-- Who presents an agenda item, and its links (a JSON array of web addresses).
ALTER TABLE agenda_item ADD COLUMN responsible TEXT;
ALTER TABLE agenda_item ADD COLUMN links TEXT NOT NULL DEFAULT '[]';

-- The decision register's search index (register/search.rs): the stems of each entry's
-- words, rebuilt from the register whenever the log has grown since (register_search_state).
CREATE VIRTUAL TABLE register_search USING fts5 (
    meeting_id UNINDEXED,
    kind       UNINDEXED,
    number     UNINDEXED,
    text_words,
    context_words,
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE register_search_state (
    indexed_up_to INTEGER NOT NULL -- the log's last row id when the index was built
) STRICT;

-- The latest signed head of each chain of another device.
CREATE TABLE chain_head_signature (
    stream     BLOB    NOT NULL,
    device     BLOB    NOT NULL,
    device_seq INTEGER NOT NULL,
    signature  TEXT    NOT NULL,
    PRIMARY KEY (stream, device)
) STRICT;
";

/// Gavel 0.6. The follow-up of action items: the day one was done (NULL while it is open).
const V7: &str = "
ALTER TABLE action_item ADD COLUMN done_on TEXT;
";

/// Gavel 0.6. A backlog item's description, as its tracker has it (plain text), for the agenda
/// pack. A column of its own that the backlog's list queries leave out: a backlog of 10,000
/// issues is listed without carrying their descriptions. And a group's members found by an
/// index: every ballot's check reads its meeting's roll call, which without it scanned the
/// members of every group (a secretariat's database holds many).
const V8: &str = "
ALTER TABLE backlog_item ADD COLUMN description TEXT;
ALTER TABLE recorded_backlog_item ADD COLUMN description TEXT;
CREATE INDEX member_by_group ON member (group_id);
";

/// Gavel 0.7. Whether a closed meeting is public: published on the group's website by
/// `gavel publish` (`MeetingPublicationSet`, on the group's stream).
const V9: &str = "
ALTER TABLE meeting ADD COLUMN is_public INTEGER NOT NULL DEFAULT 0;
";

/// The events that take others back (undos and resolutions of decision conflicts), by their
/// payload's leading tag (serde writes the tag first). A macro, so that the `event_taking_back`
/// index (V10) and the queries that use it hold one copy of the condition: SQLite uses a partial
/// index only for a query that repeats its condition.
macro_rules! takes_back {
    () => {
        "(payload LIKE '{\"type\":\"EventUndone\"%'
          OR payload LIKE '{\"type\":\"GroupEventUndone\"%'
          OR payload LIKE '{\"type\":\"DecisionConflictResolved\"%')"
    };
}

/// The condition on `event` that finds the events taking others back, through the
/// `event_taking_back` index.
pub(crate) const TAKES_BACK: &str = takes_back!();

/// Gavel 0.8. The events that take others back found without reading the whole log: a refold
/// reads them first to know what to skip, and a sync import folds its new events onto the read
/// tables as they are, without refolding a million events, only when the log took nothing back
/// (`sync::import`). And the agenda item that approved a meeting's minutes found by an index:
/// every closed meeting's summary shows it, and a secretariat's register lists thousands.
const V10: &str = concat!(
    "CREATE INDEX event_taking_back ON event (hlc, device, id) WHERE ",
    takes_back!(),
    ";
    CREATE INDEX agenda_item_approving ON agenda_item (approves_minutes_of)
    WHERE approves_minutes_of IS NOT NULL;"
);

/// Version 11. The ballot table without a row id: a secretariat's register holds close to a
/// million ballots, and a table with a row id stores each twice, in the table and in its primary
/// key's index; without one, the key is where the row lies, and a sync import writes one tree
/// for each ballot, not two. Every query of the table orders what it reads, so nothing depends on
/// the order the rows were written in. A read table: the refold after the upgrade fills it again.
/// And the search index made again at the first search, as its stems changed (docs/search.md:
/// a strong verb's past participle found in all its forms, vedtaget, vedtagen, vedtagne).
const V11: &str = "
DROP TABLE ballot;
CREATE TABLE ballot (
    poll_id      BLOB NOT NULL REFERENCES poll (id),
    member_id    BLOB NOT NULL REFERENCES member (id), -- whose vote it is
    cast_by_id   BLOB NOT NULL REFERENCES member (id), -- who cast it (a proxy holder, or the member)
    ballot       TEXT NOT NULL,                        -- JSON Ballot
    replaced     INTEGER NOT NULL DEFAULT 0,           -- 1: an earlier ballot was replaced
    replaced_at  TEXT,                                 -- when, if the event says
    PRIMARY KEY (poll_id, member_id)
) STRICT, WITHOUT ROWID;
DELETE FROM register_search_state;
";

/// Version 12. The log order index holds the clock alone, not the clock, device and id that
/// order the log: every query that reads in log order still says `ORDER BY hlc, device, id`,
/// and SQLite sorts the few events that share a clock as it reads (one in a million in a
/// secretariat's log). A secretariat's groups meet over the same years, so each file's events
/// go in among the others' all along the index; an entry of 12 bytes instead of 45 makes an
/// index a quarter the size, whose pages each import rewrites: measured on the same rows, SQLite
/// alone, 4.24 s against 5.38 s for a million events (docs/where-the-time-goes.md).
const V12: &str = "
DROP INDEX event_log_order;
CREATE INDEX event_log_order ON event (hlc);
";
