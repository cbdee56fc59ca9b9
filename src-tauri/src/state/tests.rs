use std::ffi::OsString;
use std::path::PathBuf;

use super::{Environment, Locale};

fn environment(variables: &[(&str, &str)], system_locale: Option<&str>) -> Environment {
    let lookup = |name: &str| {
        variables
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| OsString::from(value))
    };
    Environment::from_variables(lookup, || system_locale.map(str::to_owned))
}

#[test]
fn language_tags_map_to_the_two_catalogue_languages() {
    let cases = [
        ("da", Locale::Da),
        ("da-DK", Locale::Da),
        ("da_DK.UTF-8", Locale::Da),
        ("DA", Locale::Da),
        ("en-GB", Locale::En),
        ("de-DE", Locale::En),
        ("dav", Locale::En),
        ("", Locale::En),
        ("C", Locale::En),
    ];
    for (tag, expected) in cases {
        assert_eq!(Locale::from_language_tag(tag), expected, "tag {tag:?}");
    }
}

#[test]
fn gavel_lang_overrides_the_system_language() {
    assert_eq!(
        environment(&[("GAVEL_LANG", "da")], Some("en-US")).locale,
        Locale::Da
    );
    assert_eq!(
        environment(&[("GAVEL_LANG", "en")], Some("da-DK")).locale,
        Locale::En
    );
    assert_eq!(environment(&[], Some("da-DK")).locale, Locale::Da);
    assert_eq!(
        environment(&[("GAVEL_LANG", "")], Some("da-DK")).locale,
        Locale::Da
    );
    assert_eq!(environment(&[], None).locale, Locale::En);
}

#[test]
fn author_is_gavel_author_then_login_name_then_gavel() {
    let author = |variables: &[(&str, &str)]| environment(variables, None).author;
    assert_eq!(
        author(&[("GAVEL_AUTHOR", "Mette Frederiksen"), ("USER", "mf")]),
        "Mette Frederiksen"
    );
    assert_eq!(author(&[("GAVEL_AUTHOR", " "), ("USER", "mf")]), "mf");
    assert_eq!(author(&[("USERNAME", "MF")]), "MF");
    assert_eq!(author(&[]), "Gavel");
}

#[test]
fn gavel_db_chooses_the_database_file() {
    assert_eq!(
        environment(&[("GAVEL_DB", "/tmp/meetings.sqlite3")], None).database_path,
        Some(PathBuf::from("/tmp/meetings.sqlite3"))
    );
    assert_eq!(environment(&[], None).database_path, None);
}

#[test]
fn locale_crosses_the_ipc_boundary_as_a_language_code() {
    assert_eq!(
        serde_json::to_string(&Locale::Da).expect("a unit variant serialises"),
        r#""da""#
    );
    assert_eq!(
        serde_json::to_string(&Locale::En).expect("a unit variant serialises"),
        r#""en""#
    );
}
