//! UI frame CPU of the real app, driven by egui_kittest at 1600×1000: an idle frame on each tab,
//! and the frames that follow one parameter change on the sheet tab and on the analysis tab with an
//! NPV goal seek shown. A kittest step runs the whole egui frame (layout, widgets, plots,
//! AccessKit tree) without the GPU, so the figures are the CPU a frame costs before painting.
// Benchmark code: a failed set-up stops it with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use egui_kittest::Harness;
use kostenbaten::app::{Command, KostenbatenApp, ScriptedFileDialog, Settings, View};
use kostenbaten::file::builtin;
use kostenbaten::model::analysis::{OutputKey, ParamKey};
use kostenbaten::model::{Actor, Model};
use rust_decimal::Decimal;

fn model(file: &str) -> Model {
    builtin(file).unwrap().unwrap()
}

/// The real app on `model` at 1600×1000 showing `view`, settled (analyses included).
fn harness(model: Model, view: View) -> Harness<'static, KostenbatenApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            KostenbatenApp::with_model(
                model,
                None,
                Box::new(ScriptedFileDialog::default()),
                Settings::default(),
            )
        });
    h.state_mut().queue(Command::ShowView(view));
    settle(&mut h);
    h
}

/// Run frames until nothing more is asked for, with the background analyses in.
fn settle(h: &mut Harness<'static, KostenbatenApp>) {
    for _ in 0..10 {
        h.state_mut().wait_for_results();
        if h.run_ok().is_some() && h.state().results().analysis_is_current() {
            return;
        }
    }
}

/// Change the wage value (alternating between two values, so every change is a real change) and
/// run the frame that records the change and the frame that computes and draws its results.
fn change_wage_value(h: &mut Harness<'static, KostenbatenApp>, i: u64) {
    let wage_value = Decimal::from(if i.is_multiple_of(2) { 45 } else { 46 });
    h.state_mut()
        .queue(Command::SetParam(ParamKey::WageValuePct, wage_value));
    h.step();
    h.step();
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame 1600x1000");
    group
        .sample_size(100)
        .measurement_time(Duration::from_secs(5));

    for (name, file, view) in [
        ("idle, sheet tab", "beschut-werk-2014.ron", View::Sheet),
        (
            "idle, analysis tab",
            "beschut-werk-2014.ron",
            View::Analysis,
        ),
        ("idle, P-budget tab", "wil-p-budget-2018.ron", View::Budget),
    ] {
        let mut h = harness(model(file), view);
        group.bench_function(name, |b| b.iter(|| h.step()));
    }

    // One change: the command is applied after the frame that records it, the next frame computes
    // and draws the new results. Both frames are counted.
    let mut h = harness(model("beschut-werk-2014.ron"), View::Sheet);
    let mut i = 0;
    group.bench_function("one parameter change, sheet tab (2 frames)", |b| {
        b.iter(|| {
            i += 1;
            change_wage_value(&mut h, i);
        })
    });

    let mut h = harness(model("beschut-werk-2014.ron"), View::Analysis);
    h.state_mut().analysis_state_mut().output = OutputKey::ActorNpv(Actor::MunicipalityBuig);
    h.state_mut().analysis_state_mut().param = ParamKey::DiscountRatePct;
    settle(&mut h);
    group.bench_function(
        "one parameter change, analysis tab, NPV goal seek (2 frames)",
        |b| {
            b.iter(|| {
                i += 1;
                change_wage_value(&mut h, i);
            })
        },
    );
    // Not a frame: how long until the analyses on the worker answer one change (the figures
    // shown are the previous ones, marked "bijwerken…", until then).
    group.bench_function(
        "analyses refreshed after one change, NPV goal seek (worker)",
        |b| {
            b.iter(|| {
                i += 1;
                change_wage_value(&mut h, i);
                h.state_mut().wait_for_results();
            })
        },
    );

    // Issue 10: the Onzekerheid tab on the peer model (100.000 samples of four ranges). The two
    // frames of a change while a run is in flight (the run is on worker threads), and — not a
    // frame — the time from a change until 100.000 fresh samples are shown.
    let mut h = harness(model("mc-peer.ron"), View::Uncertainty);
    group.bench_function(
        "one parameter change, Onzekerheid tab, run in flight (2 frames)",
        |b| {
            b.iter(|| {
                i += 1;
                change_wage_value(&mut h, i);
            })
        },
    );
    group.bench_function(
        "Monte Carlo of 100.000 samples shown after one change (worker)",
        |b| {
            b.iter(|| {
                i += 1;
                change_wage_value(&mut h, i);
                for _ in 0..20 {
                    h.state_mut().wait_for_results();
                    h.step();
                    if h.state().results().simulation().is_current() {
                        break;
                    }
                }
            })
        },
    );
    group.finish();
    presenter(c);
}

/// Issue 11: presenter mode at projector size on the five-view walk. An idle frame on the first
/// view (the sheet's curve and the party bars) and on the last (the horizon and the waterfall), and
/// stepping to the next view and back: the two frames in which each view's figures are computed
/// again (the waterfall's inputs do not change, so it is kept).
fn presenter(c: &mut Criterion) {
    let mut group = c.benchmark_group("presenter 1280x720");
    group
        .sample_size(100)
        .measurement_time(Duration::from_secs(5));
    let walk = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema-v3-varianten-presentatie.ron"
    );
    let start = |views_forward: usize| {
        let model = kostenbaten::file::load(std::path::Path::new(walk)).unwrap();
        let mut h = harness(model, View::Sheet);
        h.set_size(egui::vec2(1280.0, 720.0));
        h.state_mut().queue(Command::StartPresentation);
        h.step();
        for _ in 0..views_forward {
            h.state_mut().queue(Command::NextView);
            h.step();
        }
        settle(&mut h);
        assert!(h.state().is_presenting());
        h
    };
    let mut h = start(0);
    group.bench_function("idle, first view", |b| b.iter(|| h.step()));
    let mut h = start(4);
    group.bench_function("idle, last view (waterfall)", |b| b.iter(|| h.step()));
    let mut h = start(3);
    group.bench_function("next view and back, figures recomputed (2 frames)", |b| {
        b.iter(|| {
            h.state_mut().queue(Command::NextView);
            h.step();
            h.state_mut().queue(Command::PreviousView);
            h.step();
        })
    });
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
