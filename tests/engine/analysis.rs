//! Goal seek against closed forms, tornado ordering by construction, scenario comparison.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::model::analysis::{
    OutputKey, ParamKey, Solution, Variation, compare, goal_seek, tornado,
};
use kostenbaten::model::{Actor, Evaluation, Parameters};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn slides() -> Parameters {
    builtin("beschut-werk-2014.ron").unwrap().unwrap().scenarios[0]
        .parameters
        .clone()
}

fn lks_2018() -> Parameters {
    builtin("lks-2018.ron").unwrap().unwrap().scenarios[0]
        .parameters
        .clone()
}

#[test]
fn wage_value_at_which_the_slides_sheet_breaks_even() {
    // Net = LW × 22.800 − 10.000 (LKS and coaching cancel), so LW = 10.000 / 22.800.
    let solved = goal_seek(
        &slides(),
        OutputKey::Net,
        ParamKey::WageValuePct,
        Decimal::ZERO,
    )
    .unwrap();
    let expected = dec!(10000) / dec!(22800) * dec!(100);
    assert!(
        (solved.value().unwrap() - expected).abs() < dec!(0.000000001),
        "{solved:?}"
    );
}

#[test]
fn workplace_costs_at_which_the_net_reaches_a_target() {
    // Net = 9.120 − workplace; for a net of +500 workplace costs are 8.620.
    let solved = goal_seek(&slides(), OutputKey::Net, ParamKey::Workplace, dec!(500)).unwrap();
    assert!(
        (solved.value().unwrap() - dec!(8620)).abs() < dec!(0.000001),
        "{solved:?}"
    );
}

#[test]
fn goal_seek_on_buig_equals_the_break_even_closed_form() {
    let p = lks_2018();
    let solved = goal_seek(
        &p,
        OutputKey::ActorNet(Actor::MunicipalityBuig),
        ParamKey::WageValuePct,
        Decimal::ZERO,
    )
    .unwrap()
    .value()
    .unwrap();
    let closed = (Decimal::ONE
        - dec!(992.12) * dec!(12) / (dec!(1578.00) * dec!(12) * dec!(1.08) * dec!(1.235)))
        * dec!(100);
    assert!(
        (solved - closed).abs() < dec!(0.000001),
        "{solved} vs {closed}"
    );
}

#[test]
fn none_in_range_is_said_plainly() {
    // Coaching stands on both sides of the sheet: the net never reaches zero by coaching.
    let solved = goal_seek(&slides(), OutputKey::Net, ParamKey::Coaching, Decimal::ZERO).unwrap();
    assert_eq!(solved, Solution::NoneInRange);
}

#[test]
fn a_nonlinear_solve_really_gives_the_target() {
    // The BUIG budget's NPV over 30 years against the discount rate is not linear.
    let mut p = slides();
    p.benefit_saved = kostenbaten::model::BenefitSaved::Amount(
        kostenbaten::model::Money::new(dec!(12000)).unwrap(),
    );
    let target = dec!(-40000);
    let output = OutputKey::ActorNpv(Actor::MunicipalityBuig);
    let solved = goal_seek(&p, output, ParamKey::DiscountRatePct, target)
        .unwrap()
        .value()
        .unwrap();
    ParamKey::DiscountRatePct.set(&mut p, solved);
    let reached = output.value(&Evaluation::of(&p).unwrap());
    assert!(
        (reached - target).abs() < dec!(0.01),
        "{reached} at {solved}%"
    );
}

#[test]
fn tornado_orders_by_swing_as_constructed() {
    // Net = LW × wage cost × hours / full-time hours − workplace, with LKS and coaching on both
    // sides. At ±20% of the slides' values (by hand):
    // - workplace 8.000–12.000: swing 4.000;
    // - full-time hours 30,4–45,6 (contract 38): 9.120 × (38/30,4 − 38/45,6) = 9.120 × 5/12 = 3.800;
    // - wage value 32–48%, contract hours 30,4–45,6 and wage cost 18.240–27.360 each move the
    //   wage value by ±20% of 9.120: swing 3.648, equal, so they keep the panel's order;
    // - coaching, LKS and the rest swing nothing.
    let (base, bars) = tornado(
        &slides(),
        OutputKey::Net,
        Variation::Percent(dec!(20)),
        &ParamKey::analysable(),
    )
    .unwrap();
    assert_eq!(base, dec!(-880));
    let order: Vec<ParamKey> = bars.iter().take(5).map(|b| b.param).collect();
    assert_eq!(
        order,
        vec![
            ParamKey::Workplace,
            ParamKey::FullTimeHours,
            ParamKey::WageValuePct,
            ParamKey::HoursPerWeek,
            ParamKey::FullyLoadedWageCost
        ]
    );
    assert_eq!(bars[0].swing(), dec!(4000));
    assert!(
        (bars[1].swing() - dec!(3800)).abs() < dec!(0.000001),
        "{}",
        bars[1].swing()
    );
    for bar in &bars[2..5] {
        assert_eq!(bar.swing(), dec!(3648), "{:?}", bar.param);
    }
    for bar in &bars[5..] {
        assert_eq!(bar.swing(), Decimal::ZERO, "{:?}", bar.param);
    }
}

#[test]
fn compare_summarises_every_scenario() {
    let model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    let mut scenarios = model.scenarios.clone();
    let mut other = scenarios[0].clone();
    other.name = "Zonder werkplekkosten".into();
    other.parameters.workplace = kostenbaten::model::Money::new(Decimal::ZERO).unwrap();
    scenarios.push(other);
    let summaries = compare(&scenarios).unwrap();
    assert_eq!(summaries.len(), 2);
    assert_eq!(summaries[0].net, dec!(-880));
    assert_eq!(summaries[1].net, dec!(9120));
    // Without workplace costs the employer gains 10.000 a year; over 30 years at 2,25%:
    // 10.000 × (1 − 1,0225^−30) / 0,0225.
    let annuity = (1.0 - 1.0225f64.powi(-30)) / 0.0225;
    let gain: f64 = (summaries[1].npv[Actor::Employer] - summaries[0].npv[Actor::Employer])
        .try_into()
        .unwrap();
    assert!((gain - 10_000.0 * annuity).abs() < 1e-6, "{gain}");
}

#[test]
fn keys_round_trip() {
    for p in ParamKey::ALL {
        assert_eq!(ParamKey::from_key(p.key()), Some(p));
    }
    for o in OutputKey::all() {
        assert_eq!(OutputKey::from_key(&o.key()), Some(o));
    }
    assert_eq!(OutputKey::from_key("net:nobody"), None);
}

#[test]
fn the_slides_delivery_variants_side_by_side() {
    let model = builtin("varianten-beschut-werk.ron").unwrap().unwrap();
    assert_eq!(model.scenarios.len(), 3);
    let summaries = compare(&model.scenarios).unwrap();
    // SW company: the slides' sheet, −880 per place per year.
    assert_eq!(summaries[0].net, dec!(-880));
    // Regular employers above 40%: wage value 50% × 22.800 − 10.000 workplace costs.
    assert_eq!(summaries[1].net, dec!(0.5) * dec!(22800) - dec!(10000));
    // Not offering sheltered work: everything is measured against staying home, so every net is 0
    // and what remains is the societal cost of staying home: 10 clients × 5.960 × 30 years.
    assert!(summaries[2].npv.values().all(|v| v.is_zero()));
    let staying = Evaluation::of(&model.scenarios[2].parameters).unwrap();
    assert_eq!(
        staying.societal_cost_of_staying_home,
        dec!(10) * dec!(5960) * dec!(30)
    );
    // Offering the place avoids that cost for the rest of society: 10 × 5.960 a year, discounted.
    let annuity = (1.0 - 1.0225f64.powi(-30)) / 0.0225;
    let avoided: f64 = summaries[0].npv[Actor::RestOfSociety].try_into().unwrap();
    assert!((avoided - 59_600.0 * annuity).abs() < 1e-6, "{avoided}");
}
