//! Goal seek: the value of one parameter at which one output reaches a target.
//!
//! Every output is piecewise linear in every parameter except the horizon and the discount rate
//! (the LKS cap and the hours rule make the kinks). The solver samples the parameter's range, finds
//! the first interval where the output crosses the target, and solves it by linear interpolation —
//! exact where the output is linear in that interval, which it checks — falling back to bisection
//! with a final interpolation where it is not.

use rust_decimal::Decimal;

use crate::output::OutputKey;
use crate::registry::ParamKey;
use crate::{Evaluation, ModelError, Parameters};

/// Samples over the parameter's range when looking for a crossing.
const SAMPLES: u32 = 200;
/// Bisection steps at most; each halves the bracket.
const BISECTIONS: u32 = 120;

/// What goal seek found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Solution {
    /// The output reaches the target at this parameter value (the lowest such value in range).
    At(Decimal),
    /// The output does not reach the target anywhere in the parameter's range.
    NoneInRange,
}

impl Solution {
    /// The value, if there is one.
    pub fn value(self) -> Option<Decimal> {
        match self {
            Solution::At(v) => Some(v),
            Solution::NoneInRange => None,
        }
    }
}

/// Find the value of `param` at which `output` equals `target`, everything else as in `params`.
pub fn goal_seek(
    params: &Parameters,
    output: OutputKey,
    param: ParamKey,
    target: Decimal,
) -> Result<Solution, ModelError> {
    let mut varied = if param == ParamKey::Years {
        params.clone()
    } else {
        output.lean(params)
    };
    let mut f = |x: Decimal| -> Result<Decimal, ModelError> {
        param.set(&mut varied, x);
        let value = output.value(&Evaluation::of(&varied)?);
        // A target near Decimal's limit (typed on the command line) is beyond every output: the
        // difference saturates with the right sign instead of overflowing.
        Ok(value
            .checked_sub(target)
            .unwrap_or(if target.is_sign_positive() {
                Decimal::MIN
            } else {
                Decimal::MAX
            }))
    };
    let (low, high) = param.range();
    if param.is_whole() {
        return seek_whole(&mut f, low, high);
    }
    // The range of money parameters is wide (up to € 100 million); space the samples
    // quadratically so they are dense near zero, where real values lie.
    let point = |i: u32| -> Decimal {
        let t = Decimal::from(i) / Decimal::from(SAMPLES);
        low + (high - low) * t * t
    };
    let mut a = point(0);
    let mut fa = f(a)?;
    if fa.is_zero() {
        return Ok(Solution::At(a));
    }
    for i in 1..=SAMPLES {
        let b = point(i);
        let fb = f(b)?;
        if fb.is_zero() {
            return Ok(Solution::At(b));
        }
        if fa.is_sign_negative() != fb.is_sign_negative() {
            return refine(&mut f, a, fa, b, fb).map(Solution::At);
        }
        (a, fa) = (b, fb);
    }
    Ok(Solution::NoneInRange)
}

/// Solve within a bracket where `f` changes sign.
fn refine(
    f: &mut impl FnMut(Decimal) -> Result<Decimal, ModelError>,
    mut a: Decimal,
    mut fa: Decimal,
    mut b: Decimal,
    mut fb: Decimal,
) -> Result<Decimal, ModelError> {
    let tolerance = Decimal::new(1, 12);
    for _ in 0..BISECTIONS {
        // Linear interpolation: exact when f is linear between a and b.
        let x = interpolate(a, fa, b, fb).unwrap_or((a + b) / Decimal::TWO);
        let fx = f(x)?;
        if fx.abs() <= tolerance {
            return Ok(x);
        }
        let mid = (a + b) / Decimal::TWO;
        let fm = f(mid)?;
        if fm.is_zero() {
            return Ok(mid);
        }
        if fa.is_sign_negative() != fm.is_sign_negative() {
            (b, fb) = (mid, fm);
        } else {
            (a, fa) = (mid, fm);
        }
    }
    Ok(interpolate(a, fa, b, fb).unwrap_or((a + b) / Decimal::TWO))
}

/// Where the line through (a, fa) and (b, fb) crosses zero; `None` where the arithmetic would
/// overflow. The ratio comes first: with fa and fb of opposite signs it lies in [0, 1].
fn interpolate(a: Decimal, fa: Decimal, b: Decimal, fb: Decimal) -> Option<Decimal> {
    let ratio = fa.checked_div(fb.checked_sub(fa)?)?;
    a.checked_sub(ratio.checked_mul(b.checked_sub(a)?)?)
}

/// Whole-number parameters (years): the first whole value at which the output reaches the target.
fn seek_whole(
    f: &mut impl FnMut(Decimal) -> Result<Decimal, ModelError>,
    low: Decimal,
    high: Decimal,
) -> Result<Solution, ModelError> {
    let mut x = low;
    let first = f(x)?;
    while x <= high {
        let fx = f(x)?;
        if fx.is_zero() || fx.is_sign_negative() != first.is_sign_negative() {
            return Ok(Solution::At(x));
        }
        x += Decimal::ONE;
        if x - low > Decimal::from(100) {
            break;
        }
    }
    Ok(Solution::NoneInRange)
}
