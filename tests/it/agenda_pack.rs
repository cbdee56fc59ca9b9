//! The agenda pack (`gavel agenda export`, docs/agenda.md) through the `gavel` binary, from an
//! empty database set up by `gavel apply`, checked with the same independent tools as the
//! minutes (tests/it/minutes.rs): qpdf, pdffonts, pdftotext with æøå, every word inside the
//! margins; the table of contents' page numbers read back with pdftotext page by page; and the
//! laid-out pages of the same pack, which say where headings fall.

use std::path::Path;

use gavel_core::{Store, StoreOptions};
use gavel_minutes::Language;
use gavel_minutes::fonts::FontStyle;
use gavel_minutes::layout::page::Page;
use gavel_minutes::layout::{Mark, TextStyle};

use crate::minutes::{
    check_structure_and_fonts, check_words_inside_margins, demo_database, flat_text,
    meeting_id_titled, page_count, tool,
};
use crate::support::{gavel, gavel_reproducibly, stderr, stdout};

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
