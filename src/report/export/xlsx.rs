//! The XLSX export: a workbook an advisor can change. Sheets Overzicht, Per partij, Scenario's,
//! Over de jaren, and Parameters en bronnen, which holds every figure in a named cell (the names
//! are the registry's keys: `wage_value_pct`, `coaching`, …). The sheet's lines, totals and net,
//! every actor's costs, benefits, net and net present value and the horizon are formulas on those
//! names, so changing the wage value cell recalculates the net; each formula carries the engine's
//! result as its cached value, so a viewer that does not recalculate shows the same figures as the
//! app. What is too deep for a formula (wage tax, net wage, top-up, the break-even point, other
//! scenarios) is a value, marked "waarde (niet herberekend)" beside it and shaded grey.

use rust_decimal::Decimal;
use rust_xlsxwriter::{Color, Format, Formula, Workbook, Worksheet, XlsxError};

use super::xlsx_formulas::actor_formulas;
use super::xlsx_params::parameters_sheet;
use super::xlsx_tables::{horizon, scenarios};
use super::{ExportError, Prepared, to_f64};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, BreakEven, LineKey, Side};

impl From<XlsxError> for ExportError {
    fn from(err: XlsxError) -> Self {
        ExportError::Xlsx(err.to_string())
    }
}

/// The euro format: Excel and LibreOffice show it in the reader's locale (`€ 1.234,56` in Dutch).
pub const EURO_FORMAT: &str = "\"€\" #,##0.00";

/// The workbook's cell formats.
pub(super) struct Formats {
    pub title: Format,
    pub header: Format,
    pub bold: Format,
    pub euro: Format,
    pub euro_bold: Format,
    pub euro_value: Format,
    pub percent: Format,
    pub number: Format,
    pub number_value: Format,
    pub note: Format,
}

impl Formats {
    fn new() -> Self {
        let grey = Color::RGB(0x00EE_EEEE);
        Self {
            title: Format::new().set_bold().set_font_size(14),
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x00DD_E6F0)),
            bold: Format::new().set_bold(),
            euro: Format::new().set_num_format(EURO_FORMAT),
            euro_bold: Format::new().set_num_format(EURO_FORMAT).set_bold(),
            euro_value: Format::new()
                .set_num_format(EURO_FORMAT)
                .set_background_color(grey),
            percent: Format::new().set_num_format("0.0%"),
            number: Format::new().set_num_format("0.####"),
            number_value: Format::new()
                .set_num_format("0.####")
                .set_background_color(grey),
            note: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x0066_6666)),
        }
    }
}

/// A formula with the engine's figure as its cached result.
pub(super) fn formula(text: &str, result: Decimal) -> Formula {
    Formula::new(text).set_result(to_f64(result).to_string())
}

/// A cell reference in A1 notation from zero-based row and column: (5, 2) → `C6`.
pub(super) fn a1(row: u32, col: u16) -> String {
    let letter = char::from(b'A' + (col % 26) as u8);
    let prefix = if col >= 26 {
        char::from(b'A' + (col / 26 - 1) as u8).to_string()
    } else {
        String::new()
    };
    format!("{prefix}{letter}{}", row + 1)
}

/// A reference to `cell` on the sheet `sheet`, quoted as formulas need it.
fn on_sheet(sheet: &str, cell: &str) -> String {
    format!("'{}'!{cell}", sheet.replace('\'', "''"))
}

/// The sheets' names in `lang`.
pub(super) struct SheetNames {
    pub overview: &'static str,
    pub actors: &'static str,
    pub scenarios: &'static str,
    pub horizon: &'static str,
    pub parameters: &'static str,
}

impl SheetNames {
    fn of(lang: Lang) -> Self {
        Self {
            overview: lang.tr(Text::XlsxOverview),
            actors: lang.tr(Text::XlsxPerActor),
            scenarios: lang.tr(Text::XlsxScenarios),
            horizon: lang.tr(Text::HorizonTitle),
            parameters: lang.tr(Text::XlsxParameters),
        }
    }
}

/// The whole workbook as bytes.
pub fn render(p: &Prepared<'_>, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let formats = Formats::new();
    let names = SheetNames::of(lang);
    let mut book = Workbook::new();
    let (params, calculation) = parameters_sheet(p, lang, &formats, names.parameters)?;
    book.push_worksheet(overview(p, lang, &formats, &names)?);
    book.push_worksheet(actors(p, lang, &formats, names.actors)?);
    book.push_worksheet(scenarios(p, lang, &formats, names.scenarios)?);
    book.push_worksheet(horizon(p, lang, &formats, names.horizon)?);
    book.push_worksheet(params);
    for (name, cell) in calculation.names() {
        book.define_name(name, &format!("={}", on_sheet(names.parameters, cell)))?;
    }
    for (i, a) in Actor::ALL.into_iter().enumerate() {
        let cell = format!("$D${}", ACTOR_FIRST_ROW + i as u32 + 1);
        book.define_name(
            format!("net_{}", a.key()),
            &format!("={}", on_sheet(names.actors, &cell)),
        )?;
    }
    Ok(book.save_to_buffer()?)
}

/// A sheet named `name` with a title in its first row.
pub(super) fn titled(name: &str, title: &str, formats: &Formats) -> Result<Worksheet, ExportError> {
    let mut ws = Worksheet::new();
    ws.set_name(name)?;
    ws.write_string_with_format(0, 0, title, &formats.title)?;
    Ok(ws)
}

/// The first row of the sheet's lines on Overzicht (zero-based).
const LINE_FIRST_ROW: u32 = 6;

/// Overzicht: the sheet, its totals and net as formulas, published figures beside them, and the
/// key results.
fn overview(
    p: &Prepared<'_>,
    lang: Lang,
    f: &Formats,
    names: &SheetNames,
) -> Result<Worksheet, ExportError> {
    let e = &p.evaluation;
    let mut ws = titled(names.overview, lang.tr(Text::SheetTitle), f)?;
    ws.write_string(
        1,
        0,
        format!("{}: {}", lang.tr(Text::XlsxModel), p.model_name),
    )?;
    ws.write_string(
        2,
        0,
        format!(
            "{}: {} — {} {}, {}",
            lang.tr(Text::Scenario),
            p.scenario.name,
            lang.tr(Text::Year).to_lowercase(),
            e.inputs.year,
            lang.tr(Text::PerPlacePerYear)
        ),
    )?;
    ws.write_string_with_format(3, 0, lang.tr(Text::XlsxFormulaNote), &f.note)?;
    let header = [
        Text::ExportSide,
        Text::ExportItem,
        Text::ExportAmount,
        Text::Published,
        Text::Difference,
    ];
    for (col, t) in header.into_iter().enumerate() {
        ws.write_string_with_format(5, col as u16, lang.tr(t), &f.header)?;
    }
    let row = sheet_lines(&mut ws, p, lang, f)?;
    key_results(&mut ws, p, lang, f, names, row + 1)?;
    ws.set_column_width(0, 12)?;
    ws.set_column_width(1, 44)?;
    for col in 2..=4 {
        ws.set_column_width(col, 16)?;
    }
    Ok(ws)
}

/// The sheet's lines, their totals and the net as formulas, with the published figures beside
/// them; returns the first row after the net.
fn sheet_lines(
    ws: &mut Worksheet,
    p: &Prepared<'_>,
    lang: Lang,
    f: &Formats,
) -> Result<u32, ExportError> {
    let e = &p.evaluation;
    let comparison = p
        .scenario
        .reference
        .as_ref()
        .map(|r| e.compare(r))
        .unwrap_or_default();
    let published = |ws: &mut Worksheet, row: u32, key: &str| -> Result<(), ExportError> {
        if let Some(reference) = comparison.iter().find(|r| r.key == key) {
            ws.write_number_with_format(row, 3, to_f64(reference.published), &f.euro)?;
            let difference = format!("={}-{}", a1(row, 2), a1(row, 3));
            let cell = formula(&difference, reference.difference());
            ws.write_formula_with_format(row, 4, cell, &f.euro)?;
        }
        Ok(())
    };
    let mut row = LINE_FIRST_ROW;
    for line in &e.sheet.lines {
        let side = match line.side {
            Side::Cost => Text::Costs,
            Side::Benefit => Text::Benefits,
        };
        ws.write_string(row, 0, lang.tr(side))?;
        ws.write_string(row, 1, lang.line(line.key))?;
        let cell = formula(line_formula(line.key), line.amount);
        ws.write_formula_with_format(row, 2, cell, &f.euro)?;
        published(ws, row, &line.reference_key())?;
        row += 1;
    }
    let (first, costs) = (LINE_FIRST_ROW, e.sheet.side(Side::Cost).count() as u32);
    let (cost_row, benefit_row) = (row, row + 1);
    let totals = [
        (
            Text::ExportTotalCost,
            format!("=SUM({}:{})", a1(first, 2), a1(first + costs - 1, 2)),
            e.sheet.total_cost,
            "total_cost",
        ),
        (
            Text::ExportTotalBenefit,
            format!("=SUM({}:{})", a1(first + costs, 2), a1(cost_row - 1, 2)),
            e.sheet.total_benefit,
            "total_benefit",
        ),
        (
            Text::Net,
            format!("={}-{}", a1(benefit_row, 2), a1(cost_row, 2)),
            e.sheet.net(),
            "net",
        ),
    ];
    for (label, text, value, key) in totals {
        ws.write_string_with_format(row, 0, lang.tr(Text::Total), &f.bold)?;
        ws.write_string_with_format(row, 1, lang.tr(label), &f.bold)?;
        ws.write_formula_with_format(row, 2, formula(&text, value), &f.euro_bold)?;
        published(ws, row, key)?;
        row += 1;
    }
    Ok(row)
}

/// The formula of a sheet line: the same on both sides, as the engine books it.
fn line_formula(key: LineKey) -> &'static str {
    match key {
        LineKey::WageSubsidy => "=wage_subsidy",
        LineKey::Coaching => "=coaching*working",
        LineKey::Workplace => "=workplace*working",
        LineKey::WorkplaceAdaptation => "=workplace_adaptation*working",
        LineKey::Administration => "=administration*working",
        LineKey::WageValue => "=wage_value_amount",
    }
}

/// Under the sheet: the LKS share, the municipality's and society's net, society's net present
/// value, the break-even wage value (a value) and the societal cost of staying home.
fn key_results(
    ws: &mut Worksheet,
    p: &Prepared<'_>,
    lang: Lang,
    f: &Formats,
    names: &SheetNames,
    first: u32,
) -> Result<(), ExportError> {
    let e = &p.evaluation;
    let nets = Actor::ALL.map(|a| format!("net_{}", a.key())).join("+");
    let society_npv_cell = a1(ACTOR_FIRST_ROW + Actor::ALL.len() as u32 + 1, 4);
    let rows: [(String, String, Decimal, &Format); 5] = [
        (
            lang.tr(Text::ExportLksShare).to_string(),
            "=lks_share".to_string(),
            e.inputs.lks_share,
            &f.percent,
        ),
        (
            lang.tr(Text::MunicipalityTotal).to_string(),
            "=net_municipality_participation+net_municipality_buig".to_string(),
            e.actors.municipality_net(),
            &f.euro,
        ),
        (
            lang.tr(Text::SocietyTotal).to_string(),
            format!("={nets}"),
            e.actors.society_net(),
            &f.euro,
        ),
        (
            format!(
                "{}: {}",
                lang.tr(Text::NpvShort),
                lang.tr(Text::SocietyTotal)
            ),
            format!("={}", on_sheet(names.actors, &society_npv_cell)),
            e.multi_year.npv_total(),
            &f.euro,
        ),
        (
            lang.tr(Text::StayingHome).to_string(),
            "=societal_cost_per_client*clients*years".to_string(),
            e.societal_cost_of_staying_home,
            &f.euro,
        ),
    ];
    let mut row = first;
    for (label, text, value, format) in rows {
        ws.write_string(row, 1, label)?;
        ws.write_formula_with_format(row, 2, formula(&text, value), format)?;
        row += 1;
    }
    ws.write_string(row, 1, format!("{} (%)", lang.tr(Text::BreakEven)))?;
    match e.break_even {
        BreakEven::At(pct) => {
            ws.write_number_with_format(row, 2, to_f64(pct), &f.number_value)?;
        }
        BreakEven::SavesAtEveryWageValue => {
            ws.write_string(row, 2, lang.tr(Text::BreakEvenEveryWageValue))?;
        }
        BreakEven::NoWageCost => {
            ws.write_string(row, 2, lang.tr(Text::BreakEvenNoWageCost))?;
        }
        BreakEven::NoBenefitSaved => {
            ws.write_string(row, 2, lang.tr(Text::BreakEvenNoBenefit))?;
        }
    }
    ws.write_string_with_format(row, 3, lang.tr(Text::XlsxValueNotRecalculated), &f.note)?;
    Ok(())
}

/// The first actor's row on Per partij (zero-based).
pub(super) const ACTOR_FIRST_ROW: u32 = 3;

/// Per partij: each actor's costs and benefits per place per year, its net and its net present
/// value over the horizon for all places, as formulas; then the municipality and society.
fn actors(p: &Prepared<'_>, lang: Lang, f: &Formats, name: &str) -> Result<Worksheet, ExportError> {
    let e = &p.evaluation;
    let title = format!(
        "{} ({})",
        lang.tr(Text::WhoPaysWhoBenefits),
        lang.tr(Text::PerPlacePerYear)
    );
    let mut ws = titled(name, &title, f)?;
    ws.write_string_with_format(1, 0, lang.tr(Text::XlsxNpvNote), &f.note)?;
    let header = [
        Text::Actor,
        Text::Costs,
        Text::Benefits,
        Text::Net,
        Text::NpvShort,
    ];
    for (col, t) in header.into_iter().enumerate() {
        ws.write_string_with_format(ACTOR_FIRST_ROW - 1, col as u16, lang.tr(t), &f.header)?;
    }
    let mut row = ACTOR_FIRST_ROW;
    for a in Actor::ALL {
        let r = e.actors.row(a);
        let (cost, benefit) = actor_formulas(a, &p.scenario.parameters, &e.inputs);
        ws.write_string(row, 0, lang.actor(a))?;
        ws.write_formula_with_format(row, 1, formula(&cost, r.cost), &f.euro)?;
        ws.write_formula_with_format(row, 2, formula(&benefit, r.benefit), &f.euro)?;
        let net = format!("={}-{}", a1(row, 2), a1(row, 1));
        ws.write_formula_with_format(row, 3, formula(&net, r.net()), &f.euro)?;
        let npv = format!("={}*clients*pv_factor", a1(row, 3));
        ws.write_formula_with_format(row, 4, formula(&npv, e.multi_year.npv_of(a)), &f.euro)?;
        row += 1;
    }
    let (first, last) = (ACTOR_FIRST_ROW, row - 1);
    let municipality_npv = e.multi_year.npv[Actor::MunicipalityParticipation]
        + e.multi_year.npv[Actor::MunicipalityBuig];
    let sums = [
        (
            Text::MunicipalityTotal,
            [first, first + 1].map(|r| a1(r, 3)).join("+"),
            [first, first + 1].map(|r| a1(r, 4)).join("+"),
            e.actors.municipality_net(),
            municipality_npv,
        ),
        (
            Text::SocietyTotal,
            format!("SUM({}:{})", a1(first, 3), a1(last, 3)),
            format!("SUM({}:{})", a1(first, 4), a1(last, 4)),
            e.actors.society_net(),
            e.multi_year.npv_total(),
        ),
    ];
    for (label, net, npv, net_value, npv_value) in sums {
        ws.write_string_with_format(row, 0, lang.tr(label), &f.bold)?;
        ws.write_formula_with_format(row, 3, formula(&format!("={net}"), net_value), &f.euro_bold)?;
        ws.write_formula_with_format(row, 4, formula(&format!("={npv}"), npv_value), &f.euro_bold)?;
        row += 1;
    }
    ws.set_column_width(0, 38)?;
    for col in 1..=4 {
        ws.set_column_width(col, 16)?;
    }
    Ok(ws)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_are_a1() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(5, 2), "C6");
        assert_eq!(a1(9, 25), "Z10");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(on_sheet("Scenario's", "A1"), "'Scenario''s'!A1");
    }
}
