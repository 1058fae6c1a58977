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
    let mut temp = tempfile::Builder::new()
        .prefix(".kostenbaten-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(io_error)?;
    // Keep the permissions of the file being replaced (a temporary file starts private).
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
    temp.persist(path).map_err(|err| io_error(err.error))?;
    Ok(())
}

/// The folder a file at `path` lives in ("." for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}
