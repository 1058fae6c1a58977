//! The wage tax's piecewise-linear functions, written once for any number type: the exact engine
//! evaluates them in `Decimal`, the Monte Carlo's fast path in `f64`, both from one table prepared
//! from a year's [`TaxRules`] (each rate as a fraction, the labour credit's steps chained once).

use std::ops::{Add, Mul, Sub};
use std::sync::OnceLock;

use rust_decimal::Decimal;

use super::tax::TaxRules;

/// A number the tax functions compute in (`Decimal`, `f64`).
pub trait Number:
    Copy + Default + PartialOrd + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self>
{
}

impl<T> Number for T where
    T: Copy + Default + PartialOrd + Add<Output = T> + Sub<Output = T> + Mul<Output = T>
{
}

fn max<N: PartialOrd>(a: N, b: N) -> N {
    if b > a { b } else { a }
}

fn min<N: PartialOrd>(a: N, b: N) -> N {
    if b < a { b } else { a }
}

/// A credit's phase-out: from an income on it falls by `slope` per euro, down to `floor`.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseOut<N> {
    /// Where the fall starts.
    pub from: N,
    /// The fall per euro, as a fraction.
    pub slope: N,
    /// Where the fall stops.
    pub floor: N,
}

impl<N: Number> PhaseOut<N> {
    /// `top` fallen to `income`.
    fn fallen(&self, top: N, income: N) -> N {
        max(top - self.slope * (income - self.from), self.floor)
    }
}

/// One step of the labour credit's build-up: from `from` on the credit is `at_from + slope ×
/// (income − from)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<N> {
    /// Where the step starts.
    pub from: N,
    /// The credit there.
    pub at_from: N,
    /// Its rise per euro, as a fraction.
    pub slope: N,
}

/// A year's wage-tax rules, prepared.
#[derive(Clone, Debug, PartialEq)]
pub struct TaxTable<N> {
    /// The brackets: where each starts and its rate as a fraction.
    pub brackets: Vec<(N, N)>,
    /// The general credit's maximum.
    pub general_max: N,
    /// The general credit's phase-out.
    pub general: PhaseOut<N>,
    /// The labour credit's build-up.
    pub steps: Vec<Step<N>>,
    /// The labour credit's maximum.
    pub labour_max: N,
    /// The labour credit's phase-out.
    pub labour: PhaseOut<N>,
    /// The labour credit built up to where its phase-out starts.
    pub labour_at_phase_out: N,
}

impl TaxTable<Decimal> {
    /// Prepare `rules`: the rates as fractions, each labour-credit step's starting credit chained
    /// from the one before (or its own base where the law gives one).
    pub fn of(rules: &TaxRules) -> Self {
        let fraction = |pct: Decimal| pct / Decimal::ONE_HUNDRED;
        let labour = &rules.labour_credit;
        let mut steps: Vec<Step<Decimal>> = Vec::with_capacity(labour.steps.len());
        for step in &labour.steps {
            let at_from = match (step.base, steps.last()) {
                (Some(base), _) => base,
                (None, Some(prev)) => prev.at_from + prev.slope * (step.from - prev.from),
                (None, None) => Decimal::ZERO,
            };
            steps.push(Step {
                from: step.from,
                at_from,
                slope: fraction(step.pct),
            });
        }
        let general = &rules.general_credit;
        let mut table = Self {
            brackets: rules
                .brackets
                .iter()
                .map(|b| (b.from, fraction(b.pct)))
                .collect(),
            general_max: general.max,
            general: PhaseOut {
                from: general.phase_out_from,
                slope: fraction(general.phase_out_pct),
                floor: general.floor,
            },
            steps,
            labour_max: labour.max,
            labour: PhaseOut {
                from: labour.phase_out_from,
                slope: fraction(labour.phase_out_pct),
                floor: labour.floor,
            },
            labour_at_phase_out: Decimal::ZERO,
        };
        table.labour_at_phase_out = table.built_up(labour.phase_out_from);
        table
    }
}

impl<N: Number> TaxTable<N> {
    /// The same table in another number type.
    pub fn map<M>(&self, f: impl Fn(N) -> M) -> TaxTable<M> {
        let phase = |p: &PhaseOut<N>| PhaseOut {
            from: f(p.from),
            slope: f(p.slope),
            floor: f(p.floor),
        };
        TaxTable {
            brackets: self.brackets.iter().map(|&(a, r)| (f(a), f(r))).collect(),
            general_max: f(self.general_max),
            general: phase(&self.general),
            steps: self
                .steps
                .iter()
                .map(|s| Step {
                    from: f(s.from),
                    at_from: f(s.at_from),
                    slope: f(s.slope),
                })
                .collect(),
            labour_max: f(self.labour_max),
            labour: phase(&self.labour),
            labour_at_phase_out: f(self.labour_at_phase_out),
        }
    }

    /// The first bracket's rate as a fraction.
    pub fn rate(&self) -> N {
        self.brackets.first().map_or_else(N::default, |&(_, r)| r)
    }

    /// Tax and premiums on `income` before credits, over the brackets.
    pub fn before_credits(&self, income: N) -> N {
        let mut tax = N::default();
        for (i, &(from, rate)) in self.brackets.iter().enumerate() {
            if income <= from {
                break;
            }
            let top = self
                .brackets
                .get(i + 1)
                .map_or(income, |&(next, _)| min(next, income));
            tax = tax + rate * (top - from);
        }
        tax
    }

    /// The general credit at `income`.
    pub fn general_credit(&self, income: N) -> N {
        if income <= self.general.from {
            self.general_max
        } else {
            self.general.fallen(self.general_max, income)
        }
    }

    /// The labour credit at a wage of `income`.
    pub fn labour_credit(&self, income: N) -> N {
        if income > self.labour.from {
            return self.labour.fallen(self.labour_at_phase_out, income);
        }
        self.built_up(income)
    }

    /// The labour credit's build-up at `income`, up to its maximum.
    fn built_up(&self, income: N) -> N {
        let end = self
            .steps
            .iter()
            .take_while(|s| s.from <= income)
            .last()
            .map_or_else(N::default, |s| s.at_from + s.slope * (income - s.from));
        min(end, self.labour_max)
    }

    /// Wage tax and premiums on a year's gross wage (holiday allowance included).
    pub fn on_wage(&self, gross: N) -> N {
        let credits = self.general_credit(gross) + self.labour_credit(gross);
        max(self.before_credits(gross) - credits, N::default())
    }

    /// Wage tax and premiums on a year's benefit: the general credit only.
    pub fn on_benefit(&self, gross: N) -> N {
        max(
            self.before_credits(gross) - self.general_credit(gross),
            N::default(),
        )
    }
}

/// A table prepared once and kept beside the rules it came from; it takes no part in comparing or
/// printing them.
#[derive(Clone, Default)]
pub struct Prepared(OnceLock<TaxTable<Decimal>>);

impl Prepared {
    /// The table of `rules`, prepared at the first call.
    pub fn of(&self, rules: &TaxRules) -> &TaxTable<Decimal> {
        self.0.get_or_init(|| TaxTable::of(rules))
    }
}

impl PartialEq for Prepared {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Prepared")
    }
}
