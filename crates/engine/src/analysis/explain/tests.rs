//! The explanation against hand arithmetic: linear effects, an interaction split by the average,
//! the rounding residual, and the errors.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::*;
use crate::registry::ParamKey;
use crate::{Hours, LksRule, Money, Pct, Placement, Year};

fn effect(explanation: &Explanation, param: ParamKey) -> Decimal {
    explanation
        .steps
        .iter()
        .find(|s| s.factor == Factor::Param(param))
        .map(|s| s.effect)
        .expect("the parameter differs")
}

fn sum(explanation: &Explanation) -> Decimal {
    explanation.steps.iter().map(|s| s.effect).sum()
}

/// The slides' rule, full time (36 of 36 hours): the sheet's net is W × hours/36 × p/100, as LKS
/// and coaching stand on both sides and there are no workplace costs.
fn slides(wage_cost: Decimal, hours: Decimal, wage_value_pct: Decimal) -> Parameters {
    Parameters {
        lks_rule: LksRule::FullyLoaded,
        fully_loaded_wage_cost: Money::new(wage_cost).expect("in range"),
        hours_per_week: Hours::new(hours).expect("in range"),
        wage_value_pct: Pct::new(wage_value_pct).expect("in range"),
        ..Parameters::default()
    }
}

#[test]
fn coaching_costs_the_municipality_what_it_costs_and_the_sheet_nothing() {
    let from = Parameters::default();
    let mut to = from.clone();
    to.coaching = Money::new(dec!(1000)).expect("in range");
    for method in [Method::Sequential, Method::Average] {
        // The participation budget pays the coaching: € 1.000 more is € 1.000 less net.
        let e = explain(&from, &to, OutputKey::MunicipalityNet, method).expect("explains");
        assert_eq!(e.steps.len(), 1);
        assert_eq!(effect(&e, ParamKey::Coaching), dec!(-1000));
        assert_eq!(e.end - e.start, dec!(-1000));
        // On the sheet coaching is a transfer on both sides: no effect on its net.
        let e = explain(&from, &to, OutputKey::Net, method).expect("explains");
        assert_eq!(effect(&e, ParamKey::Coaching), Decimal::ZERO);
        assert_eq!(e.steps[0].from_value, Setting::Number(dec!(0)));
        assert_eq!(e.steps[0].to_value, Setting::Number(dec!(1000)));
    }
}

#[test]
fn workplace_costs_lower_the_sheets_net_one_for_one() {
    let from = Parameters::default();
    let mut to = from.clone();
    to.workplace = Money::new(dec!(1000)).expect("in range");
    let e = explain(&from, &to, OutputKey::Net, Method::Sequential).expect("explains");
    assert_eq!(effect(&e, ParamKey::Workplace), dec!(-1000));
}

#[test]
fn an_interaction_depends_on_the_order_and_the_average_splits_it() {
    // 20.000 × 40 % = 8.000 → 30.000 × 50 % = 15.000: a difference of 7.000.
    let from = slides(dec!(20000), dec!(36), dec!(40));
    let to = slides(dec!(30000), dec!(36), dec!(50));
    let e = explain(&from, &to, OutputKey::Net, Method::Sequential).expect("explains");
    assert_eq!((e.start, e.end), (dec!(8000), dec!(15000)));
    // The fixed order switches the wage value first: 20.000 × 10 % = 2.000, then 10.000 × 50 %.
    assert_eq!(effect(&e, ParamKey::WageValuePct), dec!(2000));
    assert_eq!(effect(&e, ParamKey::FullyLoadedWageCost), dec!(5000));
    // The other order: 10.000 × 40 % = 4.000, then 30.000 × 10 % = 3.000.
    let order = [
        Factor::Param(ParamKey::FullyLoadedWageCost),
        Factor::Param(ParamKey::WageValuePct),
    ];
    let e =
        explain_in_order(&from, &to, OutputKey::Net, Method::Sequential, &order).expect("explains");
    assert_eq!(effect(&e, ParamKey::FullyLoadedWageCost), dec!(4000));
    assert_eq!(effect(&e, ParamKey::WageValuePct), dec!(3000));
    assert_eq!(e.steps[0].factor, order[0], "steps in the order used");
    // The average: the interaction 10.000 × 10 % = 1.000 half each, whichever order.
    for order in [&order[..], &Factor::all()] {
        let e =
            explain_in_order(&from, &to, OutputKey::Net, Method::Average, order).expect("explains");
        assert_eq!(effect(&e, ParamKey::WageValuePct), dec!(2500));
        assert_eq!(effect(&e, ParamKey::FullyLoadedWageCost), dec!(4500));
        assert_eq!(e.residual_on, None);
    }
}

#[test]
fn thirds_are_rounded_and_the_cent_left_goes_to_the_largest() {
    // Each of three factors doubles the net: 10.000 × 18/36 × 50 % = 2.500 → 20.000.
    let from = slides(dec!(10000), dec!(18), dec!(50));
    let to = slides(dec!(20000), dec!(36), dec!(100));
    let e = explain(&from, &to, OutputKey::Net, Method::Average).expect("explains");
    assert_eq!((e.start, e.end), (dec!(2500), dec!(20000)));
    // By symmetry each has 17.500 / 3 = 5.833,33…; the cent left goes to the first of the tie in
    // the fixed order, the wage value.
    assert_eq!(effect(&e, ParamKey::WageValuePct), dec!(5833.34));
    assert_eq!(effect(&e, ParamKey::HoursPerWeek), dec!(5833.33));
    assert_eq!(effect(&e, ParamKey::FullyLoadedWageCost), dec!(5833.33));
    assert_eq!(e.residual_on, Some(Factor::Param(ParamKey::WageValuePct)));
    assert_eq!(sum(&e), e.end - e.start);
    // The same when listed the other way round.
    let mut reversed = Factor::all();
    reversed.reverse();
    let r =
        explain_in_order(&from, &to, OutputKey::Net, Method::Average, &reversed).expect("explains");
    assert_eq!(effect(&r, ParamKey::WageValuePct), dec!(5833.34));
    // Sequentially: 2.500 → 5.000 → 10.000 → 20.000.
    let s = explain(&from, &to, OutputKey::Net, Method::Sequential).expect("explains");
    assert_eq!(effect(&s, ParamKey::WageValuePct), dec!(2500));
    assert_eq!(effect(&s, ParamKey::HoursPerWeek), dec!(5000));
    assert_eq!(effect(&s, ParamKey::FullyLoadedWageCost), dec!(10000));
}

#[test]
fn staying_home_takes_the_whole_net_away() {
    let from = slides(dec!(20000), dec!(36), dec!(40));
    let mut to = from.clone();
    to.placement = Placement::StaysHome;
    let e = explain(&from, &to, OutputKey::Net, Method::Average).expect("explains");
    assert_eq!(e.steps.len(), 1);
    assert_eq!(e.steps[0].factor, Factor::Param(ParamKey::Placement));
    assert_eq!(e.steps[0].effect, dec!(-8000));
    assert_eq!(e.end, Decimal::ZERO);
}

#[test]
fn the_same_scenario_has_nothing_to_explain() {
    let p = Parameters::default();
    let e = explain(&p, &p, OutputKey::Npv, Method::Average).expect("explains");
    assert!(e.steps.is_empty());
    assert_eq!(e.start, e.end);
}

#[test]
fn an_intermediate_scenario_that_cannot_be_computed_is_named() {
    // The law's rule in 2014 has no employer-cost rate: the scenario with only the rule switched
    // cannot be computed. The average needs it and says so; the fixed order switches the year
    // first and never meets it.
    let from = Parameters {
        year: Year::new(2014).expect("in the table"),
        ..slides(dec!(22800), dec!(36), dec!(40))
    };
    let to = Parameters {
        year: Year::new(2020).expect("in the table"),
        lks_rule: LksRule::Statutory,
        ..from.clone()
    };
    let err = explain(&from, &to, OutputKey::Net, Method::Average).expect_err("2014 has no rate");
    assert!(
        matches!(&err, ExplainError::Intermediate { switched, .. } if switched == "lks_rule"),
        "{err}"
    );
    let message = err.to_string();
    assert!(
        message.contains("met alleen lks_rule overgezet"),
        "{message}"
    );
    assert!(message.contains("volgordemethode"), "{message}");
    let e = explain(&from, &to, OutputKey::Net, Method::Sequential).expect("year first");
    let order: Vec<Factor> = e.steps.iter().map(|s| s.factor).collect();
    assert_eq!(
        order,
        [
            Factor::Param(ParamKey::Year),
            Factor::Param(ParamKey::LksRule)
        ]
    );
    assert_eq!(sum(&e), e.end - e.start);
    // Switched the other way round, the sequential method meets it too, and does not suggest
    // itself.
    let order = [Factor::Param(ParamKey::LksRule)];
    let err = explain_in_order(&from, &to, OutputKey::Net, Method::Sequential, &order)
        .expect_err("rule before year");
    assert!(!err.to_string().contains("volgordemethode"), "{err}");
}

#[test]
fn the_average_refuses_more_than_twelve_differences_naming_the_count() {
    let from = Parameters::default();
    let mut to = from.clone();
    let changed = [
        ParamKey::WageValuePct,
        ParamKey::HoursPerWeek,
        ParamKey::FullTimeHours,
        ParamKey::FullyLoadedWageCost,
        ParamKey::LksCapPct,
        ParamKey::Coaching,
        ParamKey::Workplace,
        ParamKey::WorkplaceAdaptation,
        ParamKey::Administration,
        ParamKey::SocietalCostPerClient,
        ParamKey::Clients,
        ParamKey::IndexationPct,
        ParamKey::NationalBonus,
    ];
    for p in changed {
        p.set(&mut to, dec!(20));
    }
    let err = explain(&from, &to, OutputKey::Net, Method::Average).expect_err("13 > 12");
    assert_eq!(err, ExplainError::TooManyForAverage { count: 13, max: 12 });
    assert!(err.to_string().starts_with("13 invoergegevens"), "{err}");
    // The sequential method has no limit, and its effects add up.
    let e = explain(&from, &to, OutputKey::Net, Method::Sequential).expect("explains");
    assert_eq!(e.steps.len(), 13);
    assert_eq!(sum(&e), e.end - e.start);
}

#[test]
fn halves_round_away_from_zero() {
    assert_eq!(divide_rounded(7, 2), 4);
    assert_eq!(divide_rounded(-7, 2), -4);
    assert_eq!(divide_rounded(5, 3), 2);
    assert_eq!(divide_rounded(-4, 3), -1);
}
