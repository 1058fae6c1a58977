//! Model files from the edges of a file system and of text editors (issue 13): a pipe, a device,
//! a folder, a Notepad byte-order mark, and parser errors in Dutch at their place.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use kostenbaten::file::{FileError, load};

use crate::shipped;

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

/// A file over 10 MB is refused at the place where it crosses the limit, in `file:line:column`
/// form like every other file error.
#[test]
fn a_too_large_file_is_placed_where_it_crosses_the_limit() {
    use kostenbaten::file::{MAX_FILE_SIZE, parse_model};
    // "abc" and then lines of nine x's and a newline (10 bytes). Line 1 is bytes 0..13, line k ≥ 2
    // starts at byte 13 + 10·(k − 2). The first byte over the limit is byte 10.485.760:
    // 10.485.760 − 13 = 10 · 1.048.574 + 7, so line 1.048.576, after 7 bytes: column 8.
    assert_eq!(MAX_FILE_SIZE, 10_485_760);
    let mut bytes = b"abc".to_vec();
    for _ in 0..1_048_580 {
        bytes.extend_from_slice(b"xxxxxxxxx\n");
    }
    let path = temp("groot.ron", &bytes);
    let expected = format!(
        "{}:1048576:8: het bestand is groter dan 10 MB ({} bytes; een model is hooguit 10485760 \
         bytes): hier gaat het over de grens",
        path.display(),
        bytes.len()
    );
    let err = load(&path).unwrap_err();
    assert!(matches!(err, FileError::TooLarge { .. }), "{err}");
    assert_eq!(err.to_string(), expected);
    // From bytes already in memory (a recovery copy, a dropped file) the same place.
    assert_eq!(
        parse_model(&bytes, &path).unwrap_err().to_string(),
        expected
    );
    let _ = std::fs::remove_file(&path);
}

/// A huge file is refused after reading only the first 10 MB + 1 byte: a sparse 64 GiB file of zero
/// bytes (no newline) is refused at once, at line 1, column 10.485.761, with its full size.
#[test]
fn a_huge_file_is_refused_without_reading_it_whole() {
    let path = std::env::temp_dir().join(format!("kostenbaten-sparse-{}", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    let size: u64 = 64 << 30;
    file.set_len(size).unwrap();
    drop(file);
    let started = std::time::Instant::now();
    let err = load(&path).unwrap_err();
    let elapsed = started.elapsed();
    let _ = std::fs::remove_file(&path);
    match err {
        FileError::TooLarge {
            line,
            column,
            size: s,
            ..
        } => {
            assert_eq!((line, column, s), (1, 10_485_761, size));
        }
        other => panic!("{other}"),
    }
    // Reading 64 GiB would take minutes; 10 MB takes milliseconds (generous for a loaded CI).
    assert!(elapsed.as_secs() < 10, "{elapsed:?}");
}
