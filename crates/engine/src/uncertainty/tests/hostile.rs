//! Hostile ranges (issue 19, section 6): each finding a regression test.

use rust_decimal_macros::dec;

use super::*;
use crate::registry::ParamKey;
use crate::{Evaluation, ModelError, Month, Pct, Years};

/// The 2026 sheltered-work scenario (a benefit from the norms), in `year`.
fn sheltered_2026(year: u16) -> crate::Scenario {
    let mut s = super::builtin("beschut-werk-2026.ron")[0].clone();
    s.parameters.year = crate::parameters::Year::new(year).unwrap();
    s.uncertainty = Uncertainty::default();
    s
}

/// Every draw of a start month on 6,5–6,9 rounds to 7; the run used the January figures for it.
fn month_seven_range() -> Uncertainty {
    let mut u = Uncertainty::default();
    u.set(
        ParamKey::Month,
        Some(Distribution::Uniform {
            min: dec!(6.5),
            max: dec!(6.9),
        }),
    )
    .unwrap();
    u
}

#[test]
fn a_month_range_that_rounds_to_july_uses_the_july_figures() {
    let s = sheltered_2026(2025);
    let result = run(&s.parameters, &month_seven_range(), 4096, 3, 1);
    let mut july = s.parameters.clone();
    july.month = Month::new(7).unwrap();
    let exact = exact_outputs(&july);
    for ((key, summary), exact) in result.outputs.iter().zip(exact) {
        assert!(
            to_the_cent(summary.mean, exact),
            "{}: simulated {} but the sheet in July gives {exact}",
            key.key(),
            summary.mean
        );
    }
    // And it is not the January figure (the run used before).
    let january = exact_outputs(&s.parameters)[0];
    assert!(!to_the_cent(result.outputs[0].1.mean, january));
}

#[test]
fn a_month_range_that_rounds_to_july_2026_is_refused_as_the_sheet_refuses_it() {
    let s = sheltered_2026(2026);
    let mut july = s.parameters.clone();
    july.month = Month::new(7).unwrap();
    let engine = Evaluation::of(&july).expect_err("no norms of 1 July 2026");
    let options = Options {
        samples: 4096,
        seed: 3,
        threads: 1,
        extras: ExtrasKind::None,
    };
    match simulate(
        &s.parameters,
        &month_seven_range(),
        &options,
        &Control::default(),
    ) {
        Err(SimulationError::Model(err)) => assert_eq!(err.to_string(), engine.to_string()),
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn growth_the_engine_refuses_is_refused_by_the_run() {
    // 100 % real growth: 2^39 over 40 years is past the engine's cap of 10⁹.
    let mut params = peer().parameters;
    params.indexation_pct = Pct::new(dec!(100)).unwrap();
    params.years = Years::new(40).unwrap();
    assert!(matches!(
        Evaluation::of(&params),
        Err(ModelError::GrowthTooLarge)
    ));
    let options = Options {
        samples: 4096,
        seed: 3,
        threads: 2,
        extras: ExtrasKind::None,
    };
    let refused = |u: &Uncertainty| {
        matches!(
            simulate(&params, u, &options, &Control::default()),
            Err(SimulationError::Model(ModelError::GrowthTooLarge))
        )
    };
    // A range elsewhere (the factor over the horizon is then computed once, exactly).
    assert!(refused(&peer().uncertainty));
    // A range on the horizon whose every draw is 40 years (per draw).
    let mut u = Uncertainty::default();
    u.set(
        ParamKey::Years,
        Some(Distribution::Uniform {
            min: dec!(39.5),
            max: dec!(40.4),
        }),
    )
    .unwrap();
    assert!(refused(&u));
    // 30 years (2^29, within the cap) is computed.
    params.years = Years::new(30).unwrap();
    let mut u = Uncertainty::default();
    u.set(
        ParamKey::Years,
        Some(Distribution::Uniform {
            min: dec!(29.5),
            max: dec!(30.4),
        }),
    )
    .unwrap();
    assert!(simulate(&params, &u, &options, &Control::default()).is_ok());
}

#[test]
fn a_normal_with_a_huge_sd_on_a_bounded_figure_is_nearly_uniform_not_its_mean() {
    // Wage value N(40, (10⁶)²) truncated to 0–100 %: its density varies by about 2·10⁻⁹ over the
    // range, so it is uniform on 0–100 to far below what 200.000 samples resolve: mean 50, sd
    // 100/√12 = 28,8675. The sheet's net is wage value × 22.800 − 10.000 (the peer model), so its
    // mean is 0,50 × 22.800 − 10.000 = 1.400 and its sd 228 × 28,8675 = 6.581,8. Before, every
    // draw was rejected 1.000 times and then set to the mean: sd 0.
    let mut s = peer();
    s.uncertainty.ranges.clear();
    s.uncertainty
        .set(
            ParamKey::WageValuePct,
            Some(Distribution::Normal {
                mean: dec!(40),
                sd: dec!(1000000),
            }),
        )
        .unwrap();
    let n = 200_000;
    let result = run(&s.parameters, &s.uncertainty, n, 9, 2);
    let net = result.summary(OutputKey::Net).unwrap();
    // Standard errors: of the mean 6.581,8/√n = 14,7; of the sd about 6.581,8 × √(0,8/(4n)) = 6,6.
    assert!((net.mean - 1400.0).abs() < 4.0 * 14.7, "{net:?}");
    assert!((net.sd - 6581.8).abs() < 4.0 * 6.6, "{net:?}");
    assert!(
        net.min >= -10_000.0 - 1e-6 && net.max <= 12_800.0 + 1e-6,
        "{net:?}"
    );
}

#[test]
fn the_truncated_normal_draws_in_every_kind_of_range() {
    use super::super::sampler::Sampler;
    // Mean at a bound with a tiny sd, mean at a bound with a huge sd, and an ordinary one: each
    // draws inside the range, never only its mean.
    for (mean, sd) in [
        (dec!(0), dec!(0.001)),
        (dec!(100), dec!(0.5)),
        (dec!(100), dec!(1e9)),
        (dec!(55), dec!(20)),
    ] {
        let mut u = Uncertainty::default();
        u.set(
            ParamKey::WageValuePct,
            Some(Distribution::Normal { mean, sd }),
        )
        .unwrap();
        let sampler = Sampler::new(&u);
        let mut columns = sampler.columns();
        sampler.fill_chunk(1, 0, CHUNK, &mut columns);
        let draws = &columns[0];
        assert!(
            draws.iter().all(|x| (0.0..=100.0).contains(x)),
            "{mean} {sd}"
        );
        let distinct = draws.iter().filter(|x| **x != draws[0]).count();
        assert!(distinct > CHUNK / 2, "{mean} {sd}: {distinct}");
    }
}

#[test]
fn percentiles_at_a_thousand_clients_are_the_samples_own_to_the_cent() {
    // At 1.000 clients an NPV is about € 270 million, which an f32 holds only to € 16 or 32: the
    // percentiles came out as one f32 value, outside every sample. Now they equal the percentiles
    // of the exact samples (recomputed here one by one) to the cent.
    let mut s = peer();
    s.parameters.clients = crate::Count::new(1000).unwrap();
    let n = 8192;
    let result = run(&s.parameters, &s.uncertainty, n, 4, 2);
    let model = FastModel::new(&s.parameters, &s.uncertainty).unwrap();
    let sampler = super::super::sampler::Sampler::new(&s.uncertainty);
    let mut columns = sampler.columns();
    let mut all: Vec<Vec<f64>> = vec![Vec::new(); OUTPUT_COUNT];
    let mut p = model.base;
    for chunk in 0..(n as usize).div_ceil(CHUNK) {
        sampler.fill_chunk(4, chunk, CHUNK, &mut columns);
        for i in 0..CHUNK {
            sampler.set(&columns, i, &mut p);
            for (o, v) in OutputKey::all_of(&model.evaluate(&p))
                .into_iter()
                .enumerate()
            {
                all[o].push(v);
            }
        }
    }
    for ((key, summary), mut values) in result.outputs.iter().zip(all) {
        values.sort_unstable_by(f64::total_cmp);
        for (level, got) in Percentiles::LEVELS
            .iter()
            .zip(summary.percentiles.to_array())
        {
            let want = percentile_sorted(&values, *level);
            assert!(
                (got - want).abs() < 0.005,
                "{}: P{level} {got} {want}",
                key.key()
            );
            assert!(summary.min <= got && got <= summary.max, "{}", key.key());
        }
    }
}
