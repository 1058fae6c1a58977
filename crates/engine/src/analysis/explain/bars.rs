//! An explanation as the bars of a waterfall, the one place the running total is kept: the app,
//! presenter mode and the report draw these.

use rust_decimal::Decimal;

use super::{Explanation, Factor};

/// What a waterfall bar stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    /// The output in the first scenario, from zero.
    Start,
    /// One input's effect, from the running total.
    Step(Factor),
    /// The output in the second scenario, from zero.
    End,
}

/// One bar of a waterfall: it starts at `base` and is `length` long (negative: downwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaterfallBar {
    /// What it stands for.
    pub kind: BarKind,
    /// Where it starts.
    pub base: Decimal,
    /// Its length.
    pub length: Decimal,
}

impl WaterfallBar {
    /// Whether it is the start or the end rather than an effect.
    pub fn is_total(&self) -> bool {
        !matches!(self.kind, BarKind::Step(_))
    }
}

impl Explanation {
    /// A bar from zero to the start, one per step from the running total by its effect, and a bar
    /// from zero to the end.
    pub fn bars(&self) -> Vec<WaterfallBar> {
        let mut running = self.start;
        let mut bars = Vec::with_capacity(self.steps.len() + 2);
        bars.push(WaterfallBar {
            kind: BarKind::Start,
            base: Decimal::ZERO,
            length: self.start,
        });
        for step in &self.steps {
            bars.push(WaterfallBar {
                kind: BarKind::Step(step.factor),
                base: running,
                length: step.effect,
            });
            // The effects add up to end − start, so this cannot overflow for an explanation the
            // engine made; checked all the same, as the fields are public.
            running = running.checked_add(step.effect).unwrap_or(running);
        }
        bars.push(WaterfallBar {
            kind: BarKind::End,
            base: Decimal::ZERO,
            length: self.end,
        });
        bars
    }
}
