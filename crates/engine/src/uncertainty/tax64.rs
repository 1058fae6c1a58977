//! The year's wage-tax rules in f64, prepared once per run: the same piecewise-linear functions as
//! [`TaxRules`], with every step's starting credit worked out beforehand.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::tax::TaxRules;

/// A Decimal as f64 (every figure of the model is far inside f64's range).
pub(super) fn f(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// One bracket: where it starts and its rate as a fraction.
#[derive(Clone, Copy, Debug)]
struct Bracket64 {
    from: f64,
    rate: f64,
}

/// One step of the labour credit: where it starts, the credit there, and its slope.
#[derive(Clone, Copy, Debug)]
struct Step64 {
    from: f64,
    at_from: f64,
    slope: f64,
}

/// [`TaxRules`] in f64.
#[derive(Clone, Debug)]
pub(super) struct Tax64 {
    brackets: Vec<Bracket64>,
    general_max: f64,
    general_from: f64,
    general_slope: f64,
    general_floor: f64,
    steps: Vec<Step64>,
    labour_max: f64,
    labour_from: f64,
    labour_slope: f64,
    labour_floor: f64,
    /// The labour credit built up to where its phase-out starts.
    labour_at_phase_out: f64,
}

impl Tax64 {
    /// Prepare `rules`.
    pub(super) fn new(rules: &TaxRules) -> Self {
        let hundred = Decimal::ONE_HUNDRED;
        let brackets = rules
            .brackets
            .iter()
            .map(|b| Bracket64 {
                from: f(b.from),
                rate: f(b.pct / hundred),
            })
            .collect();
        // The credit at each step's start, as LabourCredit::built_up chains them (in Decimal).
        let labour = &rules.labour_credit;
        let mut steps = Vec::with_capacity(labour.steps.len());
        let mut credit = Decimal::ZERO;
        let mut previous: Option<&crate::tax::CreditStep> = None;
        for step in &labour.steps {
            let at_from = match (step.base, previous) {
                (Some(base), _) => base,
                (None, Some(prev)) => credit + prev.pct / hundred * (step.from - prev.from),
                (None, None) => Decimal::ZERO,
            };
            credit = at_from;
            previous = Some(step);
            steps.push(Step64 {
                from: f(step.from),
                at_from: f(at_from),
                slope: f(step.pct / hundred),
            });
        }
        let general = &rules.general_credit;
        Self {
            brackets,
            general_max: f(general.max),
            general_from: f(general.phase_out_from),
            general_slope: f(general.phase_out_pct / hundred),
            general_floor: f(general.floor),
            steps,
            labour_max: f(labour.max),
            labour_from: f(labour.phase_out_from),
            labour_slope: f(labour.phase_out_pct / hundred),
            labour_floor: f(labour.floor),
            labour_at_phase_out: f(labour.at(labour.phase_out_from)),
        }
    }

    fn before_credits(&self, income: f64) -> f64 {
        let mut tax = 0.0;
        for (i, bracket) in self.brackets.iter().enumerate() {
            if income <= bracket.from {
                break;
            }
            let top = self
                .brackets
                .get(i + 1)
                .map_or(income, |next| next.from.min(income));
            tax += bracket.rate * (top - bracket.from);
        }
        tax
    }

    fn general_credit(&self, income: f64) -> f64 {
        if income <= self.general_from {
            self.general_max
        } else {
            (self.general_max - self.general_slope * (income - self.general_from))
                .max(self.general_floor)
        }
    }

    fn labour_credit(&self, income: f64) -> f64 {
        if income > self.labour_from {
            let fall = self.labour_slope * (income - self.labour_from);
            return (self.labour_at_phase_out - fall).max(self.labour_floor);
        }
        let mut end = 0.0;
        for step in self.steps.iter().take_while(|s| s.from <= income) {
            end = step.at_from + step.slope * (income - step.from);
        }
        end.min(self.labour_max)
    }

    /// Wage tax and premiums on a year's gross wage, as [`TaxRules::on_wage`].
    pub(super) fn on_wage(&self, gross: f64) -> f64 {
        let credits = self.general_credit(gross) + self.labour_credit(gross);
        (self.before_credits(gross) - credits).max(0.0)
    }
}
