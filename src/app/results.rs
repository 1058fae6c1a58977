//! Results computed once: the one place where the app calls the engine for what the views show.
//!
//! The cache is keyed by the inputs themselves: a refresh compares the shown scenario's parameters
//! (and, for the budget, the plan) with those the results were computed from, and computes again
//! only when they differ. A frame without an edit therefore does no engine work, and views and plots
//! only read what is here.

use crate::model::budget::{BudgetPlan, BudgetResult};
use crate::model::{Evaluation, ModelError, Parameters, WageValuePoint, YearTable, by_wage_value};

/// Wage-value points on the sheet's plot: every 2 percentage points.
const WAGE_CURVE_STEPS: u32 = 50;

/// What the sheet tab and the parameters panel show of one scenario.
#[derive(Clone, Debug)]
pub struct SheetResults {
    /// The scenario evaluated: sheet, actors, break-even, horizon.
    pub evaluation: Result<Evaluation, ModelError>,
    /// The municipality's, the sheet's and society's net across the wage-value range.
    pub wage_curve: Vec<WageValuePoint>,
}

impl SheetResults {
    /// Evaluate `params`.
    pub fn compute(params: &Parameters) -> Self {
        let evaluation = Evaluation::of(params);
        let wage_curve = match &evaluation {
            Ok(_) => {
                by_wage_value(params, YearTable::builtin(), WAGE_CURVE_STEPS).unwrap_or_default()
            }
            Err(_) => Vec::new(),
        };
        Self {
            evaluation,
            wage_curve,
        }
    }

    /// The evaluation, if the scenario could be computed.
    pub fn evaluation(&self) -> Option<&Evaluation> {
        self.evaluation.as_ref().ok()
    }
}

/// The results of the open document, with the inputs they were computed from.
#[derive(Debug, Default)]
pub struct Results {
    sheet: Option<(Parameters, SheetResults)>,
    budget: Option<(BudgetPlan, BudgetResult)>,
    computations: u64,
}

impl Results {
    /// Bring the sheet results up to date with `params`; computes only if they changed.
    pub fn refresh_sheet(&mut self, params: Option<&Parameters>) {
        let Some(params) = params else {
            self.sheet = None;
            return;
        };
        if self.sheet.as_ref().is_some_and(|(key, _)| key == params) {
            return;
        }
        self.computations += 1;
        self.sheet = Some((params.clone(), SheetResults::compute(params)));
    }

    /// Bring the budget result up to date with `plan`; computes only if it changed.
    pub fn refresh_budget(&mut self, plan: Option<&BudgetPlan>) {
        let Some(plan) = plan else {
            self.budget = None;
            return;
        };
        if self.budget.as_ref().is_some_and(|(key, _)| key == plan) {
            return;
        }
        self.computations += 1;
        self.budget = Some((plan.clone(), plan.compute()));
    }

    /// The shown scenario's results.
    pub fn sheet(&self) -> Option<&SheetResults> {
        self.sheet.as_ref().map(|(_, results)| results)
    }

    /// The budget plan's result.
    pub fn budget(&self) -> Option<&BudgetResult> {
        self.budget.as_ref().map(|(_, result)| result)
    }

    /// How many times the engine was run since the app started: a frame without an edit must not
    /// add to it.
    pub fn computations(&self) -> u64 {
        self.computations
    }
}
