//! Crash safety: a scripted meeting is run through `gavel apply`, which is killed with SIGKILL at
//! random points — after a random number of acknowledgements and a random few hundred
//! microseconds more, so kills land inside transactions too. After every kill the database must be
//! intact, its log verify, every acknowledged command be present, and the one command that may
//! have committed without its acknowledgement be present whole or not at all.
//!
//! Seeded and reproducible: GAVEL_CRASH_SEED picks the run, GAVEL_CRASH_KILLS the number of kills
//! (200 by default, the short mode CI runs; the long mode is e.g. GAVEL_CRASH_KILLS=5000).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::built_binary;

/// A small, seeded pseudo-random sequence (SplitMix64), so that a failing run can be repeated.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }
}

fn environment_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// The commands of the fixture meeting; every one appends exactly one event, so the number of
/// events tells how many commands are in the database.
fn script() -> Vec<String> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/meetings/full-meeting.jsonl"),
    )
    .expect("the fixture");
    text.lines()
        .filter(|line| line.starts_with('{'))
        .map(str::to_owned)
        .collect()
}

/// Commands in the database; 0 when the kill came before the schema was created (the first
/// transaction), which leaves an empty database, not a broken one.
fn event_count(conn: &rusqlite::Connection) -> usize {
    let has_log: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'event')",
            [],
            |row| row.get(0),
        )
        .expect("reads the schema");
    if !has_log {
        return 0;
    }
    conn.query_row("SELECT COUNT(*) FROM event", [], |row| row.get::<_, i64>(0))
        .expect("counts") as usize
}

#[test]
fn acknowledged_commands_survive_sigkill_at_random_points() {
    let seed = environment_number("GAVEL_CRASH_SEED", 20_261_127);
    let kills_wanted = environment_number("GAVEL_CRASH_KILLS", 200);
    let mut random = Seeded(seed);
    let script = script();
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut kills, mut runs) = (0u64, 0u64);

    while kills < kills_wanted {
        runs += 1;
        let db = folder.path().join(format!("run-{runs}.sqlite3"));
        let mut applied = 0usize; // commands in the database
        while applied < script.len() && kills < kills_wanted {
            let remaining: String = script[applied..]
                .iter()
                .map(|line| format!("{line}\n"))
                .collect();
            let input = folder.path().join("remaining.jsonl");
            std::fs::write(&input, remaining).expect("writes");
            let mut child = Command::new(built_binary("gavel"))
                .arg("--db")
                .arg(&db)
                .arg("apply")
                .arg(&input)
                .env("TZ", "UTC")
                .env("GAVEL_FIXED_CLOCK", "2026-12-10T13:00:00Z")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("gavel starts");
            let wait_for = random.below(4) as usize;
            let mut acknowledged = Vec::new();
            let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
            while acknowledged.len() < wait_for {
                match lines.next() {
                    Some(Ok(line)) => acknowledged.push(line),
                    _ => break,
                }
            }
            std::thread::sleep(Duration::from_micros(random.below(1_500)));
            let _already_exited = child.kill();
            child.wait().expect("reaped");
            kills += 1;
            // Acknowledgements written before the kill are still in the pipe; a line cut off by
            // the kill is not an acknowledgement.
            for line in lines.map_while(Result::ok) {
                if serde_json::from_str::<serde_json::Value>(&line).is_ok() {
                    acknowledged.push(line);
                }
            }

            let conn = rusqlite::Connection::open(&db).expect("opens after the kill");
            let integrity: String = conn
                .query_row("PRAGMA integrity_check", [], |row| row.get(0))
                .expect("checks");
            assert_eq!(integrity, "ok", "seed {seed}, run {runs}, kill {kills}");
            let now = event_count(&conn);
            let acknowledged_now = applied + acknowledged.len();
            assert!(
                now == acknowledged_now || now == acknowledged_now + 1,
                "seed {seed}, run {runs}, kill {kills}: {now} commands in the database, {acknowledged_now} acknowledged"
            );
            for line in &acknowledged {
                let result: serde_json::Value =
                    serde_json::from_str(line).expect("an acknowledgement is whole JSON");
                for event_id in result["event_ids"].as_array().expect("ids") {
                    let id: uuid::Uuid = event_id.as_str().expect("id").parse().expect("uuid");
                    let present: bool = conn
                        .query_row(
                            "SELECT EXISTS (SELECT 1 FROM event WHERE id = ?1)",
                            [id],
                            |row| row.get(0),
                        )
                        .expect("query");
                    assert!(
                        present,
                        "seed {seed}, run {runs}: acknowledged event {id} is missing"
                    );
                }
            }
            drop(conn);
            let store = gavel_core::Store::open(&db, gavel_core::StoreOptions::new("check"))
                .expect("reopens");
            assert!(
                store.verify_log().expect("verifies").is_intact(),
                "seed {seed}, run {runs}, kill {kills}"
            );
            applied = now;
        }
    }
    assert!(kills >= kills_wanted);
    eprintln!(
        "crash safety: {kills} kills in {runs} scripted meetings (seed {seed}), every check passed"
    );
}
