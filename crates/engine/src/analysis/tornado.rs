//! Sensitivity: how far one output swings when each parameter moves, largest swing first.

use rust_decimal::Decimal;

use crate::output::OutputKey;
use crate::registry::ParamKey;
use crate::{Evaluation, ModelError, Parameters};

/// How far each parameter is moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variation {
    /// Down and up by this percentage of its current value (clamped to its range).
    Percent(Decimal),
    /// From the lowest to the highest value it may take.
    FullRange,
}

/// One bar of the tornado.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TornadoBar {
    /// The parameter moved.
    pub param: ParamKey,
    /// Its low and high setting.
    pub inputs: (Decimal, Decimal),
    /// The output at the low and the high setting.
    pub outputs: (Decimal, Decimal),
}

impl TornadoBar {
    /// The distance between the two outputs.
    pub fn swing(&self) -> Decimal {
        (self.outputs.1 - self.outputs.0).abs()
    }
}

/// The tornado of `output` over `params`: every parameter moved on its own, sorted by swing,
/// largest first (equal swings keep the panel's order).
pub fn tornado(
    params: &Parameters,
    output: OutputKey,
    variation: Variation,
    candidates: &[ParamKey],
) -> Result<(Decimal, Vec<TornadoBar>), ModelError> {
    let base_evaluation = Evaluation::of(params)?;
    let base = output.value(&base_evaluation);
    let mut bars = Vec::with_capacity(candidates.len());
    for &param in candidates {
        let current = param.get(params, &base_evaluation);
        let (min, max) = param.range();
        let (low, high) = match variation {
            Variation::Percent(pct) => {
                let delta = current.abs() * pct / Decimal::ONE_HUNDRED;
                ((current - delta).max(min), (current + delta).min(max))
            }
            Variation::FullRange => (min, max),
        };
        let at = |value| -> Result<Decimal, ModelError> {
            let mut varied = if param == ParamKey::Years {
                params.clone()
            } else {
                output.lean(params)
            };
            param.set(&mut varied, value);
            Ok(output.value(&Evaluation::of(&varied)?))
        };
        bars.push(TornadoBar {
            param,
            inputs: (low, high),
            outputs: (at(low)?, at(high)?),
        });
    }
    bars.sort_by_key(|b| std::cmp::Reverse(b.swing()));
    Ok((base, bars))
}
