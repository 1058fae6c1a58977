//! Model files from the edges of a file system and of text editors (issue 13): a pipe, a device,
//! a folder, a Notepad byte-order mark, and parser errors in Dutch at their place.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use kostenbaten::file::{FileError, load};

fn shipped(name: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("assets/models")
            .join(name),
    )
    .unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("kostenbaten-edge-{name}"));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn a_pipe_without_a_writer_is_refused_at_once() {
    let path = std::env::temp_dir().join(format!("kostenbaten-fifo-{}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    // Opening a FIFO with no writer blocks forever; the check comes before the open.
    let err = load(&path).unwrap_err();
    assert!(matches!(err, FileError::NotAFile { .. }), "{err}");
    let _ = std::fs::remove_file(&path);
}

#[cfg(unix)]
#[test]
fn a_device_or_a_folder_is_no_model() {
    let err = load(std::path::Path::new("/dev/zero")).unwrap_err();
    assert!(err.to_string().contains("geen gewoon bestand"), "{err}");
    let err = load(&std::env::temp_dir()).unwrap_err();
    assert!(matches!(err, FileError::NotAFile { .. }), "{err}");
}

#[test]
fn a_byte_order_mark_from_notepad_is_ignored() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(shipped("lks-2018.ron").as_bytes());
    let model = load(&temp("bom.ron", &bytes)).unwrap();
    assert_eq!(model.scenarios.len(), 1);
}

#[test]
fn parser_errors_are_dutch_and_placed() {
    let text = shipped("lks-2018.ron").replacen("scenarios:", "scenarioz:", 1);
    let path = temp("typo.ron", text.as_bytes());
    let err = load(&path).unwrap_err().to_string();
    // Line and column of the misspelt field, and the fields that exist.
    let line = 1 + text[..text.find("scenarioz").unwrap()]
        .matches('\n')
        .count();
    assert!(err.contains(&format!(":{line}:")), "{err}");
    assert!(err.contains("onbekend veld 'scenarioz'"), "{err}");
    assert!(err.contains("'scenarios'"), "{err}");
    let cut = &text[..text.len() / 2];
    let err = load(&temp("cut.ron", cut.as_bytes()))
        .unwrap_err()
        .to_string();
    assert!(
        !err.contains("Unexpected") && !err.contains("Expected"),
        "{err}"
    );
}

#[test]
fn whole_numbers_may_be_written_as_strings_as_the_readme_says() {
    let text = shipped("lks-2018.ron")
        .replacen("year: 2018,", "year: \"2018\",", 1)
        .replacen("years: 1,", "years: \"1\",", 1)
        .replacen("clients: 1,", "clients: \"1\",", 1);
    assert!(
        text.contains("clients: \"1\""),
        "the fixture has clients: 1"
    );
    let model = load(&temp("strings.ron", text.as_bytes())).unwrap();
    assert_eq!(model.scenarios[0].parameters.year.get(), 2018);
    let bad = shipped("lks-2018.ron").replacen("year: 2018,", "year: \"twintig\",", 1);
    let err = load(&temp("bad-year.ron", bad.as_bytes()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("'twintig' is geen geheel getal"), "{err}");
}

/// The P-budget model with `count` municipalities named `G0`, `G1`, … in its local split.
fn with_municipalities(count: usize) -> String {
    let text = shipped("wil-p-budget-2018.ron");
    let start = text.find("municipalities: [").unwrap();
    let end = start + text[start..].find("],").unwrap();
    let list: String = (0..count)
        .map(|i| format!("(name: \"G{i}\", contribution: \"1000\", planned_use: \"0\"),"))
        .collect();
    format!("{}municipalities: [{list}{}", &text[..start], &text[end..])
}

#[test]
fn hundreds_of_thousands_of_municipalities_are_refused_quickly() {
    // 340.000 names once took 90–130 s in a pairwise duplicate check; now the count is refused
    // (work bounded by the file size cap) and duplicates are found with a set.
    let text = with_municipalities(340_000);
    let err = kostenbaten::file::parse_model(text.as_bytes(), std::path::Path::new("groot.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("hooguit 1000") || err.contains("bytes"),
        "{err}"
    );
    let text = with_municipalities(1_000);
    let model =
        kostenbaten::file::parse_model(text.as_bytes(), std::path::Path::new("veel.ron")).unwrap();
    assert_eq!(
        model.budget.unwrap().local_budget.municipalities.len(),
        1_000
    );
    let twice = with_municipalities(3).replace("\"G2\"", "\"G0\"");
    let err = kostenbaten::file::parse_model(twice.as_bytes(), std::path::Path::new("dubbel.ron"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("'G0' komt twee keer voor"), "{err}");
}

#[test]
fn rules_across_fields_and_a_newer_version_name_their_place() {
    // A scenario name used twice: the second one's line and column.
    let text = shipped("varianten-beschut-werk.ron").replacen(
        "name: \"Alleen bij reguliere werkgevers, boven 40% loonwaarde\"",
        "name: \"In een SW-bedrijf\"",
        1,
    );
    let second = text
        .match_indices("\"In een SW-bedrijf\"")
        .nth(1)
        .unwrap()
        .0;
    let line = 1 + text[..second].matches('\n').count();
    let err = load(&temp("dup.ron", text.as_bytes()))
        .unwrap_err()
        .to_string();
    assert!(err.contains(&format!("dup.ron:{line}:")), "{err}");
    assert!(err.contains("komt twee keer voor"), "{err}");
    // A file from a newer program: the line of its version field.
    let text = shipped("lks-2018.ron").replacen("version: 1", "version: 9", 1);
    let line = 1 + text[..text.find("version: 9").unwrap()]
        .matches('\n')
        .count();
    let err = load(&temp("newer.ron", text.as_bytes()))
        .unwrap_err()
        .to_string();
    assert!(err.contains(&format!("newer.ron:{line}:")), "{err}");
    assert!(err.contains("schemaversie 9"), "{err}");
}
