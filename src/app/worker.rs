//! The app's one background runner: a computation off the UI thread where only the newest request
//! counts. The analyses and the Monte Carlo both run on it.
//!
//! The UI submits a job whenever an input changed; a job not yet started is replaced by a newer one,
//! so a slider drag never builds a queue of stale runs. A runner made [`Worker::cancelling`] also
//! cancels the job in flight (through its [`Control`]) when a newer one arrives: the Monte Carlo's
//! runs take long enough that waiting for a stale one would be felt. The frame never waits: it shows
//! the newest finished result (marked as stale while a newer one is computed) and is repainted when
//! the worker finishes. Where no thread can be started (a browser page) the job runs at once, on
//! the caller's thread.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use super::clock::Instant;
use crate::model::uncertainty::Control;

/// What a job computes: its result, or `None` when it was cancelled.
type Compute<J, R> = Arc<dyn Fn(&J, &Control) -> Option<R> + Send + Sync>;

/// What the worker thread and the UI share.
struct Shared<J, R> {
    state: Mutex<State<J, R>>,
    /// Signalled when a job arrives or the worker must stop.
    wake: Condvar,
    /// Signalled when a job is done.
    finished: Condvar,
}

struct State<J, R> {
    /// The newest job not yet started, with its generation.
    job: Option<(u64, J)>,
    /// The job in flight: its generation, its control and when it started.
    running: Option<(u64, Arc<Control>, Instant)>,
    /// The newest result not yet taken, with the generation it answers.
    result: Option<(u64, R)>,
    /// The generation of the last job done (finished or cancelled).
    done: u64,
    /// Results of this generation and older are dropped ([`Worker::cancel`]).
    discard_upto: u64,
    /// Set when the worker must end.
    stop: bool,
}

impl<J, R> State<J, R> {
    /// Record that job `generation` is done, keeping its result unless it was discarded or a
    /// newer one is already waiting.
    fn finish(&mut self, generation: u64, result: Option<R>) {
        if let Some(result) = result
            && generation > self.discard_upto
            && self.result.as_ref().is_none_or(|(g, _)| *g < generation)
        {
            self.result = Some((generation, result));
        }
        self.done = self.done.max(generation);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in a job cannot leave the state half-written (it is only swapped whole), so a
    // poisoned lock is still usable.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A latest-wins background worker computing `R` from `J`.
pub struct Worker<J: Send + 'static, R: Send + 'static> {
    shared: Arc<Shared<J, R>>,
    compute: Compute<J, R>,
    /// Whether a newer job cancels the one in flight.
    cancels: bool,
    /// The generation of the last job submitted.
    submitted: u64,
    thread: Option<JoinHandle<()>>,
}

impl<J: Send + 'static, R: Send + 'static> Worker<J, R> {
    /// A worker running `compute` on its own thread; `notify` is called after each job (to
    /// repaint the window). A job in flight runs to its end.
    pub fn new(name: &str, compute: fn(&J) -> R, notify: impl Fn() + Send + 'static) -> Self {
        Self::start(
            name,
            Arc::new(move |job, _| Some(compute(job))),
            false,
            notify,
        )
    }

    /// A worker whose jobs watch their [`Control`]: a newer job cancels the one in flight, which
    /// then returns `None` (and leaves no result).
    pub fn cancelling(
        name: &str,
        compute: impl Fn(&J, &Control) -> Option<R> + Send + Sync + 'static,
        notify: impl Fn() + Send + 'static,
    ) -> Self {
        Self::start(name, Arc::new(compute), true, notify)
    }

    fn start(
        name: &str,
        compute: Compute<J, R>,
        cancels: bool,
        notify: impl Fn() + Send + 'static,
    ) -> Self {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                job: None,
                running: None,
                result: None,
                done: 0,
                discard_upto: 0,
                stop: false,
            }),
            wake: Condvar::new(),
            finished: Condvar::new(),
        });
        let for_thread = Arc::clone(&shared);
        let on_thread = Arc::clone(&compute);
        let thread = if cfg!(target_arch = "wasm32") {
            // A page has one thread: every job runs where it is submitted.
            None
        } else {
            std::thread::Builder::new()
                .name(name.to_string())
                .spawn(move || run(&for_thread, &*on_thread, &notify))
                .ok()
        };
        Self {
            shared,
            compute,
            cancels,
            submitted: 0,
            thread,
        }
    }

    /// Compute `job`, replacing any job not yet started (and, for a cancelling worker, cancelling
    /// the one in flight). Returns its generation.
    pub fn submit(&mut self, job: J) -> u64 {
        self.submitted += 1;
        let generation = self.submitted;
        if self.thread.is_none() {
            let result = (self.compute)(&job, &Control::default());
            lock(&self.shared.state).finish(generation, result);
            return generation;
        }
        let mut state = lock(&self.shared.state);
        state.job = Some((generation, job));
        if self.cancels
            && let Some((_, control, _)) = &state.running
        {
            control.cancel();
        }
        drop(state);
        self.shared.wake.notify_one();
        generation
    }

    /// Drop the job not yet started, cancel the one in flight (a cancelling worker's) and forget
    /// every result of a job submitted so far.
    pub fn cancel(&mut self) {
        let mut state = lock(&self.shared.state);
        state.job = None;
        state.result = None;
        state.discard_upto = self.submitted;
        if let Some((_, control, _)) = &state.running {
            control.cancel();
        }
        state.done = state.done.max(self.submitted);
        drop(state);
        self.shared.finished.notify_all();
    }

    /// The newest result finished since the last call, with its generation.
    pub fn take(&self) -> Option<(u64, R)> {
        lock(&self.shared.state).result.take()
    }

    /// Whether the last job submitted is done.
    pub fn is_idle(&self) -> bool {
        lock(&self.shared.state).done >= self.submitted
    }

    /// The job in flight: its control (for progress) and when it started.
    pub fn running(&self) -> Option<(Arc<Control>, Instant)> {
        lock(&self.shared.state)
            .running
            .as_ref()
            .map(|(_, control, started)| (Arc::clone(control), *started))
    }

    /// Block until the last job submitted is done (for tests and headless use).
    pub fn wait(&self) {
        let mut state = lock(&self.shared.state);
        while state.done < self.submitted {
            state = self
                .shared
                .finished
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

fn run<J, R>(
    shared: &Shared<J, R>,
    compute: &(dyn Fn(&J, &Control) -> Option<R> + Send + Sync),
    notify: &dyn Fn(),
) {
    loop {
        let (generation, job, control) = {
            let mut state = lock(&shared.state);
            loop {
                if state.stop {
                    return;
                }
                if let Some((generation, job)) = state.job.take() {
                    let control = Arc::new(Control::default());
                    state.running = Some((generation, Arc::clone(&control), Instant::now()));
                    break (generation, job, control);
                }
                state = shared
                    .wake
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        let result = compute(&job, &control);
        {
            let mut state = lock(&shared.state);
            state.running = None;
            state.finish(generation, result);
        }
        shared.finished.notify_all();
        notify();
    }
}

impl<J: Send + 'static, R: Send + 'static> Drop for Worker<J, R> {
    fn drop(&mut self) {
        let mut state = lock(&self.shared.state);
        state.stop = true;
        // Closing the window must not wait for a run nobody will see.
        if let Some((_, control, _)) = &state.running {
            control.cancel();
        }
        drop(state);
        self.shared.wake.notify_all();
        if let Some(thread) = self.thread.take() {
            // A job still running stops at its next check (or finishes); its result is dropped.
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn square(x: &u64) -> u64 {
        x * x
    }

    #[test]
    fn the_newest_result_arrives_and_older_ones_are_skipped() {
        let notified = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&notified);
        let mut worker = Worker::new("test", square, move || {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        for x in 1..=50 {
            worker.submit(x);
        }
        worker.wait();
        assert!(worker.is_idle());
        // Whatever was skipped, the result taken answers the last job.
        assert_eq!(worker.take(), Some((50, 2500)));
        assert_eq!(worker.take(), None, "a result is handed out once");
        // Dropping joins the thread, so every notification has been made.
        drop(worker);
        let runs = notified.load(Ordering::SeqCst);
        assert!((1..=50).contains(&runs), "{runs}");
    }

    #[test]
    fn waiting_with_nothing_submitted_returns_at_once() {
        let worker: Worker<u64, u64> = Worker::new("test", square, || {});
        worker.wait();
        assert!(worker.is_idle());
        assert_eq!(worker.take(), None);
    }

    /// A job that runs until cancelled: 0 means "wait for the cancel", anything else answers at
    /// once.
    fn until_cancelled(x: &u64, control: &Control) -> Option<u64> {
        if *x != 0 {
            return Some(*x);
        }
        while !control.cancel.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(1));
        }
        None
    }

    #[test]
    fn a_cancelling_worker_stops_the_job_in_flight_for_a_newer_one() {
        let mut worker = Worker::cancelling("test", until_cancelled, || {});
        worker.submit(0);
        // The endless job is in flight once the thread took it.
        while worker.running().is_none() {
            std::thread::sleep(Duration::from_millis(1));
        }
        worker.submit(7);
        worker.wait();
        assert_eq!(
            worker.take(),
            Some((2, 7)),
            "the cancelled job left nothing"
        );
    }

    #[test]
    fn cancel_forgets_every_result_so_far() {
        let mut worker = Worker::cancelling("test", until_cancelled, || {});
        worker.submit(0);
        while worker.running().is_none() {
            std::thread::sleep(Duration::from_millis(1));
        }
        worker.cancel();
        worker.wait();
        assert!(worker.is_idle());
        assert_eq!(worker.take(), None);
        worker.submit(3);
        worker.wait();
        assert_eq!(worker.take(), Some((2, 3)));
    }
}
