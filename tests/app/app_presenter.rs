#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Presenter mode driven as a presenter would (issue 11): F5 and Esc, stepping with the arrows and
//! a clicker's PageUp/PageDown, a slider as a live what-if that the next view does not inherit
//! unless kept, and a presentation built in the editor that survives save and load. The figures are
//! worked out by hand from the varianten model (10 places; fully loaded wage € 22.800; LKS is
//! 100 % − wage value, capped at 70 %; coaching € 8.500 from the P-budget; benefit saved
//! € 11.529,96 to BUIG) and checked against the engine as well.

use std::path::PathBuf;

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::{Command, KostenbatenApp, ScriptedFileDialog};
use kostenbaten::format::money_whole;
use kostenbaten::i18n::Lang;
use kostenbaten::model::{Evaluation, Model, PlotChoice};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::{app, builtin_model, count_named, figure, slide, slides, walk};

fn presenting(model: Model) -> Harness<'static, KostenbatenApp> {
    let mut h = app(model).build();
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.state().is_presenting());
    h
}

fn press(h: &mut Harness<'static, KostenbatenApp>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

/// "Saldo gemeente: …" as presenter mode names its large figure.
fn municipality(amount: Decimal) -> String {
    format!("Saldo gemeente: {}", money_whole(amount, Lang::Nl))
}

/// The municipality's net of the model's scenario `name`, by the engine.
fn engine_municipality(model: &Model, name: &str) -> Decimal {
    let scenario = model.scenario(name).unwrap();
    Evaluation::of(&scenario.parameters)
        .unwrap()
        .actors
        .municipality_net()
}

/// The municipality per place per year at wage value `lw` %: P-budget −8.500 (coaching), BUIG
/// 11.529,96 saved − LKS (100 − lw) % of 22.800.
fn by_hand(lw: Decimal) -> Decimal {
    let lks = (dec!(100) - lw) / dec!(100) * dec!(22800);
    dec!(-8500) + dec!(11529.96) - lks
}

#[test]
fn f5_enters_presenter_mode_and_esc_leaves_it() {
    let mut h = app(slides()).build();
    assert!(h.query_by_label("Bestand").is_some());
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.state().is_presenting());
    // No presentation in the model: the scenario shown is one view with the usual sliders.
    assert_eq!(h.state().presenter_position(), Some((0, 1)));
    assert!(h.query_by_label("Bestand").is_none(), "no menus");
    // The slides' municipality: −8.500 coaching − 13.680 LKS = −22.180 (DOMAIN §5).
    figure(&h, "Saldo gemeente: −€ 22.180");
    figure(&h, "Saldo samenleving: −€ 3.420");
    for slider in ["Loonwaarde", "LKS-percentage", "Begeleiding"] {
        h.get_by_role_and_label(Role::Slider, slider);
    }
    h.get_by_label("1 / 1");
    press(&mut h, egui::Key::Escape);
    assert!(!h.state().is_presenting());
    assert!(h.query_by_label("Bestand").is_some());
}

#[test]
fn the_menu_starts_it_too() {
    let mut h = app(slides()).build();
    h.get_by_label("Beeld").click();
    h.run();
    h.get_by_label_contains("Presentatie starten").click();
    h.run();
    assert!(h.state().is_presenting());
}

#[test]
fn the_arrow_steps_to_the_next_view_and_its_scenarios_figures() {
    let model = walk();
    let mut h = presenting(model.clone());
    assert_eq!(h.state().presenter_position(), Some((0, 5)));
    h.get_by_label("1 / 5");
    h.get_by_label("Beschut werk in een SW-bedrijf");
    let sw = "In een SW-bedrijf";
    let regular = "Alleen bij reguliere werkgevers, boven 40% loonwaarde";
    // SW company at 40 %: −8.500 + 11.529,96 − 13.680 = −10.650,04.
    assert_eq!(by_hand(dec!(40)), dec!(-10650.04));
    assert_eq!(engine_municipality(&model, sw), by_hand(dec!(40)));
    figure(&h, &municipality(by_hand(dec!(40))));
    figure(&h, "Saldo gemeente: −€ 10.650");
    press(&mut h, egui::Key::ArrowRight);
    press(&mut h, egui::Key::ArrowRight);
    assert_eq!(h.state().presenter_position(), Some((2, 5)));
    h.get_by_label("Alleen bij reguliere werkgevers");
    // Regular employers at 50 %: −8.500 + 11.529,96 − 11.400 = −8.370,04.
    assert_eq!(engine_municipality(&model, regular), by_hand(dec!(50)));
    figure(&h, "Saldo gemeente: −€ 8.370");
    assert_eq!(count_named(&h, "Saldo gemeente: −€ 10.650"), 0);
    // This view shows the break-even: the LKS equals the benefit saved at
    // 100 − 11.529,96 / 228 = 49,43 % wage value.
    figure(&h, "Break-even loonwaarde BUIG: 49,4 %");
    // ← goes back; past the ends nothing moves.
    press(&mut h, egui::Key::ArrowLeft);
    assert_eq!(h.state().presenter_position(), Some((1, 5)));
    for _ in 0..5 {
        press(&mut h, egui::Key::ArrowRight);
    }
    assert_eq!(h.state().presenter_position(), Some((4, 5)));
    h.get_by_label("5 / 5");
}

#[test]
fn page_down_and_page_up_step_like_the_arrows() {
    let mut h = presenting(walk());
    press(&mut h, egui::Key::PageDown);
    assert_eq!(h.state().presenter_position(), Some((1, 5)));
    press(&mut h, egui::Key::PageDown);
    assert_eq!(h.state().presenter_position(), Some((2, 5)));
    press(&mut h, egui::Key::PageUp);
    assert_eq!(h.state().presenter_position(), Some((1, 5)));
}

#[test]
fn a_moved_slider_is_a_live_what_if_the_next_view_does_not_inherit() {
    let mut h = presenting(walk());
    slide(&mut h, "Loonwaarde", 60.0);
    // At 60 %: −8.500 + 11.529,96 − 9.120 = −6.090,04.
    figure(&h, &municipality(by_hand(dec!(60))));
    figure(&h, "Saldo gemeente: −€ 6.090");
    h.get_by_label("wat-als, niet bewaard");
    assert!(!h.state().document().is_dirty(), "a what-if is no edit");
    // The next view shows the same scenario from its own values, not the what-if.
    press(&mut h, egui::Key::ArrowRight);
    figure(&h, "Saldo gemeente: −€ 10.650");
    // And back again: the what-if is gone there too.
    press(&mut h, egui::Key::ArrowLeft);
    figure(&h, "Saldo gemeente: −€ 10.650");
    assert!(h.query_by_label("wat-als, niet bewaard").is_none());
}

#[test]
fn a_kept_what_if_is_an_undoable_edit_of_the_scenario() {
    let mut h = presenting(walk());
    slide(&mut h, "Loonwaarde", 60.0);
    press(&mut h, egui::Key::K);
    assert!(h.state().document().is_dirty());
    let sw = &h.state().document().model.scenarios[0];
    assert_eq!(sw.parameters.wage_value_pct.get(), dec!(60));
    // The next view of the same scenario now starts from the kept value.
    press(&mut h, egui::Key::ArrowRight);
    figure(&h, "Saldo gemeente: −€ 6.090");
    // One undo brings the scenario back, and the view follows.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    figure(&h, "Saldo gemeente: −€ 10.650");
    assert!(!h.state().document().is_dirty());
}

#[test]
fn a_frame_without_a_change_runs_no_engine() {
    let mut h = presenting(walk());
    let before = h.state().presenter_computations();
    assert!(before >= 1);
    for _ in 0..5 {
        h.step();
    }
    assert_eq!(h.state().presenter_computations(), before);
    slide(&mut h, "Loonwaarde", 55.0);
    assert!(h.state().presenter_computations() > before);
}

#[test]
fn a_list_built_in_the_editor_survives_save_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("walk.ron");
    let dialog = ScriptedFileDialog {
        open: Vec::new(),
        save: vec![path.clone()],
    };
    let mut h = app(builtin_model("varianten-beschut-werk.ron"))
        .dialog(dialog)
        .build();
    h.get_by_label("Beeld").click();
    h.run();
    h.get_by_label("Presentatie bewerken…").click();
    h.run();
    h.get_by_label("Huidige weergave toevoegen").click();
    h.run();
    h.state_mut().queue(Command::SelectScenario(1));
    h.run();
    h.get_by_label("Huidige weergave toevoegen").click();
    h.run();
    // The second view is picked: give it a caption, then move it to the top.
    let caption = h.get_by_role_and_label(Role::TextInput, "Onderschrift");
    caption.focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Onderschrift")
        .type_text("Boven 40% loonwaarde");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Weergave omhoog").click();
    h.run();
    let presentation = h.state().document().model.presentation.clone();
    let names: Vec<&str> = presentation
        .views
        .iter()
        .map(|v| v.scenario.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Alleen bij reguliere werkgevers, boven 40% loonwaarde",
            "In een SW-bedrijf"
        ]
    );
    assert_eq!(presentation.views[0].caption, "Boven 40% loonwaarde");
    assert!(h.state().document().is_dirty());
    // Ctrl+Shift+S saves to the scripted file; it loads back the same.
    h.key_press_modifiers(
        egui::Modifiers {
            shift: true,
            ..egui::Modifiers::COMMAND
        },
        egui::Key::S,
    );
    h.run();
    let loaded = kostenbaten::file::load(&path).unwrap();
    assert_eq!(loaded.presentation, presentation);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("version: 3,")
    );
    // Each edit was one undo step: undoing the move puts the SW company first again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let first = &h.state().document().model.presentation.views[0];
    assert_eq!(first.scenario, "In een SW-bedrijf");
}

#[test]
fn deleting_a_scenario_takes_its_views_and_undo_brings_them_back() {
    let mut h = app(walk()).build();
    // Views 1, 2 and 5 show the SW company, the scenario shown first.
    h.state_mut().queue(Command::DeleteScenario);
    h.run();
    let views = &h.state().document().model.presentation.views;
    assert_eq!(views.len(), 2);
    assert!(views.iter().all(|v| v.scenario != "In een SW-bedrijf"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().model, walk());
}

/// Presenter mode at projector size in Dutch, the first view of the walk: the image the README
/// shows (`assets/presenter.png` is a copy of `tests/snapshots/presenter_nl.png`).
#[test]
fn presenter_snapshot() {
    let mut h = app(walk()).light().build();
    h.key_press(egui::Key::F5);
    h.run();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(20);
    h.snapshot_options("presenter_nl", &options);
    press(&mut h, egui::Key::ArrowRight);
    press(&mut h, egui::Key::ArrowRight);
    h.snapshot_options("presenter_nl_break_even", &options);
    // The do-nothing view: what staying home costs, not a row of € 0.
    press(&mut h, egui::Key::PageDown);
    h.snapshot_options("presenter_nl_do_nothing", &options);
    // The last view: the horizon and the waterfall from the previous view's scenario.
    press(&mut h, egui::Key::PageDown);
    h.get_by_label("5 / 5");
    h.snapshot_options("presenter_nl_waterfall", &options);
}

/// The last view explains the step from the previous view's scenario (clients stay home) to its own
/// (the SW company): the waterfall starts at the one's net, ends at the other's, and its effects add
/// up to the difference; a moved slider moves its end.
#[test]
fn the_waterfall_explains_the_step_from_the_previous_view() {
    let model = walk();
    let home = engine_municipality(&model, "Geen beschut werk: klanten blijven thuis");
    let mut h = presenting(model);
    for _ in 0..4 {
        press(&mut h, egui::Key::ArrowRight);
    }
    assert_eq!(h.state().presenter_position(), Some((4, 5)));
    h.get_by_label("Methode: gemiddelde over alle volgordes (Shapley), op centen afgerond");
    let (start, end, sum) = h.state().presenter_waterfall().unwrap();
    assert_eq!(start, home);
    assert_eq!(end, by_hand(dec!(40)));
    assert_eq!(sum, end - start);
}

/// The same walk in the English interface, on the last view: the presenter's own titles and
/// captions stay as written in the model (Dutch here); the app's texts — the large figures' names,
/// the waterfall's rows and method, the key hint — are English, and the amounts are written the
/// English way.
#[test]
fn presenter_snapshot_in_english() {
    let mut h = app(walk()).lang(Lang::En).light().build();
    h.key_press(egui::Key::F5);
    h.run();
    // View 1, the SW company: −8.500 + 11.529,96 − 13.680 by hand, written the English way.
    figure(
        &h,
        &format!(
            "Municipality net: {}",
            money_whole(by_hand(dec!(40)), Lang::En)
        ),
    );
    for _ in 0..4 {
        press(&mut h, egui::Key::ArrowRight);
    }
    h.get_by_label("5 / 5");
    h.get_by_label("arrows or PageUp/PageDown: other view · Esc: stop");
    h.get_by_label("Method: the average over all orders (Shapley), rounded to cents");
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(20);
    h.snapshot_options("presenter_en_waterfall", &options);
}

#[test]
fn the_readme_screenshot_is_the_snapshot() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let snapshot = std::fs::read(root.join("tests/snapshots/presenter_nl.png")).unwrap();
    let readme = std::fs::read(root.join("assets/presenter.png")).unwrap();
    assert!(
        snapshot == readme,
        "copy tests/snapshots/presenter_nl.png to assets/presenter.png"
    );
}

/// The editor beside the sheet, the walk's third view picked: what a presenter prepares with.
#[test]
fn presentation_editor_snapshot() {
    let mut h = app(walk()).light().build();
    h.state_mut().queue(Command::TogglePresentationEditor);
    h.run();
    h.get_by_label("3. Alleen bij reguliere werkgevers").click();
    h.run();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(20);
    h.snapshot_options("presenter_editor_nl", &options);
}

#[test]
fn the_do_nothing_view_shows_what_staying_home_costs_not_zero() {
    let mut h = presenting(walk());
    for _ in 0..3 {
        press(&mut h, egui::Key::ArrowRight);
    }
    assert_eq!(h.state().presenter_position(), Some((3, 5)));
    // "Geen beschut werk": the clients stay home. Per client per year the municipality pays the
    // typed benefit 960,83 × 12 = € 11.529,96 (whole euros: € 11.530) and society bears € 5.960.
    figure(&h, &municipality(dec!(-11529.96)));
    figure(
        &h,
        &format!("Saldo samenleving: {}", money_whole(dec!(-5960), Lang::Nl)),
    );
    assert_eq!(count_named(&h, &municipality(Decimal::ZERO)), 0);
    // The room is told what the figures are.
    h.get_by_label("Niets doen: wat thuisblijven met een uitkering kost");
    // Any other view says what its figures are a difference from.
    press(&mut h, egui::Key::ArrowLeft);
    h.get_by_label("Bedragen: het verschil met thuisblijven met een uitkering");
}

#[test]
fn a_frame_of_a_view_with_the_trade_off_and_the_waterfall_runs_no_engine() {
    // The trade-off once evaluated its base and the what-if on every frame; now the point comes
    // from presenter mode's figures and the base is evaluated only when it changes.
    let mut model = walk();
    for view in &mut model.presentation.views {
        view.plots = vec![PlotChoice::TradeOff, PlotChoice::Waterfall];
    }
    let mut h = presenting(model);
    let before = h.state().presenter_computations();
    // The figures, the waterfall, the trade-off's base and its grid: at least four runs.
    assert!(before >= 4, "{before}");
    for _ in 0..5 {
        h.step();
    }
    assert_eq!(h.state().presenter_computations(), before);
    slide(&mut h, "Loonwaarde", 55.0);
    assert!(h.state().presenter_computations() > before);
}
