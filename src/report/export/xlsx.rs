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
use super::xlsx_overview::overview;
use super::xlsx_params::parameters_sheet;
use super::xlsx_tables::{horizon, scenarios};
use super::{ExportError, Prepared, to_f64};
use crate::i18n::{Lang, Text};
use crate::model::Actor;

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
pub(super) fn on_sheet(sheet: &str, cell: &str) -> String {
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
    // An actor's exact net per place (benefit − cost, as computed), which the years grow from.
    for (i, a) in Actor::ALL.into_iter().enumerate() {
        let row = ACTOR_FIRST_ROW + i as u32 + 1;
        let benefit = on_sheet(names.actors, &format!("$C${row}"));
        let cost = on_sheet(names.actors, &format!("$B${row}"));
        book.define_name(format!("net_{}", a.key()), &format!("={benefit}-{cost}"))?;
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

/// The first actor's row on Per partij (zero-based).
pub(super) const ACTOR_FIRST_ROW: u32 = 3;

/// Per partij: each actor's costs and benefits per place per year, its net and its net present
/// value over the horizon for all places, as formulas; then the municipality and society.
fn actors(p: &Prepared<'_>, lang: Lang, f: &Formats, name: &str) -> Result<Worksheet, ExportError> {
    let e = &p.figures.evaluation;
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
        let (cost, benefit) = actor_formulas(a, &p.scenario.parameters);
        ws.write_string(row, 0, lang.actor(a))?;
        ws.write_formula_with_format(row, 1, formula(&cost, r.cost), &f.euro)?;
        ws.write_formula_with_format(row, 2, formula(&benefit, r.benefit), &f.euro)?;
        // The net as shown (shown benefit − shown cost); the present value from the exact net.
        let shown = p.figures.shown.actors[a];
        let net = format!("=ROUND({},2)-ROUND({},2)", a1(row, 2), a1(row, 1));
        ws.write_formula_with_format(row, 3, formula(&net, shown.net), &f.euro)?;
        let npv = format!("=({}-{})*clients*pv_factor", a1(row, 2), a1(row, 1));
        ws.write_formula_with_format(row, 4, formula(&npv, e.multi_year.npv_of(a)), &f.euro)?;
        row += 1;
    }
    let (first, last) = (ACTOR_FIRST_ROW, row - 1);
    // Totals of the nets and present values as shown, in cents (`figures::Shown`).
    let shown = &p.figures.shown;
    let municipality_npv = shown.actors[Actor::MunicipalityParticipation].npv
        + shown.actors[Actor::MunicipalityBuig].npv;
    let sums = [
        (
            Text::MunicipalityTotal,
            [first, first + 1].map(|r| a1(r, 3)).join("+"),
            [first, first + 1]
                .map(|r| format!("ROUND({},2)", a1(r, 4)))
                .join("+"),
            shown.municipality_net,
            municipality_npv,
        ),
        (
            Text::SocietyTotal,
            format!("SUM({}:{})", a1(first, 3), a1(last, 3)),
            format!("SUMPRODUCT(ROUND({}:{},2))", a1(first, 4), a1(last, 4)),
            shown.society_net,
            shown.npv_total,
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
