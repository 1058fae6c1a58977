//! Range-checked parameter values.
//!
//! Each parameter kind is a newtype that can only hold a value inside its range, so a model that
//! deserialised without error is also a valid model, and the file reader reports an out-of-range
//! number at the line and column where it stands.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Deserializer, Serialize};

/// A value outside the range its parameter allows.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{value} ligt buiten het bereik: {what} ({min} tot en met {max})")]
pub struct RangeError {
    /// What kind of value was expected, in words.
    pub what: &'static str,
    /// The value that was given, as text.
    pub value: String,
    /// Lowest value allowed.
    pub min: String,
    /// Highest value allowed.
    pub max: String,
}

/// A range-checked decimal parameter, so code that edits any of them (a slider row) is written once.
pub trait BoundedDecimal: Copy {
    /// The value itself.
    fn value(self) -> Decimal;
    /// The nearest allowed value.
    fn nearest(value: Decimal) -> Self;
}

macro_rules! bounded_decimal {
    ($(#[$doc:meta])* $name:ident, $min:expr, $max:expr, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(Decimal);

        impl $name {
            /// Lowest value allowed.
            pub const MIN: Decimal = $min;
            /// Highest value allowed.
            pub const MAX: Decimal = $max;

            /// The value, if it lies in the allowed range.
            pub fn new(value: Decimal) -> Result<Self, RangeError> {
                if (Self::MIN..=Self::MAX).contains(&value) {
                    Ok(Self(value.normalize()))
                } else {
                    Err(RangeError {
                        what: $what,
                        value: value.to_string(),
                        min: Self::MIN.to_string(),
                        max: Self::MAX.to_string(),
                    })
                }
            }

            /// The nearest allowed value: for sliders and typed entry that must never fail.
            pub fn clamped(value: Decimal) -> Self {
                Self(value.clamp(Self::MIN, Self::MAX).normalize())
            }

            /// The value itself.
            pub fn get(self) -> Decimal {
                self.0
            }
        }

        impl BoundedDecimal for $name {
            fn value(self) -> Decimal {
                self.0
            }
            fn nearest(value: Decimal) -> Self {
                Self::clamped(value)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <Decimal as Deserialize>::deserialize(deserializer)?;
                Self::new(value).map_err(serde::de::Error::custom)
            }
        }
    };
}

macro_rules! bounded_count {
    ($(#[$doc:meta])* $name:ident, $int:ty, $min:expr, $max:expr, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name($int);

        impl $name {
            /// Lowest value allowed.
            pub const MIN: $int = $min;
            /// Highest value allowed.
            pub const MAX: $int = $max;

            /// The value, if it lies in the allowed range.
            pub fn new(value: $int) -> Result<Self, RangeError> {
                if (Self::MIN..=Self::MAX).contains(&value) {
                    Ok(Self(value))
                } else {
                    Err(RangeError {
                        what: $what,
                        value: value.to_string(),
                        min: Self::MIN.to_string(),
                        max: Self::MAX.to_string(),
                    })
                }
            }

            /// The nearest allowed value.
            pub fn clamped(value: $int) -> Self {
                Self(value.clamp(Self::MIN, Self::MAX))
            }

            /// The value itself.
            pub fn get(self) -> $int {
                self.0
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value: $int = whole_number(deserializer)?;
                Self::new(value).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// A whole number written plainly (`30`) or as a string (`"30"`), as the README promises for
/// every number in a model file.
pub(crate) fn whole_number<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: std::str::FromStr + serde::Deserialize<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written<T> {
        Plain(T),
        Text(String),
    }
    match Written::<T>::deserialize(deserializer)? {
        Written::Plain(value) => Ok(value),
        Written::Text(text) => text
            .trim()
            .parse()
            .map_err(|_| serde::de::Error::custom(format!("'{text}' is geen geheel getal"))),
    }
}

/// Highest amount any money parameter may hold: € 100 million, far above any per-place figure, low
/// enough that no product of amounts, years and clients comes near `Decimal`'s limits.
pub const MAX_AMOUNT: Decimal = dec!(100_000_000);

bounded_decimal!(
    /// A percentage from 0 to 100 (40 means 40%).
    Pct,
    Decimal::ZERO,
    dec!(100),
    "een percentage"
);

bounded_decimal!(
    /// An amount in euros, from 0 to [`MAX_AMOUNT`].
    Money,
    Decimal::ZERO,
    MAX_AMOUNT,
    "een bedrag in euro's"
);

bounded_decimal!(
    /// Working hours per week, from 1 to 60.
    Hours,
    Decimal::ONE,
    dec!(60),
    "een aantal uren per week"
);

bounded_count!(
    /// A horizon in whole years, from 1 to 60.
    Years,
    u32,
    1,
    60,
    "een aantal jaren"
);

bounded_count!(
    /// A number of places or clients, from 0 to one million.
    Count,
    u32,
    0,
    1_000_000,
    "een aantal plekken of klanten"
);

bounded_count!(
    /// The month a placement starts, 1 (January) to 12 (December).
    Month,
    u8,
    1,
    12,
    "een maand (1 tot en met 12)"
);

impl Month {
    /// January, the default: the figures in force on 1 January.
    pub const JANUARY: Month = Month(1);

    /// Whether this is January, which files leave out so older files stay as they were.
    pub fn is_january(&self) -> bool {
        *self == Self::JANUARY
    }
}

impl Pct {
    /// The percentage as a fraction (40 → 0,4).
    pub fn fraction(self) -> Decimal {
        self.0 / dec!(100)
    }
}

impl Money {
    /// No money.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Whether the amount is zero: optional amounts are left out of files then.
    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_inclusive_and_reject_outside() {
        assert!(Pct::new(dec!(0)).is_ok());
        assert!(Pct::new(dec!(100)).is_ok());
        assert!(Pct::new(dec!(100.01)).is_err());
        assert!(Pct::new(dec!(-0.01)).is_err());
        assert!(Hours::new(dec!(0.5)).is_err());
        assert!(Hours::new(dec!(60)).is_ok());
        assert!(Years::new(0).is_err());
        assert!(Years::new(61).is_err());
        assert!(Money::new(MAX_AMOUNT + Decimal::ONE).is_err());
        assert_eq!(Pct::clamped(dec!(140)).get(), dec!(100));
        assert_eq!(Pct::new(dec!(40)).map(Pct::fraction), Ok(dec!(0.4)));
    }
}
