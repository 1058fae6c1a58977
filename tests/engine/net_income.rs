//! Net wage, the top-up (aanvullende bijstand), BUIG's saving on a net or gross basis, and a July
//! start: hand-worked cases from the published 2025 figures.
//!
//! Sources. Minimum wage 1-1-2025 € 2.191,80 (36-hour reference month; SZW besluit 9-10-2024) and
//! 1-7-2025 € 2.245,80 (Stcrt. 2025, 12264). Norms art. 21 Participatiewet incl. holiday allowance
//! 1-1-2025: single € 1.345,45, married/cohabiting € 1.922,07 (gemeentewestland.nl normenoverzicht);
//! 1-7-2025: € 1.369,06 and € 1.955,80 (metronieuws.nl, June 2025). Wage tax 2025 below state
//! pension age: first bracket 35,82% up to 38.441; general credit 3.068, phased out above 28.406;
//! labour credit 8,053% up to 12.169, then 980 + 30,030% up to 26.288 (krolwezenberg.nl,
//! brink-hoek.nl, belastbaar.com). The top-up: earnings count against the norm (art. 31–32
//! Participatiewet), the municipality pays the rest.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::model::{
    Actor, BenefitSaved, BuigBasis, Evaluation, Hours, LksRule, LksShare, Month, Parameters, Pct,
    Year,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn part_time_2025(benefit: BenefitSaved) -> Parameters {
    Parameters {
        year: Year::new(2025).unwrap(),
        lks_rule: LksRule::Statutory,
        wage_value_pct: Pct::new(dec!(40)).unwrap(),
        lks_pct: LksShare::FollowsWageValue,
        hours_per_week: Hours::new(dec!(18)).unwrap(),
        full_time_hours: Hours::new(dec!(36)).unwrap(),
        benefit_saved: benefit,
        ..Parameters::default()
    }
}

/// Gross 18 hours of 36: 2.191,80 × 12 × 1,08 × 18/36 = 14.202,864.
const GROSS: Decimal = dec!(14202.864);
/// Tax: 35,82% × 14.202,864 = 5.087,4658848, less the general credit 3.068 and the labour credit
/// 980 + 30,030% × (14.202,864 − 12.169) = 1.590,7693592: 428,6965256. Net: 13.774,1674744.
const NET: Decimal = dec!(13774.1674744);

#[test]
fn a_part_time_single_keeps_a_top_up_and_gains_nothing() {
    let e = Evaluation::of(&part_time_2025(BenefitSaved::Single)).unwrap();
    assert_eq!(e.inputs.gross_wage, GROSS);
    assert_eq!(e.inputs.wage_tax, dec!(428.6965256));
    assert_eq!(e.inputs.net_wage, NET);
    // Norm 1.345,45 × 12 = 16.145,40; top-up 16.145,40 − 13.774,1674744 = 2.371,2325256.
    assert_eq!(e.inputs.benefit_before, dec!(16145.40));
    assert_eq!(e.inputs.top_up, dec!(2371.2325256));
    // The municipality saves the norm minus the top-up: the net wage, 13.774,1674744 …
    assert_eq!(e.inputs.benefit_saved, NET);
    // … and the worker, paid the wage and the top-up instead of the norm, gains nothing: net
    // wage + top-up − norm = 0 (the poverty trap the Cedris/SBCM MKBA counts a partial saving for).
    let worker = e.actors.row(Actor::Worker).net();
    assert_eq!(worker, Decimal::ZERO);
    // The wage tax goes to Rijk en fondsen with the employer charges.
    let charges = e.inputs.loaded_wage_cost - GROSS;
    assert_eq!(
        e.actors.row(Actor::NationalGovernment).net(),
        charges + dec!(428.6965256)
    );
}

#[test]
fn a_part_time_couple_keeps_a_larger_top_up() {
    let e = Evaluation::of(&part_time_2025(BenefitSaved::Couple)).unwrap();
    // Norm 1.922,07 × 12 = 23.064,84; top-up 23.064,84 − 13.774,1674744 = 9.290,6725256.
    assert_eq!(e.inputs.benefit_before, dec!(23064.84));
    assert_eq!(e.inputs.top_up, dec!(9290.6725256));
    assert_eq!(e.inputs.benefit_saved, NET);
    assert_eq!(e.actors.row(Actor::Worker).net(), Decimal::ZERO);
}

#[test]
fn full_time_work_ends_the_benefit_and_the_worker_gains() {
    let mut p = part_time_2025(BenefitSaved::Single);
    p.hours_per_week = Hours::new(dec!(36)).unwrap();
    let e = Evaluation::of(&p).unwrap();
    // Gross 2.191,80 × 12 × 1,08 = 28.405,728, just below the general credit's phase-out
    // (28.406): the full 3.068. Labour credit on its third step: 5.220 + 2,258% × (28.405,728 −
    // 26.288) = 5.267,81829824. Tax: 35,82% × 28.405,728 = 10.174,9317696 − 3.068 − 5.267,81829824.
    let gross = dec!(28405.728);
    assert_eq!(e.inputs.gross_wage, gross);
    let tax = dec!(10174.9317696) - dec!(3068) - dec!(5267.81829824);
    assert_eq!(e.inputs.wage_tax, tax);
    assert_eq!(e.inputs.top_up, Decimal::ZERO);
    assert_eq!(e.inputs.benefit_saved, dec!(16145.40));
    // Worker: net wage − the norm lost.
    assert_eq!(
        e.actors.row(Actor::Worker).net(),
        gross - tax - dec!(16145.40)
    );
}

#[test]
fn on_the_gross_basis_buig_also_saves_the_tax_it_withheld() {
    let mut p = part_time_2025(BenefitSaved::Single);
    p.buig_basis = BuigBasis::Gross;
    let e = Evaluation::of(&p).unwrap();
    // Gross norm g: g − (35,82% × g − 3.068) = 16.145,40 → g = 13.077,40 / 0,6418.
    let gross_norm = (dec!(16145.40) - dec!(3068)) / dec!(0.6418);
    // Gross top-up at the first bracket's rate: 2.371,2325256 / 0,6418.
    let gross_top_up = dec!(2371.2325256) / dec!(0.6418);
    let saved = gross_norm - gross_top_up;
    assert!(
        (e.inputs.benefit_saved - saved).abs() < dec!(0.000001),
        "{} vs {saved}",
        e.inputs.benefit_saved
    );
    // The worker still loses only the net; the tax part is a transfer Rijk → BUIG, so society's
    // net does not change with the basis.
    assert_eq!(e.inputs.benefit_stopped, NET);
    let net_basis = Evaluation::of(&part_time_2025(BenefitSaved::Single)).unwrap();
    assert_eq!(e.actors.society_net(), net_basis.actors.society_net());
    let buig_gain = e.actors.row(Actor::MunicipalityBuig).net()
        - net_basis.actors.row(Actor::MunicipalityBuig).net();
    assert!((buig_gain - (saved - NET)).abs() < dec!(0.000001));
}

#[test]
fn a_july_start_uses_the_figures_of_1_july() {
    let mut p = part_time_2025(BenefitSaved::Single);
    p.hours_per_week = Hours::new(dec!(36)).unwrap();
    p.month = Month::new(7).unwrap();
    let e = Evaluation::of(&p).unwrap();
    // WML 1-7-2025 € 2.245,80: gross 2.245,80 × 12 × 1,08 = 29.105,568; LKS 60% of it plus 23,5%.
    assert_eq!(e.inputs.minimum_wage_month, dec!(2245.80));
    assert_eq!(e.inputs.gross_wage, dec!(29105.568));
    assert_eq!(
        e.inputs.wage_subsidy(),
        dec!(0.6) * dec!(29105.568) * dec!(1.235)
    );
    // The norm of 1-7-2025: 1.369,06 × 12 = 16.428,72, ended by full-time work.
    assert_eq!(e.inputs.benefit_before, dec!(16428.72));
    // A June start still uses 1 January.
    p.month = Month::new(6).unwrap();
    let june = Evaluation::of(&p).unwrap();
    assert_eq!(june.inputs.minimum_wage_month, dec!(2191.80));
}

#[test]
fn the_month_is_saved_only_when_it_is_not_january() {
    let mut p = part_time_2025(BenefitSaved::Single);
    let text = ron::to_string(&p).unwrap();
    assert!(!text.contains("month"), "{text}");
    assert!(!text.contains("buig_basis"), "{text}");
    p.month = Month::new(7).unwrap();
    p.buig_basis = BuigBasis::Gross;
    let text = ron::to_string(&p).unwrap();
    let back: Parameters = ron::from_str(&text).unwrap();
    assert_eq!(back, p);
}
