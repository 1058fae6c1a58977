//! The Monte Carlo of the shown scenario, run off the UI thread, latest wins.
//!
//! Unlike the analyses a run takes long enough (100.000 samples) that waiting for a stale one to
//! finish would be felt, so a new input *cancels* the run in flight ([`Control::cancel`]) and
//! starts a fresh one at once: there is never a queue of stale runs. The frame never waits: it
//! shows the newest finished result, with a progress bar once a run has taken longer than
//! [`PROGRESS_AFTER`]. While a run is in flight the window repaints a few times a second for the
//! bar; while nothing runs it does not repaint at all.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::clock::Instant;

use eframe::egui;

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
type Finished = (u64, Result<SimulationResult, String>);

/// The run in flight.
struct Running {
    generation: u64,
    control: Arc<Control>,
    samples: u32,
    started: Instant,
    thread: Option<JoinHandle<()>>,
}

/// The Monte Carlo: what was last asked, the run in flight and the newest answer.
#[derive(Default)]
pub struct MonteCarlo {
    /// The inputs last submitted, with their generation.
    sent: Option<(u64, SimulationInputs)>,
    running: Option<Running>,
    /// Where a run leaves its result.
    inbox: Arc<Mutex<Option<Finished>>>,
    /// The newest finished result, with the generation it answers.
    newest: Option<Finished>,
    generations: u64,
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
            self.start(ctx, inputs.clone());
        }
        if self.running.is_some() {
            // Keep the progress bar moving; the run itself repaints once it is done.
            ctx.request_repaint_after(PROGRESS_REPAINT);
        }
        started
    }

    fn start(&mut self, ctx: &egui::Context, inputs: SimulationInputs) {
        if let Some(running) = self.running.take() {
            running.control.cancel();
        }
        self.generations += 1;
        let generation = self.generations;
        let control = Arc::new(Control::default());
        let samples = inputs.uncertainty.samples;
        let job = inputs.clone();
        let for_thread = Arc::clone(&control);
        let inbox = Arc::clone(&self.inbox);
        let ctx = ctx.clone();
        let run = move || {
            let options = Options::of(&job.uncertainty);
            let result = simulate(&job.params, &job.uncertainty, &options, &for_thread);
            let result = match result {
                // A cancelled run leaves nothing: a newer one is on its way.
                Err(SimulationError::Cancelled) => return,
                other => other.map_err(|err| err.to_string()),
            };
            let mut inbox = inbox.lock().unwrap_or_else(PoisonError::into_inner);
            // A run that finished late never overwrites a newer one's result.
            if inbox.as_ref().is_none_or(|(g, _)| *g < generation) {
                *inbox = Some((generation, result));
            }
            drop(inbox);
            ctx.request_repaint();
        };
        let thread = std::thread::Builder::new()
            .name("monte-carlo".into())
            .spawn(run.clone())
            .ok();
        if thread.is_none() {
            // No thread could be started: run here, once.
            run();
        }
        self.running = Some(Running {
            generation,
            control,
            samples,
            started: Instant::now(),
            thread,
        });
        self.sent = Some((generation, inputs));
    }

    /// Keep the newest result a run finished; the run in flight is over once it answered.
    fn take_finished(&mut self) {
        let finished = self
            .inbox
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(finished) = finished
            && self.newest.as_ref().is_none_or(|(g, _)| *g < finished.0)
        {
            if self
                .running
                .as_ref()
                .is_some_and(|r| r.generation == finished.0)
            {
                self.running = None;
            }
            self.newest = Some(finished);
        }
    }

    /// Forget the inputs and the result (no range left): cancels the run in flight.
    pub fn clear(&mut self) {
        if let Some(running) = self.running.take() {
            running.control.cancel();
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
        let running = self.running.as_ref()?;
        (running.started.elapsed() >= PROGRESS_AFTER)
            .then(|| running.control.progress(running.samples) as f32)
    }

    /// Block until the run in flight is done and take its result (for tests and headless use).
    pub fn wait(&mut self) {
        if let Some(thread) = self.running.as_mut().and_then(|r| r.thread.take()) {
            let _ = thread.join();
        }
        self.take_finished();
        // A run that failed to leave a result (it panicked) must not keep the bar up for ever.
        if self.running.as_ref().is_some_and(|r| r.thread.is_none()) {
            self.running = None;
        }
    }
}

impl Drop for MonteCarlo {
    fn drop(&mut self) {
        // Closing the window must not wait for a run nobody will see.
        if let Some(running) = &self.running {
            running.control.cancel();
        }
    }
}
