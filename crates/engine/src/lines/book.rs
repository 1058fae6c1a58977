//! Booking the lines: which way each flows, the actors' and the sheet's nets in any number type,
//! and the same bookings as workbook formulas over named cells.

use std::ops::{Add, Neg};

use super::{Line, SheetPlace, Term};
use crate::actors::Actor;
use crate::parameters::Parameters;
use crate::per_actor::PerActor;
use crate::sheet::LineKey;

/// A number a line's amount can be: `Decimal` in the exact engine, `f64` in the fast path.
pub trait Amount: Copy + Default + PartialOrd + Add<Output = Self> + Neg<Output = Self> {}

impl<T: Copy + Default + PartialOrd + Add<Output = T> + Neg<Output = T>> Amount for T {}

impl Line {
    /// Which way the line flows with amount `value`, and how much: a signed line with a negative
    /// amount flows the other way with the amount's size, and one of zero does not flow at all.
    #[inline]
    pub fn flow<N: Amount>(&self, value: N) -> Option<(Option<Actor>, Option<Actor>, N)> {
        let (from, to) = (self.ends.from(), self.ends.to());
        if !self.signed || value > N::default() {
            Some((from, to, value))
        } else if value < N::default() {
            Some((to, from, -value))
        } else {
            None
        }
    }
}

impl SheetPlace {
    /// What a line of amount `value` adds to the sheet's net: minus on the cost side, plus on the
    /// benefit side, nothing on both sides or off the sheet.
    #[inline]
    pub fn on_net<N: Amount>(self, value: N) -> N {
        match self {
            SheetPlace::Cost(_) => -value,
            SheetPlace::Benefit(_) => value,
            SheetPlace::None | SheetPlace::Both(_) => N::default(),
        }
    }
}

/// The lines of `lines` that apply to `params`.
pub fn applying<'a>(lines: &'a [Line], params: &'a Parameters) -> impl Iterator<Item = &'a Line> {
    lines.iter().filter(move |l| l.when.holds(params))
}

/// Call `book(line, from, to, amount)` for every line of `lines` that applies to `params`, with
/// its amount from `amount`, booked as [`Line::flow`] turns it.
pub fn each_flow<N: Amount>(
    lines: &[Line],
    params: &Parameters,
    mut amount: impl FnMut(Term) -> N,
    mut book: impl FnMut(&Line, Option<Actor>, Option<Actor>, N),
) {
    for line in applying(lines, params) {
        if let Some((from, to, value)) = line.flow(amount(line.amount)) {
            book(line, from, to, value);
        }
    }
}

/// What some lines book, in any number type: each actor's net (benefit − cost) and the sheet's
/// net (benefit side − cost side).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Booked<N> {
    /// Each actor's net.
    pub net: PerActor<N>,
    /// The sheet's net.
    pub sheet: N,
}

/// Book `lines` (already those that apply) with their amounts from `amount`, each amount worked
/// out once: the Monte Carlo's fast path picks the lines once per run and books them per draw.
#[inline]
pub fn book<'a, N: Amount>(
    lines: impl IntoIterator<Item = &'a Line>,
    mut amount: impl FnMut(Term) -> N,
) -> Booked<N> {
    let mut booked = Booked::<N>::default();
    for line in lines {
        let value = amount(line.amount);
        if let Some((from, to, value)) = line.flow(value) {
            if let Some(from) = from {
                booked.net[from] = booked.net[from] + -value;
            }
            if let Some(to) = to {
                booked.net[to] = booked.net[to] + value;
            }
        }
        booked.sheet = booked.sheet + line.sheet.on_net(value);
    }
    booked
}

/// An actor's costs and benefits of `lines` as workbook formulas over the named cells, booked as
/// [`each_flow`] books them: a signed line is `MAX(x,0)` on its way and `MAX(-x,0)` the other way.
pub fn formulas(lines: &[Line], actor: Actor, params: &Parameters) -> (String, String) {
    let mut cost = Vec::new();
    let mut benefit = Vec::new();
    for line in lines.iter().filter(|l| l.when.holds(params)) {
        let cell = line.amount.cell();
        let (from, to) = (line.ends.from(), line.ends.to());
        if line.signed {
            let forward = format!("MAX({cell},0)");
            let back = format!("MAX(-{cell},0)");
            if from == Some(actor) {
                cost.push(forward.clone());
                benefit.push(back.clone());
            }
            if to == Some(actor) {
                benefit.push(forward);
                cost.push(back);
            }
        } else {
            if from == Some(actor) {
                cost.push(cell.clone());
            }
            if to == Some(actor) {
                benefit.push(cell);
            }
        }
    }
    (sum_formula(&cost), sum_formula(&benefit))
}

/// `=a+b+…` of `terms`, `=0` for none.
fn sum_formula(terms: &[String]) -> String {
    if terms.is_empty() {
        "=0".to_string()
    } else {
        format!("={}", terms.join("+"))
    }
}

/// The formula of a sheet line over the named cells: the term of the line that stands on it
/// (the same on both sides, as the engine books it).
pub fn sheet_formula(lines: &[Line], key: LineKey, params: &Parameters) -> String {
    let terms: Vec<String> = lines
        .iter()
        .filter(|l| l.sheet.line() == Some(key) && l.when.holds(params))
        .map(|l| l.amount.cell())
        .collect();
    sum_formula(&terms)
}
