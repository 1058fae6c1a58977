//! One conformance harness: for parameter sets drawn from the registry (every parameter varied,
//! no case skipped), the exact Decimal engine and the Monte Carlo's f64 fast path give the same
//! figures to the cent, and refuse the same sets with the same message. The workbook's formulas
//! are held to the engine on the same draws in `tests/export/export_xlsx_recalc.rs` (LibreOffice recalculates).
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use kostenbaten::model::uncertainty::{
    Distribution, FastModel, FastOutcome, OutputKey, Uncertainty, can_vary,
};
use kostenbaten::model::{
    BreakEven, Evaluation, MunicipalityBreakEven, ParamKey, Parameters, Placement,
};

use crate::params_strategy::{Setting, any_parameters, largest_amount};

/// Whether two amounts agree to the cent, measured against the size of what they are computed
/// from: `scale` is the largest amount of the place — a flow, or the benefit before work and the
/// top-up whose difference is the benefit that stops — times clients × the horizon's factor for a
/// present value. f64 keeps 15 to 16 digits; transfers that cancel between actors (a worker's
/// wage against the benefit that stops) leave the rounding of the large terms in a small result,
/// so the bound is half a cent or 10⁻¹² of the scale, whichever is larger: to the cent wherever
/// the scale stays under € 5 billion, far beyond any real model; only the ranges' far ends pass it.
fn agree(fast: f64, exact: f64, scale: f64) -> bool {
    (fast - exact).abs() <= 0.005_f64.max(scale * 1e-12)
}

/// The engine's value of every Monte Carlo output, in [`OutputKey::SAMPLED`] order.
fn exact_outputs(e: &Evaluation) -> Vec<f64> {
    OutputKey::SAMPLED
        .iter()
        .map(|key| key.value(e).to_f64().unwrap())
        .collect()
}

/// Every figure of the fast path's `outcome` equals the engine's `e`: the outputs to the cent, the
/// break-even wage values to 10⁻⁹ percentage points and of the same kind.
fn assert_same(e: &Evaluation, outcome: &FastOutcome, what: &str) {
    let largest_flow = largest_amount(e);
    for ((key, exact), fast) in OutputKey::SAMPLED
        .iter()
        .zip(exact_outputs(e))
        .zip(OutputKey::all_of(outcome))
    {
        let present_value = matches!(
            key,
            OutputKey::Npv | OutputKey::ActorNpv(_) | OutputKey::MunicipalityNpv
        );
        let scale = if present_value {
            largest_flow * outcome.npv_factor
        } else {
            largest_flow
        };
        assert!(
            agree(fast, exact, scale),
            "{what}: {}: fast {fast} exact {exact}",
            key.key()
        );
    }
    // A wage value in percent is an amount over the wage cost: the same 10⁻¹² of the largest
    // amount, over the wage cost the LKS counts, and at least 10⁻⁹ percentage points.
    let wage_cost = e.inputs.subsidised_wage_cost.to_f64().unwrap();
    let pct_bound = 1e-9_f64.max(100.0 * largest_flow * 1e-12 / wage_cost);
    let close = |fast: f64, pct: Decimal| (fast - pct.to_f64().unwrap()).abs() <= pct_bound;
    let working = e.placement == Placement::Working;
    let fast = outcome.break_even_pct;
    match e.break_even {
        BreakEven::At(pct) => assert!(close(fast, pct), "{what}: break-even {fast} vs {pct}"),
        BreakEven::SavesAtEveryWageValue => assert_eq!(fast, 0.0, "{what}: break-even"),
        BreakEven::NoWageCost | BreakEven::NoBenefitSaved => {
            assert!(fast.is_nan() || !working, "{what}: break-even {fast}")
        }
    }
    let fast = outcome.break_even_municipality_pct;
    match e.break_even_municipality {
        MunicipalityBreakEven::At(pct) => {
            assert!(close(fast, pct), "{what}: municipality {fast} vs {pct}")
        }
        MunicipalityBreakEven::GainsAtEveryWageValue => {
            assert_eq!(fast, 0.0, "{what}: municipality")
        }
        MunicipalityBreakEven::LosesAtEveryWageValue => {
            assert!(fast.is_nan(), "{what}: municipality {fast}")
        }
    }
}

/// Ranges collapsed to `params`' own value on every parameter that can carry one and has a
/// number: the fast path then takes its per-draw route (no wage tax or horizon worked out once).
fn collapsed_ranges(params: &Parameters) -> Uncertainty {
    let mut u = Uncertainty::default();
    for key in ParamKey::INPUTS.into_iter().filter(|&k| can_vary(k)) {
        if let Some(value) = key.stored(params) {
            u.set(
                key,
                Some(Distribution::Uniform {
                    min: value,
                    max: value,
                }),
            )
            .unwrap();
        }
    }
    u
}

/// What happened to one drawn set.
#[derive(Debug, PartialEq)]
enum Case {
    /// Both computed it and agree.
    Agreed,
    /// Both refused it with the same message.
    Refused,
}

/// The engine and the fast path, without ranges and with collapsed ones, on one parameter set.
fn check(params: &Parameters) -> Case {
    let exact = Evaluation::of(params);
    let fixed = FastModel::new(params, &Uncertainty::default());
    let ranged = FastModel::new(params, &collapsed_ranges(params));
    match (exact, fixed, ranged) {
        (Ok(e), Ok(fixed), Ok(ranged)) => {
            assert_same(&e, &fixed.evaluate(&fixed.base), "fixed");
            assert_eq!(
                ranged.refuses(&ranged.base),
                None,
                "a draw the engine computes"
            );
            assert_same(&e, &ranged.evaluate(&ranged.base), "ranged");
            Case::Agreed
        }
        (Err(exact), Err(fixed), Err(ranged)) => {
            assert_eq!(fixed.to_string(), exact.to_string());
            assert_eq!(ranged.to_string(), exact.to_string());
            Case::Refused
        }
        (Err(exact), Ok(_), Ok(ranged)) => {
            // The growth cap is checked per draw when a range reaches growth or the horizon.
            let refused = ranged.refuses(&ranged.base).map(|e| e.to_string());
            assert_eq!(
                refused,
                Some(exact.to_string()),
                "the engine refused: {exact}"
            );
            panic!("the fast path computes what the engine refuses: {exact}")
        }
        (exact, fixed, ranged) => panic!(
            "engine {:?}, fast path {:?} / {:?}",
            exact.err().map(|e| e.to_string()),
            fixed.err().map(|e| e.to_string()),
            ranged.err().map(|e| e.to_string())
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_fast_path_equals_the_engine_on_registry_draws((params, _) in any_parameters()) {
        check(&params);
    }
}

/// No silent skips: over a fixed run of draws most sets are computed (a generator that only made
/// refused sets would prove nothing), some are refused, and every registry parameter took at
/// least two different settings.
#[test]
fn the_draws_reach_every_parameter_and_mostly_compute() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    let strategy = any_parameters();
    let mut seen: Vec<Vec<String>> = vec![Vec::new(); ParamKey::INPUTS.len()];
    let (mut agreed, mut refused) = (0, 0);
    for _ in 0..300 {
        let (params, settings) = strategy.new_tree(&mut runner).unwrap().current();
        for (key, setting) in settings {
            let text = match setting {
                Setting::Word(w) => w.to_string(),
                Setting::Number(n) => n.to_string(),
            };
            let values = &mut seen[key as usize];
            if !values.contains(&text) {
                values.push(text);
            }
        }
        match check(&params) {
            Case::Agreed => agreed += 1,
            Case::Refused => refused += 1,
        }
    }
    for key in ParamKey::INPUTS {
        assert!(seen[key as usize].len() >= 2, "{key:?} was never varied");
    }
    assert!(agreed >= 150, "only {agreed} of 300 draws computed");
    assert!(
        refused >= 1,
        "no draw was refused: the ranges' ends are not reached"
    );
}
