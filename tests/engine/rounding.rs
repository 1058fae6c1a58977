//! Money as shown: half a cent rounds away from zero, and a shown total is the sum of its shown
//! lines (round the lines, then add), so a reader adding up a printed column gets its total.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::figures::Figures;
use kostenbaten::format::{money, plain_cents};
use kostenbaten::i18n::Lang;
use kostenbaten::model::{BenefitSaved, Evaluation, LksRule, Money, Parameters, Scenario, Side};
use kostenbaten::report::sheet;
use kostenbaten::report::shown::Shown;
use rust_decimal_macros::dec;

#[test]
fn a_half_cent_rounds_away_from_zero() {
    // 25.991,455 lies exactly between 25.991,45 and 25.991,46: away from zero gives ,46.
    assert_eq!(plain_cents(dec!(25991.455)), "25991.46");
    assert_eq!(plain_cents(dec!(-25991.455)), "-25991.46");
    assert_eq!(money(dec!(25991.455), Lang::Nl), "€ 25.991,46");
    // Half-to-even would give ,44 here; away from zero gives ,45.
    assert_eq!(plain_cents(dec!(0.445)), "0.45");
}

/// A sheet with no wage (a zero fully loaded wage cost) and two half-cent costs: coaching € 1,005
/// and workplace costs € 2,005.
fn half_cents() -> (Scenario, Evaluation) {
    let parameters = Parameters {
        lks_rule: LksRule::FullyLoaded,
        fully_loaded_wage_cost: Money::new(dec!(0)).unwrap(),
        coaching: Money::new(dec!(1.005)).unwrap(),
        workplace: Money::new(dec!(2.005)).unwrap(),
        benefit_saved: BenefitSaved::NoBenefit,
        societal_cost_per_client: Money::new(dec!(0)).unwrap(),
        ..Parameters::default()
    };
    let evaluation = Evaluation::of(&parameters).unwrap();
    let scenario = Scenario {
        name: "halve centen".into(),
        parameters,
        sources: Default::default(),
        reference: None,
        uncertainty: Default::default(),
        edits: Default::default(),
    };
    (scenario, evaluation)
}

#[test]
fn shown_totals_are_the_sum_of_the_shown_lines() {
    let (_, e) = half_cents();
    // Exact: costs 0 (LKS) + 1,005 + 2,005 = 3,01; benefits 0 + 1,005 + 0 = 1,005.
    assert_eq!(e.sheet.total_cost, dec!(3.010));
    let shown = Shown::of(&e);
    // Shown lines: 1,005 → 1,01 and 2,005 → 2,01, so the shown cost total is 1,01 + 2,01 = 3,02
    // (rounding the exact total would print 3,01 under lines that add up to 3,02).
    assert_eq!(shown.total_cost, dec!(3.02));
    assert_eq!(shown.total_benefit, dec!(1.01));
    // Net: 1,01 − 3,02 = −2,01.
    assert_eq!(shown.net, dec!(-2.01));
    let cost_lines: Vec<_> = e
        .sheet
        .lines
        .iter()
        .zip(&shown.lines)
        .filter(|(l, _)| l.side == Side::Cost)
        .map(|(_, a)| *a)
        .collect();
    assert_eq!(cost_lines.iter().sum::<rust_decimal::Decimal>(), dec!(3.02));
    // Actors: the employer receives the coaching fee 1,005 → 1,01 and bears the coach's time
    // 1,005 and the workplace 2,005: 3,01 → 3,01; its shown net 1,01 − 3,01 = −2,00. The
    // participation budget pays 1,005 → −1,01. Society, the sum of the shown nets: −3,01.
    let employer = shown.actors[kostenbaten::model::Actor::Employer];
    assert_eq!((employer.benefit, employer.cost), (dec!(1.01), dec!(3.01)));
    assert_eq!(employer.net, dec!(-2.00));
    assert_eq!(shown.society_net, dec!(-3.01));
    assert_eq!(
        shown.society_net,
        shown
            .actors
            .values()
            .map(|r| r.net)
            .sum::<rust_decimal::Decimal>()
    );
}

#[test]
fn the_reports_print_the_shown_totals() {
    let (s, _) = half_cents();
    let f = Figures::of(&s).unwrap();
    let json = sheet::json(&s, &f).unwrap();
    assert!(json.contains("\"total_cost\": \"3.02\""), "{json}");
    assert!(json.contains("\"net\": \"-2.01\""), "{json}");
    let csv = sheet::csv(&f);
    assert!(csv.contains("total,total_cost,Totaal,3.02"), "{csv}");
    let text = sheet::text(&s, &f, Lang::Nl);
    assert!(text.contains("€ 3,02"), "{text}");
}

/// Issue 19, section 4: 30,17 of 38 hours on a fully loaded wage cost of € 32.737. By hand:
/// 32.737 × 30,17 = 982.110 + 5.565,29 = 987.675,29, and 987.675,29 ÷ 38 = 25.991,455 exactly
/// (38 × 25.991 = 987.658; 38 × 0,455 = 17,29). A half cent, so the cents rule gives ,46. With the
/// factor 30,17 ÷ 38 divided out first it was cut at 28 digits and the sheet showed ,45.
#[test]
fn hours_scale_an_amount_before_they_divide_it() {
    use kostenbaten::model::{Hours, Pct};
    let parameters = Parameters {
        lks_rule: LksRule::FullyLoaded,
        fully_loaded_wage_cost: Money::new(dec!(32737)).unwrap(),
        hours_per_week: Hours::new(dec!(30.17)).unwrap(),
        full_time_hours: Hours::new(dec!(38)).unwrap(),
        wage_value_pct: Pct::new(dec!(100)).unwrap(),
        ..Parameters::default()
    };
    let evaluation = Evaluation::of(&parameters).unwrap();
    assert_eq!(evaluation.inputs.loaded_wage_cost, dec!(25991.455));
    // At a wage value of 100 % the sheet's wage value line is the whole loaded wage cost.
    let line = evaluation
        .sheet
        .lines
        .iter()
        .find(|l| l.side == Side::Benefit && l.amount == evaluation.inputs.loaded_wage_cost)
        .expect("the wage value line");
    assert_eq!(money(line.amount, Lang::Nl), "€ 25.991,46");
    assert_eq!(plain_cents(line.amount), "25991.46");
}

#[test]
fn scenarios_side_by_side_print_the_shown_totals() {
    // The comparison (CSV, workbook, report, `compare`, the app's tab) takes each scenario's
    // shown figures: by hand above, costs 1,01 + 2,01 = 3,02, benefits 1,01, net −2,01 — not the
    // exact 3,01 and −2,005 rounded.
    let (s, e) = half_cents();
    let summary = kostenbaten::figures::summary(&s.name, &e);
    assert_eq!(summary.total_cost, dec!(3.02));
    assert_eq!(summary.total_benefit, dec!(1.01));
    assert_eq!(summary.net, dec!(-2.01));
    let all = kostenbaten::figures::summaries(std::slice::from_ref(&s), None).unwrap();
    assert_eq!(all, vec![summary]);
}

#[test]
fn a_published_figure_is_set_beside_the_shown_one() {
    // The half-cent sheet beside a source that published costs of € 3,00 and coaching of € 1,00:
    // the faces print computed 3,02 (the shown total) and a difference of 3,02 − 3,00 = 0,02, and
    // coaching 1,01 − 1,00 = 0,01 — the shown amounts, not the exact 3,01 and 1,005.
    let (mut s, _) = half_cents();
    s.reference = Some(kostenbaten::model::Reference {
        source: "bron".into(),
        lines: [("cost.coaching".to_string(), dec!(1.00))].into(),
        total_cost: Some(dec!(3.00)),
        ..Default::default()
    });
    let f = Figures::of(&s).unwrap();
    let total = f.published("total_cost").unwrap();
    assert_eq!(
        (total.computed, total.difference()),
        (dec!(3.02), dec!(0.02))
    );
    let coaching = f.published("cost.coaching").unwrap();
    assert_eq!(
        (coaching.computed, coaching.difference()),
        (dec!(1.01), dec!(0.01))
    );
    let json = sheet::json(&s, &f).unwrap();
    assert!(json.contains("\"difference\": \"0.02\""), "{json}");
}
