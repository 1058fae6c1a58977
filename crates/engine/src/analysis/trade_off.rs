//! Trade-offs at a glance: one output over a grid of two parameters' values, and the break-even
//! contour where it crosses zero.
//!
//! The grid has `steps × steps` points (at most [`MAX_STEPS`] a side, so the work is bounded:
//! 101² ≈ 10.000 evaluations). The contour is found cell by cell (marching squares): where the
//! output changes sign along a cell's edge, the crossing is interpolated linearly between the two
//! corners — exact where the output is linear along the edge, as the net is in the wage value and in
//! every cost. A cell crossed on all four edges (a saddle) is split by the sign of its centre, the
//! mean of its corners.

use rust_decimal::Decimal;

use crate::output::OutputKey;
use crate::registry::ParamKey;
use crate::{Evaluation, ModelError, Parameters};

/// The most grid points along one axis.
pub const MAX_STEPS: usize = 101;

/// One axis of the grid: the parameter and the range it spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Axis {
    /// The parameter along this axis.
    pub param: ParamKey,
    /// The lowest value.
    pub low: Decimal,
    /// The highest value.
    pub high: Decimal,
}

impl Axis {
    /// The value at grid index `i` of `steps`.
    pub fn at(&self, i: usize, steps: usize) -> Decimal {
        let last = Decimal::from(steps.saturating_sub(1).max(1));
        self.low + (self.high - self.low) * Decimal::from(i) / last
    }
}

/// A point of the break-even contour: x and y in the parameters' units.
pub type ContourPoint = (Decimal, Decimal);

/// The output over the grid, with the break-even contour and the scenario's own point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TradeOff {
    /// The output shaded.
    pub output: OutputKey,
    /// The horizontal axis.
    pub x: Axis,
    /// The vertical axis.
    pub y: Axis,
    /// Grid points per axis.
    pub steps: usize,
    /// The output at every grid point, row by row from the lowest y: `values[j * steps + i]` is at
    /// x index i, y index j.
    pub values: Vec<Decimal>,
    /// The break-even contour as line segments.
    pub contour: Vec<[ContourPoint; 2]>,
    /// The scenario's own values of the two parameters.
    pub current: ContourPoint,
    /// The output at the scenario's own values.
    pub current_value: Decimal,
}

impl TradeOff {
    /// The output at grid index (i, j).
    pub fn value(&self, i: usize, j: usize) -> Option<Decimal> {
        self.values.get(j * self.steps + i).copied()
    }
}

/// `output` over `steps × steps` values of `x` and `y` (clamped to 2..=[`MAX_STEPS`]), everything
/// else as in `params`.
pub fn trade_off(
    params: &Parameters,
    output: OutputKey,
    x: Axis,
    y: Axis,
    steps: usize,
) -> Result<TradeOff, ModelError> {
    let steps = steps.clamp(2, MAX_STEPS);
    let horizon = x.param == ParamKey::Years || y.param == ParamKey::Years;
    let mut varied = if horizon {
        params.clone()
    } else {
        output.lean(params)
    };
    let current_evaluation = Evaluation::of(params)?;
    let current = (
        x.param.get(params, &current_evaluation),
        y.param.get(params, &current_evaluation),
    );
    let mut values = Vec::with_capacity(steps * steps);
    for j in 0..steps {
        y.param.set(&mut varied, y.at(j, steps));
        for i in 0..steps {
            x.param.set(&mut varied, x.at(i, steps));
            values.push(output.value(&Evaluation::of(&varied)?));
        }
    }
    let mut result = TradeOff {
        output,
        x,
        y,
        steps,
        values,
        contour: Vec::new(),
        current,
        current_value: output.value(&current_evaluation),
    };
    result.contour = contour(&result);
    Ok(result)
}

/// Where the output changes sign between two corners, if it does: zero counts as not negative.
fn crossing(a: ContourPoint, va: Decimal, b: ContourPoint, vb: Decimal) -> Option<ContourPoint> {
    if (va < Decimal::ZERO) == (vb < Decimal::ZERO) {
        return None;
    }
    let t = va.checked_div(va.checked_sub(vb)?)?;
    Some((
        a.0.checked_add(b.0.checked_sub(a.0)?.checked_mul(t)?)?,
        a.1.checked_add(b.1.checked_sub(a.1)?.checked_mul(t)?)?,
    ))
}

/// The zero contour, cell by cell.
fn contour(grid: &TradeOff) -> Vec<[ContourPoint; 2]> {
    let n = grid.steps;
    let mut segments = Vec::new();
    for j in 0..n - 1 {
        for i in 0..n - 1 {
            // Corners counter-clockwise from the lower left, with their values.
            let corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)].map(|(ci, cj)| {
                (
                    (grid.x.at(ci, n), grid.y.at(cj, n)),
                    grid.value(ci, cj).unwrap_or_default(),
                )
            });
            let points: Vec<ContourPoint> = (0..4)
                .filter_map(|k| {
                    let (a, va) = corners[k];
                    let (b, vb) = corners[(k + 1) % 4];
                    crossing(a, va, b, vb)
                })
                .collect();
            match points.as_slice() {
                [p, q] => segments.push([*p, *q]),
                [p, q, r, s] => {
                    // A saddle: the centre's sign says which corners the contour cuts off.
                    // The sign of the mean is the sign of the sum; a sum past Decimal's range
                    // is taken as not negative.
                    let centre = corners
                        .iter()
                        .try_fold(Decimal::ZERO, |sum, c| sum.checked_add(c.1))
                        .unwrap_or_default();
                    if (centre < Decimal::ZERO) == (corners[0].1 < Decimal::ZERO) {
                        segments.push([*p, *s]);
                        segments.push([*q, *r]);
                    } else {
                        segments.push([*p, *q]);
                        segments.push([*r, *s]);
                    }
                }
                _ => {}
            }
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{LksRule, Money, Pct};
    use rust_decimal_macros::dec;

    /// The slides' rule: the sheet's net is wage value × € 22.800 − workplace costs.
    fn slides() -> Parameters {
        Parameters {
            lks_rule: LksRule::FullyLoaded,
            fully_loaded_wage_cost: Money::new(dec!(22800)).expect("in range"),
            wage_value_pct: Pct::new(dec!(40)).expect("in range"),
            workplace: Money::new(dec!(10000)).expect("in range"),
            ..Parameters::default()
        }
    }

    fn grid() -> TradeOff {
        let x = Axis {
            param: ParamKey::WageValuePct,
            low: dec!(0),
            high: dec!(100),
        };
        let y = Axis {
            param: ParamKey::Workplace,
            low: dec!(0),
            high: dec!(25000),
        };
        trade_off(&slides(), OutputKey::Net, x, y, 41).expect("computes")
    }

    #[test]
    fn the_grid_holds_the_net_at_each_point() {
        let g = grid();
        assert_eq!(g.values.len(), 41 * 41);
        // x index 16 is 40 %, y index 16 is € 10.000: the slides' −880.
        assert_eq!(g.x.at(16, 41), dec!(40));
        assert_eq!(g.y.at(16, 41), dec!(10000));
        assert_eq!(g.value(16, 16), Some(dec!(-880)));
        // 100 % and no workplace costs: the whole € 22.800.
        assert_eq!(g.value(40, 0), Some(dec!(22800)));
        assert_eq!(g.current, (dec!(40), dec!(10000)));
        assert_eq!(g.current_value, dec!(-880));
    }

    #[test]
    fn the_break_even_contour_is_the_straight_line_by_hand() {
        // net = 228 × wage value − workplace = 0: workplace = 228 × wage value, from (0, 0) to
        // (100, 22.800); it leaves the grid's top (25.000) nowhere, so it spans the whole width.
        let g = grid();
        assert!(!g.contour.is_empty());
        for segment in &g.contour {
            for (x, y) in segment {
                assert!((dec!(228) * x - y).abs() < dec!(0.000001), "{x}, {y}");
            }
        }
        let right = g
            .contour
            .iter()
            .flatten()
            .map(|p| p.0)
            .max()
            .expect("points");
        assert_eq!(right, dec!(100));
    }

    #[test]
    fn no_crossing_no_contour() {
        // Workplace costs above the whole wage cost of € 22.800: the net is negative everywhere.
        let x = Axis {
            param: ParamKey::WageValuePct,
            low: dec!(0),
            high: dec!(100),
        };
        let y = Axis {
            param: ParamKey::Workplace,
            low: dec!(23000),
            high: dec!(30000),
        };
        let g = trade_off(&slides(), OutputKey::Net, x, y, 11).expect("computes");
        assert!(g.contour.is_empty());
    }
}
