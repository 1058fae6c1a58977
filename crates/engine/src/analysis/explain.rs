//! The difference explained: from one scenario to another, how much of the change in one output
//! each differing input accounts for.
//!
//! Two methods. **Sequential**: the inputs are switched from `from` to `to` one at a time in a fixed
//! order ([`Factor::all`]: placement; year, month and own year-table figures; the other registry
//! parameters in the panel's order);
//! each effect is the output after its switch minus the output before. The result depends on the
//! order wherever inputs interact (a wage value times a wage cost). **Average over all orders**
//! (Shapley values): each input's effect averaged over every order of switching, which depends on
//! no order; an interaction is shared equally. It is computed exactly from the output of every
//! subset of switched inputs, 2ⁿ evaluations, and refused above [`MAX_AVERAGE_FACTORS`] inputs
//! (4.096 evaluations) rather than grouped or sampled, so every figure it shows is exact.
//!
//! Exactness: every output is first rounded to cents (the money rule, [`cents`]) and counted in
//! whole cents as `i128`. Sequential effects are differences of consecutive outputs, so they add up
//! to end − start by telescoping, with no rounding at all. Average effects are exact fractions
//! (a sum of whole cents times whole weights, over n!) rounded to cents half away from zero; what
//! that rounding leaves (at most n/2 cents) is put on the largest effect (by size; on a tie the
//! first in the fixed order), so the effects add up exactly to end − start as well. Whole-number
//! arithmetic also makes the average independent of the order the inputs are listed in.

mod bars;
mod factor;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

pub use bars::{BarKind, WaterfallBar};
pub use factor::{Factor, Setting};

use crate::output::OutputKey;
use crate::{Evaluation, ModelError, Parameters, RangeError, cents};

/// The most differing inputs the average over all orders takes: 2¹² = 4.096 evaluations.
pub const MAX_AVERAGE_FACTORS: usize = 12;

/// How the difference is attributed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Method {
    /// One input at a time, in a fixed order.
    Sequential,
    /// The average over all orders (Shapley values).
    #[default]
    Average,
}

impl Method {
    /// The key on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Method::Sequential => "sequential",
            Method::Average => "average",
        }
    }
}

/// One input's share of the difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// The input.
    pub factor: Factor,
    /// Its value in the first scenario.
    pub from_value: Setting,
    /// Its value in the second.
    pub to_value: Setting,
    /// Its effect on the output, in cents.
    pub effect: Decimal,
}

/// The change in one output from one scenario to another, attributed to the inputs that differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The output explained.
    pub output: OutputKey,
    /// The output in the first scenario, in cents.
    pub start: Decimal,
    /// The output in the second, in cents.
    pub end: Decimal,
    /// How the effects were attributed.
    pub method: Method,
    /// One step per differing input, in the order used; the effects add up to `end − start`.
    pub steps: Vec<Step>,
    /// The input that took the cents left by rounding the average, if any were left.
    pub residual_on: Option<Factor>,
}

/// Why a difference cannot be explained.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExplainError {
    /// Too many inputs differ for the exact average.
    #[error(
        "{count} invoergegevens verschillen; het gemiddelde over alle volgordes rekent er ten \
         hoogste {max} exact uit: kies de volgordemethode (sequential)"
    )]
    TooManyForAverage {
        /// How many differ.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// The first or second scenario itself cannot be computed.
    #[error("het {which} scenario is niet te berekenen: {source}")]
    Endpoint {
        /// "eerste" or "tweede".
        which: &'static str,
        /// Why.
        source: ModelError,
    },
    /// A scenario between the two, with only some inputs switched, cannot be computed.
    #[error(
        "met alleen {switched} overgezet is het tussenscenario niet te berekenen: {source}{}",
        if *average { "; kies de volgordemethode (sequential), die minder tussenscenario's nodig heeft" } else { "" }
    )]
    Intermediate {
        /// The keys of the inputs switched, comma-separated.
        switched: String,
        /// Why.
        source: ModelError,
        /// Whether the average asked for it (the sequential method needs fewer scenarios between).
        average: bool,
    },
    /// A value could not be copied (a defect: both scenarios were valid).
    #[error(transparent)]
    Range(#[from] RangeError),
    /// The scenarios differ in something no factor covers (a defect of this module).
    #[error("de scenario's verschillen in iets dat de uitleg niet kent")]
    Uncovered,
    /// The figures are too large to add exactly.
    #[error("de bedragen zijn te groot om exact op te tellen")]
    Overflow,
}

/// Explain the change in `output` from `from` to `to`, switching in the fixed order.
pub fn explain(
    from: &Parameters,
    to: &Parameters,
    output: OutputKey,
    method: Method,
) -> Result<Explanation, ExplainError> {
    explain_in_order(from, to, output, method, &Factor::all())
}

/// [`explain`] with the inputs switched in `order` (factors not in it follow in the fixed order):
/// the sequential effects depend on it, the average's do not, which the tests check.
pub fn explain_in_order(
    from: &Parameters,
    to: &Parameters,
    output: OutputKey,
    method: Method,
    order: &[Factor],
) -> Result<Explanation, ExplainError> {
    // At most 27 factors exist (placement, 22 parameters, 4 overrides): every mask fits a u32.
    let factors = differing(from, to, order);
    let between = Between {
        from,
        to,
        output,
        factors: &factors,
        average: method == Method::Average,
    };
    let full = (1u32 << factors.len()) - 1;
    if between.scenario(full)? != *to {
        return Err(ExplainError::Uncovered);
    }
    let start = between.value(0).map_err(|e| endpoint(e, "eerste"))?;
    let end = between.value(full).map_err(|e| endpoint(e, "tweede"))?;
    let (effects, residual_on) = match method {
        Method::Sequential => (sequential(&between, start)?, None),
        Method::Average => average(&between, start, end)?,
    };
    Ok(Explanation {
        output,
        start: from_cents(start),
        end: from_cents(end),
        method,
        steps: factors
            .iter()
            .zip(effects)
            .map(|(&factor, effect)| Step {
                factor,
                from_value: factor.setting(from),
                to_value: factor.setting(to),
                effect: from_cents(effect),
            })
            .collect(),
        residual_on: residual_on.map(|i| factors[i]),
    })
}

/// The factors whose setting differs, in `order`, then any others in the fixed order.
fn differing(from: &Parameters, to: &Parameters, order: &[Factor]) -> Vec<Factor> {
    let mut factors: Vec<Factor> = Vec::new();
    for factor in order.iter().copied().chain(Factor::all()) {
        if !factors.contains(&factor) && factor.setting(from) != factor.setting(to) {
            factors.push(factor);
        }
    }
    factors
}

fn endpoint(err: ExplainError, which: &'static str) -> ExplainError {
    match err {
        ExplainError::Intermediate { source, .. } => ExplainError::Endpoint { which, source },
        other => other,
    }
}

/// The scenarios between `from` and `to`: bit i of a mask set means factor i is switched.
struct Between<'a> {
    from: &'a Parameters,
    to: &'a Parameters,
    output: OutputKey,
    factors: &'a [Factor],
    average: bool,
}

impl Between<'_> {
    fn scenario(&self, mask: u32) -> Result<Parameters, ExplainError> {
        let mut params = self.from.clone();
        for (i, factor) in self.factors.iter().enumerate() {
            if mask & (1 << i) != 0 {
                factor.copy(self.to, &mut params)?;
            }
        }
        Ok(params)
    }

    /// The output of scenario `mask`, in whole cents.
    fn value(&self, mask: u32) -> Result<i128, ExplainError> {
        let params = self.output.lean(&self.scenario(mask)?);
        let evaluation = Evaluation::of(&params).map_err(|source| ExplainError::Intermediate {
            switched: self.switched(mask),
            source,
            average: self.average,
        })?;
        whole_cents(self.output.value(&evaluation))
    }

    fn switched(&self, mask: u32) -> String {
        let keys: Vec<&str> = (0..self.factors.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| self.factors[i].key())
            .collect();
        if keys.is_empty() {
            "niets".into()
        } else {
            keys.join(", ")
        }
    }
}

fn whole_cents(value: Decimal) -> Result<i128, ExplainError> {
    cents(value)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|c| c.to_i128())
        .ok_or(ExplainError::Overflow)
}

fn from_cents(value: i128) -> Decimal {
    Decimal::from_i128_with_scale(value, 2)
}

/// Switch the factors one by one: each effect the output after minus the output before.
fn sequential(between: &Between<'_>, start: i128) -> Result<Vec<i128>, ExplainError> {
    let mut before = start;
    let mut effects = Vec::with_capacity(between.factors.len());
    for i in 0..between.factors.len() {
        let after = between.value((2u32 << i) - 1)?;
        effects.push(after.checked_sub(before).ok_or(ExplainError::Overflow)?);
        before = after;
    }
    Ok(effects)
}

/// Shapley values: for factor i, the sum over subsets S without i of |S|!·(n−|S|−1)!·(v(S∪i) − v(S)),
/// over n!, rounded to cents; the rounding's residual on the largest effect (its index returned).
fn average(
    between: &Between<'_>,
    start: i128,
    end: i128,
) -> Result<(Vec<i128>, Option<usize>), ExplainError> {
    let n = between.factors.len();
    if n > MAX_AVERAGE_FACTORS {
        return Err(ExplainError::TooManyForAverage {
            count: n,
            max: MAX_AVERAGE_FACTORS,
        });
    }
    let values = (0..1u32 << n)
        .map(|mask| between.value(mask))
        .collect::<Result<Vec<i128>, _>>()?;
    let factorial = |k: usize| (1..=k as i128).product::<i128>();
    let weights: Vec<i128> = (0..n)
        .map(|s| factorial(s) * factorial(n - s - 1))
        .collect();
    let overflow = || ExplainError::Overflow;
    let mut effects = Vec::with_capacity(n);
    for i in 0..n {
        let bit = 1u32 << i;
        let mut sum: i128 = 0;
        for mask in (0..1u32 << n).filter(|m| m & bit == 0) {
            let gain = values[(mask | bit) as usize]
                .checked_sub(values[mask as usize])
                .ok_or_else(overflow)?;
            let term = gain
                .checked_mul(weights[mask.count_ones() as usize])
                .ok_or_else(overflow)?;
            sum = sum.checked_add(term).ok_or_else(overflow)?;
        }
        effects.push(divide_rounded(sum, factorial(n)));
    }
    let total = end.checked_sub(start).ok_or_else(overflow)?;
    let shown = effects
        .iter()
        .try_fold(0i128, |sum, e| sum.checked_add(*e))
        .ok_or_else(overflow)?;
    let residual = total.checked_sub(shown).ok_or_else(overflow)?;
    if residual == 0 {
        return Ok((effects, None));
    }
    // The largest effect by size; on a tie the first in the fixed order, whatever order was asked.
    let largest = (0..n).max_by(|&a, &b| {
        effects[a]
            .abs()
            .cmp(&effects[b].abs())
            .then(between.factors[b].rank().cmp(&between.factors[a].rank()))
    });
    if let Some(i) = largest {
        effects[i] = effects[i].checked_add(residual).ok_or_else(overflow)?;
    }
    Ok((effects, largest))
}

/// `numerator / denominator` (denominator > 0) rounded to a whole number, half away from zero.
fn divide_rounded(numerator: i128, denominator: i128) -> i128 {
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if remainder.abs() * 2 >= denominator {
        quotient + numerator.signum()
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests;
