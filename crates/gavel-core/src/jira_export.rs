//! Decisions back to Jira: a CSV that Jira's CSV importer uses to update the existing issues of a
//! meeting — the group's new priority order, a label per decision, and a comment with the decision
//! text and the meeting date (docs/jira.md, "Back to Jira").

use std::collections::BTreeMap;

use chrono::Datelike;
use uuid::Uuid;

use crate::command::DecisionOutcome;
use crate::error::Result;
use crate::queries::BacklogItem;
use crate::store::Store;

/// One issue to update, in the group's priority order.
#[derive(Debug, Clone, PartialEq)]
pub struct JiraUpdate {
    pub key: String,
    /// The summary as Gavel has it, so that a person reading the file knows the issue.
    pub summary: String,
    /// 1 = the group's first priority; empty when the meeting set no priority order.
    pub group_priority: Option<u32>,
    /// The labels plus one per decision, e.g. `styregruppen-2026-12-godkendt`.
    pub labels: Vec<String>,
    /// One comment per decision about the issue.
    pub comments: Vec<String>,
    /// A new status a decision gave the issue (for information; Jira changes status by workflow).
    pub new_status: Option<String>,
}

impl Store {
    /// The issues the meeting's decisions touched — linked by a status change, a priority order or
    /// the agenda item the decision was made on — in the group's priority order, then Jira rank.
    pub fn jira_updates(&self, meeting_id: Uuid) -> Result<Vec<JiraUpdate>> {
        let detail = self.meeting(meeting_id)?;
        if detail.decisions.is_empty() {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreJiraExport-theMeetingHasNoDecisions",
                &[],
            )));
        }
        let meeting_date = detail.meeting.starts_at.date();
        let label_prefix = label_prefix(&detail.meeting.group_name);
        // `backlog_items` lists the backlog in the group's order (priority, then rank, then
        // arrival); each item keeps its place so that the rows follow that order.
        let backlog: BTreeMap<String, (usize, BacklogItem)> = self
            .backlog_items()?
            .into_iter()
            .enumerate()
            .map(|(position, item)| (item.key.clone(), (position, item)))
            .collect();
        let agenda_keys: BTreeMap<Uuid, String> = detail
            .agenda
            .iter()
            .filter_map(|item| item.backlog_key.clone().map(|key| (item.id, key)))
            .collect();

        let mut updates: BTreeMap<String, JiraUpdate> = BTreeMap::new();
        for decision in &detail.decisions {
            let mut keys: Vec<String> = decision
                .backlog_changes
                .iter()
                .map(|change| change.key.clone())
                .collect();
            keys.extend(decision.priority_order.iter().flatten().cloned());
            keys.extend(
                decision
                    .agenda_item_id
                    .and_then(|id| agenda_keys.get(&id).cloned()),
            );
            keys.sort();
            keys.dedup();
            for key in keys {
                let Some((_, item)) = backlog.get(&key) else {
                    continue;
                };
                let update = updates.entry(key.clone()).or_insert_with(|| JiraUpdate {
                    key: key.clone(),
                    summary: item.title.clone(),
                    group_priority: item.group_priority,
                    labels: item.labels.clone(),
                    comments: Vec::new(),
                    new_status: None,
                });
                let label = format!(
                    "{label_prefix}-{}-{:02}-{}",
                    meeting_date.year(),
                    meeting_date.month(),
                    outcome_word(decision.outcome)
                );
                if !update.labels.contains(&label) {
                    update.labels.push(label);
                }
                update.comments.push(format!(
                    "{} ({}): {} — {}",
                    detail.meeting.title,
                    crate::calendar::long_date_danish(meeting_date),
                    outcome_heading(decision.outcome),
                    decision.text
                ));
                if let Some(change) = decision
                    .backlog_changes
                    .iter()
                    .find(|change| change.key == key)
                {
                    update.new_status = change.new_status.clone().or(update.new_status.take());
                }
            }
        }
        let mut ordered: Vec<JiraUpdate> = updates.into_values().collect();
        ordered.sort_by_key(|update| {
            backlog
                .get(&update.key)
                .map_or(usize::MAX, |(position, _)| *position)
        });
        Ok(ordered)
    }
}

/// The CSV for Jira's importer: repeated `Labels` and `Comment` columns as Jira's own exports
/// have them, rows in the group's priority order.
pub fn jira_updates_csv(updates: &[JiraUpdate]) -> Result<Vec<u8>> {
    let label_columns = updates
        .iter()
        .map(|update| update.labels.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let comment_columns = updates
        .iter()
        .map(|update| update.comments.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut header: Vec<String> = ["Issue key", "Summary", "Gavel priority", "Gavel new status"]
        .map(str::to_owned)
        .to_vec();
    header.extend(std::iter::repeat_n("Labels".to_owned(), label_columns));
    header.extend(std::iter::repeat_n("Comment".to_owned(), comment_columns));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let csv_error = |error: csv::Error| {
        crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreJiraExport-theJiraCsvCannotBe",
            &[("error", error.to_string().into())],
        ))
    };
    writer.write_record(&header).map_err(csv_error)?;
    for update in updates {
        let mut record = vec![
            update.key.clone(),
            update.summary.clone(),
            update
                .group_priority
                .map(|priority| priority.to_string())
                .unwrap_or_default(),
            update.new_status.clone().unwrap_or_default(),
        ];
        record.extend(
            (0..label_columns).map(|index| update.labels.get(index).cloned().unwrap_or_default()),
        );
        record.extend(
            (0..comment_columns)
                .map(|index| update.comments.get(index).cloned().unwrap_or_default()),
        );
        writer.write_record(&record).map_err(csv_error)?;
    }
    writer.into_inner().map_err(|error| {
        crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreJiraExport-theJiraCsvCannotBe",
            &[("error", error.to_string().into())],
        ))
    })
}

/// "Styregruppen for OS2mo" → "styregruppen": Jira labels cannot hold spaces, and ASCII travels
/// best through Jira's importer.
fn label_prefix(group_name: &str) -> String {
    let first_word = group_name
        .split_whitespace()
        .next()
        .unwrap_or("gavel")
        .to_lowercase();
    let ascii: String = first_word
        .chars()
        .flat_map(|c| match c {
            'æ' => "ae".chars().collect::<Vec<_>>(),
            'ø' => "oe".chars().collect(),
            'å' => "aa".chars().collect(),
            c if c.is_ascii_alphanumeric() => vec![c],
            _ => Vec::new(),
        })
        .collect();
    if ascii.is_empty() {
        "gavel".to_owned()
    } else {
        ascii
    }
}

fn outcome_word(outcome: DecisionOutcome) -> &'static str {
    match outcome {
        DecisionOutcome::Approved => "godkendt",
        DecisionOutcome::Rejected => "afvist",
        DecisionOutcome::Postponed => "udsat",
        DecisionOutcome::Noted => "noteret",
    }
}

fn outcome_heading(outcome: DecisionOutcome) -> &'static str {
    match outcome {
        DecisionOutcome::Approved => "Godkendt",
        DecisionOutcome::Rejected => "Afvist",
        DecisionOutcome::Postponed => "Udsat",
        DecisionOutcome::Noted => "Taget til efterretning",
    }
}
