#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The app's views: the sheet, the analysis, (for models with a plan) the P-budget and the sources, as a
//! user reaches them through the tabs; a goal-seek result applied from the analysis moves the sheet
//! and is undone in one step.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::{KostenbatenApp, View};
use kostenbaten::format::money;
use kostenbaten::i18n::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::{app, builtin_model, count_named, figure, settle_analyses, slide};

fn harness(file: &str) -> Harness<'static, KostenbatenApp> {
    app(builtin_model(file)).build()
}

#[test]
fn an_assumed_figure_is_badged_as_an_assumption_in_the_panel() {
    // In the WIL 2018 model the coaching amount is an assumption ("Aanname: jobcoaching € 4.000
    // per jaar …"), the societal cost comes from WIL's note: one amber badge, the others blue.
    let model = builtin_model("wil-p-budget-2018.ron");
    let sources = &model.scenarios[0].sources;
    let assumed = sources
        .values()
        .filter(|s| s.starts_with("Aanname"))
        .count();
    assert_eq!(assumed, 1, "{sources:?}");
    let h = harness("wil-p-budget-2018.ron");
    assert_eq!(h.query_all_by_label("aanname").count(), assumed);
    assert_eq!(
        h.query_all_by_label("uit brondocument").count(),
        sources.len() - assumed
    );
}

#[test]
fn the_budget_tab_is_there_only_for_a_model_with_a_plan() {
    let slides = harness("beschut-werk-2014.ron");
    assert!(slides.query_by_label("P-budget").is_none());
    let mut wil = harness("wil-p-budget-2018.ron");
    wil.get_by_label("P-budget").click();
    wil.run();
    assert_eq!(wil.state().view(), View::Budget);
    // The note's local budget: € 180.000 + € 55.250 for the GT-trajecten.
    wil.get_by_label(&format!(
        "Lokaal handgeld: {}",
        money(dec!(235250), Lang::Nl)
    ));
}

#[test]
fn goal_seek_applied_moves_the_sheet_and_undoes_in_one_step() {
    let mut h = harness("beschut-werk-2014.ron");
    h.get_by_label("Analyse").click();
    settle_analyses(&mut h);
    assert_eq!(h.state().view(), View::Analysis);
    // The analysis opens on the municipality's net by wage value; for the slides' model (no
    // benefit saved) the municipality pays LKS and coaching at any wage value: nothing in range.
    h.get_by_label("geen waarde binnen het bereik");
    // Switch the output to the sheet's net: LW × 22.800 − 10.000 = 0 at 10.000 / 22.800.
    h.get_by_label("Uitkomst").click();
    h.run();
    h.get_by_label("Saldo overzicht (per plek per jaar)")
        .click();
    settle_analyses(&mut h);
    // 10.000 / 22.800 = 43,86 %: a solved value is a result, with one decimal.
    let expected = dec!(10000) / dec!(22800) * dec!(100);
    let shown = "Loonwaarde = 43,9 %";
    assert_eq!(
        shown,
        format!(
            "Loonwaarde = {}",
            kostenbaten::format::result_percent(expected, Lang::Nl)
        )
    );
    h.get_by_label(shown);
    h.get_by_label("Toepassen").click();
    settle_analyses(&mut h);
    let p = &h.state().document().scenario().unwrap().parameters;
    assert!((p.wage_value_pct.get() - expected).abs() < dec!(0.000001));
    // Back on the sheet, the net is (almost exactly) zero and the title is marked unsaved.
    h.get_by_label(Lang::Nl.tr(kostenbaten::i18n::Text::SheetTitle))
        .click();
    h.run();
    assert_eq!(
        count_named(&h, &format!("Saldo: {}", money(Decimal::ZERO, Lang::Nl))),
        1
    );
    assert!(h.state().window_title().ends_with('*'));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state()
            .document()
            .scenario()
            .unwrap()
            .parameters
            .wage_value_pct
            .get(),
        dec!(40)
    );
}

fn scenario_names(h: &Harness<'_, KostenbatenApp>) -> Vec<String> {
    h.state()
        .document()
        .model
        .scenarios
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

fn menu(h: &mut Harness<'_, KostenbatenApp>, entry: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Scenario")
        .click();
    h.run();
    h.get_by_label(entry).click();
    h.run();
}

#[test]
fn scenarios_are_duplicated_renamed_moved_and_deleted_from_the_menu() {
    let mut h = harness("beschut-werk-2014.ron");
    menu(&mut h, "Scenario dupliceren");
    assert_eq!(
        scenario_names(&h),
        vec![
            "Beschutte werkplek 40% WML",
            "Beschutte werkplek 40% WML (2)"
        ]
    );
    assert_eq!(h.state().document().scenario, 1, "the copy is shown");

    menu(&mut h, "Scenario hernoemen…");
    h.get_by_label("Nieuwe naam").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Nieuwe naam").type_text("Variant B");
    h.run();
    h.get_by_label("Hernoemen").click();
    h.run();
    assert_eq!(scenario_names(&h)[1], "Variant B");

    menu(&mut h, "Scenario naar voren");
    assert_eq!(
        scenario_names(&h),
        vec!["Variant B", "Beschutte werkplek 40% WML"]
    );
    assert_eq!(h.state().document().scenario, 0);

    menu(&mut h, "Scenario verwijderen");
    assert_eq!(scenario_names(&h), vec!["Beschutte werkplek 40% WML"]);
    // Undo brings the deleted scenario back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        scenario_names(&h),
        vec!["Variant B", "Beschutte werkplek 40% WML"]
    );
}

#[test]
fn the_sources_tab_traces_each_figure_and_shows_a_change_as_the_users() {
    let mut h = harness("beschut-werk-2014.ron");
    h.get_by_label("Bronnen").click();
    h.run();
    assert_eq!(h.state().view(), View::Sources);
    // Coaching € 8.500, from the 2014 slides as the model file's sources say.
    figure(&h, "Waarde Begeleiding: € 8.500");
    figure(
        &h,
        "Herkomst Begeleiding: modelbestand: Samen voor de klant, implementatiedag Participatiewet \
         2014, dia 'Thema doelgroep beschut': begeleiding maximaal € 8.500",
    );
    // The minimum wage of 1 January 2014, € 1.485,60, from the year table with its publication.
    figure(
        &h,
        "Waarde Minimumloon per maand (bij de start): € 1.485,60",
    );
    figure(
        &h,
        "Herkomst Minimumloon per maand (bij de start): jaartabel 2014: Bedragen wettelijk \
         minimumloon per 1-1-2014 en 1-7-2014 (Staatscourant; Rijksoverheid)",
    );
    // A value changed in the app is the user's.
    slide(&mut h, "Begeleiding", 9000.0);
    figure(&h, "Waarde Begeleiding: € 9.000");
    // A value changed in the app is the user's; the slides' text only says what it was.
    figure(
        &h,
        "Herkomst Begeleiding: door u gewijzigd (was € 8.500 volgens Samen voor de klant, \
         implementatiedag Participatiewet 2014, dia 'Thema doelgroep beschut': begeleiding \
         maximaal € 8.500)",
    );
}

#[test]
fn the_cards_name_both_break_evens() {
    // lks-2018.ron at 60 % with a jobcoach of € 15.600 (issue 19, worked out by hand in
    // tests/engine/break_even.rs): BUIG breaks even at 52,9 %; the municipality loses € 13.797 and
    // has no break-even, since even without LKS it nets 11.905,44 − 15.600 < 0.
    let mut model = builtin_model("lks-2018.ron");
    let p = &mut model.scenarios[0].parameters;
    kostenbaten::model::ParamKey::WageValuePct
        .set_checked(p, dec!(60))
        .unwrap();
    kostenbaten::model::ParamKey::Coaching
        .set_checked(p, dec!(15600))
        .unwrap();
    let h = app(model).build();
    figure(&h, "Break-even BUIG: 52,9 %");
    figure(&h, "Break-even gemeente: geen");
    figure(&h, "Saldo gemeente per plek per jaar: −€ 13.797");
}
