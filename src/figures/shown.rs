//! The one rounding rule every face shows: every sheet line rounded to cents (half away from
//! zero), every total the sum of its shown lines. Rounding the exact total instead could make a
//! printed total differ from the sum of its printed lines by a cent or two.

use rust_decimal::Decimal;

use crate::model::{Actor, Evaluation, PerActor, Side, cents};

/// One actor's row as shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShownActor {
    /// What it pays or bears, in cents.
    pub cost: Decimal,
    /// What it receives or gains, in cents.
    pub benefit: Decimal,
    /// Shown benefit minus shown cost.
    pub net: Decimal,
    /// Net present value, in cents.
    pub npv: Decimal,
}

/// The figures of one evaluation as every report shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Each sheet line in cents, in the sheet's order.
    pub lines: Vec<Decimal>,
    /// Sum of the shown cost lines.
    pub total_cost: Decimal,
    /// Sum of the shown benefit lines.
    pub total_benefit: Decimal,
    /// Shown total benefit minus shown total cost.
    pub net: Decimal,
    /// Each actor's shown row.
    pub actors: PerActor<ShownActor>,
    /// The rows the screen's matrix and presenter mode draw: [`Shown::actors`], or for the
    /// baseline itself (the client stays home) what staying home costs each actor per client per
    /// year, its present value the staying-home one.
    pub matrix: PerActor<ShownActor>,
    /// Sum of the two municipal budgets' shown nets.
    pub municipality_net: Decimal,
    /// Sum of all actors' shown nets.
    pub society_net: Decimal,
    /// Sum of all actors' shown net present values.
    pub npv_total: Decimal,
    /// The baseline — the client at home on benefit — per actor per client per year, in cents.
    pub baseline: PerActor<Decimal>,
    /// Sum of the baseline's shown nets: minus the societal cost of staying home.
    pub baseline_society_net: Decimal,
    /// The baseline's net present value per actor over the horizon, for all clients, in cents;
    /// its `municipality()` and `total()` are sums of these.
    pub staying_home_npv: PerActor<Decimal>,
    /// Each year's net per actor over the horizon (all clients), in cents, in the horizon's
    /// order; a year's total is the sum of its shown row.
    pub year_nets: Vec<PerActor<Decimal>>,
}

impl Shown {
    /// Each actor's shown net in the matrix ([`Shown::matrix`]); its `municipality()` and
    /// `total()` are the matrix's totals.
    pub fn matrix_nets(&self) -> PerActor<Decimal> {
        self.matrix.map(|r| r.net)
    }

    /// Round the lines of `evaluation`, then add.
    pub fn of(evaluation: &Evaluation) -> Self {
        let sheet = &evaluation.sheet;
        let lines: Vec<Decimal> = sheet.lines.iter().map(|l| cents(l.amount)).collect();
        let side_total = |side| {
            sheet
                .lines
                .iter()
                .zip(&lines)
                .filter(|(l, _)| l.side == side)
                .map(|(_, amount)| *amount)
                .sum::<Decimal>()
        };
        let (total_cost, total_benefit) = (side_total(Side::Cost), side_total(Side::Benefit));
        let actors = PerActor::from_fn(|a: Actor| {
            let row = evaluation.actors.row(a);
            let (cost, benefit) = (cents(row.cost), cents(row.benefit));
            ShownActor {
                cost,
                benefit,
                net: benefit - cost,
                npv: cents(evaluation.multi_year.npv_of(a)),
            }
        });
        let staying_home_npv = evaluation.multi_year.staying_home_npv.map(|v| cents(*v));
        let matrix = if evaluation.is_baseline() {
            PerActor::from_fn(|a: Actor| {
                let row = evaluation.baseline.actors.row(a);
                let (cost, benefit) = (cents(row.cost), cents(row.benefit));
                ShownActor {
                    cost,
                    benefit,
                    net: benefit - cost,
                    npv: staying_home_npv[a],
                }
            })
        } else {
            actors
        };
        let nets = actors.map(|r| r.net);
        let baseline = evaluation.baseline.net.map(|v| cents(*v));
        Self {
            baseline_society_net: baseline.total(),
            baseline,
            lines,
            total_cost,
            total_benefit,
            net: total_benefit - total_cost,
            municipality_net: nets.municipality(),
            society_net: nets.total(),
            npv_total: actors.map(|r| r.npv).total(),
            actors,
            matrix,
            staying_home_npv,
            year_nets: evaluation
                .multi_year
                .years
                .iter()
                .map(|y| y.net.map(|v| cents(*v)))
                .collect(),
        }
    }
}
