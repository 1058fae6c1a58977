//! Numbers at the edge of `Decimal` from a shared model file or the command line: each once made
//! the CLI panic with an overflow (issue 13); each must now give a result or one clear error line.
#![cfg(feature = "cli")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use crate::cli_common::kostenbaten;

/// The 2014 slides' model with `from` replaced by `to`, written to a temporary file.
fn variant(name: &str, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/models/beschut-werk-2014.ron"),
    )
    .unwrap();
    assert!(text.contains(from), "{from}");
    let path = std::env::temp_dir().join(format!("kostenbaten-hostile-{name}.ron"));
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

/// Exit status, stdout and stderr, asserting the CLI did not panic (exit 101).
fn run(args: &[&str]) -> (bool, String, String) {
    let out = kostenbaten(args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_ne!(out.status.code(), Some(101), "{args:?} panicked: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        stderr,
    )
}

#[test]
fn an_extreme_published_figure_is_refused_at_its_place() {
    // ≈ 7,9·10²⁸: the published net of the slides' reference replaced by Decimal's maximum.
    let path = variant(
        "published",
        "net: Some(\"-880\")",
        "net: Some(\"79228162514264337593543950335\")",
    );
    let (ok, _, stderr) = run(&["sheet", path.to_str().unwrap()]);
    assert!(!ok);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("buiten het bereik"), "{stderr}");
    // The place in the file: line and column.
    assert!(stderr.contains(&format!("{}:", path.display())), "{stderr}");
}

#[test]
fn a_tiny_wage_cost_with_a_saved_benefit_computes() {
    // A fully loaded wage cost of 10⁻²⁸ and a benefit saved: the break-even's share overflowed.
    let path = variant(
        "tiny-wage",
        "fully_loaded_wage_cost: \"22800\"",
        "fully_loaded_wage_cost: \"0.0000000000000000000000000001\"",
    );
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "benefit_saved: NoBenefit",
            "benefit_saved: Amount(\"12000\")",
        ),
    )
    .unwrap();
    let file = path.to_str().unwrap();
    for args in [
        vec!["sheet", file, "--set", "benefit_saved=12000"],
        vec!["compare", file],
        vec![
            "solve",
            file,
            "--output",
            "net:municipality",
            "--param",
            "coaching",
            "--set",
            "benefit_saved=12000",
        ],
    ] {
        let (ok, stdout, stderr) = run(&args);
        assert!(ok, "{args:?}: {stderr}");
        assert!(!stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_target_at_decimals_limit_is_out_of_reach_not_a_crash() {
    let (ok, stdout, stderr) = run(&[
        "solve",
        "assets/models/beschut-werk-2014.ron",
        "--output",
        "net:municipality",
        "--param",
        "wage_value_pct",
        "--target=79228162514264337593543950335",
    ]);
    assert!(ok, "{stderr}");
    // No wage value brings the municipality's net to 7,9·10²⁸.
    assert!(stdout.contains("geen waarde binnen het bereik"), "{stdout}");
    assert!(!stdout.contains("bereikt"), "{stdout}");
}

#[test]
fn a_whole_number_answer_shows_what_it_reaches_beside_the_target() {
    // The municipality's NPV per year of horizon is about −22.180 discounted: no whole number of
    // years gives exactly −100.000, so the answer is the first horizon that passes it, and the
    // line must say what that horizon reaches rather than claim the target.
    let (ok, stdout, stderr) = run(&[
        "solve",
        "assets/models/beschut-werk-2014.ron",
        "--output",
        "npv:municipality",
        "--param",
        "years",
        "--target=-100000",
    ]);
    assert!(ok, "{stderr}");
    // 5 years: −22.180 × Σ 1,0225^−t (t = 1..5) = −22.180 × 4,6795… ≈ −103.790: past −100.000.
    assert!(stdout.starts_with("years = 5"), "{stdout}");
    assert!(stdout.contains("doel −€ 100.000,00"), "{stdout}");
    assert!(stdout.contains("npv:municipality = −€ 103."), "{stdout}");
}
