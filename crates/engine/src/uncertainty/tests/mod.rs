//! Tests of the uncertainty module: the fast path against the exact engine, the statistics of the
//! Monte Carlo and hostile ranges. (Ranges in model files are the file layer's tests:
//! `src/file/ranges_tests.rs` in the main crate.)
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod break_even;
mod exact;
mod hostile;
mod stats;

use serde::Deserialize;

use super::*;
use crate::{Evaluation, Parameters, Scenario};

/// The built-in model files (the app's examples, `assets/models`), embedded for the tests.
const BUILTIN: [(&str, &str); 6] = [
    (
        "beschut-werk-2014.ron",
        include_str!("../../../../../assets/models/beschut-werk-2014.ron"),
    ),
    (
        "beschut-werk-2026.ron",
        include_str!("../../../../../assets/models/beschut-werk-2026.ron"),
    ),
    (
        "lks-2018.ron",
        include_str!("../../../../../assets/models/lks-2018.ron"),
    ),
    (
        "mc-peer.ron",
        include_str!("../../../../../assets/models/mc-peer.ron"),
    ),
    (
        "varianten-beschut-werk.ron",
        include_str!("../../../../../assets/models/varianten-beschut-werk.ron"),
    ),
    (
        "wil-p-budget-2018.ron",
        include_str!("../../../../../assets/models/wil-p-budget-2018.ron"),
    ),
];

/// The scenarios of a model file; the file layer's checks (version, sources, presentation) are
/// the file layer's own tests, so only the scenarios are read here.
#[derive(Deserialize)]
#[serde(rename = "ModelFile")]
struct Scenarios {
    scenarios: Vec<Scenario>,
}

/// The scenarios of the built-in model `file_name`.
fn builtin(file_name: &str) -> Vec<Scenario> {
    let (_, text) = BUILTIN
        .iter()
        .find(|(name, _)| *name == file_name)
        .unwrap_or_else(|| panic!("no built-in model {file_name}"));
    let file: Scenarios = ron::from_str(text).unwrap_or_else(|e| panic!("{file_name}: {e}"));
    file.scenarios
}

/// Every scenario of every built-in model.
fn builtin_scenarios() -> Vec<(String, Scenario)> {
    BUILTIN
        .iter()
        .flat_map(|(file_name, _)| {
            builtin(file_name)
                .into_iter()
                .map(move |s| (format!("{file_name}: {}", s.name), s))
        })
        .collect()
}

/// The peer benchmark's scenario.
fn peer() -> Scenario {
    builtin("mc-peer.ron")[0].clone()
}

/// Run with `samples` on `threads` threads, without extras unless asked.
fn run(
    params: &Parameters,
    u: &Uncertainty,
    samples: u32,
    seed: u64,
    threads: usize,
) -> SimulationResult {
    let options = Options {
        samples,
        seed,
        threads,
        extras: ExtrasKind::None,
    };
    simulate(params, u, &options, &Control::default()).unwrap()
}

/// The exact engine's value of every output, in [`OutputKey::SAMPLED`] order.
fn exact_outputs(params: &Parameters) -> Vec<f64> {
    use rust_decimal::prelude::ToPrimitive;
    let e = Evaluation::of(params).unwrap();
    let npv = &e.multi_year.npv;
    OutputKey::SAMPLED
        .iter()
        .map(|key| {
            let value = match key {
                OutputKey::Net => e.sheet.net(),
                OutputKey::MunicipalityNet => e.actors.municipality_net(),
                OutputKey::SocietyNet => e.actors.society_net(),
                OutputKey::MunicipalityNpv => npv.municipality(),
                OutputKey::Npv => npv.total(),
                OutputKey::ActorNpv(a) => npv[*a],
                OutputKey::ActorNet(a) => e.actors.row(*a).net(),
            };
            value.to_f64().unwrap()
        })
        .collect()
}

/// Whether two amounts agree to the cent: within half a cent (so they round alike except exactly
/// on a half cent).
fn to_the_cent(fast: f64, exact: f64) -> bool {
    (fast - exact).abs() <= 0.005
}
