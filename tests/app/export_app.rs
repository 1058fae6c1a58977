//! Bestand ▸ Exporteren… in the real app: the menu writes the shown scenario, unsaved changes
//! included, to the file the dialog answers; a folder that does not exist shows one line in the
//! error banner and writes nothing.
// Test code: a failed step stops the test with its message.
// Needs the app (feature `gui`): `cargo test --no-default-features` leaves it out.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::{Command, KostenbatenApp, ScriptedFileDialog};
use kostenbaten::model::ParamKey;
use rust_decimal_macros::dec;

use crate::common::{app, slides};

/// The slides' model in the app, its save dialog answering `path`.
fn saving_to(path: &std::path::Path) -> Harness<'static, KostenbatenApp> {
    app(slides())
        .dialog(ScriptedFileDialog {
            open: Vec::new(),
            save: vec![path.to_path_buf()],
        })
        .build()
}

/// Wait for the export the app runs on its own thread, take its result and draw it.
fn finish_export(harness: &mut Harness<'static, KostenbatenApp>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().wait_for_export(&ctx);
    harness.run();
}

/// An unsaved change: wage value 50 %, so LKS and wage value are both 50 % of € 22.800.
fn wage_value_50(harness: &mut Harness<'static, KostenbatenApp>) {
    harness
        .state_mut()
        .queue(Command::SetParam(ParamKey::WageValuePct, dec!(50)));
    harness.run();
}

#[test]
fn the_file_menu_exports_the_shown_scenario_with_its_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("overzicht.csv");
    let mut harness = saving_to(&path);
    wage_value_50(&mut harness);
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label("Exporteren…").click();
    harness.run();
    finish_export(&mut harness);
    assert_eq!(harness.state().error(), None);
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.starts_with('\u{feff}'));
    // 50 % × 22.800 = 11.400 on both sides; net 11.400 − 10.000 = 1.400.
    assert!(
        text.contains("\r\nBaten;Loonwaarde;11400,00;9120,00;2280,00\r\n"),
        "{text}"
    );
    assert!(text.contains("\r\nSaldo;Saldo;1400,00;"), "{text}");
    assert!(
        harness
            .query_by_label_contains("Geëxporteerd naar")
            .is_some()
    );
}

#[test]
fn a_missing_folder_is_one_line_in_the_banner_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nergens/overzicht.xlsx");
    let mut harness = saving_to(&path);
    harness.state_mut().queue(Command::Export);
    harness.run();
    let error = harness
        .state()
        .error()
        .expect("an error is shown")
        .to_string();
    assert!(
        error.starts_with("Exporteren mislukt: de map bestaat niet"),
        "{error}"
    );
    assert!(!error.contains('\n'));
    assert!(!path.exists());
}

/// The council report from the menu is the shown scenario with its unsaved change, dated today:
/// at 50 % wage value the sheet's net is −880 + 10 points × 228 = 1.400.
#[test]
fn the_menu_writes_the_council_report_of_the_shown_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("raad.pdf");
    let mut harness = saving_to(&path);
    wage_value_50(&mut harness);
    harness.state_mut().queue(Command::Export);
    harness.run();
    finish_export(&mut harness);
    assert_eq!(harness.state().error(), None);
    let bytes = std::fs::read(&path).expect("written");
    let text = pdf_extract::extract_text_from_mem(&bytes)
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        text.contains("€ 1.400,00"),
        "the unsaved change is in the report"
    );
    assert!(text.contains(&kostenbaten::report::export::today(
        kostenbaten::i18n::Lang::Nl
    )));
}
