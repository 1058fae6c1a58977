//! The analysis view driven through its accessible labels: live goal seek against the closed form,
//! "none in range" said plainly, applying a solved value, and scenarios side by side; and the
//! analyses computed off the UI thread, once per change.
//!
//! Expected figures are computed here from the sources' rules, independently of the engine.
#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::analysis::{AnalysisState, compute};
use kostenbaten::app::{Command, KostenbatenApp};
use kostenbaten::file::builtin;
use kostenbaten::format::{money_whole, result_percent};
use kostenbaten::i18n::Lang;
use kostenbaten::model::Actor;
use kostenbaten::model::analysis::{OutputKey, ParamKey};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::analysis::{View, harness as analysis_harness};
use crate::common::{builtin_model, settle_analyses};

fn harness(file: &str, state: AnalysisState) -> Harness<'static, View> {
    analysis_harness(
        builtin(file).unwrap().unwrap(),
        state,
        egui::vec2(1280.0, 900.0),
    )
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
        result_percent(break_even_2018(), Lang::Nl)
    );
    // 1 − 11.905,44 / 25.256,84 = 52,863 %: a result, shown with one decimal.
    assert_eq!(
        expected,
        format!(
            "{} = 52,9 %",
            Lang::Nl.pick(ParamKey::WageValuePct.def().label)
        )
    );
    harness.get_by_label(&expected);
    harness.get_by_label("Toepassen").click();
    harness.run();
    match harness.state().commands.as_slice() {
        [Command::SetParam(ParamKey::WageValuePct, value)] => {
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
        "{} = 50,0 %",
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
    // employers), 0 (staying home); differences against the first, under each figure.
    harness.get_by_label(&money_whole(dec!(-880), Lang::Nl));
    harness.get_by_label(&format!(
        "{}\n(+{})",
        money_whole(dec!(1400), Lang::Nl),
        money_whole(dec!(2280), Lang::Nl)
    ));
    harness.get_by_label(&format!(
        "{}\n(+{})",
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
        for command in std::mem::take(&mut h.state_mut().commands) {
            if let Command::HighlightParam(param) = command
                && selected.last() != Some(&param)
            {
                selected.push(param);
            }
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

/// The slides' model as a user sees it in the app, with the analysis tab open and its results in.
fn app(file: &str) -> Harness<'static, KostenbatenApp> {
    let mut h = crate::common::app(builtin_model(file))
        .size(egui::vec2(1280.0, 900.0))
        .build();
    h.get_by_label("Analyse").click();
    settle(&mut h);
    h
}

/// The analyses settled, and no "updating" marker left on screen.
fn settle(h: &mut Harness<'static, KostenbatenApp>) {
    settle_analyses(h);
    assert!(h.query_by_label("bijwerken…").is_none());
}

/// What the view computes is what the engine's analyses give when called one by one.
#[test]
fn compute_agrees_with_the_engine_called_directly() {
    use kostenbaten::model::analysis::{Solution, Variation, goal_seek, tornado};
    let model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    let state = AnalysisState {
        output: OutputKey::Net,
        param: ParamKey::WageValuePct,
        target_text: "1.400".into(),
        ..AnalysisState::default()
    };
    let results = compute(&state.request(&model, 0, Lang::Nl));
    let params = &model.scenarios[0].parameters;

    let seek = results.goal_seek.as_ref().unwrap();
    let direct = goal_seek(params, OutputKey::Net, ParamKey::WageValuePct, dec!(1400)).unwrap();
    assert_eq!(seek.solution, Ok(direct));
    // The slides' net = LW × 22.800 − 10.000 = 1.400 at LW = 50%.
    let Solution::At(at) = direct else {
        panic!("{direct:?}")
    };
    assert!((at - dec!(50)).abs() < dec!(0.000001), "{at}");
    assert_eq!(seek.current, dec!(40));
    assert_eq!(seek.curve.len(), 61);

    let shown = results.tornado.as_ref().unwrap();
    let (base, bars) = tornado(
        params,
        OutputKey::Net,
        Variation::Percent(dec!(20)),
        &ParamKey::analysable(),
    )
    .unwrap();
    // 40% × 22.800 − 10.000 = −880, the slides' net.
    assert_eq!(base, dec!(-880));
    assert_eq!(shown.base, base);
    assert_eq!(shown.bars, bars);
}

/// A frame in which nothing changed asks the worker for nothing.
#[test]
fn an_unchanged_frame_submits_nothing() {
    let mut h = app("varianten-beschut-werk.ron");
    let before = h.state().results().computations();
    // Hovering a plot may start a tooltip's timer, so these frames need not settle within
    // kittest's step limit: `run_ok` lets them; what counts is that nothing was submitted.
    for _ in 0..3 {
        h.hover_at(egui::pos2(700.0, 400.0));
        let _ = h.run_ok();
        h.hover_at(egui::pos2(300.0, 500.0));
        let _ = h.run_ok();
    }
    h.state_mut().wait_for_results();
    assert_eq!(h.state().results().computations(), before);
    // A typed target is a change: one more request.
    h.get_by_role_and_label(Role::TextInput, "Doelwaarde")
        .click();
    settle(&mut h);
    h.get_by_role_and_label(Role::TextInput, "Doelwaarde")
        .type_text("5");
    settle(&mut h);
    assert_eq!(h.state().results().computations(), before + 1);
}

/// After a parameter changed, the view shows goal seek's new answer once the worker is done.
#[test]
fn the_newest_results_follow_a_parameter_change() {
    let mut h = app("beschut-werk-2014.ron");
    h.get_by_label("Uitkomst").click();
    settle(&mut h);
    h.get_by_label("Saldo overzicht (per plek per jaar)")
        .click();
    settle(&mut h);
    // The slides' net = LW × 22.800 − 10.000 is zero at 10.000 / 22.800 = 43,86 %, shown 43,9 %.
    let label = Lang::Nl.pick(ParamKey::WageValuePct.def().label);
    let before = result_percent(dec!(10000) / dec!(22800) * dec!(100), Lang::Nl);
    assert_eq!(before, "43,9 %");
    h.get_by_label(&format!("{label} = {before}"));
    // Workplace costs of 11.400 move the zero to 11.400 / 22.800 = 50 %.
    h.state_mut()
        .queue(Command::SetParam(ParamKey::Workplace, dec!(11400)));
    settle(&mut h);
    h.get_by_label(&format!("{label} = 50,0 %"));
    assert!(h.query_by_label(&format!("{label} = {before}")).is_none());
}

/// The results are brought up to date before a frame is drawn and again after the parameters
/// panel, and each refresh compares its inputs first: one slider change in the analysis view is
/// one sheet computation and one analysis request, and the frames after it add nothing.
#[test]
fn a_parameter_change_is_one_sheet_and_one_analysis_computation() {
    let mut h = app("beschut-werk-2014.ron");
    let before = h.state().results().computations();
    crate::common::slide(&mut h, "Loonwaarde", 55.0);
    settle(&mut h);
    // The sheet of the new scenario (1) and the analyses asked of the worker (1).
    assert_eq!(h.state().results().computations(), before + 2);
    for _ in 0..5 {
        h.step();
    }
    assert_eq!(h.state().results().computations(), before + 2);
}
