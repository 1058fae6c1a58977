//! Properties that hold for every scenario: totals are sums, transfers cancel over actors, and the
//! municipality never loses by a higher wage value.
//!
//! The strategies generate only scenarios the engine must compute (a year from 2015, when LKS
//! began, and a named benefit norm only in a year whose table has it), so every case is checked and
//! an evaluation error fails the property instead of skipping the case.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::ops::RangeInclusive;

use kostenbaten::model::{
    Actor, BenefitSaved, CoachingDeliverer, Count, Evaluation, FlowKey, Hours, LksRule, LksShare,
    Money, MunicipalityBreakEven, Parameters, Pct, Placement, Side, Year, YearTable, Years,
};
use proptest::prelude::*;

use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;

use crate::strategies::{hours, money, pct};

/// The benefit saved: a named norm only where the year table has it, so that it resolves.
fn benefit_saved(year: u16) -> BoxedStrategy<BenefitSaved> {
    let row = YearTable::builtin().row(year).ok();
    let mut named = Vec::new();
    if row.is_some_and(|r| r.benefit_single_month.is_some()) {
        named.push(BenefitSaved::Single);
    }
    if row.is_some_and(|r| r.benefit_couple_month.is_some()) {
        named.push(BenefitSaved::Couple);
    }
    let plain = prop_oneof![
        Just(BenefitSaved::NoBenefit),
        money().prop_map(BenefitSaved::Amount)
    ];
    if named.is_empty() {
        plain.boxed()
    } else {
        prop_oneof![plain, proptest::sample::select(named)].boxed()
    }
}

/// The table's last year, from which on the statutory figures stop moving.
fn last_year() -> u16 {
    YearTable::builtin().last_year()
}

prop_compose! {
    fn parameters_in(years: RangeInclusive<u16>)(year in years)(
        placement in prop_oneof![3 => Just(Placement::Working), 1 => Just(Placement::StaysHome)],
        year in Just(year),
        statutory in any::<bool>(),
        loaded in money(),
        wage_value in pct(),
        manual in proptest::option::of(pct()),
        cap in pct(),
        hours in hours(),
        full_time in hours(),
        coaching in money(),
        provider in any::<bool>(),
        workplace in money(),
        adaptation in money(),
        administration in money(),
        benefit in benefit_saved(year),
        societal in money(),
        bonus in money(),
        clients in 0u32..=500,
        years in 1u32..=60,
        indexation in (0u32..=500).prop_map(|v| Pct::new(Decimal::new(v.into(), 2)).unwrap()),
        discount in (0u32..=1000).prop_map(|v| Pct::new(Decimal::new(v.into(), 2)).unwrap()),
    ) -> Parameters {
        Parameters {
            placement,
            year: Year::new(year).unwrap(),
            lks_rule: if statutory { LksRule::Statutory } else { LksRule::FullyLoaded },
            fully_loaded_wage_cost: loaded,
            wage_value_pct: wage_value,
            lks_pct: manual.map_or(LksShare::FollowsWageValue, LksShare::Manual),
            lks_cap_pct: cap,
            hours_per_week: hours,
            full_time_hours: full_time,
            coaching,
            coaching_delivered_by: if provider { CoachingDeliverer::Provider } else { CoachingDeliverer::Employer },
            workplace,
            workplace_adaptation: adaptation,
            administration,
            benefit_saved: benefit,
            societal_cost_per_client: societal,
            clients: Count::new(clients).unwrap(),
            years: Years::new(years).unwrap(),
            indexation_pct: indexation,
            discount_rate_pct: discount,
            national_bonus: bonus,
            ..Parameters::default()
        }
    }
}

/// Any year from 2015, the first with an employer-cost rate for the statutory LKS rule.
fn parameters() -> impl Strategy<Value = Parameters> {
    parameters_in(2015..=last_year())
}

/// Equal to far below a cent: `Decimal` keeps 28 significant digits, so a non-terminating division
/// (contract hours / 36) leaves residues around 1e-24 that depend on the order of operations.
fn close(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() < Decimal::new(1, 12)
}

/// The strategies make only scenarios that compute, so an error is a failure of the property.
fn evaluate(p: &Parameters) -> Result<Evaluation, TestCaseError> {
    Evaluation::of(p).map_err(|err| TestCaseError::fail(format!("{err}: {p:?}")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn totals_equal_the_sum_of_their_lines(p in parameters()) {
        let e = evaluate(&p)?;
        let sum = |side| e.sheet.lines.iter().filter(|l| l.side == side).map(|l| l.amount).sum::<Decimal>();
        prop_assert_eq!(e.sheet.total_cost, sum(Side::Cost));
        prop_assert_eq!(e.sheet.total_benefit, sum(Side::Benefit));
        prop_assert_eq!(e.sheet.net(), sum(Side::Benefit) - sum(Side::Cost));
    }

    #[test]
    fn transfers_net_to_zero_over_all_actors(p in parameters()) {
        let e = evaluate(&p)?;
        // What society keeps is only the real resources, computed here from the parameters
        // and the sheet, not from the flows. The sheet's net is wage value − workplace −
        // adaptation − administration (LKS and coaching stand on both of its sides); the coach's
        // time is a real resource too, so society also loses the coaching.
        let real = e.sheet.net() - p.per_place(p.coaching.get())
            + p.per_place(p.societal_cost_per_client.get());
        prop_assert!(close(e.actors.society_net(), real), "{} vs {}", e.actors.society_net(), real);
        // And each transfer really leaves one actor and reaches another.
        for flow in &e.actors.flows {
            let transfer = matches!(flow.key, FlowKey::WageSubsidy | FlowKey::Coaching | FlowKey::Wage
                | FlowKey::EmployerCharges | FlowKey::BenefitSaved | FlowKey::NationalBonus
                | FlowKey::WageTax | FlowKey::BenefitTax);
            prop_assert_eq!(flow.is_transfer(), transfer, "{:?}", flow.key);
            prop_assert!(flow.amount >= Decimal::ZERO, "{:?} {}", flow.key, flow.amount);
        }
        let costs: Decimal = Actor::ALL.iter().map(|&a| e.actors.row(a).cost).sum();
        let benefits: Decimal = Actor::ALL.iter().map(|&a| e.actors.row(a).benefit).sum();
        prop_assert!(close(benefits - costs, real), "{} vs {}", benefits - costs, real);
    }

    #[test]
    fn society_is_wage_value_minus_real_resources_plus_societal_cost_avoided(p in parameters()) {
        // DOMAIN.md §5 after CPB/PBL, Algemene leidraad MKBA (2013): society's net is wage value −
        // real resources (coaching, workplace, adaptation, administration) + societal cost
        // avoided, whoever pays and whoever delivers. Built from the parameters and the resolved
        // wage value, not from the flows or the sheet.
        let e = evaluate(&p)?;
        let real_resources = [p.coaching, p.workplace, p.workplace_adaptation, p.administration]
            .iter()
            .map(|m| p.per_place(m.get()))
            .sum::<Decimal>();
        let expected = e.inputs.wage_value_amount() - real_resources
            + p.per_place(p.societal_cost_per_client.get());
        prop_assert!(close(e.actors.society_net(), expected), "{} vs {}", e.actors.society_net(), expected);
        // Whoever delivers the coaching, society's net is the same.
        let mut other = p.clone();
        other.coaching_delivered_by = match p.coaching_delivered_by {
            CoachingDeliverer::Employer => CoachingDeliverer::Provider,
            CoachingDeliverer::Provider => CoachingDeliverer::Employer,
        };
        let o = evaluate(&other)?;
        prop_assert!(close(o.actors.society_net(), e.actors.society_net()));
    }

    #[test]
    fn the_municipality_net_is_monotone_in_wage_value(p in parameters(), a in pct(), b in pct()) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let at = |lw| {
            let mut q = p.clone();
            q.wage_value_pct = lw;
            evaluate(&q).map(|e| e.actors.municipality_net())
        };
        let (net_low, net_high) = (at(low)?, at(high)?);
        prop_assert!(net_high >= net_low, "LW {} → {}, LW {} → {}", low.get(), net_low, high.get(), net_high);
    }

    #[test]
    fn the_municipality_break_even_is_where_its_net_turns(p in parameters()) {
        // With the LKS following the wage value, as the break-even assumes: at the break-even the
        // municipality's net is zero; "loses at every wage value" means it loses even at 100 %,
        // "loses at none" that it does not lose even at 0 %.
        let mut p = p;
        p.lks_pct = LksShare::FollowsWageValue;
        let net_at = |lw: Decimal| {
            let mut q = p.clone();
            q.wage_value_pct = Pct::new(lw).unwrap();
            evaluate(&q).map(|e| e.actors.municipality_net())
        };
        match evaluate(&p)?.break_even_municipality {
            MunicipalityBreakEven::At(lw) => {
                prop_assert!((Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&lw), "{lw}");
                let net = net_at(lw)?;
                prop_assert!(net.abs() < Decimal::new(1, 6), "net {net} at {lw}");
            }
            MunicipalityBreakEven::LosesAtEveryWageValue => {
                prop_assert!(net_at(Decimal::ONE_HUNDRED)? < Decimal::ZERO);
            }
            MunicipalityBreakEven::GainsAtEveryWageValue => {
                prop_assert!(net_at(Decimal::ZERO)? >= Decimal::ZERO);
            }
        }
    }

    #[test]
    fn npv_without_discounting_or_indexation_is_years_times_clients_times_net(
        // Under the statutory rule the year table moves the figures year by year; from the table's
        // last year on, with no indexation, nothing moves.
        p in parameters_in(last_year()..=last_year())
    ) {
        let mut q = p.clone();
        q.indexation_pct = Pct::new(Decimal::ZERO).unwrap();
        q.discount_rate_pct = Pct::new(Decimal::ZERO).unwrap();
        let e = evaluate(&q)?;
        let factor = Decimal::from(q.years.get()) * Decimal::from(q.clients.get());
        for a in Actor::ALL {
            let expected = e.actors.row(a).net() * factor;
            prop_assert!(close(e.multi_year.npv_of(a), expected), "{:?}: {} vs {}", a, e.multi_year.npv_of(a), expected);
        }
    }
}

/// The largest values every field allows, together: nothing overflows or panics.
#[test]
fn extreme_inputs_compute_without_overflow() {
    let max_money = Money::new(kostenbaten::model::MAX_AMOUNT).unwrap();
    let p = Parameters {
        lks_rule: LksRule::FullyLoaded,
        fully_loaded_wage_cost: max_money,
        hours_per_week: Hours::new(Decimal::from(60)).unwrap(),
        full_time_hours: Hours::new(Decimal::ONE).unwrap(),
        coaching: max_money,
        workplace: max_money,
        workplace_adaptation: max_money,
        administration: max_money,
        benefit_saved: BenefitSaved::Amount(max_money),
        societal_cost_per_client: max_money,
        clients: Count::new(Count::MAX).unwrap(),
        years: Years::new(Years::MAX).unwrap(),
        // 1,4^59 ≈ 4,2·10⁸: the steepest growth under the horizon's 10⁹ bound, in whole percents.
        indexation_pct: Pct::new(Decimal::from(40)).unwrap(),
        discount_rate_pct: Pct::new(Decimal::ZERO).unwrap(),
        ..Parameters::default()
    };
    // Steeper growth (2^59 ≈ 5,8·10¹⁷) is refused with a message, never an overflow.
    let steep = Parameters {
        indexation_pct: Pct::new(Decimal::from(100)).unwrap(),
        ..p.clone()
    };
    assert_eq!(
        Evaluation::of(&steep).unwrap_err(),
        kostenbaten::model::ModelError::GrowthTooLarge
    );
    for rule in [LksRule::FullyLoaded, LksRule::Statutory] {
        let q = Parameters {
            lks_rule: rule,
            ..p.clone()
        };
        let e = Evaluation::of(&q).expect("computes");
        assert_eq!(e.multi_year.years.len(), 60);
        let path = kostenbaten::model::analysis::RevolvingPath {
            rise_points_per_year: Decimal::ONE,
            independent_at_pct: Decimal::from(100),
        };
        kostenbaten::model::analysis::lock_in_vs_revolving(&q, &q, path).expect("computes");
    }
}
