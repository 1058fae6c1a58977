//! Drawing parameter sets: one prepared sampler per range, and one random stream per chunk.

use rand_distr::{Distribution as _, Normal, Pert, Triangular, Uniform};
use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::SeedableRng;

use super::distribution::{Distribution, Uncertainty};
use super::fast::FastParams;
use super::run::CHUNK;
use super::tax64::f;
use crate::model::registry::ParamKey;

/// Draws of a truncated normal outside the range before the mean is taken instead: with a range
/// of at least a thousandth of a standard deviation around the mean this is never reached in
/// practice, and it keeps a pathological range from looping.
const MAX_REJECTIONS: u32 = 1_000;

/// How one parameter is drawn.
#[derive(Clone, Copy, Debug)]
enum Draw {
    /// A collapsed range: always this value.
    Fixed(f64),
    /// Triangular.
    Triangular(Triangular<f64>),
    /// PERT.
    Pert(Pert<f64>),
    /// Normal, redrawn until inside `low..=high`.
    Normal(Normal<f64>, f64, f64),
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
                Distribution::Normal { mean, sd } => {
                    Normal::new(f(mean), f(sd)).map_or(fixed, |n| Draw::Normal(n, low, high))
                }
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
            Draw::Normal(d, low, high) => out.iter_mut().for_each(|x| {
                let mut tries = 0;
                *x = loop {
                    let v = d.sample(rng);
                    if (*low..=*high).contains(&v) {
                        break v;
                    }
                    tries += 1;
                    if tries >= MAX_REJECTIONS {
                        break d.mean().clamp(*low, *high);
                    }
                };
            }),
        }
        if self.whole {
            // Every range is ≥ 0. A cast rather than `f64::round`, which is a call into libm on
            // baseline x86-64.
            out.iter_mut().for_each(|x| *x = (*x + 0.5) as u64 as f64);
        }
    }
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
