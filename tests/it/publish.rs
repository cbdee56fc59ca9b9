//! Publication (issue 20, item 4; docs/publish.md): `gavel publish` writes a group's public
//! meetings as a static website. From an empty database through `gavel apply`: only the meeting
//! the chair marked public is published, with the exact signed PDF; a secret poll shows its
//! totals; notes stay out; text that tries to break out of the HTML stays text in every field and
//! never reaches a file name; an unsigned public meeting, a missing signed PDF and a folder that
//! is not a Gavel site are refused with nothing written. The last test loads every page of a
//! published demo register in headless Chromium and runs axe-core on it.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::support::{built_binary, gavel_reproducibly, stderr, stdout};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const CHAIR: &str = "c0000000-0000-4000-8000-000000000001";
const LARS: &str = "c0000000-0000-4000-8000-000000000002";
const SOFIE: &str = "c0000000-0000-4000-8000-000000000003";
const ORGANISATION: &str = "0a000000-0000-4000-8000-000000000001";
const PUBLIC_MEETING: &str = "11111111-2222-4333-8444-555555555555";
const INTERNAL_MEETING: &str = "11111111-2222-4333-8444-666666666666";
const ITEM: &str = "21111111-2222-4333-8444-555555555555";
const INTERNAL_ITEM: &str = "21111111-2222-4333-8444-666666666666";
const POLL: &str = "51111111-2222-4333-8444-555555555555";
const PASSWORD: &str = "hemmeligt-kodeord-til-test";

/// The texts a group's data may hold that try to break out of HTML: a script, an attribute
/// break with an event handler, the end of the title, a comment, an entity.
const ATTACKS: [&str; 5] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "</title><script>alert(2)</script>",
    "'><svg onload=alert(3)>",
    "<!-- &amp; <style>body{display:none}</style>",
];

/// Plain words for the ordinary test, attacks for the hostile one.
struct Texts {
    group: String,
    organisation: String,
    member: String,
    meeting_title: String,
    location: String,
    item_title: String,
    case_description: String,
    proposed_decision: String,
    question: String,
    decision: String,
    action: String,
    owner: String,
    notes: String,
}

impl Texts {
    fn plain() -> Texts {
        Texts {
            group: "Styregruppen for OS2mo".into(),
            organisation: "Aarhus Kommune".into(),
            member: "Lars Bøgh".into(),
            meeting_title: "Styregruppemøde november 2026".into(),
            location: "Aarhus Rådhus".into(),
            item_title: "Hosting af OS2mo".into(),
            case_description: "Der er kommet **to tilbud** på hosting.\n\n- Tilbud A\n- Tilbud B"
                .into(),
            proposed_decision: "Styregruppen vælger tilbud B.".into(),
            question: "Skal tilbud B vælges?".into(),
            decision: "Tilbud B vælges.".into(),
            action: "Send tilbud B til leverandøren.".into(),
            owner: "Lise Østergaard".into(),
            notes: "INTERN-NOTE: leverandøren må ikke se dette.".into(),
        }
    }

    /// Every field an attack, each a different one, with a marker to find it by.
    fn hostile() -> Texts {
        let attack = |n: usize, field: &str| format!("{field} {}", ATTACKS[n % ATTACKS.len()]);
        Texts {
            group: attack(2, "G"),
            organisation: attack(1, "O"),
            member: attack(3, "M"),
            meeting_title: attack(2, "T"),
            location: attack(1, "L"),
            item_title: attack(0, "I"),
            case_description: attack(4, "C"),
            proposed_decision: attack(1, "P"),
            question: attack(3, "Q"),
            decision: attack(0, "D"),
            action: attack(1, "A"),
            owner: attack(2, "W"),
            notes: attack(0, "N"),
        }
    }
}

fn apply(db: &Path, commands: &[Value]) {
    let lines: String = commands
        .iter()
        .map(|command| format!("{command}\n"))
        .collect();
    let output = gavel_reproducibly(db, &["apply"], &lines);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

/// A group with three members; a closed meeting with an agenda item (case, proposal, notes), a
/// secret poll counted by hand, a decision and an action item; and a second closed meeting.
fn a_group_with_two_closed_meetings(db: &Path, texts: &Texts) {
    let mut commands = vec![
        json!({"type": "CreateGroup", "id": GROUP, "name": texts.group}),
        json!({"type": "AddOrganisation", "id": ORGANISATION, "group_id": GROUP, "name": texts.organisation}),
        json!({"type": "AddMember", "id": CHAIR, "group_id": GROUP, "name": "Mette Holm", "role": "chair", "organisation_id": ORGANISATION}),
        json!({"type": "AddMember", "id": LARS, "group_id": GROUP, "name": texts.member, "organisation_id": ORGANISATION}),
        json!({"type": "AddMember", "id": SOFIE, "group_id": GROUP, "name": "Sofie Vinther"}),
        json!({"type": "CreateMeeting", "id": PUBLIC_MEETING, "group_id": GROUP, "title": texts.meeting_title,
               "starts_at": "2026-11-26T13:00:00", "location": texts.location}),
        json!({"type": "AddAgendaItem", "id": ITEM, "meeting_id": PUBLIC_MEETING, "title": texts.item_title}),
        json!({"type": "SetAgendaItemProposal", "agenda_item_id": ITEM, "case_description": texts.case_description,
               "proposed_decision": texts.proposed_decision}),
        json!({"type": "OpenMeeting", "meeting_id": PUBLIC_MEETING, "at": "2026-11-26T13:00:00"}),
    ];
    for member in [CHAIR, LARS, SOFIE] {
        commands.push(
            json!({"type": "SetAttendance", "meeting_id": PUBLIC_MEETING, "member_id": member,
                             "attendance": "present", "at": "13:00"}),
        );
    }
    commands.extend([
        json!({"type": "SetAgendaItemNotes", "agenda_item_id": ITEM, "notes": texts.notes}),
        json!({"type": "OpenPoll", "id": POLL, "meeting_id": PUBLIC_MEETING, "agenda_item_id": ITEM,
               "question": texts.question, "kind": {"type": "yes_no"}, "secret": true}),
        json!({"type": "RecordTotals", "poll_id": POLL, "totals": {"type": "yes_no", "yes": 2, "no": 1, "abstain": 0}}),
        json!({"type": "ClosePoll", "poll_id": POLL}),
        json!({"type": "RecordDecision", "meeting_id": PUBLIC_MEETING, "agenda_item_id": ITEM, "poll_id": POLL,
               "outcome": "approved", "text": texts.decision}),
        json!({"type": "AddActionItem", "meeting_id": PUBLIC_MEETING, "agenda_item_id": ITEM, "text": texts.action,
               "owner_name": texts.owner, "due_date": "2026-12-15"}),
        json!({"type": "CloseMeeting", "meeting_id": PUBLIC_MEETING, "at": "2026-11-26T15:00:00"}),
        json!({"type": "CreateMeeting", "id": INTERNAL_MEETING, "group_id": GROUP, "title": "Internt møde om budgettet",
               "starts_at": "2026-12-03T13:00:00"}),
        json!({"type": "AddAgendaItem", "id": INTERNAL_ITEM, "meeting_id": INTERNAL_MEETING, "title": "Budget 2027"}),
        json!({"type": "OpenMeeting", "meeting_id": INTERNAL_MEETING, "at": "2026-12-03T13:00:00"}),
        json!({"type": "RecordDecision", "meeting_id": INTERNAL_MEETING, "agenda_item_id": INTERNAL_ITEM,
               "outcome": "noted", "text": "UNPUBLISHED-DECISION om budgettet."}),
        json!({"type": "CloseMeeting", "meeting_id": INTERNAL_MEETING, "at": "2026-12-03T15:00:00"}),
    ]);
    apply(db, &commands);
}

fn set_public(db: &Path, meeting: &str, public: bool) {
    apply(
        db,
        &[json!({"type": "SetMeetingPublic", "meeting_id": meeting, "public": public})],
    );
}

/// `gavel cert create` into FOLDER/chair.p12, with FOLDER/password.txt.
fn certificate(db: &Path, folder: &Path) -> (PathBuf, PathBuf) {
    let p12 = folder.join("chair.p12");
    let password = folder.join("password.txt");
    if !p12.exists() {
        std::fs::write(&password, format!("{PASSWORD}\n")).expect("writes the password");
        let created = gavel_reproducibly(
            db,
            &[
                "cert",
                "create",
                "--name",
                "Mette Holm",
                "--org",
                "Aarhus Kommune",
                "--out",
                p12.to_str().expect("utf-8"),
                "--password-file",
                password.to_str().expect("utf-8"),
                "--valid-days",
                "30",
            ],
            "",
        );
        assert!(created.status.success(), "{}", stderr(&created));
    }
    (p12, password)
}

/// Exports the meeting's minutes signed by the chair into `pdf`.
fn sign(db: &Path, folder: &Path, meeting: &str, pdf: &Path) {
    let (p12, password) = certificate(db, folder);
    let exported = gavel_reproducibly(
        db,
        &[
            "minutes",
            "export",
            meeting,
            "--out",
            pdf.to_str().expect("utf-8"),
            "--sign",
            p12.to_str().expect("utf-8"),
            "--password-file",
            password.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(exported.status.success(), "{}", stderr(&exported));
}

fn publish(db: &Path, minutes: &Path, out: &Path) -> std::process::Output {
    gavel_reproducibly(
        db,
        &[
            "publish",
            "--group",
            "styregruppen for os2mo",
            "--minutes-folder",
            minutes.to_str().expect("utf-8"),
            "--out",
            out.to_str().expect("utf-8"),
        ],
        "",
    )
}

/// Every file under `folder`, as "a/b.html" paths, sorted.
fn files_in(folder: &Path) -> Vec<String> {
    fn walk(root: &Path, folder: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(folder).expect("readable folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(root, &path, found);
            } else {
                let relative = path.strip_prefix(root).expect("under the root");
                found.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut found = Vec::new();
    walk(folder, folder, &mut found);
    found.sort();
    found
}

fn read(site: &Path, file: &str) -> String {
    std::fs::read_to_string(site.join(file)).unwrap_or_else(|error| panic!("{file}: {error}"))
}

/// The tags Gavel's pages are made of; a tag from data would be another, or carry an `on…`
/// attribute.
const TAGS: &[&str] = &[
    "!DOCTYPE", "html", "head", "meta", "title", "link", "body", "a", "header", "div", "p", "nav",
    "main", "footer", "h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "ul",
    "li", "dl", "dt", "dd", "section", "strong", "br", "code", "span",
];

/// Every tag in `html` is one of [`TAGS`] and none has an event-handler attribute, a `style`
/// attribute or a `javascript:` address; `<title>` appears once, with no markup inside.
fn check_markup_is_gavels_own(file: &str, html: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = start
            + rest[start..]
                .find('>')
                .unwrap_or_else(|| panic!("{file}: unclosed tag"));
        let tag = &rest[start + 1..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        assert!(
            TAGS.contains(&name.as_str()),
            "{file}: a tag <{tag}> Gavel does not write"
        );
        let lower = tag.to_lowercase();
        for word in lower.split(|c: char| c.is_whitespace() || c == '"' || c == '\'') {
            assert!(
                !(word.starts_with("on") && word.contains('=')),
                "{file}: an event handler in <{tag}>"
            );
            assert!(
                !word.starts_with("style="),
                "{file}: a style attribute in <{tag}>"
            );
        }
        assert!(
            !lower.contains("javascript:"),
            "{file}: javascript: in <{tag}>"
        );
        rest = &rest[end + 1..];
    }
    assert_eq!(html.matches("<title>").count(), 1, "{file}");
    let title =
        &html[html.find("<title>").expect("a title") + 7..html.find("</title>").expect("its end")];
    assert!(!title.contains('<'), "{file}: markup in the title: {title}");
}

/// Every link of every page of the site reaches a file of the site, and a link to a place on a
/// page (`#decision-1`) reaches an element with that id there; returns the links followed.
fn check_every_link_lands(site: &Path) -> Vec<String> {
    let mut followed = Vec::new();
    for file in files_in(site)
        .into_iter()
        .filter(|file| file.ends_with(".html"))
    {
        let html = read(site, &file);
        let folder = Path::new(&file).parent().expect("a file has a folder");
        for link in html.split("href=\"").skip(1) {
            let link = &link[..link.find('"').expect("the address ends")];
            if link.contains("://") {
                continue;
            }
            let (path, place) = link.split_once('#').unwrap_or((link, ""));
            let target = if path.is_empty() {
                file.clone()
            } else {
                let mut target = folder.to_path_buf();
                for part in path.split('/') {
                    match part {
                        ".." => assert!(target.pop(), "{file}: {link} leaves the site"),
                        part => target.push(part),
                    }
                }
                target.to_str().expect("utf-8").to_owned()
            };
            assert!(
                site.join(&target).is_file(),
                "{file}: {link} reaches no file ({target})"
            );
            if !place.is_empty() {
                let places = read(site, &target)
                    .matches(&format!(" id=\"{place}\""))
                    .count();
                assert_eq!(
                    places, 1,
                    "{file}: {link} must reach one place #{place} in {target}"
                );
            }
            followed.push(format!("{file} -> {link}"));
        }
    }
    followed
}

#[test]
fn only_the_public_signed_meeting_is_published_with_its_exact_signed_pdf() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let minutes = folder.path().join("Gavel");
    std::fs::create_dir(&minutes).expect("minutes folder");
    a_group_with_two_closed_meetings(&db, &Texts::plain());
    let signed = minutes.join("referat.pdf");
    sign(&db, folder.path(), PUBLIC_MEETING, &signed);
    sign(
        &db,
        folder.path(),
        INTERNAL_MEETING,
        &minutes.join("internt.pdf"),
    );
    // A draft is never public; the signed meeting is, though its minutes are frozen.
    set_public(&db, PUBLIC_MEETING, true);

    let site = folder.path().join("site");
    let published = publish(&db, &minutes, &site);
    assert!(published.status.success(), "{}", stderr(&published));
    assert!(
        stdout(&published).contains("Published 1 public meeting"),
        "{}",
        stdout(&published)
    );

    let stem = format!("2026-11-26-{PUBLIC_MEETING}");
    assert_eq!(
        files_in(&site),
        [
            "beslutninger.csv".to_owned(),
            "en/decisions.csv".to_owned(),
            "en/index.html".to_owned(),
            format!("en/meetings/{stem}.html"),
            "favicon.svg".to_owned(),
            "gavel-site.txt".to_owned(),
            "index.html".to_owned(),
            format!("meetings/{stem}.html"),
            format!("minutes/{stem}.pdf"),
            "style.css".to_owned(),
        ]
    );
    assert_eq!(
        std::fs::read(site.join(format!("minutes/{stem}.pdf"))).expect("published PDF"),
        std::fs::read(&signed).expect("signed PDF"),
        "the published PDF is the signed file, byte for byte"
    );

    let index = read(&site, "index.html");
    let page = read(&site, &format!("meetings/{stem}.html"));
    let english = read(&site, &format!("en/meetings/{stem}.html"));
    assert!(index.contains("<html lang=\"da\">"), "{index}");
    assert!(english.contains("<html lang=\"en\">"), "{english}");
    for (file, html) in [("index", &index), ("page", &page), ("en", &english)] {
        assert!(
            html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'"),
            "{file}"
        );
        assert!(html.contains("<main id=\"main\""), "{file}");
        assert!(
            html.contains("class=\"skip-link\" href=\"#main\""),
            "{file}"
        );
    }
    // The register as a spreadsheet, linked from its page: the same entries, Danish and English.
    assert!(
        index.contains("<a href=\"beslutninger.csv\" type=\"text/csv\" download>"),
        "{index}"
    );
    assert!(
        read(&site, "en/index.html").contains("<a href=\"decisions.csv\""),
        "the English register links its own spreadsheet"
    );
    let spreadsheet = read(&site, "beslutninger.csv");
    assert!(
        spreadsheet.starts_with("\u{feff}Dato;Gruppe;Møde;"),
        "{spreadsheet}"
    );
    // The decision, the action item and the secret poll with its totals: a header and 3 rows.
    assert_eq!(spreadsheet.lines().count(), 4, "{spreadsheet}");
    for entry in [
        "Tilbud B vælges.",
        "Send tilbud B til leverandøren.",
        "Skal tilbud B vælges?",
        "2 for, 1 imod",
    ] {
        assert!(spreadsheet.contains(entry), "{entry} in {spreadsheet}");
    }
    assert!(read(&site, "en/decisions.csv").starts_with("\u{feff}Date,Group,Meeting,"));
    // The register: the decision, the secret poll's totals, the action item with its status.
    assert!(index.contains("Tilbud B vælges."), "{index}");
    assert!(index.contains("Skal tilbud B vælges?"), "{index}");
    assert!(index.contains("Åbent"), "{index}");
    assert!(index.contains("Lise Østergaard"), "{index}");
    assert!(index.contains("<th scope=\"col\">"), "{index}");
    // The secret poll: its figures, and (a secret poll keeps none) no one's vote.
    let poll_row = index
        .lines()
        .find(|line| line.contains("Skal tilbud B vælges?"))
        .expect("the poll's row");
    assert!(poll_row.contains("2 for, 1 imod"), "{poll_row}");
    for name in ["Mette Holm", "Lars Bøgh", "Sofie Vinther"] {
        assert!(!poll_row.contains(name), "{poll_row}");
    }
    assert!(page.contains("Afstemning 1 (hemmelig)"), "{page}");
    assert!(page.contains("<strong>to tilbud</strong>"), "{page}");
    assert!(
        page.contains("Underskrevet digitalt af Mette Holm (Formand)"),
        "{page}"
    );
    assert!(
        english.contains("Signed digitally by Mette Holm (Chair)"),
        "{english}"
    );
    assert!(
        page.contains(&format!("href=\"../minutes/{stem}.pdf\"")),
        "{page}"
    );
    assert!(
        page.contains(&format!("href=\"../en/meetings/{stem}.html\"")),
        "{page}"
    );

    // Each entry of the register links to its own place on its meeting's page, in both
    // languages: the decision, the poll and the action item, each by its number.
    let links = check_every_link_lands(&site);
    for (register, meeting_page) in [
        ("index.html", format!("meetings/{stem}.html")),
        ("en/index.html", format!("meetings/{stem}.html")),
    ] {
        for place in ["decision-1", "poll-1", "action-item-1"] {
            let link = format!("{register} -> {meeting_page}#{place}");
            assert!(links.contains(&link), "{link} in {links:#?}");
        }
    }
    assert!(
        page.contains("<section class=\"agenda-item\" id=\"item-1\">"),
        "{page}"
    );

    // Nothing of the meeting that is not public, and no notes, anywhere in the site.
    for file in files_in(&site) {
        assert!(!file.contains(INTERNAL_MEETING), "{file}");
        if file.ends_with(".pdf") {
            continue;
        }
        let text = read(&site, &file);
        for secret in [
            "Internt møde",
            "UNPUBLISHED-DECISION",
            INTERNAL_MEETING,
            "INTERN-NOTE",
        ] {
            assert!(!text.contains(secret), "{file} holds {secret}");
        }
        assert!(!text.to_lowercase().contains("<script"), "{file}");
        if file.ends_with(".html") {
            check_markup_is_gavels_own(&file, &text);
        }
    }

    // Publishing again replaces the site; a meeting made not public leaves it.
    set_public(&db, PUBLIC_MEETING, false);
    let again = publish(&db, &minutes, &site);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        files_in(&site),
        [
            "beslutninger.csv",
            "en/decisions.csv",
            "en/index.html",
            "favicon.svg",
            "gavel-site.txt",
            "index.html",
            "style.css"
        ]
    );
    assert!(read(&site, "index.html").contains("Ingen møder er offentliggjort endnu."));
    assert!(!read(&site, "index.html").contains("Tilbud B vælges."));
}

#[test]
fn text_that_tries_to_break_out_of_the_html_stays_text_in_every_field_and_file_name() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let minutes = folder.path().join("minutes");
    std::fs::create_dir(&minutes).expect("minutes folder");
    let texts = Texts::hostile();
    a_group_with_two_closed_meetings(&db, &texts);
    // The signed file's own name is an attack too; the site's names never come from it.
    let signed = minutes.join("\"><img src=x onerror=alert(1)> <script>.pdf");
    sign(&db, folder.path(), PUBLIC_MEETING, &signed);
    set_public(&db, PUBLIC_MEETING, true);
    let site = folder.path().join("site");
    let published = gavel_reproducibly(
        &db,
        &[
            "publish",
            "--group",
            GROUP,
            "--minutes-folder",
            minutes.to_str().expect("utf-8"),
            "--out",
            site.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(published.status.success(), "{}", stderr(&published));

    let stem = format!("2026-11-26-{PUBLIC_MEETING}");
    for file in files_in(&site) {
        assert!(
            [
                "index.html".to_owned(),
                "en/index.html".to_owned(),
                format!("meetings/{stem}.html"),
                format!("en/meetings/{stem}.html"),
                format!("minutes/{stem}.pdf"),
                "style.css".to_owned(),
                "favicon.svg".to_owned(),
                "gavel-site.txt".to_owned(),
                "beslutninger.csv".to_owned(),
                "en/decisions.csv".to_owned(),
            ]
            .contains(&file),
            "a file name Gavel did not make from a date and an id: {file}"
        );
    }
    let mut shown = 0;
    for file in files_in(&site)
        .iter()
        .filter(|file| file.ends_with(".html"))
    {
        let html = read(&site, file);
        check_markup_is_gavels_own(file, &html);
        assert!(!html.to_lowercase().contains("<script"), "{file}");
        assert!(!html.to_lowercase().contains("<img"), "{file}");
        assert!(!html.to_lowercase().contains("<svg"), "{file}");
        assert!(!html.to_lowercase().contains("<style"), "{file}");
        assert!(!html.contains("<!--"), "{file}");
        // The attacks are shown, as text.
        if html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") {
            shown += 1;
        }
        assert!(!html.contains("N <script"), "{file}: the notes");
        assert!(
            !html.contains(&texts.notes.replace('<', "&lt;").replace('>', "&gt;")),
            "{file}: the notes"
        );
    }
    assert!(shown >= 4, "the attacks appear escaped on every page");
    assert!(
        check_every_link_lands(&site).len() >= 20,
        "the pages' links, data in every field"
    );
    let page = read(&site, &format!("meetings/{stem}.html"));
    for field in [
        "G &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
        "T &lt;/title&gt;",
        "L &quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "I &lt;script&gt;",
        "C &lt;!-- &amp;amp; &lt;style&gt;",
        "P &quot;&gt;&lt;img",
        "Q &#39;&gt;&lt;svg onload=alert(3)&gt;",
        "D &lt;script&gt;",
        "A &quot;&gt;&lt;img",
        "W &lt;/title&gt;",
        "M &#39;&gt;&lt;svg",
        "O &quot;&gt;&lt;img",
    ] {
        assert!(
            page.contains(field),
            "{field} is not on the page as text:\n{page}"
        );
    }
}

#[test]
fn a_public_meeting_whose_minutes_are_not_signed_is_refused_and_nothing_is_written() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    a_group_with_two_closed_meetings(&db, &Texts::plain());
    set_public(&db, PUBLIC_MEETING, true);
    let site = folder.path().join("site");
    let refused = publish(&db, folder.path(), &site);
    assert!(!refused.status.success());
    let message = stderr(&refused);
    assert!(
        message.contains("nothing was published")
            && message.contains("\"Styregruppemøde november 2026\"")
            && message.contains("2026-11-26")
            && message.contains("not signed"),
        "{message}"
    );
    assert!(!site.exists(), "nothing is written");

    // Marking a meeting that is not closed public is refused in Danish and English.
    let draft = "11111111-2222-4333-8444-777777777777";
    apply(
        &db,
        &[
            json!({"type": "CreateMeeting", "id": draft, "group_id": GROUP, "title": "Januarmøde",
                 "starts_at": "2027-01-14T13:00:00"}),
        ],
    );
    let output = gavel_reproducibly(
        &db,
        &["apply"],
        &format!(
            "{}\n",
            json!({"type": "SetMeetingPublic", "meeting_id": draft, "public": true})
        ),
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("only a closed meeting can be published"),
        "{}",
        stderr(&output)
    );
    // Marking twice is refused too.
    let twice = gavel_reproducibly(
        &db,
        &["apply"],
        &format!(
            "{}\n",
            json!({"type": "SetMeetingPublic", "meeting_id": PUBLIC_MEETING, "public": true})
        ),
    );
    assert!(
        stderr(&twice).contains("is already public"),
        "{}",
        stderr(&twice)
    );
}

#[test]
fn a_missing_or_changed_signed_pdf_and_a_folder_that_is_not_a_gavel_site_are_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let minutes = folder.path().join("minutes");
    std::fs::create_dir(&minutes).expect("minutes folder");
    a_group_with_two_closed_meetings(&db, &Texts::plain());
    let signed = minutes.join("referat.pdf");
    sign(&db, folder.path(), PUBLIC_MEETING, &signed);
    set_public(&db, PUBLIC_MEETING, true);

    // A byte changed: not the signed file, so it is not found.
    let mut bytes = std::fs::read(&signed).expect("signed PDF");
    let last = bytes.len() - 10;
    bytes[last] ^= 1;
    std::fs::write(&signed, &bytes).expect("changed PDF");
    let site = folder.path().join("site");
    let refused = publish(&db, &minutes, &site);
    assert!(!refused.status.success());
    let message = stderr(&refused);
    assert!(
        message.contains("the signed minutes of \"Styregruppemøde november 2026\" (2026-11-26) are not in the folder")
            && message.contains(minutes.to_str().expect("utf-8")),
        "{message}"
    );
    assert!(!site.exists(), "nothing is written");

    // Someone's folder: refused, and left as it was.
    bytes[last] ^= 1;
    std::fs::write(&signed, &bytes).expect("the signed PDF again");
    let theirs = folder.path().join("documents");
    std::fs::create_dir(&theirs).expect("a folder");
    std::fs::write(theirs.join("budget.xlsx"), b"keep me").expect("someone's file");
    let refused = publish(&db, &minutes, &theirs);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("the folder is not empty and is not a site Gavel published"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(files_in(&theirs), ["budget.xlsx"]);
    // A file where the folder should be.
    let refused = publish(&db, &minutes, &theirs.join("budget.xlsx"));
    assert!(
        stderr(&refused).contains("is not a folder"),
        "{}",
        stderr(&refused)
    );
    // No staging folder is left behind.
    assert_eq!(
        std::fs::read_dir(folder.path())
            .expect("readable")
            .filter(|entry| entry
                .as_ref()
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .contains("gavel-publishing"))
            .count(),
        0
    );
}

/// The published demo register in a real browser: headless Chromium (Debian's `chromium`,
/// scripts/setup.sh --test) loads every page from a local web server with no console error, no
/// failed load and no CSP violation, the style sheet applies, no page has a script, and axe-core
/// (ui/node_modules, as e2e_accessibility.rs) finds no violation of WCAG 2.1 A/AA or its best
/// practices. The runner is tests/browser/check-site.mjs.
#[test]
fn the_published_demo_register_loads_in_chromium_with_no_console_error_and_no_axe_violation() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let loaded = gavel_reproducibly(&db, &["demo"], "");
    assert!(loaded.status.success(), "{}", stderr(&loaded));
    let listed = gavel_reproducibly(&db, &["meeting", "list", "--json"], "");
    let meetings: Vec<Value> = serde_json::from_str(&stdout(&listed)).expect("JSON");
    let minutes = folder.path().join("minutes");
    std::fs::create_dir(&minutes).expect("minutes folder");
    let mut group = String::new();
    for meeting in meetings
        .iter()
        .filter(|meeting| meeting["status"] == "closed")
    {
        let id = meeting["id"].as_str().expect("id");
        group = meeting["group_id"].as_str().expect("group").to_owned();
        sign(&db, folder.path(), id, &minutes.join(format!("{id}.pdf")));
        set_public(&db, id, true);
    }
    assert!(!group.is_empty(), "the demo has a closed meeting");
    let site = folder.path().join("site");
    let published = gavel_reproducibly(
        &db,
        &[
            "publish",
            "--group",
            &group,
            "--minutes-folder",
            minutes.to_str().expect("utf-8"),
            "--out",
            site.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(published.status.success(), "{}", stderr(&published));

    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace");
    let axe = workspace.join("ui/node_modules/axe-core/axe.min.js");
    assert!(
        axe.exists(),
        "{} is missing: run `npm --prefix ui install` (scripts/setup.sh does)",
        axe.display()
    );
    let chromium = Path::new("/usr/bin/chromium");
    assert!(
        chromium.exists(),
        "Debian's chromium is missing: run scripts/setup.sh --test"
    );
    let _ = built_binary("gavel");
    let checked = std::process::Command::new("node")
        .arg("--experimental-websocket")
        .arg(workspace.join("tests/browser/check-site.mjs"))
        .arg(&site)
        .arg(&axe)
        .arg(chromium)
        .output()
        .expect("node runs");
    assert!(
        checked.status.success(),
        "{}{}",
        stdout(&checked),
        stderr(&checked)
    );
    let report: Value = serde_json::from_str(&stdout(&checked)).expect("the runner's JSON");
    let pages = report["pages"].as_array().expect("pages");
    let html_files = files_in(&site)
        .iter()
        .filter(|file| file.ends_with(".html"))
        .count();
    assert_eq!(pages.len(), html_files, "every page was loaded");
    assert!(
        html_files >= 4,
        "the register and a meeting, in two languages"
    );
    for page in pages {
        let name = &page["page"];
        assert_eq!(page["problems"], json!([]), "{name}: console errors");
        assert_eq!(page["violations"], json!([]), "{name}: axe violations");
        assert_eq!(
            page["styled"],
            json!(true),
            "{name}: the style sheet did not apply"
        );
        assert_eq!(page["scripts"], json!(0), "{name}: a script");
        assert!(
            page["passes"].as_u64().expect("a count") > 10,
            "{name}: axe ran"
        );
    }
}
