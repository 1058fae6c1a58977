//! The 2014 slides' sheltered-work sheet, recomputed: every line, both totals and the net.
//!
//! Expected values come from the slides (40% WML, fully loaded wage € 22.800, coaching € 8.500,
//! workplace € 10.000) by hand arithmetic: LKS 60% × 22.800 = 13.680; loonwaarde 40% × 22.800 = 9.120.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::model::{Evaluation, LineKey, ParamKey, Scenario, Side};
use rust_decimal_macros::dec;

fn slides() -> (Scenario, Evaluation) {
    let model = builtin("beschut-werk-2014.ron")
        .expect("shipped")
        .expect("valid");
    let scenario = model.scenarios[0].clone();
    let evaluation = Evaluation::of(&scenario.parameters).expect("computes");
    (scenario, evaluation)
}

#[test]
fn every_line_of_the_slides_sheet() {
    let (_, e) = slides();
    let s = &e.sheet;
    let wage = dec!(22800);
    assert_eq!(
        s.amount(Side::Cost, LineKey::WageSubsidy),
        Some(wage * dec!(0.60))
    );
    assert_eq!(
        s.amount(Side::Cost, LineKey::WageSubsidy),
        Some(dec!(13680))
    );
    assert_eq!(s.amount(Side::Cost, LineKey::Coaching), Some(dec!(8500)));
    assert_eq!(s.amount(Side::Cost, LineKey::Workplace), Some(dec!(10000)));
    assert_eq!(
        s.amount(Side::Cost, LineKey::WorkplaceAdaptation),
        Some(dec!(0))
    );
    assert_eq!(s.amount(Side::Cost, LineKey::Administration), Some(dec!(0)));
    assert_eq!(
        s.amount(Side::Benefit, LineKey::WageSubsidy),
        Some(dec!(13680))
    );
    assert_eq!(s.amount(Side::Benefit, LineKey::Coaching), Some(dec!(8500)));
    assert_eq!(
        s.amount(Side::Benefit, LineKey::WageValue),
        Some(wage * dec!(0.40))
    );
    assert_eq!(
        s.amount(Side::Benefit, LineKey::WageValue),
        Some(dec!(9120))
    );
    assert_eq!(s.lks_pct, dec!(60));
}

#[test]
fn totals_and_the_net_of_minus_880_exactly() {
    let (_, e) = slides();
    assert_eq!(e.sheet.total_cost, dec!(13680) + dec!(8500) + dec!(10000));
    assert_eq!(e.sheet.total_cost, dec!(32180));
    assert_eq!(e.sheet.total_benefit, dec!(31300));
    assert_eq!(e.sheet.net(), dec!(-880));
}

#[test]
fn published_figures_stand_beside_the_computed_ones() {
    let (scenario, e) = slides();
    let reference = scenario
        .reference
        .as_ref()
        .expect("the slides' model carries its figures");
    let rows = e.compare(reference);
    let row = |key: &str| rows.iter().find(|r| r.key == key).expect(key).clone();
    let lks = row("cost.wage_subsidy");
    assert_eq!(
        (lks.computed, lks.published, lks.difference()),
        (dec!(13680), dec!(13700), dec!(-20))
    );
    let total_cost = row("total_cost");
    assert_eq!(
        (total_cost.published, total_cost.difference()),
        (dec!(32200), dec!(-20))
    );
    let total_benefit = row("total_benefit");
    assert_eq!(
        (total_benefit.published, total_benefit.difference()),
        (dec!(31320), dec!(-20))
    );
    let net = row("net");
    assert_eq!(
        (net.computed, net.published, net.difference()),
        (dec!(-880), dec!(-880), dec!(0))
    );
    assert_eq!(row("benefit.wage_value").difference(), dec!(0));
}

#[test]
fn societal_cost_of_staying_home_is_clients_times_amount_times_years() {
    let (scenario, e) = slides();
    let p = &scenario.parameters;
    assert_eq!(p.societal_cost_per_client.get(), dec!(5960));
    assert_eq!(
        e.societal_cost_of_staying_home,
        dec!(5960)
            * rust_decimal::Decimal::from(p.clients.get())
            * rust_decimal::Decimal::from(p.years.get())
    );
    assert!(
        scenario
            .sources
            .contains_key(&ParamKey::SocietalCostPerClient)
    );
}
