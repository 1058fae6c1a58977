//! `--set KEY=VALUE`: change one parameter of a scenario from the command line.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::format::parse_number;
use crate::i18n::Lang;
use crate::model::{
    BenefitSaved, Count, Hours, LksShare, Money, Parameters, Pct, RangeError, Year, Years,
};

/// Every key `--set` accepts, with what it sets.
pub const SET_KEYS: [(&str, &str); 15] = [
    (
        "year",
        "reference year (2014-2026): minimum wage, employer-cost rate, benefit norms",
    ),
    (
        "wage_value_pct",
        "wage value, % of the minimum wage (0-100)",
    ),
    (
        "lks_pct",
        "LKS share in % (0-100), or `auto` to follow the wage value",
    ),
    ("lks_cap_pct", "cap on the LKS share in % (0-100)"),
    ("hours_per_week", "contract hours per week (1-60)"),
    ("coaching", "coaching per place per year, euros"),
    ("workplace", "workplace costs per place per year, euros"),
    (
        "workplace_adaptation",
        "workplace adaptation per place per year, euros",
    ),
    (
        "administration",
        "administration costs per place per year, euros",
    ),
    (
        "benefit_saved",
        "`single`, `couple`, `none`, or an amount per year in euros",
    ),
    (
        "societal_cost_per_client",
        "societal cost of staying home per client per year, euros",
    ),
    ("clients", "number of places or clients (0-1000000)"),
    ("years", "horizon in years (1-60)"),
    ("indexation_pct", "yearly indexation in % (0-100)"),
    ("discount_rate_pct", "discount rate in % (0-100)"),
];

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
        expected: &'static str,
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

/// Apply one `KEY=VALUE` to `params`.
pub fn apply(params: &mut Parameters, assignment: &str) -> Result<(), SetError> {
    let (key, value) = assignment
        .split_once('=')
        .map(|(k, v)| (k.trim(), v.trim()))
        .ok_or_else(|| SetError::Form(assignment.to_string()))?;
    let number = || parse_cli_number(value).ok_or_else(|| not_a(key, value, "een getal"));
    let range = |source| SetError::Range {
        key: key.to_string(),
        source,
    };
    let pct = || number().and_then(|n| Pct::new(n).map_err(range));
    let money = || number().and_then(|n| Money::new(n).map_err(range));
    let whole = || {
        value
            .parse::<u32>()
            .map_err(|_| not_a(key, value, "een geheel getal"))
    };
    match key {
        "year" => {
            let year = value
                .parse::<u16>()
                .map_err(|_| not_a(key, value, "een jaartal"))?;
            params.year = Year::new(year).map_err(range)?;
        }
        "wage_value_pct" => params.wage_value_pct = pct()?,
        "lks_pct" => {
            params.lks_pct = match value.to_lowercase().as_str() {
                "auto" | "volgt" | "follows" => LksShare::FollowsWageValue,
                _ => LksShare::Manual(pct()?),
            }
        }
        "lks_cap_pct" => params.lks_cap_pct = pct()?,
        "hours_per_week" => {
            params.hours_per_week = number().and_then(|n| Hours::new(n).map_err(range))?
        }
        "coaching" => params.coaching = money()?,
        "workplace" => params.workplace = money()?,
        "workplace_adaptation" => params.workplace_adaptation = money()?,
        "administration" => params.administration = money()?,
        "benefit_saved" => {
            params.benefit_saved = match value.to_lowercase().as_str() {
                "single" | "alleenstaande" => BenefitSaved::Single,
                "couple" | "gehuwden" => BenefitSaved::Couple,
                "none" | "geen" => BenefitSaved::NoBenefit,
                _ => BenefitSaved::Amount(money().map_err(|err| match err {
                    SetError::NotAValue { key, value, .. } => SetError::NotAValue {
                        key,
                        value,
                        expected: "single, couple, none of een bedrag",
                    },
                    other => other,
                })?),
            }
        }
        "societal_cost_per_client" => params.societal_cost_per_client = money()?,
        "clients" => params.clients = Count::new(whole()?).map_err(range)?,
        "years" => params.years = Years::new(whole()?).map_err(range)?,
        "indexation_pct" => params.indexation_pct = pct()?,
        "discount_rate_pct" => params.discount_rate_pct = pct()?,
        _ => {
            return Err(SetError::UnknownKey {
                key: key.to_string(),
                known: SET_KEYS.map(|(k, _)| k).join(", "),
            });
        }
    }
    Ok(())
}

/// A plain decimal (`40.5`, `0.125`), or Dutch notation with a decimal comma (`40,5`, `1.234,56`).
pub(crate) fn parse_cli_number(value: &str) -> Option<Decimal> {
    Decimal::from_str(value).ok().or_else(|| {
        value
            .contains(',')
            .then(|| parse_number(value, Lang::Nl))
            .flatten()
    })
}

fn not_a(key: &str, value: &str, expected: &'static str) -> SetError {
    SetError::NotAValue {
        key: key.to_string(),
        value: value.to_string(),
        expected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

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
        assert_eq!(p, Parameters::default(), "a refused --set changes nothing");
    }
}
