use gavel_core::rules::Bilingual;

use super::IpcError;
use crate::state::Locale;

fn signed() -> gavel_core::Error {
    gavel_core::Error::Rejected(Bilingual::new(
        "Referatet er underskrevet.",
        "the meeting is signed",
    ))
}

#[test]
fn core_errors_reach_the_ui_as_kind_and_message() {
    let error = IpcError::from_core(&signed(), Locale::En);
    assert_eq!(
        serde_json::to_value(&error).expect("IpcError serialises"),
        serde_json::json!({ "kind": "rejected", "message": "the meeting is signed" })
    );
}

#[test]
fn core_errors_reach_a_danish_ui_in_danish() {
    let error = IpcError::from_core(&signed(), Locale::Da);
    assert_eq!(
        serde_json::to_value(&error).expect("IpcError serialises"),
        serde_json::json!({ "kind": "rejected", "message": "Referatet er underskrevet." })
    );
    let not_found = gavel_core::Error::NotFound {
        what: gavel_core::Record::Meeting,
        id: "0193".to_owned(),
    };
    assert_eq!(
        IpcError::from_core(&not_found, Locale::Da).message,
        "Mødet 0193 findes ikke."
    );
}

#[test]
fn storage_set_up_failures_are_storage_errors() {
    let error = IpcError::storage("cannot create the folder /nowhere: permission denied");
    assert_eq!(
        serde_json::to_value(&error).expect("IpcError serialises"),
        serde_json::json!({
            "kind": "storage",
            "message": "cannot create the folder /nowhere: permission denied"
        })
    );
}

#[test]
fn the_shell_words_its_own_messages_in_the_locale_from_the_catalogue() {
    let arguments = [("command", "show_meeting".into())];
    assert_eq!(
        Locale::Da.message("shell-projectorMayNotCall", &arguments),
        "Projektorvinduet må ikke kalde show_meeting."
    );
    assert_eq!(
        Locale::En.message("shell-projectorMayNotCall", &arguments),
        "The projector window may not call show_meeting."
    );
}
