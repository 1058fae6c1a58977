//! A background computation where only the newest request counts.
//!
//! The UI submits a job whenever an input changed; a job not yet started is replaced by a newer one,
//! so a slider drag never builds a queue of stale runs. The frame never waits: it shows the newest
//! finished result (marked as stale while a newer one is computed) and is repainted when the
//! worker finishes. Where no thread can be started the job runs at once, on the caller's thread.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

/// What the worker thread and the UI share.
struct Shared<J, R> {
    state: Mutex<State<J, R>>,
    /// Signalled when a job arrives or the worker must stop.
    wake: Condvar,
    /// Signalled when a result is ready.
    finished: Condvar,
}

struct State<J, R> {
    /// The newest job not yet started, with its generation.
    job: Option<(u64, J)>,
    /// The newest result not yet taken, with the generation it answers.
    result: Option<(u64, R)>,
    /// The generation of the last result produced.
    done: u64,
    /// Set when the worker must end.
    stop: bool,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in a job cannot leave the state half-written (it is only swapped whole), so a
    // poisoned lock is still usable.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A latest-wins background worker computing `R` from `J`.
pub struct Worker<J: Send + 'static, R: Send + 'static> {
    shared: Arc<Shared<J, R>>,
    compute: fn(&J) -> R,
    /// The generation of the last job submitted.
    submitted: u64,
    thread: Option<JoinHandle<()>>,
}

impl<J: Send + 'static, R: Send + 'static> Worker<J, R> {
    /// A worker running `compute` on its own thread; `notify` is called after each result (to
    /// repaint the window).
    pub fn new(name: &str, compute: fn(&J) -> R, notify: impl Fn() + Send + 'static) -> Self {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                job: None,
                result: None,
                done: 0,
                stop: false,
            }),
            wake: Condvar::new(),
            finished: Condvar::new(),
        });
        let for_thread = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name(name.to_string())
            .spawn(move || run(&for_thread, compute, &notify))
            .ok();
        Self {
            shared,
            compute,
            submitted: 0,
            thread,
        }
    }

    /// Compute `job`, replacing any job not yet started. Returns its generation.
    pub fn submit(&mut self, job: J) -> u64 {
        self.submitted += 1;
        let generation = self.submitted;
        if self.thread.is_none() {
            let result = (self.compute)(&job);
            let mut state = lock(&self.shared.state);
            state.result = Some((generation, result));
            state.done = generation;
            return generation;
        }
        lock(&self.shared.state).job = Some((generation, job));
        self.shared.wake.notify_one();
        generation
    }

    /// The newest result finished since the last call, with its generation.
    pub fn take(&self) -> Option<(u64, R)> {
        lock(&self.shared.state).result.take()
    }

    /// Whether the last job submitted has finished.
    pub fn is_idle(&self) -> bool {
        lock(&self.shared.state).done >= self.submitted
    }

    /// Block until the last job submitted has finished (for tests and headless use).
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

fn run<J, R>(shared: &Shared<J, R>, compute: fn(&J) -> R, notify: &dyn Fn()) {
    loop {
        let (generation, job) = {
            let mut state = lock(&shared.state);
            loop {
                if state.stop {
                    return;
                }
                if let Some(job) = state.job.take() {
                    break job;
                }
                state = shared
                    .wake
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        let result = compute(&job);
        {
            let mut state = lock(&shared.state);
            state.result = Some((generation, result));
            state.done = generation;
        }
        shared.finished.notify_all();
        notify();
    }
}

impl<J: Send + 'static, R: Send + 'static> Drop for Worker<J, R> {
    fn drop(&mut self) {
        lock(&self.shared.state).stop = true;
        self.shared.wake.notify_all();
        if let Some(thread) = self.thread.take() {
            // A job still running finishes first; its result is dropped.
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

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
}
