//! Writing the files a chair keeps or sends on (sync files): whole or not at all, and never over
//! a file that is already there unless the caller named it on purpose.
//!
//! A reader (an e-mail program attaching the file, a USB stick being unplugged) must never see half
//! a file, so every write goes to a temporary file in the same folder, is flushed to the disk, and
//! only then gets its real name.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

/// How many " (2)", " (3)" … names [`write_new_file_atomically`] tries before it gives up.
const MAX_NUMBERED_NAMES: u32 = 999;

/// Longest stem [`safe_file_stem`] returns, in characters: with " (999).gavel" added the name
/// stays well inside the 255 bytes every common file system allows, even when every character is
/// a two-byte letter such as "ø".
const MAX_STEM_CHARS: usize = 100;

/// Writes `bytes` to `path`, replacing a file of that name: the path the user gave on the command
/// line is the one they want.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    StagedFile::write(folder_of(path), &file_name_of(path), bytes)?.replace(path)
}

/// Writes `bytes` to a new file `stem.extension` in `folder`, or `stem (2).extension`,
/// `stem (3).extension` … when that name is taken, and returns the path written. An existing file
/// is never replaced, not even one that appears while this runs.
pub fn write_new_file_atomically(
    folder: &Path,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> std::io::Result<PathBuf> {
    StagedFile::write(folder, &format!("{stem}.{extension}"), bytes)?.name_new(stem, extension)
}

/// A file written whole and flushed to the disk under a temporary name, waiting for its real
/// one. Splitting the write in two lets a caller do something between them that must happen only
/// if the file can be written — signed minutes are recorded in the database only once their
/// bytes are on the disk, so a full disk cannot leave a recorded signature without its file.
/// Dropped without being named, the temporary file is removed.
pub struct StagedFile {
    temporary: PathBuf,
    folder: PathBuf,
}

impl StagedFile {
    /// Writes `bytes` to a hidden temporary file in `folder`, next to where `target_name` will be.
    pub fn write(folder: &Path, target_name: &str, bytes: &[u8]) -> std::io::Result<StagedFile> {
        let (temporary, mut file) = create_temporary_file(folder, target_name)?;
        let staged = StagedFile {
            temporary,
            folder: folder.to_owned(),
        };
        file.write_all(bytes)?;
        file.sync_all()?;
        Ok(staged)
    }

    /// Gives the file the name `path`, replacing a file of that name. On Windows a file that
    /// another program holds open (a PDF reader showing the minutes) cannot be replaced: then the
    /// error is [`FileHeldOpen`], the old file is left as it was, and this file is removed.
    pub fn replace(self, path: &Path) -> std::io::Result<()> {
        rename_over(&self.temporary, path)?;
        sync_folder(&self.folder)
    }

    /// Gives the file the name `stem.extension` in its folder, or the first free numbered name,
    /// and returns it.
    pub fn name_new(self, stem: &str, extension: &str) -> std::io::Result<PathBuf> {
        let path = give_unused_name(&self.temporary, &self.folder, stem, extension)?;
        sync_folder(&self.folder)?;
        Ok(path)
    }
}

impl Drop for StagedFile {
    /// After a rename the temporary name is gone; after a hard link or an error it is left over.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.temporary);
    }
}

/// Reads the whole file at `path`, which came from outside (a key, a PDF to check, commands, a
/// sync file): what is not a regular file (a device such as `/dev/zero`, a pipe, a folder) is
/// refused with [`NotARegularFile`] before anything is read, and a file larger than `max_bytes`
/// with [`ErrorKind::FileTooLarge`]. The length can change between the check and the read, so at
/// most one byte more than the limit is read, and a file that grew is refused too.
pub fn read_limited(path: &Path, max_bytes: u64) -> std::io::Result<Vec<u8>> {
    let too_large = || {
        std::io::Error::new(
            ErrorKind::FileTooLarge,
            format!("larger than {max_bytes} bytes"),
        )
    };
    let (file, length) = open_regular_file(path)?;
    if length > max_bytes {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    file.take(max_bytes + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Opens `path` for reading only if it is a regular file, and returns it with its length.
///
/// A device (`/dev/zero`, `/dev/urandom`) has no length and never ends, and opening a named pipe
/// (FIFO) waits until some other program opens it for writing — possibly for ever. So the file is
/// opened without waiting (`O_NONBLOCK`, which changes nothing for a regular file) and its type is
/// read from the open handle, never from the name, which could be swapped in between. Anything but
/// a regular file gives an [`ErrorKind::InvalidInput`] error holding [`NotARegularFile`].
pub fn open_regular_file(path: &Path) -> std::io::Result<(File, u64)> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(std::io::Error::new(
            ErrorKind::InvalidInput,
            NotARegularFile {
                what: describe_file_type(&metadata.file_type()),
            },
        ));
    }
    Ok((file, metadata.len()))
}

/// The error inside what [`open_regular_file`] and [`read_limited`] return for a device, a pipe,
/// a socket or a folder. `Display` is its English sentence; [`NotARegularFile::danish`] gives the
/// Danish one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotARegularFile {
    /// "a folder", "a named pipe (FIFO)", "a device" …
    pub what: &'static str,
}

impl NotARegularFile {
    /// The [`NotARegularFile`] inside `error`, if that is what it holds.
    pub fn in_error(error: &std::io::Error) -> Option<&NotARegularFile> {
        error.get_ref()?.downcast_ref::<NotARegularFile>()
    }

    /// The sentence in `language`: "it is a folder, not a regular file; …".
    pub fn message(&self, language: gavel_messages::Language) -> String {
        // `what` is one of describe_file_type's phrases; the message words each kind itself.
        let kind = match self.what {
            "a folder" => "folder",
            "a named pipe (FIFO)" => "named_pipe",
            "a device" => "device",
            "a socket" => "socket",
            _ => "other",
        };
        gavel_messages::message(
            language,
            "coreFiles-notARegularFile",
            &[("kind", kind.into())],
        )
    }

    pub fn danish(&self) -> String {
        self.message(gavel_messages::Language::Danish)
    }
}

impl std::fmt::Display for NotARegularFile {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message(gavel_messages::Language::English))
    }
}

impl std::error::Error for NotARegularFile {}

fn describe_file_type(file_type: &std::fs::FileType) -> &'static str {
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "something other than a file"
}

/// The error [`StagedFile::replace`] gives on Windows when another program holds the file it
/// should replace open without letting others delete it, as PDF readers and Office do. The kind
/// of the `std::io::Error` carrying it is `ResourceBusy`; [`crate::describe_io_error`] words it.
#[derive(Debug)]
pub struct FileHeldOpen {
    pub path: PathBuf,
}

impl std::fmt::Display for FileHeldOpen {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "{} is open in another program, which keeps it from being replaced",
            self.path.display()
        )
    }
}

impl std::error::Error for FileHeldOpen {}

/// A file name stem made from text a person wrote, such as a meeting title: characters that some
/// file system or e-mail program refuses (`/ \ : * ? " < > |` and control characters) become "-",
/// runs of spaces become one, leading dots and trailing dots and spaces go (Windows drops them),
/// and long titles are cut. Letters such as æ, ø and å stay. A stem Windows reads as a device
/// (`CON`, `nul`, `Aux.backup`, `COM1` …) gets a leading "_". `fallback` when nothing is left.
pub fn safe_file_stem(text: &str, fallback: &str) -> String {
    let replaced: String = text
        .chars()
        .map(|character| match character {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            character if character.is_control() => ' ',
            character => character,
        })
        .collect();
    let collapsed = replaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = collapsed.chars().take(MAX_STEM_CHARS).collect();
    let trimmed = cut
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    if trimmed.is_empty() {
        fallback.to_owned()
    } else if is_windows_device_name(trimmed) {
        format!("_{trimmed}")
    } else {
        trimmed.to_owned()
    }
}

/// Whether Windows takes a file of this name for a device rather than a file: the names
/// `CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9` and `LPT0`–`LPT9` (also with ¹ ² ³), in any case,
/// alone or before an extension (`nul.txt`, `aux.sqlite3`), with trailing spaces ignored.
/// Writing "CON.pdf" writes to the console, and "NUL.gavel" to nowhere.
pub fn is_windows_device_name(file_name: &str) -> bool {
    let base = file_name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches(' ')
        .to_uppercase();
    match base.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => match base
            .strip_prefix("COM")
            .or_else(|| base.strip_prefix("LPT"))
        {
            Some(number) => {
                let mut characters = number.chars();
                matches!(
                    (characters.next(), characters.next()),
                    (Some('0'..='9' | '¹' | '²' | '³'), None)
                )
            }
            None => false,
        },
    }
}

/// Names `temporary` `stem.extension`, or the first free numbered name.
fn give_unused_name(
    temporary: &Path,
    folder: &Path,
    stem: &str,
    extension: &str,
) -> std::io::Result<PathBuf> {
    for number in 1..=MAX_NUMBERED_NAMES {
        let name = if number == 1 {
            format!("{stem}.{extension}")
        } else {
            format!("{stem} ({number}).{extension}")
        };
        let candidate = folder.join(name);
        // A hard link fails when the name exists, so no other program's file can be replaced
        // between looking and naming, which a rename after an existence check could do.
        match std::fs::hard_link(temporary, &candidate) {
            Ok(()) => return Ok(candidate),
            Err(error) if error.kind() == ErrorKind::AlreadyExists => continue,
            // Some file systems (FAT on a USB stick, some network shares) have no hard links:
            // there a rename after a check is the best there is.
            Err(_) if candidate.symlink_metadata().is_ok() => continue,
            Err(_) => {
                std::fs::rename(temporary, &candidate)?;
                return Ok(candidate);
            }
        }
    }
    Err(std::io::Error::new(
        ErrorKind::AlreadyExists,
        format!(
            "{}: \"{stem}.{extension}\" and {} numbered copies already exist",
            folder.display(),
            MAX_NUMBERED_NAMES - 1
        ),
    ))
}

/// A new hidden file next to the target, `.NAME.partial` or `.NAME.2.partial` …, created
/// exclusively so that two writes at once never share one.
fn create_temporary_file(folder: &Path, target_name: &str) -> std::io::Result<(PathBuf, File)> {
    for attempt in 1..=MAX_NUMBERED_NAMES {
        let name = if attempt == 1 {
            format!(".{target_name}.partial")
        } else {
            format!(".{target_name}.{attempt}.partial")
        };
        let path = folder.join(name);
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(error) if error.kind() == ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    Err(std::io::Error::new(
        ErrorKind::AlreadyExists,
        format!(
            "{}: too many unfinished \".{target_name}.partial\" files",
            folder.display()
        ),
    ))
}

/// How long [`rename_over`] keeps trying on Windows while the target is held open: a virus
/// scanner or the search indexer lets go of a file within a second or two; a PDF reader
/// showing it does not, and then the chair is told.
const HELD_OPEN_PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);

/// Renames `from` to `to`, replacing `to`. Windows refuses while another program has `to` open
/// (it reports "access denied" or a sharing violation), so there the rename is tried again for
/// [`HELD_OPEN_PATIENCE`], and if `to` is still open then, the error is [`FileHeldOpen`].
fn rename_over(from: &Path, to: &Path) -> std::io::Result<()> {
    let started = std::time::Instant::now();
    loop {
        match std::fs::rename(from, to) {
            Ok(()) => return Ok(()),
            Err(error) if cfg!(windows) && windows_file_in_use(&error) => {
                if started.elapsed() < HELD_OPEN_PATIENCE {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                } else if held_open_by_another_program(to) {
                    return Err(std::io::Error::new(
                        ErrorKind::ResourceBusy,
                        FileHeldOpen {
                            path: to.to_owned(),
                        },
                    ));
                } else {
                    return Err(error);
                }
            }
            Err(error) => return Err(error),
        }
    }
}

/// ERROR_ACCESS_DENIED (5), ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33): how
/// Windows refuses to replace a file that is open. Only asked on Windows: on Linux 5 and 32 are
/// other errors.
fn windows_file_in_use(error: &std::io::Error) -> bool {
    matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

/// Whether another program holds `path` open without sharing it for deletion, which is what
/// keeps Windows from replacing it: asking to open it for deletion then fails with a sharing
/// violation. Access denied for other reasons (a read-only file) opens fine, and is not this.
#[cfg(windows)]
fn held_open_by_another_program(path: &Path) -> bool {
    use std::os::windows::fs::OpenOptionsExt;
    const DELETE: u32 = 0x0001_0000;
    const SHARE_EVERYTHING: u32 = 0x1 | 0x2 | 0x4;
    let opened = OpenOptions::new()
        .access_mode(DELETE)
        .share_mode(SHARE_EVERYTHING)
        .open(path);
    matches!(opened, Err(error) if error.raw_os_error() == Some(32))
}

#[cfg(not(windows))]
fn held_open_by_another_program(_path: &Path) -> bool {
    false
}

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Makes the new name itself durable: on Linux a rename is only certain to survive a power cut
/// once the folder is flushed too. Windows cannot open a folder as a file (it answers "Access
/// denied") and has no such call: NTFS journals the rename, so after a power cut the file has
/// its old name or its new one, whole either way.
pub(crate) fn sync_folder(folder: &Path) -> std::io::Result<()> {
    if cfg!(unix) {
        File::open(folder)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
