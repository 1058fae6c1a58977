//! LKS by law (Participatiewet art. 10d), against hand computation:
//! LKS = min(1 − LW, cap) × WML × 12 × 1,08 × (1 + employer-cost rate) × hours factor.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::model::{
    BenefitSaved, Evaluation, Hours, LksRule, LksShare, Parameters, Pct, Year,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn statutory(year: u16, wage_value: Decimal, hours: Decimal, full_time: Decimal) -> Parameters {
    Parameters {
        year: Year::new(year).unwrap(),
        lks_rule: LksRule::Statutory,
        wage_value_pct: Pct::new(wage_value).unwrap(),
        lks_pct: LksShare::FollowsWageValue,
        lks_cap_pct: Pct::new(dec!(70)).unwrap(),
        hours_per_week: Hours::new(hours).unwrap(),
        full_time_hours: Hours::new(full_time).unwrap(),
        benefit_saved: BenefitSaved::Single,
        ..Parameters::default()
    }
}

fn lks(p: &Parameters) -> Decimal {
    Evaluation::of(p).unwrap().inputs.wage_subsidy()
}

#[test]
fn full_time_2018_at_40_percent_wage_value() {
    // WML 1-1-2018 € 1.578,00; employer-cost compensation 23,5% from 2018.
    let expected = dec!(0.60) * dec!(1578.00) * dec!(12) * dec!(1.08) * dec!(1.235);
    assert_eq!(expected, dec!(15154.10208));
    assert_eq!(
        lks(&statutory(2018, dec!(40), dec!(38), dec!(38))),
        expected
    );
}

#[test]
fn part_time_24_of_38_hours_is_reduced_in_proportion() {
    let full = dec!(0.60) * dec!(1578.00) * dec!(12) * dec!(1.08) * dec!(1.235);
    let got = lks(&statutory(2018, dec!(40), dec!(24), dec!(38)));
    assert_eq!(got.round_dp(10), (full * dec!(24) / dec!(38)).round_dp(10));
    assert_eq!(kostenbaten::format::cents(got), dec!(9571.01));
}

#[test]
fn the_70_percent_cap_binds_below_30_percent_wage_value() {
    let base = dec!(1578.00) * dec!(12) * dec!(1.08) * dec!(1.235);
    for wage_value in [dec!(0), dec!(10), dec!(20), dec!(29.99)] {
        let e = Evaluation::of(&statutory(2018, wage_value, dec!(38), dec!(38))).unwrap();
        assert_eq!(
            e.inputs.wage_subsidy(),
            dec!(0.70) * base,
            "LW {wage_value}"
        );
        assert!(e.inputs.lks_capped());
    }
    // At exactly 30% the cap and the wage value agree; above it the wage value rules.
    let at_30 = lks(&statutory(2018, dec!(30), dec!(38), dec!(38)));
    assert_eq!(at_30, dec!(0.70) * base);
    assert_eq!(
        lks(&statutory(2018, dec!(31), dec!(38), dec!(38))),
        dec!(0.69) * base
    );
}

#[test]
fn a_manual_share_above_the_cap_is_capped() {
    let mut p = statutory(2018, dec!(50), dec!(38), dec!(38));
    p.lks_pct = LksShare::Manual(Pct::new(dec!(85)).unwrap());
    let e = Evaluation::of(&p).unwrap();
    assert_eq!(e.inputs.lks_share, dec!(0.70));
    assert!(e.inputs.lks_capped());
}

#[test]
fn from_2024_hours_above_36_increase_the_subsidy() {
    // WML 1-1-2024 € 2.069,40 for the 36-hour reference month.
    let base = dec!(2069.40) * dec!(12) * dec!(1.08) * dec!(1.235) * dec!(0.60);
    let at_36 = lks(&statutory(2024, dec!(40), dec!(36), dec!(40)));
    let at_40 = lks(&statutory(2024, dec!(40), dec!(40), dec!(40)));
    assert_eq!(at_36, base);
    assert_eq!(
        at_40.round_dp(10),
        (base * dec!(40) / dec!(36)).round_dp(10)
    );
    assert!(at_40 > at_36);
    // Before 2024 more hours than the sector's week never raise the subsidy.
    let in_2023 = statutory(2023, dec!(40), dec!(40), dec!(38));
    let full_2023 = dec!(1934.40) * dec!(12) * dec!(1.08) * dec!(1.235) * dec!(0.60);
    assert_eq!(lks(&in_2023), full_2023);
}

#[test]
fn the_year_selects_the_employer_cost_rate() {
    // The subsidy needs no benefit norm: none is saved here.
    let mut p = statutory(2017, dec!(40), dec!(38), dec!(38));
    p.benefit_saved = BenefitSaved::NoBenefit;
    let in_2017 = lks(&p);
    assert_eq!(
        in_2017,
        dec!(0.60) * dec!(1551.60) * dec!(12) * dec!(1.08) * dec!(1.23)
    );
}

#[test]
fn statutory_lks_before_2015_is_a_clear_error() {
    let err = Evaluation::of(&statutory(2014, dec!(40), dec!(38), dec!(38))).unwrap_err();
    assert!(err.to_string().contains("2015"), "{err}");
}

#[test]
fn a_missing_benefit_norm_is_a_clear_error_not_a_guess() {
    // A table without the July 2026 norm (as a user's edited table might be): a July start asks
    // for it and is refused with the date, never guessed from January.
    let mut table = kostenbaten::model::YearTable::builtin().clone();
    for row in &mut table.rows {
        row.benefit_single_month_july = None;
    }
    let mut p = statutory(2026, dec!(40), dec!(36), dec!(36));
    p.month = kostenbaten::model::Month::new(7).unwrap();
    let err = Evaluation::with_table(&p, &table).unwrap_err();
    assert!(err.to_string().contains("1 juli 2026"), "{err}");
    p.benefit_saved = BenefitSaved::Amount(kostenbaten::model::Money::new(dec!(16145.40)).unwrap());
    p.overrides.minimum_wage_month = Some(kostenbaten::model::Money::new(dec!(2294.40)).unwrap());
    assert!(Evaluation::with_table(&p, &table).is_ok());
}

/// Art. 10d lid 4 Participatiewet as in force from 1-1-2024 (Wet verbeteren regeling
/// loonkostensubsidie, "uitvoeren breed offensief", Stb. 2022, 499): the LKS is reduced or increased
/// in proportion to the agreed hours against 36, the agreed hours counting at most up to the
/// sector's normal full-time week. WML from the year table: 1-1-2024 € 2.069,40 and 1-1-2026
/// € 2.294,40 for the 36-hour reference month; employer-cost compensation 23,5%.
#[test]
fn from_2024_hours_count_up_to_the_sectors_full_time_week() {
    for (year, wml) in [(2024, dec!(2069.40)), (2026, dec!(2294.40))] {
        let full = dec!(0.60) * wml * dec!(12) * dec!(1.08) * dec!(1.235);
        // 40 hours in a 38-hour sector: 38 of them count, 38/36.
        let at_40 = lks(&no_benefit(statutory(year, dec!(40), dec!(40), dec!(38))));
        assert_eq!(
            at_40.round_dp(10),
            (full * dec!(38) / dec!(36)).round_dp(10),
            "{year}"
        );
        // 34 hours stay below the sector's week: 34/36.
        let at_34 = lks(&no_benefit(statutory(year, dec!(40), dec!(34), dec!(38))));
        assert_eq!(
            at_34.round_dp(10),
            (full * dec!(34) / dec!(36)).round_dp(10),
            "{year}"
        );
    }
    // 2024 in euros: 0,60 × 2.069,40 × 12 × 1,08 × 1,235 = 19.873,193184; × 38/36 = 20.977,25947…
    let at_40 = lks(&no_benefit(statutory(2024, dec!(40), dec!(40), dec!(38))));
    assert_eq!(kostenbaten::format::cents(at_40), dec!(20977.26));
    // 2026: 0,60 × 2.294,40 × 12 × 1,08 × 1,235 = 22.033,949184; × 38/36 = 23.258,057472.
    let at_40 = lks(&no_benefit(statutory(2026, dec!(40), dec!(40), dec!(38))));
    assert_eq!(at_40.round_dp(6), dec!(23258.057472));
    // The worker is still paid for every hour: the hourly WML × 40, i.e. 40/36 of the reference
    // month: 2.294,40 × 12 × 1,08 × 40/36 = 33.039,36.
    let e = Evaluation::of(&no_benefit(statutory(2026, dec!(40), dec!(40), dec!(38)))).unwrap();
    assert_eq!(e.inputs.gross_wage.round_dp(10), dec!(33039.36));
}

#[test]
fn from_2024_the_break_even_uses_the_counted_hours() {
    // Single norm 1-1-2024 € 1.283,83 a month: B = 15.405,96 a year. Loaded full-time base
    // K = 2.069,40 × 12 × 1,08 × 1,235 = 33.121,98864. Break-even LW = 1 − B / (K × counted/36).
    let b = dec!(1283.83) * dec!(12);
    assert_eq!(b, dec!(15405.96));
    let k = dec!(33121.98864);
    let break_even = |hours| {
        let mut p = statutory(2024, dec!(40), hours, dec!(38));
        p.benefit_saved = BenefitSaved::Single;
        Evaluation::of(&p)
            .unwrap()
            .break_even
            .wage_value_pct()
            .unwrap()
    };
    // 40 hours in a 38-hour sector: K × 38/36 = 34.962,09912; 1 − 15.405,96 / 34.962,09912
    // = 55,94% (it was 58,14% when all 40 hours counted: K × 40/36 = 36.802,2096).
    let at_40 = break_even(dec!(40));
    assert_eq!(
        at_40.round_dp(8),
        ((Decimal::ONE - b / (k * dec!(38) / dec!(36))) * dec!(100)).round_dp(8)
    );
    assert_eq!(at_40.round_dp(2), dec!(55.94));
    // 34 hours: K × 34/36 = 31.281,87816; 1 − 15.405,96 / 31.281,87816 = 50,75%.
    let at_34 = break_even(dec!(34));
    assert_eq!(at_34.round_dp(2), dec!(50.75));
}

fn no_benefit(mut p: Parameters) -> Parameters {
    p.benefit_saved = BenefitSaved::NoBenefit;
    p
}
