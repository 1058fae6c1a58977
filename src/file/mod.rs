//! The `.ron` model file: reading with clear errors, validation, atomic saving, built-in models.

mod atomic;
mod builtin;
mod dutch;
mod error;
mod format;

use std::io::Read;
use std::path::Path;

pub use atomic::{check_writable_folder, write_atomic, write_atomic_guarded, write_atomic_with};
pub use builtin::{BUILTIN_MODELS, BuiltinModel, builtin, default_model};
pub use error::FileError;
pub use format::{
    MAX_FILE_SIZE, MAX_SCENARIOS, ModelFile, SCHEMA_VERSION, parse_model, to_ron, validate,
    version_needed,
};

use crate::model::Model;

/// What a model file held when it was read or written, to notice at the next save that another
/// program replaced or changed it since: its length and a hash of its bytes, or that there was no
/// file. The modification time is not compared: a file rewritten with the same bytes loses nothing
/// when overwritten, and a time cannot tell two versions written within its resolution apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fingerprint(Option<(u64, u64)>);

impl Fingerprint {
    /// The fingerprint of a file holding `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self(Some((bytes.len() as u64, hasher.finish())))
    }

    /// The fingerprint of the file at `path` now; that of "no file" when there is none.
    pub fn on_disk(path: &Path) -> Result<Self, FileError> {
        match read_bounded(path) {
            Ok(bytes) => Ok(Self::of(&bytes)),
            Err(FileError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                Ok(Self::default())
            }
            // Larger than any model read or written: its length alone differs from theirs.
            Err(FileError::TooLarge { size, .. }) => Ok(Self(Some((size, 0)))),
            Err(err) => Err(err),
        }
    }

    /// Whether there was a file.
    pub fn exists(&self) -> bool {
        self.0.is_some()
    }
}

/// Read and validate the model at `path`. Never reads more than [`MAX_FILE_SIZE`] + 1 bytes.
pub fn load(path: &Path) -> Result<Model, FileError> {
    load_fingerprinted(path).map(|(model, _)| model)
}

/// Read and validate the model at `path`, with the fingerprint of the bytes read (for
/// [`save_checked`]).
pub fn load_fingerprinted(path: &Path) -> Result<(Model, Fingerprint), FileError> {
    let bytes = read_bounded(path)?;
    let model = parse_model(&bytes, path)?;
    Ok((model, Fingerprint::of(&bytes)))
}

/// The bytes of the file at `path`, at most [`MAX_FILE_SIZE`] + 1 of them.
fn read_bounded(path: &Path) -> Result<Vec<u8>, FileError> {
    let io_error = |source| FileError::Io {
        action: "lezen",
        path: path.to_path_buf(),
        source,
    };
    // A folder, a device (/dev/zero) or a pipe (a FIFO with no writer blocks `open` forever) is
    // no model: refused from its metadata, before it is opened.
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if !meta.is_file() {
        return Err(FileError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(format::too_large(path, &bytes, size));
    }
    Ok(bytes)
}

/// Save `model` to `path` atomically: on any failure the existing file is untouched.
pub fn save(path: &Path, model: &Model) -> Result<(), FileError> {
    let text = checked_text(path, model)?;
    write_atomic(path, text.as_bytes())
}

/// Save `model` to `path` atomically, but only over the file as it was when it was read or last
/// saved (`expected`; `None` when the user chose to replace whatever is there): when another
/// program changed or replaced it since, the save is refused with [`FileError::ChangedOnDisk`] and
/// both the file and `model` stay as they are. A file removed since is written again (nothing of
/// anyone's is lost). Returns the fingerprint of what was written, the `expected` of the next save.
pub fn save_checked(
    path: &Path,
    model: &Model,
    expected: Option<Fingerprint>,
) -> Result<Fingerprint, FileError> {
    let text = checked_text(path, model)?;
    let changed = || FileError::ChangedOnDisk {
        path: path.to_path_buf(),
    };
    // Checked twice: before anything is written (a refusal then costs nothing) and once more right
    // before the rename, which narrows the window in which a replacement can be lost to the rename.
    let unchanged = || match expected {
        Some(expected) => {
            let now = Fingerprint::on_disk(path)?;
            if now.exists() && now != expected {
                Err(changed())
            } else {
                Ok(())
            }
        }
        None => Ok(()),
    };
    unchanged()?;
    write_atomic_guarded(path, |out| out.write_all(text.as_bytes()), unchanged)?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// The text `model` is saved as, after the rules a saved model must meet. A text larger than
/// [`MAX_FILE_SIZE`] is refused before anything is written: the reader would refuse it, so saving
/// it would turn the user's file into one that can no longer be opened (the text can be larger
/// than the model looks: the writer escapes every apostrophe as `\'`).
fn checked_text(path: &Path, model: &Model) -> Result<String, FileError> {
    validate(model).map_err(|message| FileError::Invalid {
        path: path.to_path_buf(),
        message,
    })?;
    let text = to_ron(model).map_err(|err| FileError::Invalid {
        path: path.to_path_buf(),
        message: err.to_string(),
    })?;
    if text.len() as u64 > MAX_FILE_SIZE {
        return Err(FileError::TooLargeToSave {
            path: path.to_path_buf(),
            size: text.len() as u64,
            limit: MAX_FILE_SIZE,
        });
    }
    Ok(text)
}

#[cfg(test)]
mod ranges_tests;
