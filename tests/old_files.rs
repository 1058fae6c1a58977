//! Old files forever (issue 13): a model written by every schema version ever released loads in
//! this version and computes. The fixtures are the built-in models as they were first committed
//! (`tests/fixtures/schema-v<N>-*.ron`); a schema change that lands without a fixture of its new
//! version fails here.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use kostenbaten::file::{SCHEMA_VERSION, load, save, version_needed};
use kostenbaten::model::Evaluation;

fn fixtures() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_schema_version_has_a_fixture_that_loads_and_computes() {
    let files = fixtures();
    for version in 1..=SCHEMA_VERSION {
        let prefix = format!("schema-v{version}-");
        let ours: Vec<&PathBuf> = files
            .iter()
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&prefix))
            })
            .collect();
        assert!(
            !ours.is_empty(),
            "no fixture for schema version {version}: add tests/fixtures/{prefix}*.ron written by it"
        );
        for path in ours {
            let text = std::fs::read_to_string(path).unwrap();
            assert!(
                text.contains(&format!("version: {version},")),
                "{} is not a version-{version} file",
                path.display()
            );
            let model = load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for scenario in &model.scenarios {
                Evaluation::of(&scenario.parameters)
                    .unwrap_or_else(|e| panic!("{} / {}: {e}", path.display(), scenario.name));
            }
            // Migrated on save: written as the lowest version that holds it (never above this
            // program's), and read back the same.
            let dir = tempfile::tempdir().unwrap();
            let again = dir.path().join("again.ron");
            save(&again, &model).unwrap();
            let saved = std::fs::read_to_string(&again).unwrap();
            let written = version_needed(&model);
            assert!((1..=SCHEMA_VERSION).contains(&written));
            assert!(
                saved.contains(&format!("version: {written},")),
                "{}",
                &saved[..60]
            );
            assert_eq!(load(&again).unwrap(), model);
        }
    }
}

#[test]
fn a_model_without_ranges_is_still_written_as_version_1() {
    // Old programs read version 1 only: a model that does not use ranges must stay readable.
    let model = kostenbaten::file::builtin("beschut-werk-2014.ron")
        .unwrap()
        .unwrap();
    assert_eq!(version_needed(&model), 1);
    let peer = kostenbaten::file::builtin("mc-peer.ron").unwrap().unwrap();
    assert_eq!(version_needed(&peer), 2);
}
