//! Hostile model files and saves (issue 19, section 6): each finding a regression test.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use kostenbaten::file::{FileError, MAX_FILE_SIZE, load, save};

use crate::shipped;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_newer_version_written_with_the_struct_name_is_refused_as_newer() {
    let dir = tempfile::tempdir().unwrap();
    let text = shipped("beschut-werk-2014.ron");
    let named = text.replacen("(\n    version: 1,", "ModelFile(\n    version: 99,", 1);
    assert_ne!(named, text, "the fixture starts as expected");
    let err = load(&write(dir.path(), "named.ron", &named)).unwrap_err();
    assert!(
        matches!(
            err,
            FileError::NewerVersion {
                found: 99,
                line: 2,
                ..
            }
        ),
        "{err}"
    );
    // With a field this version does not know (what a newer version would add) the same.
    let newer = named.replacen(
        "    version: 99,",
        "    version: 99,\n    colour: \"blauw\",",
        1,
    );
    let err = load(&write(dir.path(), "newer.ron", &newer)).unwrap_err();
    assert!(
        matches!(err, FileError::NewerVersion { found: 99, .. }),
        "{err}"
    );
    // The struct name with the version this program reads is still fine.
    let current = text.replacen("(\n    version: 1,", "ModelFile(\n    version: 1,", 1);
    load(&write(dir.path(), "current.ron", &current)).unwrap();
}

#[test]
fn two_ranges_for_one_key_are_refused_at_the_second() {
    let dir = tempfile::tempdir().unwrap();
    let text = shipped("mc-peer.ron");
    let line = "                    \"coaching\": Triangular(min: \"6000\", mode: \"8500\", max: \"10000\"),\n";
    assert!(text.contains(line), "the fixture has the coaching range");
    let twice = text.replacen(
        line,
        &format!(
            "{line}                    \"coaching\": Uniform(min: \"1000\", max: \"2000\"),\n"
        ),
        1,
    );
    let err = load(&write(dir.path(), "twice.ron", &twice)).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, FileError::Parse { .. }), "{message}");
    assert!(
        message.contains("twee onzekerheden voor 'coaching'"),
        "{message}"
    );
    // The second range's line: the coaching line of the file plus one.
    let coaching_line = 1 + text[..text.find(line).unwrap()].matches('\n').count() + 1;
    assert!(
        message.contains(&format!(":{coaching_line}:")),
        "line {coaching_line}: {message}"
    );
}

#[test]
fn a_model_whose_text_would_exceed_the_limit_is_not_saved_and_the_file_survives() {
    let dir = tempfile::tempdir().unwrap();
    let text = shipped("beschut-werk-2014.ron");
    let path = write(dir.path(), "model.ron", &text);
    let mut model = load(&path).unwrap();
    // 6 MB of apostrophes: well under the limit in memory, but the writer escapes each as `\'`,
    // so the text would be 12 MB, which no reader accepts.
    model.description = "'".repeat(6 * 1024 * 1024);
    let err = save(&path, &model).unwrap_err();
    match &err {
        FileError::TooLargeToSave { size, limit, .. } => {
            assert_eq!(*limit, MAX_FILE_SIZE);
            assert!(*size > 12 * 1024 * 1024, "{size}");
        }
        other => panic!("not refused as too large: {other}"),
    }
    assert!(err.to_string().contains("niet opgeslagen"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "the file is untouched"
    );
    load(&path).unwrap();
    // A model that fits is saved and reads back.
    model.description = "'".repeat(1024);
    save(&path, &model).unwrap();
    assert_eq!(load(&path).unwrap().description, model.description);
}

/// The process's umask, from /proc (Linux).
#[cfg(target_os = "linux")]
fn umask() -> u32 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("Umask:")).unwrap();
    u32::from_str_radix(line["Umask:".len()..].trim(), 8).unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn new_files_get_the_umask_and_a_replaced_file_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let model = load(&write(
        dir.path(),
        "source.ron",
        &shipped("beschut-werk-2014.ron"),
    ))
    .unwrap();
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    // What `File::create` gives: 0666 less the umask (0644 with the usual 022), not 0600.
    let plain = dir.path().join("plain");
    std::fs::File::create(&plain).unwrap();
    assert_eq!(mode(&plain), 0o666 & !umask());
    let new = dir.path().join("new.ron");
    save(&new, &model).unwrap();
    assert_eq!(mode(&new), 0o666 & !umask(), "a new save");
    let export = dir.path().join("export.csv");
    kostenbaten::file::write_atomic(&export, b"a;b\n").unwrap();
    assert_eq!(mode(&export), 0o666 & !umask(), "a new export");
    // A save over a file keeps that file's mode, whatever it is.
    for kept in [0o640, 0o664, 0o600] {
        std::fs::set_permissions(&new, std::fs::Permissions::from_mode(kept)).unwrap();
        save(&new, &model).unwrap();
        assert_eq!(mode(&new), kept);
    }
}
