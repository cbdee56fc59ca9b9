//! Writing a sync file: the chosen meetings' and groups' events, with the meetings' groups and
//! the backlog.

use rusqlite::Connection;
use uuid::Uuid;

use super::device_keys::{self, DeviceCard};
use super::{ExportedBy, SYNC_FORMAT_NAME, SYNC_FORMAT_VERSION, SyncEvent, SyncFile};
use crate::error::{Error, Result};
use crate::event::BACKLOG_STREAM;
use crate::store::Store;

impl Store {
    /// The sync file for `meetings` (every meeting when `None`): their streams, their groups'
    /// streams and the backlog's, each as whole chains from every device. `None` also takes every
    /// group without a meeting yet: a chair sets a group up before its first meeting is planned,
    /// and the secretary who plans it needs the group and its members.
    pub fn export_sync(&self, meetings: Option<&[Uuid]>) -> Result<SyncFile> {
        match meetings {
            Some(chosen) => self.export_sync_of(chosen, &[]),
            None => {
                let meetings: Vec<Uuid> = self
                    .meetings()?
                    .into_iter()
                    .map(|meeting| meeting.id)
                    .collect();
                let mut groups = self.conn.prepare("SELECT id FROM steering_group")?;
                let groups = groups
                    .query_map([], |row| row.get::<_, Uuid>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                self.export_sync_of(&meetings, &groups)
            }
        }
    }

    /// The sync file for the chosen `meetings` and `groups`: as [`Store::export_sync`], and each
    /// chosen group's stream (its members, organisations and rules) with or without a meeting of
    /// it, which is how a chair sends a group she set up to the secretary who plans its meetings.
    pub fn export_sync_of(&self, meetings: &[Uuid], groups: &[Uuid]) -> Result<SyncFile> {
        if self.is_practice()? {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreSyncExport-thePracticeDatabaseIsNotShared",
                &[],
            )));
        }
        let mut streams = vec![BACKLOG_STREAM];
        for &group_id in groups {
            let known: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM steering_group WHERE id = ?1)",
                [group_id],
                |row| row.get(0),
            )?;
            if !known {
                return Err(Error::NotFound {
                    what: crate::error::Record::Group,
                    id: group_id.to_string(),
                });
            }
            streams.push(group_id);
        }
        for &meeting_id in meetings {
            let group_id: Uuid = self
                .conn
                .query_row(
                    "SELECT group_id FROM meeting WHERE id = ?1",
                    [meeting_id],
                    |row| row.get(0),
                )
                .map_err(|_| Error::NotFound {
                    what: crate::error::Record::Meeting,
                    id: meeting_id.to_string(),
                })?;
            streams.push(meeting_id);
            streams.push(group_id);
        }
        streams.sort();
        streams.dedup();
        let mut events = Vec::new();
        for stream in streams {
            events.extend(events_of_stream(&self.conn, stream)?);
        }
        let devices = sign_chain_heads(&self.conn, &mut events)?;
        Ok(SyncFile {
            format: SYNC_FORMAT_NAME.to_owned(),
            version: SYNC_FORMAT_VERSION,
            exported_by: ExportedBy {
                device: self.device,
                author: self.author.clone(),
                at_millis: self.clock.now_millis(),
            },
            meetings: meetings.to_vec(),
            events,
            devices,
            signature: None,
        })
    }
}

/// Every event of a stream, chain by chain (device, then sequence number).
fn events_of_stream(conn: &Connection, stream: Uuid) -> Result<Vec<SyncEvent>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, stream, stream_kind, device, device_seq, hlc, author, payload, prev_hash, hash
         FROM event WHERE stream = ?1 ORDER BY device, device_seq",
    )?;
    let rows = statement.query_map([stream], |row| {
        let kind: String = row.get(2)?;
        Ok(SyncEvent {
            id: row.get(0)?,
            stream: row.get(1)?,
            stream_kind: serde_json::from_value(serde_json::Value::String(kind))
                .unwrap_or(crate::event::StreamKind::Meeting),
            device: row.get(3)?,
            device_seq: row.get(4)?,
            hlc: crate::clock::Hlc(row.get(5)?),
            author: row.get(6)?,
            payload: row.get(7)?,
            prev_hash: row.get(8)?,
            hash: row.get(9)?,
            device_signature: None,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Signs the head (last event) of every chain this laptop wrote, passes on the signatures other
/// laptops made of their heads, and returns the cards of the devices that signed. A chain of
/// another device whose head arrived unsigned (from a Gavel before device keys, or taken only in
/// part) goes without: an import takes it only when a certificate the reader trusts signed the file.
fn sign_chain_heads(conn: &Connection, events: &mut [SyncEvent]) -> Result<Vec<DeviceCard>> {
    let own_keys = device_keys::own_keys(conn)?;
    let mut cards: Vec<DeviceCard> = Vec::new();
    let computer = device_keys::computer_name();
    // Events come chain by chain, in order: a head is the last of its (stream, device) run.
    for index in 0..events.len() {
        let is_head = events.get(index + 1).is_none_or(|next| {
            (next.stream, next.device) != (events[index].stream, events[index].device)
        });
        if !is_head {
            continue;
        }
        let event = &events[index];
        let (signature, card) = match own_keys.get(&event.device) {
            Some(key) => (
                Some(key.sign_chain_head(&event.hash)),
                Some(DeviceCard {
                    id: event.device,
                    name: computer.clone(),
                    public_key: key.public().to_hex(),
                }),
            ),
            None => {
                let signature = device_keys::stored_chain_head_signature(
                    conn,
                    event.stream,
                    event.device,
                    event.device_seq,
                )?;
                let card = match (&signature, device_keys::trusted_device(conn, event.device)?) {
                    (Some(_), Some(trusted)) => Some(trusted.card),
                    _ => None,
                };
                (signature.filter(|_| card.is_some()), card)
            }
        };
        events[index].device_signature = signature;
        if let Some(card) = card
            && !cards.iter().any(|known| known.id == card.id)
        {
            cards.push(card);
        }
    }
    cards.sort_by_key(|card| card.id);
    Ok(cards)
}
