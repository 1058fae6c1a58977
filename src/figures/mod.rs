//! The figures layer: the one place where results are assembled from the engine for every face —
//! the app's window, presenter mode, the command line and each export (CSV, XLSX, PDF, plots).
//!
//! [`Figures::of`] evaluates a scenario once and keeps what the faces show of it: the
//! [`Evaluation`], the wage-value curve the plots draw, the figures as shown ([`Shown`]: every
//! line rounded to cents, every total the sum of its shown lines), the sheet beside its published
//! figures, and the source rows (one provenance rule, [`crate::report::sources::sources`]). A face
//! prints from these and computes nothing of its own, so the screen, the CSV, the XLSX and the PDF
//! agree to the cent and in every source text.
//!
//! [`summaries`] sets scenarios side by side in the same shown amounts, and
//! [`report_simulation`] is the one Monte Carlo the exports print.
//!
//! [`Cached`] keeps one value with the inputs it was computed from, so the app (and presenter mode)
//! compute again only when the inputs differ: a frame without an edit does no engine work.
//!
//! No egui here: the layer builds without the `app` feature.

mod cache;
pub mod shown;
mod simulation;
mod summaries;

use std::sync::Arc;

pub use cache::Cached;
pub use shown::{Shown, ShownActor};
pub use simulation::{REPORT_SAMPLES, report_simulation};
pub use summaries::{summaries, summary};

use crate::model::{
    Evaluation, ModelError, Parameters, Reference, ReferenceRow, Scenario, WageValuePoint,
    YearTable, by_wage_value,
};
use crate::report::sources::{SourceRow, sources};

/// Wage-value points on the curve every face draws: every 2 percentage points.
pub const WAGE_CURVE_STEPS: u32 = 50;

/// What every face shows of one scenario (or of one set of parameters), computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// The evaluation: sheet, actors, break-even, horizon, baseline.
    pub evaluation: Evaluation,
    /// The figures as shown: lines in cents, totals the sums of their shown lines.
    pub shown: Shown,
    /// The municipality's, the sheet's and society's net across the wage-value range, or why the
    /// sweep failed.
    pub wage_curve: Result<Vec<WageValuePoint>, ModelError>,
    /// The sheet as shown beside the figures the scenario's source published (empty without a
    /// reference, and for bare parameters).
    pub reference: Vec<ReferenceRow>,
    /// Every figure the scenario uses and where it comes from (empty for bare parameters, which
    /// have no provenance).
    pub sources: Vec<SourceRow>,
}

/// A scenario's figures, or why it cannot be computed: what a cache keeps.
pub type Computed = Result<Figures, ModelError>;

impl Figures {
    /// Evaluate `scenario` and assemble everything the faces show of it.
    pub fn of(scenario: &Scenario) -> Result<Self, ModelError> {
        let mut figures = Self::of_parameters(&scenario.parameters)?;
        figures.reference = scenario
            .reference
            .as_ref()
            .map(|r| shown_compare(r, &figures.evaluation, &figures.shown))
            .unwrap_or_default();
        figures.sources = sources(scenario, &figures.evaluation);
        Ok(figures)
    }

    /// Evaluate bare `params` (a what-if in presenter mode): the evaluation, the shown figures and
    /// the wage-value curve; no published figures and no sources.
    pub fn of_parameters(params: &Parameters) -> Result<Self, ModelError> {
        let evaluation = Evaluation::of(params)?;
        Ok(Self {
            shown: Shown::of(&evaluation),
            wage_curve: by_wage_value(params, YearTable::builtin(), WAGE_CURVE_STEPS),
            reference: Vec::new(),
            sources: Vec::new(),
            evaluation,
        })
    }

    /// The wage-value curve, empty where the sweep failed (the app then draws no curve).
    pub fn wage_curve(&self) -> &[WageValuePoint] {
        self.wage_curve.as_deref().unwrap_or_default()
    }

    /// The published figure of the sheet's row `key`, beside the computed one.
    pub fn published(&self, key: &str) -> Option<&ReferenceRow> {
        self.reference.iter().find(|row| row.key == key)
    }
}

/// The published figures beside the computed ones as shown: each computed figure is its shown
/// amount (a line in cents, a total the sum of its shown lines), so a difference printed is the
/// shown amount minus the published one.
fn shown_compare(
    reference: &Reference,
    evaluation: &Evaluation,
    shown: &Shown,
) -> Vec<ReferenceRow> {
    let mut rows = evaluation.compare(reference);
    for row in &mut rows {
        row.computed = match row.key.as_str() {
            "total_cost" => shown.total_cost,
            "total_benefit" => shown.total_benefit,
            "net" => shown.net,
            key => evaluation
                .sheet
                .lines
                .iter()
                .zip(&shown.lines)
                .find(|(line, _)| line.reference_key() == key)
                .map_or(row.computed, |(_, amount)| *amount),
        };
    }
    rows
}

/// A scenario's figures kept with the scenario they were computed from (the app's sheet).
pub type ScenarioCache = Cached<Scenario, Computed>;

/// Bare parameters' figures kept with the parameters (presenter mode's what-if).
pub type ParametersCache = Cached<Parameters, Computed>;

impl ScenarioCache {
    /// The figures of `scenario`, computed only if it differs from the last one.
    pub fn figures(&mut self, scenario: &Scenario) -> &Arc<Computed> {
        self.get_or_compute(scenario, Figures::of)
    }
}

impl ParametersCache {
    /// The figures of `params`, computed only if they differ from the last ones.
    pub fn figures(&mut self, params: &Parameters) -> &Arc<Computed> {
        self.get_or_compute(params, Figures::of_parameters)
    }
}

#[cfg(test)]
mod tests;
