//! Properties of the difference explained, over random pairs of valid scenarios: the effects add
//! up exactly to end − start for both methods, and the average over all orders gives every input
//! the same effect whatever order the inputs are listed in.
//!
//! A pair is a random scenario and a copy of it with a random subset (up to eight) of its inputs
//! taken from a second random scenario, so every scenario between the two is valid too: a year from
//! 2015 (the statutory LKS has an employer-cost rate) and a benefit saved as an amount or none (a
//! named norm could be missing in the other year).
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::model::analysis::{Factor, Method, OutputKey, explain, explain_in_order};
use kostenbaten::model::{
    Actor, BenefitSaved, Count, Evaluation, LksRule, LksShare, Parameters, Pct, Placement, Year,
    YearTable, Years, cents,
};
use proptest::prelude::*;

use rust_decimal::Decimal;

use crate::strategies::{hours, money, pct};

prop_compose! {
    fn scenario()(
        working in any::<bool>(),
        year in 2015..=YearTable::builtin().last_year(),
        statutory in any::<bool>(),
        loaded in money(),
        wage_value in pct(),
        manual in proptest::option::of(pct()),
        cap in pct(),
        hours in hours(),
        full_time in hours(),
        coaching in money(),
        workplace in money(),
        administration in money(),
        benefit in proptest::option::of(money()),
        clients in 0u32..=50,
        years in 1u32..=30,
        indexation in (0u32..=300).prop_map(|v| Pct::new(Decimal::new(v.into(), 2)).unwrap()),
        discount in (0u32..=600).prop_map(|v| Pct::new(Decimal::new(v.into(), 2)).unwrap()),
        bonus in money(),
    ) -> Parameters {
        Parameters {
            placement: if working { Placement::Working } else { Placement::StaysHome },
            year: Year::new(year).unwrap(),
            lks_rule: if statutory { LksRule::Statutory } else { LksRule::FullyLoaded },
            fully_loaded_wage_cost: loaded,
            wage_value_pct: wage_value,
            lks_pct: manual.map_or(LksShare::FollowsWageValue, LksShare::Manual),
            lks_cap_pct: cap,
            hours_per_week: hours,
            full_time_hours: full_time,
            coaching,
            workplace,
            administration,
            benefit_saved: benefit.map_or(BenefitSaved::NoBenefit, BenefitSaved::Amount),
            clients: Count::new(clients).unwrap(),
            years: Years::new(years).unwrap(),
            indexation_pct: indexation,
            discount_rate_pct: discount,
            national_bonus: bonus,
            ..Parameters::default()
        }
    }
}

prop_compose! {
    /// A scenario and one that differs from it in up to eight inputs.
    fn pair()(
        from in scenario(),
        other in scenario(),
        taken in proptest::sample::subsequence(Factor::all(), 0..=8),
    ) -> (Parameters, Parameters) {
        let mut to = from.clone();
        for factor in taken {
            factor.copy(&other, &mut to).unwrap();
        }
        (from, to)
    }
}

fn output() -> impl Strategy<Value = OutputKey> {
    proptest::sample::select(vec![
        OutputKey::Net,
        OutputKey::MunicipalityNet,
        OutputKey::SocietyNet,
        OutputKey::ActorNet(Actor::Worker),
        OutputKey::Npv,
        OutputKey::MunicipalityNpv,
    ])
}

fn value(params: &Parameters, output: OutputKey) -> Decimal {
    cents(output.value(&Evaluation::of(params).unwrap()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_effects_add_up_exactly_for_both_methods((from, to) in pair(), output in output()) {
        for method in [Method::Sequential, Method::Average] {
            let e = explain(&from, &to, output, method).unwrap();
            prop_assert_eq!(e.start, value(&from, output));
            prop_assert_eq!(e.end, value(&to, output));
            let sum: Decimal = e.steps.iter().map(|s| s.effect).sum();
            prop_assert_eq!(sum, e.end - e.start);
            prop_assert!(e.steps.iter().all(|s| s.effect == cents(s.effect)));
            prop_assert!(e.steps.iter().all(|s| s.from_value != s.to_value));
        }
    }

    #[test]
    fn the_average_does_not_depend_on_the_order(
        (from, to) in pair(),
        output in output(),
        order in Just(Factor::all()).prop_shuffle(),
    ) {
        let fixed = explain(&from, &to, output, Method::Average).unwrap();
        let shuffled = explain_in_order(&from, &to, output, Method::Average, &order).unwrap();
        prop_assert_eq!(fixed.steps.len(), shuffled.steps.len());
        for step in &fixed.steps {
            let same = shuffled.steps.iter().find(|s| s.factor == step.factor).unwrap();
            prop_assert_eq!(step.effect, same.effect, "{:?}", step.factor);
        }
        // The sequential method follows the order given, and still adds up.
        let sequential = explain_in_order(&from, &to, output, Method::Sequential, &order).unwrap();
        let listed: Vec<Factor> = sequential.steps.iter().map(|s| s.factor).collect();
        let expected: Vec<Factor> =
            order.iter().copied().filter(|f| listed.contains(f)).collect();
        prop_assert_eq!(listed, expected);
        let sum: Decimal = sequential.steps.iter().map(|s| s.effect).sum();
        prop_assert_eq!(sum, sequential.end - sequential.start);
    }
}
