//! What the app shows beside the summaries: the fan chart over the years, which ranges drive the
//! spread, and the break-even wage value as a distribution.
//!
//! These need every sample's inputs or every year's figure, so they are computed from the first
//! [`EXTRAS_SAMPLES`] samples of the run (drawn again from the same chunk streams, so they are the
//! very same samples): memory stays bounded whatever the sample count, and at 20.000 samples a
//! percentile's standard error is about 1% of the spread.

use serde::Serialize;

use super::fast::{FastModel, annuity};
use super::run::CHUNK;
use super::sampler::Sampler;
use super::stats::{Percentiles, percentile_sorted};
use crate::registry::ParamKey;

/// At most this many samples feed the extras.
pub const EXTRAS_SAMPLES: usize = 20_000;

/// The spread of the cumulative discounted net in one year of the horizon, all clients.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct FanYear {
    /// 1 for the first year.
    pub year: u32,
    /// The municipality's cumulative discounted net up to this year.
    pub municipality: Percentiles,
    /// Society's cumulative discounted net up to this year.
    pub society: Percentiles,
}

/// P5/P25/P50/P75/P95 of the cumulative discounted net per year.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FanChart {
    /// One entry per year up to the longest horizon drawn.
    pub years: Vec<FanYear>,
}

/// Spearman's rank correlation of one varied parameter with the NPVs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RankCorrelation {
    /// The parameter.
    #[serde(skip)]
    pub param: ParamKey,
    /// With the municipality's NPV (−1 to 1; NaN when either does not vary).
    pub municipality: f64,
    /// With society's NPV.
    pub society: f64,
}

/// The break-even wage value over the samples.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct BreakEvenDistribution {
    /// Percentiles over the samples that have a break-even point (0 where the budget loses at
    /// no wage value); NaN when none has.
    pub percentiles: Percentiles,
    /// The share of samples with a break-even point.
    pub share_defined: f64,
    /// The share of samples whose wage value reaches their break-even point: for BUIG, the saving
    /// covers the LKS; for the municipality, its net is not negative.
    pub share_wage_value_above: f64,
}

/// Everything beyond the summaries.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Extras {
    /// How many samples the extras were computed from.
    pub samples: usize,
    /// The fan chart.
    pub fan: FanChart,
    /// One per varied parameter, in key order.
    pub correlations: Vec<RankCorrelation>,
    /// The BUIG break-even wage value (LKS = benefit saved).
    pub break_even: BreakEvenDistribution,
    /// The municipality's break-even wage value (participation budget + BUIG).
    pub break_even_municipality: BreakEvenDistribution,
}

/// Compute the extras from the first samples of a run of `n`: the break-even distributions, and
/// with `full` the fan chart and the rank correlations too (empty without).
pub(super) fn extras(
    model: &FastModel,
    sampler: &Sampler,
    seed: u64,
    n: usize,
    full: bool,
) -> Extras {
    let k = n.min(EXTRAS_SAMPLES);
    let kept = if full { k } else { 0 };
    let mut inputs: Vec<Vec<f64>> = vec![Vec::with_capacity(kept); sampler.params.len()];
    let mut municipality = Vec::with_capacity(k);
    let mut society = Vec::with_capacity(k);
    let mut horizons = Vec::with_capacity(k);
    let mut break_even = Vec::with_capacity(k);
    let mut above = 0usize;
    let mut municipality_break_even = Vec::with_capacity(k);
    let mut municipality_above = 0usize;
    let mut columns = sampler.columns();
    let mut p = model.base;
    for chunk in 0..k.div_ceil(CHUNK) {
        let len = CHUNK.min(k - chunk * CHUNK);
        sampler.fill_chunk(seed, chunk, len, &mut columns);
        if full {
            for (input, column) in inputs.iter_mut().zip(&columns) {
                input.extend_from_slice(&column[..len]);
            }
        }
        for i in 0..len {
            sampler.set(&columns, i, &mut p);
            let o = model.evaluate(&p);
            municipality.push(o.municipality() * p.get(ParamKey::Clients));
            society.push(o.society() * p.get(ParamKey::Clients));
            horizons.push((
                p.get(ParamKey::IndexationPct),
                p.get(ParamKey::DiscountRatePct),
                p.get(ParamKey::Years),
            ));
            if !o.break_even_pct.is_nan() {
                break_even.push(o.break_even_pct);
                above += usize::from(p.get(ParamKey::WageValuePct) >= o.break_even_pct);
            }
            if !o.break_even_municipality_pct.is_nan() {
                municipality_break_even.push(o.break_even_municipality_pct);
                municipality_above +=
                    usize::from(p.get(ParamKey::WageValuePct) >= o.break_even_municipality_pct);
            }
        }
    }
    let (fan, correlations) = if full {
        correlations_and_fan(sampler, &inputs, &municipality, &society, &horizons)
    } else {
        (FanChart::default(), Vec::new())
    };
    Extras {
        samples: k,
        fan,
        correlations,
        break_even: distribution(break_even, above, k),
        break_even_municipality: distribution(municipality_break_even, municipality_above, k),
    }
}

/// The fan chart and the rank correlation of every varied input with the NPVs.
fn correlations_and_fan(
    sampler: &Sampler,
    inputs: &[Vec<f64>],
    municipality: &[f64],
    society: &[f64],
    horizons: &[(f64, f64, f64)],
) -> (FanChart, Vec<RankCorrelation>) {
    let fan = fan_chart(municipality, society, horizons);
    let npv = |year1: &[f64]| -> Vec<f64> {
        year1
            .iter()
            .zip(horizons)
            .map(|(v, &(g, r, t))| v * annuity(g, r, t))
            .collect()
    };
    let (npv_m, npv_s) = (ranks(&npv(municipality)), ranks(&npv(society)));
    let correlations = sampler
        .params
        .iter()
        .zip(inputs)
        .map(|(s, column)| {
            let r = ranks(column);
            RankCorrelation {
                param: s.key,
                municipality: pearson(&r, &npv_m),
                society: pearson(&r, &npv_s),
            }
        })
        .collect();
    (fan, correlations)
}

/// The distribution of `values`, the break-even points of the samples that have one, of `k`
/// samples of which `above` reach theirs.
fn distribution(mut values: Vec<f64>, above: usize, k: usize) -> BreakEvenDistribution {
    let share_defined = values.len() as f64 / k.max(1) as f64;
    values.sort_unstable_by(f64::total_cmp);
    BreakEvenDistribution {
        percentiles: Percentiles::from_array(
            Percentiles::LEVELS.map(|l| percentile_sorted(&values, l)),
        ),
        share_defined,
        share_wage_value_above: above as f64 / k.max(1) as f64,
    }
}

/// Percentiles per year of the cumulative discounted nets; after a sample's own horizon its
/// cumulative figure stays where it ended.
fn fan_chart(municipality: &[f64], society: &[f64], horizons: &[(f64, f64, f64)]) -> FanChart {
    let longest = horizons.iter().map(|h| h.2 as usize).max().unwrap_or(0);
    if let Some(&(g, r, t)) = horizons.first()
        && horizons.iter().all(|h| *h == (g, r, t))
    {
        return fixed_horizon_fan(municipality, society, (g, r, t));
    }
    let mut cumulative_m = vec![0.0; municipality.len()];
    let mut cumulative_s = vec![0.0; society.len()];
    let mut column = Vec::with_capacity(municipality.len());
    let mut years = Vec::with_capacity(longest);
    for year in 0..longest {
        for (i, &(g, r, t)) in horizons.iter().enumerate() {
            let term = if (year as f64) < t {
                (1.0 + g / 100.0).powi(year as i32) / (1.0 + r / 100.0).powi(year as i32 + 1)
            } else {
                0.0
            };
            cumulative_m[i] += municipality[i] * term;
            cumulative_s[i] += society[i] * term;
        }
        let mut spread = |values: &[f64]| {
            column.clear();
            column.extend_from_slice(values);
            column.sort_unstable_by(f64::total_cmp);
            Percentiles::from_array(Percentiles::LEVELS.map(|l| percentile_sorted(&column, l)))
        };
        years.push(FanYear {
            year: year as u32 + 1,
            municipality: spread(&cumulative_m),
            society: spread(&cumulative_s),
        });
    }
    FanChart { years }
}

/// With one horizon for every sample the cumulative figure of year t is the year-1 figure times a
/// positive constant, so its percentiles are the year-1 percentiles times that constant: sorting
/// once is enough.
fn fixed_horizon_fan(
    municipality: &[f64],
    society: &[f64],
    (g, r, t): (f64, f64, f64),
) -> FanChart {
    let sorted = |values: &[f64]| {
        let mut v = values.to_vec();
        v.sort_unstable_by(f64::total_cmp);
        Percentiles::LEVELS.map(|l| percentile_sorted(&v, l))
    };
    let (m, s) = (sorted(municipality), sorted(society));
    let mut factor = 0.0;
    let years = (0..t as u32)
        .map(|year| {
            factor += (1.0 + g / 100.0).powi(year as i32) / (1.0 + r / 100.0).powi(year as i32 + 1);
            FanYear {
                year: year + 1,
                municipality: Percentiles::from_array(m.map(|v| v * factor)),
                society: Percentiles::from_array(s.map(|v| v * factor)),
            }
        })
        .collect();
    FanChart { years }
}

/// Ranks from 1, ties sharing their average rank.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_unstable_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &o in &order[i..=j] {
            ranks[o] = rank;
        }
        i = j + 1;
    }
    ranks
}

/// Pearson's correlation; NaN when either side does not vary.
fn pearson(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        sab += (x - ma) * (y - mb);
        saa += (x - ma) * (x - ma);
        sbb += (y - mb) * (y - mb);
    }
    if saa == 0.0 || sbb == 0.0 {
        f64::NAN
    } else {
        sab / (saa * sbb).sqrt()
    }
}
