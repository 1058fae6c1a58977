//! The Monte Carlo of the shown scenario, run off the UI thread, latest wins.
//!
//! It runs on the app's one background runner ([`Worker`]), made cancelling: unlike the analyses a
//! run takes long enough (100.000 samples) that waiting for a stale one to finish would be felt, so
//! a new input *cancels* the run in flight ([`Control::cancel`]) and starts a fresh one at once:
//! there is never a queue of stale runs. The frame never waits: it
//! shows the newest finished result, with a progress bar once a run has taken longer than
//! [`PROGRESS_AFTER`]. While a run is in flight the window repaints a few times a second for the
//! bar; while nothing runs it does not repaint at all.

use std::time::Duration;

use eframe::egui;

use super::worker::Worker;
use crate::model::Parameters;
use crate::model::uncertainty::{
    Control, Options, SimulationError, SimulationResult, Uncertainty, simulate,
};

/// A run shows its progress bar only once it has taken this long: quick runs do not flicker.
pub const PROGRESS_AFTER: Duration = Duration::from_millis(100);

/// How often the window repaints for the progress bar while a run is in flight.
const PROGRESS_REPAINT: Duration = Duration::from_millis(50);

/// The inputs a run answers: the scenario's parameters and its ranges, count and seed.
#[derive(Clone, Debug, PartialEq)]
pub struct SimulationInputs {
    /// The scenario's parameters.
    pub params: Parameters,
    /// The ranges, the sample count and the seed.
    pub uncertainty: Uncertainty,
}

/// What a finished run left: the result, or why there is none (in Dutch, from the engine).
type Outcome = Result<SimulationResult, String>;

/// The Monte Carlo: what was last asked, the runner and the newest answer.
#[derive(Default)]
pub struct MonteCarlo {
    /// The inputs last submitted, with their generation.
    sent: Option<(u64, SimulationInputs)>,
    /// The app's background runner, cancelling a stale run for a newer one; made at the first
    /// run, with the window to repaint.
    worker: Option<Worker<SimulationInputs, Outcome>>,
    /// The newest finished result, with the generation it answers.
    newest: Option<(u64, Outcome)>,
    /// In a browser: a run waits for the drag to end (see [`MonteCarlo::refresh`]).
    deferred: bool,
}

impl std::fmt::Debug for MonteCarlo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MonteCarlo")
            .field("submitted", &self.sent.as_ref().map(|(g, _)| *g))
            .field("shown", &self.newest.as_ref().map(|(g, _)| *g))
            .finish()
    }
}

/// One run: `None` when a newer one cancelled it (it leaves nothing: the newer one is on its way).
fn run(job: &SimulationInputs, control: &Control) -> Option<Outcome> {
    let options = Options::of(&job.uncertainty);
    match simulate(&job.params, &job.uncertainty, &options, control) {
        Err(SimulationError::Cancelled) => None,
        other => Some(other.map_err(|err| err.to_string())),
    }
}

impl MonteCarlo {
    /// Bring the run up to date with `inputs`: when they differ from the last submitted, cancel
    /// the run in flight and start one on them. Takes what finished since the last frame. Returns
    /// whether a run was started.
    pub fn refresh(&mut self, ctx: &egui::Context, inputs: &SimulationInputs) -> bool {
        self.take_finished();
        let mut started = !self.sent.as_ref().is_some_and(|(_, sent)| sent == inputs);
        // In a browser the run takes the page's only thread: while a slider is dragged the last
        // result stays, marked as not current, and the run starts once the pointer is released.
        self.deferred = started
            && cfg!(target_arch = "wasm32")
            && self.newest.is_some()
            && ctx.input(|i| i.pointer.any_down());
        started &= !self.deferred;
        if started {
            let worker = self.worker.get_or_insert_with(|| {
                let ctx = ctx.clone();
                Worker::cancelling("monte-carlo", run, move || ctx.request_repaint())
            });
            let generation = worker.submit(inputs.clone());
            self.sent = Some((generation, inputs.clone()));
            self.take_finished();
        }
        if self.worker.as_ref().is_some_and(|w| !w.is_idle()) {
            // Keep the progress bar moving; the run itself repaints once it is done.
            ctx.request_repaint_after(PROGRESS_REPAINT);
        }
        started
    }

    /// Keep the newest result a run finished.
    fn take_finished(&mut self) {
        if let Some(finished) = self.worker.as_ref().and_then(Worker::take)
            && self.newest.as_ref().is_none_or(|(g, _)| *g < finished.0)
        {
            self.newest = Some(finished);
        }
    }

    /// Forget the inputs and the result (no range left): cancels the run in flight.
    pub fn clear(&mut self) {
        if let Some(worker) = &mut self.worker {
            worker.cancel();
        }
        self.sent = None;
        self.newest = None;
        self.deferred = false;
    }

    /// The newest finished result (or why it failed), if any run has finished.
    pub fn result(&self) -> Option<&Result<SimulationResult, String>> {
        self.newest.as_ref().map(|(_, result)| result)
    }

    /// Whether the result shown answers the inputs last submitted.
    pub fn is_current(&self) -> bool {
        match (&self.sent, &self.newest) {
            (Some((sent, _)), Some((shown, _))) => sent == shown && !self.deferred,
            _ => false,
        }
    }

    /// The share of the run in flight done (0–1), once it has run longer than
    /// [`PROGRESS_AFTER`]; `None` while nothing runs or the run is still young.
    pub fn progress(&self) -> Option<f32> {
        let (control, started) = self.worker.as_ref()?.running()?;
        let samples = self.sent.as_ref()?.1.uncertainty.samples;
        (started.elapsed() >= PROGRESS_AFTER).then(|| control.progress(samples) as f32)
    }

    /// Block until the run in flight is done and take its result (for tests and headless use).
    pub fn wait(&mut self) {
        if let Some(worker) = &self.worker {
            worker.wait();
        }
        self.take_finished();
    }
}
