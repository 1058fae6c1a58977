//! The P-budget plan as a Dutch table or JSON.

use std::fmt::Write as _;

use serde::Serialize;

use rust_decimal::Decimal;

use super::{ReportError, pretty_json};
use crate::format::{money, number, plain_cents, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::budget::{BudgetPlan, BudgetResult, ReserveDestination};

#[derive(Serialize)]
struct JsonBudget<'a> {
    name: &'a str,
    total: String,
    groups: Vec<JsonGroup<'a>>,
    reserves: Vec<JsonReserve<'a>>,
    planned: String,
    room: String,
    local_budget: JsonLocal<'a>,
    societal_cost_of_staying_home: String,
    next_step_clients: String,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    name: &'a str,
    clients: u32,
    clients_without_trajectory: u32,
    participation_budget: String,
    other_budgets: String,
}

#[derive(Serialize)]
struct JsonReserve<'a> {
    name: &'a str,
    amount: String,
    destination: &'static str,
}

#[derive(Serialize)]
struct JsonLocal<'a> {
    total: String,
    parts: Vec<JsonPart<'a>>,
}

#[derive(Serialize)]
struct JsonPart<'a> {
    municipality: &'a str,
    contribution: String,
    amount: String,
    planned_use: String,
}

fn destination_key(destination: ReserveDestination) -> &'static str {
    match destination {
        ReserveDestination::Reserved => "reserved",
        ReserveDestination::LocalBudget => "local_budget",
    }
}

/// The plan as one JSON object.
pub fn json(name: &str, plan: &BudgetPlan, result: &BudgetResult) -> Result<String, ReportError> {
    let report = JsonBudget {
        name,
        total: plain_cents(plan.total.get()),
        groups: plan
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| JsonGroup {
                name: &g.name,
                clients: g.clients.get(),
                clients_without_trajectory: g.clients_without_trajectory.get(),
                participation_budget: plain_cents(result.group_spending[i]),
                other_budgets: plain_cents(result.group_other_spending[i]),
            })
            .collect(),
        reserves: plan
            .reserves
            .iter()
            .map(|r| JsonReserve {
                name: &r.name,
                amount: plain_cents(r.amount.get()),
                destination: destination_key(r.destination),
            })
            .collect(),
        planned: plain_cents(result.planned),
        room: plain_cents(result.room),
        local_budget: JsonLocal {
            total: plain_cents(result.local_total),
            parts: result
                .local_parts
                .iter()
                .map(|p| JsonPart {
                    municipality: &p.municipality,
                    contribution: plain_cents(p.contribution),
                    amount: plain_cents(p.amount),
                    planned_use: plain_cents(p.planned_use),
                })
                .collect(),
        },
        societal_cost_of_staying_home: plain_cents(result.societal_cost_of_staying_home),
        next_step_clients: format!(
            "{:.2}",
            result
                .next_step_clients
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        ),
    };
    pretty_json(&report)
}

/// The plan as a Dutch table.
pub fn text(name: &str, plan: &BudgetPlan, result: &BudgetResult, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {name}\n", lang.tr(Text::BudgetTitle));
    spending_table(&mut out, plan, result, lang);
    local_split(&mut out, plan, result, lang);
    let _ = writeln!(
        out,
        "{}: {}\n  ({})",
        lang.tr(Text::StayingHome),
        money(result.societal_cost_of_staying_home, lang),
        lang.tr(Text::StayingHomeExplain)
    );
    let _ = writeln!(
        out,
        "{} ({}): {}",
        lang.tr(Text::BudgetNextStep),
        result_percent(plan.next_step_pct.get(), lang),
        number(result.next_step_clients, 1, lang)
    );
    out
}

/// One row per group, the reserves, and how the planned spending compares to the budget.
fn spending_table(out: &mut String, plan: &BudgetPlan, result: &BudgetResult, lang: Lang) {
    let _ = writeln!(
        out,
        "{:<34}{:>10}{:>16}{:>18}{:>26}",
        lang.tr(Text::BudgetGroup),
        lang.tr(Text::BudgetClients),
        lang.tr(Text::BudgetWithoutTrajectory),
        lang.tr(Text::BudgetSpending),
        lang.tr(Text::BudgetOtherSpending)
    );
    for (i, g) in plan.groups.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:<34}{:>10}{:>16}{:>18}{:>26}",
            g.name,
            g.clients.get(),
            g.clients_without_trajectory.get(),
            money(result.group_spending[i], lang),
            money(result.group_other_spending[i], lang)
        );
    }
    let mut total = |label: &str, amount: Decimal| {
        let _ = writeln!(out, "{label:<60}{:>18}", money(amount, lang));
    };
    for r in &plan.reserves {
        let where_ = match r.destination {
            ReserveDestination::Reserved => lang.tr(Text::BudgetReserved),
            ReserveDestination::LocalBudget => lang.tr(Text::BudgetMovedToLocal),
        };
        total(
            &format!("{} ({})", r.name, where_.to_lowercase()),
            r.amount.get(),
        );
    }
    total(lang.tr(Text::BudgetLocal), result.local_total);
    total(lang.tr(Text::BudgetPlanned), result.planned);
    total(lang.tr(Text::BudgetTotal), plan.total.get());
    let room_label = if result.room.is_sign_negative() {
        lang.tr(Text::BudgetOverspent)
    } else {
        lang.tr(Text::BudgetRoom)
    };
    total(room_label, result.room);
    out.push('\n');
}

/// The local budget: each municipality's contribution, its share, its part and its planned use.
fn local_split(out: &mut String, plan: &BudgetPlan, result: &BudgetResult, lang: Lang) {
    let _ = writeln!(
        out,
        "{} ({})",
        lang.tr(Text::BudgetLocal),
        money(result.local_total, lang)
    );
    let _ = writeln!(
        out,
        "  {:<20}{:>16}{:>10}{:>18}{:>16}",
        lang.tr(Text::BudgetMunicipality),
        lang.tr(Text::BudgetContribution),
        "%",
        lang.tr(Text::BudgetPart),
        lang.tr(Text::BudgetPlannedUse)
    );
    for p in &result.local_parts {
        let _ = writeln!(
            out,
            "  {:<20}{:>16}{:>10}{:>18}{:>16}",
            p.municipality,
            number(p.contribution, 0, lang),
            result_percent(p.share, lang),
            money(p.amount, lang),
            money(p.planned_use, lang)
        );
    }
    if !plan.local_budget.contribution_source.is_empty() {
        let _ = writeln!(out, "  ({})", plan.local_budget.contribution_source);
    }
    out.push('\n');
}
