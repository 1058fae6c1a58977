//! One figures layer, four faces: for every scenario of every built-in model, the figures the app
//! shows (its results cache, which reads the figures layer), the CSV, the workbook's values and the
//! council report agree to the cent — every sheet line, both totals, the net, every actor's row and
//! society's net. A difference of one cent fails.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::str::FromStr;

use calamine::Reader;
use kostenbaten::figures::{Figures, Shown};
use kostenbaten::file::BUILTIN_MODELS;
use kostenbaten::i18n::Lang;
use kostenbaten::model::{Actor, Model, Scenario, cents};
use kostenbaten::report::export::{CsvStyle, ExportFormat, ExportOptions, export_bytes};
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::model;
use crate::xlsx_common::{csv_fields, export, open, value};

/// What the app shows of `scenario`: its results cache brought up to date, as a frame does.
#[cfg(feature = "app")]
fn app_figures(scenario: &Scenario) -> Figures {
    let mut results = kostenbaten::app::results::Results::default();
    results.refresh_sheet(Some(scenario));
    results.sheet().cloned().expect("computes")
}

/// Without the app: the figures layer the app would read.
#[cfg(not(feature = "app"))]
fn app_figures(scenario: &Scenario) -> Figures {
    Figures::of(scenario).expect("computes")
}

/// The CSV's sections (runs of lines between blank lines), each line split into fields.
fn csv_sections(model: &Model, scenario: &Scenario) -> Vec<Vec<Vec<String>>> {
    let options = ExportOptions {
        csv_style: CsvStyle::International,
        ..ExportOptions::default()
    };
    let bytes = export_bytes(ExportFormat::Csv, model, scenario, Lang::Nl, &options).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    text.trim_end_matches("\r\n")
        .split("\r\n\r\n")
        .map(|section| section.split("\r\n").map(|l| csv_fields(l, ',')).collect())
        .collect()
}

fn amount(field: &str) -> Decimal {
    Decimal::from_str(field).unwrap_or_else(|_| panic!("not an amount: {field:?}"))
}

/// A workbook cell's value to the cent, as the workbook shows it with its euro format.
fn cell_cents(got: f64) -> Decimal {
    cents(Decimal::from_f64(got).expect("a finite number"))
}

/// Text without any whitespace: a PDF table cell wraps where it likes.
#[cfg(feature = "export")]
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The council report of `scenario` as text, whitespace removed.
#[cfg(feature = "export")]
fn report_text(model: &Model, scenario: &Scenario) -> String {
    let options = ExportOptions {
        date: Some("8 december 2026".into()),
        ..ExportOptions::default()
    };
    let pdf = export_bytes(ExportFormat::Pdf, model, scenario, Lang::Nl, &options).unwrap();
    squeezed(&pdf_extract::extract_text_from_mem(&pdf).unwrap())
}

/// The shown totals are the sums of the shown lines: checked by addition, not taken on trust.
fn check_sums(figures: &Figures) {
    let shown: &Shown = &figures.shown;
    let side = |side| {
        figures
            .evaluation
            .sheet
            .lines
            .iter()
            .zip(&shown.lines)
            .filter(|(l, _)| l.side == side)
            .map(|(_, a)| *a)
            .sum::<Decimal>()
    };
    use kostenbaten::model::Side;
    assert_eq!(shown.total_cost, side(Side::Cost));
    assert_eq!(shown.total_benefit, side(Side::Benefit));
    assert_eq!(shown.net, shown.total_benefit - shown.total_cost);
    let nets: Decimal = Actor::ALL.iter().map(|a| shown.actors[*a].net).sum();
    assert_eq!(shown.society_net, nets);
}

#[test]
fn the_app_the_csv_and_the_workbook_agree_to_the_cent_for_every_builtin_scenario() {
    for builtin in BUILTIN_MODELS {
        let model = model(builtin.file_name);
        for scenario in &model.scenarios {
            let what = |w: &str| format!("{} / {}: {w}", builtin.file_name, scenario.name);
            let app = app_figures(scenario);
            assert_eq!(app, Figures::of(scenario).unwrap(), "{}", what("layer"));
            check_sums(&app);
            let shown = &app.shown;
            let n = shown.lines.len();

            // The CSV: the sheet's lines, totals and net; each actor's row; society's net.
            let csv = csv_sections(&model, scenario);
            let (sheet, actors) = (&csv[0], &csv[1]);
            for (i, line) in shown.lines.iter().enumerate() {
                assert_eq!(amount(&sheet[2 + i][2]), *line, "{}", what("csv line"));
            }
            let totals = [shown.total_cost, shown.total_benefit, shown.net];
            for (k, total) in totals.into_iter().enumerate() {
                assert_eq!(amount(&sheet[2 + n + k][2]), total, "{}", what("csv total"));
            }
            for (i, a) in Actor::ALL.into_iter().enumerate() {
                let r = shown.actors[a];
                let got: Vec<Decimal> = actors[2 + i][1..5].iter().map(|f| amount(f)).collect();
                assert_eq!(
                    got,
                    [r.cost, r.benefit, r.net, r.npv],
                    "{}",
                    what("csv actor")
                );
            }
            assert_eq!(amount(&actors[9][3]), shown.society_net, "{}", what("csv"));
            // The baseline's present values and each year's nets: a total is the sum of the
            // shown cells beside or above it, added here.
            let baseline = &csv[2];
            let mut npv_sum = Decimal::ZERO;
            for (i, a) in Actor::ALL.into_iter().enumerate() {
                let got = amount(&baseline[3 + i][2]);
                assert_eq!(got, shown.staying_home_npv[a], "{}", what("csv baseline"));
                npv_sum += got;
            }
            assert_eq!(amount(&baseline[9][2]), npv_sum, "{}", what("csv baseline"));
            let horizon = &csv[4];
            assert_eq!(
                horizon.len(),
                2 + shown.year_nets.len(),
                "{}",
                what("years")
            );
            for (row, nets) in horizon[2..].iter().zip(&shown.year_nets) {
                let cells: Vec<Decimal> = row[2..8].iter().map(|f| amount(f)).collect();
                let expected: Vec<Decimal> = Actor::ALL.iter().map(|a| nets[*a]).collect();
                assert_eq!(cells, expected, "{}", what("csv year"));
                let sum: Decimal = cells.iter().sum();
                assert_eq!(amount(&row[8]), sum, "{}", what("csv year total"));
            }

            // The workbook: the same figures, each cell as its euro format shows it.
            let mut book = open(export(&model, scenario));
            let overview = book.worksheet_range("Overzicht").unwrap();
            for (i, line) in shown.lines.iter().enumerate() {
                let got = cell_cents(value(&overview, 6 + i as u32, 2));
                assert_eq!(got, *line, "{}", what("xlsx line"));
            }
            for (k, total) in totals.into_iter().enumerate() {
                let got = cell_cents(value(&overview, 6 + (n + k) as u32, 2));
                assert_eq!(got, total, "{}", what("xlsx total"));
            }
            let per_actor = book.worksheet_range("Per partij").unwrap();
            for (i, a) in Actor::ALL.into_iter().enumerate() {
                let r = shown.actors[a];
                let got: Vec<Decimal> = (1..5)
                    .map(|col| cell_cents(value(&per_actor, 3 + i as u32, col)))
                    .collect();
                assert_eq!(
                    got,
                    [r.cost, r.benefit, r.net, r.npv],
                    "{}",
                    what("xlsx actor")
                );
            }
            let society = cell_cents(value(&per_actor, 10, 3));
            assert_eq!(society, shown.society_net, "{}", what("xlsx society"));

            // The council report prints the same amounts (as text, wherever a table wrapped).
            #[cfg(feature = "export")]
            {
                let report = report_text(&model, scenario);
                let mut amounts: Vec<Decimal> = shown.lines.clone();
                amounts.extend(totals);
                amounts.extend(Actor::ALL.iter().map(|a| shown.actors[*a].net));
                amounts.push(shown.society_net);
                for amount in amounts {
                    let text = squeezed(&kostenbaten::format::money(amount, Lang::Nl));
                    assert!(report.contains(&text), "{}: {text}", what("report"));
                }
            }
        }
    }
}
