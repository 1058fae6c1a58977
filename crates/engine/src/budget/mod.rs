//! The P-budget planner: client groups, instruments, reserves and the local budget split to the cent.

mod plan;
mod provenance;
mod result;
mod split;

pub use plan::{
    BudgetPlan, ClientGroup, GroupKind, Instrument, InstrumentKind, LocalBudget, Municipality,
    Payer, Reserve, ReserveDestination,
};
pub use provenance::Provenance;
pub use result::{BudgetResult, LocalPart, LocalTotals};
pub use split::{percent_shares, split_largest_remainder};
