//! The random inputs the engine's property tests share (`explain`, `properties`): percentages,
//! amounts and hours over the ranges a model file may hold, in the units' own steps.
// Test code: a value the range keeps valid is unwrapped.
#![allow(clippy::unwrap_used)]

use kostenbaten::model::{Hours, Money, Pct};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A percentage from 0 to 100 %, in hundredths.
pub fn pct() -> impl Strategy<Value = Pct> {
    (0u32..=10_000).prop_map(|v| Pct::new(Decimal::new(v.into(), 2)).unwrap())
}

/// An amount from € 0 to € 50.000, in cents.
pub fn money() -> impl Strategy<Value = Money> {
    (0u64..=5_000_000).prop_map(|v| Money::new(Decimal::new(v as i64, 2)).unwrap())
}

/// Hours a week from 1 to 60, in quarters.
pub fn hours() -> impl Strategy<Value = Hours> {
    (4u32..=240).prop_map(|quarter| Hours::new(Decimal::from(quarter) / Decimal::from(4)).unwrap())
}
