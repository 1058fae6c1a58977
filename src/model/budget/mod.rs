//! The P-budget planner: client groups, instruments, reserves and the local budget split to the cent.

mod plan;
mod split;

pub use plan::{
    BudgetPlan, BudgetResult, ClientGroup, GroupKind, Instrument, InstrumentKind, LocalBudget,
    LocalPart, Municipality, Payer, Reserve, ReserveDestination,
};
pub use split::split_largest_remainder;
