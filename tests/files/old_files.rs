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

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn the_presentation_of_version_3_loads_and_is_written_back_unchanged() {
    let path = fixture("schema-v3-varianten-presentatie.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let model = load(&path).unwrap();
    let views = &model.presentation.views;
    assert_eq!(views.len(), 5, "the five-view walk of issue 11");
    // Every view starts from a scenario of the model.
    for view in views {
        assert!(
            model.scenario(&view.scenario).is_some(),
            "{}",
            view.scenario
        );
    }
    assert_eq!(views[2].controls.len(), 3);
    assert_eq!(version_needed(&model), 3);
    // What this version writes is the fixture itself, byte for byte.
    assert_eq!(kostenbaten::file::to_ron(&model).unwrap(), text);
}

#[test]
fn older_files_are_written_as_before_without_a_presentation() {
    for path in fixtures() {
        let model = load(&path).unwrap();
        if !model.presentation.is_empty() {
            continue;
        }
        let written = kostenbaten::file::to_ron(&model).unwrap();
        assert!(!written.contains("presentation"), "{}", path.display());
        assert!(version_needed(&model) < 3, "{}", path.display());
    }
}

/// The v3 fixture with `from` replaced by `to` once, read back: the error's text.
fn broken(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(fixture("schema-v3-varianten-presentatie.ron")).unwrap();
    assert!(text.contains(from), "{from}");
    let text = text.replacen(from, to, 1);
    let err =
        kostenbaten::file::parse_model(text.as_bytes(), std::path::Path::new("p.ron")).unwrap_err();
    err.to_string()
}

#[test]
fn a_view_of_an_unknown_scenario_is_an_error_at_its_place() {
    // The third view's scenario: 16 spaces and `scenario: ` before it, so its name is at column 27.
    let text = std::fs::read_to_string(fixture("schema-v3-varianten-presentatie.ron")).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("scenario: \"Alleen bij"))
        .unwrap()
        + 1;
    let message = broken(
        "scenario: \"Alleen bij reguliere werkgevers, boven 40% loonwaarde\"",
        "scenario: \"Elders\"",
    );
    assert!(
        message.starts_with(&format!("p.ron:{line}:27: ")),
        "{message}"
    );
    assert!(
        message.contains("weergave 3") && message.contains("'Elders'"),
        "{message}"
    );
}

#[test]
fn an_unknown_slider_key_is_an_error_at_its_place() {
    let message = broken("\"discount_rate_pct\",", "\"discount_rate\",");
    assert!(
        message.contains("onbekende parameter 'discount_rate'"),
        "{message}"
    );
    assert!(message.starts_with("p.ron:"), "{message}");
    // A choice has no number to slide.
    let message = broken("\"years\",", "\"lks_rule\",");
    assert!(message.contains("'lks_rule' is een keuze"), "{message}");
}

#[test]
fn a_caption_on_two_lines_or_too_many_plots_are_refused() {
    let message = broken(
        "caption: \"Contante waarde",
        "caption: \"Twee\\nregels: Contante waarde",
    );
    assert!(
        message.contains("weergave 5") && message.contains("één regel"),
        "{message}"
    );
    let message = broken("Waterfall,", "Waterfall,\n                    TradeOff,");
    assert!(message.contains("3 grafieken; hooguit 2"), "{message}");
}
