#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The real app driven through its accessible labels, as a user would: the 2014 slides' sheet
//! follows the wage value, LKS can be set by hand and is capped, a broken file leaves the model as
//! it was, a dropped file opens, a drag is one undo step, the language switches, and a frame
//! without an edit does no engine work.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::{KostenbatenApp, ScriptedFileDialog, Settings};
use kostenbaten::i18n::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::{app, figure, nl, slide, slides};

/// The slides' fully loaded annual wage cost (DOMAIN.md section 1).
const LOADED_WAGE: Decimal = dec!(22800);
/// The slides' workplace costs.
const WORKPLACE: Decimal = dec!(10000);

fn harness_with(dialog: ScriptedFileDialog) -> Harness<'static, KostenbatenApp> {
    app(slides()).dialog(dialog).build()
}

fn harness() -> Harness<'static, KostenbatenApp> {
    app(slides()).build()
}

/// Expected sheet figures at wage value `lw` under the slides' rule.
fn expected(lw: Decimal) -> (String, String, String) {
    let wage_value = lw / dec!(100) * LOADED_WAGE;
    let lks = (dec!(100) - lw) / dec!(100) * LOADED_WAGE;
    let net = wage_value - WORKPLACE;
    (
        format!("Loonwaarde (baten): {}", nl(wage_value)),
        format!("Loonkostensubsidie (kosten): {}", nl(lks)),
        format!("Saldo: {}", nl(net)),
    )
}

#[track_caller]
fn assert_sheet_at(harness: &Harness<'_, KostenbatenApp>, lw: Decimal) {
    let (wage_value, lks, net) = expected(lw);
    figure(harness, &wage_value);
    figure(harness, &lks);
    figure(harness, &net);
}

#[test]
fn opens_on_the_2014_sheet() {
    let harness = harness();
    assert_sheet_at(&harness, dec!(40));
    // The slides' own net, −€ 880,00, with the minus sign U+2212.
    figure(&harness, "Saldo: \u{2212}€ 880,00");
    // Published figures stand beside the computed ones, with the difference.
    figure(
        &harness,
        "Loonkostensubsidie (kosten) (Gepubliceerd): € 13.700,00",
    );
    figure(
        &harness,
        "Loonkostensubsidie (kosten) (Verschil): \u{2212}€ 20,00",
    );
    // Figures from the source documents carry the badge.
    assert!(harness.get_all_by_label("uit brondocument").count() >= 5);
    assert_eq!(
        harness.state().window_title(),
        "Kostenbaten — Beschut werk — voorbeeld uit de dia's (2014)"
    );
}

#[test]
fn a_choice_parameter_from_the_registry_has_its_control() {
    // Who delivers coaching is a registry parameter with words only; the panel shows its words as
    // radio buttons without a widget of its own. 2014 slides, the employer per place per year:
    // delivering the coaching itself, it receives LKS 13.680 + the coaching budget 8.500 + wage
    // value 9.120 = 31.300 and bears wage cost 22.800 + workplace 10.000 + the coach's time 8.500 =
    // 41.300; with a separate provider neither the budget nor the coach's time passes through it:
    // 22.800 against 32.800. Its net is −10.000 either way.
    let mut harness = harness();
    let employer = |h: &Harness<'static, KostenbatenApp>| {
        let results = h.state().results().sheet().expect("results");
        let evaluation = &results.evaluation;
        let row = evaluation.actors.row(kostenbaten::model::Actor::Employer);
        (row.benefit, row.cost, row.net())
    };
    assert_eq!(employer(&harness), (dec!(31300), dec!(41300), dec!(-10000)));
    harness
        .get_by_label("Aparte aanbieder (tegen kostprijs)")
        .click();
    harness.run();
    assert_eq!(employer(&harness), (dec!(22800), dec!(32800), dec!(-10000)));
    assert!(harness.state().document().is_dirty());
}

#[test]
fn the_results_that_decide_lead_and_the_sheet_says_what_it_is() {
    // 2014 slides, per place per year. Municipality: P-budget −8.500 (coaching) and BUIG −13.680
    // (LKS) = −22.180. Society: wage value 9.120 − coaching 8.500 − workplace 10.000 + societal
    // cost avoided 5.960 = −3.420 (DOMAIN §5). The balance of the place: −880.
    let harness = harness();
    figure(&harness, "Saldo gemeente per plek per jaar: −€ 22.180");
    figure(&harness, "Saldo samenleving per plek per jaar: −€ 3.420");
    figure(&harness, "Balans van de plek per jaar: −€ 880");
    // The slides mark workplace adaptation and administration "pm": named, not quantified.
    figure(&harness, "Werkplekaanpassing (kosten): pm");
    figure(&harness, "Uitvoeringskosten (kosten): pm");
    figure(&harness, "Werkplekaanpassing (kosten) (Gepubliceerd): pm");
    harness.get_by_label_contains("balans van de plek zoals de dia's die tekenen");
}

#[test]
fn wage_value_slider_drives_the_sheet() {
    let mut harness = harness();
    slide(&mut harness, "Loonwaarde", 55.0);
    assert_sheet_at(&harness, dec!(55));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::SpinButton, "Loonwaarde")
            .value()
            .as_deref(),
        Some("55 %")
    );
    assert!(harness.state().window_title().ends_with(" *"));
}

#[test]
fn typed_entry_accepts_dutch_notation() {
    let mut harness = harness();
    let entry = harness.get_by_role_and_label(Role::SpinButton, "Werkplekkosten");
    entry.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::SpinButton, "Werkplekkosten")
        .type_text("€ 12.500,50");
    harness.key_press(egui::Key::Enter);
    harness.run();
    // Net = loonwaarde 9.120 − werkplek 12.500,50.
    figure(
        &harness,
        &format!("Saldo: {}", nl(dec!(9120) - dec!(12500.50))),
    );
}

#[test]
fn manual_lks_is_capped() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            "LKS volgt de loonwaarde (100 % − loonwaarde)",
        )
        .click();
    harness.run();
    slide(&mut harness, "LKS-percentage", 90.0);
    // Asked 90 %, the cap is 70 %: LKS = 70 % × 22.800 on both sides.
    let capped = dec!(70) / dec!(100) * LOADED_WAGE;
    figure(
        &harness,
        &format!("Loonkostensubsidie (kosten): {}", nl(capped)),
    );
    // The sheet's share is a result (one decimal); the cap a parameter stepping by whole percents.
    harness.get_by_label("Loonkostensubsidie 70,0 %");
    harness.get_by_label("(begrensd op het maximum 70 %)");
    // LKS is a transfer: the net does not move.
    figure(&harness, "Saldo: \u{2212}€ 880,00");
}

#[test]
fn broken_file_shows_its_error_and_keeps_the_model() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join("kapot.ron");
    std::fs::write(
        &path,
        "(\n    version: 1,\n    name: \"Kapot\",\n    scenarios: [ ( name: \"a\", parameters: ( wage_value_pct: \"140\" ) ) ],\n)\n",
    )
    .expect("write");
    let mut harness = harness_with(ScriptedFileDialog {
        open: vec![path],
        save: Vec::new(),
    });
    let before = harness.state().document().model.clone();
    let error = open_from_menu(&mut harness, "Bestand", "Openen…");
    assert!(error.contains("kapot.ron:4:"), "{error}");
    harness.get_by_label_contains("kapot.ron:4:");
    assert_eq!(harness.state().document().model, before);
    assert_sheet_at(&harness, dec!(40));

    // Dismissed, the message is gone.
    harness.get_by_label("Melding sluiten").click();
    harness.run();
    assert_eq!(harness.state().error(), None);
    assert!(harness.query_by_label_contains("kapot.ron:4:").is_none());
}

/// Open a file through the menu (`menu` ▸ `item`) and return the error the app shows.
fn open_from_menu(
    harness: &mut Harness<'static, KostenbatenApp>,
    menu: &str,
    item: &str,
) -> String {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label_contains(item).click();
    harness.run();
    harness
        .state()
        .error()
        .expect("an error is shown")
        .to_string()
}

#[test]
fn errors_are_shown_in_the_interface_language() {
    // A file that is not there: the system's refusal, framed in English in the English interface.
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("weg.ron");
    let mut harness = app(slides())
        .lang(Lang::En)
        .dialog(ScriptedFileDialog {
            open: vec![missing],
            save: Vec::new(),
        })
        .build();
    let error = open_from_menu(&mut harness, "File", "Open…");
    assert!(
        error.starts_with("Could not open: reading failed"),
        "{error}"
    );
    assert!(error.contains("weg.ron"), "{error}");
    assert!(
        !error.contains("mislukt"),
        "no Dutch in the English interface: {error}"
    );
}

/// A file dropped on the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|err| err.to_string())
    }
}

#[test]
fn a_dropped_model_file_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("gesleept.ron");
    let mut model = slides();
    model.name = "Gesleept model".to_string();
    kostenbaten::file::save(&path, &model).expect("write");
    let mut harness = harness();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    harness.run();
    assert_eq!(harness.state().document().model, model);
    assert_eq!(harness.state().document().path.as_ref(), Some(&path));
    assert_eq!(
        harness.state().window_title(),
        "Kostenbaten — Gesleept model"
    );
}

#[test]
fn one_drag_is_one_undo_step() {
    let mut harness = harness();
    let rect = harness
        .get_by_role_and_label(Role::Slider, "Loonwaarde")
        .rect();
    let y = rect.center().y;
    let start = egui::pos2(rect.left() + rect.width() * 0.4, y);
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    for step in 1..=10 {
        harness.hover_at(egui::pos2(start.x + step as f32 * rect.width() * 0.03, y));
        harness.run();
    }
    harness.drop_at(egui::pos2(start.x + rect.width() * 0.3, y));
    harness.run();
    let after = harness
        .get_by_role_and_label(Role::SpinButton, "Loonwaarde")
        .value();
    assert_ne!(
        after.as_deref(),
        Some("40 %"),
        "the drag moved the wage value"
    );
    assert!(harness.state().document().is_dirty());

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::SpinButton, "Loonwaarde")
            .value()
            .as_deref(),
        Some("40 %")
    );
    assert_sheet_at(&harness, dec!(40));
    assert!(!harness.state().document().is_dirty());

    // And redo brings the whole drag back.
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::SpinButton, "Loonwaarde")
            .value(),
        after
    );
}

#[test]
fn language_switch_shows_english() {
    let mut harness = harness();
    harness.get_by_label("English").click();
    harness.run();
    assert_eq!(harness.state().settings().lang, Lang::En);
    assert!(harness.get_all_by_label("Costs").count() >= 1);
    harness.get_by_label("Who pays, who benefits");
    harness.get_by_role_and_label(Role::Slider, "Wage value");
    // English notation, minus sign kept.
    figure(&harness, "Net result: \u{2212}€880.00");
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let mut harness = harness();
    slide(&mut harness, "Loonwaarde", 60.0);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    // Cancel keeps the work.
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(harness.state().document().is_dirty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    assert_eq!(harness.state().document().model.name, "Nieuw model");
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn save_as_writes_a_model_that_loads_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plek.ron");
    let mut harness = harness_with(ScriptedFileDialog {
        open: Vec::new(),
        save: vec![path.clone()],
    });
    slide(&mut harness, "Loonwaarde", 55.0);
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    harness.run();
    assert!(!harness.state().window_title().ends_with('*'));
    assert_eq!(harness.state().settings().recent.first(), Some(&path));
    let loaded = kostenbaten::file::load(&path).expect("the saved file loads");
    assert_eq!(loaded, harness.state().document().model);
    assert_eq!(
        loaded.scenarios[0].parameters.wage_value_pct.get(),
        dec!(55)
    );
}

#[test]
fn unsaved_work_of_a_crashed_session_is_offered_back() {
    let mut model = slides();
    model.scenarios[0].parameters.wage_value_pct =
        kostenbaten::model::Pct::new(dec!(65)).expect("in range");
    let settings = Settings {
        recovery: Some(kostenbaten::app::Recovery {
            path: None,
            model_ron: kostenbaten::file::to_ron(&model).expect("serialises"),
            scenario: 0,
        }),
        ..Settings::default()
    };
    let mut harness = app(slides()).settings(settings).build();
    harness.get_by_label("Herstellen").click();
    harness.run();
    assert_sheet_at(&harness, dec!(65));
    assert!(harness.state().document().is_dirty());
}

#[test]
fn idle_app_does_not_repaint() {
    let mut harness = harness();
    harness.step();
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay);
    assert_eq!(delay, Some(std::time::Duration::MAX));
}

#[test]
fn an_idle_frame_does_no_engine_work() {
    let mut harness = harness();
    // Opening computes the shown scenario once.
    let opened = harness.state().results().computations();
    assert_eq!(opened, 1);
    for _ in 0..5 {
        harness.step();
    }
    assert_eq!(harness.state().results().computations(), opened);

    // One slider change is one computation, however many frames draw it.
    slide(&mut harness, "Loonwaarde", 55.0);
    assert_sheet_at(&harness, dec!(55));
    assert_eq!(harness.state().results().computations(), opened + 1);
    for _ in 0..5 {
        harness.step();
    }
    assert_eq!(harness.state().results().computations(), opened + 1);
}

#[test]
fn scenario_picker_switches_the_sheet() {
    let mut model = slides();
    let mut second = model.scenarios[0].clone();
    second.name = "Beschutte werkplek 60% WML".to_string();
    second.parameters.wage_value_pct = kostenbaten::model::Pct::new(dec!(60)).expect("in range");
    model.scenarios.push(second);
    let mut harness = app(model).build();
    assert_sheet_at(&harness, dec!(40));
    harness
        .get_by_role_and_label(Role::ComboBox, "Scenario")
        .click();
    harness.run();
    harness.get_by_label("Beschutte werkplek 60% WML").click();
    harness.run();
    assert_sheet_at(&harness, dec!(60));
    // Choosing a scenario is not an edit.
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = harness();
    slide(&mut harness, "Loonwaarde", 60.0);
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.get_by_label("Niet-opgeslagen wijzigingen");
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Niet-opgeslagen wijzigingen")
            .is_none()
    );
    assert!(harness.state().document().is_dirty());
}
