//! The model files' tests in one binary (issue 20): the shipped models, files written by older
//! versions, edge cases and hostile files, and saving under faults and races (`save_race` drives
//! the app too where `gui` is on). One binary per tier, not per file: each test binary links the
//! whole crate, and linking was most of a test build (BENCHMARKS.md, "Tests in binaries by tier").

// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used)]

#[cfg(feature = "gui")]
mod common;

/// The text of a model shipped in `assets/models/`, by its file name.
fn shipped(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/models")
            .join(name),
    )
    .unwrap()
}

#[path = "files/file_edges.rs"]
mod file_edges;
#[path = "files/file_hostile.rs"]
mod file_hostile;
#[path = "files/model_files.rs"]
mod model_files;
#[path = "files/old_files.rs"]
mod old_files;
#[path = "files/save_faults.rs"]
mod save_faults;
#[path = "files/save_race.rs"]
mod save_race;
