//! What a [`BudgetPlan`](super::BudgetPlan) computes to: totals, the local budget's parts and
//! their sums, and the consequences. Views and reports read these; they compute nothing themselves.

use rust_decimal::Decimal;

/// One municipality's computed part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalPart {
    /// The municipality.
    pub municipality: String,
    /// Its contribution.
    pub contribution: Decimal,
    /// Its share of the contributions in percent, as the split weighs it (see
    /// [`percent_shares`](super::percent_shares)): equal shares when all contributions are zero.
    pub share: Decimal,
    /// Its part of the local budget, to the cent.
    pub amount: Decimal,
    /// Its planned use.
    pub planned_use: Decimal,
}

impl LocalPart {
    /// Part minus planned use: positive is room left, negative is overspending.
    pub fn unplanned(&self) -> Decimal {
        self.amount - self.planned_use
    }
}

/// The local budget's parts added up: the table's total row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalTotals {
    /// All contributions.
    pub contribution: Decimal,
    /// All shares: 100 % when there is any municipality (the split hands out the whole budget),
    /// otherwise 0 %.
    pub share: Decimal,
    /// All parts: the local budget when there is any municipality, otherwise nothing.
    pub amount: Decimal,
    /// All planned use.
    pub planned_use: Decimal,
}

impl LocalTotals {
    /// The sums of `parts`.
    pub fn of(parts: &[LocalPart]) -> Self {
        LocalTotals {
            contribution: parts.iter().map(|p| p.contribution).sum(),
            // The exact shares can miss 100 in the 28th digit (thirds); the split is whole.
            share: if parts.is_empty() {
                Decimal::ZERO
            } else {
                Decimal::ONE_HUNDRED
            },
            amount: parts.iter().map(|p| p.amount).sum(),
            planned_use: parts.iter().map(|p| p.planned_use).sum(),
        }
    }

    /// All parts minus all planned use: positive is room left, negative is overspending.
    pub fn unplanned(&self) -> Decimal {
        self.amount - self.planned_use
    }
}

/// Everything computed from a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetResult {
    /// P-budget spending per group, in the plan's group order.
    pub group_spending: Vec<Decimal>,
    /// Spending from other budgets (BUIG, municipality) per group, shown for completeness.
    pub group_other_spending: Vec<Decimal>,
    /// P-budget spending of all groups together.
    pub group_total: Decimal,
    /// Reserves still earmarked in the P-budget.
    pub reserved: Decimal,
    /// The local budget after the moves.
    pub local_total: Decimal,
    /// The local budget split over the municipalities.
    pub local_parts: Vec<LocalPart>,
    /// The parts added up.
    pub local_totals: LocalTotals,
    /// Everything planned against the P-budget: groups + reserves + local budget.
    pub planned: Decimal,
    /// Total minus planned: room for the unforeseen (negative: overspending).
    pub room: Decimal,
    /// Clients without a trajectory, over all groups.
    pub clients_staying_home: u64,
    /// Clients without a trajectory × societal cost × years.
    pub societal_cost_of_staying_home: Decimal,
    /// Clients in a trajectory, over all groups.
    pub trajectory_clients: u64,
    /// Trajectory clients expected to make the next step.
    pub next_step_clients: Decimal,
}

impl BudgetResult {
    /// Whether more is planned than the total: the room is below zero.
    pub fn overspent(&self) -> bool {
        self.room < Decimal::ZERO
    }
}
