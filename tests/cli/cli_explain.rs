//! The headless `explain` command, run as a user would: the effects add up exactly, within one
//! file and between two, and its errors are one line.
#![cfg(feature = "cli")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::cli_common::{json, kostenbaten};

const VARIANTS: &str = "assets/models/varianten-beschut-werk.ron";
const SW: &str = "In een SW-bedrijf";
const REGULAR: &str = "Alleen bij reguliere werkgevers, boven 40% loonwaarde";
const HOME: &str = "Geen beschut werk: klanten blijven thuis";

fn amount(value: &serde_json::Value) -> Decimal {
    Decimal::from_str(value.as_str().expect("amounts are strings")).expect("an amount")
}

/// The effects of a JSON explanation, by parameter key, after checking they add up exactly.
fn checked_effects(v: &serde_json::Value) -> Vec<(String, Decimal)> {
    let steps = v["steps"].as_array().expect("steps");
    let effects: Vec<(String, Decimal)> = steps
        .iter()
        .map(|s| {
            (
                s["param"].as_str().unwrap().to_string(),
                amount(&s["effect"]),
            )
        })
        .collect();
    let sum: Decimal = effects.iter().map(|(_, e)| *e).sum();
    assert_eq!(sum, amount(&v["end"]) - amount(&v["start"]), "{v}");
    effects
}

#[test]
fn every_pair_of_the_variants_adds_up_exactly() {
    for from in [SW, REGULAR, HOME] {
        for to in [SW, REGULAR, HOME] {
            for method in ["sequential", "average"] {
                for output in ["net:municipality", "net", "npv:society", "npv:worker"] {
                    let v = json(&[
                        "explain", VARIANTS, "--from", from, "--to", to, "--output", output,
                        "--method", method, "--format", "json",
                    ]);
                    assert_eq!(v["output"], output);
                    assert_eq!(
                        (v["from"].as_str(), v["to"].as_str()),
                        (Some(from), Some(to))
                    );
                    assert_eq!(v["method"], method);
                    let effects = checked_effects(&v);
                    assert_eq!(effects.is_empty(), from == to, "{v}");
                }
            }
        }
    }
}

#[test]
fn the_wage_value_explains_the_slides_net() {
    // The sheet's net is the wage value less the workplace costs (LKS and coaching stand on both
    // sides): 40 % × 22.800 − 10.000 = −880, and 50 % × 22.800 − 10.000 = 1.400.
    let v = json(&[
        "explain", VARIANTS, "--from", SW, "--to", REGULAR, "--output", "net", "--format", "json",
    ]);
    assert_eq!(v["start"], "-880.00");
    assert_eq!(v["end"], "1400.00");
    let effects = checked_effects(&v);
    assert_eq!(effects, [("wage_value_pct".to_string(), dec!(2280.00))]);
    assert_eq!(v["steps"][0]["from_value"], "40");
    assert_eq!(v["steps"][0]["to_value"], "50");
    // Staying home: every flow is gone, so the net goes from −880 to 0 through the placement.
    let v = json(&[
        "explain", VARIANTS, "--from", SW, "--to", HOME, "--output", "net", "--format", "json",
    ]);
    assert_eq!(
        checked_effects(&v),
        [("placement".to_string(), dec!(880.00))]
    );
    assert_eq!(v["steps"][0]["to_value"], "stays_home");
}

#[test]
fn by_default_the_first_scenario_against_the_second_for_the_municipality() {
    let v = json(&["explain", VARIANTS, "--format", "json"]);
    assert_eq!(v["from"], SW);
    assert_eq!(v["to"], REGULAR);
    assert_eq!(v["output"], "net:municipality");
    assert_eq!(v["method"], "average");
    checked_effects(&v);
}

#[test]
fn two_files_compare_their_first_scenarios() {
    let slides = "assets/models/beschut-werk-2014.ron";
    let v = json(&[
        "explain", slides, VARIANTS, "--output", "net", "--format", "json",
    ]);
    assert_eq!(v["from"], "Beschutte werkplek 40% WML");
    assert_eq!(v["to"], SW);
    // The variants save a benefit and count ten clients; neither is on the sheet.
    let effects = checked_effects(&v);
    let keys: Vec<&str> = effects.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["benefit_saved", "clients"]);
    assert!(effects.iter().all(|(_, e)| e.is_zero()), "{v}");
    assert_eq!(
        (v["start"].as_str(), v["end"].as_str()),
        (Some("-880.00"), Some("-880.00"))
    );
    assert_eq!(v["steps"][0]["from_value"], "none");
    assert_eq!(v["steps"][0]["to_value"], "11529.96");
    // --to names the scenario in the second file.
    let v = json(&[
        "explain",
        slides,
        VARIANTS,
        "--to",
        HOME,
        "--method",
        "sequential",
        "--format",
        "json",
    ]);
    assert_eq!(v["to"], HOME);
    checked_effects(&v);
}

#[test]
fn the_text_is_a_dutch_waterfall_with_its_method() {
    let out = kostenbaten(&[
        "explain", VARIANTS, "--from", SW, "--to", REGULAR, "--output", "net",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("Verschil verklaard: Saldo overzicht"),
        "{text}"
    );
    assert!(lines[1].starts_with(&format!("Begin ({SW})")), "{text}");
    assert!(lines[1].ends_with("−€ 880,00"), "{text}");
    assert!(lines[2].starts_with("Loonwaarde"), "{text}");
    assert!(lines[2].contains("40 % → 50 %"), "{text}");
    assert!(lines[2].ends_with("+€ 2.280,00"), "{text}");
    assert!(lines[3].ends_with("€ 1.400,00"), "{text}");
    assert!(
        lines[4].starts_with("Methode: gemiddelde over alle volgordes"),
        "{text}"
    );
}

fn one_line_error(args: &[&str]) -> String {
    let out = kostenbaten(args);
    assert!(!out.status.success(), "{args:?} should fail");
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

#[test]
fn errors_are_one_line() {
    let err = one_line_error(&["explain", VARIANTS, "--from", "Nergens", "--to", SW]);
    assert!(err.contains("geen scenario 'Nergens'"), "{err}");
    assert!(err.contains(SW), "the known names are listed: {err}");
    let err = one_line_error(&["explain", VARIANTS, "--output", "winst"]);
    assert!(err.contains("onbekende uitkomst 'winst'"), "{err}");
    let err = one_line_error(&["explain", VARIANTS, "--format", "csv"]);
    assert!(err.contains("alleen text en json"), "{err}");
    let err = one_line_error(&["explain", "assets/models/beschut-werk-2014.ron"]);
    assert!(err.contains("één scenario"), "{err}");
    let err = one_line_error(&["explain", VARIANTS, "--method", "random"]);
    assert!(err.contains("random"), "{err}");
}
