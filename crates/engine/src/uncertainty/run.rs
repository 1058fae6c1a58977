//! The Monte Carlo run: chunks of samples on worker threads, a cancel flag and a progress counter,
//! and the summaries of every output.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::distribution::{MAX_SAMPLES, Uncertainty};
use super::extras::{Extras, extras};
use super::fast::FastModel;
pub use super::output_key::{OUTPUT_COUNT, OutputKey};
use super::sampler::Sampler;
use super::stats::{Histogram, Merged, Moments, Summary};
use crate::document::Scenario;
use crate::error::ModelError;
use crate::parameters::Parameters;
use crate::registry::ParamKey;

/// Samples per chunk: each chunk has its own random stream, so this fixes the numbers a seed
/// gives. Changing it changes every result.
pub const CHUNK: usize = 2048;

/// How to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// How many samples (1 to [`MAX_SAMPLES`]).
    pub samples: u32,
    /// The seed.
    pub seed: u64,
    /// Worker threads (at least 1); the results do not depend on it.
    pub threads: usize,
    /// What to compute beyond the summaries, from the first samples ([`super::extras`]).
    pub extras: ExtrasKind,
}

/// Which extras a run computes besides the summaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtrasKind {
    /// None: the summaries only.
    None,
    /// The two break-even wage values as distributions (what `simulate` prints).
    BreakEvens,
    /// Those and the fan chart and the rank correlations (what the app shows).
    All,
}

impl Options {
    /// The file's sample count and seed, on every core, with the extras the app shows.
    pub fn of(uncertainty: &Uncertainty) -> Self {
        Self {
            samples: uncertainty.samples,
            seed: uncertainty.seed,
            threads: std::thread::available_parallelism().map_or(1, usize::from),
            extras: ExtrasKind::All,
        }
    }
}

/// Shared with a running simulation: set `cancel` to drop it, read `done` for progress.
#[derive(Debug, Default)]
pub struct Control {
    /// Set to stop the run at the next chunk; it then returns [`SimulationError::Cancelled`].
    pub cancel: AtomicBool,
    /// Samples finished so far.
    pub done: AtomicU64,
}

impl Control {
    /// Ask the run to stop.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The share of `total` samples done, 0–1.
    pub fn progress(&self, total: u32) -> f64 {
        self.done.load(Ordering::Relaxed) as f64 / f64::from(total.max(1))
    }
}

/// Why a run gave no result.
#[derive(Debug, thiserror::Error)]
pub enum SimulationError {
    /// The scenario cannot be computed.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// The sample count is out of range.
    #[error("aantal trekkingen {0} ligt buiten het bereik 1 tot en met {MAX_SAMPLES}")]
    Samples(u32),
    /// The run was cancelled.
    #[error("de simulatie is afgebroken")]
    Cancelled,
}

/// What a run found.
#[derive(Clone, Debug, PartialEq)]
pub struct SimulationResult {
    /// Samples drawn.
    pub samples: u32,
    /// The seed.
    pub seed: u64,
    /// The parameters that varied, in key order.
    pub varied: Vec<ParamKey>,
    /// Per output, in [`OutputKey::SAMPLED`] order: its summary.
    pub outputs: Vec<(OutputKey, Summary)>,
    /// Per output, in the same order: its histogram.
    pub histograms: Vec<Histogram>,
    /// Fan chart, rank correlations and break-even distribution, when asked for.
    pub extras: Option<Extras>,
}

impl SimulationResult {
    /// The summary of `key`.
    pub fn summary(&self, key: OutputKey) -> Option<&Summary> {
        self.outputs.iter().find(|(k, _)| *k == key).map(|(_, s)| s)
    }

    /// The histogram of `key`.
    pub fn histogram(&self, key: OutputKey) -> Option<&Histogram> {
        let position = self.outputs.iter().position(|(k, _)| *k == key)?;
        self.histograms.get(position)
    }
}

/// The outputs that are another output times the fixed NPV factor when neither the clients nor
/// the horizon vary (`npv:municipality` and `npv:society`), with the output they scale; they are
/// then neither stored nor summarised per sample.
const DERIVED: [(usize, usize); 2] = [(3, 1), (4, 2)];

/// Run the Monte Carlo of `scenario` as its file says (its ranges, sample count and seed), on
/// every core, with the extras: what the app calls on a worker thread, keeping `control` to
/// cancel a run that a newer input has overtaken and to show its progress.
pub fn simulate_scenario(
    scenario: &Scenario,
    control: &Control,
) -> Result<SimulationResult, SimulationError> {
    let u = &scenario.uncertainty;
    simulate(&scenario.parameters, u, &Options::of(u), control)
}

/// One chunk's slice of every output buffer.
struct Job<'a> {
    index: usize,
    buffers: [&'a mut [f64]; OUTPUT_COUNT],
}

/// Run the Monte Carlo of `params` with the ranges of `uncertainty`.
pub fn simulate(
    params: &Parameters,
    uncertainty: &Uncertainty,
    options: &Options,
    control: &Control,
) -> Result<SimulationResult, SimulationError> {
    if !(1..=MAX_SAMPLES).contains(&options.samples) {
        return Err(SimulationError::Samples(options.samples));
    }
    let model = FastModel::new(params, uncertainty)?;
    let sampler = Sampler::new(uncertainty);
    let n = options.samples as usize;
    // f64, not f32: the percentiles are reported to the cent, and an f32 holds only about seven
    // digits (at 1.000 clients an NPV of € 270 million is an f32 to the nearest € 16, so P5, P50
    // and P95 came out as one f32 value outside every sample). That is 80 MB per output at the
    // most samples (10⁷) instead of 40; an output the same in every chunk touches none of it.
    let mut buffers: Vec<Vec<f64>> = (0..OUTPUT_COUNT).map(|_| vec![0.0f64; n]).collect();
    let chunks = n.div_ceil(CHUNK);
    let mut moments = vec![[Moments::EMPTY; OUTPUT_COUNT]; chunks];
    // A draw the exact engine refuses refuses the run, with the engine's reason.
    let refused: Mutex<Option<ModelError>> = Mutex::new(None);
    let mut drawn_extras = None;
    {
        let jobs = jobs(&mut buffers, chunks);
        let queue = Mutex::new(jobs.into_iter());
        let results = Mutex::new(&mut moments);
        let threads = usable_threads(options.threads).clamp(1, chunks.max(1));
        let shared = Shared {
            queue: &queue,
            results: &results,
            refused: &refused,
            control,
        };
        let work = || worker(&model, &sampler, options.seed, &shared);
        // The calling thread is one of the workers: one spawn fewer. The extras draw their
        // samples again from the same streams on a thread of their own meanwhile, so they add
        // to the run's CPU time rather than to its wall time.
        let draw_extras = || {
            (options.extras != ExtrasKind::None).then(|| {
                extras(
                    &model,
                    &sampler,
                    options.seed,
                    n,
                    options.extras == ExtrasKind::All,
                )
            })
        };
        if !THREADS_AVAILABLE {
            // In a browser no thread can start (`scope.spawn` would panic): all on this one.
            drawn_extras = draw_extras();
            work();
        } else {
            std::thread::scope(|scope| {
                let extras = (options.extras != ExtrasKind::None).then(|| {
                    scope.spawn(|| {
                        extras(
                            &model,
                            &sampler,
                            options.seed,
                            n,
                            options.extras == ExtrasKind::All,
                        )
                    })
                });
                for _ in 1..threads {
                    scope.spawn(work);
                }
                work();
                // A panic in the extras is a bug: it goes on as a panic, never as missing extras.
                drawn_extras =
                    extras.map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
            });
        }
    }
    if let Some(err) = refused.into_inner().ok().flatten() {
        return Err(SimulationError::Model(err));
    }
    if control.cancel.load(Ordering::Relaxed) {
        return Err(SimulationError::Cancelled);
    }
    let merged: Vec<Merged> = (0..OUTPUT_COUNT)
        .map(|o| {
            let mut m = Merged::EMPTY;
            for chunk in &moments {
                m.add(&chunk[o]);
            }
            m
        })
        .collect();
    let derived = model.fixed_npv_factor();
    let mut summaries = summarise(
        &merged,
        &moments,
        &mut buffers,
        options.threads,
        derived.is_some(),
    );
    if let Some(k) = derived {
        for (to, from) in DERIVED {
            let (summary, histogram) = &summaries[from];
            summaries[to] = (summary.scaled(k), histogram.scaled(k));
        }
    }
    drop(buffers);
    let extras = drawn_extras;
    let (outputs, histograms) = summaries
        .into_iter()
        .zip(OutputKey::SAMPLED)
        .map(|((summary, histogram), key)| ((key, summary), histogram))
        .unzip();
    Ok(SimulationResult {
        samples: options.samples,
        seed: options.seed,
        varied: sampler.params.iter().map(|p| p.key).collect(),
        outputs,
        histograms,
        extras,
    })
}

/// One job per chunk: its slice of every output buffer.
fn jobs(buffers: &mut [Vec<f64>], chunks: usize) -> Vec<Job<'_>> {
    let mut iters: Vec<_> = buffers.iter_mut().map(|b| b.chunks_mut(CHUNK)).collect();
    (0..chunks)
        .filter_map(|index| {
            let mut slices = iters.iter_mut().map(Iterator::next);
            let buffers = std::array::from_fn(|_| slices.next().flatten());
            buffers.iter().all(Option::is_some).then(|| Job {
                index,
                buffers: buffers.map(Option::unwrap_or_default),
            })
        })
        .collect()
}

/// What the workers of one run share.
struct Shared<'a, 'b> {
    /// The chunks still to do.
    queue: &'a Mutex<std::vec::IntoIter<Job<'b>>>,
    /// The moments per chunk.
    results: &'a Mutex<&'b mut Vec<[Moments; OUTPUT_COUNT]>>,
    /// Why the engine refuses a draw, once one was found.
    refused: &'a Mutex<Option<ModelError>>,
    /// Cancel and progress.
    control: &'a Control,
}

/// Take chunks off the queue until it is empty, the run is cancelled or a draw is refused.
fn worker(model: &FastModel, sampler: &Sampler, seed: u64, shared: &Shared) {
    let Shared {
        queue,
        results,
        refused,
        control,
    } = *shared;
    let mut columns = sampler.columns();
    let derived = model.fixed_npv_factor().is_some();
    // The chunk's values, copied to the run's buffers only where they vary: an output that is the
    // same in every sample (a worker no range reaches) never touches its buffer's pages.
    let mut local = vec![0.0f64; OUTPUT_COUNT * CHUNK];
    loop {
        if control.cancel.load(Ordering::Relaxed) || refused.lock().map_or(true, |r| r.is_some()) {
            return;
        }
        let next = queue.lock().map(|mut q| q.next()).ok().flatten();
        let Some(mut job) = next else { return };
        let mut moments = [Moments::EMPTY; OUTPUT_COUNT];
        let mut params = model.base;
        let len = job.buffers[0].len();
        sampler.fill_chunk(seed, job.index, len, &mut columns);
        for i in 0..len {
            sampler.set(&columns, i, &mut params);
            if let Some(err) = model.refuses(&params) {
                if let Ok(mut slot) = refused.lock() {
                    slot.get_or_insert(err);
                }
                return;
            }
            let outcome = model.evaluate(&params);
            for (o, value) in OutputKey::all_of(&outcome).into_iter().enumerate() {
                if derived && (o == DERIVED[0].0 || o == DERIVED[1].0) {
                    continue;
                }
                moments[o].push(value);
                local[o * CHUNK + i] = value;
            }
        }
        for (o, buffer) in job.buffers.iter_mut().enumerate() {
            if moments[o].count() > 0 && !moments[o].is_constant() {
                buffer.copy_from_slice(&local[o * CHUNK..o * CHUNK + len]);
            }
        }
        if let Ok(mut all) = results.lock()
            && let Some(slot) = all.get_mut(job.index)
        {
            *slot = moments;
        }
        control.done.fetch_add(len as u64, Ordering::Relaxed);
    }
}

/// Whether threads can start here: not in a browser (wasm32), where `std::thread` cannot spawn and
/// `scope.spawn` panics; there everything runs on the calling thread, with the same results.
const THREADS_AVAILABLE: bool = !cfg!(target_arch = "wasm32");

/// The worker threads to use for `asked` (at least 1): only the calling one where no thread can
/// start.
fn usable_threads(asked: usize) -> usize {
    if THREADS_AVAILABLE { asked.max(1) } else { 1 }
}

/// The summary and histogram of every output, the outputs shared out over the threads.
fn summarise(
    merged: &[Merged],
    chunks: &[[Moments; OUTPUT_COUNT]],
    buffers: &mut [Vec<f64>],
    threads: usize,
    derived: bool,
) -> Vec<(Summary, Histogram)> {
    let mut out = vec![(Summary::default(), Histogram::default()); merged.len()];
    let slots: Vec<_> = out
        .iter_mut()
        .zip(merged.iter().zip(buffers.iter_mut()))
        .enumerate()
        .filter(|(o, _)| !derived || DERIVED.iter().all(|(to, _)| to != o))
        .collect();
    let queue = Mutex::new(slots.into_iter());
    let work = || {
        let mut scratch = Vec::new();
        while let Some((o, (slot, (m, values)))) = queue.lock().ok().and_then(|mut q| q.next()) {
            if !m.is_constant() {
                fill_constant_chunks(o, chunks, values);
            }
            *slot = m.summary(values, &mut scratch);
        }
    };
    if !THREADS_AVAILABLE {
        work();
        return out;
    }
    std::thread::scope(|scope| {
        for _ in 1..usable_threads(threads) {
            scope.spawn(work);
        }
        work();
    });
    out
}

/// Write the value of every chunk of output `o` that was the same throughout (and so not copied
/// to `values` by the worker).
fn fill_constant_chunks(o: usize, chunks: &[[Moments; OUTPUT_COUNT]], values: &mut [f64]) {
    for (chunk, slice) in chunks.iter().zip(values.chunks_mut(CHUNK)) {
        if chunk[o].is_constant() {
            slice.fill(chunk[o].min);
        }
    }
}
