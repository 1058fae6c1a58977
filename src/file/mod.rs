//! The `.ron` model file: reading with clear errors, validation, atomic saving, built-in models.

mod atomic;
mod builtin;
mod dutch;
mod error;
mod format;

use std::io::Read;
use std::path::Path;

pub use atomic::{write_atomic, write_atomic_with};
pub use builtin::{BUILTIN_MODELS, BuiltinModel, builtin, default_model};
pub use error::FileError;
pub use format::{
    MAX_FILE_SIZE, MAX_SCENARIOS, ModelFile, SCHEMA_VERSION, parse_model, to_ron, validate,
    version_needed,
};

use crate::model::Model;

/// Read and validate the model at `path`. Never reads more than [`MAX_FILE_SIZE`] + 1 bytes.
pub fn load(path: &Path) -> Result<Model, FileError> {
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
        return Err(FileError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_FILE_SIZE,
        });
    }
    parse_model(&bytes, path)
}

/// Save `model` to `path` atomically: on any failure the existing file is untouched.
pub fn save(path: &Path, model: &Model) -> Result<(), FileError> {
    validate(model).map_err(|message| FileError::Invalid {
        path: path.to_path_buf(),
        message,
    })?;
    let text = to_ron(model).map_err(|err| FileError::Invalid {
        path: path.to_path_buf(),
        message: err.to_string(),
    })?;
    write_atomic(path, text.as_bytes())
}
