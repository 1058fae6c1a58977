#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The uncertainty tab: a range set in the parameters panel makes the Monte Carlo run in the
//! background and the table and the fan chart follow; the range is a document edit (unsaved mark,
//! saved in the file); without any range the tab says where ranges are made.

use egui_kittest::SnapshotOptions;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::{Command, ScriptedFileDialog, View};
use kostenbaten::i18n::Lang;
use kostenbaten::model::ParamKey;
use kostenbaten::model::uncertainty::{Distribution, OutputKey, SimulationResult};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::{app, builtin_model, figure, settle_simulation, slides};

/// Whole euros as the table shows them.
fn euros(value: f64) -> String {
    kostenbaten::format::money_whole(Decimal::from_f64_retain(value).unwrap(), Lang::Nl)
}

fn result(
    h: &egui_kittest::Harness<'static, kostenbaten::app::KostenbatenApp>,
) -> SimulationResult {
    h.state()
        .results()
        .simulation()
        .result()
        .expect("a run finished")
        .clone()
        .expect("the run succeeded")
}

#[test]
fn without_ranges_the_tab_says_where_to_make_them() {
    let mut h = app(slides()).build();
    h.state_mut().queue(Command::ShowView(View::Uncertainty));
    h.run();
    h.get_by_label("Geef een parameter een bandbreedte met ± in het paneel");
    // Nothing to run: no result, and no run in flight.
    assert!(h.state().results().simulation().result().is_none());
    assert!(h.state().results().simulation().progress().is_none());
}

#[test]
fn a_range_on_coaching_updates_the_table_and_fan_chart_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("met-bandbreedte.ron");
    let mut h = app(slides())
        .dialog(ScriptedFileDialog {
            open: Vec::new(),
            save: vec![path.clone()],
        })
        .build();
    h.state_mut().queue(Command::ShowView(View::Uncertainty));
    h.run();
    assert!(!h.state().document().is_dirty());

    // Through the panel: "±" beside coaching opens its editor; the kind picker makes it triangular.
    h.get_by_label("Bandbreedte: Begeleiding").click();
    h.run();
    h.get_by_label("Soort verdeling: Begeleiding").click();
    h.run();
    h.get_by_label("Driehoek").click();
    settle_simulation(&mut h);
    let scenario = h.state().document().scenario().unwrap().clone();
    let coaching = scenario.parameters.coaching.get();
    let Some(Distribution::Triangular { min, mode, max }) = scenario
        .uncertainty
        .ranges
        .get(&ParamKey::Coaching)
        .copied()
    else {
        panic!(
            "coaching has no triangular range: {:?}",
            scenario.uncertainty
        )
    };
    // A new range starts at the fixed value, a fifth either side.
    assert_eq!(mode, coaching);
    assert_eq!(max - mode, coaching / dec!(5));
    assert_eq!(mode - min, coaching / dec!(5));
    assert!(
        h.state().document().is_dirty(),
        "a range is an unsaved edit"
    );

    // The table shows P5 ≤ P50 ≤ P95 of the municipality's NPV, as the run computed them.
    let first = result(&h);
    let npv = first
        .summary(OutputKey::MunicipalityNpv)
        .unwrap()
        .percentiles;
    assert!(npv.p5 <= npv.p50 && npv.p50 <= npv.p95, "{npv:?}");
    // Coaching is a cost of the municipality: a range of ±20 % gives it a spread.
    assert!(npv.p5 < npv.p95, "{npv:?}");
    for (column, value) in [("P5", npv.p5), ("P50", npv.p50), ("P95", npv.p95)] {
        figure(&h, &format!("NCW gemeente {column}: {}", euros(value)));
    }
    let fan = &first.extras.as_ref().unwrap().fan;
    assert!(!fan.years.is_empty());

    // A wider range: the run starts again and the table and fan follow.
    h.state_mut().queue(Command::SetRange(
        ParamKey::Coaching,
        Some(Distribution::Triangular {
            min: Decimal::ZERO,
            mode,
            max: mode * dec!(2),
        }),
    ));
    settle_simulation(&mut h);
    let second = result(&h);
    let wider = second
        .summary(OutputKey::MunicipalityNpv)
        .unwrap()
        .percentiles;
    assert!(
        wider.p95 - wider.p5 > npv.p95 - npv.p5,
        "{wider:?} against {npv:?}"
    );
    figure(&h, &format!("NCW gemeente P95: {}", euros(wider.p95)));
    let last = |r: &SimulationResult| {
        r.extras
            .as_ref()
            .unwrap()
            .fan
            .years
            .last()
            .unwrap()
            .municipality
    };
    assert!(last(&second).p95 - last(&second).p5 > last(&first).p95 - last(&first).p5);

    // Saved in the file, and read back the same.
    h.state_mut().queue(Command::SaveAs);
    h.run();
    assert!(!h.state().document().is_dirty());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("uncertainty"), "{text}");
    let back = kostenbaten::file::load(&path).unwrap();
    assert_eq!(
        back.scenarios[0].uncertainty,
        h.state().document().model.scenarios[0].uncertainty
    );
    assert!(
        back.scenarios[0]
            .uncertainty
            .ranges
            .contains_key(&ParamKey::Coaching)
    );
}

#[test]
fn uncertainty_view_snapshot() {
    let mut h = app(builtin_model("mc-peer.ron")).light().build();
    h.state_mut().queue(Command::ShowView(View::Uncertainty));
    settle_simulation(&mut h);
    h.get_by_label("Verdeling");
    let options = SnapshotOptions::new().threshold(0.6).max_failed_pixels(20);
    h.snapshot_options("uncertainty_view", &options);
}

#[test]
fn the_view_names_both_break_evens_in_plain_words() {
    // Issue 19: BUIG's break-even and the municipality's as distributions, each named for what it
    // is; the seed and P(positief) in words a council knows.
    let mut h = app(builtin_model("mc-peer.ron")).build();
    h.state_mut().queue(Command::ShowView(View::Uncertainty));
    settle_simulation(&mut h);
    h.get_by_label("Break-even loonwaarde BUIG over de trekkingen");
    h.get_by_label("Break-even loonwaarde gemeente (P-budget + BUIG) over de trekkingen");
    h.get_by_label("Startgetal (herhaalbaar)");
    h.get_by_label("Kans op voordeel");
    assert!(h.query_by_label("Seed").is_none());
    assert!(h.query_by_label("P(positief)").is_none());
}

#[test]
fn moving_a_ranged_parameter_moves_its_range() {
    // mc-peer: coaching € 8.500 with the range 6.000/8.500/10.000. A parameter with a range is
    // drawn from the range, so its slider moves the range: +1.000 gives 7.000/9.500/11.000.
    let mut h = app(builtin_model("mc-peer.ron")).build();
    crate::common::slide(&mut h, "Begeleiding", 9500.0);
    let scenario = h.state().document().scenario().unwrap();
    assert_eq!(scenario.parameters.coaching.get(), dec!(9500));
    assert_eq!(
        scenario.uncertainty.ranges.get(&ParamKey::Coaching),
        Some(&Distribution::Triangular {
            min: dec!(7000),
            mode: dec!(9500),
            max: dec!(11000),
        })
    );
    // One edit, one undo: value and range go back together.
    h.state_mut().queue(Command::Undo);
    h.run();
    assert_eq!(h.state().document().model, builtin_model("mc-peer.ron"));
}
