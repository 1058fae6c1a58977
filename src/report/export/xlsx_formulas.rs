//! The engine's arithmetic as spreadsheet formulas on the named cells of *Parameters en bronnen*:
//! the wage figures under each LKS rule (`model::inputs`), the actors' costs and benefits (from
//! the lines' one description, `model::lines`) and the present-value factor of the horizon
//! (`model::multi_year`).

use rust_decimal::Decimal;

use crate::i18n::Text;
use crate::model::lines::{self, PLACE_LINES};
use crate::model::{Actor, Inputs, LksRule, Parameters, Placement, Unit, statutory_hours_factor};

/// One row of the calculation: label, name, formula, the engine's value, unit.
pub(super) type Row = (Text, &'static str, String, Decimal, Unit);

fn row(label: Text, name: &'static str, text: &str, value: Decimal, unit: Unit) -> Row {
    (label, name, text.to_string(), value, unit)
}

/// The hours factors and the wage figures under the scenario's LKS rule (`Inputs::resolve`).
pub(super) fn wage_rows(params: &Parameters, inputs: &Inputs) -> Vec<Row> {
    match params.lks_rule {
        LksRule::Statutory => statutory_rows(params, inputs),
        LksRule::FullyLoaded => vec![
            row(
                Text::XlsxHoursFactor,
                "hours_factor",
                "=hours_per_week*working/full_time_hours",
                inputs.hours_factor,
                Unit::Count,
            ),
            row(
                Text::XlsxLoadedWageCost,
                "loaded_wage_cost",
                "=fully_loaded_wage_cost*hours_factor",
                inputs.loaded_wage_cost,
                Unit::Money,
            ),
            row(
                Text::XlsxSubsidisedWageCost,
                "subsidised_wage_cost",
                "=loaded_wage_cost",
                inputs.subsidised_wage_cost,
                Unit::Money,
            ),
            row(
                Text::XlsxGrossWage,
                "gross_wage",
                "=MIN(annual_minimum_wage*hours_factor,loaded_wage_cost)",
                inputs.gross_wage,
                Unit::Money,
            ),
        ],
    }
}

/// Under the law (art. 10d lid 4): before 2024 part time reduces in proportion to the sector's
/// week; from 2024 the wage scales against 36 hours and the subsidy counts the hours up to the
/// sector's full-time week.
fn statutory_rows(params: &Parameters, inputs: &Inputs) -> Vec<Row> {
    let hours = if params.placement == Placement::Working {
        params.hours_per_week.get()
    } else {
        Decimal::ZERO
    };
    let year = params.year.get();
    let (wage_factor, subsidy_factor) = if year >= 2024 {
        (
            "=hours_per_week*working/36",
            "=MIN(hours_per_week*working,full_time_hours)/36",
        )
    } else {
        let reduced = "=MIN(hours_per_week*working/full_time_hours,1)";
        (reduced, reduced)
    };
    let subsidised = statutory_hours_factor(year, hours, params.full_time_hours.get());
    let loading = "(1+employer_cost_rate_pct/100)";
    vec![
        row(
            Text::XlsxHoursFactor,
            "hours_factor",
            wage_factor,
            inputs.hours_factor,
            Unit::Count,
        ),
        row(
            Text::XlsxSubsidisedHoursFactor,
            "subsidised_hours_factor",
            subsidy_factor,
            subsidised,
            Unit::Count,
        ),
        row(
            Text::XlsxGrossWage,
            "gross_wage",
            "=annual_minimum_wage*hours_factor",
            inputs.gross_wage,
            Unit::Money,
        ),
        row(
            Text::XlsxLoadedWageCost,
            "loaded_wage_cost",
            &format!("=gross_wage*{loading}"),
            inputs.loaded_wage_cost,
            Unit::Money,
        ),
        row(
            Text::XlsxSubsidisedWageCost,
            "subsidised_wage_cost",
            &format!("=annual_minimum_wage*subsidised_hours_factor*{loading}"),
            inputs.subsidised_wage_cost,
            Unit::Money,
        ),
    ]
}

/// Σ over the horizon of growth index × discount factor, the engine's own
/// ([`crate::model::multi_year::pv_factor`]): a year-1 net times clients times this factor is its
/// net present value.
pub(super) fn pv_factor(params: &Parameters) -> Decimal {
    crate::model::multi_year::pv_factor(params).unwrap_or_default()
}

/// An actor's costs and benefits per place per year as formulas on the named cells, written from
/// the model's one description of its lines ([`crate::model::lines`]).
pub(super) fn actor_formulas(actor: Actor, params: &Parameters) -> (String, String) {
    lines::formulas(&PLACE_LINES, actor, params)
}
