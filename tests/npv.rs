//! Net present value against closed-form annuities.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::model::{Actor, Evaluation, Pct, Years};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[test]
fn constant_flows_discount_as_an_annuity() {
    let model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    p.years = Years::new(30).unwrap();
    p.discount_rate_pct = Pct::new(dec!(2.25)).unwrap();
    let e = Evaluation::of(&p).unwrap();
    // Annuity factor (1 − (1 + r)^−T) / r, computed in f64 independently of the engine.
    let r: f64 = 0.0225;
    let annuity = (1.0 - (1.0 + r).powi(-30)) / r;
    for a in Actor::ALL {
        let net: f64 = e.actors.row(a).net().try_into().unwrap();
        let npv: f64 = e.multi_year.npv_of(a).try_into().unwrap();
        assert!(
            (npv - net * annuity).abs() < 1e-6,
            "{a:?}: {npv} vs {}",
            net * annuity
        );
    }
}

#[test]
fn indexed_flows_match_the_growing_annuity() {
    let model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    p.years = Years::new(30).unwrap();
    p.indexation_pct = Pct::new(dec!(2)).unwrap();
    p.discount_rate_pct = Pct::new(dec!(2.25)).unwrap();
    let e = Evaluation::of(&p).unwrap();
    // Σ_{t=1..30} 1,02^(t−1) / 1,0225^t = 28,32304 (bench-peers/README.md, computed independently).
    let factor = dec!(28.32304);
    let net = e.actors.row(Actor::MunicipalityBuig).net();
    let npv = e.multi_year.npv_of(Actor::MunicipalityBuig);
    assert!(
        (npv - net * factor).abs() < dec!(0.1),
        "{npv} vs {}",
        net * factor
    );
    let nominal_total: Decimal = e
        .multi_year
        .years
        .iter()
        .map(|y| y.net[Actor::MunicipalityBuig])
        .sum();
    // Nominal sum: net × (1,02^30 − 1) / 0,02.
    let growth: f64 = (1.02f64.powi(30) - 1.0) / 0.02;
    let expected = f64::try_from(net).unwrap() * growth;
    assert!((f64::try_from(nominal_total).unwrap() - expected).abs() < 1e-6);
}

fn lks_2018(years: u32) -> kostenbaten::model::Parameters {
    let model = builtin("lks-2018.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    p.years = Years::new(years).unwrap();
    p.discount_rate_pct = Pct::new(Decimal::ZERO).unwrap();
    p
}

#[test]
fn the_year_table_applies_to_the_years_it_covers() {
    let e = Evaluation::of(&lks_2018(3)).unwrap();
    let buig = |t: usize| e.multi_year.years[t].net[Actor::MunicipalityBuig];
    // BUIG each year: benefit saved − LKS at 50% wage value, by hand from the table:
    // 2018: 992,12 × 12 − 0,5 × 1.578,00 × 12 × 1,08 × 1,235
    let lks = |wml: Decimal| dec!(0.5) * wml * dec!(12) * dec!(1.08) * dec!(1.235);
    assert_eq!(buig(0), dec!(992.12) * dec!(12) - lks(dec!(1578.00)));
    // 2019: the 2019 minimum wage and norm (1.022,98).
    assert_eq!(buig(1), dec!(1022.98) * dec!(12) - lks(dec!(1615.80)));
    assert!(!e.multi_year.years[1].projected);
    // 2020: the table has the minimum wage but no norm: the 2019 norm, indexed at 0%, marked.
    assert_eq!(buig(2), dec!(1022.98) * dec!(12) - lks(dec!(1653.60)));
    assert!(e.multi_year.years[2].projected);
    assert_eq!(e.multi_year.years[2].calendar_year, 2020);
    let sum: Decimal = (0..3).map(buig).sum();
    assert_eq!(e.multi_year.npv_of(Actor::MunicipalityBuig), sum);
}

#[test]
fn beyond_the_table_the_minimum_wage_grows_with_indexation() {
    let model = builtin("beschut-werk-2026.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    p.years = Years::new(3).unwrap();
    p.indexation_pct = Pct::new(dec!(2)).unwrap();
    p.discount_rate_pct = Pct::new(Decimal::ZERO).unwrap();
    let e = Evaluation::of(&p).unwrap();
    // BUIG = benefit (an amount, indexed) − LKS (60% of the indexed 2026 minimum wage, 36 hours).
    let lks = |wml: Decimal| dec!(0.6) * wml * dec!(12) * dec!(1.08) * dec!(1.235);
    for (t, factor) in [dec!(1), dec!(1.02), dec!(1.0404)].into_iter().enumerate() {
        let expected = dec!(16145.40) * factor - lks(dec!(2294.40) * factor);
        let got = e.multi_year.years[t].net[Actor::MunicipalityBuig];
        assert!(
            (got - expected).abs() < dec!(0.000001),
            "year {}: {got} vs {expected}",
            t + 1
        );
        assert_eq!(e.multi_year.years[t].projected, t > 0);
    }
}
