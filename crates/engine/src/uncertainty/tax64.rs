//! The year's wage-tax rules in f64, prepared once per run: the engine's own prepared table
//! ([`crate::tax_table::TaxTable`], the one place the tax functions are written) in f64.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::tax::TaxRules;
use crate::tax_table::TaxTable;

/// A Decimal as f64 (every figure of the model is far inside f64's range).
pub(super) fn f(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// [`TaxRules`] in f64.
pub(super) type Tax64 = TaxTable<f64>;

/// The rules of a year prepared in f64.
pub(super) fn tax64(rules: &TaxRules) -> Tax64 {
    rules.table().map(f)
}
