//! The meeting's invitation (`gavel agenda ics`), read back by an independent reader: the Python
//! `icalendar` package (pinned, installed by `scripts/setup.sh --test` beside pyHanko), which
//! parses RFC 5545 strictly enough to catch a wrong fold, escape or time zone. Outlook imports
//! what it accepts.

use std::path::Path;
use std::process::Command;

use crate::support::{gavel, gavel_reproducibly, stderr, stdout};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const MEETING: &str = "11111111-2222-4333-8444-555555555555";
const SUMMER_MEETING: &str = "11111111-2222-4333-8444-666666666666";

/// A group from nothing: a chair and a secretary with e-mail addresses, a member without one,
/// an observer; a December meeting with a hostile title and two timed agenda items, and a June
/// meeting with no agenda.
fn set_up(db: &Path) {
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{g}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Mette \\\"MH\\\" Holm\",\"role\":\"chair\",\"email\":\"mette@aarhus.dk\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Søren Ærø\",\"role\":\"secretary\",\"email\":\"soren@magenta.dk\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Jens Vejle\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Åse Observatør\",\"role\":\"observer\",\"email\":\"aase@kl.dk\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{m}\",\"group_id\":\"{g}\",",
            "\"title\":\"Møde; budget, 2027\\r\\nEND:VEVENT\\u001b[2K\",\"starts_at\":\"2026-12-10T13:00:00\",\"location\":\"Rådhuset, lokale 2\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"meeting_id\":\"{m}\",\"title\":\"Godkendelse af dagsorden\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"meeting_id\":\"{m}\",\"title\":\"Hosting af OS2mo – udbud\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{s}\",\"group_id\":\"{g}\",",
            "\"title\":\"Sommermøde\",\"starts_at\":\"2027-06-15T09:30:00\"}}\n",
        ),
        g = GROUP,
        m = MEETING,
        s = SUMMER_MEETING,
    );
    let output = gavel(db, &["apply"], &commands);
    assert!(output.status.success(), "{}", stderr(&output));
    let shown = gavel(db, &["meeting", "show", MEETING, "--json"], "");
    let meeting: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("JSON");
    let time_boxes: String = meeting["agenda"]
        .as_array()
        .expect("agenda")
        .iter()
        .zip([10, 50])
        .map(|(item, minutes)| {
            format!(
                "{{\"type\":\"SetAgendaItemTimeBox\",\"agenda_item_id\":\"{}\",\"minutes\":{minutes}}}\n",
                item["id"].as_str().expect("id")
            )
        })
        .collect();
    let output = gavel(db, &["apply"], &time_boxes);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// What the `icalendar` package reads from the file, as JSON.
fn read_with_icalendar(file: &Path) -> serde_json::Value {
    const READER: &str = r#"
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], "rb").read())
events = [c for c in calendar.walk() if c.name == "VEVENT"]
event = events[0]
def person(value):
    return {"email": str(value), "name": str(value.params.get("CN", "")), "role": str(value.params.get("ROLE", ""))}
attendees = event.get("ATTENDEE", [])
if not isinstance(attendees, list):
    attendees = [attendees]
start = event.decoded("DTSTART")
end = event.decoded("DTEND")
print(json.dumps({
    "method": str(calendar.get("METHOD")),
    "events": len(events),
    "uid": str(event["UID"]),
    "sequence": int(event["SEQUENCE"]),
    "summary": str(event["SUMMARY"]),
    "location": str(event.get("LOCATION", "")),
    "description": str(event["DESCRIPTION"]),
    "start": start.isoformat(),
    "end": end.isoformat(),
    "offset_hours": start.utcoffset().total_seconds() / 3600,
    "tzid": str(event["DTSTART"].params.get("TZID")),
    "status": str(event.get("STATUS", "")),
    "organizer": person(event["ORGANIZER"]) if "ORGANIZER" in event else None,
    "attendees": [person(a) for a in attendees],
}, ensure_ascii=False))
"#;
    let output = Command::new(crate::attacks::pyhanko_python())
        .args(["-c", READER])
        .arg(file)
        .output()
        .expect("runs Python");
    assert!(
        output.status.success(),
        "icalendar refused {}: {}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the reader prints JSON")
}

fn write_invitation(db: &Path, meeting: &str, file: &Path, lang: &str) -> String {
    let output = gavel_reproducibly(
        db,
        &[
            "agenda",
            "ics",
            meeting,
            "--out",
            file.to_str().expect("UTF-8 path"),
            "--lang",
            lang,
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

#[test]
fn an_invitation_reads_back_in_danish_time_with_its_agenda_and_attendees() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let file = folder.path().join("indkaldelse.ics");

    let said = write_invitation(&db, MEETING, &file, "da");
    assert!(
        said.contains("not invited, no e-mail address: Jens Vejle"),
        "{said}"
    );

    let read = read_with_icalendar(&file);
    assert_eq!(
        read["events"], 1,
        "the title must not start an event of its own"
    );
    assert_eq!(read["method"], "REQUEST");
    assert_eq!(read["uid"], format!("{MEETING}@gavel.dk"));
    // The title's line break and escape sequence are spaces; its comma and semicolon survive.
    assert_eq!(read["summary"], "Møde; budget, 2027  END:VEVENT [2K");
    assert_eq!(read["location"], "Rådhuset, lokale 2");
    assert_eq!(read["tzid"], "Europe/Copenhagen");
    assert_eq!(read["start"], "2026-12-10T13:00:00+01:00");
    // 10 + 50 minutes of time boxes.
    assert_eq!(read["end"], "2026-12-10T14:00:00+01:00");
    let description = read["description"].as_str().expect("text");
    assert!(
        description.starts_with("Styregruppen for OS2mo: 10. december 2026 kl. 13.00\n\nDagsorden\n1. Godkendelse af dagsorden – 10 min.\n2. Hosting af OS2mo – udbud – 50 min.\n"),
        "{description}"
    );
    assert_eq!(read["organizer"]["email"], "mailto:mette@aarhus.dk");
    assert_eq!(read["organizer"]["name"], "Mette 'MH' Holm");
    let attendees: Vec<(String, String)> = read["attendees"]
        .as_array()
        .expect("attendees")
        .iter()
        .map(|a| {
            (
                a["email"].as_str().expect("email").to_owned(),
                a["role"].as_str().expect("role").to_owned(),
            )
        })
        .collect();
    let mut attendees = attendees;
    attendees.sort();
    assert_eq!(
        attendees,
        [
            ("mailto:aase@kl.dk".to_owned(), "OPT-PARTICIPANT".to_owned()),
            (
                "mailto:mette@aarhus.dk".to_owned(),
                "REQ-PARTICIPANT".to_owned()
            ),
            (
                "mailto:soren@magenta.dk".to_owned(),
                "REQ-PARTICIPANT".to_owned()
            ),
        ]
    );
}

#[test]
fn a_summer_meeting_is_in_summer_time_and_an_english_invitation_says_agenda() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let file = folder.path().join("invitation.ics");

    write_invitation(&db, SUMMER_MEETING, &file, "en");

    let read = read_with_icalendar(&file);
    assert_eq!(read["start"], "2027-06-15T09:30:00+02:00");
    assert_eq!(read["offset_hours"], 2.0);
    // No time boxes: two hours.
    assert_eq!(read["end"], "2027-06-15T11:30:00+02:00");
    let description = read["description"].as_str().expect("text");
    assert!(
        description.starts_with(
            "Styregruppen for OS2mo: 15 June 2027 at 09:30\n\nAgenda\nThe agenda will follow.\n"
        ),
        "{description}"
    );
}

#[test]
fn a_changed_meeting_gives_an_update_with_the_same_uid_and_a_higher_sequence() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let first_file = folder.path().join("first.ics");
    let second_file = folder.path().join("second.ics");
    write_invitation(&db, MEETING, &first_file, "da");

    let added = format!(
        "{{\"type\":\"AddAgendaItem\",\"meeting_id\":\"{MEETING}\",\"title\":\"Eventuelt\"}}\n"
    );
    let output = gavel(&db, &["apply"], &added);
    assert!(output.status.success(), "{}", stderr(&output));
    write_invitation(&db, MEETING, &second_file, "da");

    let first = read_with_icalendar(&first_file);
    let second = read_with_icalendar(&second_file);
    assert_eq!(first["uid"], second["uid"]);
    assert!(
        second["sequence"].as_i64() > first["sequence"].as_i64(),
        "{} then {}",
        first["sequence"],
        second["sequence"]
    );
    assert!(
        second["description"]
            .as_str()
            .expect("text")
            .contains("3. Eventuelt"),
        "{}",
        second["description"]
    );
}

#[test]
fn an_unknown_meeting_writes_no_file_and_names_what_is_missing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let file = folder.path().join("none.ics");

    let output = gavel(
        &db,
        &[
            "agenda",
            "ics",
            "99999999-2222-4333-8444-555555555555",
            "--out",
            file.to_str().expect("UTF-8 path"),
        ],
        "",
    );

    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("99999999-2222-4333-8444-555555555555"),
        "{}",
        stderr(&output)
    );
    assert!(!file.exists());
}

#[test]
fn a_moved_then_cancelled_meeting_updates_and_then_cancels_the_same_invitation() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let invitation = folder.path().join("invitation.ics");
    let moved = folder.path().join("moved.ics");
    let cancelled = folder.path().join("cancelled.ics");
    write_invitation(&db, MEETING, &invitation, "da");

    let move_it = format!(
        "{{\"type\":\"UpdateMeeting\",\"meeting_id\":\"{MEETING}\",\"title\":\"Styregruppemøde\",\"starts_at\":\"2026-12-11T09:00:00\",\"location\":\"Vejle\"}}\n"
    );
    let output = gavel(&db, &["apply"], &move_it);
    assert!(output.status.success(), "{}", stderr(&output));
    write_invitation(&db, MEETING, &moved, "da");

    let cancel_it = format!(
        "{{\"type\":\"CancelMeeting\",\"meeting_id\":\"{MEETING}\",\"reason\":\"For få kan deltage.\"}}\n"
    );
    let output = gavel(&db, &["apply"], &cancel_it);
    assert!(output.status.success(), "{}", stderr(&output));
    write_invitation(&db, MEETING, &cancelled, "da");

    let (first, second, third) = (
        read_with_icalendar(&invitation),
        read_with_icalendar(&moved),
        read_with_icalendar(&cancelled),
    );
    assert_eq!(second["summary"], "Styregruppemøde");
    assert_eq!(second["start"], "2026-12-11T09:00:00+01:00");
    assert_eq!(second["location"], "Vejle");
    assert_eq!(second["method"], "REQUEST");
    assert_eq!(third["method"], "CANCEL");
    assert_eq!(third["status"], "CANCELLED");
    assert!(
        third["description"]
            .as_str()
            .expect("text")
            .starts_with("Mødet er aflyst. For få kan deltage.\n\n"),
        "{}",
        third["description"]
    );
    assert!(first["uid"] == second["uid"] && second["uid"] == third["uid"]);
    let sequences: Vec<i64> = [&first, &second, &third]
        .iter()
        .map(|read| read["sequence"].as_i64().expect("number"))
        .collect();
    assert!(
        sequences.windows(2).all(|pair| pair[0] < pair[1]),
        "{sequences:?}"
    );

    // Nothing more is recorded in a cancelled meeting, and the refusal says why, in Danish.
    let shown_before = gavel(&db, &["meeting", "show", MEETING, "--json"], "");
    let add_item = format!(
        "{{\"type\":\"AddAgendaItem\",\"meeting_id\":\"{MEETING}\",\"title\":\"Eventuelt\"}}\n"
    );
    let refused = gavel(&db, &["apply"], &add_item);
    assert!(!refused.status.success());
    assert!(
        stdout(&refused).contains("Mødet er aflyst") || stderr(&refused).contains("cancelled"),
        "{}{}",
        stdout(&refused),
        stderr(&refused)
    );
    let shown_after = gavel(&db, &["meeting", "show", MEETING, "--json"], "");
    assert_eq!(shown_before.stdout, shown_after.stdout);
    let meeting: serde_json::Value = serde_json::from_slice(&shown_after.stdout).expect("JSON");
    assert_eq!(meeting["meeting"]["status"], "cancelled");
    assert_eq!(
        meeting["meeting"]["cancellation"]["reason"],
        "For få kan deltage."
    );
}
