use super::*;

#[test]
fn headers_are_recognised_in_any_language_and_case() {
    for (header, expected) in [
        ("Issue key", Some(ColumnField::Key)),
        ("ISSUE KEY", Some(ColumnField::Key)),
        ("Work item key", Some(ColumnField::Key)),
        ("Clave de incidencia", Some(ColumnField::Key)),
        ("Clé de ticket", Some(ColumnField::Key)),
        ("Sagsnøgle", Some(ColumnField::Key)),
        ("Vorgangsschlüssel:", Some(ColumnField::Key)),
        ("Klucz zgłoszenia", Some(ColumnField::Key)),
        ("課題キー", Some(ColumnField::Key)),
        ("\u{feff}Summary", Some(ColumnField::Summary)),
        ("Zusammenfassung", Some(ColumnField::Summary)),
        ("Podsumowanie", Some(ColumnField::Summary)),
        ("Stemmer", Some(ColumnField::Votes)),
        ("Votos", Some(ColumnField::Votes)),
        ("Stimmen", Some(ColumnField::Votes)),
        ("Votes", Some(ColumnField::Votes)),
        ("Übergeordnet", Some(ColumnField::Parent)),
        ("Element nadrzędny", Some(ColumnField::Parent)),
        ("Parent", Some(ColumnField::Parent)),
        ("Parent id", Some(ColumnField::Parent)),
        ("Custom field (Epic Link)", Some(ColumnField::EpicLink)),
        ("Beobachter", Some(ColumnField::Watchers)),
        ("Stichwörter", Some(ColumnField::Labels)),
        ("Custom field (Rank)", Some(ColumnField::Rank)),
        // The wrapper is read in any language: German Cloud writes "Felder" in the plural.
        ("Benutzerdefinierte Felder (Rank)", Some(ColumnField::Rank)),
        (
            "Pole niestandardowe (Story point estimate)",
            Some(ColumnField::StoryPointEstimate),
        ),
        (
            "Campo personalizado (Story Points)",
            Some(ColumnField::StoryPoints),
        ),
        ("Fix Version/s", Some(ColumnField::FixVersions)),
        ("Component/s", Some(ColumnField::Components)),
        ("Watchers Id", None),
        ("Status Category", None),
        ("Parent summary", None),
        ("Inward issue link (Blocks)", None),
        ("Custom field (Rank (Obsolete))", None),
        ("(Rank)", None),
    ] {
        assert_eq!(field_named(header), expected, "header {header:?}");
    }
}

/// One name means one field in every language, or a header would be read two ways.
#[test]
fn no_name_means_two_fields() {
    let mut seen: HashMap<&str, (ColumnField, &str)> = HashMap::new();
    for (language, names) in LANGUAGES {
        for (field, name) in *names {
            assert_eq!(
                normalise_header(name),
                *name,
                "{language}: {name:?} is not normalised"
            );
            if let Some((other, other_language)) = seen.insert(name, (*field, language)) {
                assert_eq!(
                    other, *field,
                    "{name:?} is {other:?} in {other_language} but {field:?} in {language}"
                );
            }
        }
    }
}

#[test]
fn every_choosable_field_has_a_name_that_reads_back() {
    for field in ColumnField::CHOOSABLE {
        assert_eq!(ColumnField::from_name(field.name()), Some(field));
    }
    assert_eq!(ColumnField::from_name("votes"), Some(ColumnField::Votes));
    assert_eq!(ColumnField::from_name("Votes"), None);
}

#[test]
fn issue_key_and_lexo_rank_shapes() {
    for key in ["MO-1420", "OS2MO-7", "A_B-1", "MO-0"] {
        assert!(is_issue_key(key), "{key}");
    }
    for not_key in [
        "mo-1", "M-1", "MO-", "MO-1a", "MO 1", "1-MO", "MO-1-2", "", "10013",
    ] {
        assert!(!is_issue_key(not_key), "{not_key}");
    }
    for rank in ["0|i001nb:", "1|hzzzzz:", "2|i0000f:i"] {
        assert!(is_lexo_rank(rank), "{rank}");
    }
    for not_rank in ["3|i001nb:", "0|I001NB:", "0|i001nb", "i001nb:", "Sprint 1"] {
        assert!(!is_lexo_rank(not_rank), "{not_rank}");
    }
}
