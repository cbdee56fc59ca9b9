//! The state of one meeting as the rules of procedure see it, read from the read tables: its
//! phase, the rules in force, the roll call, and its polls. Used when deciding commands and when
//! showing the meeting, so that both see exactly the same thing.

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::{Error, Record, Result};
use crate::meeting_record::{ON_ROLL_CALL, Shown};
use crate::rules::{
    self, Attendance, Ballot, Ballots, Majority, PollKind, PollResult, RulesOfProcedure, Totals,
    Voter,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MeetingPhase {
    Draft,
    Open,
    Closed,
    /// Cancelled before it started (`MeetingCancelled`): nothing more is recorded in it.
    Cancelled,
}

impl MeetingPhase {
    pub(crate) fn parse(text: &str) -> MeetingPhase {
        match text {
            "open" => MeetingPhase::Open,
            "closed" => MeetingPhase::Closed,
            _ => MeetingPhase::Draft,
        }
    }

    /// "draft": the phase as the catalogue's messages choose their words by it.
    pub(crate) fn key(self) -> &'static str {
        match self {
            MeetingPhase::Draft => "draft",
            MeetingPhase::Open => "open",
            MeetingPhase::Closed => "closed",
            MeetingPhase::Cancelled => "cancelled",
        }
    }
}

pub(crate) fn phase(conn: &Connection, meeting_id: Uuid) -> Result<MeetingPhase> {
    let (status, cancelled): (String, bool) = conn
        .prepare_cached(
            "SELECT status, EXISTS (SELECT 1 FROM meeting_cancellation c WHERE c.meeting_id = m.id)
             FROM meeting m WHERE id = ?1",
        )?
        .query_row([meeting_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: Record::Meeting,
            id: meeting_id.to_string(),
        })?;
    if cancelled {
        return Ok(MeetingPhase::Cancelled);
    }
    Ok(MeetingPhase::parse(&status))
}

/// The group's current rules (or the defaults, if the group never set any).
pub(crate) fn group_rules_of_meeting(
    conn: &Connection,
    meeting_id: Uuid,
) -> Result<RulesOfProcedure> {
    let rules: Option<String> = conn
        .prepare_cached("SELECT g.rules FROM meeting m JOIN steering_group g ON g.id = m.group_id WHERE m.id = ?1")?
        .query_row([meeting_id], |row| row.get(0))?;
    Ok(parse_json_or_default(rules.as_deref()))
}

/// The rules the meeting runs under: its own copy once opened, the group's until then.
pub(crate) fn rules_in_force(conn: &Connection, meeting_id: Uuid) -> Result<RulesOfProcedure> {
    let own: Option<String> = conn
        .prepare_cached("SELECT rules FROM meeting WHERE id = ?1")?
        .query_row([meeting_id], |row| row.get(0))?;
    match own {
        Some(rules) => Ok(parse_json_or_default(Some(&rules))),
        None => group_rules_of_meeting(conn, meeting_id),
    }
}

pub(crate) fn require_member_of_meeting_group(
    conn: &Connection,
    meeting_id: Uuid,
    member_id: Uuid,
) -> Result<()> {
    let belongs: bool = conn
        .prepare_cached(&format!(
            "SELECT EXISTS (SELECT 1 FROM member p JOIN meeting m ON m.group_id = p.group_id
             LEFT JOIN attendance a ON a.meeting_id = m.id AND a.member_id = p.id
             WHERE m.id = ?1 AND p.id = ?2 AND {ON_ROLL_CALL})"
        ))?
        .query_row((meeting_id, member_id), |row| row.get(0))?;
    if belongs {
        Ok(())
    } else {
        Err(Error::NotFound {
            what: Record::MemberOfMeetingGroup,
            id: member_id.to_string(),
        })
    }
}

/// Everyone on the meeting's roll call (see [`ON_ROLL_CALL`]) with their attendance and proxy, in
/// name order: as the group is now, or as it was when the meeting closed
/// ([`crate::meeting_record`]).
pub(crate) fn roll_call(conn: &Connection, meeting_id: Uuid) -> Result<Vec<Voter>> {
    let members = Shown::of(conn, meeting_id)?.members();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT p.id, p.name, p.voting_right, p.vote_weight, p.role, a.status, a.proxy_holder_id
         FROM {members} p
         LEFT JOIN attendance a ON a.meeting_id = ?1 AND a.member_id = p.id
         WHERE p.on_roll_call ORDER BY p.name, p.id"
    ))?;
    let voters = statement.query_map([meeting_id], |row| {
        let role: String = row.get(4)?;
        let attendance: Option<String> = row.get(5)?;
        Ok(Voter {
            member_id: row.get(0)?,
            name: row.get(1)?,
            voting_right: row.get(2)?,
            vote_weight: row.get(3)?,
            is_chair: role == "chair",
            attendance: attendance
                .as_deref()
                .map_or(Attendance::Unknown, parse_attendance),
            proxy_holder: row.get(6)?,
        })
    })?;
    Ok(voters.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn parse_attendance(text: &str) -> Attendance {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .unwrap_or(Attendance::Unknown)
}

pub(crate) fn first_open_poll(conn: &Connection, meeting_id: Uuid) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT question FROM poll WHERE meeting_id = ?1 AND status = 'open' ORDER BY number LIMIT 1")?
        .query_row([meeting_id], |row| row.get(0))
        .optional()?)
}

/// What deciding a ballot, totals or closing needs to know about an open poll.
pub(crate) struct PollState {
    pub poll_id: Uuid,
    pub meeting_id: Uuid,
    pub secret: bool,
    pub kind: PollKind,
    pub majority: Majority,
    pub rules: RulesOfProcedure,
    pub totals: Option<Totals>,
    pub has_totals: bool,
    pub ballot_count: u32,
}

/// The poll, if it exists and is still open.
pub(crate) fn open_poll(conn: &Connection, poll_id: Uuid) -> Result<PollState> {
    let (poll, status) = poll_state(conn, poll_id)?;
    if status != "open" {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreMeetingState-thePollIsClosedIts",
            &[],
        )));
    }
    Ok(poll)
}

pub(crate) fn poll_state(conn: &Connection, poll_id: Uuid) -> Result<(PollState, String)> {
    let row = conn
        .prepare_cached(
            "SELECT meeting_id, secret, kind, majority, totals, status,
                (SELECT COUNT(*) FROM ballot b WHERE b.poll_id = poll.id)
             FROM poll WHERE id = ?1",
        )?
        .query_row([poll_id], |row| {
            Ok((
                row.get::<_, Uuid>(0)?,
                row.get::<_, bool>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<String>>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, u32>(6)?,
            ))
        })
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: Record::Poll,
            id: poll_id.to_string(),
        })?;
    let (meeting_id, secret, kind, majority, totals, status, ballot_count) = row;
    let totals: Option<Totals> = totals.as_deref().map(stored_json).transpose()?;
    Ok((
        PollState {
            poll_id,
            meeting_id,
            secret,
            kind: stored_json(&kind)?,
            majority: stored_json(&majority)?,
            rules: rules_in_force(conn, meeting_id)?,
            has_totals: totals.is_some(),
            totals,
            ballot_count,
        },
        status,
    ))
}

/// Named ballots of a poll of meeting `meeting_id`: (whose vote, who cast it, the ballot), in the
/// order of the names the meeting shows.
pub(crate) fn named_ballots(
    conn: &Connection,
    meeting_id: Uuid,
    poll_id: Uuid,
) -> Result<Vec<(Uuid, Uuid, Ballot)>> {
    let members = Shown::of(conn, meeting_id)?.members();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT b.member_id, b.cast_by_id, b.ballot FROM ballot b JOIN {members} p ON p.id = b.member_id
         WHERE b.poll_id = ?2 ORDER BY p.name, p.id"
    ))?;
    let rows = statement
        .query_map((meeting_id, poll_id), |row| {
            Ok((
                row.get::<_, Uuid>(0)?,
                row.get::<_, Uuid>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(member, cast_by, ballot)| Ok((member, cast_by, stored_json(&ballot)?)))
        .collect()
}

/// The result the poll would have if it closed now, under the meeting's rules.
pub(crate) fn current_result(
    conn: &Connection,
    poll: &PollState,
    roll: &[Voter],
) -> Result<PollResult> {
    let result = match &poll.totals {
        Some(totals) => rules::poll_result(
            &poll.rules,
            &poll.majority,
            &poll.kind,
            roll,
            Ballots::Totals(totals),
        ),
        None => {
            let ballots: Vec<(Uuid, Ballot)> = named_ballots(conn, poll.meeting_id, poll.poll_id)?
                .into_iter()
                .map(|(member, _, ballot)| (member, ballot))
                .collect();
            rules::poll_result(
                &poll.rules,
                &poll.majority,
                &poll.kind,
                roll,
                Ballots::Named(&ballots),
            )
        }
    };
    result.map_err(Error::from)
}

pub(crate) fn stored_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|error| {
        crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreMeetingState-aStoredValueCannotBe",
            &[("error", error.to_string().into())],
        ))
    })
}

fn parse_json_or_default(text: Option<&str>) -> RulesOfProcedure {
    text.and_then(|text| serde_json::from_str(text).ok())
        .unwrap_or_default()
}

/// The minutes version the meeting's changes go into (1 until an amendment of signed minutes).
pub(crate) fn minutes_version(conn: &Connection, meeting_id: Uuid) -> Result<u32> {
    conn.prepare_cached("SELECT minutes_version FROM meeting WHERE id = ?1")?
        .query_row([meeting_id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: Record::Meeting,
            id: meeting_id.to_string(),
        })
}

/// Whether the meeting's current minutes version has at least one signature: then it is frozen.
pub(crate) fn minutes_are_signed(conn: &Connection, meeting_id: Uuid) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM minutes_signature s JOIN meeting m ON m.id = s.meeting_id
             WHERE s.meeting_id = ?1 AND s.version = m.minutes_version)",
        )?
        .query_row([meeting_id], |row| row.get(0))?)
}
