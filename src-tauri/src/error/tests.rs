use super::IpcError;

#[test]
fn core_errors_reach_the_ui_as_kind_and_message() {
    let error = IpcError::from(gavel_core::Error::Rejected(
        "the meeting is signed".to_owned(),
    ));
    assert_eq!(
        serde_json::to_value(&error).expect("IpcError serialises"),
        serde_json::json!({ "kind": "rejected", "message": "the meeting is signed" })
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
