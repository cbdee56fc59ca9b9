//! Writing the site: every file into a new folder beside the target, flushed to the disk, then
//! swapped in by renaming, so that a web server or a reader never sees half a site and a failed
//! run leaves the previous site as it was. A folder that holds anything but a site Gavel
//! published for the same group is never touched: publishing must not delete someone's files.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use crate::error::{Error, Result, describe_io_error};
use crate::rules::Bilingual;
use crate::wording;

/// The file that marks a folder as a site Gavel published, and for which group.
pub const SITE_MARKER: &str = "gavel-site.txt";

/// Writes `files` (paths relative to the site, made by Gavel from fixed names, dates and ids)
/// as the folder `out`, replacing an earlier site of the same group there.
pub(crate) fn write_site(out: &Path, group_id: Uuid, files: &[(String, Vec<u8>)]) -> Result<()> {
    let replaces_earlier_site = check_target(out, group_id)?;
    let name = out
        .file_name()
        .ok_or_else(|| {
            Error::Rejected(Bilingual::message(
                "corePublishFolder-nameAFolderNotARoot",
                &[("path", shown(out))],
            ))
        })?
        .to_string_lossy()
        .into_owned();
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|error| io_refusal(&parent, &error))?;
    let unique = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos())
    );
    let staging = parent.join(format!(".{name}.gavel-publishing-{unique}"));
    if let Err(error) = write_files(&staging, group_id, files) {
        let _ = fs::remove_dir_all(&staging);
        return Err(io_refusal(&staging, &error));
    }
    let swapped = if replaces_earlier_site {
        let earlier = parent.join(format!(".{name}.gavel-earlier-{unique}"));
        fs::rename(out, &earlier).and_then(|()| {
            fs::rename(&staging, out).inspect_err(|_| {
                // Put the earlier site back; the new one is removed below.
                let _ = fs::rename(&earlier, out);
            })?;
            let _ = fs::remove_dir_all(&earlier);
            Ok(())
        })
    } else {
        // A folder that exists is empty (check_target): make room for the rename.
        if out.exists() {
            let _ = fs::remove_dir(out);
        }
        fs::rename(&staging, out)
    };
    if let Err(error) = swapped {
        let _ = fs::remove_dir_all(&staging);
        return Err(io_refusal(out, &error));
    }
    sync_folder(&parent);
    Ok(())
}

/// Whether `out` holds an earlier site of this group (to replace); refuses anything else but a
/// missing or empty folder.
fn check_target(out: &Path, group_id: Uuid) -> Result<bool> {
    let metadata = match fs::symlink_metadata(out) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(error) => return Err(io_refusal(out, &error)),
    };
    if !metadata.is_dir() {
        return Err(Error::Rejected(Bilingual::message(
            "corePublishFolder-isNotAFolder",
            &[("path", shown(out))],
        )));
    }
    let mut entries = fs::read_dir(out).map_err(|error| io_refusal(out, &error))?;
    if entries.next().is_none() {
        return Ok(false);
    }
    let marker = out.join(SITE_MARKER);
    let Ok(text) = crate::files::read_limited(&marker, 64 * 1024) else {
        return Err(Error::Rejected(Bilingual::message(
            "corePublishFolder-theFolderIsNotEmpty",
            &[("path", shown(out))],
        )));
    };
    let text = String::from_utf8_lossy(&text);
    if !text.contains(&format!("group: {group_id}")) {
        return Err(Error::Rejected(Bilingual::message(
            "corePublishFolder-anotherGroupsSite",
            &[("path", shown(out))],
        )));
    }
    Ok(true)
}

fn write_files(staging: &Path, group_id: Uuid, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    fs::create_dir(staging)?;
    let marker = format!(
        "Gavel published this folder: the website of one group's public meetings.\n\
         Publishing again replaces the whole folder; keep no other files in it.\n\
         group: {group_id}\n"
    );
    let mut folders: Vec<PathBuf> = vec![staging.to_owned()];
    for (relative, bytes) in files
        .iter()
        .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
        .chain([(SITE_MARKER, marker.as_bytes())])
    {
        let path = staging.join(relative);
        if let Some(folder) = path.parent()
            && !folders.iter().any(|known| known == folder)
        {
            fs::create_dir_all(folder)?;
            folders.push(folder.to_owned());
        }
        let mut file = fs::File::create(&path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    for folder in &folders {
        sync_folder(folder);
    }
    Ok(())
}

/// Makes a folder's new entries durable (Unix; Windows has no folder fsync).
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = fs::File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// A path as a message names it.
fn shown(path: &Path) -> gavel_messages::Argument<'static> {
    path.display().to_string().into()
}

/// Reading or writing `path` failed, in words a chair can act on ([`describe_io_error`]).
pub(super) fn io_refusal(path: &Path, error: &std::io::Error) -> Error {
    let reason = describe_io_error(error);
    Error::Rejected(wording::message(
        "corePublishFolder-aFileProblem",
        |language| {
            vec![
                ("path", path.display().to_string().into()),
                ("reason", wording::pick(&reason, language).into()),
            ]
        },
    ))
}
