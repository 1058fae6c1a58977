//! Saving without ever leaving a half-written file: write a temporary file in the same folder, flush
//! and sync it, then rename it over the target. A failure at any step leaves the old file as it was.
//!
//! A save that must not overwrite someone else's version ([`write_atomic_guarded`]) checks the file
//! on disk after the temporary file is written and synced, right before the rename. The only window
//! in which another program's replacement can still be lost is therefore between that check and the
//! rename; the rename itself is atomic (same folder, same file system), so a reader always sees
//! either the other program's file or ours, whole, never a mix.

use std::io::Write;
use std::path::Path;

use super::error::FileError;

/// Write `contents` to `path` atomically.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), FileError> {
    write_atomic_with(path, |out| out.write_all(contents))
}

/// Write to `path` atomically with `write`, which receives the temporary file. Tests pass a `write`
/// that fails halfway to check that the old file survives.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), FileError> {
    write_atomic_guarded(path, write, || Ok(()))
}

/// Write to `path` atomically with `write`, but rename over the target only when `guard` (called
/// after the temporary file is written and synced, right before the rename) allows it; its error is
/// returned and the target is left as it is.
pub fn write_atomic_guarded(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    guard: impl FnOnce() -> Result<(), FileError>,
) -> Result<(), FileError> {
    let io_error = |source| FileError::Io {
        action: "opslaan",
        path: path.to_path_buf(),
        source,
    };
    let folder = folder_of(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".kostenbaten-").suffix(".tmp");
    // A new file gets what a plain `File::create` gives (0666 less the umask), so colleagues on a
    // shared drive can open it; a temporary file would otherwise start private (0600).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder
        .tempfile_in(folder)
        .map_err(|source| folder_error(folder, source).unwrap_or_else(io_error))?;
    // Keep the permissions of the file being replaced.
    if let Ok(metadata) = std::fs::metadata(path) {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .map_err(io_error)?;
    }
    write(temp.as_file_mut()).map_err(io_error)?;
    temp.as_file_mut().flush().map_err(io_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    // On error (of the guard too) the temporary file is removed when `temp` drops.
    guard()?;
    temp.persist(path)
        .map_err(|err| folder_error(folder, err.error).unwrap_or_else(io_error))?;
    Ok(())
}

/// Whether a file can be made in the folder `path` (or, when `path` is not a folder, in the folder
/// that holds it): a temporary file is made there and removed again. Exports call this before they
/// compute anything, so the user hears at once that the folder is read-only or not theirs.
pub fn check_writable_folder(path: &Path) -> Result<(), FileError> {
    let folder = if path.is_dir() { path } else { folder_of(path) };
    tempfile::Builder::new()
        .prefix(".kostenbaten-check-")
        .tempfile_in(folder)
        .map(drop)
        .map_err(|source| {
            folder_error(folder, source).unwrap_or_else(|source| FileError::Io {
                action: "opslaan",
                path: folder.to_path_buf(),
                source,
            })
        })
}

/// The folder a file at `path` lives in ("." for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// A refusal to write in `folder` (no permission, or a read-only file system) as a
/// [`FileError::FolderNotWritable`]; any other error back as it was.
fn folder_error(folder: &Path, source: std::io::Error) -> Result<FileError, std::io::Error> {
    use std::io::ErrorKind;
    match source.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            Ok(FileError::FolderNotWritable {
                folder: folder.to_path_buf(),
                read_only: source.kind() == ErrorKind::ReadOnlyFilesystem,
            })
        }
        _ => Err(source),
    }
}
