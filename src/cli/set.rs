//! `--set KEY=VALUE`: change one parameter of a scenario from the command line.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::format::parse_number;
use crate::i18n::Lang;
use crate::model::{ParamDef, ParamKey, Parameters, REGISTRY, RangeError, Unit};

/// Why a `--set` could not be applied.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SetError {
    /// Not of the form KEY=VALUE.
    #[error("--set verwacht KEY=VALUE, niet '{0}'")]
    Form(String),
    /// An unknown key.
    #[error("--set: onbekende sleutel '{key}'; bekend zijn: {known}")]
    UnknownKey {
        /// The key given.
        key: String,
        /// The keys accepted.
        known: String,
    },
    /// The value is not a number (or word) the key accepts.
    #[error("--set {key}: '{value}' is geen geldige waarde; verwacht {expected}")]
    NotAValue {
        /// The key.
        key: String,
        /// The value given.
        value: String,
        /// What the key accepts.
        expected: String,
    },
    /// A number that reads differently in Dutch and in plain notation (`8.500`).
    #[error(
        "--set {key}: '{value}' is dubbelzinnig (8.500 is in het Nederlands achtduizend vijfhonderd, \
         elders acht en een half); schrijf het zonder punt ({plain}) of met een decimale komma"
    )]
    Ambiguous {
        /// The key.
        key: String,
        /// The value given.
        value: String,
        /// The value without its points, as a suggestion.
        plain: String,
    },
    /// The value is out of range.
    #[error("--set {key}: {source}")]
    Range {
        /// The key.
        key: String,
        /// The range it broke.
        source: RangeError,
    },
}

/// Apply one `KEY=VALUE` to `params`: any parameter of the registry, by its key.
pub fn apply(params: &mut Parameters, assignment: &str) -> Result<(), SetError> {
    let (key, value) = assignment
        .split_once('=')
        .map(|(k, v)| (k.trim(), v.trim()))
        .ok_or_else(|| SetError::Form(assignment.to_string()))?;
    let param = ParamKey::from_key(key).ok_or_else(|| SetError::UnknownKey {
        key: key.to_string(),
        known: REGISTRY
            .iter()
            .map(|d| d.key)
            .collect::<Vec<_>>()
            .join(", "),
    })?;
    if param.set_word(params, value) {
        return Ok(());
    }
    let def = param.def();
    if ambiguous(value) {
        return Err(SetError::Ambiguous {
            key: key.to_string(),
            value: value.to_string(),
            plain: value.replace('.', ""),
        });
    }
    let number = if def.unit.is_whole() {
        value.parse::<u32>().ok().map(Decimal::from)
    } else if def.unit == Unit::Choice {
        None
    } else {
        parse_cli_number(value)
    };
    let number = number.ok_or_else(|| SetError::NotAValue {
        key: key.to_string(),
        value: value.to_string(),
        expected: expected(def),
    })?;
    param
        .set_checked(params, number)
        .map_err(|source| SetError::Range {
            key: key.to_string(),
            source,
        })
}

/// The help of `--set`: every key of the parameter registry.
pub fn help() -> String {
    let keys: Vec<&str> = REGISTRY.iter().map(|d| d.key).collect();
    format!(
        "Change a parameter: KEY=VALUE (repeatable). Keys: {}.",
        keys.join(", ")
    )
}

/// What a key accepts, in words: its words, and the kind of number.
fn expected(def: &ParamDef) -> String {
    let number = match def.unit {
        Unit::Year => Some("een jaartal"),
        Unit::Years | Unit::Count => Some("een geheel getal"),
        Unit::Month => Some("een maand van 1 tot en met 12"),
        Unit::Money if !def.words.is_empty() => Some("een bedrag"),
        Unit::Money | Unit::Percent | Unit::Hours => Some("een getal"),
        Unit::Choice => None,
    };
    let words = def.words.iter().map(|w| w.spellings[0]);
    let all: Vec<&str> = words.chain(number).collect();
    match all.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} of {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

/// A plain decimal (`40.5`, `0.125`), or Dutch notation with a decimal comma (`40,5`, `1.234,56`).
/// Whether `value` is a number whose point could be a Dutch thousands separator or a decimal
/// point: one point followed by exactly three digits, after a leading group of 1–3 digits that is
/// not `0` (`8.500`, `12.500`; not `0.125`, `8.5` or `8.500,00`).
pub(crate) fn ambiguous(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let Some((lead, rest)) = digits.split_once('.') else {
        return false;
    };
    !digits.contains(',')
        && (1..=3).contains(&lead.len())
        && lead != "0"
        && lead.chars().all(|c| c.is_ascii_digit())
        && rest.len() == 3
        && rest.chars().all(|c| c.is_ascii_digit())
}

/// A number on the command line: plain notation (`8500`, `52.5`) or Dutch with a decimal comma
/// (`8.500,00`, `52,5`). Ambiguous text (`8.500`) is refused by the callers first.
pub(crate) fn parse_cli_number(value: &str) -> Option<Decimal> {
    Decimal::from_str(value).ok().or_else(|| {
        value
            .contains(',')
            .then(|| parse_number(value, Lang::Nl))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BenefitSaved, LksRule, LksShare, Money, Pct};
    use rust_decimal_macros::dec;

    #[test]
    fn a_point_before_three_digits_is_refused_as_ambiguous() {
        let mut p = Parameters::default();
        // The app reads 8.500 as € 8.500 and plain notation as € 8,50: the CLI takes neither.
        match apply(&mut p, "coaching=8.500") {
            Err(SetError::Ambiguous { plain, .. }) => assert_eq!(plain, "8500"),
            other => panic!("{other:?}"),
        }
        assert!(ambiguous("12.500") && ambiguous("-1.250"));
        for clear in ["8500", "8.5", "0.125", "8.500,00", "52,5", "1234.567"] {
            assert!(!ambiguous(clear), "{clear}");
        }
        apply(&mut p, "coaching=8.500,00").unwrap();
        assert_eq!(p.coaching, Money::new(dec!(8500)).unwrap());
        apply(&mut p, "discount_rate_pct=0.125").unwrap();
        assert_eq!(p.discount_rate_pct.get(), dec!(0.125));
    }

    #[test]
    fn sets_each_kind_of_value() {
        let mut p = Parameters::default();
        apply(&mut p, "year=2018").unwrap();
        assert_eq!(p.year.get(), 2018);
        apply(&mut p, "wage_value_pct=52,5").unwrap();
        assert_eq!(p.wage_value_pct.get(), dec!(52.5));
        apply(&mut p, "lks_pct=60").unwrap();
        assert_eq!(p.lks_pct, LksShare::Manual(Pct::new(dec!(60)).unwrap()));
        apply(&mut p, "lks_pct=auto").unwrap();
        assert_eq!(p.lks_pct, LksShare::FollowsWageValue);
        apply(&mut p, "benefit_saved=couple").unwrap();
        assert_eq!(p.benefit_saved, BenefitSaved::Couple);
        apply(&mut p, "benefit_saved=12000.50").unwrap();
        assert_eq!(
            p.benefit_saved,
            BenefitSaved::Amount(Money::new(dec!(12000.50)).unwrap())
        );
        apply(&mut p, "clients=12").unwrap();
        assert_eq!(p.clients.get(), 12);
        // Parameters the first `--set` could not reach.
        apply(&mut p, "full_time_hours=38").unwrap();
        assert_eq!(p.full_time_hours.get(), dec!(38));
        apply(&mut p, "fully_loaded_wage_cost=22800").unwrap();
        assert_eq!(p.fully_loaded_wage_cost.get(), dec!(22800));
        apply(&mut p, "lks_rule=fully_loaded").unwrap();
        assert_eq!(p.lks_rule, LksRule::FullyLoaded);
    }

    #[test]
    fn refuses_bad_keys_values_and_ranges() {
        let mut p = Parameters::default();
        assert!(matches!(
            apply(&mut p, "colour=red"),
            Err(SetError::UnknownKey { .. })
        ));
        assert!(matches!(apply(&mut p, "coaching"), Err(SetError::Form(_))));
        assert!(matches!(
            apply(&mut p, "coaching=lots"),
            Err(SetError::NotAValue { .. })
        ));
        assert!(matches!(
            apply(&mut p, "wage_value_pct=101"),
            Err(SetError::Range { .. })
        ));
        assert!(matches!(
            apply(&mut p, "year=2040"),
            Err(SetError::Range { .. })
        ));
        assert!(matches!(
            apply(&mut p, "years=0"),
            Err(SetError::Range { .. })
        ));
        assert!(matches!(
            apply(&mut p, "clients=-1"),
            Err(SetError::NotAValue { .. })
        ));
        assert!(matches!(
            apply(&mut p, "years=2.5"),
            Err(SetError::NotAValue { .. })
        ));
        match apply(&mut p, "benefit_saved=lots") {
            Err(SetError::NotAValue { expected, .. }) => {
                assert_eq!(expected, "single, couple, none of een bedrag");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            apply(&mut p, "lks_rule=42"),
            Err(SetError::NotAValue { .. })
        ));
        assert_eq!(p, Parameters::default(), "a refused --set changes nothing");
    }
}
