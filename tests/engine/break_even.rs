//! The break-even wage values of `lks-2018.ron`: BUIG's (LKS paid = benefit saved) and the
//! municipality's (participation budget and BUIG together).
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::model::analysis::{OutputKey, ParamKey, goal_seek};
use kostenbaten::model::{
    BenefitSaved, BreakEven, Evaluation, LksShare, Money, MunicipalityBreakEven, Pct, Placement,
    Year, YearTable,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[test]
fn break_even_of_lks_2018_equals_the_closed_form() {
    let model = builtin("lks-2018.ron").unwrap().unwrap();
    let p = &model.scenarios[0].parameters;
    let e = Evaluation::of(p).unwrap();
    // Closed form: 1 − B / (WML × 12 × 1,08 × 1,235), B = € 992,12 × 12 (single, 1-1-2018).
    let benefit = dec!(992.12) * dec!(12);
    let wage_cost = dec!(1578.00) * dec!(12) * dec!(1.08) * dec!(1.235);
    let expected = (Decimal::ONE - benefit / wage_cost) * dec!(100);
    let BreakEven::At(got) = e.break_even else {
        panic!("expected a break-even point, got {:?}", e.break_even)
    };
    assert_eq!(got.round_dp(12), expected.round_dp(12));
    // WIL 2018: "Vanaf gemiddeld 50% loonwaarde bespaart het op uitkeringen" — a little above 50%.
    assert!(got > dec!(50) && got < dec!(55), "{got}");
}

#[test]
fn at_the_break_even_wage_value_lks_equals_the_benefit_saved() {
    let model = builtin("lks-2018.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    let pct = Evaluation::of(&p)
        .unwrap()
        .break_even
        .wage_value_pct()
        .unwrap();
    p.wage_value_pct = Pct::new(pct).unwrap();
    let e = Evaluation::of(&p).unwrap();
    assert!((e.inputs.wage_subsidy() - e.inputs.benefit_saved).abs() < dec!(0.000001));
}

#[test]
fn break_even_ignores_a_manual_share_and_reports_none_where_there_is_none() {
    let model = builtin("lks-2018.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    let follows = Evaluation::of(&p).unwrap().break_even;
    p.lks_pct = LksShare::Manual(Pct::new(dec!(10)).unwrap());
    assert_eq!(Evaluation::of(&p).unwrap().break_even, follows);

    p.benefit_saved = BenefitSaved::NoBenefit;
    assert_eq!(
        Evaluation::of(&p).unwrap().break_even,
        BreakEven::NoBenefitSaved
    );
    // A benefit above even the capped subsidy: the municipality saves at every wage value.
    p.benefit_saved = BenefitSaved::Amount(Money::new(dec!(30000)).unwrap());
    assert_eq!(
        Evaluation::of(&p).unwrap().break_even,
        BreakEven::SavesAtEveryWageValue
    );
}

#[test]
fn break_even_for_every_year_with_a_norm_equals_the_closed_form() {
    // For a single worker who had bijstand, LKS paid = benefit saved where
    //   (1 − LW) × WML × 12 × 1,08 × (1 + r) × h = norm × 12,
    // so LW = 1 − norm × 12 / (WML × 12 × 1,08 × (1 + r) × h), with the year's WML, employer-cost
    // rate r and single norm from the year table, and h the hours factor of art. 10d lid 4:
    // before 2024 min(hours, sector week) / sector week, from 2024 min(hours, sector week) / 36.
    let model = builtin("lks-2018.ron").unwrap().unwrap();
    let base = model.scenarios[0].parameters.clone();
    let (hours, week) = (base.hours_per_week.get(), base.full_time_hours.get());
    let table = YearTable::builtin();
    let mut years = Vec::new();
    for row in &table.rows {
        let (Some(norm), Some(rate)) = (row.benefit_single_month, row.employer_cost_rate_pct)
        else {
            continue;
        };
        let mut p = base.clone();
        p.year = Year::new(row.year).unwrap();
        p.benefit_saved = BenefitSaved::Single;
        let h = if row.year >= 2024 {
            hours.min(week) / dec!(36)
        } else {
            hours.min(week) / week
        };
        let wage_cost =
            row.minimum_wage_month * dec!(12) * dec!(1.08) * (Decimal::ONE + rate / dec!(100)) * h;
        let expected = (Decimal::ONE - norm * dec!(12) / wage_cost) * dec!(100);
        assert!(
            expected >= dec!(30),
            "{}: the 70 % cap would bind",
            row.year
        );
        let BreakEven::At(got) = Evaluation::of(&p).unwrap().break_even else {
            panic!("{}: no break-even point", row.year)
        };
        assert_eq!(got.round_dp(10), expected.round_dp(10), "{}", row.year);
        years.push(row.year);
    }
    // Every year whose single norm the table knows (2015-2018, 2024, 2025 today).
    assert!(years.len() >= 6, "{years:?}");
}

/// `lks-2018.ron` at 60 % wage value with a jobcoach of € 15.600 a year (issue 19): the BUIG
/// break-even still says 52,9 % while the municipality loses € 13.797.
fn lks_2018_at_60_with_coaching(coaching: Decimal) -> kostenbaten::model::Parameters {
    let model = builtin("lks-2018.ron").unwrap().unwrap();
    let mut p = model.scenarios[0].parameters.clone();
    p.wage_value_pct = Pct::new(dec!(60)).unwrap();
    p.coaching = Money::new(coaching).unwrap();
    p
}

#[test]
fn the_buig_break_even_leaves_out_coaching_and_the_municipality_break_even_does_not() {
    // By hand, 2018 (year table: WML € 1.578,00 a month, single norm € 992,12 a month, 23,5 %
    // employer costs), full time:
    //   K = 1.578,00 × 12 × 1,08 × 1,235 = 25.256,8368 (wage cost the LKS is a share of)
    //   B = 992,12 × 12 = 11.905,44 (benefit saved; the full-time net wage is above the norm,
    //       so no top-up)
    //   BUIG break-even: 1 − B / K = 1 − 0,471375 = 52,8625 % → "52,9 %"
    //   at 60 %: LKS = 0,40 × K = 10.102,73472
    //   municipality: B − LKS − coaching = 11.905,44 − 10.102,73472 − 15.600 = −13.797,29472
    //   without the LKS: B − coaching = −3.694,56 < 0, so even at 100 % (no LKS) it loses:
    //   no municipality break-even in range.
    let e = Evaluation::of(&lks_2018_at_60_with_coaching(dec!(15600))).unwrap();
    let BreakEven::At(buig) = e.break_even else {
        panic!("expected a BUIG break-even, got {:?}", e.break_even)
    };
    assert_eq!(buig.round_dp(1), dec!(52.9));
    assert_eq!(
        e.actors.municipality_net().round_dp(2),
        dec!(-13797.29),
        "the municipality's net at 60 %"
    );
    assert_eq!(
        e.break_even_municipality,
        MunicipalityBreakEven::LosesAtEveryWageValue
    );
    assert_eq!(e.break_even_municipality.wage_value_pct(), None);
}

#[test]
fn the_municipality_break_even_with_a_smaller_coach_by_hand_and_by_the_engine() {
    // Coaching € 2.000: without the LKS the municipality nets C = 11.905,44 − 2.000 = 9.905,44.
    // C − (1 − LW) × K = 0 → LW = 1 − 9.905,44 / 25.256,8368 = 1 − 0,3921886 = 60,78115 %
    // (below the 70 % cap: 1 − LW = 39,2 %). At 60 % it still loses
    // 9.905,44 − 10.102,73472 = −197,29472.
    let p = lks_2018_at_60_with_coaching(dec!(2000));
    let e = Evaluation::of(&p).unwrap();
    assert_eq!(e.actors.municipality_net().round_dp(5), dec!(-197.29472));
    let MunicipalityBreakEven::At(at) = e.break_even_municipality else {
        panic!("expected a break-even, got {:?}", e.break_even_municipality)
    };
    assert_eq!(at.round_dp(5), dec!(60.78115));
    // Goal seek on the exact engine (no closed form) finds the same wage value.
    let sought = goal_seek(
        &p,
        OutputKey::MunicipalityNet,
        ParamKey::WageValuePct,
        dec!(0),
    )
    .unwrap()
    .value()
    .unwrap();
    assert!((sought - at).abs() < dec!(0.000001), "{sought} {at}");
    // The engine at that wage value: the municipality's net is zero (to a millionth of a euro).
    let mut there = p.clone();
    there.wage_value_pct = Pct::new(at).unwrap();
    let net = Evaluation::of(&there).unwrap().actors.municipality_net();
    assert!(net.abs() < dec!(0.000001), "{net}");
}

#[test]
fn the_municipality_break_even_follows_the_wage_value_not_a_manual_share_and_says_when_none() {
    let mut p = lks_2018_at_60_with_coaching(dec!(2000));
    let follows = Evaluation::of(&p).unwrap().break_even_municipality;
    p.lks_pct = LksShare::Manual(Pct::new(dec!(10)).unwrap());
    assert_eq!(Evaluation::of(&p).unwrap().break_even_municipality, follows);
    // A benefit of € 30.000 a year minus € 2.000 coaching exceeds even the capped LKS
    // (0,70 × 25.256,84 = 17.679,79): the municipality gains at every wage value.
    p.benefit_saved = BenefitSaved::Amount(Money::new(dec!(30000)).unwrap());
    assert_eq!(
        Evaluation::of(&p).unwrap().break_even_municipality,
        MunicipalityBreakEven::GainsAtEveryWageValue
    );
    // No benefit saved and € 2.000 coaching: it loses at every wage value.
    p.benefit_saved = BenefitSaved::NoBenefit;
    assert_eq!(
        Evaluation::of(&p).unwrap().break_even_municipality,
        MunicipalityBreakEven::LosesAtEveryWageValue
    );
    // A client who stays home works no hours: no wage cost, no LKS, a municipality's net of 0 at
    // every wage value, so it loses at none.
    p.placement = Placement::StaysHome;
    let e = Evaluation::of(&p).unwrap();
    assert_eq!(e.actors.municipality_net(), Decimal::ZERO);
    assert_eq!(
        e.break_even_municipality,
        MunicipalityBreakEven::GainsAtEveryWageValue
    );
}
