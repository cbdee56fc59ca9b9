//! End-to-end: sync by file between two laptops, each a run of the real desktop app on its own
//! database (like e2e.rs, whose helpers it uses; needs Xvfb and the built app and `gavel`).
//!
//! Both laptops share the demo group: B got it from A's sync file beforehand, as a secretary gets
//! the group from the chair. (Loading the demo on each laptop would not do: the demo's December
//! agenda items get ids from the device that loads it, so two demos hold two agendas.) Then the
//! chair records a decision on A, exports the December meeting in A's app, and B's app imports the
//! file through its file field, after a preview. A signs the file with a `.p12` in the export
//! form, and B's preview names the signer. A second test shows a conflict in the preview
//! and cancels: nothing changes; a signed file edited after signing is refused first. A third gives a fresh Gavel the whole demo from a file, on the
//! first-run screen, as a member who just installed Gavel gets the chair's meetings.

use std::path::{Path, PathBuf};

use anyhow::{Context, ensure};
use fantoccini::{Client, Locator};
use gavel_core::{Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{EndToEndTools, in_the_app, save_screenshot, trust_every_new_computer, wait_for};
use crate::support::{
    dump_read_tables, event_count, gavel_with_env, stderr, trust_every_device_in,
};

/// The demo's planned meeting (assets/demo/meeting.jsonl).
const DECEMBER_MEETING: &str = "3adbe893-04b7-5692-8a9c-c5968e4c0734";
const DECEMBER_FILE_NAME: &str = "Styregruppemøde december 2026 (2026-12-10).gavel";
const DECISION_TEXT: &str = "Dagsordenen er godkendt med et ekstra punkt om hosting.";
const CHAIR: &str = "Mette Kjærgaard Holm";
const P12_PASSWORD: &str = "hemmeligt-kodeord-til-e2e";

#[tokio::test(flavor = "multi_thread")]
async fn a_decision_exported_on_one_laptop_is_imported_on_another_in_the_app() -> anyhow::Result<()>
{
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let exports = folder.path().join("Dokumenter").join("Gavel");
    let (a, b) = two_laptops_sharing_the_demo(folder.path())?;
    let meeting_id = Uuid::parse_str(DECEMBER_MEETING)?;
    cli(
        &a,
        "Mette Kjærgaard Holm",
        &[
            format!(
                r#"{{"type":"OpenMeeting","meeting_id":"{DECEMBER_MEETING}","at":"2026-12-10T13:02:00"}}"#
            ),
            format!(
                r#"{{"type":"RecordDecision","meeting_id":"{DECEMBER_MEETING}","outcome":"approved","text":"{DECISION_TEXT}"}}"#
            ),
        ],
    )?;

    let p12 = chair_certificate(&a, folder.path())?;
    let exported = in_the_app(&tools, &a, &exports, move |client| {
        export_december_meeting(client, p12)
    })
    .await?;
    ensure!(
        exported == exports.join(DECEMBER_FILE_NAME),
        "the app should say it saved {}, it says {}",
        exports.join(DECEMBER_FILE_NAME).display(),
        exported.display()
    );
    ensure!(exported.is_file(), "{} was not written", exported.display());

    let events_before = event_count(&b);
    let file = exported.clone();
    in_the_app(&tools, &b, &exports, move |client| {
        import_with_preview(client, file)
    })
    .await?;

    let a_meeting = Store::open(&a, StoreOptions::new("e2e check"))?.meeting(meeting_id)?;
    let b_meeting = Store::open(&b, StoreOptions::new("e2e check"))?.meeting(meeting_id)?;
    let decisions: Vec<&str> = b_meeting
        .decisions
        .iter()
        .map(|decision| decision.text.as_str())
        .collect();
    assert_eq!(decisions, [DECISION_TEXT], "B's meeting has A's decision");
    assert_eq!(
        serde_json::to_value(&b_meeting)?,
        serde_json::to_value(&a_meeting)?,
        "B shows the meeting exactly as A does, log fingerprint included"
    );
    assert_eq!(
        event_count(&b),
        events_before + 2,
        "B added A's two events: the meeting opened, the decision"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_conflict_is_shown_in_the_preview_and_cancelling_changes_nothing() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let exports = folder.path().join("exports");
    let (a, b) = two_laptops_sharing_the_demo(folder.path())?;
    let first_item = Store::open(&a, StoreOptions::new("e2e check"))?
        .meeting(Uuid::parse_str(DECEMBER_MEETING)?)?
        .agenda[0]
        .id;
    let notes = |text: &str| {
        format!(
            r#"{{"type":"SetAgendaItemNotes","agenda_item_id":"{first_item}","notes":"{text}"}}"#
        )
    };
    cli(
        &a,
        "Mette Kjærgaard Holm",
        &[notes("Godkendt med en rettelse")],
    )?;
    cli(
        &b,
        "Rasmus Højgaard",
        &[notes("Godkendt uden bemærkninger")],
    )?;
    let file = folder.path().join("fra Mette.gavel");
    let p12 = chair_certificate(&a, folder.path())?;
    let password_file = folder.path().join("password.txt");
    let exported = gavel_with_env(
        &a,
        &[
            "sync",
            "export",
            DECEMBER_MEETING,
            "--out",
            path_text(&file)?,
            "--sign",
            path_text(&p12)?,
            "--password-file",
            path_text(&password_file)?,
        ],
        "",
        &[],
    );
    ensure!(exported.status.success(), "{}", stderr(&exported));

    let tables_before = dump_read_tables(&b);
    let events_before = event_count(&b);
    in_the_app(&tools, &b, &exports, move |client| {
        preview_conflict_and_cancel(client, file)
    })
    .await?;
    assert_eq!(event_count(&b), events_before, "cancelling adds no event");
    assert_eq!(
        dump_read_tables(&b),
        tables_before,
        "cancelling changes no table"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fresh_laptop_gets_the_meetings_from_a_sync_file_on_the_first_run_screen()
-> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let a = folder.path().join("a.sqlite3");
    let fresh = folder.path().join("fresh.sqlite3");
    let file = folder.path().join("Styregruppen for OS2mo.gavel");
    let demo = gavel_with_env(&a, &["--author", "Mette Kjærgaard Holm", "demo"], "", &[]);
    ensure!(demo.status.success(), "gavel demo: {}", stderr(&demo));
    let export = gavel_with_env(
        &a,
        &["sync", "export", "--all", "--out", path_text(&file)?],
        "",
        &[],
    );
    ensure!(
        export.status.success(),
        "gavel sync export: {}",
        stderr(&export)
    );

    let exports = folder.path().join("exports");
    in_the_app(&tools, &fresh, &exports, move |client| {
        import_on_the_first_run_screen(client, file)
    })
    .await?;

    let a_store = Store::open(&a, StoreOptions::new("e2e check"))?;
    let fresh_store = Store::open(&fresh, StoreOptions::new("e2e check"))?;
    for meeting in a_store.meetings()? {
        assert_eq!(
            serde_json::to_value(fresh_store.meeting(meeting.id)?)?,
            serde_json::to_value(a_store.meeting(meeting.id)?)?,
            "{} is the same on the fresh laptop",
            meeting.title
        );
    }
    assert_eq!(event_count(&fresh), event_count(&a), "every event arrived");
    Ok(())
}

/// The chair set her group up and sent it alone, before its first meeting: the secretary's fresh
/// Gavel shows the new group in the preview on the first-run screen, and after the import the
/// Groups screen has it with its members.
#[tokio::test(flavor = "multi_thread")]
async fn a_group_sent_before_its_first_meeting_reaches_a_fresh_laptop() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let chair = folder.path().join("chair.sqlite3");
    let fresh = folder.path().join("fresh.sqlite3");
    let file = folder.path().join("Styregruppen for OS2mo.gavel");
    let group = "5a7e0000-0000-4000-8000-000000000001";
    let set_up = [
        serde_json::json!({"type": "CreateGroup", "id": group, "name": "Styregruppen for OS2mo"}),
        serde_json::json!({
            "type": "AddMember", "group_id": group, "name": CHAIR, "role": "chair"
        }),
        serde_json::json!({
            "type": "AddMember", "group_id": group, "name": "Rasmus Lund", "role": "member"
        }),
    ]
    .map(|line| line.to_string())
    .join("\n");
    let applied = gavel_with_env(&chair, &["apply"], &set_up, &[]);
    ensure!(
        applied.status.success(),
        "gavel apply: {}",
        stderr(&applied)
    );
    let export = gavel_with_env(
        &chair,
        &[
            "sync",
            "export",
            "--group",
            group,
            "--out",
            path_text(&file)?,
        ],
        "",
        &[],
    );
    ensure!(
        export.status.success(),
        "gavel sync export --group: {}",
        stderr(&export)
    );

    let exports = folder.path().join("exports");
    in_the_app(&tools, &fresh, &exports, move |client| async move {
        wait_for(&client, "#load-demo").await?;
        wait_for(&client, "#sync-import-file")
            .await?
            .send_keys(path_text(&file)?)
            .await
            .context("choosing the sync file in #sync-import-file")?;
        wait_for(&client, "#sync-preview").await?;
        ensure!(
            trust_every_new_computer(&client).await? == 1,
            "the chair's laptop is new here"
        );
        let preview = wait_for(&client, "#sync-report-groups-added")
            .await?
            .text()
            .await?;
        ensure!(
            preview.contains("Nye grupper") && preview.contains("Styregruppen for OS2mo"),
            "the preview names the new group: {preview}"
        );
        wait_for(&client, "#sync-import-confirm")
            .await?
            .click()
            .await
            .context("clicking #sync-import-confirm")?;
        wait_for(&client, "#sync-import-summary").await?;
        wait_for(&client, "#nav-groups")
            .await?
            .click()
            .await
            .context("clicking #nav-groups")?;
        let name = wait_for(&client, "#group-name")
            .await?
            .prop("value")
            .await?;
        ensure!(
            name.as_deref() == Some("Styregruppen for OS2mo"),
            "the Groups screen shows the group: {name:?}"
        );
        save_screenshot(&client, "sync-8-group-received").await?;
        Ok(())
    })
    .await?;

    assert_eq!(
        dump_read_tables(&fresh),
        dump_read_tables(&chair),
        "the fresh laptop has the group as the chair has it"
    );
    Ok(())
}

/// The certificate the chair chose in the settings is the one the sync export offers: she only
/// types its password, as when she signs the minutes, and the file is signed by her.
#[tokio::test(flavor = "multi_thread")]
async fn a_sync_file_is_signed_with_the_certificate_chosen_in_the_settings() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let exports = folder.path().join("Dokumenter").join("Gavel");
    let (a, _b) = two_laptops_sharing_the_demo(folder.path())?;
    let p12 = chair_certificate(&a, folder.path())?;
    let exported = in_the_app(&tools, &a, &exports, move |client| async move {
        wait_for(&client, "#nav-settings").await?.click().await?;
        wait_for(&client, "#certificate-file")
            .await?
            .send_keys(path_text(&p12)?)
            .await
            .context("choosing the .p12 in the settings")?;
        wait_for(&client, "#certificate-file-password")
            .await?
            .send_keys(P12_PASSWORD)
            .await?;
        wait_for(&client, "#certificate-choose")
            .await?
            .click()
            .await?;
        wait_for(&client, "#certificate-done").await?;

        open_sync_screen(&client).await?;
        wait_for(&client, &format!("#sync-meeting-{DECEMBER_MEETING}"))
            .await?
            .click()
            .await?;
        wait_for(&client, "#sync-export-sign")
            .await?
            .click()
            .await?;
        let offered = wait_for(&client, "#sync-export-settings-certificate")
            .await?
            .text()
            .await?;
        ensure!(
            offered.contains(CHAIR),
            "the export should offer the settings' certificate of {CHAIR}, it shows:\n{offered}"
        );
        ensure!(
            client
                .find_all(Locator::Css("#sync-export-p12"))
                .await?
                .is_empty(),
            "no file field while the settings' certificate is used"
        );
        wait_for(&client, "#sync-export-password")
            .await?
            .send_keys(P12_PASSWORD)
            .await?;
        wait_for(&client, "#sync-export").await?.click().await?;
        let signed = wait_for(&client, "#sync-export-signed")
            .await?
            .text()
            .await?;
        ensure!(
            signed.contains(&format!("Underskrevet af {CHAIR}, Aarhus Kommune")),
            "the message should name the signer, it says:\n{signed}"
        );
        let path = wait_for(&client, "#sync-export-path").await?.text().await?;
        Ok(PathBuf::from(path.trim()))
    })
    .await?;
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&exported)?)?;
    ensure!(
        file.get("signature")
            .is_some_and(|signature| !signature.is_null()),
        "the written file carries a signature: {}",
        exported.display()
    );
    Ok(())
}

/// Issue 15, item 5, in the app: A and B each record a decision on the first agenda item without
/// seeing the other's; A's preview of B's file lists both, and on the meeting's page the chair
/// keeps hers with one click: the conflict is gone and B's decision is withdrawn.
#[tokio::test(flavor = "multi_thread")]
async fn contradicting_decisions_are_shown_and_the_chair_keeps_one_in_the_app() -> anyhow::Result<()>
{
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let exports = folder.path().join("exports");
    let (a, b) = two_laptops_sharing_the_demo(folder.path())?;
    let meeting_id = Uuid::parse_str(DECEMBER_MEETING)?;
    cli(
        &a,
        CHAIR,
        &[format!(
            r#"{{"type":"OpenMeeting","meeting_id":"{DECEMBER_MEETING}","at":"2026-12-10T13:02:00"}}"#
        )],
    )?;
    let opened = folder.path().join("åbnet.gavel");
    let export = gavel_with_env(
        &a,
        &[
            "sync",
            "export",
            DECEMBER_MEETING,
            "--out",
            path_text(&opened)?,
        ],
        "",
        &[],
    );
    ensure!(export.status.success(), "{}", stderr(&export));
    let trust = trust_every_device_in(&opened);
    let mut import_args = vec!["sync", "import", path_text(&opened)?];
    import_args.extend(trust.iter().map(String::as_str));
    let import = gavel_with_env(&b, &import_args, "", &[]);
    ensure!(import.status.success(), "{}", stderr(&import));
    let first_item = Store::open(&a, StoreOptions::new("e2e check"))?
        .meeting(meeting_id)?
        .agenda[0]
        .id;
    let decide = |outcome: &str, text: &str| {
        format!(
            r#"{{"type":"RecordDecision","meeting_id":"{DECEMBER_MEETING}","agenda_item_id":"{first_item}","outcome":"{outcome}","text":"{text}"}}"#
        )
    };
    cli(&a, CHAIR, &[decide("approved", "Dagsordenen er godkendt.")])?;
    cli(
        &b,
        "Rasmus Højgaard",
        &[decide("rejected", "Dagsordenen er ikke godkendt.")],
    )?;
    let from_b = folder.path().join("fra Rasmus.gavel");
    let export = gavel_with_env(
        &b,
        &[
            "sync",
            "export",
            DECEMBER_MEETING,
            "--out",
            path_text(&from_b)?,
        ],
        "",
        &[],
    );
    ensure!(export.status.success(), "{}", stderr(&export));

    in_the_app(&tools, &a, &exports, move |client| {
        resolve_a_decision_conflict(client, from_b)
    })
    .await?;

    let meeting = Store::open(&a, StoreOptions::new("e2e check"))?.meeting(meeting_id)?;
    assert!(meeting.decision_conflicts.is_empty(), "{meeting:?}");
    let decisions: Vec<&str> = meeting
        .decisions
        .iter()
        .map(|decision| decision.text.as_str())
        .collect();
    assert_eq!(
        decisions,
        ["Dagsordenen er godkendt."],
        "B's decision is withdrawn"
    );
    Ok(())
}

/// In A's app: B's file previewed (both decisions listed), imported, the December meeting opened,
/// "Behold beslutning 1" clicked.
async fn resolve_a_decision_conflict(client: Client, file: PathBuf) -> anyhow::Result<()> {
    open_sync_screen(&client).await?;
    wait_for(&client, "#sync-import-file")
        .await?
        .send_keys(path_text(&file)?)
        .await
        .context("choosing the sync file in #sync-import-file")?;
    wait_for(&client, "#sync-preview").await?;
    trust_every_new_computer(&client).await?;
    let conflicts = wait_for(&client, "#sync-report-decision-conflicts")
        .await?
        .text()
        .await?;
    for expected in [
        "1 uafklaret konflikt mellem beslutninger",
        "Beslutninger om »Godkendelse af dagsorden« i »Styregruppemøde december 2026«",
        "Beslutning 1: Godkendt",
        "Dagsordenen er godkendt.",
        "Beslutning 2: Afvist",
        "Dagsordenen er ikke godkendt.",
        "Rasmus Højgaard (computer ",
    ] {
        ensure!(
            conflicts.contains(expected),
            "the preview should say {expected:?}, it says:\n{conflicts}"
        );
    }
    scroll_into_view(&client, "#sync-report-decision-conflicts").await?;
    save_screenshot(&client, "sync-4-decision-conflict").await?;
    wait_for(&client, "#sync-import-confirm")
        .await?
        .click()
        .await
        .context("clicking #sync-import-confirm")?;
    wait_for(&client, "#sync-import-summary").await?;

    wait_for(&client, "#nav-meetings")
        .await?
        .click()
        .await
        .context("clicking #nav-meetings")?;
    wait_for(
        &client,
        &format!("#meetings-table button[data-meeting-id='{DECEMBER_MEETING}']"),
    )
    .await?
    .click()
    .await
    .context("opening the December meeting")?;
    let conflict = wait_for(&client, ".decision-conflict")
        .await?
        .text()
        .await?;
    ensure!(
        conflict.contains("Uafklaret konflikt om »Godkendelse af dagsorden«")
            && conflict.contains("Behold beslutning 1")
            && conflict.contains("Behold beslutning 2"),
        "the meeting should show the conflict with a button per decision, it shows:\n{conflict}"
    );
    scroll_into_view(&client, ".decision-conflict").await?;
    save_screenshot(&client, "sync-5-meeting-conflict").await?;
    let keep = client
        .find(Locator::XPath(
            "//div[contains(@class,'decision-conflict')]//button[normalize-space()='Behold beslutning 1']",
        ))
        .await
        .context("finding 'Behold beslutning 1'")?;
    keep.click()
        .await
        .context("clicking 'Behold beslutning 1'")?;
    client
        .wait()
        .at_most(crate::e2e::UI_TIMEOUT)
        .for_element(Locator::XPath(
            "//ol[@id='decision-list'][not(//div[contains(@class,'decision-conflict')])]",
        ))
        .await
        .context("waiting for the conflict to go")?;
    let list = wait_for(&client, "#decision-list").await?.text().await?;
    ensure!(
        list.contains("Dagsordenen er godkendt.") && !list.contains("ikke godkendt"),
        "only A's decision is left, the list shows:\n{list}"
    );
    Ok(())
}

/// `gavel cert create` for the chair into FOLDER/formand.p12, its password in FOLDER/password.txt.
fn chair_certificate(database: &Path, folder: &Path) -> anyhow::Result<PathBuf> {
    let p12 = folder.join("formand.p12");
    let password_file = folder.join("password.txt");
    std::fs::write(&password_file, format!("{P12_PASSWORD}\n"))?;
    let created = gavel_with_env(
        database,
        &[
            "cert",
            "create",
            "--name",
            CHAIR,
            "--org",
            "Aarhus Kommune",
            "--out",
            path_text(&p12)?,
            "--password-file",
            path_text(&password_file)?,
        ],
        "",
        &[],
    );
    ensure!(
        created.status.success(),
        "gavel cert create: {}",
        stderr(&created)
    );
    Ok(p12)
}

/// A fresh laptop takes a file signed with the chair's certificate by trusting the certificate
/// instead of each computer: the certificate then vouches for the computer in the file.
#[tokio::test(flavor = "multi_thread")]
async fn a_fresh_laptop_trusts_the_chairs_certificate_instead_of_each_computer()
-> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let a = folder.path().join("a.sqlite3");
    let fresh = folder.path().join("fresh.sqlite3");
    let file = folder.path().join("Styregruppen for OS2mo.gavel");
    let demo = gavel_with_env(&a, &["--author", CHAIR, "demo"], "", &[]);
    ensure!(demo.status.success(), "gavel demo: {}", stderr(&demo));
    let p12 = chair_certificate(&a, folder.path())?;
    let password_file = folder.path().join("password.txt");
    let export = gavel_with_env(
        &a,
        &[
            "sync",
            "export",
            "--all",
            "--out",
            path_text(&file)?,
            "--sign",
            path_text(&p12)?,
            "--password-file",
            path_text(&password_file)?,
        ],
        "",
        &[],
    );
    ensure!(
        export.status.success(),
        "gavel sync export: {}",
        stderr(&export)
    );

    let exports = folder.path().join("exports");
    let chosen = file.clone();
    in_the_app(&tools, &fresh, &exports, move |client| async move {
        wait_for(&client, "#load-demo").await?;
        wait_for(&client, "#sync-import-file")
            .await?
            .send_keys(path_text(&chosen)?)
            .await
            .context("choosing the signed file")?;
        wait_for(&client, "li[data-trust='not_accepted']").await?;
        wait_for(&client, "#sync-trust-certificate")
            .await?
            .click()
            .await
            .context("trusting the certificate")?;
        wait_for(&client, "li[data-trust='vouched_for']").await?;
        let preview = wait_for(&client, "#sync-preview").await?.text().await?;
        ensure!(
            preview.contains("Styregruppemøde december 2026"),
            "the preview should now add the meetings, it says:\n{preview}"
        );
        save_screenshot(&client, "sync-8-certificate-vouches").await?;
        wait_for(&client, "#sync-import-confirm")
            .await?
            .click()
            .await
            .context("clicking #sync-import-confirm")?;
        wait_for(&client, "#sync-import-summary").await?;
        Ok(())
    })
    .await?;

    assert_eq!(event_count(&fresh), event_count(&a), "every event arrived");
    let store = Store::open(&fresh, StoreOptions::new("e2e check"))?;
    let known = store.known_devices()?;
    assert_eq!(known.len(), 1);
    assert!(
        known[0].trusted_by.contains(CHAIR),
        "{}",
        known[0].trusted_by
    );
    Ok(())
}

/// In A's app: the sync screen, the December meeting ticked, signed with `p12`, "Eksportér
/// beslutninger". Returns the path the app says it saved.
async fn export_december_meeting(client: Client, p12: PathBuf) -> anyhow::Result<PathBuf> {
    open_sync_screen(&client).await?;
    wait_for(&client, &format!("#sync-meeting-{DECEMBER_MEETING}"))
        .await?
        .click()
        .await
        .context("ticking the December meeting")?;
    let ticked = wait_for(
        &client,
        &format!("input[data-meeting-id='{DECEMBER_MEETING}']"),
    )
    .await?
    .prop("checked")
    .await?;
    ensure!(
        ticked.as_deref() == Some("true"),
        "the checkbox is ticked: {ticked:?}"
    );
    wait_for(&client, "#sync-export-sign")
        .await?
        .click()
        .await
        .context("ticking #sync-export-sign")?;
    wait_for(&client, "#sync-export-p12")
        .await?
        .send_keys(path_text(&p12)?)
        .await
        .context("choosing the .p12 in #sync-export-p12")?;
    wait_for(&client, "#sync-export-password")
        .await?
        .send_keys(P12_PASSWORD)
        .await
        .context("typing the password")?;
    wait_for(&client, "#sync-export")
        .await?
        .click()
        .await
        .context("clicking #sync-export")?;
    let path = wait_for(&client, "#sync-export-path").await?.text().await?;
    let result = wait_for(&client, "#sync-export-result")
        .await?
        .text()
        .await?;
    ensure!(
        result.contains("1 møde og"),
        "the message should say the file holds one meeting, it says:\n{result}"
    );
    let signed = wait_for(&client, "#sync-export-signed")
        .await?
        .text()
        .await?;
    ensure!(
        signed.contains(&format!("Underskrevet af {CHAIR}, Aarhus Kommune"))
            && signed.contains("SHA-256-fingeraftryk"),
        "the message should name the signer, it says:\n{signed}"
    );
    let password = wait_for(&client, "#sync-export-password")
        .await?
        .prop("value")
        .await?;
    ensure!(
        password.as_deref() == Some(""),
        "the password field is emptied after the export"
    );
    scroll_into_view(&client, "#sync-export-result").await?;
    save_screenshot(&client, "sync-1-exported").await?;
    Ok(PathBuf::from(path.trim()))
}

/// In B's app: the file chosen, the preview checked, "Importér", the summary.
async fn import_with_preview(client: Client, file: PathBuf) -> anyhow::Result<()> {
    open_sync_screen(&client).await?;
    wait_for(&client, "#sync-import-file")
        .await?
        .send_keys(path_text(&file)?)
        .await
        .context("choosing the sync file in #sync-import-file")?;
    wait_for(&client, "#sync-preview").await?;
    trust_every_new_computer(&client).await?;
    let preview = wait_for(&client, "#sync-preview").await?.text().await?;
    for expected in [
        DECEMBER_FILE_NAME,
        "Fra Ende-til-ende-test",
        "Nye, der bliver tilføjet: 2.",
        "Møder, der får nye oplysninger",
        "Styregruppemøde december 2026",
        "Intet er gemt endnu.",
        "Underskrevet af Mette Kjærgaard Holm, Aarhus Kommune. Certifikatets SHA-256-fingeraftryk:",
    ] {
        ensure!(
            preview.contains(expected),
            "the preview should say {expected:?}, it says:\n{preview}"
        );
    }
    ensure!(
        client
            .find_all(Locator::Css("#sync-report-conflicts"))
            .await?
            .is_empty(),
        "no conflict: B did not touch the meeting"
    );
    scroll_into_view(&client, "#sync-import-heading").await?;
    save_screenshot(&client, "sync-2-preview").await?;
    wait_for(&client, "#sync-import-confirm")
        .await?
        .click()
        .await
        .context("clicking #sync-import-confirm")?;
    let summary = wait_for(&client, "#sync-import-summary")
        .await?
        .text()
        .await?;
    ensure!(
        summary.contains("Tilføjede hændelser: 2."),
        "the summary should count the two events added, it says:\n{summary}"
    );
    scroll_into_view(&client, "#sync-import-heading").await?;
    save_screenshot(&client, "sync-3-imported").await?;
    Ok(())
}

/// In B's app: the file from A, whose notes conflict with B's; the preview shows both, and the
/// chair cancels.
async fn preview_conflict_and_cancel(client: Client, file: PathBuf) -> anyhow::Result<()> {
    open_sync_screen(&client).await?;
    // First a file that is not a sync file: the error names it, and nothing is previewed.
    let broken = file.with_file_name("ødelagt.gavel");
    std::fs::write(
        &broken,
        "{\"format\": \"gavel-sync\", \"version\": 1, \"events\": [",
    )?;
    wait_for(&client, "#sync-import-file")
        .await?
        .send_keys(path_text(&broken)?)
        .await
        .context("choosing the broken file in #sync-import-file")?;
    let error = wait_for(&client, "[role='alert']").await?.text().await?;
    ensure!(
        error.contains("ødelagt.gavel"),
        "the error should name the file, it says:\n{error}"
    );
    scroll_into_view(&client, "#sync-import-heading").await?;
    save_screenshot(&client, "sync-4-broken-file").await?;
    // Then the signed file with one byte of the exporter's name changed after signing: refused.
    let signed = std::fs::read_to_string(&file)?;
    let forged = file.with_file_name("ændret efter underskrift.gavel");
    std::fs::write(
        &forged,
        signed.replacen("\"author\": \"Testperson", "\"author\": \"Testpersan", 1),
    )?;
    ensure!(
        std::fs::read_to_string(&forged)? != signed,
        "the forged copy differs from the signed file"
    );
    wait_for(&client, "#sync-import-file")
        .await?
        .send_keys(path_text(&forged)?)
        .await
        .context("choosing the edited file in #sync-import-file")?;
    client
        .wait()
        .at_most(crate::e2e::UI_TIMEOUT)
        .for_element(Locator::XPath(
            "//*[@role='alert'][contains(., 'underskriften holder ikke')]",
        ))
        .await
        .context("waiting for the signature's refusal")?;
    let refusal = wait_for(&client, "[role='alert']").await?.text().await?;
    ensure!(
        refusal.contains("ændret efter underskrift.gavel")
            && refusal.contains("filens indhold er ændret, efter at den blev underskrevet"),
        "the refusal should name the file and say why, it says:\n{refusal}"
    );
    ensure!(
        client
            .find_all(Locator::Css("#sync-preview"))
            .await?
            .is_empty(),
        "a refused file gets no preview"
    );
    scroll_into_view(&client, "#sync-import-heading").await?;
    save_screenshot(&client, "sync-4-signature-refused").await?;
    wait_for(&client, "#sync-import-file")
        .await?
        .send_keys(path_text(&file)?)
        .await
        .context("choosing the sync file in #sync-import-file")?;
    wait_for(&client, "#sync-preview").await?;
    trust_every_new_computer(&client).await?;
    ensure!(
        client
            .find_all(Locator::Css("[role='alert']"))
            .await?
            .is_empty(),
        "choosing a good file clears the error"
    );
    let signature = wait_for(&client, "#sync-report-signature")
        .await?
        .text()
        .await?;
    ensure!(
        signature.starts_with(&format!("Underskrevet af {CHAIR}")),
        "the preview should name the signer, it says:\n{signature}"
    );
    let conflicts = wait_for(&client, "#sync-report-conflicts")
        .await?
        .text()
        .await?;
    for expected in [
        "1 konflikt",
        "Godkendelse af dagsorden",
        "Godkendt med en rettelse",
        "Mette Kjærgaard Holm",
        "Godkendt uden bemærkninger",
        "Rasmus Højgaard",
        "Gælder",
        "Tilsidesat",
    ] {
        ensure!(
            conflicts.contains(expected),
            "the conflict should show {expected:?}, it shows:\n{conflicts}"
        );
    }
    scroll_into_view(&client, "#sync-import-heading").await?;
    save_screenshot(&client, "sync-5-conflict").await?;
    wait_for(&client, "#sync-import-cancel")
        .await?
        .click()
        .await
        .context("clicking #sync-import-cancel")?;
    client
        .wait()
        .at_most(crate::e2e::UI_TIMEOUT)
        .for_element(Locator::XPath("//body[not(.//*[@id='sync-preview'])]"))
        .await
        .context("waiting for the preview to close")?;
    Ok(())
}

/// In a fresh app: the first-run screen's sync file field, the preview of two new meetings,
/// "Importér", and then the sync screen with the summary.
async fn import_on_the_first_run_screen(client: Client, file: PathBuf) -> anyhow::Result<()> {
    wait_for(&client, "#load-demo").await?;
    let field = wait_for(&client, "#sync-import-file").await?;
    // The pointer resting on the button shows the app's words, not WebKitGTK's English.
    let tooltip = field.attr("title").await?;
    ensure!(
        tooltip.as_deref() == Some("Ingen fil valgt"),
        "the file field's tooltip before a file is chosen: {tooltip:?}"
    );
    field
        .send_keys(path_text(&file)?)
        .await
        .context("choosing the sync file in #sync-import-file")?;
    let untrusted = wait_for(&client, "#sync-preview").await?.text().await?;
    let tooltip = field.attr("title").await?;
    ensure!(
        tooltip.as_deref() == Some("Styregruppen for OS2mo.gavel"),
        "the file field's tooltip names the file chosen: {tooltip:?}"
    );
    ensure!(
        untrusted.contains("Ny computer: dens")
            && untrusted.contains("Intet bliver importeret, før du godkender en computer ovenfor"),
        "a fresh laptop takes nothing from a computer it does not know yet, it says:\n{untrusted}"
    );
    save_screenshot(&client, "sync-6-first-run-new-computer").await?;
    ensure!(
        trust_every_new_computer(&client).await? == 1,
        "the chair's laptop is new here"
    );
    let preview = wait_for(&client, "#sync-preview").await?.text().await?;
    for expected in [
        "Nye møder",
        "Styregruppemøde september 2026",
        "Styregruppemøde december 2026",
        "Findes allerede her: 0.",
        "Filen er ikke underskrevet.",
    ] {
        ensure!(
            preview.contains(expected),
            "the preview should say {expected:?}, it says:\n{preview}"
        );
    }
    scroll_into_view(&client, "#first-run-sync").await?;
    save_screenshot(&client, "sync-6-first-run-preview").await?;
    wait_for(&client, "#sync-import-confirm")
        .await?
        .click()
        .await
        .context("clicking #sync-import-confirm")?;
    wait_for(&client, "#nav-sync[aria-current='page']").await?;
    wait_for(&client, "#sync-import-summary").await?;
    save_screenshot(&client, "sync-7-first-run-imported").await?;
    Ok(())
}

async fn open_sync_screen(client: &Client) -> anyhow::Result<()> {
    wait_for(client, "#nav-sync")
        .await?
        .click()
        .await
        .context("clicking #nav-sync")?;
    wait_for(client, "#sync-import-file").await?;
    Ok(())
}

/// Laptop A with the demo; laptop B with a copy of it from A's sync file, so that both have the
/// same group, backlog and meetings with the same events.
fn two_laptops_sharing_the_demo(folder: &Path) -> anyhow::Result<(PathBuf, PathBuf)> {
    let a = folder.join("a.sqlite3");
    let b = folder.join("b.sqlite3");
    let set_up = folder.join("opsætning.gavel");
    let demo = gavel_with_env(&a, &["--author", "Mette Kjærgaard Holm", "demo"], "", &[]);
    ensure!(demo.status.success(), "gavel demo: {}", stderr(&demo));
    let export = gavel_with_env(
        &a,
        &["sync", "export", "--all", "--out", path_text(&set_up)?],
        "",
        &[],
    );
    ensure!(
        export.status.success(),
        "gavel sync export: {}",
        stderr(&export)
    );
    let trust = trust_every_device_in(&set_up);
    let mut import_args = vec!["sync", "import", path_text(&set_up)?];
    import_args.extend(trust.iter().map(String::as_str));
    let import = gavel_with_env(&b, &import_args, "", &[]);
    ensure!(
        import.status.success(),
        "gavel sync import: {}",
        stderr(&import)
    );
    Ok((a, b))
}

/// Applies JSON-line commands with `gavel apply` as `author`.
fn cli(database: &Path, author: &str, commands: &[String]) -> anyhow::Result<()> {
    let output = gavel_with_env(
        database,
        &["--author", author, "apply"],
        &commands.join("\n"),
        &[],
    );
    ensure!(output.status.success(), "gavel apply: {}", stderr(&output));
    Ok(())
}

fn path_text(path: &Path) -> anyhow::Result<&str> {
    path.to_str()
        .with_context(|| format!("{} is not UTF-8", path.display()))
}

/// Scrolls the element to the top of the window, for a screenshot of that part of the screen.
async fn scroll_into_view(client: &Client, css: &str) -> anyhow::Result<()> {
    let element = serde_json::to_value(wait_for(client, css).await?)?;
    client
        .execute(
            "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 16);",
            vec![element],
        )
        .await
        .with_context(|| format!("scrolling to {css}"))?;
    // WebKit paints the scrolled page before the screenshot is taken.
    crate::e2e::wait_until_settled(client).await
}
