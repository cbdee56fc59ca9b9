use std::ffi::OsString;
use std::path::PathBuf;

use gavel_core::MemberRole;

use super::{CertificateSetting, Settings, SettingsError, SettingsFile};
use crate::state::{Environment, Locale};

fn environment(variables: &[(&str, &str)], system_locale: Option<&str>) -> Environment {
    let lookup = |name: &str| {
        variables
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| OsString::from(value))
    };
    Environment::from_variables(lookup, || system_locale.map(str::to_owned))
}

fn mette() -> Settings {
    Settings {
        language: Some(Locale::En),
        chair_name: "Mette Kjærgaard Holm".to_owned(),
        role: MemberRole::Secretary,
        organisation: "Aarhus Kommune".to_owned(),
        certificate: Some(CertificateSetting {
            path: PathBuf::from("/home/mette/.local/share/dk.gavel.app/certificates/Mette.p12"),
            subject: "Mette Kjærgaard Holm".to_owned(),
            organisation: Some("Aarhus Kommune".to_owned()),
            valid_from: "2026-11-28".to_owned(),
            valid_until: "2028-11-27".to_owned(),
        }),
    }
}

#[test]
fn a_first_start_has_no_file_and_gets_the_defaults_from_the_system() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = SettingsFile::in_folder(&folder.path().join("dk.gavel.app"));
    let settings = file
        .load()
        .expect("a missing file is a first start, not an error");
    assert_eq!(settings, Settings::default());
    assert_eq!(settings.language, None);
    assert_eq!(settings.role, MemberRole::Chair);
    assert_eq!(settings.certificate, None);
    assert!(!file.path().exists(), "loading never creates the file");

    let danish_system = environment(&[("USER", "mkh")], Some("da_DK.UTF-8"));
    assert_eq!(settings.locale(&danish_system), Locale::Da);
    assert_eq!(settings.author(&danish_system), "mkh");
    assert_eq!(
        settings.locale(&environment(&[], Some("de-DE"))),
        Locale::En
    );
    assert_eq!(settings.author(&environment(&[], None)), "Gavel");
}

#[test]
fn saved_settings_read_back_the_same_and_hold_no_password() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = SettingsFile::in_folder(&folder.path().join("new").join("dk.gavel.app"));
    file.save(&mette())
        .expect("the folder is created and the file written");
    assert_eq!(file.load().expect("the file just written"), mette());

    let text = std::fs::read_to_string(file.path()).expect("the file just written");
    assert!(
        text.contains("\"chair_name\": \"Mette Kjærgaard Holm\""),
        "{text}"
    );
    assert!(text.contains("\"role\": \"secretary\""), "{text}");
    assert!(text.contains("Mette.p12"), "{text}");
    assert!(!text.to_lowercase().contains("password"), "{text}");
    assert!(!text.to_lowercase().contains("adgangskode"), "{text}");
}

#[test]
fn a_file_from_another_gavel_version_reads_with_defaults_for_what_it_lacks() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = SettingsFile::in_folder(folder.path());
    std::fs::write(
        file.path(),
        r#"{"chair_name": "Rasmus", "a_setting_from_the_future": [1, 2]}"#,
    )
    .expect("a temporary file");
    let settings = file.load().expect("unknown fields are ignored");
    assert_eq!(settings.chair_name, "Rasmus");
    assert_eq!(settings.role, MemberRole::Chair);
    assert_eq!(settings.language, None);
}

#[test]
fn a_damaged_file_is_a_clear_error_and_is_kept_when_new_settings_are_saved() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = SettingsFile::in_folder(folder.path());
    let damaged = "{\n  \"chair_name\": \"Mette\",\n  \"role\": \"formand\"\n}\n";
    std::fs::write(file.path(), damaged).expect("a temporary file");

    let error = file.load().expect_err("an unknown role is refused");
    let SettingsError::Damaged { line, .. } = &error else {
        panic!("expected a damaged-file error, got {error:?}");
    };
    assert_eq!(*line, 3, "{error}");
    let english = error.message(Locale::En);
    assert!(
        english.contains(&file.path().display().to_string()),
        "{english}"
    );
    assert!(english.contains("line 3"), "{english}");
    assert!(english.contains("default settings"), "{english}");
    assert!(error.message(Locale::Da).contains("linje 3"));
    assert_eq!(
        std::fs::read_to_string(file.path()).expect("still there"),
        damaged,
        "reading a damaged file leaves it as it was"
    );

    std::fs::write(file.path(), b"\xff\xfe not json").expect("a temporary file");
    let garbage = std::fs::read(file.path()).expect("just written");
    assert!(matches!(file.load(), Err(SettingsError::Damaged { .. })));
    file.save(&mette()).expect("saving new settings");
    assert_eq!(file.load().expect("the new file"), mette());
    assert_eq!(
        std::fs::read(file.damaged_copy_path()).expect("the damaged file was kept"),
        garbage
    );
}

#[test]
fn a_good_file_is_replaced_without_a_damaged_copy() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = SettingsFile::in_folder(folder.path());
    file.save(&Settings::default()).expect("first save");
    file.save(&mette()).expect("second save");
    assert_eq!(file.load().expect("the file"), mette());
    assert!(!file.damaged_copy_path().exists());
}

#[test]
fn gavel_lang_and_gavel_author_override_the_file() {
    let settings = mette();
    let plain = environment(&[("USER", "mkh")], Some("da-DK"));
    assert_eq!(
        settings.locale(&plain),
        Locale::En,
        "the file beats the system"
    );
    assert_eq!(
        settings.author(&plain),
        "Mette Kjærgaard Holm",
        "the file beats the login name"
    );

    let tests = environment(
        &[
            ("GAVEL_LANG", "da"),
            ("GAVEL_AUTHOR", "Ende-til-ende-test"),
            ("USER", "mkh"),
        ],
        Some("en-GB"),
    );
    assert_eq!(settings.locale(&tests), Locale::Da);
    assert_eq!(settings.author(&tests), "Ende-til-ende-test");

    let blank_name = Settings {
        chair_name: "  ".to_owned(),
        ..mette()
    };
    assert_eq!(blank_name.author(&plain), "mkh", "a blank name is no name");
}

#[test]
fn a_settings_file_that_cannot_be_written_is_an_error_naming_it() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    // A file where the config folder should be: the folder cannot be created.
    let blocked = folder.path().join("dk.gavel.app");
    std::fs::write(&blocked, "not a folder").expect("a temporary file");
    let file = SettingsFile::in_folder(&blocked);
    let error = file.save(&mette()).expect_err("no folder, no file");
    assert!(matches!(error, SettingsError::Write { .. }), "{error:?}");
    let message = error.message(Locale::Da);
    assert!(message.contains("settings.json"), "{message}");
    assert!(
        message.starts_with("Indstillingerne kan ikke gemmes"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&blocked).expect("untouched"),
        "not a folder"
    );
}
