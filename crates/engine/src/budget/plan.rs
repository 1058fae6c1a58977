//! The participation-budget plan of WIL's decision note "Inzet P-budget 2018": client groups with
//! their instruments, reserved amounts that can move to the local budget, and the local budget split
//! over the municipalities in proportion to their contributions.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::result::{BudgetResult, LocalPart, LocalTotals};
use super::split::{percent_shares, split_largest_remainder};
use crate::{Count, Money, Pct, Years};

/// The client groups of the note.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GroupKind {
    /// KG1: near work; only small amounts that lead straight to work.
    One,
    /// KG2: local participation, served in the local work teams.
    Two,
    /// KG3: job-agreement candidates; LKS up to the cap and maximum coaching.
    Three,
}

/// What an instrument is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InstrumentKind {
    /// Loonkostensubsidie.
    WageSubsidy,
    /// Jobcoaching.
    Jobcoaching,
    /// A trajectory (participation or reintegration).
    Trajectory,
    /// Small amounts that lead straight to work (VOG, ID card).
    SmallAmounts,
    /// Anything else.
    Other,
}

/// Which budget pays for an instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Payer {
    /// The participation budget: counts against the plan's total.
    ParticipationBudget,
    /// The BUIG budget (LKS and benefits): shown, not counted against the P-budget.
    Buig,
    /// The municipality itself (e.g. from its local budget).
    Municipality,
}

impl Payer {
    /// Whether what this payer pays counts against the P-budget's total; other payers' amounts
    /// are shown for completeness only.
    pub fn counts_against_budget(self) -> bool {
        self == Payer::ParticipationBudget
    }
}

/// One instrument used for a client group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// What it is.
    pub kind: InstrumentKind,
    /// Its name in the note.
    pub name: String,
    /// Cost per client per year.
    pub unit_cost: Money,
    /// Number of clients who get it.
    pub units: Count,
    /// Who pays.
    pub payer: Payer,
    /// Where the figures come from, or that they are an assumption.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Instrument {
    /// Unit cost × units.
    pub fn amount(&self) -> Decimal {
        self.unit_cost.get() * Decimal::from(self.units.get())
    }
}

/// A client group with its policy and instruments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientGroup {
    /// Which group.
    pub group: GroupKind,
    /// Its name.
    pub name: String,
    /// The note's policy for it, in words.
    #[serde(default)]
    pub policy: String,
    /// Number of clients.
    pub clients: Count,
    /// Clients who get no trajectory and stay home longer.
    pub clients_without_trajectory: Count,
    /// The instruments used.
    #[serde(default)]
    pub instruments: Vec<Instrument>,
}

/// Where a reserved amount currently stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReserveDestination {
    /// Kept as an earmarked line of the participation budget.
    Reserved,
    /// Moved to the local budget.
    LocalBudget,
}

/// An amount reserved for a purpose, that can be moved (the GT-trajecten move).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reserve {
    /// Its name.
    pub name: String,
    /// The amount.
    pub amount: Money,
    /// Where it stands.
    pub destination: ReserveDestination,
    /// Where the figure comes from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// One municipality's part of the local budget.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Its name.
    pub name: String,
    /// Its contribution: the weight of its part.
    pub contribution: Money,
    /// What it plans to spend of its part.
    #[serde(default = "zero_money")]
    pub planned_use: Money,
}

fn zero_money() -> Money {
    Money::ZERO
}

/// The local budget ("lokaal handgeld").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalBudget {
    /// The local budget before any reserve moves into it.
    pub base: Money,
    /// The municipalities sharing it.
    pub municipalities: Vec<Municipality>,
    /// Where the contributions come from, or that they are an assumption.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contribution_source: String,
}

/// A participation-budget plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetPlan {
    /// The participation budget available.
    pub total: Money,
    /// Where the total comes from, or that it is an assumption.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub total_source: String,
    /// The client groups.
    pub groups: Vec<ClientGroup>,
    /// Reserved amounts.
    #[serde(default)]
    pub reserves: Vec<Reserve>,
    /// The local budget.
    pub local_budget: LocalBudget,
    /// Societal cost of a client staying home, per client per year.
    pub societal_cost_per_client: Money,
    /// Where the societal cost comes from (and its price level), or that it is an assumption.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub societal_cost_source: String,
    /// Years the consequences are counted over (whole years).
    pub years: Years,
    /// Share of trajectory clients who make the next step ("41% maakt de volgende stap").
    pub next_step_pct: Pct,
    /// Where the next-step share comes from, or that it is an assumption.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next_step_source: String,
}

impl BudgetPlan {
    /// Compute the plan's totals, split and consequences.
    pub fn compute(&self) -> BudgetResult {
        let spending_by = |group: &ClientGroup, counted: bool| -> Decimal {
            group
                .instruments
                .iter()
                .filter(|i| i.payer.counts_against_budget() == counted)
                .map(Instrument::amount)
                .sum()
        };
        let group_spending: Vec<Decimal> =
            self.groups.iter().map(|g| spending_by(g, true)).collect();
        let group_other_spending = self.groups.iter().map(|g| spending_by(g, false)).collect();
        let in_destination = |destination| -> Decimal {
            self.reserves
                .iter()
                .filter(|r| r.destination == destination)
                .map(|r| r.amount.get())
                .sum()
        };
        let reserved = in_destination(ReserveDestination::Reserved);
        let local_total =
            self.local_budget.base.get() + in_destination(ReserveDestination::LocalBudget);
        let local_parts = self.local_parts(local_total);
        let group_total: Decimal = group_spending.iter().copied().sum();
        let planned = group_total + reserved + local_total;
        let clients_staying_home = self.clients_staying_home();
        let trajectory_clients = self.trajectory_units();
        BudgetResult {
            group_spending,
            group_other_spending,
            group_total,
            reserved,
            local_total,
            local_totals: LocalTotals::of(&local_parts),
            local_parts,
            planned,
            room: self.total.get() - planned,
            clients_staying_home,
            societal_cost_of_staying_home: Decimal::from(clients_staying_home)
                * self.societal_cost_per_client.get()
                * Decimal::from(self.years.get()),
            trajectory_clients,
            next_step_clients: Decimal::from(trajectory_clients) * self.next_step_pct.fraction(),
        }
    }

    /// The local budget `local_total` split over the municipalities by their contributions, each
    /// with the share it was split by.
    fn local_parts(&self, local_total: Decimal) -> Vec<LocalPart> {
        let contributions: Vec<Decimal> = self
            .local_budget
            .municipalities
            .iter()
            .map(|m| m.contribution.get())
            .collect();
        let amounts = split_largest_remainder(local_total, &contributions);
        let shares = percent_shares(&contributions);
        self.local_budget
            .municipalities
            .iter()
            .zip(amounts.into_iter().zip(shares))
            .map(|(m, (amount, share))| LocalPart {
                municipality: m.name.clone(),
                contribution: m.contribution.get(),
                share,
                amount,
                planned_use: m.planned_use.get(),
            })
            .collect()
    }

    /// Clients without a trajectory, over all groups: those who stay home longer.
    pub fn clients_staying_home(&self) -> u64 {
        self.groups
            .iter()
            .map(|g| u64::from(g.clients_without_trajectory.get()))
            .sum()
    }

    /// Clients in a trajectory, over all groups: those of whom a share makes the next step.
    pub fn trajectory_units(&self) -> u64 {
        self.groups
            .iter()
            .flat_map(|g| &g.instruments)
            .filter(|i| i.kind == InstrumentKind::Trajectory)
            .map(|i| u64::from(i.units.get()))
            .sum()
    }

    /// Move the reserve at `index` to `destination`; the plan's grand total stays the same.
    pub fn move_reserve(&mut self, index: usize, destination: ReserveDestination) {
        if let Some(reserve) = self.reserves.get_mut(index) {
            reserve.destination = destination;
        }
    }
}
