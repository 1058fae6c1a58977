//! The fast path equals the exact Decimal engine to the cent.

use rust_decimal::Decimal;

use super::*;
use crate::YearTable;
use crate::registry::ParamKey;

/// Compare a run whose every range is collapsed with the engine at those values.
fn assert_collapsed_equals_engine(name: &str, params: &Parameters, u: &Uncertainty) {
    let mut at_values = params.clone();
    for (key, d) in u.params() {
        key.set_checked(&mut at_values, d.most_likely()).unwrap();
    }
    if let Err(refused) = Evaluation::of(&at_values) {
        // Not skipped: the simulation must refuse it too, with the engine's message.
        let options = Options {
            samples: 3,
            seed: 7,
            threads: 1,
            extras: ExtrasKind::None,
        };
        let error = simulate(params, &u.collapsed(), &options, &Control::default()).unwrap_err();
        assert!(
            error.to_string().contains(&refused.to_string()),
            "{name}: {error} / {refused}"
        );
        return;
    }
    let exact = exact_outputs(&at_values);
    let result = run(params, &u.collapsed(), 3, 7, 1);
    for ((key, summary), exact) in result.outputs.iter().zip(exact) {
        assert!(
            to_the_cent(summary.mean, exact),
            "{name}: {}: fast {} exact {exact}",
            key.key(),
            summary.mean
        );
        assert_eq!(summary.percentiles.p5, summary.mean, "{name}: constant");
        assert_eq!(summary.sd, 0.0);
    }
}

/// Degenerate ranges at the scenario's own value on every parameter that has a number.
fn every_param_fixed_by_a_range(params: &Parameters) -> Uncertainty {
    let mut u = Uncertainty::default();
    for key in ParamKey::analysable() {
        if let Some(value) = key.stored(params) {
            let d = Distribution::Triangular {
                min: value,
                mode: value,
                max: value,
            };
            u.set(key, Some(d)).unwrap();
        }
    }
    u
}

#[test]
fn every_builtin_scenario_equals_the_engine_to_the_cent() {
    let scenarios = builtin_scenarios();
    assert!(scenarios.len() >= 6, "{}", scenarios.len());
    for (name, scenario) in scenarios {
        let p = &scenario.parameters;
        assert_collapsed_equals_engine(&name, p, &Uncertainty::default());
        assert_collapsed_equals_engine(&name, p, &scenario.uncertainty);
        assert_collapsed_equals_engine(&name, p, &every_param_fixed_by_a_range(p));
    }
}

#[test]
fn a_varied_lks_share_or_benefit_becomes_manual_as_the_registry_sets_it() {
    let (_, scenario) = builtin_scenarios()
        .into_iter()
        .find(|(n, _)| n.starts_with("lks-2018"))
        .unwrap();
    let mut u = Uncertainty::default();
    let d = |v: i64| Distribution::Normal {
        mean: Decimal::from(v),
        sd: Decimal::ZERO,
    };
    u.set(ParamKey::LksPct, Some(d(55))).unwrap();
    u.set(ParamKey::BenefitSaved, Some(d(9000))).unwrap();
    u.set(ParamKey::Month, Some(d(8))).unwrap();
    u.set(ParamKey::Years, Some(d(12))).unwrap();
    assert_collapsed_equals_engine("lks-2018", &scenario.parameters, &u);
}

// Random parameter sets drawn from the registry are held to the engine by the conformance
// harness (`tests/engine/conformance.rs`): every parameter varied, no case skipped.

#[test]
fn the_year_table_years_all_have_tax_rules_the_fast_path_reads() {
    let table = YearTable::builtin();
    for year in table.first_year()..=table.last_year() {
        assert!(table.row(year).unwrap().tax.is_some(), "{year}");
    }
}

#[test]
fn the_peer_model_is_the_benchmarks_formula_in_our_actors() {
    use rust_decimal_macros::dec;
    // At the modes, by hand: the municipality (P-budget + BUIG) gets B − (1 − LW) × WC − C =
    // 11.905,44 − 0,6 × 22.800 − 8.500 = −10.274,56; society LW × WC − W − C + S = 9.120 −
    // 10.000 − 8.500 + 5.960 = −3.420.
    let s = peer();
    let e = Evaluation::of(&s.parameters).unwrap();
    assert_eq!(e.actors.municipality_net(), dec!(-10274.56));
    assert_eq!(e.actors.society_net(), dec!(-3420));
    // The model is linear in the four ranges, so its expected NPVs are the NPVs at the triangles'
    // means ((a + b + c)/3): the peers' exact −270.802,98 and −85.346,75.
    let mut at_means = s.parameters.clone();
    for (key, d) in s.uncertainty.params() {
        let Distribution::Triangular { min, mode, max } = *d else {
            panic!("{key:?}")
        };
        key.set_checked(&mut at_means, (min + mode + max) / dec!(3))
            .unwrap();
    }
    let npv = Evaluation::of(&at_means).unwrap().multi_year.npv;
    assert_eq!(crate::cents(npv.municipality()), dec!(-270802.98));
    assert_eq!(crate::cents(npv.total()), dec!(-85346.75));
}
