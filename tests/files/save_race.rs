//! A file replaced during the session (issue 13): when another program changed or replaced the
//! model file since it was opened or last saved, saving over it is refused with one Dutch line, and
//! both the other version on disk and the open model stay as they are. Opslaan als… to the same
//! file (the dialog asks first) is the way out.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::{
    FileError, Fingerprint, builtin, load, load_fingerprinted, save_checked, to_ron,
    write_atomic_guarded,
};

const OLD: &str = include_str!("../../assets/models/beschut-werk-2014.ron");
/// What the other program wrote: a different model (another of the built-in files).
const OTHER: &str = include_str!("../../assets/models/lks-2018.ron");

fn files_in(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).unwrap().count()
}

#[test]
fn a_file_replaced_since_it_was_opened_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    std::fs::write(&path, OLD).unwrap();
    let (mut model, opened) = load_fingerprinted(&path).unwrap();
    model.name = "Bewerkt".to_string();
    let edited = model.clone();
    // Another program replaces the file (a sync client, a colleague on a share).
    std::fs::write(&path, OTHER).unwrap();

    let err = save_checked(&path, &model, Some(opened)).unwrap_err();
    assert!(matches!(err, FileError::ChangedOnDisk { .. }), "{err}");
    let line = err.to_string();
    assert!(
        line.contains("model.ron is intussen door een ander programma gewijzigd"),
        "{line}"
    );
    assert!(line.contains("Opslaan als"), "{line}");
    assert!(!line.contains('\n'), "{line}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), OTHER);
    assert_eq!(model, edited);
    assert_eq!(files_in(dir.path()), 1, "a temporary file was left");

    // Saving as (the user chose this file in the dialog, which asked first) replaces it.
    let written = save_checked(&path, &model, None).unwrap();
    assert_eq!(load(&path).unwrap(), edited);
    assert_eq!(written, Fingerprint::on_disk(&path).unwrap());
}

#[test]
fn a_change_of_one_byte_of_the_same_length_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    std::fs::write(&path, OLD).unwrap();
    let (model, opened) = load_fingerprinted(&path).unwrap();
    // Same length, one digit different: the length alone would not tell.
    let changed = OLD.replacen("coaching: \"8500\"", "coaching: \"8400\"", 1);
    assert_ne!(changed, OLD);
    assert_eq!(changed.len(), OLD.len());
    std::fs::write(&path, &changed).unwrap();
    let err = save_checked(&path, &model, Some(opened)).unwrap_err();
    assert!(matches!(err, FileError::ChangedOnDisk { .. }), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), changed);
}

#[test]
fn saves_in_a_row_and_harmless_changes_go_through() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    std::fs::write(&path, OLD).unwrap();
    let (mut model, mut expected) = load_fingerprinted(&path).unwrap();
    // Our own saves follow each other: each returns what the next may replace.
    for name in ["een", "twee", "drie"] {
        model.name = name.to_string();
        expected = save_checked(&path, &model, Some(expected)).unwrap();
        assert_eq!(load(&path).unwrap().name, name);
    }
    // The same bytes written again by another program (its time changes, its content not): nothing
    // of theirs can be lost, so the save goes through.
    let same = std::fs::read(&path).unwrap();
    std::fs::write(&path, &same).unwrap();
    model.name = "vier".to_string();
    expected = save_checked(&path, &model, Some(expected)).unwrap();
    // Removed since: written again.
    std::fs::remove_file(&path).unwrap();
    model.name = "vijf".to_string();
    save_checked(&path, &model, Some(expected)).unwrap();
    assert_eq!(load(&path).unwrap().name, "vijf");
}

#[test]
fn a_file_made_where_there_was_none_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nieuw.ron");
    let model = builtin("lks-2018.ron").unwrap().unwrap();
    // The document knew no file there; meanwhile another program made one.
    std::fs::write(&path, OLD).unwrap();
    let err = save_checked(&path, &model, Some(Fingerprint::default())).unwrap_err();
    assert!(matches!(err, FileError::ChangedOnDisk { .. }), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), OLD);
}

/// The race inside the save itself: the file is replaced while the temporary file is being written.
/// The check right before the rename sees it, and the other version stays.
#[test]
fn a_replacement_while_the_new_file_is_written_is_caught_before_the_rename() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    std::fs::write(&path, OLD).unwrap();
    let expected = Fingerprint::on_disk(&path).unwrap();
    let text = to_ron(&builtin("lks-2018.ron").unwrap().unwrap()).unwrap();
    let result = write_atomic_guarded(
        &path,
        |out| {
            out.write_all(&text.as_bytes()[..text.len() / 2])?;
            std::fs::write(&path, OTHER)?;
            out.write_all(&text.as_bytes()[text.len() / 2..])
        },
        || {
            if Fingerprint::on_disk(&path)? == expected {
                Ok(())
            } else {
                Err(FileError::ChangedOnDisk { path: path.clone() })
            }
        },
    );
    assert!(matches!(result, Err(FileError::ChangedOnDisk { .. })));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), OTHER);
    assert_eq!(files_in(dir.path()), 1, "a temporary file was left");
}

/// In the app: open, edit, another program replaces the file, Ctrl+S shows the banner and keeps
/// both; Opslaan als… to the same file then saves the edit.
#[cfg(feature = "gui")]
#[test]
fn the_app_refuses_ctrl_s_over_a_replaced_file_and_saves_as() {
    use eframe::egui;
    use egui_kittest::kittest::Queryable;
    use kostenbaten::app::{Command, ScriptedFileDialog};
    use kostenbaten::model::ParamKey;
    use rust_decimal_macros::dec;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gedeeld.ron");
    std::fs::write(&path, OLD).unwrap();
    let mut harness = crate::common::app(crate::common::slides())
        .dialog(ScriptedFileDialog {
            open: Vec::new(),
            save: vec![path.clone()],
        })
        .build();
    harness.state_mut().queue(Command::OpenPath(path.clone()));
    harness.run();
    harness
        .state_mut()
        .queue(Command::SetParam(ParamKey::Coaching, dec!(9100)));
    harness.run();
    let edited = harness.state().document().model.clone();
    assert!(harness.state().document().is_dirty());

    std::fs::write(&path, OTHER).unwrap();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let error = harness.state().error().unwrap_or_default().to_string();
    assert!(
        error.starts_with("Opslaan mislukt: ")
            && error.contains("gedeeld.ron is intussen door een ander programma gewijzigd"),
        "{error}"
    );
    harness.get_by_label_contains("is intussen door een ander programma gewijzigd");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), OTHER);
    assert_eq!(harness.state().document().model, edited);
    assert!(harness.state().document().is_dirty());

    // Opslaan als… to the same file: the user's choice, so the edit is written.
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    harness.run();
    assert_eq!(harness.state().error(), None);
    assert_eq!(load(&path).unwrap(), edited);
    assert!(!harness.state().document().is_dirty());
}
