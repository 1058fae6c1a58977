//! The engine: pure, deterministic computation of the sheltered-work sheet, who pays and who
//! benefits, the break-even wage value and the horizon. No egui, no file system, no clock.
//!
//! Money is [`rust_decimal::Decimal`], computed exactly and rounded to cents ([`cents`]) only
//! when presented or split to the cent.

mod actors;
pub mod analysis;
mod baseline;
mod bounded;
mod break_even;
pub mod budget;
mod cost_paths;
mod document;
mod error;
mod evaluate;
mod inputs;
pub mod lines;
mod money;
pub mod multi_year;
mod municipality_break_even;
pub mod output;
mod parameters;
mod per_actor;
pub mod presentation;
mod provenance;
pub mod registry;
mod sheet;
mod sweep;
pub mod tax;
pub mod tax_table;
pub mod uncertainty;
mod year_table;

pub use actors::{Actor, ActorMatrix, ActorRow, Flow, FlowKey, amount, flows};
pub use baseline::Baseline;
pub use bounded::{BoundedDecimal, Count, Hours, MAX_AMOUNT, Money, Month, Pct, RangeError, Years};
pub use break_even::{BreakEven, break_even_wage_value};
pub use cost_paths::{CostPath, Course, Pocket};
pub use document::{Model, Scenario, ScenarioError};
pub use error::ModelError;
pub use evaluate::Evaluation;
pub use inputs::{
    HOLIDAY_ALLOWANCE, Inputs, Origin, REFERENCE_WEEK_HOURS_FROM_2024, statutory_hours_factor,
};
pub use money::cents;
pub use multi_year::{MultiYear, YearFigures};
pub use municipality_break_even::{MunicipalityBreakEven, municipality_break_even};
pub use parameters::{
    BenefitSaved, BuigBasis, CoachingDeliverer, LksRule, LksShare, Overrides, Parameters,
    Placement, SOCIETAL_COST_PER_CLIENT, STANDARD_DISCOUNT_RATE_PCT, Year,
};
pub use per_actor::PerActor;
pub use presentation::{Figure, PlotChoice, Presentation, PresentationEdit, PresentationView};
pub use provenance::{
    Edits, MAX_SOURCE_CHARS, ParamOrigin, SourceTextError, Superseded, checked_source_text,
    same_setting,
};
pub use registry::{Group, ParamDef, ParamKey, REGISTRY, Texts, Unit};
pub use sheet::{LAYOUT, LineKey, Reference, ReferenceRow, Sheet, SheetLine, Side, reference_keys};
pub use sweep::{WageValuePoint, by_wage_value};
pub use year_table::{HalfYear, YearRow, YearTable};
