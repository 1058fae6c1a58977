//! The municipality's break-even in the Monte Carlo: the fast path equals the exact engine, and
//! its distribution follows a range by hand.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal_macros::dec;

use super::*;
use crate::registry::ParamKey;
use crate::{BenefitSaved, Money, MunicipalityBreakEven, Pct};

/// `lks-2018.ron` at 60 % wage value with `coaching` a year.
fn lks_2018(coaching: rust_decimal::Decimal) -> Parameters {
    let mut p = super::builtin("lks-2018.ron")[0].parameters.clone();
    p.wage_value_pct = Pct::new(dec!(60)).unwrap();
    p.coaching = Money::new(coaching).unwrap();
    p
}

#[test]
fn the_fast_municipality_break_even_equals_the_engine() {
    let mut cases: Vec<(String, Parameters)> = builtin_scenarios()
        .into_iter()
        .map(|(name, s)| (name, s.parameters))
        .collect();
    for coaching in [dec!(0), dec!(2000), dec!(15600)] {
        cases.push((format!("lks-2018, coaching {coaching}"), lks_2018(coaching)));
    }
    let mut rich = lks_2018(dec!(2000));
    rich.benefit_saved = BenefitSaved::Amount(Money::new(dec!(30000)).unwrap());
    cases.push(("benefit 30.000".into(), rich));
    let mut kinds = [false; 3];
    for (name, params) in cases {
        let Ok(e) = Evaluation::of(&params) else {
            continue;
        };
        let fast = FastModel::new(&params, &Uncertainty::default()).unwrap();
        let got = fast.evaluate(&fast.base).break_even_municipality_pct;
        match e.break_even_municipality {
            MunicipalityBreakEven::At(pct) => {
                kinds[0] = true;
                let pct = pct.to_f64().unwrap();
                assert!((got - pct).abs() < 1e-9, "{name}: fast {got} exact {pct}");
            }
            MunicipalityBreakEven::GainsAtEveryWageValue => {
                kinds[1] = true;
                assert_eq!(got, 0.0, "{name}");
            }
            MunicipalityBreakEven::LosesAtEveryWageValue => {
                kinds[2] = true;
                assert!(got.is_nan(), "{name}: {got}");
            }
        }
    }
    assert_eq!(kinds, [true; 3], "every kind of answer compared");
}

#[test]
fn the_municipality_break_even_distribution_follows_the_coaching_range() {
    // Coaching triangular € 0 – € 2.000 – € 4.000 (symmetric: median € 2.000). The break-even
    // LW = 1 − (11.905,44 − coaching) / 25.256,8368 rises with the coaching, so its median is the
    // break-even at € 2.000: 1 − 9.905,44 / 25.256,8368 = 60,781 % (tests/engine/break_even.rs
    // works it out). At € 0 it is 1 − 11.905,44 / 25.256,8368 = 52,863 %, at € 4.000
    // 1 − 7.905,44 / 25.256,8368 = 68,700 % (below the cap's 30 %), so every sample has one, and
    // the scenario's 60 % reaches it when the coaching is below
    // 11.905,44 − 0,40 × 25.256,8368 = 1.802,71: for a triangular 0–2.000–4.000 that is
    // (1.802,71 / 2.000)² / 2 = 40,6 % of the samples.
    let params = lks_2018(dec!(2000));
    let mut u = Uncertainty::default();
    u.set(
        ParamKey::Coaching,
        Some(Distribution::Triangular {
            min: dec!(0),
            mode: dec!(2000),
            max: dec!(4000),
        }),
    )
    .unwrap();
    let options = Options {
        samples: 20_000,
        seed: 11,
        threads: 2,
        extras: ExtrasKind::All,
    };
    let result = simulate(&params, &u, &options, &Control::default()).unwrap();
    let be = result.extras.unwrap().break_even_municipality;
    assert_eq!(be.share_defined, 1.0);
    assert!((be.percentiles.p50 - 60.781).abs() < 0.1, "{be:?}");
    assert!(
        be.percentiles.p5 > 52.86 && be.percentiles.p95 < 68.71,
        "{be:?}"
    );
    assert!((be.share_wage_value_above - 0.406).abs() < 0.02, "{be:?}");
}
