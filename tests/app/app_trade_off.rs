//! The trade-off view in the analysis tab: found by its heading, the shown scenario's figure worked
//! out by hand, the same parameter twice refused in words; and the plot function presenter mode
//! reuses, drawn on its own with the break-even line the slides' rule gives.
#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::analysis::{AnalysisState, trade_off_plot};
use kostenbaten::i18n::Lang;
use kostenbaten::model::analysis::{Axis, OutputKey, ParamKey, TradeOff, trade_off};
use rust_decimal_macros::dec;

use crate::common::analysis::{View, harness as analysis_harness};
use crate::common::{builtin_model, room};

fn harness(state: AnalysisState) -> Harness<'static, View> {
    analysis_harness(
        builtin_model("beschut-werk-2014.ron"),
        state,
        egui::vec2(1280.0, 3200.0),
    )
}

#[test]
fn the_view_shades_the_output_and_names_this_scenarios_figure() {
    let state = AnalysisState {
        trade_output: OutputKey::Net,
        trade_x: ParamKey::WageValuePct,
        trade_y: ParamKey::Workplace,
        ..AnalysisState::default()
    };
    let h = harness(state);
    h.get_by_label("Afwegingen in één oogopslag");
    h.get_by_label("Gekleurde uitkomst");
    // The slides: 40 % × € 22.800 − € 10.000 = −€ 880.
    h.get_by_label("Dit scenario Saldo overzicht (per plek per jaar): −€ 880");
}

#[test]
fn one_parameter_on_both_axes_is_refused_in_words() {
    let state = AnalysisState {
        trade_x: ParamKey::Coaching,
        trade_y: ParamKey::Coaching,
        ..AnalysisState::default()
    };
    let h = harness(state);
    h.get_by_label("kies twee verschillende parameters");
}

/// The plot presenter mode shows: the slides' net over wage value and workplace costs, its
/// break-even the straight line workplace = € 228 × wage value, from the lower left corner to
/// (100 %, € 22.800), and the slides' point (40 %, € 10.000) in the red below it.
#[test]
fn the_trade_off_plot_draws_on_its_own() {
    let params = builtin_model("beschut-werk-2014.ron").scenarios[0]
        .parameters
        .clone();
    let x = Axis {
        param: ParamKey::WageValuePct,
        low: dec!(0),
        high: dec!(100),
    };
    let y = Axis {
        param: ParamKey::Workplace,
        low: dec!(0),
        high: dec!(25000),
    };
    let grid = trade_off(&params, OutputKey::Net, x, y, 41).unwrap();
    // Hours 38 of 38: the whole wage cost counts, so the line is the hand-worked one.
    for (px, py) in grid.contour.iter().flatten() {
        assert!((dec!(228) * px - py).abs() < dec!(0.000001), "{px}, {py}");
    }
    let mut h = room(grid, |ui, g: &mut TradeOff| {
        trade_off_plot(ui, g, Lang::Nl, 600.0);
    });
    h.run();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(20);
    h.snapshot_options("trade_off_plot", &options);
}
