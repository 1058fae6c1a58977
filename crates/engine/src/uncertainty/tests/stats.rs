//! The Monte Carlo's statistics: the peer model's exact means, known distributions, ordering,
//! reproducibility and cancelling.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::*;
use crate::registry::ParamKey;

/// The peer model at a million samples in release builds; 200.000 in debug builds, so that
/// `cargo test` stays fast (the standard error, and so the tolerance, grows by √5 only).
const PEER_SAMPLES: u32 = if cfg!(debug_assertions) {
    200_000
} else {
    1_000_000
};

#[test]
fn the_peer_models_exact_means_lie_within_three_standard_errors() {
    let s = peer();
    let result = run(&s.parameters, &s.uncertainty, PEER_SAMPLES, 42, 2);
    // bench-peers/README.md: Σ 1,02^(t−1)/1,0225^t = 28,32304; per year the municipality
    // expects 11.905,44 − (1 − 0,41667) × 22.800 − 8.166,67 and society 0,41667 × 22.800 −
    // 10.333,33 − 8.166,67 + 5.986,67 (the means of the triangles: (a + b + c)/3).
    for (key, exact) in [
        (OutputKey::MunicipalityNpv, -270_802.98),
        (OutputKey::Npv, -85_346.75),
    ] {
        let summary = result.summary(key).unwrap();
        let se = summary.standard_error(PEER_SAMPLES);
        assert!(
            (summary.mean - exact).abs() < 3.0 * se,
            "{}: mean {} exact {exact} se {se}",
            key.key(),
            summary.mean
        );
    }
    // The worker and the national government do not depend on any range.
    let worker = result
        .summary(OutputKey::ActorNpv(crate::Actor::Worker))
        .unwrap();
    assert_eq!(worker.sd, 0.0);
    assert_eq!(worker.percentiles.p5, worker.percentiles.p95);
}

#[test]
fn a_uniform_range_gives_its_mean_sd_and_percentiles() {
    // Only coaching varies, uniform 6.000–10.000: society's year-1 net is a constant minus the
    // coaching, so its mean is the constant − 8.000, its sd 4.000/√12 = 1.154,70 and its P5 the
    // constant − 9.800 (the 95th percentile of the coaching).
    let mut s = peer();
    s.uncertainty.ranges.clear();
    s.uncertainty
        .set(
            ParamKey::Coaching,
            Some(Distribution::Uniform {
                min: dec!(6000),
                max: dec!(10000),
            }),
        )
        .unwrap();
    let n = 100_000;
    let result = run(&s.parameters, &s.uncertainty, n, 1, 2);
    let society = result.summary(OutputKey::SocietyNet).unwrap();
    let constant = exact_outputs(&s.parameters)[2] + 8500.0;
    let sd = 4000.0 / 12f64.sqrt();
    let se = sd / f64::from(n).sqrt();
    assert!(
        (society.mean - (constant - 8000.0)).abs() < 4.0 * se,
        "{society:?}"
    );
    // The sample sd of a uniform has standard error ≈ sd × √(0,8/4n) (its kurtosis is 1,8).
    assert!(
        (society.sd - sd).abs() < 4.0 * sd * (0.2 / f64::from(n)).sqrt(),
        "{society:?}"
    );
    // A percentile's standard error: √(p(1 − p)/n) / density, the density 1/4.000: at P5 4.000 ×
    // √(0,05 × 0,95 / 100.000) = 2,76.
    let p5_se = 4000.0 * (0.05f64 * 0.95 / f64::from(n)).sqrt();
    assert!(
        (society.percentiles.p5 - (constant - 9800.0)).abs() < 4.0 * p5_se,
        "{society:?}"
    );
    let p50_se = 4000.0 * (0.25f64 / f64::from(n)).sqrt();
    assert!((society.percentiles.p50 - (constant - 8000.0)).abs() < 4.0 * p50_se);
    // Society is positive when the coaching is below the constant.
    let share = ((constant - 6000.0) / 4000.0).clamp(0.0, 1.0);
    assert!(
        (society.p_positive - share).abs()
            < 4.0 * (share * (1.0 - share) / f64::from(n)).sqrt() + 1e-9
    );
}

#[test]
fn a_normal_range_gives_its_mean_and_sd() {
    // Workplace normal 10.000 ± 1.000, far from the range's ends, so the truncation never acts:
    // society's year-1 net has sd 1.000 and mean the scenario's at a workplace of 10.000.
    let mut s = peer();
    s.uncertainty.ranges.clear();
    s.uncertainty
        .set(
            ParamKey::Workplace,
            Some(Distribution::Normal {
                mean: dec!(10000),
                sd: dec!(1000),
            }),
        )
        .unwrap();
    let n = 100_000;
    let result = run(&s.parameters, &s.uncertainty, n, 3, 2);
    let society = result.summary(OutputKey::SocietyNet).unwrap();
    let expected = exact_outputs(&s.parameters)[2];
    assert!((society.mean - expected).abs() < 4.0 * 1000.0 / f64::from(n).sqrt());
    // The sample sd of a normal has standard error sd/√(2n) = 2,24.
    assert!(
        (society.sd - 1000.0).abs() < 4.0 * 1000.0 / (2.0 * f64::from(n)).sqrt(),
        "{society:?}"
    );
    // P5 of a normal: mean − 1,6449 sd; its standard error √(0,05 × 0,95/n)/φ(1,6449) = 6,7.
    let p5_se = 1000.0 * (0.05f64 * 0.95 / f64::from(n)).sqrt() / 0.103_136;
    assert!((society.percentiles.p5 - (expected - 1644.85)).abs() < 4.0 * p5_se);
}

#[test]
fn a_truncated_normal_stays_in_the_parameters_range() {
    let mut s = peer();
    s.uncertainty.ranges.clear();
    // Wage value 95 ± 20 %: every draw above 100 % is drawn again.
    s.uncertainty
        .set(
            ParamKey::WageValuePct,
            Some(Distribution::Normal {
                mean: dec!(95),
                sd: dec!(20),
            }),
        )
        .unwrap();
    let result = run(&s.parameters, &s.uncertainty, 20_000, 5, 1);
    let sheet = result.summary(OutputKey::Net).unwrap();
    // The sheet's net is wage value × 22.800 − 10.000: at most 12.800.
    assert!(sheet.max <= 12_800.0 + 1e-6, "{sheet:?}");
    assert!(sheet.min >= -10_000.0 - 1e-6);
}

#[test]
fn percentiles_are_ordered_for_every_output() {
    let s = peer();
    let result = run(&s.parameters, &s.uncertainty, 50_000, 11, 2);
    for (key, summary) in &result.outputs {
        let p = summary.percentiles.to_array();
        assert!(p.windows(2).all(|w| w[0] <= w[1]), "{}: {p:?}", key.key());
        assert!(summary.min <= p[0] && p[4] <= summary.max, "{}", key.key());
    }
}

#[test]
fn a_seed_gives_the_same_numbers_on_any_thread_count() {
    let s = peer();
    let one = run(&s.parameters, &s.uncertainty, 30_001, 99, 1);
    for threads in [2, 4] {
        assert_eq!(
            run(&s.parameters, &s.uncertainty, 30_001, 99, threads),
            one,
            "{threads}"
        );
    }
    assert_eq!(
        run(&s.parameters, &s.uncertainty, 30_001, 99, 1),
        one,
        "run twice"
    );
    assert_ne!(
        run(&s.parameters, &s.uncertainty, 30_001, 100, 1).outputs,
        one.outputs
    );
}

#[test]
fn a_degenerate_range_gives_exactly_the_deterministic_result() {
    let s = peer();
    let collapsed = s.uncertainty.collapsed();
    let result = run(&s.parameters, &collapsed, 10_000, 1, 2);
    let model = FastModel::new(&s.parameters, &Uncertainty::default()).unwrap();
    let deterministic = OutputKey::all_of(&model.evaluate(&model.base));
    for ((key, summary), exact) in result.outputs.iter().zip(deterministic) {
        assert_eq!(summary.mean, exact, "{}", key.key());
        assert_eq!(summary.percentiles.to_array(), [exact; 5], "{}", key.key());
        assert_eq!(summary.sd, 0.0);
    }
}

#[test]
fn the_extras_have_a_fan_per_year_correlations_and_a_break_even() {
    let s = peer();
    let options = Options {
        samples: 20_000,
        seed: 2,
        threads: 2,
        extras: ExtrasKind::All,
    };
    let result = simulate(&s.parameters, &s.uncertainty, &options, &Control::default()).unwrap();
    let extras = result.extras.clone().unwrap();
    assert_eq!(extras.fan.years.len(), 30);
    let last = extras.fan.years[29];
    let npv = result.summary(OutputKey::MunicipalityNpv).unwrap();
    // The last year's cumulative figure is the NPV: the same samples, so the same median.
    assert!(
        (last.municipality.p50 - npv.percentiles.p50).abs() < 1.0,
        "{last:?} {npv:?}"
    );
    // The wage value drives the municipality (through the LKS) far more than the societal cost,
    // which does not reach it at all.
    let by = |k: ParamKey| extras.correlations.iter().find(|c| c.param == k).unwrap();
    assert!(by(ParamKey::WageValuePct).municipality > 0.7);
    assert!(by(ParamKey::SocietalCostPerClient).municipality.abs() < 0.05);
    // Break-even: 1 − 11.905,44/22.800 = 47,78 % whatever the wage value.
    assert!((extras.break_even.percentiles.p50 - 47.7832).abs() < 1e-3);
    assert_eq!(extras.break_even.share_defined, 1.0);
}

#[test]
fn a_cancelled_run_returns_no_result() {
    let s = peer();
    let control = Control::default();
    control.cancel();
    let options = Options::of(&s.uncertainty);
    assert!(matches!(
        simulate(&s.parameters, &s.uncertainty, &options, &control),
        Err(SimulationError::Cancelled)
    ));
    let zero = Options {
        samples: 0,
        ..options
    };
    assert!(matches!(
        simulate(&s.parameters, &s.uncertainty, &zero, &Control::default()),
        Err(SimulationError::Samples(0))
    ));
    let _ = Decimal::ZERO;
}

#[test]
fn a_varied_horizon_gives_a_fan_up_to_the_longest_and_npvs_per_sample() {
    let mut s = peer();
    s.uncertainty.ranges.clear();
    let uniform = |min, max| Some(Distribution::Uniform { min, max });
    s.uncertainty
        .set(ParamKey::Years, uniform(dec!(10), dec!(20)))
        .unwrap();
    s.uncertainty
        .set(ParamKey::DiscountRatePct, uniform(dec!(1), dec!(4)))
        .unwrap();
    let options = Options {
        samples: 5_000,
        seed: 8,
        threads: 2,
        extras: ExtrasKind::All,
    };
    let result = simulate(&s.parameters, &s.uncertainty, &options, &Control::default()).unwrap();
    let fan = &result.extras.as_ref().unwrap().fan;
    // Draws round to whole years, so 10 and 20 are each drawn (with half the weight of the others).
    assert_eq!(fan.years.len(), 20);
    // The municipality loses every year, so its cumulative median only falls.
    assert!(
        fan.years
            .windows(2)
            .all(|w| w[1].municipality.p50 <= w[0].municipality.p50)
    );
    // Its NPV lies between 10 years at 4 % and 20 years at 1 % of the year-1 net.
    let year1 = exact_outputs(&s.parameters)[1];
    let npv = result.summary(OutputKey::MunicipalityNpv).unwrap();
    let low = super::super::fast::annuity(2.0, 1.0, 20.0) * year1;
    let high = super::super::fast::annuity(2.0, 4.0, 10.0) * year1;
    assert!(
        npv.min >= low - 0.01 && npv.max <= high + 0.01,
        "{npv:?} {low} {high}"
    );
    assert!(npv.sd > 0.0);
}

#[test]
fn percentiles_equal_a_full_sort_also_when_most_chunks_are_constant() {
    // Clients uniform on 0–0,50006: rounded, 1 in about 8.000 samples has a client, so most
    // chunks hold only zero NPVs (and skip their buffer) while a few do not.
    let mut s = peer();
    s.uncertainty
        .set(
            ParamKey::Clients,
            Some(Distribution::Uniform {
                min: dec!(0),
                max: dec!(0.50006),
            }),
        )
        .unwrap();
    let n = 40_960;
    let result = run(&s.parameters, &s.uncertainty, n, 4, 2);
    let model = FastModel::new(&s.parameters, &s.uncertainty).unwrap();
    let sampler = super::super::sampler::Sampler::new(&s.uncertainty);
    let mut columns = sampler.columns();
    let mut all: Vec<Vec<f64>> = vec![Vec::new(); OUTPUT_COUNT];
    let mut p = model.base;
    for chunk in 0..(n as usize).div_ceil(CHUNK) {
        let len = CHUNK.min(n as usize - chunk * CHUNK);
        sampler.fill_chunk(4, chunk, len, &mut columns);
        for i in 0..len {
            sampler.set(&columns, i, &mut p);
            for (o, v) in OutputKey::all_of(&model.evaluate(&p))
                .into_iter()
                .enumerate()
            {
                all[o].push(v);
            }
        }
    }
    let npv = &all[3];
    let nonzero = npv.iter().filter(|v| **v != 0.0).count();
    assert!((1..=40).contains(&nonzero), "{nonzero}");
    for ((key, summary), mut values) in result.outputs.iter().zip(all) {
        values.sort_unstable_by(f64::total_cmp);
        for (level, got) in Percentiles::LEVELS
            .iter()
            .zip(summary.percentiles.to_array())
        {
            let want = percentile_sorted(&values, *level);
            assert!(
                (got - want).abs() <= 1e-6 * want.abs() + 1e-9,
                "{}: P{level} {got} {want}",
                key.key()
            );
        }
        let share = values.iter().filter(|v| **v > 0.0).count() as f64 / values.len() as f64;
        assert_eq!(summary.p_positive, share, "{}", key.key());
        assert_eq!(result.histograms[0].counts.iter().sum::<u32>(), n);
    }
}

#[test]
fn the_progress_counter_reaches_the_sample_count() {
    let mut s = peer();
    s.uncertainty.samples = 12_345;
    let control = Control::default();
    let result = simulate_scenario(&s, &control).unwrap();
    assert_eq!(result.samples, 12_345);
    assert_eq!(
        control.done.load(std::sync::atomic::Ordering::Relaxed),
        12_345
    );
    assert_eq!(control.progress(12_345), 1.0);
    assert!(result.extras.is_some(), "the app's run has the extras");
    assert_eq!(result.histograms.len(), OUTPUT_COUNT);
}

#[test]
fn percent_bins_tile_the_range_and_share_the_samples() {
    // 64 bins from 0 to 64 (width 1) with 1, 3 and 4 samples in the first, second and last:
    // shares of 8 samples.
    let mut counts = vec![0; Histogram::BINS];
    counts[0] = 1;
    counts[1] = 3;
    counts[63] = 4;
    let hist = Histogram {
        min: 0.0,
        max: 64.0,
        counts,
    };
    let bins: Vec<(f64, f64, f64)> = hist.percent_bins().collect();
    assert_eq!(bins.len(), 64);
    assert_eq!(bins[0], (0.0, 1.0, 12.5));
    assert_eq!(bins[1], (1.0, 2.0, 37.5));
    assert_eq!(bins[2], (2.0, 3.0, 0.0));
    assert_eq!(bins[63], (63.0, 64.0, 50.0));
}
