//! The waterfall in the analysis view: found by its heading, its figures worked out by hand from
//! the slides' rule, the method said and switched, another pair of scenarios chosen; the plot
//! function presenter mode reuses drawn on its own; and the section in the real app.
#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::analysis::{AnalysisState, waterfall_plot};
use kostenbaten::i18n::Lang;
use kostenbaten::model::analysis::{Explanation, Method, OutputKey, explain};

use crate::common::analysis::{View, harness as analysis_harness};
use crate::common::{app, builtin_model, room, settle_analyses};

fn harness(state: AnalysisState) -> Harness<'static, View> {
    analysis_harness(
        builtin_model("varianten-beschut-werk.ron"),
        state,
        egui::vec2(1280.0, 2400.0),
    )
}

/// The sheet's net under the slides' rule: wage value × € 22.800 − € 10.000 workplace costs (LKS
/// and coaching stand on both sides): −880 at 40 %, 1.400 at 50 %.
fn on_the_sheet() -> AnalysisState {
    AnalysisState {
        explain_output: OutputKey::Net,
        ..AnalysisState::default()
    }
}

#[test]
fn the_waterfall_goes_from_the_first_scenario_to_the_second() {
    let mut h = harness(on_the_sheet());
    h.get_by_label("Verschil verklaard");
    h.get_by_label("−€ 880,00");
    h.get_by_label("Loonwaarde");
    // 10 points of € 22.800 = € 2.280.
    h.get_by_label("+€ 2.280,00");
    h.get_by_label("€ 1.400,00");
    h.get_by_label_contains("Methode: gemiddelde over alle volgordes");
    // One at a time: one input, the same effect; the method line says so.
    h.get_by_label("Eén voor één (vaste volgorde)").click();
    h.run();
    assert_eq!(h.state().state.explain_method, Method::Sequential);
    h.get_by_label_contains("Methode: één voor één in een vaste volgorde");
    h.get_by_label("+€ 2.280,00");
}

#[test]
fn another_pair_is_chosen_from_the_lists() {
    let state = AnalysisState {
        explain_to: Some(2),
        ..on_the_sheet()
    };
    let h = harness(state);
    // Staying home: every flow stops, the net goes from −880 to 0 through the placement alone.
    h.get_by_label("blijft thuis");
    h.get_by_label("+€ 880,00");
    h.get_by_label("Plaatsing");
}

#[test]
fn the_same_scenario_twice_is_said_plainly() {
    let state = AnalysisState {
        explain_to: Some(0),
        ..on_the_sheet()
    };
    let h = harness(state);
    h.get_by_label("Deze scenario's verschillen niet.");
}

/// The plot presenter mode shows, on its own at projector size.
#[test]
fn the_waterfall_plot_draws_on_its_own() {
    let model = builtin_model("varianten-beschut-werk.ron");
    let [sw, regular, _] = [0, 1, 2].map(|i| model.scenarios[i].parameters.clone());
    let explanation: Explanation =
        explain(&sw, &regular, OutputKey::MunicipalityNet, Method::Average).unwrap();
    let mut h = room(explanation, |ui, e: &mut Explanation| {
        waterfall_plot(ui, e, Lang::Nl, 500.0);
    });
    h.run();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(20);
    h.snapshot_options("explain_waterfall", &options);
}

#[test]
fn the_section_stands_in_the_real_apps_analysis_tab() {
    let mut h = app(builtin_model("varianten-beschut-werk.ron"))
        .size(egui::vec2(1280.0, 3000.0))
        .build();
    h.get_by_label("Analyse").click();
    settle_analyses(&mut h);
    h.get_by_label("Verschil verklaard");
    h.get_by_label("Te verklaren uitkomst");
    h.get_by_label_contains("Methode: gemiddelde over alle volgordes");
}

#[test]
fn the_pair_defaults_to_the_first_against_the_shown_one() {
    let state = AnalysisState::default();
    let pair = |scenarios, current| {
        let r = state.explain_request(scenarios, current);
        (r.from, r.to)
    };
    assert_eq!(pair(3, 2), (0, 2), "first → shown");
    assert_eq!(pair(3, 0), (0, 1), "the first shown: against the second");
    assert_eq!(pair(1, 0), (0, 0), "one scenario: nothing to explain");
    let gone = AnalysisState {
        explain_from: Some(7),
        explain_to: Some(1),
        ..AnalysisState::default()
    };
    let r = gone.explain_request(3, 2);
    assert_eq!(
        (r.from, r.to),
        (0, 1),
        "a scenario deleted falls back to the first"
    );
    assert_eq!(r.output, OutputKey::MunicipalityNet);
    assert_eq!(r.method, Method::Average);
}
