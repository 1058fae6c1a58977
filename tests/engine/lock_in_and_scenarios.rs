//! Lock-in against revolving credit on a hand-computed 3-year case, and scenario operations that
//! keep model files valid.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use kostenbaten::file::{builtin, parse_model, to_ron};
use kostenbaten::model::analysis::{RevolvingPath, lock_in_vs_revolving};
use kostenbaten::model::{Actor, Money, Pct, ScenarioError, Years};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[test]
fn three_years_of_lock_in_against_revolving_credit() {
    let model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    let mut sheltered = model.scenarios[0].parameters.clone();
    sheltered.years = Years::new(3).unwrap();
    sheltered.discount_rate_pct = Pct::new(Decimal::ZERO).unwrap();
    let mut revolving = sheltered.clone();
    revolving.workplace = Money::new(Decimal::ZERO).unwrap();
    // Wage value 40% → 70% → 100%; independent (no LKS, no coaching) from 100%.
    let path = RevolvingPath {
        rise_points_per_year: dec!(30),
        independent_at_pct: dec!(100),
    };
    let c = lock_in_vs_revolving(&sheltered, &revolving, path).unwrap();
    let buig = Actor::MunicipalityBuig;
    let p_budget = Actor::MunicipalityParticipation;
    let employer = Actor::Employer;
    // By hand, wage cost € 22.800: LKS 60% = 13.680, 30% = 6.840, then none.
    let revolving_buig: Vec<Decimal> = c.years.iter().map(|y| y.revolving[buig]).collect();
    assert_eq!(revolving_buig, vec![dec!(-13680), dec!(-6840), dec!(0)]);
    let sheltered_buig: Vec<Decimal> = c.years.iter().map(|y| y.sheltered[buig]).collect();
    assert_eq!(sheltered_buig, vec![dec!(-13680); 3]);
    // Coaching € 8.500 in years 1 and 2 only.
    let revolving_p: Vec<Decimal> = c.years.iter().map(|y| y.revolving[p_budget]).collect();
    assert_eq!(revolving_p, vec![dec!(-8500), dec!(-8500), dec!(0)]);
    // Employer: −22.800 wage cost + LKS + wage value + coaching fee − the coaching it delivers.
    // Year 1: −22.800 + 13.680 + 9.120 (40%) + 8.500 − 8.500 = 0; year 2: −22.800 + 6.840 +
    // 15.960 (70%) + 8.500 − 8.500 = 0; year 3: −22.800 + 0 + 22.800 (100%) = 0. The coaching
    // fee is no windfall: it pays for the coach's time.
    let revolving_employer: Vec<Decimal> = c.years.iter().map(|y| y.revolving[employer]).collect();
    assert_eq!(revolving_employer, vec![dec!(0), dec!(0), dec!(0)]);
    assert_eq!(
        c.years
            .iter()
            .map(|y| y.revolving_supported)
            .collect::<Vec<_>>(),
        vec![true, true, false]
    );
    // Without discounting the NPV is the plain sum.
    assert_eq!(c.npv_sheltered[buig], dec!(-41040));
    assert_eq!(c.npv_revolving[buig], dec!(-20520));
    assert_eq!(c.npv_revolving[p_budget], dec!(-17000));
    assert_eq!(c.npv_sheltered[p_budget], dec!(-25500));
}

#[test]
fn revolving_npv_discounts_each_year() {
    let model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    let mut sheltered = model.scenarios[0].parameters.clone();
    sheltered.years = Years::new(3).unwrap();
    sheltered.discount_rate_pct = Pct::new(dec!(2.25)).unwrap();
    let path = RevolvingPath {
        rise_points_per_year: dec!(30),
        independent_at_pct: dec!(100),
    };
    let c = lock_in_vs_revolving(&sheltered, &sheltered.clone(), path).unwrap();
    let expected = -13680.0 / 1.0225 - 6840.0 / 1.0225f64.powi(2);
    let got: f64 = c.npv_revolving[Actor::MunicipalityBuig].try_into().unwrap();
    assert!((got - expected).abs() < 1e-9, "{got} vs {expected}");
}

#[test]
fn scenario_operations_keep_the_file_valid_and_round_trip() {
    let mut model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    let copy = model.duplicate_scenario(0).unwrap();
    assert_eq!(copy, 1);
    assert_eq!(model.scenarios[1].name, "Beschutte werkplek 40% WML (2)");
    assert_eq!(model.scenarios[1].parameters, model.scenarios[0].parameters);
    let again = model.duplicate_scenario(0).unwrap();
    assert_eq!(
        model.scenarios[again].name,
        "Beschutte werkplek 40% WML (3)"
    );

    assert_eq!(
        model.rename_scenario(1, "Beschutte werkplek 40% WML"),
        Err(ScenarioError::BadName("Beschutte werkplek 40% WML".into()))
    );
    assert!(model.rename_scenario(1, "   ").is_err());
    model.rename_scenario(1, "Variant B").unwrap();
    model.move_scenario(1, 0).unwrap();
    assert_eq!(model.scenarios[0].name, "Variant B");
    assert!(model.move_scenario(0, 9).is_err());
    model.delete_scenario(2).unwrap();
    assert_eq!(model.scenarios.len(), 2);

    let text = to_ron(&model).unwrap();
    let reloaded = parse_model(text.as_bytes(), Path::new("ops.ron")).unwrap();
    assert_eq!(reloaded, model);

    model.delete_scenario(0).unwrap();
    assert_eq!(model.delete_scenario(0), Err(ScenarioError::LastScenario));
    assert!(parse_model(to_ron(&model).unwrap().as_bytes(), Path::new("ops.ron")).is_ok());
}
