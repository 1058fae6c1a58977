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
fn the_start_year_figures_carry_in_constant_prices() {
    let e = Evaluation::of(&lks_2018(3)).unwrap();
    let buig = |t: usize| e.multi_year.years[t].net[Actor::MunicipalityBuig];
    // Year 1, by hand from the 2018 row: 992,12 × 12 − 0,5 × 1.578,00 × 12 × 1,08 × 1,235.
    let lks = |wml: Decimal| dec!(0.5) * wml * dec!(12) * dec!(1.08) * dec!(1.235);
    let first = dec!(992.12) * dec!(12) - lks(dec!(1578.00));
    // Constant prices at 0% real growth: 2019 and 2020 repeat 2018; the table's nominal 2019 row
    // (1.615,80 and 1.022,98) is another price level and is not used.
    for t in 0..3 {
        assert_eq!(buig(t), first, "year {}", t + 1);
    }
    assert_eq!(e.multi_year.years[2].calendar_year, 2020);
    assert_eq!(
        e.multi_year.npv_of(Actor::MunicipalityBuig),
        first * dec!(3)
    );
}

#[test]
fn a_norm_from_the_table_grows_like_the_same_amount_typed_in() {
    // Issue 9, point 6: the slides' rule kept a table norm flat while a typed amount was indexed.
    let mut by_norm = lks_2018(30);
    by_norm.indexation_pct = Pct::new(dec!(2)).unwrap();
    let mut typed = by_norm.clone();
    // 992,12 × 12 = 11.905,44: the 2018 single norm per year, typed in.
    typed.benefit_saved = kostenbaten::model::BenefitSaved::Amount(
        kostenbaten::model::Money::new(dec!(11905.44)).unwrap(),
    );
    let a = Evaluation::of(&by_norm).unwrap();
    let b = Evaluation::of(&typed).unwrap();
    for t in [0, 1, 29] {
        let (x, y) = (&a.multi_year.years[t], &b.multi_year.years[t]);
        assert_eq!(
            x.net[Actor::MunicipalityBuig],
            y.net[Actor::MunicipalityBuig],
            "year {}",
            t + 1
        );
    }
}

#[test]
fn every_later_year_is_the_first_grown_by_the_real_growth() {
    let model = builtin("beschut-werk-2026.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    p.years = Years::new(3).unwrap();
    p.indexation_pct = Pct::new(dec!(2)).unwrap();
    p.discount_rate_pct = Pct::new(Decimal::ZERO).unwrap();
    let e = Evaluation::of(&p).unwrap();
    for (t, factor) in [dec!(1), dec!(1.02), dec!(1.0404)].into_iter().enumerate() {
        for a in Actor::ALL {
            let expected = e.actors.row(a).net() * factor;
            assert_eq!(
                e.multi_year.years[t].net[a],
                expected,
                "{a:?} year {}",
                t + 1
            );
        }
    }
}
