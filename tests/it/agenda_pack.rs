//! The agenda pack (`gavel agenda export`, docs/agenda.md) through the `gavel` binary, from an
//! empty database set up by `gavel apply`, checked with the same independent tools as the
//! minutes (tests/it/minutes.rs): qpdf, pdffonts, pdftotext with æøå, every word inside the
//! margins; the table of contents' page numbers read back with pdftotext page by page; and the
//! laid-out pages of the same pack, which say where headings fall. A signed agenda is checked by
//! `minutes verify`, pdfsig and pyHanko, and so is every attack of tests/fixtures/attacks/tamper.py
//! on it.

use std::path::Path;

use gavel_core::{Store, StoreOptions};
use gavel_minutes::Language;
use gavel_minutes::fonts::FontStyle;
use gavel_minutes::layout::page::Page;
use gavel_minutes::layout::{Mark, TextStyle};

use crate::attacks::{Verdict, gavel_verdicts, pyhanko_python, pyhanko_verdicts};
use crate::minutes::{
    check_structure_and_fonts, check_words_inside_margins, demo_database, flat_text,
    meeting_id_titled, page_count, pdfsig_verdicts, tool,
};
use crate::support::{dump_read_tables, event_count, gavel, gavel_reproducibly, stderr, stdout};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
pub(crate) const MEETING: &str = "11111111-2222-4333-8444-555555555555";
const HOSTING_ITEM: &str = "11111111-2222-4333-8444-000000000002";
const LONG_MEETING: &str = "11111111-2222-4333-8444-777777777777";

/// `gavel apply` with these JSON lines; the run must succeed.
fn apply(db: &Path, lines: &[serde_json::Value]) {
    let input: String = lines.iter().map(|line| format!("{line}\n")).collect();
    let output = gavel(db, &["apply"], &input);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

/// A group from nothing: organisations, a chair, a secretary, a member with two votes and an
/// observer; three backlog items with Jira's points, votes and a parent; a December meeting of
/// three items, one with a case description (with a list) and a proposed decision.
pub(crate) fn set_up(db: &Path) {
    let organisation = |id: u128| uuid::Uuid::from_u128(id).to_string();
    apply(
        db,
        &[
            serde_json::json!({"type": "CreateGroup", "id": GROUP, "name": "Styregruppen for OS2mo"}),
            serde_json::json!({"type": "AddOrganisation", "id": organisation(0xa1), "group_id": GROUP, "name": "Ærø Kommune"}),
            serde_json::json!({"type": "AddOrganisation", "id": organisation(0xa2), "group_id": GROUP, "name": "Københavns Kommune"}),
            serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Mette Kjærgaard Holm", "organisation_id": organisation(0xa1), "role": "chair"}),
            serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Søren Østergaard", "organisation_id": organisation(0xa2), "role": "secretary"}),
            serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Åse Bæk", "organisation_id": organisation(0xa2), "vote_weight": 2}),
            serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Jens Højgaard", "role": "observer"}),
            serde_json::json!({"type": "UpsertBacklogItem", "key": "MO-1400", "title": "Engagementer (epic)"}),
            serde_json::json!({"type": "UpsertBacklogItem", "key": "MO-1420", "title": "Automatisk afslutning af engagementer", "status": "Klar", "story_points": 13, "votes": 7, "parent": "MO-1400"}),
            serde_json::json!({"type": "UpsertBacklogItem", "key": "MO-1433", "title": "Fratrædelse i SD-løn", "status": "I gang", "story_points": 2.5, "votes": 1}),
            serde_json::json!({"type": "CreateMeeting", "id": MEETING, "group_id": GROUP, "title": "Styregruppemøde december 2026", "starts_at": "2026-12-10T13:00:00", "location": "Rådhuset, lokale 2"}),
            serde_json::json!({"type": "AddAgendaItem", "meeting_id": MEETING, "title": "Godkendelse af dagsorden"}),
            serde_json::json!({"type": "AddAgendaItem", "id": HOSTING_ITEM, "meeting_id": MEETING, "title": "Hosting af OS2mo – udbud", "backlog_key": "MO-1420"}),
            serde_json::json!({"type": "AddAgendaItem", "meeting_id": MEETING, "backlog_key": "MO-1433"}),
            serde_json::json!({"type": "SetAgendaItemTimeBox", "agenda_item_id": HOSTING_ITEM, "minutes": 45}),
            serde_json::json!({"type": "SetAgendaItemProposal", "agenda_item_id": HOSTING_ITEM,
                "case_description": "Kontrakten med den nuværende leverandør udløber i 2027.\n\nSekretariatet foreslår:\n- et fælles udbud for alle kommuner\n- en overgangsperiode på seks måneder",
                "proposed_decision": "Det indstilles, at styregruppen godkender et fælles udbud af hostingen i 2027."}),
        ],
    );
}

pub(crate) fn export(db: &Path, meeting: &str, out: &Path, language: &str) -> std::process::Output {
    gavel_reproducibly(
        db,
        &[
            "agenda",
            "export",
            meeting,
            "--out",
            out.to_str().expect("UTF-8 path"),
            "--lang",
            language,
        ],
        "",
    )
}

/// The pack of `meeting`, laid out as `gavel agenda export` lays it out.
fn laid_out(db: &Path, meeting: &str, language: Language) -> Vec<Page> {
    let store = Store::open(db, StoreOptions::new("Testperson")).expect("the database opens");
    let pack = store
        .agenda_pack(meeting.parse().expect("a meeting id"))
        .expect("the meeting has a pack");
    gavel_minutes::laid_out_agenda_pages(&pack, language)
}

/// No page ends with a heading (an item's or a section's): each stays with its first lines.
fn check_no_heading_at_a_page_foot(pages: &[Page]) {
    for (number, page) in pages.iter().enumerate() {
        let Some(last) = page
            .lines
            .iter()
            .rev()
            .find(|placed| !placed.line.marks.is_empty())
        else {
            continue;
        };
        let heading = last.line.marks.iter().any(|mark| {
            matches!(mark, Mark::Text { size, .. }
                if *size == TextStyle::ITEM.size || *size == TextStyle::SECTION.size)
        });
        assert!(
            !heading,
            "page {} ends with a heading: {:?}",
            number + 1,
            last.line.marks
        );
    }
}

/// The checks every agenda passes: the minutes' PDF checks, and no heading alone at a page foot.
fn check_agenda_pdf(db: &Path, meeting: &str, pdf: &Path, language: Language) -> String {
    let path = pdf.to_str().expect("UTF-8 path");
    check_structure_and_fonts(path);
    assert!(check_words_inside_margins(path) > 100);
    check_no_heading_at_a_page_foot(&laid_out(db, meeting, language));
    flat_text(path)
}

#[test]
fn a_small_meetings_agenda_in_danish_and_english_passes_the_minutes_checks() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    for (language, code, expected) in [
        (
            Language::Danish,
            "da",
            &[
                "DAGSORDEN",
                "Styregruppemøde december 2026",
                "Styregruppen for OS2mo",
                "10. december 2026",
                "13:00–13:45",
                "Rådhuset, lokale 2",
                "2. Hosting af OS2mo – udbud (MO-1420)",
                "45 min. · MO-1420 · Status: Klar · 13 point · 7 stemmer i Jira · Hører under: MO-1400",
                "Sagsfremstilling Kontrakten med den nuværende leverandør udløber i 2027.",
                "• et fælles udbud for alle kommuner",
                "Indstilling Det indstilles, at styregruppen godkender et fælles udbud af hostingen i 2027.",
                "MO-1433 Fratrædelse i SD-løn I gang 2,5 1 3",
                "Forretningsorden",
                "Beslutningsdygtig, når",
                "Åse Bæk Københavns Kommune Medlem Ja, vægt 2",
                "Observatør Nej",
                "Side 1 af",
            ][..],
        ),
        (
            Language::English,
            "en",
            &[
                "AGENDA",
                "10 December 2026",
                "Case description",
                "Proposed decision Det indstilles, at styregruppen godkender",
                "2.5 points · 1 vote in Jira",
                "Rules of procedure",
                "Members",
                "Page 1 of",
            ][..],
        ),
    ] {
        let pdf = folder.path().join(format!("dagsorden-{code}.pdf"));
        let exported = export(&db, MEETING, &pdf, code);
        assert!(exported.status.success(), "{}", stderr(&exported));
        let flat = check_agenda_pdf(&db, MEETING, &pdf, language);
        for phrase in expected {
            assert!(
                flat.contains(phrase),
                "{code}: {phrase:?} missing from:\n{flat}"
            );
        }
        for word in ["Kjærgaard", "Østergaard", "Ærø", "Københavns", "Højgaard"] {
            assert!(flat.contains(word), "{code}: {word} missing");
        }
        let info = stdout(&tool("pdfinfo", &[pdf.to_str().expect("UTF-8")]));
        assert!(info.contains("PDF version:     1.7"), "{info}");
        // The fixed clock of gavel_reproducibly, in UTC.
        assert!(
            info.contains("CreationDate:    Thu Dec 10 13:00:"),
            "{info}"
        );
    }
    let said = stdout(&export(
        &db,
        MEETING,
        &folder.path().join("again.pdf"),
        "da",
    ));
    assert!(said.starts_with("Skrev "), "{said}");
    assert!(said.contains("ikke underskrevet"), "{said}");
}

#[test]
fn bold_text_is_printed_in_the_bold_face_and_read_back_without_asterisks() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    apply(
        &db,
        &[
            serde_json::json!({"type": "SetAgendaItemProposal", "agenda_item_id": HOSTING_ITEM,
            "case_description": "Sagen er **MO**-1420, og en *stjerne* er tekst, ligesom ** alene.\n\n- **et fælles udbud** for alle kommuner\n- <b>ikke HTML</b>",
            "proposed_decision": "**Indstillingen** er vigtig"}),
        ],
    );
    let pdf = folder.path().join("fed.pdf");
    let exported = export(&db, MEETING, &pdf, "da");
    assert!(exported.status.success(), "{}", stderr(&exported));
    let flat = check_agenda_pdf(&db, MEETING, &pdf, Language::Danish);
    for phrase in [
        "Indstilling Indstillingen er vigtig",
        "Sagen er MO-1420, og en *stjerne* er tekst, ligesom ** alene.",
        // Without the bullets: pdftotext reads the bullets of a list that stands alone as a
        // paragraph as a column of their own, bold or not.
        "et fælles udbud for alle kommuner",
        "<b>ikke HTML</b>",
    ] {
        assert!(flat.contains(phrase), "{phrase:?} missing from:\n{flat}");
    }
    assert!(!flat.contains("**Indstillingen"), "{flat}");
    assert!(!flat.contains("**MO"), "{flat}");
    let bold = |wanted: &str| {
        laid_out(&db, MEETING, Language::Danish)
            .iter()
            .flat_map(|page| &page.lines)
            .flat_map(|placed| &placed.line.marks)
            .any(|mark| {
                matches!(mark, Mark::Text { text, style: FontStyle::SemiBold, size, .. }
                    if text == wanted && *size == TextStyle::BODY.size)
            })
    };
    for wanted in ["Indstillingen", "MO", "et fælles udbud"] {
        assert!(bold(wanted), "{wanted:?} is not set in the bold face");
    }
}

#[test]
fn an_open_and_then_closed_meeting_still_gives_its_agenda_and_says_where_it_stands() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    apply(
        &db,
        &[
            serde_json::json!({"type": "OpenMeeting", "meeting_id": MEETING, "at": "2026-12-10T13:02:00"}),
        ],
    );
    let open = folder.path().join("open.pdf");
    let exported = export(&db, MEETING, &open, "da");
    assert!(exported.status.success(), "{}", stderr(&exported));
    let flat = check_agenda_pdf(&db, MEETING, &open, Language::Danish);
    assert!(flat.contains("Mødet er i gang."), "{flat}");
    assert!(
        flat.contains("Det indstilles, at styregruppen godkender"),
        "{flat}"
    );

    apply(
        &db,
        &[
            serde_json::json!({"type": "CloseMeeting", "meeting_id": MEETING, "at": "2026-12-10T14:10:00"}),
        ],
    );
    let closed = folder.path().join("closed.pdf");
    let exported = export(&db, MEETING, &closed, "en");
    assert!(exported.status.success(), "{}", stderr(&exported));
    let flat = check_agenda_pdf(&db, MEETING, &closed, Language::English);
    assert!(flat.contains("The meeting has been held"), "{flat}");
    assert!(flat.contains("MO-1420"), "{flat}");
}

/// A meeting of `items` items, each with a case description and a proposed decision, every
/// third one a backlog item.
fn set_up_a_long_meeting(db: &Path, items: u128) {
    let mut lines = vec![
        serde_json::json!({"type": "CreateGroup", "id": GROUP, "name": "Koordinationsgruppen for OS2rollekatalog"}),
        serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Åse Ærøskøbing-Øllgaard", "role": "chair"}),
        serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Rasmus Højgaard", "role": "secretary"}),
        serde_json::json!({"type": "CreateMeeting", "id": LONG_MEETING, "group_id": GROUP, "title": "Et meget langt møde", "starts_at": "2026-11-27T09:00:00", "location": "Aarhus Rådhus"}),
    ];
    for item in 1..=items {
        let id = uuid::Uuid::from_u128(0x1000 + item);
        let key = format!("RK-{item}");
        if item % 3 == 0 {
            lines.push(serde_json::json!({"type": "UpsertBacklogItem", "key": key, "title": format!("Rettighed {item} i rollekataloget"), "status": "Til afstemning", "story_points": item % 8 + 1, "votes": item % 11}));
            lines.push(serde_json::json!({"type": "AddAgendaItem", "id": id, "meeting_id": LONG_MEETING, "backlog_key": key}));
        } else {
            lines.push(serde_json::json!({"type": "AddAgendaItem", "id": id, "meeting_id": LONG_MEETING, "title": format!("Punkt {item}: ønsker om ændringer i rollekataloget fra kommunerne i region Midtjylland")}));
        }
        lines.push(serde_json::json!({"type": "SetAgendaItemProposal", "agenda_item_id": id,
            "case_description": format!("Punkt {item}. Leverandøren har udarbejdet et løsningsforslag, som kommunerne har afprøvet; økonomien afklares til næste møde, og Ærø Kommune deltager i afklaringen.\n\nForslaget omfatter:\n- nye roller for jobfunktioner\n- tildeling pr. organisationsenhed"),
            "proposed_decision": format!("Det indstilles, at punkt {item} godkendes.")}));
    }
    apply(db, &lines);
}

#[test]
fn a_forty_item_meeting_passes_the_same_checks_and_its_contents_give_the_right_pages() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up_a_long_meeting(&db, 40);
    let pdf = folder.path().join("lang.pdf");
    let exported = export(&db, LONG_MEETING, &pdf, "da");
    assert!(exported.status.success(), "{}", stderr(&exported));
    let flat = check_agenda_pdf(&db, LONG_MEETING, &pdf, Language::Danish);
    assert!(
        flat.contains("Det indstilles, at punkt 40 godkendes."),
        "{flat}"
    );
    let path = pdf.to_str().expect("UTF-8 path");
    let pages = page_count(path);
    assert!(pages > 8, "{pages} pages");
    let page_text = |page: usize| {
        stdout(&tool(
            "pdftotext",
            &[
                "-layout",
                "-f",
                &page.to_string(),
                "-l",
                &page.to_string(),
                path,
                "-",
            ],
        ))
    };
    // The contents (pages 1 and 2) name the page of each item; that page holds its heading.
    let contents = format!("{}{}", page_text(1), page_text(2));
    for item in [1, 17, 39, 40] {
        // The page number ends the row's last line: a long title wraps onto a second one.
        let mut row = contents
            .lines()
            .skip_while(|line| !line.trim_start().starts_with(&format!("{item}. ")));
        let page: usize = row
            .by_ref()
            .take(2)
            .find_map(|line| line.split_whitespace().last()?.parse().ok())
            .unwrap_or_else(|| panic!("no page number for item {item} in:\n{contents}"));
        assert!(
            page_text(page)
                .lines()
                .any(|line| line.trim_start().starts_with(&format!("{item}. "))
                    && !line.contains("(fortsat)")),
            "item {item}'s heading is not on page {page}"
        );
    }
    assert!(
        page_text(pages).contains(&format!("Side {pages} af {pages}")),
        "the last page is numbered"
    );
}

#[test]
fn the_demo_meetings_give_agendas_that_pass_the_checks() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, september) = demo_database(folder.path());
    let december = meeting_id_titled(&db, "Styregruppemøde december 2026");
    for (meeting, code, language, expected) in [
        (
            &december,
            "da",
            Language::Danish,
            "Automatisk afslutning af engagementer",
        ),
        (&december, "en", Language::English, "Rules of procedure"),
        (&september, "da", Language::Danish, "Mødet er holdt"),
    ] {
        let pdf = folder.path().join(format!("demo-{code}-{meeting}.pdf"));
        let exported = export(&db, meeting, &pdf, code);
        assert!(exported.status.success(), "{}", stderr(&exported));
        let flat = check_agenda_pdf(&db, meeting, &pdf, language);
        assert!(
            flat.contains(expected),
            "{expected:?} missing from:\n{flat}"
        );
        for word in ["Kjærgaard", "Højgaard", "Sørensen", "Østergaard", "Bæk"] {
            assert!(flat.contains(word), "{word} missing from:\n{flat}");
        }
    }
}

#[test]
fn an_unknown_meeting_writes_no_file_and_says_so_in_danish() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let pdf = folder.path().join("ingen.pdf");
    let unknown = "99999999-2222-4333-8444-555555555555";

    let output = gavel(
        &db,
        &[
            "agenda",
            "export",
            unknown,
            "--out",
            pdf.to_str().expect("UTF-8"),
        ],
        "",
    );

    assert!(!output.status.success());
    assert_eq!(
        stderr(&output).trim(),
        format!("gavel: Mødet {unknown} findes ikke; intet er skrevet.")
    );
    assert!(!pdf.exists());
    assert_eq!(
        std::fs::read_dir(folder.path())
            .expect("the folder reads")
            .filter_map(Result::ok)
            .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "pdf"))
            .count(),
        0,
        "no PDF, not even a temporary one"
    );
}

#[test]
fn an_out_file_in_a_missing_folder_or_an_out_that_is_a_folder_is_refused_by_name() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let missing = folder.path().join("findes-ikke");

    let output = export(&db, MEETING, &missing.join("dagsorden.pdf"), "da");
    assert!(!output.status.success());
    assert_eq!(
        stderr(&output).trim(),
        format!(
            "gavel: --out: mappen {} findes ikke; opret den, eller vælg en anden fil. Intet er skrevet.",
            missing.display()
        )
    );
    assert!(!missing.exists(), "the folder is not made");

    let output = export(&db, MEETING, &missing.join("agenda.pdf"), "en");
    assert!(
        stderr(&output).contains(&format!(
            "--out: the folder {} does not exist",
            missing.display()
        )),
        "{}",
        stderr(&output)
    );

    let output = export(&db, MEETING, folder.path(), "da");
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains(&format!("--out: {} er en mappe", folder.path().display())),
        "{}",
        stderr(&output)
    );
}

/// A meeting between the November and the December meeting.
const EXTRAORDINARY: &str = "11111111-2222-4333-8444-444444444444";

/// The group's November meeting, held and closed, with four action items: one done on 20
/// November, one done on 1 December, one overdue by December and one not yet due; and an
/// extraordinary meeting on 26 November, between the two days they were done.
fn held_november_meeting_with_action_items(db: &Path) {
    const NOVEMBER: &str = "11111111-2222-4333-8444-333333333333";
    let action = |id: u128| uuid::Uuid::from_u128(id).to_string();
    apply(
        db,
        &[
            serde_json::json!({"type": "CreateMeeting", "id": NOVEMBER, "group_id": GROUP, "title": "Styregruppemøde november 2026", "starts_at": "2026-11-12T13:00:00"}),
            serde_json::json!({"type": "OpenMeeting", "meeting_id": NOVEMBER, "at": "2026-11-12T13:00:00"}),
            serde_json::json!({"type": "AddActionItem", "id": action(0xac1), "meeting_id": NOVEMBER, "text": "Indhente tilbud på hosting", "owner_name": "Søren Østergaard", "due_date": "2026-11-30"}),
            serde_json::json!({"type": "AddActionItem", "id": action(0xac2), "meeting_id": NOVEMBER, "text": "Sende referatet til kommunerne"}),
            serde_json::json!({"type": "AddActionItem", "id": action(0xac3), "meeting_id": NOVEMBER, "text": "Afklare licens for Ærø-modulet", "owner_name": "Åse Bæk", "due_date": "2027-01-31"}),
            serde_json::json!({"type": "AddActionItem", "id": action(0xac4), "meeting_id": NOVEMBER, "text": "Opdatere roadmap på os2.eu"}),
            serde_json::json!({"type": "CloseMeeting", "meeting_id": NOVEMBER, "at": "2026-11-12T15:00:00"}),
            serde_json::json!({"type": "SetActionItemDone", "action_item_id": action(0xac2), "done": true, "on": "2026-11-20"}),
            serde_json::json!({"type": "SetActionItemDone", "action_item_id": action(0xac4), "done": true, "on": "2026-12-01"}),
            serde_json::json!({"type": "CreateMeeting", "id": EXTRAORDINARY, "group_id": GROUP, "title": "Ekstraordinært møde", "starts_at": "2026-11-26T09:00:00"}),
        ],
    );
}

#[test]
fn the_agenda_follows_up_the_action_items_earlier_meetings_left_open() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    held_november_meeting_with_action_items(&db);

    let pdf = folder.path().join("dagsorden.pdf");
    let exported = export(&db, MEETING, &pdf, "da");
    assert!(exported.status.success(), "{}", stderr(&exported));
    let flat = check_agenda_pdf(&db, MEETING, &pdf, Language::Danish);
    let section = flat
        .split("Opfølgning på handlingspunkter Handlingspunkter fra gruppens tidligere møder")
        .nth(1)
        .unwrap_or_else(|| panic!("a follow-up section in {flat}"));
    let section = section
        .split("Sager fra backloggen")
        .next()
        .expect("the section's text");
    // Open on the meeting's day: the overdue one (marked) and the one not yet due (not marked).
    assert!(
        section.contains(
            "12. november 2026 1. Indhente tilbud på hosting Søren Østergaard 30. november 2026 (overskredet)"
        ),
        "{section}"
    );
    assert!(
        section.contains("3. Afklare licens for Ærø-modulet Åse Bæk 31. januar 2027"),
        "{section}"
    );
    assert!(
        !section.contains("31. januar 2027 (overskredet)"),
        "{section}"
    );
    assert!(
        !section.contains("Sende referatet"),
        "done before the meeting: {section}"
    );
    assert!(
        !section.contains("Opdatere roadmap"),
        "done before the meeting: {section}"
    );
    // The table of contents names the section with its page.
    assert!(flat.contains("Opfølgning på handlingspunkter 2"), "{flat}");

    // On 26 November the roadmap was still to be done, the minutes already sent.
    let extraordinary = folder.path().join("ekstraordinaert.pdf");
    let exported = export(&db, EXTRAORDINARY, &extraordinary, "en");
    assert!(exported.status.success(), "{}", stderr(&exported));
    let flat = flat_text(extraordinary.to_str().expect("UTF-8"));
    assert!(flat.contains("Action items to follow up"), "{flat}");
    assert!(flat.contains("4. Opdatere roadmap på os2.eu"), "{flat}");
    assert!(!flat.contains("Sende referatet"), "{flat}");
    // Due on 30 November: not overdue on the 26th.
    assert!(
        flat.contains("1. Indhente tilbud på hosting Søren Østergaard 30 November 2026"),
        "{flat}"
    );
    assert!(!flat.contains("(overdue)"), "{flat}");

    // The November meeting's own agenda has nothing to follow up: no earlier meeting.
    let november = folder.path().join("november.pdf");
    let exported = export(&db, "11111111-2222-4333-8444-333333333333", &november, "en");
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert!(!flat_text(november.to_str().expect("UTF-8")).contains("Action items to follow up"));
}

// --- The signed agenda (issue 19: "optionally signed by the secretary like the minutes") -------

const SIGNER: &str = "Rasmus Højgaard";

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn text(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// `gavel agenda export MEETING --out OUT --lang LANG --sign P12 --password-file PASSWORD` with
/// more arguments after.
fn export_signed(
    db: &Path,
    out: &Path,
    language: &str,
    p12: &Path,
    password_file: &Path,
    more: &[&str],
) -> std::process::Output {
    let mut args = vec![
        "agenda",
        "export",
        MEETING,
        "--out",
        text(out),
        "--lang",
        language,
        "--sign",
        text(p12),
        "--password-file",
        text(password_file),
    ];
    args.extend_from_slice(more);
    gavel_reproducibly(db, &args, "")
}

fn verify(db: &Path, pdf: &Path) -> std::process::Output {
    gavel_reproducibly(db, &["minutes", "verify", text(pdf)], "")
}

#[test]
fn a_signed_agenda_is_valid_to_gavel_pdfsig_and_pyhanko_says_it_is_an_agenda_and_records_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let (events, tables) = (event_count(&db), dump_read_tables(&db));
    let p12 = fixture("certs/rsa-openssl3.p12");
    let password = fixture("certs/password.txt");

    let danish = folder.path().join("dagsorden.pdf");
    let output = export_signed(&db, &danish, "da", &p12, &password, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pages = page_count(text(&danish));
    let bytes = std::fs::metadata(&danish).expect("written").len();
    assert_eq!(
        stdout(&output).trim(),
        format!(
            "Skrev {} ({pages} sider, {bytes} byte), underskrevet i feltet sender-1",
            danish.display()
        )
    );
    // Signing the agenda is not signing the minutes: nothing recorded, nothing frozen.
    assert_eq!(event_count(&db), events);
    assert!(dump_read_tables(&db) == tables, "the read tables changed");
    check_agenda_pdf(&db, MEETING, &danish, Language::Danish);
    assert!(flat_text(text(&danish)).contains("Udsendt af"));

    let english = folder.path().join("agenda.pdf");
    let output = export_signed(&db, &english, "en", &p12, &password, &["--role", "chair"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with(&format!("Wrote {} (", english.display()))
            && stdout(&output)
                .trim_end()
                .ends_with("bytes), signed in box sender-1"),
        "{}",
        stdout(&output)
    );

    for pdf in [&danish, &english] {
        let verified = verify(&db, pdf);
        let report = stdout(&verified);
        assert!(verified.status.success(), "{report}{}", stderr(&verified));
        assert!(
            report.contains(&format!("signature 1 (sender-1): VALID — {SIGNER}")),
            "{report}"
        );
        assert!(report.contains("covers: the whole file"), "{report}");
        assert!(
            report.contains(
                "agenda (dagsorden) of the meeting \"Styregruppemøde december 2026\" (11111111-2222-4333-8444-555555555555): an agenda pack, not minutes"
            ),
            "{report}"
        );
        assert!(
            !report
                .lines()
                .any(|line| line.starts_with("log fingerprint")),
            "{report}"
        );
        assert_eq!(pdfsig_verdicts(pdf), ["valid"]);
        assert_eq!(
            pyhanko_verdicts(&pyhanko_python(), pdf).expect("pyHanko runs"),
            [Verdict::Valid],
            "pyHanko on {}",
            pdf.display()
        );
    }

    // Elsewhere the meeting is unknown; the agenda is still an agenda, validly signed.
    let elsewhere = folder.path().join("elsewhere.sqlite3");
    let verified = verify(&elsewhere, &danish);
    assert!(verified.status.success(), "{}", stdout(&verified));
    assert!(
        stdout(&verified).contains("which is not in this database: an agenda pack, not minutes"),
        "{}",
        stdout(&verified)
    );
}

/// The attacks on signed minutes (tests/fixtures/attacks), made on a signed agenda: Gavel calls
/// each what it is, pyHanko (the strict validator) agrees, and no change makes the agenda pass
/// for minutes.
#[test]
fn a_signed_agenda_changed_after_signing_is_reported_changed_and_never_passes_for_minutes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let signed = folder.path().join("dagsorden.pdf");
    let output = export_signed(
        &db,
        &signed,
        "da",
        &fixture("certs/rsa-openssl3.p12"),
        &fixture("certs/password.txt"),
        &[],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let python = pyhanko_python();

    for (attack, gavel_says, pyhanko_says) in [
        (
            "changed-after-signing",
            Verdict::ChangedAfterSigning,
            Verdict::ChangedAfterSigning,
        ),
        ("flipped-byte", Verdict::Invalid, Verdict::Invalid),
        // pyHanko allows any change of the document information; Gavel does not allow these
        // keys to change (changes_after_signing.rs), as for the minutes' fingerprint.
        (
            "dressed-as-minutes",
            Verdict::ChangedAfterSigning,
            Verdict::Valid,
        ),
        (
            "agenda-of-another",
            Verdict::ChangedAfterSigning,
            Verdict::Valid,
        ),
    ] {
        let tampered = folder.path().join(format!("{attack}.pdf"));
        let made = std::process::Command::new(&python)
            .arg(fixture("attacks/tamper.py"))
            .args([attack, text(&signed), text(&tampered)])
            .output()
            .expect("python runs");
        assert!(made.status.success(), "{attack}: {}", stderr(&made));

        let verified = verify(&db, &tampered);
        let report = stdout(&verified);
        assert!(!verified.status.success(), "{attack} verified:\n{report}");
        assert_eq!(gavel_verdicts(&report), [gavel_says], "{attack}:\n{report}");
        assert!(
            report.contains("agenda (dagsorden) of the meeting \"Styregruppemøde december 2026\""),
            "{attack}: the agenda as signed names its meeting:\n{report}"
        );
        assert!(
            !report
                .lines()
                .any(|line| line.starts_with("log fingerprint")),
            "{attack}:\n{report}"
        );
        assert_eq!(
            pyhanko_verdicts(&python, &tampered).expect("pyHanko runs"),
            [pyhanko_says],
            "pyHanko on {attack}"
        );
    }
}

#[test]
fn signing_an_agenda_with_bad_input_writes_nothing_and_says_why_in_the_agendas_language() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let (events, tables) = (event_count(&db), dump_read_tables(&db));
    let p12 = fixture("certs/rsa-openssl3.p12");
    let password = fixture("certs/password.txt");
    let wrong = folder.path().join("forkert.txt");
    std::fs::write(&wrong, "ikke-adgangskoden\n").expect("writes");
    let missing_p12 = folder.path().join("mangler.p12");
    let missing_password = folder.path().join("mangler.txt");
    let out = folder.path().join("dagsorden.pdf");

    let cases: Vec<(&str, &Path, &Path, &Path, String)> = vec![
        (
            "da",
            &p12,
            &wrong,
            &out,
            format!(
                "gavel: Forkert adgangskode til {}; intet er skrevet.",
                p12.display()
            ),
        ),
        (
            "en",
            &p12,
            &wrong,
            &out,
            format!(
                "gavel: wrong password for {}; nothing was written",
                p12.display()
            ),
        ),
        (
            "da",
            &missing_p12,
            &password,
            &out,
            format!(
                "gavel: {} kan ikke læses: filen findes ikke",
                missing_p12.display()
            ),
        ),
        (
            "en",
            &missing_p12,
            &password,
            &out,
            format!("gavel: cannot read {}: ", missing_p12.display()),
        ),
        (
            "da",
            &p12,
            &missing_password,
            &out,
            format!(
                "gavel: Adgangskodefilen {} kan ikke læses: filen findes ikke",
                missing_password.display()
            ),
        ),
        (
            "en",
            &p12,
            &missing_password,
            &out,
            format!(
                "gavel: cannot read the password file {}: ",
                missing_password.display()
            ),
        ),
        (
            "da",
            &p12,
            &password,
            folder.path(),
            format!("gavel: --out: {} er en mappe", folder.path().display()),
        ),
    ];
    for (language, p12, password_file, target, expected) in cases {
        let output = export_signed(&db, target, language, p12, password_file, &[]);
        let said = stderr(&output);
        assert!(!output.status.success(), "{expected}");
        assert!(
            said.starts_with(&expected),
            "expected {expected:?} in\n{said}"
        );
        if language == "da" {
            assert!(
                said.trim_end().ends_with("intet er skrevet.")
                    || said.contains("Intet er skrevet."),
                "{said}"
            );
        } else {
            assert!(said.contains("othing was written"), "{said}");
        }
        assert!(!said.contains("ikke-adgangskoden"), "{said}");
        assert!(!out.exists(), "{expected}: wrote {}", out.display());
        assert_eq!(event_count(&db), events);
        assert!(dump_read_tables(&db) == tables, "the read tables changed");
    }
    // No temporary file left behind either.
    let pdfs = std::fs::read_dir(folder.path())
        .expect("the folder reads")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().contains("pdf"))
        .count();
    assert_eq!(pdfs, 0);

    // --role and --password-file mean nothing without --sign.
    let output = gavel_reproducibly(
        &db,
        &[
            "agenda",
            "export",
            MEETING,
            "--out",
            text(&out),
            "--role",
            "chair",
        ],
        "",
    );
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--sign"), "{}", stderr(&output));
    assert!(!out.exists());
}
