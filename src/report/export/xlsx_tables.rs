//! The workbook's sheets of values and of the horizon: *Scenario's* (every scenario side by side,
//! as values) and *Over de jaren* (year by year, formulas on the named cells).

use rust_decimal::Decimal;
use rust_xlsxwriter::Worksheet;

use super::xlsx::{Formats, a1, formula, titled};
use super::{ExportError, Prepared, to_f64};
use crate::i18n::{Lang, Text};
use crate::model::Actor;

/// Scenario's: every scenario side by side, as values (each scenario has parameters of its own).
pub(super) fn scenarios(
    p: &Prepared<'_>,
    lang: Lang,
    f: &Formats,
    name: &str,
) -> Result<Worksheet, ExportError> {
    let mut ws = titled(name, lang.tr(Text::Compare), f)?;
    ws.write_string_with_format(1, 0, lang.tr(Text::XlsxScenariosNote), &f.note)?;
    ws.write_string_with_format(3, 0, lang.tr(Text::ExportItem), &f.header)?;
    for (i, s) in p.summaries.iter().enumerate() {
        ws.write_string_with_format(3, 1 + i as u16, &s.name, &f.header)?;
    }
    let per_year = lang.tr(Text::PerPlacePerYear);
    let mut rows: Vec<(String, Vec<Decimal>)> = vec![
        (
            format!("{} ({per_year})", lang.tr(Text::Costs)),
            p.summaries.iter().map(|s| s.total_cost).collect(),
        ),
        (
            format!("{} ({per_year})", lang.tr(Text::Benefits)),
            p.summaries.iter().map(|s| s.total_benefit).collect(),
        ),
        (
            format!("{} ({per_year})", lang.tr(Text::Net)),
            p.summaries.iter().map(|s| s.net).collect(),
        ),
    ];
    for a in Actor::ALL {
        rows.push((
            format!("{}: {}", lang.tr(Text::NpvShort), lang.actor(a)),
            p.summaries.iter().map(|s| s.npv[a]).collect(),
        ));
    }
    rows.push((
        format!(
            "{}: {}",
            lang.tr(Text::NpvShort),
            lang.tr(Text::SocietyTotal)
        ),
        p.summaries.iter().map(|s| s.npv.total()).collect(),
    ));
    for (i, (label, values)) in rows.into_iter().enumerate() {
        let row = 4 + i as u32;
        ws.write_string(row, 0, label)?;
        for (j, value) in values.into_iter().enumerate() {
            ws.write_number_with_format(row, 1 + j as u16, to_f64(value), &f.euro_value)?;
        }
    }
    ws.set_column_width(0, 50)?;
    for col in 1..=p.summaries.len() as u16 {
        ws.set_column_width(col, 22)?;
    }
    Ok(ws)
}

/// The first year's row on Over de jaren (zero-based).
pub(super) const YEAR_FIRST_ROW: u32 = 3;

/// Over de jaren: year by year for all places, each actor's net grown by the real growth, society's
/// net, that discounted and summed up, and the societal cost if every client stayed home.
pub(super) fn horizon(
    p: &Prepared<'_>,
    lang: Lang,
    f: &Formats,
    name: &str,
) -> Result<Worksheet, ExportError> {
    let title = format!(
        "{} ({})",
        lang.tr(Text::HorizonTitle),
        lang.tr(Text::ExportConstantPrices)
    );
    let mut ws = titled(name, &title, f)?;
    ws.write_string_with_format(1, 0, lang.tr(Text::XlsxHorizonNote), &f.note)?;
    let mut header: Vec<String> = vec![
        lang.tr(Text::Year).to_string(),
        lang.tr(Text::CalendarYear).to_string(),
    ];
    header.extend(Actor::ALL.map(|a| lang.actor(a).to_string()));
    header.push(lang.tr(Text::SocietyTotal).to_string());
    header.push(lang.tr(Text::HorizonDiscounted).to_string());
    header.push(format!(
        "{}, {}",
        lang.tr(Text::HorizonDiscounted),
        lang.tr(Text::HorizonNominal)
    ));
    header.push(lang.tr(Text::StayingHome).to_string());
    for (col, h) in header.iter().enumerate() {
        ws.write_string_with_format(YEAR_FIRST_ROW - 1, col as u16, h, &f.header)?;
    }
    let growth = "(1+indexation_pct/100)";
    let mut cumulative = Decimal::ZERO;
    for (i, y) in p.figures.evaluation.multi_year.years.iter().enumerate() {
        let row = YEAR_FIRST_ROW + i as u32;
        let t = a1(row, 0).replace('A', "$A");
        ws.write_number(row, 0, f64::from(y.year))?;
        ws.write_number(row, 1, f64::from(y.calendar_year))?;
        for (j, a) in Actor::ALL.into_iter().enumerate() {
            let text = format!("=net_{}*clients*{growth}^({t}-1)", a.key());
            ws.write_formula_with_format(row, 2 + j as u16, formula(&text, y.net[a]), &f.euro)?;
        }
        // The year's total as shown: the sum of the actors' cells in cents; discounted from the
        // exact sum.
        let total = format!("=SUMPRODUCT(ROUND({}:{},2))", a1(row, 2), a1(row, 7));
        let shown_total = p.figures.shown.year_nets[i].total();
        ws.write_formula_with_format(row, 8, formula(&total, shown_total), &f.euro)?;
        let discounted = format!(
            "=SUM({}:{})/(1+discount_rate_pct/100)^{t}",
            a1(row, 2),
            a1(row, 7)
        );
        let discounted_value = y.discounted.total();
        ws.write_formula_with_format(row, 9, formula(&discounted, discounted_value), &f.euro)?;
        cumulative += discounted_value;
        let running = format!(
            "=SUM({}:{})",
            a1(YEAR_FIRST_ROW, 9).replace('J', "J$"),
            a1(row, 9)
        );
        ws.write_formula_with_format(row, 10, formula(&running, cumulative), &f.euro)?;
        let home = format!("=societal_cost_per_client*clients*{growth}^({t}-1)");
        ws.write_formula_with_format(row, 11, formula(&home, y.staying_home), &f.euro)?;
    }
    ws.set_column_width(0, 6)?;
    ws.set_column_width(1, 12)?;
    for col in 2..=11 {
        ws.set_column_width(col, 18)?;
    }
    ws.set_freeze_panes(YEAR_FIRST_ROW, 2)?;
    Ok(ws)
}
