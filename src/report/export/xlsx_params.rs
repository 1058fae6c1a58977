//! The workbook's sheet "Parameters en bronnen": every figure the scenario uses in a named cell,
//! with where it comes from, and beneath it the engine's intermediate figures as formulas on those
//! names — the same arithmetic as `model::inputs`, `actors.rs` and `multi_year.rs`, so a changed
//! cell gives what the app would compute. Figures the engine derives from the tax tables (wage
//! tax, net wage, top-up, the BUIG saving of a norm) are values, shaded grey and marked.

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Worksheet};

use super::xlsx::{Formats, formula};
use super::xlsx_formulas::{pv_factor, wage_rows};
use super::{ExportError, Prepared, to_f64};
use crate::i18n::{Lang, Text};
use crate::model::{
    BenefitSaved, HOLIDAY_ALLOWANCE, LksShare, ParamKey, Parameters, Placement, Unit,
};
use crate::report::sources::{Figure, SourceRow};

/// The named cells of the parameters sheet: each name with its absolute reference (`$C$5`).
#[derive(Default)]
pub(super) struct Calculation {
    names: Vec<(String, String)>,
}

impl Calculation {
    /// Each name and its cell.
    pub fn names(&self) -> impl Iterator<Item = (&str, &str)> {
        self.names.iter().map(|(n, c)| (n.as_str(), c.as_str()))
    }

    fn name(&mut self, name: &str, row: u32) {
        self.names
            .push((name.to_string(), format!("$C${}", row + 1)));
    }
}

/// How a value cell may be used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An input: change it and the formulas follow.
    Input,
    /// A value the formulas do not recompute.
    Value,
}

/// The sheet being written, with its next free row.
struct Sheet<'f> {
    ws: Worksheet,
    f: &'f Formats,
    lang: Lang,
    row: u32,
    names: Calculation,
}

impl Sheet<'_> {
    /// A row with label, name, a number and its origin.
    fn number(
        &mut self,
        label: &str,
        name: &str,
        value: Decimal,
        unit: Unit,
        kind: Kind,
        origin: &str,
    ) -> Result<(), ExportError> {
        let format = match (unit, kind) {
            (Unit::Money, Kind::Input) => &self.f.euro,
            (Unit::Money, Kind::Value) => &self.f.euro_value,
            (_, Kind::Input) => &self.f.number,
            (_, Kind::Value) => &self.f.number_value,
        };
        self.ws
            .write_number_with_format(self.row, 2, to_f64(value), format)?;
        let note = match kind {
            Kind::Input => Text::XlsxInput,
            Kind::Value => Text::XlsxValueNotRecalculated,
        };
        self.labels(label, name, unit_text(unit, self.lang), origin, note)
    }

    /// A row whose value is a formula on other names.
    fn formula(
        &mut self,
        label: &str,
        name: &str,
        text: &str,
        value: Decimal,
        unit: Unit,
    ) -> Result<(), ExportError> {
        let format: &Format = match unit {
            Unit::Money => &self.f.euro,
            _ => &self.f.number,
        };
        self.ws
            .write_formula_with_format(self.row, 2, formula(text, value), format)?;
        let origin = self.lang.tr(Text::XlsxFormula).to_string();
        self.labels(
            label,
            name,
            unit_text(unit, self.lang),
            &origin,
            Text::XlsxFormula,
        )
    }

    /// The columns around the value, then on to the next row; a named row gets its name.
    fn labels(
        &mut self,
        label: &str,
        name: &str,
        unit: &str,
        origin: &str,
        note: Text,
    ) -> Result<(), ExportError> {
        self.ws.write_string(self.row, 0, label)?;
        if !name.is_empty() {
            self.ws.write_string(self.row, 1, name)?;
            self.names.name(name, self.row);
        }
        self.ws.write_string(self.row, 3, unit)?;
        self.ws.write_string(self.row, 4, origin)?;
        self.ws
            .write_string_with_format(self.row, 5, self.lang.tr(note), &self.f.note)?;
        self.row += 1;
        Ok(())
    }

    fn header(&mut self, texts: [Text; 6]) -> Result<(), ExportError> {
        for (col, t) in texts.into_iter().enumerate() {
            self.ws.write_string_with_format(
                self.row,
                col as u16,
                self.lang.tr(t),
                &self.f.header,
            )?;
        }
        self.row += 1;
        Ok(())
    }
}

/// The unit as the sheet writes it beside a value.
fn unit_text(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::Money, _) => "€",
        (Unit::Percent, _) => "%",
        (Unit::Hours, Lang::Nl) => "uur per week",
        (Unit::Hours, Lang::En) => "hours per week",
        (Unit::Years, _) | (Unit::Year, _) => lang.tr(Text::YearsUnit),
        (Unit::Month, Lang::Nl) => "maand (1–12)",
        (Unit::Month, Lang::En) => "month (1–12)",
        (Unit::Count, _) | (Unit::Choice, _) => "",
    }
}

/// The sheet "Parameters en bronnen" and the names of its cells.
pub(super) fn parameters_sheet(
    p: &Prepared<'_>,
    lang: Lang,
    f: &Formats,
    sheet_name: &str,
) -> Result<(Worksheet, Calculation), ExportError> {
    let mut ws = Worksheet::new();
    ws.set_name(sheet_name)?;
    ws.write_string_with_format(
        0,
        0,
        format!("{} — {}", lang.tr(Text::XlsxParameters), p.scenario.name),
        &f.title,
    )?;
    ws.write_string_with_format(1, 0, lang.tr(Text::XlsxParamsNote), &f.note)?;
    let mut sheet = Sheet {
        ws,
        f,
        lang,
        row: 3,
        names: Calculation::default(),
    };
    let header = [
        Text::SourcesFigure,
        Text::XlsxName,
        Text::SourcesValue,
        Text::XlsxUnit,
        Text::SourcesOrigin,
        Text::XlsxRemark,
    ];
    sheet.header(header)?;
    for r in &p.figures.sources {
        source_row(&mut sheet, r, &p.scenario.parameters)?;
    }
    sheet.row += 1;
    sheet
        .ws
        .write_string_with_format(sheet.row, 0, lang.tr(Text::XlsxCalculation), &f.bold)?;
    sheet.row += 1;
    sheet.header(header)?;
    calculation(&mut sheet, p)?;
    for (col, width) in [(0, 44), (1, 26), (2, 14), (3, 16), (4, 70), (5, 28)] {
        sheet.ws.set_column_width(col, width)?;
    }
    Ok((sheet.ws, sheet.names))
}

/// One figure of the sources view: an input the formulas use, a value they do not, or a choice.
fn source_row(
    sheet: &mut Sheet<'_>,
    r: &SourceRow,
    params: &Parameters,
) -> Result<(), ExportError> {
    let lang = sheet.lang;
    let label = r.figure.label(lang);
    let origin = r.origin_text(lang);
    let word = r.word.map(|w| lang.pick(w));
    let Some(value) = r.value else {
        // A choice (the LKS rule, who coaches, the BUIG basis): set in the app.
        sheet
            .ws
            .write_string(sheet.row, 2, word.unwrap_or_default())?;
        return sheet.labels(label, "", "", &origin, Text::XlsxChoice);
    };
    let name = r.figure.key();
    let kind = match r.figure {
        Figure::Param(ParamKey::LksPct) if params.lks_pct == LksShare::FollowsWageValue => {
            return sheet.formula(label, name, "=100-wage_value_pct", value, Unit::Percent);
        }
        Figure::Param(ParamKey::BenefitSaved) => {
            if let BenefitSaved::Amount(amount) = params.benefit_saved {
                return sheet.number(label, name, amount.get(), r.unit, Kind::Input, &origin);
            }
            Kind::Value
        }
        Figure::Param(ParamKey::Year | ParamKey::Month) => Kind::Value,
        Figure::Param(_) | Figure::MinimumWage | Figure::EmployerCostRate => Kind::Input,
        _ => Kind::Value,
    };
    let origin = match word {
        Some(word) => format!("{word}; {origin}"),
        None => origin,
    };
    sheet.number(label, name, value, r.unit, kind, &origin)
}

/// The intermediate figures as formulas, in the engine's order.
fn calculation(sheet: &mut Sheet<'_>, p: &Prepared<'_>) -> Result<(), ExportError> {
    let params = &p.scenario.parameters;
    let inputs = &p.figures.evaluation.inputs;
    let lang = sheet.lang;
    let working = params.placement == Placement::Working;
    sheet.number(
        lang.tr(Text::XlsxHolidayAllowance),
        "holiday_allowance_pct",
        HOLIDAY_ALLOWANCE * Decimal::ONE_HUNDRED,
        Unit::Percent,
        Kind::Input,
        "art. 15 Wet minimumloon",
    )?;
    sheet.number(
        lang.tr(Text::XlsxWorking),
        "working",
        Decimal::from(u8::from(working)),
        Unit::Count,
        Kind::Input,
        lang.tr(Text::XlsxWorkingHelp),
    )?;
    let money = Unit::Money;
    let factor = Unit::Count;
    sheet.formula(
        lang.tr(Text::XlsxAnnualMinimumWage),
        "annual_minimum_wage",
        "=minimum_wage_month*12*(1+holiday_allowance_pct/100)",
        inputs.annual_minimum_wage,
        money,
    )?;
    for (label, name, text, value, unit) in wage_rows(params, inputs) {
        sheet.formula(lang.tr(label), name, &text, value, unit)?;
    }
    let rows = [
        (
            Text::XlsxEmployerCharges,
            "employer_charges",
            "=loaded_wage_cost-gross_wage",
            inputs.employer_charges(),
            money,
        ),
        (
            Text::ExportLksShare,
            "lks_share",
            "=MIN(lks_pct,lks_cap_pct)/100",
            inputs.lks_share,
            factor,
        ),
        (
            Text::WageSubsidy,
            "wage_subsidy",
            "=lks_share*subsidised_wage_cost",
            inputs.wage_subsidy(),
            money,
        ),
        (
            Text::WageValue,
            "wage_value_amount",
            "=wage_value_pct/100*loaded_wage_cost",
            inputs.wage_value_amount(),
            money,
        ),
    ];
    for (label, name, text, value, unit) in rows {
        sheet.formula(lang.tr(label), name, text, value, unit)?;
    }
    benefit_and_horizon(sheet, p)
}

/// The benefit that stops and the tax on it (a formula only for an amount typed in), and the
/// horizon's present-value factor.
fn benefit_and_horizon(sheet: &mut Sheet<'_>, p: &Prepared<'_>) -> Result<(), ExportError> {
    let params = &p.scenario.parameters;
    let inputs = &p.figures.evaluation.inputs;
    let lang = sheet.lang;
    let money = Unit::Money;
    let stopped = lang.tr(Text::XlsxBenefitStopped);
    if matches!(params.benefit_saved, BenefitSaved::Amount(_)) {
        sheet.formula(
            stopped,
            "benefit_stopped",
            "=benefit_saved*working",
            inputs.benefit_stopped,
            money,
        )?;
    } else {
        let origin = lang.tr(Text::XlsxBenefitStoppedHow);
        sheet.number(
            stopped,
            "benefit_stopped",
            inputs.benefit_stopped,
            money,
            Kind::Value,
            origin,
        )?;
    }
    sheet.number(
        lang.tr(Text::XlsxBenefitTax),
        "benefit_tax",
        inputs.benefit_saved - inputs.benefit_stopped,
        money,
        Kind::Value,
        lang.tr(Text::XlsxBenefitTaxHow),
    )?;
    sheet.formula(
        lang.tr(Text::XlsxPvFactor),
        "pv_factor",
        "=IF(indexation_pct=discount_rate_pct,years/(1+discount_rate_pct/100),\
         (1-((1+indexation_pct/100)/(1+discount_rate_pct/100))^years)\
         /((discount_rate_pct-indexation_pct)/100))",
        pv_factor(params),
        Unit::Count,
    )
}
