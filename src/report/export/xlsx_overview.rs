//! The workbook's first sheet, Overzicht: the cost-benefit sheet's lines, totals and net as
//! formulas on the named parameter cells, the published figures beside them, and the key results
//! (values where the engine's figure is too deep for a formula).

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Worksheet};

use super::xlsx::{ACTOR_FIRST_ROW, Formats, SheetNames, a1, formula, on_sheet, titled};
use super::{ExportError, Prepared, to_f64};
use crate::i18n::{Lang, Text};
use crate::model::lines::{PLACE_LINES, sheet_formula};
use crate::model::{Actor, BreakEven, Side};

/// The first row of the sheet's lines on Overzicht (zero-based).
const LINE_FIRST_ROW: u32 = 6;

/// Overzicht: the sheet, its totals and net as formulas, published figures beside them, and the
/// key results.
pub(super) fn overview(
    p: &Prepared<'_>,
    lang: Lang,
    f: &Formats,
    names: &SheetNames,
) -> Result<Worksheet, ExportError> {
    let e = &p.figures.evaluation;
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
    ws.write_string_with_format(4, 0, lang.tr(Text::BaselineStatement), &f.note)?;
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
    let e = &p.figures.evaluation;
    // The difference is a formula on the exact amount beside it: its cached value is what the
    // formula computes, the exact amount minus the published one.
    let published = |ws: &mut Worksheet, row: u32, key: &str, exact: Decimal| {
        if let Some(reference) = p.published(key) {
            ws.write_number_with_format(row, 3, to_f64(reference.published), &f.euro)?;
            let difference = format!("={}-{}", a1(row, 2), a1(row, 3));
            let cell = formula(&difference, exact - reference.published);
            ws.write_formula_with_format(row, 4, cell, &f.euro)?;
        }
        Ok::<(), ExportError>(())
    };
    let mut row = LINE_FIRST_ROW;
    for line in &e.sheet.lines {
        let side = match line.side {
            Side::Cost => Text::Costs,
            Side::Benefit => Text::Benefits,
        };
        ws.write_string(row, 0, lang.tr(side))?;
        ws.write_string(row, 1, lang.line(line.key))?;
        let text = sheet_formula(&PLACE_LINES, line.key, &p.scenario.parameters);
        let cell = formula(&text, line.amount);
        ws.write_formula_with_format(row, 2, cell, &f.euro)?;
        published(ws, row, &line.reference_key(), line.amount)?;
        row += 1;
    }
    let (first, costs) = (LINE_FIRST_ROW, e.sheet.side(Side::Cost).count() as u32);
    let (cost_row, benefit_row) = (row, row + 1);
    // A total is the sum of its lines as shown (in cents), as on the screen and in every report
    // (`figures::Shown`); the lines themselves compute exactly and show in cents.
    let shown = &p.figures.shown;
    let totals = [
        (
            Text::ExportTotalCost,
            shown_sum(a1(first, 2), a1(first + costs - 1, 2)),
            shown.total_cost,
            "total_cost",
        ),
        (
            Text::ExportTotalBenefit,
            shown_sum(a1(first + costs, 2), a1(cost_row - 1, 2)),
            shown.total_benefit,
            "total_benefit",
        ),
        (
            Text::Net,
            format!("={}-{}", a1(benefit_row, 2), a1(cost_row, 2)),
            shown.net,
            "net",
        ),
    ];
    for (label, text, value, key) in totals {
        ws.write_string_with_format(row, 0, lang.tr(Text::Total), &f.bold)?;
        ws.write_string_with_format(row, 1, lang.tr(label), &f.bold)?;
        ws.write_formula_with_format(row, 2, formula(&text, value), &f.euro_bold)?;
        published(ws, row, key, value)?;
        row += 1;
    }
    Ok(row)
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
    let e = &p.figures.evaluation;
    // The municipality's and society's net as *Per partij* totals them (sums of shown nets).
    let municipality_cell = a1(ACTOR_FIRST_ROW + Actor::ALL.len() as u32, 3);
    let society_cell = a1(ACTOR_FIRST_ROW + Actor::ALL.len() as u32 + 1, 3);
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
            format!("={}", on_sheet(names.actors, &municipality_cell)),
            p.figures.shown.municipality_net,
            &f.euro,
        ),
        (
            lang.tr(Text::SocietyTotal).to_string(),
            format!("={}", on_sheet(names.actors, &society_cell)),
            p.figures.shown.society_net,
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
            lang.tr(Text::StayingHomeNominal).to_string(),
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
    row += 1;
    ws.write_string(
        row,
        1,
        format!("{} (%)", lang.tr(Text::BreakEvenMunicipality)),
    )?;
    match e.break_even_municipality.wage_value_pct() {
        Some(pct) => {
            ws.write_number_with_format(row, 2, to_f64(pct), &f.number_value)?;
        }
        None => {
            ws.write_string(
                row,
                2,
                lang.municipality_break_even(e.break_even_municipality),
            )?;
        }
    }
    ws.write_string_with_format(row, 3, lang.tr(Text::XlsxValueNotRecalculated), &f.note)?;
    Ok(())
}

/// `=SUMPRODUCT(ROUND(from:to,2))`: the sum of the cells as they show, in cents.
pub(super) fn shown_sum(from: String, to: String) -> String {
    format!("=SUMPRODUCT(ROUND({from}:{to},2))")
}
