//! Net present value against closed-form annuities.

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
        .map(|y| y.net[Actor::MunicipalityBuig as usize])
        .sum();
    // Nominal sum: net × (1,02^30 − 1) / 0,02.
    let growth: f64 = (1.02f64.powi(30) - 1.0) / 0.02;
    let expected = f64::try_from(net).unwrap() * growth;
    assert!((f64::try_from(nominal_total).unwrap() - expected).abs() < 1e-6);
}
