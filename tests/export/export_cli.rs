//! `kostenbaten export` as a user runs it: the file it writes, the one-line refusals of a folder
//! that does not exist or cannot be written, and an existing target left as it was when an export
//! fails.
// Test code: a failed step stops the test with its message.
// Needs the `kostenbaten` binary (feature `cli`): `cargo test --no-default-features` leaves it out.
#![cfg(feature = "cli")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use crate::cli_common::{json, kostenbaten};

const MODEL: &str = "assets/models/lks-2018.ron";

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The command failed with exactly one line on stderr, which contains `needle`.
fn refused(args: &[&str], needle: &str) -> String {
    let out = kostenbaten(args);
    assert!(!out.status.success(), "should fail: {args:?}");
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{err}");
    err
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn exports_csv_and_xlsx_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["uit.csv", "uit.xlsx", "UIT.CSV"] {
        let target = dir.path().join(name);
        let to = target.to_str().unwrap();
        let out = kostenbaten(&["export", MODEL, "--to", to]);
        assert!(out.status.success(), "{}", stderr(&out));
        let said = String::from_utf8(out.stdout).unwrap();
        assert_eq!(said.lines().count(), 1);
        assert!(said.contains(to), "{said}");
        let bytes = std::fs::read(&target).unwrap();
        if name.ends_with("xlsx") {
            assert!(bytes.starts_with(b"PK"), "a zip archive");
        } else {
            assert!(bytes.starts_with("\u{feff}".as_bytes()), "BOM");
        }
    }
    assert_eq!(files_in(dir.path()), ["UIT.CSV", "uit.csv", "uit.xlsx"]);
}

#[test]
fn scenario_set_and_style_reach_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("x.csv");
    let to = target.to_str().unwrap();
    let out = kostenbaten(&[
        "export",
        MODEL,
        "--to",
        to,
        "--set",
        "wage_value_pct=55",
        "--csv-style",
        "international",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(
        !text.starts_with('\u{feff}'),
        "no BOM in the international style"
    );
    let sheet = json(&[
        "sheet",
        MODEL,
        "--set",
        "wage_value_pct=55",
        "--format",
        "json",
    ]);
    let net = sheet["net"].as_str().unwrap();
    assert!(
        text.contains(&format!("\r\nSaldo,Saldo,{net}")),
        "the net of the changed scenario, {net}"
    );
    refused(
        &["export", MODEL, "--to", to, "--scenario", "Bestaat niet"],
        "geen scenario 'Bestaat niet'",
    );
}

#[test]
fn a_missing_or_unwritable_folder_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nergens/x.csv");
    refused(
        &["export", MODEL, "--to", missing.to_str().unwrap()],
        "de map bestaat niet",
    );
    // A file where the folder should be.
    std::fs::write(dir.path().join("bestand"), "x").unwrap();
    let under_file = dir.path().join("bestand/x.xlsx");
    refused(
        &["export", MODEL, "--to", under_file.to_str().unwrap()],
        "de map bestaat niet",
    );
    refused(
        &["export", MODEL, "--to", dir.path().to_str().unwrap()],
        "onbekend exportformaat",
    );
    let folder_named_csv = dir.path().join("map.csv");
    std::fs::create_dir(&folder_named_csv).unwrap();
    refused(
        &["export", MODEL, "--to", folder_named_csv.to_str().unwrap()],
        "dit is een map",
    );
    // /proc cannot be written, not even by root (for whom permission bits say nothing).
    if cfg!(target_os = "linux") {
        refused(
            &["export", MODEL, "--to", "/proc/kostenbaten.csv"],
            "in deze map kan niet worden geschreven",
        );
    }
}

#[test]
fn unknown_and_future_formats_say_so_in_one_line() {
    let err = refused(
        &["export", MODEL, "--to", "rapport.docx"],
        ".csv, .xlsx, .pdf, .png",
    );
    assert!(err.contains("'.docx'"), "{err}");
    refused(
        &["export", MODEL, "--to", "rapport"],
        "onbekend exportformaat",
    );
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("r.png");
    let png = png.to_str().unwrap();
    let csv = dir.path().join("r.csv");
    refused(
        &["export", MODEL, "--to", png, "--plot", "taart"],
        "loonwaarde, jaren, partijen, onzekerheid, waterval",
    );
    refused(
        &[
            "export",
            MODEL,
            "--to",
            csv.to_str().unwrap(),
            "--plot",
            "jaren",
        ],
        ".png",
    );
    assert!(files_in(dir.path()).is_empty(), "nothing written");
}

/// The council report and a plot from one command each: the PDF holds the date asked for and the
/// 2014 slides' figures (a `--set` included), the PNG is twice the plot's 640×360.
#[test]
fn exports_the_council_report_and_a_plot() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("raad.pdf");
    let out = kostenbaten(&[
        "export",
        "assets/models/beschut-werk-2014.ron",
        "--to",
        pdf.to_str().unwrap(),
        "--date",
        "1 januari 2026",
        "--set",
        "wage_value_pct=50",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap()).unwrap();
    let text = text.replace('\u{a0}', " ");
    assert!(text.contains("1 januari 2026"), "the date asked for");
    // At 50 % wage value the slides' sheet: the net −880 + 10 points × 228 = 1.400; the LKS
    // (100 − 50) % of 22.800 = 11.400; the municipality pays it and the 8.500 coaching: 19.900.
    for figure in ["€ 1.400,00", "€ 11.400,00", "€ 19.900"] {
        assert!(text.contains(figure), "{figure} in the report");
    }
    let png = dir.path().join("partijen.png");
    let out = kostenbaten(&[
        "export",
        "assets/models/beschut-werk-2014.ron",
        "--to",
        png.to_str().unwrap(),
        "--plot",
        "partijen",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let image = image::load_from_memory(&std::fs::read(&png).unwrap()).unwrap();
    assert_eq!((image.width(), image.height()), (1280, 720));
}

#[test]
fn an_existing_target_is_left_intact_when_the_export_fails() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("bestaand.xlsx");
    std::fs::write(&target, "het oude bestand").unwrap();
    let to = target.to_str().unwrap();
    // A bad value, a scenario that cannot be computed (no employer-cost rate before 2015 under
    // the law), a model that does not exist.
    refused(
        &["export", MODEL, "--to", to, "--set", "coaching=8.500"],
        "dubbelzinnig",
    );
    refused(&["export", MODEL, "--to", to, "--set", "year=2014"], "2014");
    refused(
        &["export", "bestaat-niet.ron", "--to", to],
        "bestaat-niet.ron",
    );
    // A plot the scenario cannot have: the 2014 example has no ranges, so no uncertainty to draw.
    let pdf = dir.path().join("bestaand.png");
    std::fs::write(&pdf, "oude pdf").unwrap();
    refused(
        &[
            "export",
            "assets/models/beschut-werk-2014.ron",
            "--to",
            pdf.to_str().unwrap(),
            "--plot",
            "onzekerheid",
        ],
        "bandbreedtes",
    );
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "het oude bestand"
    );
    assert_eq!(std::fs::read_to_string(&pdf).unwrap(), "oude pdf");
    assert_eq!(
        files_in(dir.path()),
        ["bestaand.png", "bestaand.xlsx"],
        "no temporary file left behind"
    );
    // A successful export replaces it whole.
    let out = kostenbaten(&["export", MODEL, "--to", to]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&target).unwrap().starts_with(b"PK"));
}
