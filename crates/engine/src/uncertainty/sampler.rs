//! Drawing parameter sets: one prepared sampler per range, and one random stream per chunk.

use rand_distr::{
    Distribution as _, Exp1, Pert, StandardNormal, StandardUniform, Triangular, Uniform,
};
use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::SeedableRng;

use super::distribution::{Distribution, Uncertainty};
use super::fast::FastParams;
use super::run::CHUNK;
use super::tax64::f;
use crate::registry::ParamKey;

/// Rejected proposals of a truncated normal before the nearest bound to zero is taken instead:
/// each proposal of [`TruncatedNormal`] is accepted with a chance of at least about 0,3 whatever
/// the range, so this is never reached (0,7¹⁰⁰⁰ ≈ 10⁻¹⁵⁵); it only bounds the loop.
const MAX_REJECTIONS: u32 = 1_000;

/// A normal N(mean, sd²) truncated to `low..=high`, drawn in bounded time however the range lies
/// against it (Robert 1995, "Simulation of truncated normal variables", Statistics and Computing
/// 5: 121–125): with z = (x − mean) / sd on the standardised range [a, b],
/// - a ≤ 0 ≤ b and b − a ≥ √(2π): standard normal draws until one lies in [a, b] (chance ≥ 0,49;
///   the same draws as the untruncated normal, so a range that barely truncates keeps its numbers);
/// - a ≤ 0 ≤ b, narrower: z uniform on [a, b], kept with chance exp(−z²/2) (≥ 0,49 on average);
/// - 0 < a (a range in the upper tail; a lower tail is mirrored): z uniform on [a, b], kept with
///   chance exp((a² − z²)/2), when (b − a)(b + a) ≤ 2 (chance ≥ e⁻¹); else z = a + Exp(α) with
///   α = (a + √(a² + 4))/2, kept when z ≤ b with chance exp(−(z − α)²/2).
///
/// A standard deviation of 10⁶ on a 0–100 % figure is thus nearly uniform over 0–100 %, as the
/// truncated normal is, instead of rejecting almost every draw.
#[derive(Clone, Copy, Debug)]
struct TruncatedNormal {
    mean: f64,
    sd: f64,
    low: f64,
    high: f64,
}

impl TruncatedNormal {
    /// One draw.
    fn sample(&self, rng: &mut Xoshiro256PlusPlus) -> f64 {
        let a = (self.low - self.mean) / self.sd;
        let b = (self.high - self.mean) / self.sd;
        let z = if b < 0.0 {
            -standard_truncated(-b, -a, rng)
        } else {
            standard_truncated(a, b, rng)
        };
        // Only float rounding can put mean + sd·z a hair outside the range.
        (self.mean + self.sd * z).clamp(self.low, self.high)
    }
}

/// A standard normal truncated to [a, b], b ≥ 0, as [`TruncatedNormal`] describes.
fn standard_truncated(a: f64, b: f64, rng: &mut Xoshiro256PlusPlus) -> f64 {
    let uniform = |rng: &mut Xoshiro256PlusPlus| -> f64 { StandardUniform.sample(rng) };
    for _ in 0..MAX_REJECTIONS {
        if a <= 0.0 {
            if b - a >= (2.0 * std::f64::consts::PI).sqrt() {
                let z: f64 = StandardNormal.sample(rng);
                if (a..=b).contains(&z) {
                    return z;
                }
            } else {
                let z = a + (b - a) * uniform(rng);
                if uniform(rng) <= (-z * z / 2.0).exp() {
                    return z;
                }
            }
        } else if (b - a) * (b + a) <= 2.0 {
            let z = a + (b - a) * uniform(rng);
            if uniform(rng) <= ((a * a - z * z) / 2.0).exp() {
                return z;
            }
        } else {
            let alpha = (a + (a * a + 4.0).sqrt()) / 2.0;
            let e: f64 = Exp1.sample(rng);
            let z = a + e / alpha;
            if z <= b && uniform(rng) <= (-(z - alpha) * (z - alpha) / 2.0).exp() {
                return z;
            }
        }
    }
    a.max(0.0).min(b)
}

/// How one parameter is drawn.
#[derive(Clone, Copy, Debug)]
enum Draw {
    /// A collapsed range: always this value.
    Fixed(f64),
    /// Triangular.
    Triangular(Triangular<f64>),
    /// PERT.
    Pert(Pert<f64>),
    /// Normal, truncated to the parameter's range.
    Normal(TruncatedNormal),
    /// Uniform.
    Uniform(Uniform<f64>),
}

/// One varied parameter: its key, how it is drawn, and whether it is a whole number.
#[derive(Clone, Copy, Debug)]
pub(super) struct ParamSampler {
    /// The parameter.
    pub key: ParamKey,
    draw: Draw,
    whole: bool,
}

impl ParamSampler {
    /// Prepare `distribution` for `key` (already checked against the registry).
    fn new(key: ParamKey, distribution: &Distribution) -> Self {
        let (low, high) = key.range();
        let (low, high) = (f(low), f(high));
        let fixed = Draw::Fixed(f(distribution.most_likely()));
        let draw = if distribution.is_degenerate() {
            fixed
        } else {
            match *distribution {
                Distribution::Triangular { min, mode, max } => {
                    Triangular::new(f(min), f(max), f(mode)).map_or(fixed, Draw::Triangular)
                }
                Distribution::Pert { min, mode, max } => Pert::new(f(min), f(max))
                    .with_mode(f(mode))
                    .map_or(fixed, Draw::Pert),
                Distribution::Normal { mean, sd } if f(sd).is_finite() && f(sd) > 0.0 => {
                    Draw::Normal(TruncatedNormal {
                        mean: f(mean),
                        sd: f(sd),
                        low,
                        high,
                    })
                }
                Distribution::Normal { .. } => fixed,
                Distribution::Uniform { min, max } => {
                    Uniform::new_inclusive(f(min), f(max)).map_or(fixed, Draw::Uniform)
                }
            }
        };
        Self {
            key,
            draw,
            whole: key.is_whole(),
        }
    }

    /// Fill `out` with draws, one distribution per loop so the draws pipeline; whole-number
    /// parameters are rounded half away from zero, as a slider rounds.
    fn fill(&self, rng: &mut Xoshiro256PlusPlus, out: &mut [f64]) {
        match &self.draw {
            Draw::Fixed(v) => out.fill(*v),
            Draw::Triangular(d) => out.iter_mut().for_each(|x| *x = d.sample(rng)),
            Draw::Pert(d) => out.iter_mut().for_each(|x| *x = d.sample(rng)),
            Draw::Uniform(d) => out.iter_mut().for_each(|x| *x = d.sample(rng)),
            Draw::Normal(d) => out.iter_mut().for_each(|x| *x = d.sample(rng)),
        }
        if self.whole {
            out.iter_mut().for_each(|x| *x = round_whole(*x));
        }
    }
}

/// A draw of a whole-number parameter rounded half away from zero, as a slider rounds; every
/// range is ≥ 0. A cast rather than `f64::round`, which is a call into libm on baseline x86-64.
#[inline]
pub(super) fn round_whole(x: f64) -> f64 {
    (x + 0.5) as u64 as f64
}

/// Every varied parameter of a scenario.
#[derive(Clone, Debug)]
pub(super) struct Sampler {
    /// One per range, in key order.
    pub params: Vec<ParamSampler>,
}

impl Sampler {
    /// Prepare the ranges of `uncertainty`.
    pub fn new(uncertainty: &Uncertainty) -> Self {
        Self {
            params: uncertainty
                .params()
                .map(|(key, d)| ParamSampler::new(key, d))
                .collect(),
        }
    }

    /// Draw the samples of one chunk: `columns[p][i]` is parameter `p` of sample `i`, drawn
    /// parameter by parameter from the chunk's own stream (so every chunk gives the same numbers
    /// whichever thread draws it).
    pub fn fill_chunk(&self, seed: u64, chunk: usize, len: usize, columns: &mut [Vec<f64>]) {
        let mut rng = chunk_rng(seed, chunk as u64);
        for (sampler, column) in self.params.iter().zip(columns.iter_mut()) {
            column.resize(len, 0.0);
            sampler.fill(&mut rng, &mut column[..len]);
        }
    }

    /// Scratch columns for [`Sampler::fill_chunk`], allocated once per worker.
    pub fn columns(&self) -> Vec<Vec<f64>> {
        vec![Vec::with_capacity(CHUNK); self.params.len()]
    }

    /// Set sample `i` of `columns` into `into` (whose other fields keep the scenario's values).
    #[inline]
    pub fn set(&self, columns: &[Vec<f64>], i: usize, into: &mut FastParams) {
        for (sampler, column) in self.params.iter().zip(columns) {
            into.set(sampler.key, column[i]);
        }
    }
}

/// The random stream of chunk `chunk` of a run seeded `seed`: Xoshiro256++ seeded with four
/// SplitMix64 outputs of (seed, chunk), so every chunk is independent of how many threads run.
pub(super) fn chunk_rng(seed: u64, chunk: u64) -> Xoshiro256PlusPlus {
    let mut state = seed ^ chunk.wrapping_mul(0xD1B5_4A32_D192_ED03);
    let mut bytes = [0u8; 32];
    for word in bytes.chunks_exact_mut(8) {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        word.copy_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    Xoshiro256PlusPlus::from_seed(bytes)
}
