//! `--set KEY=VALUE`: change one parameter of a scenario from the command line.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::model::registry::panel;
use crate::model::{ParamDef, ParamKey, Parameters, RangeError, Unit};

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
    /// A number that reads differently in Dutch and in plain notation (`8.500`, `+8.500`), or
    /// mixes them (`1,234.5`): see [`CliNumber`].
    #[error("--set {key}: '{value}' {AMBIGUOUS_HINT}")]
    Ambiguous {
        /// The key.
        key: String,
        /// The value given.
        value: String,
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

/// What follows a refused ambiguous number, for `--set` and `--target` alike.
pub(crate) const AMBIGUOUS_HINT: &str = "is dubbelzinnig (8.500 is in het Nederlands achtduizend \
     vijfhonderd, elders acht en een half; 1,234.5 mengt twee schrijfwijzen); schrijf het zonder \
     duizendtalpunten, met een decimale punt of komma: 8500, 8500.5 of 8500,5";

/// Apply one `KEY=VALUE` to `params`: any parameter of the registry, by its key.
pub fn apply(params: &mut Parameters, assignment: &str) -> Result<(), SetError> {
    let (key, value) = assignment
        .split_once('=')
        .map(|(k, v)| (k.trim(), v.trim()))
        .ok_or_else(|| SetError::Form(assignment.to_string()))?;
    let param = ParamKey::from_key(key).ok_or_else(|| SetError::UnknownKey {
        key: key.to_string(),
        known: panel().map(|d| d.key).collect::<Vec<_>>().join(", "),
    })?;
    if param.set_word(params, value) {
        return Ok(());
    }
    let def = param.def();
    let not_a_value = || SetError::NotAValue {
        key: key.to_string(),
        value: value.to_string(),
        expected: expected(def),
    };
    let number = match read_cli_number(value) {
        _ if def.unit == Unit::Choice => return Err(not_a_value()),
        CliNumber::Ambiguous => {
            return Err(SetError::Ambiguous {
                key: key.to_string(),
                value: value.to_string(),
            });
        }
        CliNumber::NotANumber => return Err(not_a_value()),
        // A whole-number key takes a whole number ≥ 0 only (`12`, not `12,0` or `-1`).
        CliNumber::Value(number)
            if def.unit.is_whole()
                && (value.contains(['.', ','])
                    || number.is_sign_negative()
                    || !number.fract().is_zero()) =>
        {
            return Err(not_a_value());
        }
        CliNumber::Value(number) => number,
    };
    param
        .set_checked(params, number)
        .map_err(|source| SetError::Range {
            key: key.to_string(),
            source,
        })
}

/// The help of `--set`: every key of the parameter registry.
pub fn help() -> String {
    let keys: Vec<&str> = panel().map(|d| d.key).collect();
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

/// How a number typed on the command line reads, under one rule for `--set` and `--target`:
/// plain notation (`8500`, `52.5`, `+8500`, `-880`) or Dutch with a decimal comma (`52,5`,
/// `8.500,00`, `1.234.567,5`); anything a reader could take two ways is refused, never guessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CliNumber {
    /// The number.
    Value(Decimal),
    /// A point that may group thousands or be a decimal point (`8.500`, `+8.500`, `1.234.567`),
    /// or Dutch and English notation mixed (`1,234.5`, `1,234,567`).
    Ambiguous,
    /// Not a number at all.
    NotANumber,
}

/// Read `value` under the rule of [`CliNumber`]: an optional sign, then digits with at most one
/// decimal sign; points grouping thousands only before a decimal comma.
pub(crate) fn read_cli_number(value: &str) -> CliNumber {
    let (negative, body) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value.strip_prefix('+').unwrap_or(value)),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return CliNumber::NotANumber;
    }
    let digits = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    let plain = match body.split_once(',') {
        // Plain: one point is a decimal point, unless it could group thousands (`8.500`).
        None => match body.split_once('.') {
            None => body.to_string(),
            Some((int, frac)) if frac.contains('.') => {
                return if int.len() <= 3 && digits(int) && frac.split('.').all(|g| g.len() == 3) {
                    CliNumber::Ambiguous
                } else {
                    CliNumber::NotANumber
                };
            }
            Some((int, frac)) if groups_thousands(int, frac) => return CliNumber::Ambiguous,
            Some((int, frac)) if digits(int) && digits(frac) => body.to_string(),
            Some(_) => return CliNumber::NotANumber,
        },
        // Dutch: a decimal comma, points only as thousands separators before it.
        Some((int, frac)) => {
            if frac.contains(['.', ',']) {
                // `1,234.5` or `1,234,567`: English grouping, or the two notations mixed.
                return if body.split(['.', ',']).all(digits) {
                    CliNumber::Ambiguous
                } else {
                    CliNumber::NotANumber
                };
            }
            if !digits(frac) {
                return CliNumber::NotANumber;
            }
            let mut groups = int.split('.');
            let lead = groups.next().unwrap_or_default();
            let rest: Vec<&str> = groups.collect();
            if !digits(lead) || (!rest.is_empty() && lead.len() > 3) {
                return CliNumber::NotANumber;
            }
            if rest.iter().any(|g| g.len() != 3 || !digits(g)) {
                return CliNumber::NotANumber;
            }
            format!("{}.{frac}", int.replace('.', ""))
        }
    };
    match Decimal::from_str(&plain) {
        Ok(number) if negative => CliNumber::Value(-number),
        Ok(number) => CliNumber::Value(number),
        Err(_) => CliNumber::NotANumber,
    }
}

/// Whether `int.frac` could be Dutch for a whole number: a leading group of 1–3 digits that is
/// not `0`, a point and exactly three digits (`8.500`, `12.500`; not `0.125` or `8.5`).
fn groups_thousands(int: &str, frac: &str) -> bool {
    (1..=3).contains(&int.len())
        && int != "0"
        && int.chars().all(|c| c.is_ascii_digit())
        && frac.len() == 3
        && frac.chars().all(|c| c.is_ascii_digit())
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
        assert_eq!(
            apply(&mut p, "coaching=8.500"),
            Err(SetError::Ambiguous {
                key: "coaching".into(),
                value: "8.500".into()
            })
        );
        for clear in ["8500", "8.5", "0.125", "8.500,00", "52,5", "1234.567"] {
            assert!(
                matches!(read_cli_number(clear), CliNumber::Value(_)),
                "{clear}"
            );
        }
        apply(&mut p, "coaching=8.500,00").unwrap();
        assert_eq!(p.coaching, Money::new(dec!(8500)).unwrap());
        apply(&mut p, "discount_rate_pct=0.125").unwrap();
        assert_eq!(p.discount_rate_pct.get(), dec!(0.125));
    }

    /// Issue 19, section 4: `1,234.5` read as € 1,23 and `+8.500` as € 8,50 while `8.500` was
    /// refused. One rule now: the mixed and the signed ambiguous forms are refused like `8.500`.
    #[test]
    fn one_rule_for_plain_signed_dutch_and_mixed_numbers() {
        use CliNumber::{Ambiguous, NotANumber, Value};
        for refused in [
            "8.500",
            "+8.500",
            "-8.500",
            "12.500",
            "1.234.567",
            "1,234.5",
            "1,234,567",
            "1.234,5.6",
        ] {
            assert_eq!(read_cli_number(refused), Ambiguous, "{refused}");
        }
        // Each accepted form with its value worked out by hand.
        for (text, value) in [
            ("8500", dec!(8500)),
            ("+8500", dec!(8500)),
            ("-880", dec!(-880)),
            ("8500.5", dec!(8500.5)),
            ("+8.5", dec!(8.5)),
            ("0.125", dec!(0.125)),
            ("1234.567", dec!(1234.567)),
            ("8500,5", dec!(8500.5)),
            ("8.500,00", dec!(8500)),
            ("1.234.567,5", dec!(1234567.5)),
            ("-1.234,5", dec!(-1234.5)),
        ] {
            assert_eq!(read_cli_number(text), Value(value), "{text}");
        }
        for nonsense in [
            "",
            "+",
            "-",
            "lots",
            "8,5,",
            ",5",
            "8.",
            "1e5",
            "1_000",
            "12.34.5",
            "1234.567,5",
            "€8500",
        ] {
            assert_eq!(read_cli_number(nonsense), NotANumber, "{nonsense}");
        }
        // Through `--set`: the amounts that were read as cents are refused with the hint.
        let mut p = Parameters::default();
        for refused in ["coaching=1,234.5", "coaching=+8.500"] {
            let err = apply(&mut p, refused).unwrap_err();
            assert!(
                matches!(err, SetError::Ambiguous { .. }),
                "{refused}: {err}"
            );
            assert!(err.to_string().contains("8500, 8500.5 of 8500,5"), "{err}");
        }
        assert_eq!(p, Parameters::default(), "nothing was changed");
        apply(&mut p, "coaching=+8500").unwrap();
        assert_eq!(p.coaching, Money::new(dec!(8500)).unwrap());
        apply(&mut p, "clients=+12").unwrap();
        assert_eq!(p.clients.get(), 12);
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
