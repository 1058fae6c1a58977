//! Reports: the sheet, the scenario comparison, the goal seek and the P-budget plan as text, CSV or
//! JSON, for the command line and the app alike.

pub mod analysis;
pub mod budget;
pub mod sheet;
