//! The budget rules the planner's view and the command line both read from the engine: shares of
//! the contributions (also when all are zero), the local budget's total row, the consequences'
//! counts, which payer counts against the P-budget, and which figures are assumptions. Every
//! expected figure is worked out by hand in the comments.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::i18n::Lang;
use kostenbaten::model::budget::{
    BudgetPlan, ClientGroup, GroupKind, Instrument, InstrumentKind, LocalBudget, Municipality,
    Payer, Provenance, Reserve, ReserveDestination,
};
use kostenbaten::model::{Count, Money, Pct, Years};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn money(value: Decimal) -> Money {
    Money::new(value).expect("a valid amount")
}

fn count(value: u32) -> Count {
    Count::new(value).expect("a valid count")
}

fn instrument(kind: InstrumentKind, unit_cost: Decimal, units: u32, payer: Payer) -> Instrument {
    Instrument {
        kind,
        name: format!("{kind:?}"),
        unit_cost: money(unit_cost),
        units: count(units),
        payer,
        source: String::new(),
    }
}

fn municipality(name: &str, contribution: Decimal, planned_use: Decimal) -> Municipality {
    Municipality {
        name: name.to_string(),
        contribution: money(contribution),
        planned_use: money(planned_use),
    }
}

/// A small plan: € 100.000 total; group 1 has 10 trajectories of € 1.000 (P-budget) and 2 wage
/// subsidies of € 5.000 (BUIG), 7 clients without a trajectory; group 2 has 5 trajectories of
/// € 2.000 and 3 without; € 20.000 reserved; a local budget of € 40.000 for A (3.000) and B (1.000).
fn small_plan() -> BudgetPlan {
    let group = |group, without, instruments| ClientGroup {
        group,
        name: format!("{group:?}"),
        policy: String::new(),
        clients: count(50),
        clients_without_trajectory: count(without),
        instruments,
    };
    BudgetPlan {
        total: money(dec!(100000)),
        total_source: String::new(),
        groups: vec![
            group(
                GroupKind::One,
                7,
                vec![
                    instrument(
                        InstrumentKind::Trajectory,
                        dec!(1000),
                        10,
                        Payer::ParticipationBudget,
                    ),
                    instrument(InstrumentKind::WageSubsidy, dec!(5000), 2, Payer::Buig),
                ],
            ),
            group(
                GroupKind::Two,
                3,
                vec![instrument(
                    InstrumentKind::Trajectory,
                    dec!(2000),
                    5,
                    Payer::ParticipationBudget,
                )],
            ),
        ],
        reserves: vec![Reserve {
            name: "R".to_string(),
            amount: money(dec!(20000)),
            destination: ReserveDestination::Reserved,
            source: String::new(),
        }],
        local_budget: LocalBudget {
            base: money(dec!(40000)),
            municipalities: vec![
                municipality("A", dec!(3000), dec!(0)),
                municipality("B", dec!(1000), dec!(0)),
            ],
            contribution_source: String::new(),
        },
        societal_cost_per_client: money(dec!(5960)),
        societal_cost_source: String::new(),
        years: Years::new(2).expect("valid years"),
        next_step_pct: Pct::new(dec!(40)).expect("a valid percentage"),
        next_step_source: String::new(),
    }
}

#[test]
fn totals_and_consequences_of_the_small_plan() {
    let r = small_plan().compute();
    // Group 1: 10 × 1.000 counted, 2 × 5.000 BUIG shown only; group 2: 5 × 2.000.
    assert_eq!(r.group_spending, vec![dec!(10000), dec!(10000)]);
    assert_eq!(r.group_other_spending, vec![dec!(10000), dec!(0)]);
    assert_eq!(r.group_total, dec!(20000));
    // 20.000 groups + 20.000 reserved + 40.000 local = 80.000 of 100.000.
    assert_eq!(r.planned, dec!(80000));
    assert_eq!(r.room, dec!(20000));
    assert!(!r.overspent());
    // 7 + 3 stay home; 10 × € 5.960 × 2 years = € 119.200.
    assert_eq!(r.clients_staying_home, 10);
    assert_eq!(r.societal_cost_of_staying_home, dec!(119200));
    // 10 + 5 in a trajectory; 40 % of 15 = 6 make the next step.
    assert_eq!(r.trajectory_clients, 15);
    assert_eq!(r.next_step_clients, dec!(6));
}

#[test]
fn overspending_is_a_room_below_zero() {
    let mut plan = small_plan();
    // 30.000 more reserved: 110.000 planned against 100.000.
    plan.reserves[0].amount = money(dec!(50000));
    let r = plan.compute();
    assert_eq!(r.room, dec!(-10000));
    assert!(r.overspent());
    // Exactly the total planned is no overspending.
    plan.reserves[0].amount = money(dec!(40000));
    assert!(!plan.compute().overspent());
}

#[test]
fn contributions_of_three_to_one_give_75_and_25_percent() {
    let r = small_plan().compute();
    let shares: Vec<Decimal> = r.local_parts.iter().map(|p| p.share).collect();
    assert_eq!(shares, vec![dec!(75), dec!(25)]);
    // 75 % and 25 % of € 40.000.
    let parts: Vec<Decimal> = r.local_parts.iter().map(|p| p.amount).collect();
    assert_eq!(parts, vec![dec!(30000), dec!(10000)]);
}

#[test]
fn all_zero_contributions_share_equally_as_the_split_does() {
    let mut plan = small_plan();
    for m in &mut plan.local_budget.municipalities {
        m.contribution = Money::ZERO;
    }
    let r = plan.compute();
    // No contribution says otherwise, so the split halves € 40.000, and the shares say so.
    let parts: Vec<(Decimal, Decimal)> =
        r.local_parts.iter().map(|p| (p.share, p.amount)).collect();
    assert_eq!(
        parts,
        vec![(dec!(50), dec!(20000)), (dec!(50), dec!(20000))]
    );
    assert_eq!(r.local_totals.share, dec!(100));
}

#[test]
fn the_command_line_shows_the_engines_shares() {
    let mut plan = small_plan();
    let share_of = |plan: &BudgetPlan, name: &str| -> String {
        let text = kostenbaten::report::budget::text("test", plan, &plan.compute(), Lang::Nl);
        text.lines()
            .find(|l| l.trim_start().starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("a row for {name} in\n{text}"))
            .to_string()
    };
    // Shares are results, with one decimal: 30.000 / 40.000 = 75,0 %.
    assert!(share_of(&plan, "A").contains("75,0 %"));
    assert!(share_of(&plan, "B").contains("25,0 %"));
    for m in &mut plan.local_budget.municipalities {
        m.contribution = Money::ZERO;
    }
    // Equal shares, as the app shows them, not 0 % beside a part of € 20.000.
    assert!(share_of(&plan, "A").contains("50,0 %"));
    assert!(share_of(&plan, "B").contains("50,0 %"));
}

#[test]
fn the_total_row_adds_up_the_parts() {
    let mut plan = small_plan();
    plan.local_budget.municipalities[0].planned_use = money(dec!(32500));
    plan.local_budget.municipalities[1].planned_use = money(dec!(4000));
    let r = plan.compute();
    // A: 30.000 − 32.500 = −2.500 overspent; B: 10.000 − 4.000 = 6.000 left.
    assert_eq!(r.local_parts[0].unplanned(), dec!(-2500));
    assert_eq!(r.local_parts[1].unplanned(), dec!(6000));
    let t = &r.local_totals;
    assert_eq!(t.contribution, dec!(4000));
    assert_eq!(t.share, dec!(100));
    assert_eq!(t.amount, dec!(40000));
    assert_eq!(t.planned_use, dec!(36500));
    // −2.500 + 6.000 = 3.500 = 40.000 − 36.500.
    assert_eq!(t.unplanned(), dec!(3500));
}

#[test]
fn without_municipalities_the_total_row_is_empty() {
    let mut plan = small_plan();
    plan.local_budget.municipalities.clear();
    let r = plan.compute();
    assert!(r.local_parts.is_empty());
    assert_eq!(r.local_totals.share, Decimal::ZERO);
    assert_eq!(r.local_totals.amount, Decimal::ZERO);
    // The local budget itself is still planned against the P-budget.
    assert_eq!(r.local_total, dec!(40000));
}

#[test]
fn only_the_participation_budget_counts_against_the_total() {
    assert!(Payer::ParticipationBudget.counts_against_budget());
    assert!(!Payer::Buig.counts_against_budget());
    assert!(!Payer::Municipality.counts_against_budget());
}

#[test]
fn the_wil_plan_marks_its_assumed_contributions() {
    let plan = builtin("wil-p-budget-2018.ron")
        .expect("built in")
        .expect("parses")
        .budget
        .expect("a budget plan");
    // The note does not give the contributions; the file says so with "Aanname: …".
    assert_eq!(
        Provenance::of(&plan.local_budget.contribution_source),
        Some(Provenance::Assumption)
    );
    assert_eq!(
        Provenance::of("WIL, Inzet P-budget 2018"),
        Some(Provenance::Document)
    );
    assert_eq!(Provenance::of(""), None);
}

#[test]
fn presentation_rounds_money_with_the_engines_rule() {
    for value in [dec!(0.125), dec!(-0.125), dec!(2.675), dec!(13680.004)] {
        assert_eq!(
            kostenbaten::format::cents(value),
            kostenbaten::model::cents(value)
        );
    }
    assert_eq!(kostenbaten::model::cents(dec!(2.675)), dec!(2.68));
}
