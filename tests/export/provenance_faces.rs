#![cfg(all(feature = "cli", feature = "export"))]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! One scenario, four faces, one provenance (issue 19): the app's Bronnen tab, `kostenbaten
//! sources`, the workbook's "Parameters en bronnen" and the council report say the same of every
//! figure — and none of them credits a changed figure to the document that gave its old value.

use calamine::{Data, Reader};
use kostenbaten::cli::with_sets;
use kostenbaten::figures::Figures;
use kostenbaten::file::builtin;
use kostenbaten::i18n::Lang;
use kostenbaten::model::{Model, ParamKey};
use kostenbaten::report::export::{ExportFormat, ExportOptions, export_bytes};
use kostenbaten::report::sources::Figure;

const MODEL: &str = "assets/models/beschut-werk-2026.ron";

fn model() -> Model {
    builtin("beschut-werk-2026.ron").unwrap().unwrap()
}

/// Text without any whitespace: a PDF table cell wraps where it likes.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_app_the_command_line_the_workbook_and_the_report_give_one_provenance() {
    let model = model();
    let set = ["coaching=15600".to_string()];
    let scenario = with_sets(&model.scenarios[0], &set).unwrap();

    // The app's Bronnen tab.
    let app_rows = Figures::of(&scenario).unwrap().sources;
    assert!(app_rows.len() > ParamKey::ALL.len());

    // `kostenbaten sources --set coaching=15600 --format json`.
    let json = crate::cli_common::json(&[
        "sources",
        MODEL,
        "--set",
        "coaching=15600",
        "--format",
        "json",
    ]);
    let json_rows = json["rows"].as_array().unwrap();
    assert_eq!(json_rows.len(), app_rows.len());

    // The workbook's "Parameters en bronnen": label in column A, origin in column E.
    let bytes = export_bytes(
        ExportFormat::Xlsx,
        &model,
        &scenario,
        Lang::Nl,
        &ExportOptions::default(),
    )
    .unwrap();
    let mut book = crate::xlsx_common::open(bytes);
    let sheet = book.worksheet_range("Parameters en bronnen").unwrap();
    let xlsx_origin = |label: &str| -> Option<String> {
        sheet
            .rows()
            .find_map(|row| match (row.first(), row.get(4)) {
                (Some(Data::String(l)), Some(Data::String(origin))) if l == label => {
                    Some(origin.clone())
                }
                _ => None,
            })
    };

    // The council report of the same scenario.
    let pdf = export_bytes(
        ExportFormat::Pdf,
        &model,
        &scenario,
        Lang::Nl,
        &ExportOptions {
            date: Some("7 december 2026".into()),
            ..ExportOptions::default()
        },
    )
    .unwrap();
    let pdf_text = squeezed(&pdf_extract::extract_text_from_mem(&pdf).unwrap());

    for (row, json_row) in app_rows.iter().zip(json_rows) {
        let label = row.figure.label(Lang::Nl);
        assert_eq!(json_row["key"], row.figure.key());
        // The command line: the same origin key and source text.
        let expected_source = match &row.origin {
            kostenbaten::report::sources::SourceOrigin::ModelFile { source } => source.clone(),
            kostenbaten::report::sources::SourceOrigin::YearTable { .. }
            | kostenbaten::report::sources::SourceOrigin::Computed { .. } => {
                json_row["source"].as_str().map(str::to_string)
            }
            _ => None,
        };
        assert_eq!(
            json_row["source"].as_str().map(str::to_string),
            expected_source,
            "{label}"
        );
        if let Figure::Param(_) = row.figure {
            // The workbook: the origin as the app words it (a word setting before it).
            let origin = xlsx_origin(label).unwrap_or_else(|| panic!("no workbook row {label}"));
            // The LKS share that follows the wage value is a live formula there, not an input.
            let formula = Lang::Nl.tr(kostenbaten::i18n::Text::XlsxFormula);
            assert!(
                origin != formula || row.figure == Figure::Param(ParamKey::LksPct),
                "{label}: {origin}"
            );
            assert!(
                origin == formula || origin.ends_with(&row.origin_text(Lang::Nl)),
                "{label}: workbook {origin:?}, app {:?}",
                row.origin_text(Lang::Nl)
            );
        }
        // The report: the same words, wherever the table wrapped them.
        assert!(
            pdf_text.contains(&squeezed(&row.origin_source(Lang::Nl))),
            "{label}: the report lacks {:?}",
            row.origin_source(Lang::Nl)
        );
    }

    // And what they say of the changed coaching: the user's, the slides only as its history.
    let coaching = app_rows
        .iter()
        .find(|r| r.figure == Figure::Param(ParamKey::Coaching))
        .unwrap();
    assert!(
        coaching
            .origin_source(Lang::Nl)
            .starts_with("door u gewijzigd (was € 8.500 volgens Samen voor de klant"),
        "{}",
        coaching.origin_source(Lang::Nl)
    );
    let json_coaching = &json_rows[ParamKey::Coaching as usize];
    assert_eq!(json_coaching["origin"], "changed_by_user");
    assert_eq!(json_coaching["source"], serde_json::Value::Null);
}

#[test]
fn the_council_report_never_credits_a_changed_figure_to_the_document() {
    let text = squeezed(&crate::cli_common::council_report_text(&[
        MODEL,
        "--set",
        "coaching=15600",
    ]));
    // € 15.600 is printed, its origin is the user's, and the slides' "maximaal € 8.500" appears
    // only as what the figure was.
    assert!(text.contains(&squeezed("€ 15.600")));
    assert!(text.contains(&squeezed(
        "door u gewijzigd (was € 8.500 volgens Samen voor de klant"
    )));
    assert!(!text.contains(&squeezed(
        "modelbestand: Samen voor de klant, implementatiedag Participatiewet 2014, dia 'Thema doelgroep beschut': begeleiding"
    )));
}

#[test]
fn a_set_back_to_the_files_value_keeps_the_files_source() {
    let json = crate::cli_common::json(&[
        "sources",
        MODEL,
        "--set",
        "coaching=8500",
        "--format",
        "json",
    ]);
    let coaching = &json["rows"][ParamKey::Coaching as usize];
    assert_eq!(coaching["origin"], "model_file");
    assert!(
        coaching["source"]
            .as_str()
            .unwrap()
            .contains("begeleiding maximaal € 8.500")
    );
}

#[test]
fn a_changed_figure_reads_the_same_in_the_report_and_in_sources_by_the_rule() {
    // The rule: a figure the user changed is the user's; the document's source is kept only as
    // what the figure was. So for coaching, changed from the file's 8.500 to 15.600, both faces
    // must say "door u gewijzigd (was € 8.500 volgens <the file's own source text>)" — the text
    // is taken from the model file, not from either face's output.
    let model = model();
    let file_source = model.scenarios[0]
        .sources
        .get(&kostenbaten::model::ParamKey::Coaching)
        .expect("the file cites a source for coaching")
        .clone();
    let expected = format!("door u gewijzigd (was € 8.500 volgens {file_source})");
    let credited = format!("modelbestand: {file_source}");

    let out = crate::cli_common::kostenbaten(&["sources", MODEL, "--set", "coaching=15600"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with(Figure::Param(ParamKey::Coaching).label(Lang::Nl)))
        .expect("a coaching row");
    let origin = line.rsplit_once("  — ").expect("an origin").1;
    assert_eq!(origin, expected, "sources");

    let report = squeezed(&crate::cli_common::council_report_text(&[
        MODEL,
        "--set",
        "coaching=15600",
    ]));
    assert!(
        report.contains(&squeezed(&expected)),
        "the report lacks {expected:?}"
    );
    assert!(
        !report.contains(&squeezed(&credited)),
        "the report credits the file"
    );
}
