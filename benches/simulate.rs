//! How long the Monte Carlo takes on the peer benchmark model (assets/models/mc-peer.ron), in
//! process: what `kostenbaten simulate` spends on the model, and what the app waits for.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use kostenbaten::file::builtin;
use kostenbaten::model::uncertainty::{Control, ExtrasKind, Options, simulate};

fn monte_carlo(c: &mut Criterion) {
    let model = builtin("mc-peer.ron").unwrap().unwrap();
    let scenario = &model.scenarios[0];
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let mut group = c.benchmark_group("simulate mc-peer");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    for (samples, extras) in [
        (100_000, ExtrasKind::None),
        (1_000_000, ExtrasKind::None),
        (100_000, ExtrasKind::BreakEvens),
        (100_000, ExtrasKind::All),
    ] {
        let options = Options {
            samples,
            seed: 1,
            threads,
            extras,
        };
        let name = format!(
            "{samples} samples{}",
            match extras {
                ExtrasKind::None => "",
                ExtrasKind::BreakEvens => " + break-evens (the command)",
                ExtrasKind::All => " + extras (the app)",
            }
        );
        group.bench_function(name, |b| {
            b.iter(|| {
                simulate(
                    black_box(&scenario.parameters),
                    &scenario.uncertainty,
                    &options,
                    &Control::default(),
                )
                .unwrap()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, monte_carlo);
criterion_main!(benches);
