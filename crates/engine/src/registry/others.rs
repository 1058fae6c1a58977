//! The registry's rows outside the parameters panel: whether the client works, and the four
//! year-table figures a scenario may replace with its own (`overrides` in files). No face offers
//! them to be typed by key (`in_panel` is false) and no analysis varies them; the explanation of
//! a difference goes through them with the panel's parameters.

use rust_decimal::Decimal;

use super::build::{MONEY, PCT, no_number, row};
use super::{Bounds, Group, OTHERS_LEN, ParamDef, ParamKey, Unit, Word, t};
use crate::bounded::{Money, Pct, RangeError};
use crate::parameters::Placement;

/// A row outside the panel, not analysable.
const fn outside(def: ParamDef, words: &'static [Word]) -> ParamDef {
    ParamDef {
        in_panel: false,
        analysable: false,
        words,
        ..def
    }
}

/// A year-table figure a scenario may replace: its own number, or the word `table` for the
/// year table's.
macro_rules! own_figure {
    ($id:expr, $field:ident, $kind:ident, $unit:expr, $bounds:expr, $label:expr, $help:expr) => {
        outside(
            row(
                $id,
                concat!("overrides.", stringify!($field)),
                $label,
                $help,
                $unit,
                Group::Time,
                $bounds,
                (
                    |p| p.overrides.$field.map($kind::get),
                    |p, v| {
                        p.overrides.$field = Some($kind::new(v)?);
                        Ok(())
                    },
                ),
            ),
            &[Word {
                spellings: &["table"],
                label: t("uit de jaartabel", "from the year table"),
                apply: |p| p.overrides.$field = None,
                is_set: |p| p.overrides.$field.is_none(),
            }],
        )
    };
}

/// The rows after the panel's, in the order of [`ParamKey::INPUTS`].
pub(super) const OTHERS: [ParamDef; OTHERS_LEN] = [
    outside(
        row(
            ParamKey::Placement,
            "placement",
            t("Plaatsing", "Placement"),
            t(
                "Of de klant op de plek werkt, of thuisblijft met een uitkering (niets doen): dan zijn er geen stromen en blijven alleen de maatschappelijke kosten.",
                "Whether the client works in the place, or stays home on benefit (doing nothing): then there are no flows and only the societal cost remains.",
            ),
            Unit::Choice,
            Group::Benefit,
            Bounds::Fixed(Decimal::ZERO, Decimal::ZERO),
            (no_number, |_, v| {
                Err(RangeError {
                    what: "working of stays_home",
                    value: v.to_string(),
                    min: "working".into(),
                    max: "stays_home".into(),
                })
            }),
        ),
        &[
            Word {
                spellings: &["working"],
                label: t("werkt", "works"),
                apply: |p| p.placement = Placement::Working,
                is_set: |p| p.placement == Placement::Working,
            },
            Word {
                spellings: &["stays_home"],
                label: t("blijft thuis", "stays home"),
                apply: |p| p.placement = Placement::StaysHome,
                is_set: |p| p.placement == Placement::StaysHome,
            },
        ],
    ),
    own_figure!(
        ParamKey::MinimumWageMonth,
        minimum_wage_month,
        Money,
        Unit::Money,
        MONEY,
        t(
            "Minimumloon per maand (eigen waarde)",
            "Minimum wage per month (own figure)"
        ),
        t(
            "Het bruto minimumloon per maand (voltijds, zonder vakantiebijslag) dat het scenario gebruikt in plaats van dat uit de jaartabel.",
            "The gross minimum wage per month (full time, without holiday allowance) the scenario uses instead of the year table's."
        )
    ),
    own_figure!(
        ParamKey::EmployerCostRatePct,
        employer_cost_rate_pct,
        Pct,
        Unit::Percent,
        PCT,
        t(
            "Werkgeverslastenvergoeding (eigen waarde)",
            "Employer-cost compensation (own figure)"
        ),
        t(
            "Het percentage werkgeverslastenvergoeding dat het scenario gebruikt in plaats van dat uit de jaartabel.",
            "The employer-cost compensation rate the scenario uses instead of the year table's."
        )
    ),
    own_figure!(
        ParamKey::BenefitSingleMonth,
        benefit_single_month,
        Money,
        Unit::Money,
        MONEY,
        t(
            "Bijstandsnorm alleenstaande (eigen waarde)",
            "Benefit norm, single (own figure)"
        ),
        t(
            "De bijstandsnorm voor een alleenstaande per maand die het scenario gebruikt in plaats van die uit de jaartabel.",
            "The benefit norm for a single person per month the scenario uses instead of the year table's."
        )
    ),
    own_figure!(
        ParamKey::BenefitCoupleMonth,
        benefit_couple_month,
        Money,
        Unit::Money,
        MONEY,
        t(
            "Bijstandsnorm gehuwden (eigen waarde)",
            "Benefit norm, couple (own figure)"
        ),
        t(
            "De bijstandsnorm voor gehuwden of samenwonenden per maand die het scenario gebruikt in plaats van die uit de jaartabel.",
            "The benefit norm for a married or cohabiting couple per month the scenario uses instead of the year table's."
        )
    ),
];
