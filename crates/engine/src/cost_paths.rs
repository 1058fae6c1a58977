//! Doing nothing against acting, like against like: for the municipality and for society as a
//! whole, what each option costs that pocket over the years, cumulative and at present value.
//!
//! Doing nothing is the baseline (the clients stay home on benefit): the municipality pays the
//! benefit, society bears the societal cost. Acting costs each pocket the baseline's cost minus the
//! scenario's net — the scenario's results are differences from the baseline — so the gap between
//! a pocket's two lines is exactly that pocket's cumulative NPV.

use rust_decimal::Decimal;

use super::multi_year::MultiYear;
use super::per_actor::PerActor;

/// Whose costs a path counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pocket {
    /// The municipality: its participation budget and BUIG together.
    Municipality,
    /// Society: every actor together (transfers cancel).
    Society,
}

/// Which option a path follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Course {
    /// The clients stay home on benefit.
    DoNothing,
    /// The scenario.
    Act,
}

/// One line: a pocket under one option, its cumulative discounted cost at the end of each year
/// (the first point is the start, 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostPath {
    /// Whose costs.
    pub pocket: Pocket,
    /// Which option.
    pub course: Course,
    /// Cumulative cost at present value after year 0, 1, …, n (positive: a cost).
    pub cumulative: Vec<Decimal>,
}

impl MultiYear {
    /// The four paths: municipality and society, each doing nothing and acting.
    pub fn cost_paths(&self) -> [CostPath; 4] {
        let path = |pocket: Pocket, course: Course| {
            let sum = |values: &PerActor<Decimal>| match pocket {
                Pocket::Municipality => values.municipality(),
                Pocket::Society => values.total(),
            };
            let mut total = Decimal::ZERO;
            let mut cumulative = Vec::with_capacity(self.years.len() + 1);
            cumulative.push(total);
            for year in &self.years {
                let home = sum(&year.staying_home_discounted);
                let net = match course {
                    Course::DoNothing => home,
                    Course::Act => home + sum(&year.discounted),
                };
                total -= net;
                cumulative.push(total);
            }
            CostPath {
                pocket,
                course,
                cumulative,
            }
        };
        [
            path(Pocket::Municipality, Course::DoNothing),
            path(Pocket::Municipality, Course::Act),
            path(Pocket::Society, Course::DoNothing),
            path(Pocket::Society, Course::Act),
        ]
    }
}
