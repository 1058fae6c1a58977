//! The CSV export read back as Excel reads it — byte-order mark stripped, lines split at CRLF,
//! fields at `;` (or `,`), quotes undone, numbers with a decimal comma (or point) — and every
//! figure compared with the engine, in both styles, for every scenario of every built-in model.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::str::FromStr;

use kostenbaten::file::{BUILTIN_MODELS, builtin};
use kostenbaten::i18n::Lang;
use kostenbaten::model::{Actor, Evaluation, Model, Scenario, cents};
use kostenbaten::report::export::{CsvStyle, ExportFormat, ExportOptions, export_bytes};
use kostenbaten::report::shown::Shown;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const BOM: &str = "\u{feff}";

fn export(model: &Model, scenario: &Scenario, style: CsvStyle) -> Vec<u8> {
    let options = ExportOptions {
        csv_style: style,
        ..ExportOptions::default()
    };
    export_bytes(ExportFormat::Csv, model, scenario, Lang::Nl, &options).expect("exports")
}

/// The records of a CSV as Excel splits them: quoted fields may hold the separator, doubled
/// quotes and line breaks; every record ends in CRLF.
fn records(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == separator => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF ends a line: {text:?}"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        record.is_empty() && field.is_empty(),
        "the last line ends in CRLF"
    );
    records
}

/// The sections: runs of records between blank lines, each starting with its title row.
fn sections(records: &[Vec<String>]) -> Vec<Vec<Vec<String>>> {
    records
        .split(|r| r.len() == 1 && r[0].is_empty())
        .map(<[Vec<String>]>::to_vec)
        .collect()
}

/// A number as Excel with these settings reads it; no thousands separators, no `€`.
fn number(field: &str, style: CsvStyle) -> Decimal {
    let plain = match style {
        CsvStyle::Dutch => {
            assert!(!field.contains('.'), "no point in a Dutch number: {field}");
            field.replace(',', ".")
        }
        CsvStyle::International => {
            assert!(!field.contains(','), "no comma in a number: {field}");
            field.to_string()
        }
    };
    assert!(!plain.contains('€') && !plain.contains(' '), "{field}");
    Decimal::from_str(&plain).unwrap_or_else(|_| panic!("not a number: {field:?}"))
}

/// The CSV's text after checking its encoding and line ends for the style.
fn decoded(bytes: Vec<u8>, style: CsvStyle) -> String {
    let text = String::from_utf8(bytes).expect("UTF-8");
    match style {
        CsvStyle::Dutch => text
            .strip_prefix(BOM)
            .expect("Dutch CSV starts with BOM")
            .into(),
        CsvStyle::International => {
            assert!(!text.starts_with(BOM), "no BOM for other programs");
            text
        }
    }
}

/// Every figure of `scenario` in the CSV equals the engine's, as shown (rounded to cents).
fn check(model: &Model, scenario: &Scenario, style: CsvStyle) {
    let separator = if style == CsvStyle::Dutch { ';' } else { ',' };
    let text = decoded(export(model, scenario, style), style);
    let all = records(&text, separator);
    let parts = sections(&all);
    assert_eq!(
        parts.len(),
        5,
        "sheet, actors, baseline, scenarios, horizon"
    );
    let e = Evaluation::of(&scenario.parameters).expect("computes");
    let shown = Shown::of(&e);
    let n = |f: &str| number(f, style);

    let sheet = &parts[0];
    assert!(sheet[0][0].contains(&scenario.name), "{:?}", sheet[0]);
    for (i, amount) in shown.lines.iter().enumerate() {
        assert_eq!(
            n(&sheet[2 + i][2]),
            *amount,
            "line {i} of {}",
            scenario.name
        );
    }
    let after = 2 + shown.lines.len();
    assert_eq!(n(&sheet[after][2]), shown.total_cost);
    assert_eq!(n(&sheet[after + 1][2]), shown.total_benefit);
    assert_eq!(n(&sheet[after + 2][2]), shown.net);
    assert_eq!(shown.total_benefit - shown.total_cost, shown.net);
    // Both break-evens follow the totals: BUIG's, then the municipality's (a percentage with two
    // decimals, or "geen" with the reason), then the cost of staying home.
    assert!(sheet[after + 3][1].starts_with("Break-even loonwaarde BUIG"));
    assert!(sheet[after + 4][1].starts_with("Break-even loonwaarde gemeente"));
    match e.break_even_municipality.wage_value_pct() {
        Some(pct) => assert_eq!(
            n(&sheet[after + 4][2]),
            pct.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        ),
        None => assert!(
            sheet[after + 4][2].starts_with("geen: "),
            "{:?}",
            sheet[after + 4]
        ),
    }
    assert_eq!(
        n(&sheet[after + 5][2]),
        cents(e.societal_cost_of_staying_home)
    );

    let actors = &parts[1];
    for (i, a) in Actor::ALL.into_iter().enumerate() {
        let row = &actors[2 + i];
        let r = shown.actors[a];
        assert_eq!(row[0], Lang::Nl.actor(a));
        let got: Vec<Decimal> = row[1..5].iter().map(|f| n(f)).collect();
        assert_eq!(got, [r.cost, r.benefit, r.net, r.npv], "{a:?}");
    }
    assert_eq!(n(&actors[9][3]), shown.society_net);
    assert_eq!(n(&actors[9][4]), shown.npv_total);

    // The baseline every figure is a difference from, per client per year and at present value.
    let baseline = &parts[2];
    assert_eq!(
        baseline[1][0],
        "Alle bedragen zijn het verschil met de basis: de klant blijft thuis met een uitkering."
    );
    for (i, a) in Actor::ALL.into_iter().enumerate() {
        let row = &baseline[3 + i];
        assert_eq!(row[0], Lang::Nl.actor(a));
        assert_eq!(n(&row[1]), cents(e.baseline.net[a]), "{a:?}");
        assert_eq!(n(&row[2]), cents(e.multi_year.staying_home_npv[a]), "{a:?}");
    }
    // Society loses the societal cost alone: the benefit is a transfer.
    assert_eq!(
        n(&baseline[9][1]),
        cents(-scenario.parameters.societal_cost_per_client.get())
    );

    let compare = &parts[3];
    assert_eq!(compare[1].len(), 1 + model.scenarios.len());
    let column = 1 + model
        .scenarios
        .iter()
        .position(|s| s.name == scenario.name)
        .expect("in the model");
    assert_eq!(compare[1][column], scenario.name);
    assert_eq!(n(&compare[4][column]), cents(e.sheet.net()));
    for (i, a) in Actor::ALL.into_iter().enumerate() {
        assert_eq!(n(&compare[5 + i][column]), shown.actors[a].npv);
    }

    let horizon = &parts[4];
    let years = &e.multi_year.years;
    assert_eq!(horizon.len(), 2 + years.len(), "one row per year");
    for (row, y) in horizon[2..].iter().zip(years) {
        assert_eq!(n(&row[0]), Decimal::from(y.year));
        assert_eq!(n(&row[1]), Decimal::from(y.calendar_year));
        for (i, a) in Actor::ALL.into_iter().enumerate() {
            assert_eq!(n(&row[2 + i]), cents(y.net[a]));
        }
        assert_eq!(n(&row[9]), cents(y.discounted.total()));
    }
}

#[test]
fn every_figure_of_every_builtin_scenario_reads_back_in_both_styles() {
    for builtin_model in BUILTIN_MODELS {
        let model = builtin(builtin_model.file_name).unwrap().expect("built in");
        for scenario in &model.scenarios {
            for style in [CsvStyle::Dutch, CsvStyle::International] {
                check(&model, scenario, style);
            }
        }
    }
}

#[test]
fn the_2014_sheet_reads_as_the_slides_computed_it() {
    // Worked out by hand (docs/domain.md §1, §5): LKS 60 % × 22.800 = 13.680; wage value
    // 40 % × 22.800 = 9.120; net 9.120 − 10.000 = −880; society 9.120 − 8.500 − 10.000 + 5.960.
    let model = builtin("beschut-werk-2014.ron").unwrap().expect("built in");
    let text = decoded(
        export(&model, &model.scenarios[0], CsvStyle::Dutch),
        CsvStyle::Dutch,
    );
    assert!(text.contains("\r\nKosten;Loonkostensubsidie 60,0 %;13680,00;13700,00;-20,00\r\n"));
    assert!(text.contains("\r\nBaten;Loonwaarde;9120,00;9120,00;0,00\r\n"));
    assert!(text.contains("\r\nSaldo;Saldo;-880,00;-880,00;0,00\r\n"));
    assert!(text.contains("\r\nSamenleving (som van alle partijen);;;-3420,00;"));
    let text = decoded(
        export(&model, &model.scenarios[0], CsvStyle::International),
        CsvStyle::International,
    );
    assert!(text.contains("\r\nSaldo,Saldo,-880.00,-880.00,0.00\r\n"));
    let parts = sections(&records(&text, ','));
    assert_eq!(
        number(&parts[0][2][2], CsvStyle::International),
        dec!(13680)
    );
}

#[test]
fn awkward_scenario_names_survive_the_round_trip() {
    let mut model = builtin("lks-2018.ron").unwrap().expect("built in");
    let name = "=A1; \"zo\", of\nanders";
    model.scenarios[0].name = name.to_string();
    let scenario = model.scenarios[0].clone();
    for (style, separator) in [(CsvStyle::Dutch, ';'), (CsvStyle::International, ',')] {
        let text = decoded(export(&model, &scenario, style), style);
        let parts = sections(&records(&text, separator));
        // Excel shows the name as text: the leading ' keeps it from being run as a formula.
        assert_eq!(parts[3][1][1], format!("'{name}"));
        assert!(parts[0][0][0].contains(name));
    }
}
