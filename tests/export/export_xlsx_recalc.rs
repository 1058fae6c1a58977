//! The XLSX export's formulas recalculated by LibreOffice, where it is installed (`apt-get
//! install libreoffice-calc-nogui`; without `soffice` these tests say so and pass): every
//! built-in scenario and variants reaching the formulas' other branches, written with every cached
//! result set to 0, must come back equal to the engine; and a changed wage value cell must move
//! the net as the engine does.
// Test code: a failed step stops the test with its message.
// Needs `kostenbaten::cli::apply` (feature `cli`): `cargo test --no-default-features` leaves it out.
#![cfg(feature = "cli")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::Command;

use calamine::Reader;
use kostenbaten::file::BUILTIN_MODELS;
use kostenbaten::i18n::Lang;
use kostenbaten::model::{Actor, Evaluation, Model, Parameters, Scenario};
use kostenbaten::report::export::{ExportFormat, ExportOptions, export_bytes};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal_macros::dec;

use crate::model;
use crate::params_strategy::{any_parameters, largest_amount};
use crate::xlsx_common::{assert_near, csv_fields, export, named_cell, open, value};

/// The workbook with every worksheet's XML passed through `edit`.
fn rewritten(bytes: &[u8], edit: impl Fn(&str, String) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut data = String::new();
        file.read_to_string(&mut data).unwrap();
        if name.starts_with("xl/worksheets/") {
            data = edit(&name, data);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(data.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The workbook with the number in `cell` of sheet 5 (Parameters en bronnen) replaced, as an
/// advisor would type it; the cached results elsewhere stay as they were.
fn with_cell(bytes: &[u8], cell: &str, number: &str) -> Vec<u8> {
    rewritten(bytes, |name, mut data| {
        if name == "xl/worksheets/sheet5.xml" {
            let start = data.find(&format!("<c r=\"{cell}\"")).expect("the cell");
            let open = start + data[start..].find("<v>").unwrap() + 3;
            let close = open + data[open..].find("</v>").unwrap();
            data.replace_range(open..close, number);
        }
        data
    })
}

/// The workbook with every formula's cached result set to 0, so that only a recalculation can
/// show the right figures.
fn without_cached_results(bytes: &[u8]) -> Vec<u8> {
    rewritten(bytes, |_, data| {
        let mut out = String::with_capacity(data.len());
        let mut rest = data.as_str();
        while let Some(at) = rest.find("</f><v>") {
            let value_start = at + "</f><v>".len();
            let value_end = value_start + rest[value_start..].find("</v>").unwrap();
            out.push_str(&rest[..value_start]);
            out.push('0');
            rest = &rest[value_end..];
        }
        out.push_str(rest);
        out
    })
}

/// LibreOffice, told to recalculate every formula on load, writes each sheet as CSV.
fn libreoffice_csv(xlsx: &Path, out: &Path) -> Option<()> {
    libreoffice_csv_all(&[xlsx.to_path_buf()], out)
}

/// The same for several workbooks in one run: `<stem>-<sheet>.csv` in `out`.
fn libreoffice_csv_all(files: &[std::path::PathBuf], out: &Path) -> Option<()> {
    let profile = out.join("profile/user");
    std::fs::create_dir_all(&profile).ok()?;
    std::fs::write(
        profile.join("registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>"#,
    )
    .ok()?;
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            out.join("profile").display()
        ))
        .args(["--headless", "--convert-to"])
        .arg("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1")
        .arg("--outdir")
        .arg(out)
        .args(files)
        .output()
        .ok()?;
    status.status.success().then_some(())
}

#[test]
fn libreoffice_recalculates_the_net_when_the_wage_value_changes() {
    if soffice_missing() {
        return;
    }
    let model = model("lks-2018.ron");
    let scenario = &model.scenarios[0];
    let bytes = export(&model, scenario);
    let (row, col) = named_cell(&open(bytes.clone()), "wage_value_pct");
    let cell = format!("{}{}", char::from(b'A' + col as u8), row + 1);
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("lw.xlsx");
    std::fs::write(&xlsx, with_cell(&bytes, &cell, "55")).unwrap();
    libreoffice_csv(&xlsx, dir.path()).expect("LibreOffice converts");
    let read = |sheet: &str| std::fs::read_to_string(dir.path().join(format!("lw-{sheet}.csv")));
    let overview = read("Overzicht").unwrap();
    let field = |text: &str, label: &str, col: usize| -> f64 {
        let line = text
            .lines()
            .find(|l| l.split(';').nth(1) == Some(label) || l.starts_with(label))
            .unwrap_or_else(|| panic!("no {label}"));
        line.split(';').nth(col).unwrap().parse().unwrap()
    };
    let mut changed = scenario.clone();
    changed.parameters.wage_value_pct = kostenbaten::model::Pct::new(dec!(55)).unwrap();
    let e = Evaluation::of(&changed.parameters).unwrap();
    let before = Evaluation::of(&scenario.parameters).unwrap();
    assert_ne!(e.sheet.net(), before.sheet.net(), "the change matters");
    assert_near(
        field(&overview, "Saldo", 2),
        e.sheet.net(),
        "net after the change",
    );
    let actors = read("Per partij").unwrap();
    let buig = Lang::Nl.actor(Actor::MunicipalityBuig);
    // The net as shown: shown benefit − shown cost.
    let shown = kostenbaten::figures::Shown::of(&e);
    assert_near(
        field(&actors, buig, 3),
        shown.actors[Actor::MunicipalityBuig].net,
        "BUIG",
    );
    assert_near(
        field(&actors, buig, 4),
        e.multi_year.npv_of(Actor::MunicipalityBuig),
        "NPV",
    );
}

/// The scenarios whose recalculated workbooks must equal the engine: every built-in one, and
/// variants that reach the formulas' other branches (gross BUIG basis with its tax transfer, a
/// coaching provider, part time from 2024 above the sector's week, a manual LKS share above the
/// cap, a national bonus, real growth, a couple's norm, a start in July, staying home).
fn recalculation_cases() -> Vec<(Model, Scenario)> {
    let mut cases = Vec::new();
    for builtin_model in BUILTIN_MODELS {
        let model = model(builtin_model.file_name);
        for scenario in &model.scenarios {
            cases.push((model.clone(), scenario.clone()));
        }
    }
    let variants: [&[&str]; 6] = [
        &["buig_basis=gross", "benefit_saved=single"],
        &["coaching_delivered_by=provider", "national_bonus=2500"],
        &[
            "year=2025",
            "hours_per_week=40",
            "full_time_hours=38",
            "benefit_saved=couple",
        ],
        &["lks_pct=80", "indexation_pct=1.5", "years=12", "clients=7"],
        &[
            "year=2023",
            "month=7",
            "hours_per_week=20",
            "wage_value_pct=35",
        ],
        &[
            "buig_basis=gross",
            "benefit_saved=couple",
            "hours_per_week=24",
        ],
    ];
    let base = model("lks-2018.ron");
    for (i, sets) in variants.into_iter().enumerate() {
        let mut scenario = base.scenarios[0].clone();
        scenario.name = format!("variant {i}");
        for set in sets {
            kostenbaten::cli::apply(&mut scenario.parameters, set).unwrap();
        }
        let mut model = base.clone();
        model.scenarios.push(scenario.clone());
        cases.push((model, scenario));
    }
    cases
}

#[test]
fn libreoffice_recalculation_reproduces_the_engine_for_every_case() {
    if soffice_missing() {
        return;
    }
    check_recalculated(&recalculation_cases());
}

/// The conformance harness's third face: parameter sets drawn from the registry (every parameter
/// varied, as `tests/conformance.rs` draws them for the fast path), each exported with its cached
/// results set to 0 and recalculated by LibreOffice, equal the engine to the cent. A set the
/// engine refuses is not skipped: the export must refuse it too.
#[test]
fn libreoffice_recalculation_equals_the_engine_on_registry_draws() {
    if soffice_missing() {
        return;
    }
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = any_parameters();
    let frame = model("lks-2018.ron");
    let mut cases = Vec::new();
    let mut refused = 0;
    while cases.len() < 40 {
        let (params, _) = strategy.new_tree(&mut runner).unwrap().current();
        let mut scenario = frame.scenarios[0].clone();
        scenario.name = format!("draw {}", cases.len() + refused);
        scenario.parameters = params;
        let mut model = frame.clone();
        model.scenarios = vec![scenario.clone()];
        match Evaluation::of(&scenario.parameters) {
            Ok(_) => cases.push((model, scenario)),
            Err(e) => {
                let exported = export_bytes(
                    ExportFormat::Xlsx,
                    &model,
                    &scenario,
                    Lang::Nl,
                    &ExportOptions::default(),
                );
                assert!(
                    exported.is_err(),
                    "the engine refuses ({e}), the export does not"
                );
                refused += 1;
            }
        }
    }
    check_recalculated(&cases);
}

/// Every case's workbook, stripped of its cached results and recalculated by LibreOffice in one
/// run, shows the engine's figures to the cent: the sheet, each actor's cost, benefit and NPV,
/// and the horizon year by year.
fn check_recalculated(cases: &[(Model, Scenario)]) {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (i, (model, scenario)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("case{i}.xlsx"));
        let stripped = without_cached_results(&export(model, scenario));
        let mut book = open(stripped.clone());
        let overview = book.worksheet_range("Overzicht").unwrap();
        assert_eq!(value(&overview, 6, 2), 0.0, "no cached result left to show");
        std::fs::write(&path, stripped).unwrap();
        files.push(path);
    }
    // One LibreOffice run for all workbooks: it starts in seconds, not per file.
    libreoffice_csv_all(&files, dir.path()).expect("LibreOffice converts");
    for (i, (_, scenario)) in cases.iter().enumerate() {
        let e = Evaluation::of(&scenario.parameters).unwrap();
        let to_the_cent = cent_check(&e, &scenario.parameters);
        // Totals are the sums of their cells as shown, in cents (the one rule of every face):
        // the same cent, not within one.
        let shown = kostenbaten::figures::Shown::of(&e);
        let slack = f64_slack(&e, &scenario.parameters);
        let same_cent = |got: f64, expected: Decimal, what: &str| {
            let expected = expected.to_f64().unwrap();
            let bound = 0.005_f64.max(slack);
            assert!((got - expected).abs() < bound, "{what}: {got} ≠ {expected}");
        };
        let what = |w: &str| format!("case {i} ({}): {w}", scenario.name);
        let sheet = |name: &str| -> Vec<Vec<String>> {
            let path = dir.path().join(format!("case{i}-{name}.csv"));
            let text = std::fs::read_to_string(&path).unwrap();
            text.lines().map(|l| csv_fields(l, ';')).collect()
        };
        let number = |rows: &Vec<Vec<String>>, row: usize, col: usize| -> f64 {
            rows[row][col]
                .parse()
                .unwrap_or_else(|_| panic!("{}: {:?}", what("number"), rows[row]))
        };
        let overview = sheet("Overzicht");
        for (j, line) in e.sheet.lines.iter().enumerate() {
            to_the_cent(number(&overview, 6 + j, 2), line.amount, &what("line"));
        }
        same_cent(number(&overview, 14, 2), shown.total_cost, &what("cost"));
        same_cent(
            number(&overview, 15, 2),
            shown.total_benefit,
            &what("benefit"),
        );
        same_cent(number(&overview, 16, 2), shown.net, &what("net"));
        to_the_cent(
            number(&overview, 22, 2),
            e.societal_cost_of_staying_home,
            &what("home"),
        );
        let actors = sheet("Per partij");
        for (j, a) in Actor::ALL.into_iter().enumerate() {
            let r = e.actors.row(a);
            to_the_cent(number(&actors, 3 + j, 1), r.cost, &what(a.key()));
            to_the_cent(number(&actors, 3 + j, 2), r.benefit, &what(a.key()));
            same_cent(number(&actors, 3 + j, 3), shown.actors[a].net, &what("net"));
            to_the_cent(
                number(&actors, 3 + j, 4),
                e.multi_year.npv_of(a),
                &what("npv"),
            );
        }
        same_cent(number(&actors, 10, 4), shown.npv_total, &what("npv total"));
        let years = sheet("Over de jaren");
        for (j, y) in e.multi_year.years.iter().enumerate() {
            let year_total = shown.year_nets[j].total();
            same_cent(number(&years, 3 + j, 8), year_total, &what("year"));
            to_the_cent(
                number(&years, 3 + j, 9),
                y.discounted.total(),
                &what("disc"),
            );
            to_the_cent(number(&years, 3 + j, 11), y.staying_home, &what("home"));
        }
    }
}

/// A check of a recalculated figure against the engine's, to the cent: within half a cent plus the
/// half cent LibreOffice's CSV may round to, or 10⁻¹² of what the figure is computed from (the
/// largest amount of the place or of a client at home — a flow, or the benefit before work and
/// the top-up — times clients and the horizon's summed growth),
/// whichever is larger — spreadsheets compute in f64, whose 15 to 16 digits the far ends of the
/// ranges (amounts of € 10⁸ a place for thousands of clients) outgrow.
fn cent_check(e: &Evaluation, params: &Parameters) -> impl Fn(f64, Decimal, &str) {
    let slack = f64_slack(e, params);
    move |got: f64, expected: Decimal, what: &str| {
        let expected = expected.to_f64().unwrap();
        assert!(
            (got - expected).abs() <= 0.01_f64.max(slack),
            "{what}: {got} ≠ {expected}"
        );
    }
}

/// What f64 cannot hold of a figure computed from `e`: 10⁻¹² of its largest amount times clients
/// and the horizon's summed growth (far below a cent for any real model).
fn f64_slack(e: &Evaluation, params: &Parameters) -> f64 {
    let growth = 1.0 + params.indexation_pct.get().to_f64().unwrap() / 100.0;
    let summed_growth: f64 = (0..params.years.get()).map(|t| growth.powi(t as i32)).sum();
    largest_amount(e) * f64::from(params.clients.get()).max(1.0) * summed_growth.max(1.0) * 1e-12
}

/// Whether LibreOffice is missing. On a developer's machine that skips the check with a line; in CI
/// (`CI` set, where `.ci/run` installs it) it fails, so the recalculation is never silently untested.
fn soffice_missing() -> bool {
    if Command::new("soffice").arg("--version").output().is_ok() {
        return false;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "LibreOffice (soffice) is not installed, but CI must check the recalculation"
    );
    eprintln!("LibreOffice (soffice) is not installed: recalculation not checked");
    true
}
