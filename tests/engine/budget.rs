//! The P-budget planner against WIL's note "Inzet P-budget 2018" and independent arithmetic.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::model::budget::{BudgetPlan, ReserveDestination, split_largest_remainder};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn wil() -> BudgetPlan {
    builtin("wil-p-budget-2018.ron")
        .unwrap()
        .unwrap()
        .budget
        .expect("the WIL model has a plan")
}

#[test]
fn the_notes_55_250_plus_the_rest_make_235_250() {
    let plan = wil();
    let gt = plan
        .reserves
        .iter()
        .find(|r| r.name == "GT-trajecten")
        .unwrap();
    assert_eq!(gt.amount.get(), dec!(55250));
    assert_eq!(gt.destination, ReserveDestination::LocalBudget);
    let result = plan.compute();
    assert_eq!(result.local_total, dec!(235250));
    assert_eq!(plan.local_budget.base.get() + dec!(55250), dec!(235250));
    assert_eq!(
        plan.local_budget.municipalities.len(),
        5,
        "WIL had five municipalities in 2018"
    );
    let parts: Decimal = result.local_parts.iter().map(|p| p.amount).sum();
    assert_eq!(parts, dec!(235250));
}

#[test]
fn the_split_is_proportional_to_contributions() {
    let plan = wil();
    let result = plan.compute();
    let total_contribution: Decimal = result.local_parts.iter().map(|p| p.contribution).sum();
    for part in &result.local_parts {
        let exact = dec!(235250) * part.contribution / total_contribution;
        assert!(
            (part.amount - exact).abs() < dec!(0.01),
            "{}: {} vs {exact}",
            part.municipality,
            part.amount
        );
    }
}

#[test]
fn moving_a_reserve_keeps_the_grand_total() {
    let mut plan = wil();
    let before = plan.compute();
    plan.move_reserve(0, ReserveDestination::Reserved);
    let after = plan.compute();
    assert_eq!(after.planned, before.planned);
    assert_eq!(after.room, before.room);
    assert_eq!(after.local_total, before.local_total - dec!(55250));
    assert_eq!(after.reserved, before.reserved + dec!(55250));
    let parts: Decimal = after.local_parts.iter().map(|p| p.amount).sum();
    assert_eq!(parts, dec!(180000));
}

#[test]
fn the_societal_cost_line_is_clients_times_amount_times_years() {
    let mut plan = wil();
    let without: u32 = plan
        .groups
        .iter()
        .map(|g| g.clients_without_trajectory.get())
        .sum();
    assert!(without > 0);
    for years in [1u32, 3, 30] {
        plan.years = kostenbaten::model::Years::new(years).unwrap();
        assert_eq!(
            plan.compute().societal_cost_of_staying_home,
            Decimal::from(without) * dec!(5960) * Decimal::from(years)
        );
    }
}

#[test]
fn room_is_total_minus_everything_planned() {
    let plan = wil();
    let r = plan.compute();
    let groups: Decimal = r.group_spending.iter().copied().sum();
    assert_eq!(r.planned, groups + r.reserved + r.local_total);
    assert_eq!(r.room, plan.total.get() - r.planned);
    // 41% of the trajectory clients make the next step ("41% maakt de volgende stap").
    let trajectories: u32 = plan
        .groups
        .iter()
        .flat_map(|g| &g.instruments)
        .filter(|i| i.kind == kostenbaten::model::budget::InstrumentKind::Trajectory)
        .map(|i| i.units.get())
        .sum();
    assert_eq!(
        r.next_step_clients,
        Decimal::from(trajectories) * dec!(0.41)
    );
}

// Runs the `kostenbaten` binary, built with the feature `cli`.
#[cfg(feature = "cli")]
#[test]
fn budget_json_from_the_command_line() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
        .args([
            "budget",
            "assets/models/wil-p-budget-2018.ron",
            "--format",
            "json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["local_budget"]["total"], "235250.00");
    let parts = v["local_budget"]["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 5);
    let sum: Decimal = parts
        .iter()
        .map(|p| p["amount"].as_str().unwrap().parse::<Decimal>().unwrap())
        .sum();
    assert_eq!(sum, dec!(235250));
    assert!(
        parts
            .iter()
            .all(|p| p["municipality"].is_string() && p["contribution"].is_string())
    );
    let no_plan = std::process::Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
        .args(["budget", "assets/models/lks-2018.ron"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(!no_plan.status.success());
    assert!(String::from_utf8_lossy(&no_plan.stderr).contains("P-budgetplan"));
}

fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..=10_000_000_000).prop_map(|cents| Decimal::new(cents, 2))
}

fn share() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::ONE),
        (1i64..=1_000).prop_map(|v| Decimal::new(v, 0) / dec!(3)),
        (0i64..=10_000_000_000).prop_map(|cents| Decimal::new(cents, 2)),
    ]
}

proptest! {
    #[test]
    fn the_split_adds_up_to_the_total_to_the_cent(total in amount(), shares in proptest::collection::vec(share(), 1..12)) {
        let parts = split_largest_remainder(total, &shares);
        prop_assert_eq!(parts.len(), shares.len());
        prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), total);
        for part in &parts {
            prop_assert!(*part >= Decimal::ZERO);
            prop_assert_eq!(part.round_dp(2), *part, "whole cents");
        }
        // Each part lies within one cent of its exact quota (shares as they are used: in cents).
        let weights: Vec<Decimal> = shares.iter().map(|s| kostenbaten::format::cents(*s)).collect();
        let sum: Decimal = weights.iter().copied().sum();
        if !sum.is_zero() {
            for (part, w) in parts.iter().zip(&weights) {
                let exact = total * *w / sum;
                prop_assert!((*part - exact).abs() < dec!(0.01), "{} vs {}", part, exact);
            }
        }
    }

    #[test]
    fn one_municipality_gets_everything(total in amount(), s in share()) {
        prop_assert_eq!(split_largest_remainder(total, &[s]), vec![total]);
    }
}
