//! A file's parents checked against the backlog as the import will leave it: every parent is in
//! the file or already in the backlog, and no item descends from itself. Checked once for the
//! whole file before anything is written, so that a message names the line and the field.

use std::collections::{HashMap, HashSet};

use crate::error::Result;
use crate::import::{BacklogFile, BacklogRow, ImportFormat, bad_input};
use crate::queries::BacklogItem;
use crate::rules::Bilingual;

/// Refuses a file with a parent that is neither in the file nor in `stored`, an item that is
/// its own parent, or parents that form a cycle.
pub(crate) fn check_parents(
    file_name: &str,
    file: &BacklogFile,
    stored: &[BacklogItem],
) -> Result<()> {
    if file.rows.iter().all(|row| row.parent.is_none()) {
        return Ok(());
    }
    let mut parent_of: HashMap<&str, Option<&str>> = stored
        .iter()
        .map(|item| (item.key.as_str(), item.parent.as_deref()))
        .collect();
    for row in &file.rows {
        let parent = match row.parent.as_deref() {
            Some("") => None,
            Some(parent) => Some(parent),
            None => parent_of.get(row.key.as_str()).copied().flatten(),
        };
        parent_of.insert(row.key.as_str(), parent);
    }
    let error = |row: &BacklogRow, message: Bilingual| {
        let (line, field) = place_of_parent(file, row);
        bad_input(file_name, line, Some(&field), message)
    };
    for row in &file.rows {
        let Some(parent) = row.parent.as_deref().filter(|parent| !parent.is_empty()) else {
            continue;
        };
        let key = &row.key;
        if parent == key {
            return Err(error(
                row,
                crate::rules::Bilingual::message(
                    "coreDecideBacklog-cannotBeItsOwnParent",
                    &[("key", key.to_string().into())],
                ),
            ));
        }
        if !parent_of.contains_key(parent) {
            let column = file.parent_field.as_deref().unwrap_or("Parent");
            return Err(error(
                row,
                crate::rules::Bilingual::message(
                    "coreImportParents-theParentOfIsNeither",
                    &[
                        ("column", column.to_string().into()),
                        ("key", key.to_string().into()),
                        ("parent", parent.to_string().into()),
                    ],
                ),
            ));
        }
    }
    // Walk up from each item of the file; `reaches_top` holds items known to end at a top item,
    // so the whole file is walked in linear time.
    let mut reaches_top: HashSet<&str> = HashSet::new();
    for row in &file.rows {
        let mut path: Vec<&str> = vec![row.key.as_str()];
        let mut current = row.key.as_str();
        let ends_at_top = loop {
            let Some(parent) = parent_of.get(current).copied().flatten() else {
                break true;
            };
            if reaches_top.contains(parent) {
                break true;
            }
            if let Some(start) = path.iter().position(|key| *key == parent) {
                if start == 0 {
                    let mut cycle = path.clone();
                    cycle.push(parent);
                    let cycle = cycle.join(" → ");
                    return Err(error(
                        row,
                        crate::rules::Bilingual::message(
                            "coreImportParents-theParentsFormACycle",
                            &[("cycle", cycle.to_string().into())],
                        ),
                    ));
                }
                // A cycle above this item that does not pass through it: reported at an item of
                // the file on it, or left alone if only merged sync files made it.
                break false;
            }
            path.push(parent);
            current = parent;
        };
        if ends_at_top {
            reaches_top.extend(path);
        }
    }
    Ok(())
}

/// The line and field a message about a row's parent names: the CSV line and column, or the
/// JSON path of the parent.
fn place_of_parent(file: &BacklogFile, row: &BacklogRow) -> (Option<u64>, String) {
    let field = file.parent_field.as_deref().unwrap_or("parent");
    match file.format {
        ImportFormat::JiraJson => (
            None,
            format!("issues[{}].{field}", row.line.saturating_sub(1)),
        ),
        _ => (Some(row.line), field.to_owned()),
    }
}

#[cfg(test)]
mod tests;
