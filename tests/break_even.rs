//! The municipality's break-even wage value (LKS paid = benefit saved) for `lks-2018.ron`.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::model::{
    BenefitSaved, BreakEven, Evaluation, LksShare, Money, Pct, Year, YearTable,
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
