//! The fast path equals the exact Decimal engine to the cent.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;
use crate::model::registry::ParamKey;
use crate::model::{
    BenefitSaved, BuigBasis, CoachingDeliverer, Hours, LksRule, LksShare, Money, Pct, Placement,
    Year, YearTable, Years,
};

/// Compare a run whose every range is collapsed with the engine at those values.
fn assert_collapsed_equals_engine(name: &str, params: &Parameters, u: &Uncertainty) {
    let mut at_values = params.clone();
    for (key, d) in u.params() {
        key.set_checked(&mut at_values, d.most_likely()).unwrap();
    }
    let Ok(evaluation) = Evaluation::of(&at_values) else {
        return; // The engine refuses it too (a year without a figure): nothing to compare.
    };
    drop(evaluation);
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

prop_compose! {
    fn any_params()(
        year in 2014u16..=2026,
        statutory in any::<bool>(),
        wage_cost in 15_000u32..40_000,
        wage_value in 0u32..=100,
        manual in proptest::option::of(0u32..=100),
        cap in 0u32..=100,
        hours in 1u32..=60,
        full_time in 30u32..=40,
        amounts in proptest::array::uniform5(0u32..20_000),
        benefit in 0u8..4,
        amount in 0u32..20_000,
        (clients, years, month) in (0u32..=500, 1u32..=60, 1u8..=12),
        (growth, discount) in (0u32..=500, 0u32..=1000),
        (provider, gross, home) in (any::<bool>(), any::<bool>(), 0u8..10),
    ) -> Parameters {
        let d = Decimal::from;
        Parameters {
            placement: if home == 0 { Placement::StaysHome } else { Placement::Working },
            year: Year::new(year).unwrap(),
            lks_rule: if statutory { LksRule::Statutory } else { LksRule::FullyLoaded },
            fully_loaded_wage_cost: Money::new(d(wage_cost)).unwrap(),
            wage_value_pct: Pct::new(d(wage_value)).unwrap(),
            lks_pct: manual.map_or(LksShare::FollowsWageValue, |m| LksShare::Manual(Pct::new(d(m)).unwrap())),
            lks_cap_pct: Pct::new(d(cap)).unwrap(),
            hours_per_week: Hours::new(d(hours)).unwrap(),
            full_time_hours: Hours::new(d(full_time)).unwrap(),
            coaching: Money::new(d(amounts[0])).unwrap(),
            coaching_delivered_by: if provider { CoachingDeliverer::Provider } else { CoachingDeliverer::Employer },
            workplace: Money::new(d(amounts[1])).unwrap(),
            workplace_adaptation: Money::new(d(amounts[2])).unwrap(),
            administration: Money::new(d(amounts[3])).unwrap(),
            national_bonus: Money::new(d(amounts[4])).unwrap(),
            benefit_saved: match benefit {
                0 => BenefitSaved::Single,
                1 => BenefitSaved::Couple,
                2 => BenefitSaved::NoBenefit,
                _ => BenefitSaved::Amount(Money::new(d(amount)).unwrap()),
            },
            clients: crate::model::Count::new(clients).unwrap(),
            years: Years::new(years).unwrap(),
            month: crate::model::Month::new(month).unwrap(),
            indexation_pct: Pct::new(d(growth) / Decimal::ONE_HUNDRED).unwrap(),
            discount_rate_pct: Pct::new(d(discount) / Decimal::ONE_HUNDRED).unwrap(),
            buig_basis: if gross { BuigBasis::Gross } else { BuigBasis::NetNorm },
            ..Parameters::default()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_fast_path_equals_the_engine_on_random_parameters(params in any_params()) {
        let Ok(_) = Evaluation::of(&params) else { return Ok(()) };
        let fast = FastModel::new(&params, &Uncertainty::default()).unwrap();
        let outcome = fast.evaluate(&fast.base);
        let exact = exact_outputs(&params);
        for ((key, exact), value) in OutputKey::SAMPLED.iter().zip(exact).zip(OutputKey::all_of(&outcome)) {
            prop_assert!(to_the_cent(value, exact), "{}: fast {value} exact {exact}", key.key());
        }
    }

    #[test]
    fn collapsed_ranges_on_the_horizon_equal_the_engine(params in any_params(), years in 1u32..=60, growth in 0u32..=300) {
        // The horizon varied (per-sample annuity) rather than fixed (exact annuity).
        let mut u = Uncertainty::default();
        let fixed = |v: Decimal| Some(Distribution::Uniform { min: v, max: v });
        u.set(ParamKey::Years, fixed(Decimal::from(years))).unwrap();
        u.set(ParamKey::IndexationPct, fixed(Decimal::from(growth) / Decimal::ONE_HUNDRED)).unwrap();
        let mut at = params.clone();
        at.years = Years::new(years).unwrap();
        at.indexation_pct = Pct::new(Decimal::from(growth) / Decimal::ONE_HUNDRED).unwrap();
        let Ok(_) = Evaluation::of(&at) else { return Ok(()) };
        let fast = FastModel::new(&params, &u).unwrap();
        let mut p = fast.base;
        p.years = f64::from(years);
        p.indexation_pct = f64::from(growth) / 100.0;
        let outcome = fast.evaluate(&p);
        for ((key, exact), value) in OutputKey::SAMPLED.iter().zip(exact_outputs(&at)).zip(OutputKey::all_of(&outcome)) {
            prop_assert!(to_the_cent(value, exact), "{}: fast {value} exact {exact}", key.key());
        }
    }
}

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
    assert_eq!(crate::model::cents(npv.municipality()), dec!(-270802.98));
    assert_eq!(crate::model::cents(npv.total()), dec!(-85346.75));
}
