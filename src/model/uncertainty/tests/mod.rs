//! Tests of the uncertainty module: the fast path against the exact engine, the statistics of the
//! Monte Carlo, and the file format.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod break_even;
mod exact;
mod file;
mod hostile;
mod stats;

use std::path::Path;

use super::*;
use crate::model::{Evaluation, Model, Parameters};

/// Every scenario of every built-in model.
fn builtin_scenarios() -> Vec<(String, crate::model::Scenario)> {
    crate::file::BUILTIN_MODELS
        .iter()
        .flat_map(|b| {
            let model: Model = crate::file::parse_model(b.text.as_bytes(), Path::new(b.file_name))
                .unwrap_or_else(|e| panic!("{e}"));
            model
                .scenarios
                .into_iter()
                .map(move |s| (format!("{}: {}", b.file_name, s.name), s))
        })
        .collect()
}

/// The peer benchmark's scenario.
fn peer() -> crate::model::Scenario {
    let model = crate::file::builtin("mc-peer.ron").unwrap().unwrap();
    model.scenarios[0].clone()
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
