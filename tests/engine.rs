//! The engine's tests in one binary (issue 20): net income, the sheets and the actors of the 2014
//! slides, the statutory LKS, NPV, break-even, the P-budget, the baseline, the analyses, the
//! explanation of a difference, lock-in and scenarios, rounding and the properties that hold for
//! any input. Pure computation, so no feature is needed (`baseline` and `budget` also run the
//! binary where `cli` is on). One binary per tier, not per file: each test binary links the whole
//! crate, and linking was most of a test build (BENCHMARKS.md, "Tests in binaries by tier").

#[cfg(feature = "cli")]
mod cli_common;

#[path = "params_strategy/mod.rs"]
mod params_strategy;

#[path = "engine/actors_2014.rs"]
mod actors_2014;
#[path = "engine/analysis.rs"]
mod analysis;
#[path = "engine/baseline.rs"]
mod baseline;
#[path = "engine/break_even.rs"]
mod break_even;
#[path = "engine/budget.rs"]
mod budget;
#[path = "engine/budget_rules.rs"]
mod budget_rules;
#[path = "engine/conformance.rs"]
mod conformance;
#[path = "engine/explain.rs"]
mod explain;
#[path = "engine/lock_in_and_scenarios.rs"]
mod lock_in_and_scenarios;
#[path = "engine/net_income.rs"]
mod net_income;
#[path = "engine/npv.rs"]
mod npv;
#[path = "engine/properties.rs"]
mod properties;
#[path = "engine/rounding.rs"]
mod rounding;
#[path = "engine/sheet_2014.rs"]
mod sheet_2014;
#[path = "engine/statutory_lks.rs"]
mod statutory_lks;
#[path = "engine/strategies.rs"]
mod strategies;
