#![cfg(feature = "gui")]
//! The analysis view driven through its accessible labels: live goal seek against the closed form,
//! "none in range" said plainly, applying a solved value, and scenarios side by side.
//!
//! Expected figures are computed here from the sources' rules, independently of the engine.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::analysis_view::{AnalysisAction, AnalysisState, analysis_view};
use kostenbaten::file::builtin;
use kostenbaten::format::{money_whole, percent};
use kostenbaten::i18n::Lang;
use kostenbaten::model::analysis::{OutputKey, ParamKey};
use kostenbaten::model::{Actor, Model};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

struct View {
    state: AnalysisState,
    model: Model,
    action: Option<AnalysisAction>,
}

fn harness(file: &str, state: AnalysisState) -> Harness<'static, View> {
    let model = builtin(file).unwrap().unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(
            |ui, view: &mut View| {
                if let Some(action) = analysis_view(ui, &mut view.state, &view.model, 0, Lang::Nl) {
                    view.action = Some(action);
                }
            },
            View {
                state,
                model,
                action: None,
            },
        );
    harness.run();
    harness
}

/// 2018, single, full time: 1 − 992,12 × 12 / (1.578 × 12 × 1,08 × 1,235), in percent.
fn break_even_2018() -> Decimal {
    (Decimal::ONE - dec!(992.12) * dec!(12) / (dec!(1578.00) * dec!(12) * dec!(1.08) * dec!(1.235)))
        * dec!(100)
}

#[test]
fn goal_seek_shows_the_break_even_and_applies_it() {
    let state = AnalysisState {
        output: OutputKey::ActorNet(Actor::MunicipalityBuig),
        param: ParamKey::WageValuePct,
        ..AnalysisState::default()
    };
    let mut harness = harness("lks-2018.ron", state);
    let expected = format!(
        "{} = {}",
        Lang::Nl.pick(ParamKey::WageValuePct.def().label),
        percent(break_even_2018(), 2, Lang::Nl)
    );
    assert_eq!(
        expected,
        format!(
            "{} = 52,86 %",
            Lang::Nl.pick(ParamKey::WageValuePct.def().label)
        )
    );
    harness.get_by_label(&expected);
    harness.get_by_label("Toepassen").click();
    harness.run();
    match harness.state().action {
        Some(AnalysisAction::SetParam(ParamKey::WageValuePct, value)) => {
            assert!(
                (value - break_even_2018()).abs() < dec!(0.000001),
                "{value}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn goal_seek_follows_a_typed_target() {
    // The slides' net = LW × 22.800 − 10.000; a target of +1.400 is reached at 50%.
    let state = AnalysisState {
        output: OutputKey::Net,
        param: ParamKey::WageValuePct,
        target_text: "1.400".into(),
        ..AnalysisState::default()
    };
    let harness = harness("beschut-werk-2014.ron", state);
    harness.get_by_label(&format!(
        "{} = 50 %",
        Lang::Nl.pick(ParamKey::WageValuePct.def().label)
    ));
}

#[test]
fn none_in_range_is_said_plainly() {
    // Coaching stands on both sides of the sheet: the net cannot be moved by it.
    let state = AnalysisState {
        output: OutputKey::Net,
        param: ParamKey::Coaching,
        ..AnalysisState::default()
    };
    let harness = harness("beschut-werk-2014.ron", state);
    harness.get_by_label("geen waarde binnen het bereik");
}

#[test]
fn scenarios_side_by_side_with_differences() {
    let harness = harness("varianten-beschut-werk.ron", AnalysisState::default());
    // Nets per place per year: −880 (SW company), 50% × 22.800 − 10.000 = 1.400 (regular
    // employers), 0 (staying home); differences against the first.
    harness.get_by_label(&money_whole(dec!(-880), Lang::Nl));
    harness.get_by_label(&format!(
        "{}  (+{})",
        money_whole(dec!(1400), Lang::Nl),
        money_whole(dec!(2280), Lang::Nl)
    ));
    harness.get_by_label(&format!(
        "{}  (+{})",
        money_whole(Decimal::ZERO, Lang::Nl),
        money_whole(dec!(880), Lang::Nl)
    ));
}

/// An image of the view at projector size, to see what a presenter sees; CI compares against it
/// with Mesa's software Vulkan, the adapter it was made with (`UPDATE_SNAPSHOTS=1` renews it).
#[test]
fn analysis_view_snapshot() {
    let mut harness = harness("varianten-beschut-werk.ron", AnalysisState::default());
    harness.set_size(egui::vec2(1280.0, 1000.0));
    harness.run();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(20);
    harness.snapshot_options("analysis_view", &options);
}

/// Clicking down the tornado selects the parameters in the order the bars stand: largest swing on
/// top, as the engine's tornado sorts them.
#[test]
fn clicking_tornado_bars_selects_their_parameters_top_down() {
    use kostenbaten::model::analysis::{Variation, tornado};
    let state = AnalysisState {
        output: OutputKey::Net,
        ..AnalysisState::default()
    };
    let mut h = harness("beschut-werk-2014.ron", state);
    let above = h.get_by_label("Over het hele bereik").rect();
    let below = h
        .get_by_label("Klik op een balk om die parameter te kiezen.")
        .rect();
    let x = above.left() + 320.0;
    let mut selected: Vec<ParamKey> = Vec::new();
    let mut y = above.bottom() + 4.0;
    while y < below.top() - 30.0 {
        let pos = egui::pos2(x, y);
        h.hover_at(pos);
        h.drag_at(pos);
        h.drop_at(pos);
        h.run();
        if let Some(AnalysisAction::SelectParam(param)) = h.state_mut().action.take()
            && selected.last() != Some(&param)
        {
            selected.push(param);
        }
        y += 3.0;
    }
    let params = builtin("beschut-werk-2014.ron").unwrap().unwrap().scenarios[0]
        .parameters
        .clone();
    let (_, bars) = tornado(
        &params,
        OutputKey::Net,
        Variation::Percent(dec!(20)),
        &ParamKey::analysable(),
    )
    .unwrap();
    let expected: Vec<ParamKey> = bars
        .iter()
        .filter(|b| !b.swing().is_zero())
        .map(|b| b.param)
        .collect();
    assert_eq!(selected, expected);
}
