//! A group's members from a list: a CSV file (comma or semicolon, as Danish Excel saves it, in
//! UTF-8 or Windows-1252) or rows pasted from a spreadsheet (tab-separated). The columns are
//! documented in docs/members-csv.md, with their Danish and English names.
//!
//! Reading ([`read_member_list`]) knows nothing of the database; planning
//! ([`plan_member_list`]) matches each row to a member already in the group — by e-mail address,
//! else by name — and turns the list into commands: new organisations, new members, changed
//! members. The store runs those commands through `decide` like any others, all or nothing, so a
//! list never half-saves and re-importing the same list changes nothing.

use std::collections::HashMap;

use serde::Serialize;
use uuid::Uuid;

use crate::command::{Command, MemberRole};
use crate::error::Result;
use crate::import::encoding::{TextEncoding, decode};
use crate::import::{bad_input, csv_problem, shorten};
use crate::queries::{GroupView, MemberView};
use crate::rules::Bilingual;

/// A steering group has 5–30 members; a list far longer is a wrong file, not a group.
pub const MAX_MEMBER_ROWS: usize = 1_000;
/// A list is read whole into memory: no member list comes near this.
pub const MAX_MEMBER_LIST_BYTES: usize = 1024 * 1024;

/// What importing a member list did, or (dry run) would do: the preview the chair approves.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MemberListReport {
    pub file_name: String,
    pub dry_run: bool,
    /// "UTF-8" or "Windows-1252".
    pub encoding: String,
    pub separator: ListSeparator,
    /// Every column of the header and what it was read as (`None`: ignored).
    pub columns: Vec<MemberListColumn>,
    pub rows: Vec<MemberListRow>,
    /// Organisations the list names that the group does not have yet; they are added.
    pub new_organisations: Vec<String>,
    /// Serving members the list does not name: kept as they are.
    pub not_in_list: Vec<String>,
    pub added: u32,
    pub changed: u32,
    pub unchanged: u32,
}

/// What separates the cells: tabs (rows pasted from a spreadsheet), semicolons (Danish Excel's
/// CSV) or commas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ListSeparator {
    Tab,
    Semicolon,
    Comma,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MemberListColumn {
    pub header: String,
    pub field: Option<MemberField>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MemberField {
    Name,
    Organisation,
    Role,
    Email,
    VotingRight,
    VoteWeight,
}

/// One member of the list as it will be saved.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MemberListRow {
    /// The line of the file (1 is the header). A JSON number, which TypeScript reads as a number
    /// (a file never has 2^53 lines).
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub line: u64,
    pub name: String,
    pub organisation: Option<String>,
    pub role: MemberRole,
    pub voting_right: bool,
    pub vote_weight: u32,
    pub email: Option<String>,
    pub action: MemberListAction,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MemberListAction {
    Add,
    /// `fields` names what changes, as [`MemberField`]s.
    Update {
        member_id: Uuid,
        fields: Vec<MemberField>,
    },
    Unchanged {
        member_id: Uuid,
    },
}

/// A list as read from the file, before it meets the database.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberList {
    pub file_name: String,
    pub encoding: TextEncoding,
    pub separator: u8,
    pub columns: Vec<MemberListColumn>,
    pub rows: Vec<ListedMember>,
}

/// One row as read: only what the list says; `None` where the list has no such column or the
/// cell is empty (the member's current value, or the role's default, then applies).
#[derive(Debug, Clone, PartialEq)]
pub struct ListedMember {
    pub line: u64,
    pub name: String,
    pub organisation: Option<String>,
    pub role: Option<MemberRole>,
    pub email: Option<String>,
    pub voting_right: Option<bool>,
    pub vote_weight: Option<u32>,
}

/// Reads a member list. Every problem names the file, the line and the column, in Danish and
/// English.
pub fn read_member_list(file_name: &str, bytes: &[u8]) -> Result<MemberList> {
    if bytes.len() > MAX_MEMBER_LIST_BYTES {
        return Err(bad_input(
            file_name,
            None,
            None,
            Bilingual::message(
                "coreMemberList-theFileIsTooLarge",
                &[("limit", (MAX_MEMBER_LIST_BYTES / 1024).to_string().into())],
            ),
        ));
    }
    let decoded = decode(file_name, bytes)?;
    let (text, encoding) = (decoded.text, decoded.encoding);
    let bad = |line: u64, field: Option<&str>, message: Bilingual| {
        bad_input(file_name, Some(line), field, message)
    };
    let header_line = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .ok_or_else(|| {
            bad_input(
                file_name,
                None,
                None,
                crate::rules::Bilingual::message("coreMemberList-theListIsEmptyIts", &[]),
            )
        })?;
    let separator = separator_of(header_line);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| bad(1, None, csv_problem(&error)))?
        .clone();
    let mut columns = Vec::new();
    let mut column_of: HashMap<MemberField, usize> = HashMap::new();
    for (index, header) in headers.iter().enumerate() {
        let field = recognise_column(header);
        if let Some(field) = field
            && column_of.insert(field, index).is_some()
        {
            return Err(bad(
                1,
                Some(header),
                crate::rules::Bilingual::message("coreMemberList-thisColumnAppearsTwice", &[]),
            ));
        }
        columns.push(MemberListColumn {
            header: header.trim().to_owned(),
            field,
        });
    }
    if !column_of.contains_key(&MemberField::Name) {
        return Err(bad(
            1,
            None,
            Bilingual::message(
                "coreMemberList-theHeaderHasNoNameColumn",
                &[(
                    "columns",
                    shorten(&headers.iter().collect::<Vec<_>>().join(", "), 120).into(),
                )],
            ),
        ));
    }

    let mut rows: Vec<ListedMember> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(0, |position| position.line());
            bad(line, None, csv_problem(&error))
        })?;
        let line = record.position().map_or(0, |position| position.line());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if rows.len() >= MAX_MEMBER_ROWS {
            return Err(bad(
                line,
                None,
                crate::rules::Bilingual::message(
                    "coreMemberList-theListHasMoreThan",
                    &[("limit", MAX_MEMBER_ROWS.to_string().into())],
                ),
            ));
        }
        let cell = |field: MemberField| -> Option<(&str, String)> {
            let index = *column_of.get(&field)?;
            let value = record.get(index)?.trim();
            (!value.is_empty()).then(|| (headers.get(index).unwrap_or_default(), value.to_owned()))
        };
        let checked_text = |field: MemberField| -> Result<Option<String>> {
            match cell(field) {
                None => Ok(None),
                Some((header, value)) => {
                    if value.chars().any(|c| c.is_control()) {
                        return Err(bad(
                            line,
                            Some(header),
                            crate::rules::Bilingual::message(
                                "coreMemberList-theCellHoldsControlCharacters",
                                &[],
                            ),
                        ));
                    }
                    let length = value.chars().count();
                    if length > crate::decide::MAX_NAME_CHARS {
                        return Err(bad(
                            line,
                            Some(header),
                            Bilingual::message(
                                "coreMemberList-theTextIsTooLong",
                                &[
                                    ("length", length.to_string().into()),
                                    ("limit", crate::decide::MAX_NAME_CHARS.to_string().into()),
                                ],
                            ),
                        ));
                    }
                    Ok(Some(value))
                }
            }
        };
        let Some(name) = checked_text(MemberField::Name)? else {
            let header = headers.get(column_of[&MemberField::Name]).unwrap_or("Navn");
            return Err(bad(
                line,
                Some(header),
                crate::rules::Bilingual::message("coreMemberList-theRowHasNoName", &[]),
            ));
        };
        let organisation = checked_text(MemberField::Organisation)?;
        let role = match cell(MemberField::Role) {
            None => None,
            Some((header, value)) => Some(parse_role(&value).ok_or_else(|| {
                bad(
                    line,
                    Some(header),
                    Bilingual::message(
                        "coreMemberList-isNotARole",
                        &[("shown", shorten(&value, 40).into())],
                    ),
                )
            })?),
        };
        let email = match cell(MemberField::Email) {
            None => None,
            Some((header, value)) => crate::decide::checked_email(Some(&value))
                .map_err(|error| bad(line, Some(header), error.text()))?,
        };
        let voting_right = match cell(MemberField::VotingRight) {
            None => None,
            Some((header, value)) => Some(parse_yes_no(&value).ok_or_else(|| {
                bad(
                    line,
                    Some(header),
                    Bilingual::message(
                        "coreMemberList-isNeitherYesNorNo",
                        &[("shown", shorten(&value, 40).into())],
                    ),
                )
            })?),
        };
        let vote_weight = match cell(MemberField::VoteWeight) {
            None => None,
            Some((header, value)) => Some(parse_vote_weight(&value).ok_or_else(|| {
                bad(
                    line,
                    Some(header),
                    Bilingual::message(
                        "coreMemberList-isNotAVoteWeight",
                        &[
                            ("limit", crate::decide::MAX_VOTE_WEIGHT.to_string().into()),
                            ("shown", shorten(&value, 40).into()),
                        ],
                    ),
                )
            })?),
        };
        rows.push(ListedMember {
            line,
            name,
            organisation,
            role,
            email,
            voting_right,
            vote_weight,
        });
    }
    refuse_repeated_members(file_name, &rows)?;
    Ok(MemberList {
        file_name: file_name.to_owned(),
        encoding,
        separator,
        columns,
        rows,
    })
}

/// Matches the list to the group and turns it into commands, with the report the chair sees.
/// The report's counts are filled in here; `dry_run` is the caller's.
pub fn plan_member_list(
    list: &MemberList,
    group: &GroupView,
    new_id: &mut dyn FnMut() -> Uuid,
) -> Result<(Vec<Command>, MemberListReport)> {
    let serving: Vec<&MemberView> = group
        .members
        .iter()
        .filter(|member| member.retired_on.is_none())
        .collect();
    let mut organisation_ids: HashMap<String, Uuid> = group
        .organisations
        .iter()
        .map(|organisation| (organisation.name.to_lowercase(), organisation.id))
        .collect();
    let mut commands = Vec::new();
    let mut new_organisations = Vec::new();
    let mut rows = Vec::new();
    let mut matched: HashMap<Uuid, u64> = HashMap::new();
    let (mut added, mut changed, mut unchanged) = (0, 0, 0);
    for listed in &list.rows {
        let organisation_id = listed.organisation.as_ref().map(|name| {
            match organisation_ids.get(&name.to_lowercase()) {
                Some(id) => *id,
                None => {
                    let id = new_id();
                    organisation_ids.insert(name.to_lowercase(), id);
                    new_organisations.push(name.clone());
                    commands.push(Command::AddOrganisation {
                        id: Some(id),
                        group_id: group.id,
                        name: name.clone(),
                    });
                    id
                }
            }
        });
        let existing = match match_member(&list.file_name, listed, &serving)? {
            None => {
                let role = listed.role.unwrap_or(MemberRole::Member);
                commands.push(Command::AddMember {
                    id: Some(new_id()),
                    group_id: group.id,
                    name: listed.name.clone(),
                    organisation_id,
                    role: Some(role),
                    voting_right: Some(listed.voting_right.unwrap_or(role.votes_by_default())),
                    vote_weight: Some(listed.vote_weight.unwrap_or(1)),
                    email: listed.email.clone(),
                    joined_on: None,
                });
                added += 1;
                rows.push(listed_row(listed, role, None, MemberListAction::Add));
                continue;
            }
            Some(member) => member,
        };
        if let Some(first_line) = matched.insert(existing.id, listed.line) {
            return Err(bad_input(
                &list.file_name,
                Some(listed.line),
                None,
                Bilingual::message(
                    "coreMemberList-theRowIsTheSameMemberAs",
                    &[
                        ("first_line", first_line.to_string().into()),
                        ("name", (&existing.name).into()),
                    ],
                ),
            ));
        }
        // A column the list does not have, or an empty cell, keeps the member's current value.
        let role = listed.role.unwrap_or(existing.role);
        let after = MemberView {
            name: listed.name.clone(),
            organisation_id: organisation_id.or(existing.organisation_id),
            role,
            voting_right: listed.voting_right.unwrap_or(existing.voting_right),
            vote_weight: listed.vote_weight.unwrap_or(existing.vote_weight),
            // The same address in other letter case is the same address: keep it as stored.
            email: match (&listed.email, &existing.email) {
                (Some(listed), Some(known)) if listed.eq_ignore_ascii_case(known) => {
                    Some(known.clone())
                }
                (listed, known) => listed.clone().or_else(|| known.clone()),
            },
            ..existing.clone()
        };
        let fields = changed_fields(existing, &after);
        let action = if fields.is_empty() {
            unchanged += 1;
            MemberListAction::Unchanged {
                member_id: existing.id,
            }
        } else {
            changed += 1;
            commands.push(Command::UpdateMember {
                member_id: existing.id,
                name: after.name.clone(),
                organisation_id: after.organisation_id,
                role: after.role,
                voting_right: after.voting_right,
                vote_weight: after.vote_weight,
                email: after.email.clone(),
            });
            MemberListAction::Update {
                member_id: existing.id,
                fields,
            }
        };
        let mut row = listed_row(listed, role, Some(&after), action);
        row.organisation = listed
            .organisation
            .clone()
            .or_else(|| existing.organisation_name.clone());
        rows.push(row);
    }
    let not_in_list = serving
        .iter()
        .filter(|member| !matched.contains_key(&member.id))
        .map(|member| member.name.clone())
        .collect();
    // Changes first: a member who stops being chair makes room for the list's new chair.
    commands.sort_by_key(|command| match command {
        Command::AddOrganisation { .. } => 0,
        Command::UpdateMember { role, .. } if *role != MemberRole::Chair => 1,
        Command::UpdateMember { .. } => 2,
        _ => 3,
    });
    let report = MemberListReport {
        file_name: list.file_name.clone(),
        dry_run: true,
        encoding: match list.encoding {
            TextEncoding::Windows1252 => "Windows-1252",
            TextEncoding::Utf8 | TextEncoding::Utf8WithByteOrderMark => "UTF-8",
        }
        .to_owned(),
        separator: match list.separator {
            b'\t' => ListSeparator::Tab,
            b';' => ListSeparator::Semicolon,
            _ => ListSeparator::Comma,
        },
        columns: list.columns.clone(),
        rows,
        new_organisations,
        not_in_list,
        added,
        changed,
        unchanged,
    };
    Ok((commands, report))
}

fn listed_row(
    listed: &ListedMember,
    role: MemberRole,
    after: Option<&MemberView>,
    action: MemberListAction,
) -> MemberListRow {
    MemberListRow {
        line: listed.line,
        name: listed.name.clone(),
        organisation: listed.organisation.clone(),
        role,
        voting_right: after.map_or_else(
            || listed.voting_right.unwrap_or(role.votes_by_default()),
            |after| after.voting_right,
        ),
        vote_weight: after.map_or_else(
            || listed.vote_weight.unwrap_or(1),
            |after| after.vote_weight,
        ),
        email: after.map_or_else(|| listed.email.clone(), |after| after.email.clone()),
        action,
    }
}

/// The serving member a row is about: the one with its e-mail address, else the one with its
/// name. Two serving members of that name and no e-mail to tell them apart is refused.
fn match_member<'a>(
    file_name: &str,
    listed: &ListedMember,
    serving: &[&'a MemberView],
) -> Result<Option<&'a MemberView>> {
    if let Some(email) = &listed.email
        && let Some(member) = serving.iter().find(|member| {
            member
                .email
                .as_deref()
                .is_some_and(|known| known.eq_ignore_ascii_case(email))
        })
    {
        return Ok(Some(member));
    }
    let same_name: Vec<&&MemberView> = serving
        .iter()
        .filter(|member| member.name.to_lowercase() == listed.name.to_lowercase())
        // A member whose e-mail differs from the row's is someone else of the same name.
        .filter(|member| match (&listed.email, &member.email) {
            (Some(row), Some(known)) => row.eq_ignore_ascii_case(known),
            _ => true,
        })
        .collect();
    match same_name.as_slice() {
        [] => Ok(None),
        [member] => Ok(Some(member)),
        _ => Err(bad_input(
            file_name,
            Some(listed.line),
            None,
            Bilingual::message(
                "coreMemberList-severalMembersHaveTheName",
                &[("name", (&listed.name).into())],
            ),
        )),
    }
}

fn changed_fields(before: &MemberView, after: &MemberView) -> Vec<MemberField> {
    let mut fields = Vec::new();
    if before.name != after.name {
        fields.push(MemberField::Name);
    }
    if before.organisation_id != after.organisation_id {
        fields.push(MemberField::Organisation);
    }
    if before.role != after.role {
        fields.push(MemberField::Role);
    }
    if before.email != after.email {
        fields.push(MemberField::Email);
    }
    if before.voting_right != after.voting_right {
        fields.push(MemberField::VotingRight);
    }
    if before.vote_weight != after.vote_weight {
        fields.push(MemberField::VoteWeight);
    }
    fields
}

/// The same person twice in one list: the same e-mail address, or the same name with nothing
/// (no e-mail addresses) to tell the rows apart.
fn refuse_repeated_members(file_name: &str, rows: &[ListedMember]) -> Result<()> {
    let mut first_line_of: HashMap<String, u64> = HashMap::new();
    for row in rows {
        let identity = match &row.email {
            Some(email) => format!("@{}", email.to_lowercase()),
            None => format!("name:{}", row.name.to_lowercase()),
        };
        if let Some(first) = first_line_of.insert(identity.clone(), row.line) {
            let message = if identity.starts_with('@') {
                Bilingual::message(
                    "coreMemberList-theEMailAddressAlreadyAppears",
                    &[("first_line", first.to_string().into())],
                )
            } else {
                Bilingual::message(
                    "coreMemberList-theNameAlreadyAppears",
                    &[
                        ("first_line", first.to_string().into()),
                        ("name", (&row.name).into()),
                    ],
                )
            };
            return Err(bad_input(file_name, Some(row.line), None, message));
        }
        // A name without e-mail also collides with the same name given with one.
        if row.email.is_some() {
            let name_identity = format!("name:{}", row.name.to_lowercase());
            if let Some(first) = first_line_of.get(&name_identity) {
                return Err(bad_input(
                    file_name,
                    Some(row.line),
                    None,
                    Bilingual::message(
                        "coreMemberList-theNameAlreadyAppearsWithoutEMail",
                        &[
                            ("first_line", first.to_string().into()),
                            ("name", (&row.name).into()),
                        ],
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Tab for rows pasted from a spreadsheet, semicolon for Danish Excel's CSV, else comma: the
/// separator that occurs most often in the header (outside quotes).
fn separator_of(header_line: &str) -> u8 {
    let mut counts = [(b'\t', 0usize), (b';', 0), (b',', 0)];
    let mut in_quotes = false;
    for byte in header_line.bytes() {
        if byte == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes {
            for (separator, count) in &mut counts {
                if byte == *separator {
                    *count += 1;
                }
            }
        }
    }
    // On a tie the earlier one wins: a tab is never part of a column name.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, count)| *count)
        .filter(|(_, count)| *count > 0)
        .map_or(b',', |(separator, _)| *separator)
}

/// A header's field, by its Danish or English name, in any case, with or without spaces,
/// hyphens and dots ("E-mail", "e-mailadresse", "Email").
fn recognise_column(header: &str) -> Option<MemberField> {
    let key: String = header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    Some(match key.as_str() {
        "navn" | "name" | "fuldtnavn" | "fullname" | "medlem" | "member" => MemberField::Name,
        "organisation" | "organization" | "org" | "kommune" | "municipality" | "myndighed"
        | "virksomhed" | "company" => MemberField::Organisation,
        "rolle" | "role" | "funktion" | "position" => MemberField::Role,
        "email" | "emailadresse" | "mail" | "emailaddress" | "epost" => MemberField::Email,
        "stemmeret" | "votingright" | "vote" | "votes" | "stemmeberettiget" | "canvote" => {
            MemberField::VotingRight
        }
        "stemmevægt" | "stemmevaegt" | "vægt" | "vaegt" | "voteweight" | "weight"
        | "votingweight" => MemberField::VoteWeight,
        _ => return None,
    })
}

/// A role by its Danish or English name (docs/glossary.md), in any case.
pub fn parse_role(text: &str) -> Option<MemberRole> {
    let key: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    Some(match key.as_str() {
        "formand" | "chair" | "chairman" | "chairperson" | "chairwoman" | "forperson" => {
            MemberRole::Chair
        }
        "næstformand" | "naestformand" | "vicechair" | "vicechairman" | "deputychair"
        | "vicechairperson" => MemberRole::ViceChair,
        "sekretær" | "sekretaer" | "referent" | "secretary" | "minutetaker" | "sekretariat" => {
            MemberRole::Secretary
        }
        "medlem" | "member" => MemberRole::Member,
        "observatør" | "observatoer" | "observer" => MemberRole::Observer,
        "rådgiver" | "raadgiver" | "advisor" | "adviser" | "konsulent" | "consultant" => {
            MemberRole::Advisor
        }
        _ => return None,
    })
}

fn parse_yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "yes" | "j" | "y" | "x" | "1" | "true" | "sand" => Some(true),
        "nej" | "no" | "n" | "0" | "false" | "falsk" | "-" => Some(false),
        _ => None,
    }
}

fn parse_vote_weight(text: &str) -> Option<u32> {
    let weight: u32 = text.trim().parse().ok()?;
    (1..=crate::decide::MAX_VOTE_WEIGHT)
        .contains(&weight)
        .then_some(weight)
}
