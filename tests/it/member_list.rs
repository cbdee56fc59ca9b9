//! Members from a list (docs/members-csv.md): Danish Excel's semicolon CSV in Windows-1252, rows
//! pasted from a spreadsheet, English headers; re-import updates rather than duplicates; every bad
//! row is named by line and column, and nothing is half-saved.

use gavel_core::member_list::{ListSeparator, MemberField, MemberListAction, MemberListReport};
use gavel_core::{Command, GroupView, MemberRole, Store};
use uuid::Uuid;

use crate::support::{dump_read_tables, fresh_store};

fn new_group(store: &mut Store) -> Uuid {
    store
        .apply(Command::CreateGroup {
            id: None,
            name: "Styregruppen for OS2mo".into(),
            kind: None,
            minutes_language: None,
        })
        .expect("group")
        .created_id
        .expect("id")
}

fn group(store: &Store) -> GroupView {
    store.groups().expect("groups").remove(0)
}

fn import(store: &mut Store, group_id: Uuid, file: &str, bytes: &[u8]) -> MemberListReport {
    store
        .import_member_list(group_id, file, bytes, false)
        .unwrap_or_else(|error| panic!("{file} imports: {error}"))
}

/// Windows-1252 bytes of a text with only Latin-1 letters (æøå are the same code points).
fn cp1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character"))
        .collect()
}

#[test]
fn danish_excel_semicolon_csv_in_windows_1252_is_read_with_danish_headers() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = new_group(&mut store);
    let file = cp1252(
        "Navn;Organisation;Rolle;E-mail;Stemmeret;Stemmevægt\r\n\
         Mette Kjærgaard Holm;Aarhus Kommune;Formand;meho@aarhus.dk;ja;1\r\n\
         Søren Ågård;Københavns Kommune;medlem;soeg@kk.dk;ja;2\r\n\
         \r\n\
         Lise Østergaard;OS2-sekretariatet;Referent;;nej;\r\n",
    );
    let preview = store
        .import_member_list(group_id, "medlemmer.csv", &file, true)
        .expect("the preview reads");
    assert!(preview.dry_run);
    assert_eq!(preview.encoding, "Windows-1252");
    assert_eq!(preview.separator, ListSeparator::Semicolon);
    assert_eq!(preview.added, 3);
    assert!(group(&store).members.is_empty(), "a preview saves nothing");
    assert_eq!(
        preview.new_organisations,
        ["Aarhus Kommune", "Københavns Kommune", "OS2-sekretariatet"]
    );

    let report = import(&mut store, group_id, "medlemmer.csv", &file);
    assert!(!report.dry_run);
    let members = group(&store).members;
    let names: Vec<(&str, Option<&str>, MemberRole, bool, u32)> = members
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                m.organisation_name.as_deref(),
                m.role,
                m.voting_right,
                m.vote_weight,
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            (
                "Lise Østergaard",
                Some("OS2-sekretariatet"),
                MemberRole::Secretary,
                false,
                1
            ),
            (
                "Mette Kjærgaard Holm",
                Some("Aarhus Kommune"),
                MemberRole::Chair,
                true,
                1
            ),
            (
                "Søren Ågård",
                Some("Københavns Kommune"),
                MemberRole::Member,
                true,
                2
            ),
        ]
    );
}

#[test]
fn rows_pasted_from_a_spreadsheet_and_english_headers_are_read() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = new_group(&mut store);
    let pasted = "Name\tOrganization\tRole\tEmail\n\
                  Jane Doe\tRegion Midtjylland\tVice chair\tjane@rm.dk\n\
                  Per Hansen\tSupplier A/S\tAdvisor\t\n";
    let report = import(&mut store, group_id, "indsat tekst", pasted.as_bytes());
    assert_eq!(report.separator, ListSeparator::Tab);
    assert_eq!(
        report
            .columns
            .iter()
            .map(|column| column.field)
            .collect::<Vec<_>>(),
        [
            Some(MemberField::Name),
            Some(MemberField::Organisation),
            Some(MemberField::Role),
            Some(MemberField::Email),
        ]
    );
    let members = group(&store).members;
    assert_eq!(members[0].role, MemberRole::ViceChair);
    assert!(members[0].voting_right);
    assert_eq!(members[1].role, MemberRole::Advisor);
    assert!(!members[1].voting_right, "advisors do not vote by default");

    let comma = "name,organisation\n\"Hansen, Per\",Odense Kommune\n";
    let report = import(&mut store, group_id, "members.csv", comma.as_bytes());
    assert_eq!(report.separator, ListSeparator::Comma);
    assert!(
        group(&store)
            .members
            .iter()
            .any(|m| m.name == "Hansen, Per")
    );
}

#[test]
fn a_second_import_updates_by_email_or_name_instead_of_duplicating() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = new_group(&mut store);
    let first = "Navn;Organisation;E-mail;Stemmevægt\n\
                 Mette Holm;Aarhus Kommune;meho@aarhus.dk;1\n\
                 Søren Ågård;Københavns Kommune;;1\n";
    import(&mut store, group_id, "liste.csv", first.as_bytes());
    let db = folder.path().join("gavel.sqlite3");
    let after_first = dump_read_tables(&db);

    let again = import(&mut store, group_id, "liste.csv", first.as_bytes());
    assert_eq!((again.added, again.changed, again.unchanged), (0, 0, 2));
    assert_eq!(
        dump_read_tables(&db),
        after_first,
        "the same list changes nothing"
    );

    // Mette's name is corrected (found by her e-mail); Søren gets an e-mail and weight (found
    // by his name); a new member joins; Lise is not in the list and is kept.
    store
        .apply(Command::AddMember {
            id: None,
            group_id,
            name: "Lise Østergaard".into(),
            organisation_id: None,
            role: None,
            voting_right: None,
            vote_weight: None,
            email: None,
            joined_on: None,
        })
        .expect("Lise");
    let second = "Navn;Organisation;E-mail;Stemmevægt\n\
                  Mette Kjærgaard Holm;Aarhus Kommune;MEHO@aarhus.dk;1\n\
                  Søren Ågård;Københavns Kommune;soeg@kk.dk;2\n\
                  Anne Jensen;Odense Kommune;anje@odense.dk;1\n";
    let report = import(&mut store, group_id, "liste.csv", second.as_bytes());
    assert_eq!((report.added, report.changed, report.unchanged), (1, 2, 0));
    assert_eq!(report.not_in_list, ["Lise Østergaard"]);
    let fields: Vec<Vec<MemberField>> = report
        .rows
        .iter()
        .filter_map(|row| match &row.action {
            MemberListAction::Update { fields, .. } => Some(fields.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        fields,
        [
            vec![MemberField::Name],
            vec![MemberField::Email, MemberField::VoteWeight]
        ]
    );
    let members = group(&store).members;
    assert_eq!(members.len(), 4);
    assert!(members.iter().any(|m| m.name == "Mette Kjærgaard Holm"));
}

/// Each bad list: the message names the file, the line and the column, in Danish and English,
/// and the database is exactly as it was.
#[test]
fn bad_member_lists_are_refused_naming_line_and_column_and_nothing_is_saved() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "Navn;Stemmevægt\nMette Holm;1\nSøren Ågård;tre\n",
            "liste.csv, linje 3, felt »Stemmevægt«: »tre« er ikke en stemmevægt",
            "liste.csv, line 3, field \"Stemmevægt\": \"tre\" is not a vote weight",
            "weight in words",
        ),
        (
            "Name,Vote weight\nJane Doe,-1\n",
            "liste.csv, linje 2, felt »Vote weight«: »-1« er ikke en stemmevægt",
            "liste.csv, line 2, field \"Vote weight\": \"-1\" is not a vote weight",
            "negative weight",
        ),
        (
            "Navn;Organisation\nMette Holm;Aarhus\nRasmus Berg;Odense\nMette Holm;Vejle\n",
            "liste.csv, linje 4: Mette Holm står allerede på linje 2",
            "liste.csv, line 4: Mette Holm already appears on line 2",
            "duplicate name",
        ),
        (
            "Navn;Rolle\nMette Holm;boss\n",
            "liste.csv, linje 2, felt »Rolle«: »boss« er ikke en rolle",
            "liste.csv, line 2, field \"Rolle\": \"boss\" is not a role",
            "unknown role",
        ),
        (
            "Navn;E-mail\nMette Holm;mette(at)aarhus.dk\n",
            "liste.csv, linje 2, felt »E-mail«: »mette(at)aarhus.dk« er ikke en e-mailadresse",
            "liste.csv, line 2, field \"E-mail\": \"mette(at)aarhus.dk\" is not an e-mail address",
            "bad e-mail",
        ),
        (
            "Organisation;Rolle\nAarhus;medlem\n",
            "liste.csv, linje 1: overskriftslinjen har ingen kolonne »Navn«",
            "liste.csv, line 1: the header has no \"Name\" (or \"Navn\") column",
            "no name column",
        ),
        (
            "Navn;Organisation\n;Aarhus\n",
            "liste.csv, linje 2, felt »Navn«: rækken har intet navn.",
            "liste.csv, line 2, field \"Navn\": the row has no name",
            "empty name",
        ),
        (
            "Navn;Stemmeret\nMette Holm;måske\n",
            "liste.csv, linje 2, felt »Stemmeret«: »måske« er hverken ja eller nej.",
            "liste.csv, line 2, field \"Stemmeret\": \"måske\" is neither yes nor no",
            "voting right",
        ),
    ];
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = new_group(&mut store);
    let db = folder.path().join("gavel.sqlite3");
    let before = dump_read_tables(&db);
    for (file, danish, english, case) in cases {
        let error = store
            .import_member_list(group_id, "liste.csv", file.as_bytes(), false)
            .expect_err(case);
        assert!(
            error.danish().starts_with(danish),
            "{case}: {}",
            error.danish()
        );
        assert!(error.to_string().starts_with(english), "{case}: {error}");
        assert_eq!(dump_read_tables(&db), before, "{case}: nothing is saved");
    }
}

#[test]
fn a_list_of_ten_thousand_rows_is_refused_as_the_wrong_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = new_group(&mut store);
    let mut list = String::from("Navn;E-mail\n");
    for n in 0..10_000 {
        list.push_str(&format!("Medlem {n};m{n}@kommune.dk\n"));
    }
    let error = store
        .import_member_list(group_id, "alle.csv", list.as_bytes(), false)
        .expect_err("too many rows");
    assert!(
        error
            .to_string()
            .starts_with("alle.csv, line 1002: the list has more than 1000 members"),
        "{error}"
    );
    assert!(group(&store).members.is_empty());
}

#[test]
fn a_list_whose_second_chair_clashes_with_the_group_saves_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = new_group(&mut store);
    import(
        &mut store,
        group_id,
        "a.csv",
        "Navn;Rolle\nMette Holm;formand\n".as_bytes(),
    );
    let db = folder.path().join("gavel.sqlite3");
    let before = dump_read_tables(&db);
    let error = store
        .import_member_list(
            group_id,
            "b.csv",
            "Navn;Rolle\nAnne Jensen;medlem\nRasmus Berg;formand\n".as_bytes(),
            false,
        )
        .expect_err("two chairs");
    assert!(
        error.danish().contains("Mette Holm er allerede formand"),
        "{}",
        error.danish()
    );
    assert_eq!(dump_read_tables(&db), before, "Anne was not saved either");

    // Handing over the chair in one list works: the old chair's row comes first in the plan.
    import(
        &mut store,
        group_id,
        "c.csv",
        "Navn;Rolle\nRasmus Berg;formand\nMette Holm;medlem\n".as_bytes(),
    );
    let chairs: Vec<String> = group(&store)
        .members
        .into_iter()
        .filter(|m| m.role == MemberRole::Chair)
        .map(|m| m.name)
        .collect();
    assert_eq!(chairs, ["Rasmus Berg"]);
}
