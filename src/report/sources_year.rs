//! The sources view's rows for what the year table gave the evaluation (the minimum wage, the
//! employer-cost rate and the norm in force on the first day of the start month, the year's
//! wage-tax figures) and for what the engine computed from them (wage tax, net wage, top-up).

use rust_decimal::Decimal;

use super::sources::{Figure, SourceOrigin, SourceRow, row};
use crate::model::{
    BenefitSaved, Evaluation, HalfYear, LksRule, Origin, Parameters, Texts, Unit, YearTable,
};

/// The year table's figures the evaluation took, each from its row or from an override, and the
/// figures computed from them.
pub(super) fn year_table_rows(params: &Parameters, evaluation: &Evaluation) -> Vec<SourceRow> {
    let inputs = &evaluation.inputs;
    let Ok(table_row) = YearTable::builtin().row(inputs.year) else {
        return Vec::new();
    };
    let half = inputs.half;
    let from_table = |publication: &str| SourceOrigin::YearTable {
        year: inputs.year,
        publication: match half {
            HalfYear::January => publication.to_string(),
            HalfYear::July => format!("per 1 juli — {publication}"),
        },
    };
    // An override is set in the model file (neither the panel nor `--set` changes one), which
    // names no source for it.
    let overridden = || SourceOrigin::ModelFile { source: None };
    let ours = &params.overrides;
    let mut rows = vec![row(
        Figure::MinimumWage,
        Unit::Money,
        Some(inputs.minimum_wage_month),
        None,
        match inputs.minimum_wage_origin {
            Origin::YearTable => from_table(&table_row.minimum_wage_source),
            Origin::Override => overridden(),
        },
    )];
    if let (LksRule::Statutory, Some(rate)) = (params.lks_rule, inputs.employer_cost_rate) {
        let origin = match ours.employer_cost_rate_pct {
            None => from_table(&table_row.employer_cost_rate_source),
            Some(_) => overridden(),
        };
        rows.push(row(
            Figure::EmployerCostRate,
            Unit::Percent,
            Some(rate * Decimal::ONE_HUNDRED),
            None,
            origin,
        ));
    }
    let norm = match params.benefit_saved {
        BenefitSaved::Single => Some((
            Figure::BenefitSingle,
            ours.benefit_single_month,
            table_row.benefit_single(half),
        )),
        BenefitSaved::Couple => Some((
            Figure::BenefitCouple,
            ours.benefit_couple_month,
            table_row.benefit_couple(half),
        )),
        BenefitSaved::NoBenefit | BenefitSaved::Amount(_) => None,
    };
    if let Some((figure, ours, table)) = norm {
        let (value, origin) = match ours {
            Some(month) => (Some(month.get()), overridden()),
            None => (table, from_table(table_row.benefit_source_of(half))),
        };
        if value.is_some() {
            rows.push(row(figure, Unit::Money, value, None, origin));
        }
    }
    if let Some(tax) = &table_row.tax {
        let tax_source = || SourceOrigin::YearTable {
            year: inputs.year,
            publication: tax.source.clone(),
        };
        rows.push(row(
            Figure::FirstBracketRate,
            Unit::Percent,
            tax.brackets.first().map(|b| b.pct),
            None,
            tax_source(),
        ));
        rows.push(row(
            Figure::GeneralCredit,
            Unit::Money,
            Some(tax.general_credit.max),
            None,
            tax_source(),
        ));
        rows.push(row(
            Figure::LabourCredit,
            Unit::Money,
            Some(tax.labour_credit.max),
            None,
            tax_source(),
        ));
    }
    rows.extend(computed_rows(evaluation));
    rows
}

/// What the engine computed from the figures above: wage tax, net wage and the top-up.
fn computed_rows(evaluation: &Evaluation) -> [SourceRow; 3] {
    let inputs = &evaluation.inputs;
    let computed = |nl, en| SourceOrigin::Computed {
        how: Texts { nl, en },
    };
    [
        row(
            Figure::WageTax,
            Unit::Money,
            Some(inputs.wage_tax),
            None,
            computed(
                "brutoloon per jaar over de schijven, min algemene heffingskorting en arbeidskorting",
                "gross annual wage over the brackets, less the general and the labour tax credit",
            ),
        ),
        row(
            Figure::NetWage,
            Unit::Money,
            Some(inputs.net_wage),
            None,
            computed("brutoloon min loonheffing", "gross wage less wage tax"),
        ),
        row(
            Figure::TopUp,
            Unit::Money,
            Some(inputs.top_up),
            None,
            computed(
                "norm per jaar min nettoloon, niet onder nul (art. 31–32 Participatiewet)",
                "annual norm less net wage, not below zero (art. 31–32 Participatiewet)",
            ),
        ),
    ]
}
