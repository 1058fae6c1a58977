//! How long the engine takes for what the app does every frame and the command line does per call.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use kostenbaten::figures::Figures;
use kostenbaten::file::{BUILTIN_MODELS, parse_model, to_ron};
use kostenbaten::model::analysis::{OutputKey, ParamKey, Variation, goal_seek, tornado};
use kostenbaten::model::{Actor, Evaluation, YearTable, Years, by_wage_value};
use rust_decimal::Decimal;

fn engine(c: &mut Criterion) {
    let slides = parse_model(BUILTIN_MODELS[0].text.as_bytes(), Path::new("b.ron")).unwrap();
    let statutory = parse_model(BUILTIN_MODELS[2].text.as_bytes(), Path::new("b.ron")).unwrap();
    let p2014 = slides.scenarios[0].parameters.clone();
    let p2026 = statutory.scenarios[0].parameters.clone();
    let mut p60 = p2026.clone();
    p60.years = Years::new(60).unwrap();

    c.bench_function("evaluate 2014 slides (30 years)", |b| {
        b.iter(|| Evaluation::of(black_box(&p2014)))
    });
    c.bench_function("evaluate 2026 statutory (60 years)", |b| {
        b.iter(|| Evaluation::of(black_box(&p60)))
    });
    // What every face reads after an edit: the evaluation, the 51-point curve, the shown amounts
    // and the source rows, once (the figures layer).
    let scenario = slides.scenarios[0].clone();
    c.bench_function(
        "figures of the 2014 slides (evaluation, curve, shown, sources)",
        |b| b.iter(|| Figures::of(black_box(&scenario))),
    );
    c.bench_function("net by wage value, 101 points", |b| {
        b.iter(|| by_wage_value(black_box(&p2026), YearTable::builtin(), 100))
    });
    c.bench_function("goal seek: BUIG break-even by wage value", |b| {
        b.iter(|| {
            goal_seek(
                black_box(&p2026),
                OutputKey::ActorNet(Actor::MunicipalityBuig),
                ParamKey::WageValuePct,
                Decimal::ZERO,
            )
        })
    });
    c.bench_function("goal seek: NPV by discount rate (30 years)", |b| {
        b.iter(|| {
            goal_seek(
                black_box(&p2014),
                OutputKey::Npv,
                ParamKey::DiscountRatePct,
                Decimal::ZERO,
            )
        })
    });
    c.bench_function("tornado: net, 16 parameters ±20%", |b| {
        b.iter(|| {
            tornado(
                black_box(&p2014),
                OutputKey::Net,
                Variation::Percent(Decimal::from(20)),
                &ParamKey::analysable(),
            )
        })
    });
    c.bench_function("parse beschut-werk-2014.ron", |b| {
        b.iter(|| {
            parse_model(
                black_box(BUILTIN_MODELS[0].text.as_bytes()),
                Path::new("b.ron"),
            )
        })
    });
    c.bench_function("write model as ron", |b| {
        b.iter(|| to_ron(black_box(&slides)))
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
