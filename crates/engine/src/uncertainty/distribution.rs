//! The file format of uncertainty: a distribution per registry parameter, the sample count and the
//! seed, checked when a file is read so a bad range is an error at its place in the file.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::registry::{ParamKey, Unit};

/// The most samples a run may ask for: ten million (a few seconds, 80 MB per output).
pub const MAX_SAMPLES: u32 = 10_000_000;

/// The default sample count: 100.000, what the app refreshes live.
const DEFAULT_SAMPLES: u32 = 100_000;

/// The default seed: a fixed constant, so a file without one still reproduces.
const DEFAULT_SEED: u64 = 20_140_101;

/// How one parameter varies. A parameter without an entry is fixed at its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Distribution {
    /// Triangular: minimum, most likely, maximum.
    Triangular {
        /// Lowest value.
        min: Decimal,
        /// Most likely value.
        mode: Decimal,
        /// Highest value.
        max: Decimal,
    },
    /// PERT (a beta distribution with shape 4 around the mode): minimum, most likely, maximum.
    Pert {
        /// Lowest value.
        min: Decimal,
        /// Most likely value.
        mode: Decimal,
        /// Highest value.
        max: Decimal,
    },
    /// Normal, truncated to the parameter's range (draws outside it are drawn again).
    Normal {
        /// Mean, the most likely value.
        mean: Decimal,
        /// Standard deviation.
        sd: Decimal,
    },
    /// Uniform between two values.
    Uniform {
        /// Lowest value.
        min: Decimal,
        /// Highest value.
        max: Decimal,
    },
}

impl Distribution {
    /// The value a run at "the most likely values" takes: the mode, the mean, or (uniform) the
    /// midpoint.
    pub fn most_likely(&self) -> Decimal {
        match *self {
            Distribution::Triangular { mode, .. } | Distribution::Pert { mode, .. } => mode,
            Distribution::Normal { mean, .. } => mean,
            Distribution::Uniform { min, max } => (min + max) / Decimal::TWO,
        }
    }

    /// The lowest and highest value a draw can take for `param` (a normal reaches the whole range
    /// of the parameter, to which it is truncated).
    pub fn bounds(&self, param: ParamKey) -> (Decimal, Decimal) {
        match *self {
            Distribution::Triangular { min, max, .. }
            | Distribution::Pert { min, max, .. }
            | Distribution::Uniform { min, max } => (min, max),
            Distribution::Normal { mean, sd } if sd.is_zero() => (mean, mean),
            Distribution::Normal { .. } => param.range(),
        }
    }

    /// Whether every draw is the same value (a collapsed range).
    pub fn is_degenerate(&self) -> bool {
        match *self {
            Distribution::Triangular { min, max, .. }
            | Distribution::Pert { min, max, .. }
            | Distribution::Uniform { min, max } => min == max,
            Distribution::Normal { sd, .. } => sd.is_zero(),
        }
    }

    /// The same distribution collapsed to its most likely value.
    pub fn collapsed(&self) -> Self {
        let value = self.most_likely();
        Distribution::Triangular {
            min: value,
            mode: value,
            max: value,
        }
    }

    /// Why this distribution cannot be used for `param`, in one Dutch line naming the key.
    pub fn check(&self, param: ParamKey) -> Result<(), String> {
        let key = param.key();
        let (low, high) = param.range();
        let inside = |v: Decimal, what: &str| {
            if (low..=high).contains(&v) {
                Ok(())
            } else {
                Err(format!(
                    "onzekerheid van '{key}': {what} {v} ligt buiten het bereik {low} tot en met {high}"
                ))
            }
        };
        match *self {
            Distribution::Triangular { min, mode, max } | Distribution::Pert { min, mode, max } => {
                inside(min, "minimum")?;
                inside(mode, "meest waarschijnlijke waarde")?;
                inside(max, "maximum")?;
                if !(min <= mode && mode <= max) {
                    return Err(format!(
                        "onzekerheid van '{key}': verwacht minimum ≤ meest waarschijnlijke waarde ≤ maximum, niet {min}, {mode}, {max}"
                    ));
                }
            }
            Distribution::Normal { mean, sd } => {
                inside(mean, "gemiddelde")?;
                if sd < Decimal::ZERO {
                    return Err(format!(
                        "onzekerheid van '{key}': de standaardafwijking {sd} is negatief"
                    ));
                }
            }
            Distribution::Uniform { min, max } => {
                inside(min, "minimum")?;
                inside(max, "maximum")?;
                if min > max {
                    return Err(format!(
                        "onzekerheid van '{key}': het minimum {min} ligt boven het maximum {max}"
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Whether `param` may carry a range: an analysable parameter with a number.
pub fn can_vary(param: ParamKey) -> bool {
    param.def().analysable && param.def().unit != Unit::Choice
}

/// Ranges on a scenario's parameters, and how many samples to draw with which seed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Uncertainty {
    /// A distribution per parameter, written by its key; a parameter without one is fixed.
    #[serde(deserialize_with = "checked_ranges")]
    pub ranges: BTreeMap<ParamKey, Distribution>,
    /// How many samples a run draws (1 to [`MAX_SAMPLES`]).
    #[serde(deserialize_with = "checked_samples")]
    pub samples: u32,
    /// The seed of the random numbers.
    pub seed: u64,
}

impl Default for Uncertainty {
    fn default() -> Self {
        Self {
            ranges: BTreeMap::new(),
            samples: DEFAULT_SAMPLES,
            seed: DEFAULT_SEED,
        }
    }
}

impl Uncertainty {
    /// Whether this is the default (no ranges, default count and seed): files leave it out then,
    /// so every file saved before ranges existed loads and saves unchanged.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// Set a range on `param` after checking it; `None` fixes the parameter again.
    pub fn set(&mut self, param: ParamKey, range: Option<Distribution>) -> Result<(), String> {
        match range {
            None => {
                self.ranges.remove(&param);
            }
            Some(distribution) => {
                if !can_vary(param) {
                    return Err(format!(
                        "'{}' kan geen onzekerheid krijgen: alleen getallen die de analyses mogen variëren",
                        param.key()
                    ));
                }
                distribution.check(param)?;
                self.ranges.insert(param, distribution);
            }
        }
        Ok(())
    }

    /// The ranges with their parameters, in key order.
    pub fn params(&self) -> impl Iterator<Item = (ParamKey, &Distribution)> {
        self.ranges.iter().map(|(key, d)| (*key, d))
    }

    /// Every range collapsed to its most likely value.
    pub fn collapsed(&self) -> Self {
        Self {
            ranges: self
                .ranges
                .iter()
                .map(|(k, d)| (*k, d.collapsed()))
                .collect(),
            ..self.clone()
        }
    }
}

fn checked_samples<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let samples = u32::deserialize(deserializer)?;
    if (1..=MAX_SAMPLES).contains(&samples) {
        Ok(samples)
    } else {
        Err(serde::de::Error::custom(format!(
            "samples {samples} ligt buiten het bereik 1 tot en met {MAX_SAMPLES}"
        )))
    }
}

/// Reads the ranges entry by entry, so an unknown key, a parameter that cannot vary, a second range
/// for one parameter or a bad range is reported where it stands, naming what may carry a range.
struct RangesVisitor;

impl<'de> Visitor<'de> for RangesVisitor {
    type Value = BTreeMap<ParamKey, Distribution>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("een map van parametersleutel naar verdeling")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut ranges = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            let param = ParamKey::from_key(&key)
                .filter(|p| can_vary(*p))
                .ok_or_else(|| {
                    let known: Vec<&str> = ParamKey::ALL
                        .iter()
                        .filter(|p| can_vary(**p))
                        .map(|p| p.key())
                        .collect();
                    serde::de::Error::custom(format!(
                        "onzekerheid op onbekende of niet te variëren parameter '{key}'; mogelijk zijn: {}",
                        known.join(", ")
                    ))
                })?;
            if ranges.contains_key(&param) {
                return Err(serde::de::Error::custom(format!(
                    "twee onzekerheden voor '{key}'; geef elke parameter hooguit één verdeling"
                )));
            }
            let distribution: Distribution = map.next_value()?;
            distribution
                .check(param)
                .map_err(serde::de::Error::custom)?;
            ranges.insert(param, distribution);
        }
        Ok(ranges)
    }
}

fn checked_ranges<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<ParamKey, Distribution>, D::Error> {
    deserializer.deserialize_map(RangesVisitor)
}
