//! The demo: a realistic steering group (fictional people, real-sounding Danish municipalities), a
//! backlog, and one planned meeting, from `assets/demo/`. It fills an empty database only.

use crate::command::Command;
use crate::error::{Error, Result};
use crate::rules::Bilingual;
use crate::store::Store;

const GROUP_COMMANDS: &str = include_str!("../../../assets/demo/group.jsonl");
const BACKLOG_CSV: &str = include_str!("../../../assets/demo/backlog.csv");
const MEETING_COMMANDS: &str = include_str!("../../../assets/demo/meeting.jsonl");

/// Loads the demo in one transaction. Refused when the database already holds anything, so that
/// demo data never mixes with a real group's.
pub fn load(store: &mut Store) -> Result<()> {
    if !store.is_empty()? {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDemo-theDatabaseAlreadyHasData",
            &[],
        )));
    }
    let mut commands = parse_demo_commands("assets/demo/group.jsonl", GROUP_COMMANDS)?;
    commands.extend(
        crate::parse_backlog_csv("assets/demo/backlog.csv", BACKLOG_CSV.as_bytes())?
            .into_iter()
            .map(|row| row.into_command()),
    );
    commands.extend(parse_demo_commands(
        "assets/demo/meeting.jsonl",
        MEETING_COMMANDS,
    )?);
    store.apply_batch(commands)?;
    Ok(())
}

fn parse_demo_commands(file: &str, text: &str) -> Result<Vec<Command>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line).map_err(|error| Error::BadInput {
                file: file.to_owned(),
                line: Some(index as u64 + 1),
                field: None,
                message: Bilingual::message(
                    "coreDemo-theCommandCannotBeRead",
                    &[("error", error.to_string().into())],
                ),
            })
        })
        .collect()
}
