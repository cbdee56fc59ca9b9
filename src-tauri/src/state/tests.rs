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
fn gavel_lang_and_the_system_language_are_read_apart() {
    let lang = environment(&[("GAVEL_LANG", "en")], Some("da-DK"));
    assert_eq!(lang.language, Some(Locale::En));
    assert_eq!(lang.system_locale, Locale::Da);
    assert_eq!(
        environment(&[("GAVEL_LANG", "")], Some("da-DK")).language,
        None,
        "an empty variable counts as unset"
    );
    assert_eq!(environment(&[], None).system_locale, Locale::En);
}

#[test]
fn gavel_author_and_the_login_name_are_read_apart() {
    let both = environment(
        &[("GAVEL_AUTHOR", "Mette Frederiksen"), ("USER", "mf")],
        None,
    );
    assert_eq!(both.author.as_deref(), Some("Mette Frederiksen"));
    assert_eq!(both.login_name.as_deref(), Some("mf"));
    let blank = environment(&[("GAVEL_AUTHOR", " "), ("USERNAME", "MF")], None);
    assert_eq!(blank.author, None, "a blank GAVEL_AUTHOR counts as unset");
    assert_eq!(blank.login_name.as_deref(), Some("MF"));
}

#[test]
fn the_settings_screen_names_the_variables_that_override_the_file() {
    assert_eq!(
        environment(&[("GAVEL_LANG", "da"), ("GAVEL_AUTHOR", "Test")], None).overriding_variables(),
        ["GAVEL_LANG", "GAVEL_AUTHOR"]
    );
    assert!(
        environment(&[("USER", "mf")], None)
            .overriding_variables()
            .is_empty()
    );
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
