//! The XLSX export read back with calamine: the sheets, the cached value of every formula equal to
//! the engine's figure, the formula text of the sheet, the actors and the NPV, the named parameter
//! cells, and values too deep for a formula marked as such. `export_xlsx_recalc.rs` lets
//! LibreOffice recalculate the formulas.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use calamine::{Data, Range, Reader};
use kostenbaten::file::BUILTIN_MODELS;
use kostenbaten::i18n::Lang;
use kostenbaten::model::{Actor, Evaluation, Model, Scenario};
use rust_decimal_macros::dec;

use crate::model;
use crate::xlsx_common::{assert_near, export, named_cell, open, value};

const SHEETS: [&str; 5] = [
    "Overzicht",
    "Per partij",
    "Scenario's",
    "Over de jaren",
    "Parameters en bronnen",
];

fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("no text at ({row}, {col}): {other:?}"),
    }
}

fn formula(range: &Range<String>, row: u32, col: u32) -> String {
    range.get_value((row, col)).cloned().unwrap_or_default()
}

/// Every cached figure of `scenario` equals the engine's.
fn check_cached(model: &Model, scenario: &Scenario) {
    let mut book = open(export(model, scenario));
    assert_eq!(book.sheet_names(), SHEETS);
    let e = Evaluation::of(&scenario.parameters).expect("computes");
    // Nets and totals are kept as shown (the sums of cents), the lines and amounts exact.
    let shown = kostenbaten::figures::Shown::of(&e);
    let what = |w: &str| format!("{}: {w}", scenario.name);
    let overview = book.worksheet_range("Overzicht").unwrap();
    for (i, line) in e.sheet.lines.iter().enumerate() {
        assert_near(
            value(&overview, 6 + i as u32, 2),
            line.amount,
            &what("line"),
        );
    }
    assert_near(value(&overview, 14, 2), e.sheet.total_cost, &what("costs"));
    assert_near(
        value(&overview, 15, 2),
        e.sheet.total_benefit,
        &what("benefits"),
    );
    assert_near(value(&overview, 16, 2), e.sheet.net(), &what("net"));
    assert_near(value(&overview, 18, 2), e.inputs.lks_share, &what("share"));
    assert_near(
        value(&overview, 21, 2),
        e.multi_year.npv_total(),
        &what("npv"),
    );
    let actors = book.worksheet_range("Per partij").unwrap();
    for (i, a) in Actor::ALL.into_iter().enumerate() {
        let (row, r) = (3 + i as u32, e.actors.row(a));
        assert_eq!(text(&actors, row, 0), Lang::Nl.actor(a));
        assert_near(value(&actors, row, 1), r.cost, &what("cost"));
        assert_near(value(&actors, row, 2), r.benefit, &what("benefit"));
        assert_near(
            value(&actors, row, 3),
            shown.actors[a].net,
            &what("actor net"),
        );
        assert_near(
            value(&actors, row, 4),
            e.multi_year.npv_of(a),
            &what("actor npv"),
        );
    }
    assert_near(value(&actors, 10, 3), shown.society_net, &what("society"));
    let years = book.worksheet_range("Over de jaren").unwrap();
    for (i, y) in e.multi_year.years.iter().enumerate() {
        let row = 3 + i as u32;
        for (j, a) in Actor::ALL.into_iter().enumerate() {
            assert_near(value(&years, row, 2 + j as u32), y.net[a], &what("year"));
        }
        assert_near(
            value(&years, row, 9),
            y.discounted.total(),
            &what("discounted"),
        );
        assert_near(
            value(&years, row, 11),
            y.staying_home,
            &what("staying home"),
        );
    }
    assert!(
        years
            .get_value((3 + e.multi_year.years.len() as u32, 0))
            .is_none()
    );
}

#[test]
fn every_cached_figure_equals_the_engine_for_every_builtin_scenario() {
    for builtin_model in BUILTIN_MODELS {
        let model = model(builtin_model.file_name);
        for scenario in &model.scenarios {
            check_cached(&model, scenario);
        }
    }
}

#[test]
fn the_sheet_the_actors_and_the_npv_are_formulas_on_the_parameter_cells() {
    let model = model("beschut-werk-2014.ron");
    let mut book = open(export(&model, &model.scenarios[0]));
    let overview = book.worksheet_formula("Overzicht").unwrap();
    assert_eq!(formula(&overview, 6, 2), "wage_subsidy");
    assert_eq!(formula(&overview, 7, 2), "coaching*working");
    assert_eq!(formula(&overview, 13, 2), "wage_value_amount");
    // Totals add the lines as they show, in cents (as the screen and every report do).
    assert_eq!(formula(&overview, 14, 2), "SUMPRODUCT(ROUND(C7:C11,2))");
    assert_eq!(formula(&overview, 15, 2), "SUMPRODUCT(ROUND(C12:C14,2))");
    assert_eq!(formula(&overview, 16, 2), "C16-C15");
    // The published figure is a value, the difference a formula.
    assert_eq!(formula(&overview, 6, 3), "");
    assert_eq!(formula(&overview, 6, 4), "C7-D7");
    let actors = book.worksheet_formula("Per partij").unwrap();
    assert_eq!(formula(&actors, 4, 1), "wage_subsidy");
    assert_eq!(formula(&actors, 4, 2), "benefit_stopped");
    assert_eq!(
        formula(&actors, 6, 1),
        "gross_wage+employer_charges+workplace*working+coaching*working"
    );
    assert_eq!(formula(&actors, 3, 3), "ROUND(C4,2)-ROUND(B4,2)");
    assert_eq!(formula(&actors, 3, 4), "(C4-B4)*clients*pv_factor");
    assert_eq!(formula(&actors, 10, 4), "SUMPRODUCT(ROUND(E4:E9,2))");
    let years = book.worksheet_formula("Over de jaren").unwrap();
    assert_eq!(
        formula(&years, 3, 2),
        "net_municipality_participation*clients*(1+indexation_pct/100)^($A4-1)"
    );
    let (row, col) = named_cell(&book, "lks_share");
    let params = book.worksheet_formula("Parameters en bronnen").unwrap();
    assert_eq!(formula(&params, row, col), "MIN(lks_pct,lks_cap_pct)/100");
    let (row, col) = named_cell(&book, "loaded_wage_cost");
    assert_eq!(
        formula(&params, row, col),
        "fully_loaded_wage_cost*hours_factor"
    );
}

#[test]
fn the_statutory_rule_has_its_own_wage_formulas() {
    let model = model("lks-2018.ron");
    let mut book = open(export(&model, &model.scenarios[0]));
    let params = book.worksheet_formula("Parameters en bronnen").unwrap();
    let values = book.worksheet_range("Parameters en bronnen").unwrap();
    let at = |name| named_cell(&book, name);
    let (row, col) = at("loaded_wage_cost");
    assert_eq!(
        formula(&params, row, col),
        "gross_wage*(1+employer_cost_rate_pct/100)"
    );
    let (row, col) = at("hours_factor");
    assert_eq!(
        formula(&params, row, col),
        "MIN(hours_per_week*working/full_time_hours,1)"
    );
    // 2018: WML € 1.578,00 a month; employer-cost compensation 23,5 % (DOMAIN.md §2).
    let (row, col) = at("minimum_wage_month");
    assert_eq!(value(&values, row, col), 1578.0);
    let (row, col) = at("employer_cost_rate_pct");
    assert_eq!(value(&values, row, col), 23.5);
    // 1.578 × 12 × 1,08 = 20.450,88.
    let (row, col) = at("annual_minimum_wage");
    assert_near(
        value(&values, row, col),
        dec!(20450.88),
        "annual minimum wage",
    );
}

#[test]
fn the_parameter_cells_are_named_and_deep_figures_marked_as_values() {
    let model = model("beschut-werk-2014.ron");
    let mut book = open(export(&model, &model.scenarios[0]));
    let values = book.worksheet_range("Parameters en bronnen").unwrap();
    let formulas = book.worksheet_formula("Parameters en bronnen").unwrap();
    let (row, col) = named_cell(&book, "wage_value_pct");
    assert_eq!((row, col), (4, 2), "the first parameter, C5");
    assert_eq!(text(&values, row, 1), "wage_value_pct");
    assert_eq!(value(&values, row, col), 40.0);
    assert_eq!(formula(&formulas, row, col), "");
    assert_eq!(value(&values, named_cell(&book, "coaching").0, 2), 8500.0);
    for deep in ["wage_tax", "net_wage", "top_up", "benefit_tax"] {
        let (row, col) = named_cell(&book, deep);
        assert!(matches!(values.get_value((row, col)), Some(Data::Float(_))));
        assert_eq!(formula(&formulas, row, col), "", "{deep} is a value");
        assert_eq!(text(&values, row, 5), "waarde (niet herberekend)", "{deep}");
    }
    let overview = book.worksheet_range("Overzicht").unwrap();
    assert_eq!(text(&overview, 23, 3), "waarde (niet herberekend)");
}
