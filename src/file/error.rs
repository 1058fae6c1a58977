//! Errors reading and writing model files. Each names the file, and for parse errors the line and
//! column, and says what was expected.

use std::path::PathBuf;

/// Why a model file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The operating system refused to read or write.
    #[error("{action} mislukt: {source} ({path})")]
    Io {
        /// "lezen" or "opslaan".
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The path is a folder, a device or a pipe, not a file.
    #[error("dit is geen gewoon bestand maar een map, apparaat of pijp ({path})")]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than a model can reasonably be; placed where it crosses the limit.
    #[error(
        "{path}:{line}:{column}: het bestand is groter dan 10 MB ({size} bytes; een model is \
         hooguit {limit} bytes): hier gaat het over de grens"
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Line of the first byte over the limit.
        line: usize,
        /// Column of the first byte over the limit.
        column: usize,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    #[error("{path}:{line}:{column}: dit is geen tekstbestand (geen geldige UTF-8)")]
    NotText {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte.
        line: usize,
        /// Column of the first invalid byte.
        column: usize,
    },
    /// The text is not a valid model: a syntax error, a wrong type, an unknown field or a value out
    /// of range.
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What was wrong and what was expected.
        message: String,
    },
    /// The file was written by a newer version of the program.
    #[error(
        "{path}:{line}:{column}: dit bestand heeft schemaversie {found}; deze versie van kostenbaten \
         leest tot en met versie {supported}: werk kostenbaten bij",
        path = path.display()
    )]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// Line of the `version` field.
        line: usize,
        /// Column of the `version` field.
        column: usize,
        /// The version in the file.
        found: u32,
        /// The newest version this program reads.
        supported: u32,
    },
    /// The file parsed but breaks a rule that spans several fields.
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the scenario or field.
        message: String,
    },
    /// The file was changed or replaced by another program since it was opened or last saved; the
    /// save was refused so that the other version is not overwritten unseen.
    #[error(
        "{path} is intussen door een ander programma gewijzigd; kies Opslaan als… of laad het \
         opnieuw"
    )]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// Nothing can be written in the folder: it is read-only (a read-only mount, a write-protected
    /// stick) or not the user's. Named by the folder, since no file name would help.
    #[error(
        "{}: in deze map kan niet worden geschreven ({}); kies een andere map",
        .folder.display(),
        if *.read_only { "alleen-lezen" } else { "geen schrijfrechten" }
    )]
    FolderNotWritable {
        /// The folder.
        folder: PathBuf,
        /// Whether the file system is read-only (else: no permission).
        read_only: bool,
    },
    /// The model would be saved as a text larger than any model file is read back; nothing was
    /// written, so the file on disk stays as it was.
    #[error(
        "{}: niet opgeslagen: het model wordt {size} bytes tekst, meer dan de {limit} bytes (10 MB) \
         die kostenbaten leest; maak beschrijvingen, namen of bronteksten korter",
        .path.display()
    )]
    TooLargeToSave {
        /// The file.
        path: PathBuf,
        /// The size of the text.
        size: u64,
        /// The limit, [`super::MAX_FILE_SIZE`].
        limit: u64,
    },
}
