//! Model files: round trip, every validation rule, a corpus of broken and hostile files, atomic save.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use kostenbaten::file::{
    BUILTIN_MODELS, FileError, MAX_FILE_SIZE, load, parse_model, save, to_ron, write_atomic_with,
};
use kostenbaten::model::Evaluation;

const SLIDES: &str = include_str!("../../assets/models/beschut-werk-2014.ron");

fn parse(text: &str) -> Result<kostenbaten::model::Model, FileError> {
    parse_model(text.as_bytes(), Path::new("test.ron"))
}

/// The 2014 model with one `field: value` line replaced.
fn with_field(field: &str, value: &str) -> String {
    let prefix = format!("                {field}: ");
    let mut found = false;
    let text = SLIDES
        .lines()
        .map(|line| {
            if line.starts_with(&prefix) {
                found = true;
                format!("{prefix}{value},")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(found, "no field {field}");
    text
}

fn parse_error_at(text: &str) -> (usize, usize, String) {
    match parse(text) {
        Err(FileError::Parse {
            line,
            column,
            message,
            ..
        }) => (line, column, message),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    1 + text.lines().position(|l| l.contains(needle)).expect(needle)
}

#[test]
fn every_builtin_model_loads_and_computes() {
    for builtin in BUILTIN_MODELS {
        let model = parse_model(builtin.text.as_bytes(), Path::new(builtin.file_name))
            .unwrap_or_else(|e| panic!("{e}"));
        for scenario in &model.scenarios {
            Evaluation::of(&scenario.parameters)
                .unwrap_or_else(|e| panic!("{}: {}: {e}", builtin.file_name, scenario.name));
        }
    }
}

#[test]
fn round_trip_is_lossless_and_stable() {
    for builtin in BUILTIN_MODELS {
        let model = parse(builtin.text).unwrap();
        let text = to_ron(&model).unwrap();
        let again = parse(&text).unwrap();
        assert_eq!(again, model, "{}", builtin.file_name);
        assert_eq!(
            to_ron(&again).unwrap(),
            text,
            "saving twice gives the same bytes"
        );
    }
}

#[test]
fn saved_files_diff_cleanly_one_field_per_line() {
    let model = parse(SLIDES).unwrap();
    let text = to_ron(&model).unwrap();
    assert!(text.starts_with("(\n    version: 1,\n"), "{}", &text[..40]);
    let mut changed = model.clone();
    changed.scenarios[0].parameters.coaching =
        kostenbaten::model::Money::new(rust_decimal_macros::dec!(9000)).unwrap();
    let other = to_ron(&changed).unwrap();
    let differing = text
        .lines()
        .zip(other.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(differing, 1, "one changed parameter changes one line");
    assert_eq!(text.lines().count(), other.lines().count());
}

#[test]
fn out_of_range_values_are_refused_with_their_position() {
    let cases = [
        ("wage_value_pct", "\"101\"", "percentage"),
        ("wage_value_pct", "\"-1\"", "percentage"),
        ("lks_cap_pct", "\"100.5\"", "percentage"),
        ("discount_rate_pct", "\"250\"", "percentage"),
        ("coaching", "\"-5\"", "bedrag"),
        ("workplace", "\"100000000.01\"", "bedrag"),
        ("hours_per_week", "\"0\"", "uren"),
        ("hours_per_week", "\"61\"", "uren"),
        ("full_time_hours", "\"0.5\"", "uren"),
        ("years", "0", "jaren"),
        ("years", "61", "jaren"),
        ("clients", "1000001", "klanten"),
        ("year", "2013", "jaar"),
        ("year", "2040", "jaar"),
    ];
    for (field, value, what) in cases {
        let text = with_field(field, value);
        let (line, column, message) = parse_error_at(&text);
        assert_eq!(
            line,
            line_of(&text, &format!("{field}: {value}")),
            "{field}={value}: {message}"
        );
        assert!(column > 1, "{field}");
        assert!(message.contains(what), "{field}={value}: {message}");
    }
}

#[test]
fn numbers_may_be_written_plainly_or_as_strings() {
    let text = with_field("coaching", "8500").replace("\"10000\"", "10000.0");
    let model = parse(&text).unwrap();
    let original = parse(SLIDES).unwrap();
    assert_eq!(
        model.scenarios[0].parameters,
        original.scenarios[0].parameters
    );
}

#[test]
fn rules_across_fields() {
    let no_scenarios = "(version: 1, name: \"x\", scenarios: [])";
    assert!(
        matches!(parse(no_scenarios), Err(FileError::Invalid { message, .. } | FileError::Parse { message, .. }) if message.contains("geen scenario"))
    );

    let model = parse(SLIDES).unwrap();
    let mut twice = model.clone();
    twice.scenarios.push(model.scenarios[0].clone());
    let text = to_ron(&twice).unwrap();
    assert!(
        matches!(parse(&text), Err(FileError::Invalid { message, .. } | FileError::Parse { message, .. }) if message.contains("twee keer"))
    );

    let mut nameless = model.clone();
    nameless.scenarios[0].name = "  ".into();
    let text = to_ron(&nameless).unwrap();
    assert!(
        matches!(parse(&text), Err(FileError::Invalid { message, .. } | FileError::Parse { message, .. }) if message.contains("geen naam"))
    );

    let text = SLIDES.replace("\"cost.workplace\"", "\"cost.workplaces\"");
    assert!(
        matches!(parse(&text), Err(FileError::Invalid { message, .. } | FileError::Parse { message, .. }) if message.contains("cost.workplaces"))
    );
}

#[test]
fn a_newer_schema_version_is_refused_with_a_clear_message() {
    let text = SLIDES
        .replacen("version: 1", "version: 7", 1)
        .replace("scenarios:", "future_field: 1, scenarios:");
    match parse(&text) {
        Err(FileError::NewerVersion {
            found: 7,
            supported: kostenbaten::file::SCHEMA_VERSION,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    let message = parse(&text).unwrap_err().to_string();
    assert!(
        message.contains("versie 7") && message.contains("test.ron"),
        "{message}"
    );
}

#[test]
fn unknown_fields_and_wrong_types_name_the_place() {
    let text = with_field("coaching", "\"8500\",\n                coachng: \"1\"");
    let (line, _, message) = parse_error_at(&text);
    assert_eq!(line, line_of(&text, "coachng"));
    assert!(message.contains("coachng"), "{message}");

    let text = with_field("clients", "\"many\"");
    let (line, _, _) = parse_error_at(&text);
    assert_eq!(line, line_of(&text, "clients: \"many\""));

    let text = with_field("benefit_saved", "Sometimes");
    let (line, _, message) = parse_error_at(&text);
    assert_eq!(line, line_of(&text, "Sometimes"));
    assert!(message.contains("Sometimes"), "{message}");
}

#[test]
fn pm_lines_must_be_sheet_lines() {
    let text = SLIDES.replacen("\"cost.administration\",", "\"cost.adminstration\",", 1);
    assert_ne!(text, SLIDES, "the 2014 model marks administration pm");
    assert!(
        matches!(parse(&text), Err(FileError::Invalid { message, .. } | FileError::Parse { message, .. }) if message.contains("cost.adminstration"))
    );
}

#[test]
fn a_misspelt_source_key_is_an_error_at_its_place() {
    // A badge that silently disappears is worse than an error: `sources` keys must be parameters.
    let text = SLIDES.replacen("\"coaching\": ", "\"coachng\": ", 1);
    assert_ne!(text, SLIDES, "the 2014 model names a source for coaching");
    let (line, _, message) = parse_error_at(&text);
    assert_eq!(line, line_of(&text, "\"coachng\""));
    assert!(message.contains("coachng"), "{message}");
    assert!(
        message.contains("wage_value_pct"),
        "lists the keys: {message}"
    );
}

/// Broken and hostile inputs: each is an error, never a panic, and the message names the file.
#[test]
fn a_corpus_of_broken_and_hostile_files_gives_errors_never_panics() {
    let mut corpus: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("whitespace", b"   \n\n".to_vec()),
        ("truncated", SLIDES.as_bytes()[..SLIDES.len() / 2].to_vec()),
        ("truncated at 1 byte", SLIDES.as_bytes()[..1].to_vec()),
        ("wrong top type", b"[1, 2, 3]".to_vec()),
        (
            "json",
            br#"{"version": 1, "name": "x", "scenarios": []}"#.to_vec(),
        ),
        ("string", b"\"hello\"".to_vec()),
        (
            "deep nesting",
            format!("{}{}", "(".repeat(100_000), ")".repeat(100_000)).into_bytes(),
        ),
        (
            "deep lists",
            format!(
                "(version: 1, name: \"x\", scenarios: {}{})",
                "[".repeat(5_000),
                "]".repeat(5_000)
            )
            .into_bytes(),
        ),
        (
            "enormous number",
            with_field("coaching", &"9".repeat(400)).into_bytes(),
        ),
        (
            "enormous string number",
            with_field("coaching", &format!("\"{}\"", "9".repeat(400))).into_bytes(),
        ),
        ("exponent", with_field("coaching", "1e400").into_bytes()),
        ("nan", with_field("coaching", "NaN").into_bytes()),
        ("infinity", with_field("coaching", "inf").into_bytes()),
        (
            "huge integer",
            with_field("clients", "99999999999999999999999").into_bytes(),
        ),
        ("negative integer", with_field("years", "-3").into_bytes()),
        (
            "binary garbage",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect(),
        ),
        (
            "invalid utf-8",
            [SLIDES.as_bytes(), &[0xff, 0xfe, 0x00]].concat(),
        ),
        ("nul bytes", vec![0u8; 1024]),
        ("unterminated string", b"(version: 1, name: \"abc".to_vec()),
        (
            "unbalanced",
            b"(version: 1, name: \"x\", scenarios: [(".to_vec(),
        ),
    ];
    corpus.push(("just over 10 MB", vec![b' '; MAX_FILE_SIZE as usize + 1]));
    for (name, bytes) in &corpus {
        let result = std::panic::catch_unwind(|| parse_model(bytes, Path::new("kapot.ron")));
        let result = result.unwrap_or_else(|_| panic!("{name}: panicked"));
        let err = match result {
            Err(err) => err,
            Ok(_) => panic!("{name}: accepted"),
        };
        assert!(err.to_string().contains("kapot.ron"), "{name}: {err}");
    }
    let err = parse_model(&[0xff], Path::new("x.ron")).unwrap_err();
    assert!(
        matches!(
            err,
            FileError::NotText {
                line: 1,
                column: 1,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_20_mb_file_on_disk_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groot.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(20 * 1024 * 1024).unwrap();
    match load(&path) {
        Err(FileError::TooLarge { size, limit, .. }) => {
            assert_eq!(size, 20 * 1024 * 1024);
            assert_eq!(limit, 10 * 1024 * 1024);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_missing_file_names_the_path() {
    let err = load(Path::new("/nonexistent/model.ron")).unwrap_err();
    assert!(err.to_string().contains("/nonexistent/model.ron"), "{err}");
}

#[test]
fn save_then_load_gives_the_same_model() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    let model = parse(SLIDES).unwrap();
    save(&path, &model).unwrap();
    assert_eq!(load(&path).unwrap(), model);
    // Saving over an existing file replaces it whole.
    let mut changed = model.clone();
    changed.name = "Anders".into();
    save(&path, &changed).unwrap();
    assert_eq!(load(&path).unwrap().name, "Anders");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left behind");
}

#[test]
fn a_failing_writer_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    std::fs::write(&path, SLIDES).unwrap();
    let result = write_atomic_with(&path, |out| {
        out.write_all(&SLIDES.as_bytes()[..100])?;
        Err(std::io::Error::other("disk full"))
    });
    let err = result.unwrap_err();
    assert!(
        err.to_string().contains("disk full") && err.to_string().contains("model.ron"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), SLIDES);
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "the temporary file is removed");
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let model = parse(SLIDES).unwrap();
    let err = save(Path::new("/nonexistent-folder/model.ron"), &model).unwrap_err();
    assert!(matches!(err, FileError::Io { .. }), "{err:?}");
}
