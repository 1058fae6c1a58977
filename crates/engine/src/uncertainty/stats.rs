//! Statistics of one output: streamed moments per chunk (merged in chunk order, so the thread
//! count never changes a digit), and exact percentiles and a histogram from one f64 buffer.

use serde::Serialize;

/// Most bins of the counting pass that finds the percentiles; a multiple of [`Histogram::BINS`].
const MAX_FINE_BINS: usize = 64 * 1024;

/// Bins for `n` samples: about eight samples a bin, so the counts stay in cache, a multiple of
/// [`Histogram::BINS`].
fn fine_bins(n: usize) -> usize {
    (n / 8).clamp(Histogram::BINS * 16, MAX_FINE_BINS) / Histogram::BINS * Histogram::BINS
}

/// Moments of the samples of one chunk, with the first value as shift so the sums stay small.
#[derive(Clone, Copy, Debug)]
pub(super) struct Moments {
    count: u64,
    shift: f64,
    sum: f64,
    sum_sq: f64,
    positive: u64,
    /// Lowest value seen.
    pub min: f64,
    /// Highest value seen.
    pub max: f64,
}

impl Moments {
    /// No samples yet.
    pub const EMPTY: Self = Self {
        count: 0,
        shift: 0.0,
        sum: 0.0,
        sum_sq: 0.0,
        positive: 0,
        min: f64::INFINITY,
        max: f64::NEG_INFINITY,
    };

    /// Add one sample.
    #[inline]
    pub fn push(&mut self, x: f64) {
        if self.count == 0 {
            self.shift = x;
        }
        let d = x - self.shift;
        self.count += 1;
        self.sum += d;
        self.sum_sq += d * d;
        self.positive += u64::from(x > 0.0);
        self.min = self.min.min(x);
        self.max = self.max.max(x);
    }

    /// The number of samples.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Whether every sample of the chunk had the same value (its buffer is then not written).
    pub fn is_constant(&self) -> bool {
        self.count > 0 && self.min == self.max
    }

    /// Mean and sum of squared deviations of this chunk.
    fn mean_m2(&self) -> (f64, f64) {
        let n = self.count as f64;
        let mean_d = self.sum / n;
        (
            self.shift + mean_d,
            (self.sum_sq - self.sum * mean_d).max(0.0),
        )
    }
}

/// Moments of many chunks merged (Chan et al.), in the order the chunks were drawn.
#[derive(Clone, Copy, Debug)]
pub(super) struct Merged {
    count: u64,
    mean: f64,
    m2: f64,
    positive: u64,
    min: f64,
    max: f64,
}

impl Merged {
    /// Whether every sample had the same value.
    pub fn is_constant(&self) -> bool {
        self.min == self.max
    }

    /// Nothing merged yet.
    pub const EMPTY: Self = Self {
        count: 0,
        mean: 0.0,
        m2: 0.0,
        positive: 0,
        min: f64::INFINITY,
        max: f64::NEG_INFINITY,
    };

    /// Merge the next chunk.
    pub fn add(&mut self, chunk: &Moments) {
        if chunk.count == 0 {
            return;
        }
        let (mean_b, m2_b) = chunk.mean_m2();
        let (na, nb) = (self.count as f64, chunk.count as f64);
        let n = na + nb;
        let delta = mean_b - self.mean;
        self.mean += delta * nb / n;
        self.m2 += m2_b + delta * delta * na * nb / n;
        self.count += chunk.count;
        self.positive += chunk.positive;
        self.min = self.min.min(chunk.min);
        self.max = self.max.max(chunk.max);
    }

    /// The summary, with the percentiles found in `values` (the same samples); `scratch`
    /// is reused between outputs so its pages are touched once per thread.
    pub fn summary(&self, values: &[f64], scratch: &mut Vec<u16>) -> (Summary, Histogram) {
        let n = self.count.max(1) as f64;
        let constant = self.min == self.max;
        let (percentiles, histogram) = if constant {
            (
                Percentiles::all(self.min),
                Histogram::single(self.min, values.len()),
            )
        } else {
            percentiles(values, self.min, self.max, scratch)
        };
        let summary = Summary {
            mean: if constant { self.min } else { self.mean },
            sd: if constant || self.count < 2 {
                0.0
            } else {
                (self.m2 / (n - 1.0)).sqrt()
            },
            min: self.min,
            max: self.max,
            percentiles,
            p_positive: self.positive as f64 / n,
        };
        (summary, histogram)
    }
}

/// P5, P25, P50, P75 and P95.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Percentiles {
    /// 5th percentile.
    pub p5: f64,
    /// 25th percentile.
    pub p25: f64,
    /// Median.
    pub p50: f64,
    /// 75th percentile.
    pub p75: f64,
    /// 95th percentile.
    pub p95: f64,
}

impl Percentiles {
    /// The levels, as fractions.
    pub const LEVELS: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

    fn all(value: f64) -> Self {
        Self::from_array([value; 5])
    }

    /// From the five values in [`Percentiles::LEVELS`] order.
    pub fn from_array(v: [f64; 5]) -> Self {
        Self {
            p5: v[0],
            p25: v[1],
            p50: v[2],
            p75: v[3],
            p95: v[4],
        }
    }

    /// The five values in [`Percentiles::LEVELS`] order.
    pub fn to_array(self) -> [f64; 5] {
        [self.p5, self.p25, self.p50, self.p75, self.p95]
    }
}

/// What a run found for one output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Mean.
    pub mean: f64,
    /// Sample standard deviation (n − 1).
    pub sd: f64,
    /// Lowest sample.
    pub min: f64,
    /// Highest sample.
    pub max: f64,
    /// Percentiles, linearly interpolated between order statistics (NumPy's default).
    pub percentiles: Percentiles,
    /// The share of samples above zero.
    pub p_positive: f64,
}

impl Summary {
    /// The summary of the same samples each times `k` ≥ 0.
    pub(super) fn scaled(&self, k: f64) -> Self {
        Self {
            mean: self.mean * k,
            sd: self.sd * k,
            min: self.min * k,
            max: self.max * k,
            percentiles: Percentiles::from_array(self.percentiles.to_array().map(|p| p * k)),
            p_positive: if k > 0.0 { self.p_positive } else { 0.0 },
        }
    }

    /// Standard error of the mean: sd / √n.
    pub fn standard_error(&self, samples: u32) -> f64 {
        self.sd / f64::from(samples.max(1)).sqrt()
    }
}

/// Counts of the samples in equal bins between the lowest and the highest sample.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Histogram {
    /// Left edge of the first bin.
    pub min: f64,
    /// Right edge of the last bin.
    pub max: f64,
    /// Samples per bin, [`Histogram::BINS`] of them (all in one bin when every sample is equal).
    pub counts: Vec<u32>,
}

impl Histogram {
    /// The histogram of the same samples each times `k` ≥ 0.
    pub(super) fn scaled(&self, k: f64) -> Self {
        Self {
            min: self.min * k,
            max: self.max * k,
            counts: self.counts.clone(),
        }
    }

    /// The number of bins.
    pub const BINS: usize = 64;

    /// Each bin as its left edge, its right edge and its share of the samples in percent.
    pub fn percent_bins(&self) -> impl Iterator<Item = (f64, f64, f64)> + '_ {
        let total = self
            .counts
            .iter()
            .map(|c| f64::from(*c))
            .sum::<f64>()
            .max(1.0);
        let width = self.bin_width();
        self.counts.iter().enumerate().map(move |(i, c)| {
            let left = self.min + width * i as f64;
            (left, left + width, 100.0 * f64::from(*c) / total)
        })
    }

    fn single(value: f64, count: usize) -> Self {
        let mut counts = vec![0; Self::BINS];
        counts[0] = u32::try_from(count).unwrap_or(u32::MAX);
        Self {
            min: value,
            max: value,
            counts,
        }
    }

    /// The width of one bin.
    pub fn bin_width(&self) -> f64 {
        (self.max - self.min) / Self::BINS as f64
    }
}

/// The value at `level` (0–1) of sorted `values`, interpolated linearly between the two order
/// statistics around (n − 1) × level, as NumPy's default `linear` method.
pub fn percentile_sorted(values: &[f64], level: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let h = (values.len() - 1) as f64 * level;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(values.len() - 1);
    values[lo] + (h - lo as f64) * (values[hi] - values[lo])
}

/// The rank below and the weight of the rank above for `level` among `n` values.
fn rank(n: usize, level: f64) -> (usize, f64) {
    let h = (n - 1) as f64 * level;
    (h.floor() as usize, h - h.floor())
}

/// For each wanted rank (sorted): the rank, the bin that holds it and its place among the bin's
/// values.
fn locate(counts: &[u32], wanted: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut located = Vec::with_capacity(wanted.len());
    let mut below = 0usize;
    let mut next = wanted.iter().peekable();
    for (b, &count) in counts.iter().enumerate() {
        let end = below + count as usize;
        while let Some(&&r) = next.peek() {
            if r < end {
                located.push((r, b, r - below));
                next.next();
            } else {
                break;
            }
        }
        below = end;
    }
    located
}

/// Exact percentiles of `values` (all within `min..=max`) in two passes: count the values per
/// fine bin, then keep only the values of the bins that hold a wanted rank and sort those.
fn percentiles(
    values: &[f64],
    min: f64,
    max: f64,
    bins_of: &mut Vec<u16>,
) -> (Percentiles, Histogram) {
    let n = values.len();
    let fine = fine_bins(n);
    let scale = fine as f64 / (max - min);
    let bin = |x: f64| (((x - min) * scale) as usize).min(fine - 1);
    let mut counts = vec![0u32; fine];
    // Each value's bin, kept so the second pass need not compute it again (at most 2¹⁶ bins).
    bins_of.clear();
    bins_of.reserve(n);
    for &x in values {
        let b = bin(x);
        counts[b] += 1;
        bins_of.push(b as u16);
    }
    // Each wanted rank: its bin and its place among the bin's values.
    let ranks: Vec<(usize, f64)> = Percentiles::LEVELS.iter().map(|&l| rank(n, l)).collect();
    let mut wanted: Vec<usize> = ranks
        .iter()
        .flat_map(|&(lo, _)| [lo, (lo + 1).min(n - 1)])
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let located = locate(&counts, &wanted);
    let mut bins: Vec<usize> = located.iter().map(|&(_, b, _)| b).collect();
    bins.dedup();
    let mut members: Vec<Vec<f64>> = bins
        .iter()
        .map(|&b| Vec::with_capacity(counts[b] as usize))
        .collect();
    let mut slot = vec![u8::MAX; fine];
    for (i, &b) in bins.iter().enumerate() {
        slot[b] = u8::try_from(i).unwrap_or(u8::MAX);
    }
    for (&x, &b) in values.iter().zip(bins_of.iter()) {
        let s = slot[usize::from(b)];
        if s != u8::MAX {
            members[usize::from(s)].push(x);
        }
    }
    for m in &mut members {
        m.sort_unstable_by(f64::total_cmp);
    }
    let value_at = |r: usize| -> f64 {
        located
            .iter()
            .find(|&&(rr, _, _)| rr == r)
            .and_then(|&(_, b, within)| {
                let i = bins.iter().position(|&bb| bb == b)?;
                members[i].get(within).copied()
            })
            .unwrap_or(f64::NAN)
    };
    let mut result = [0.0; 5];
    for (out, &(lo, weight)) in result.iter_mut().zip(&ranks) {
        let a = value_at(lo);
        let b = value_at((lo + 1).min(n - 1));
        *out = a + weight * (b - a);
    }
    let per = fine / Histogram::BINS;
    let histogram = Histogram {
        min,
        max,
        counts: counts.chunks(per).map(|c| c.iter().sum()).collect(),
    };
    (Percentiles::from_array(result), histogram)
}
