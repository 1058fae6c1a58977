//! How long the council report and a print PNG take, in process: what `kostenbaten export` spends
//! on a PDF of the 2014 example (no ranges) and of the peer model (with its 10.000-sample Monte
//! Carlo), and on one plot at 2× scale.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use kostenbaten::file::builtin;
use kostenbaten::i18n::Lang;
use kostenbaten::report::council::council_pdf;
use kostenbaten::report::plots::{PlotName, plot_png};

fn report(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(6));
    for file in ["beschut-werk-2014.ron", "mc-peer.ron"] {
        let model = builtin(file).unwrap().unwrap();
        group.bench_function(format!("council pdf {file}"), |b| {
            b.iter(|| council_pdf(black_box(&model), "", Lang::Nl, "24 november 2026").unwrap())
        });
    }
    let model = builtin("beschut-werk-2014.ron").unwrap().unwrap();
    group.bench_function("png loonwaarde 2x", |b| {
        b.iter(|| plot_png(black_box(&model), "", PlotName::WageValue, Lang::Nl, 2.0).unwrap())
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
