//! `kostenbaten simulate`, run as a user would.
#![cfg(feature = "cli")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_common;
use cli_common::{json, kostenbaten};

const PEER: &str = "assets/models/mc-peer.ron";

#[test]
fn json_has_every_output_with_numbers() {
    let v = json(&[
        "simulate",
        PEER,
        "--samples",
        "20000",
        "--seed",
        "5",
        "--format",
        "json",
    ]);
    assert_eq!(v["scenario"], "Vergelijkingsmodel");
    assert_eq!(v["samples"], 20000);
    assert_eq!(v["seed"], 5);
    let keys: Vec<&str> = v["outputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "net",
            "municipality_net",
            "society_net",
            "npv:municipality",
            "npv:society",
            "npv:municipality_participation",
            "npv:municipality_buig",
            "npv:national_government",
            "npv:employer",
            "npv:worker",
            "npv:rest_of_society",
        ]
    );
    for o in v["outputs"].as_array().unwrap() {
        for field in ["mean", "sd", "p5", "p25", "p50", "p75", "p95", "p_positive"] {
            assert!(o[field].is_number(), "{}: {field}", o["key"]);
        }
        assert!(o["p5"].as_f64() <= o["p95"].as_f64());
    }
    // The same seed gives the same numbers; the municipality's NPV is near the exact −270.802,98
    // (its sd is about 40.600, so 3 standard errors at 20.000 samples are about 860).
    assert_eq!(
        v,
        json(&[
            "simulate",
            PEER,
            "--samples",
            "20000",
            "--seed",
            "5",
            "--format",
            "json"
        ])
    );
    let npv = v["outputs"][3]["mean"].as_f64().unwrap();
    assert!((npv + 270_802.98).abs() < 900.0, "{npv}");
}

#[test]
fn set_moves_the_fixed_parameters_and_text_is_a_dutch_table() {
    // Coaching has a range, so setting it changes nothing; the benefit has none.
    let base = json(&["simulate", PEER, "--samples", "5000", "--format", "json"]);
    let coaching = json(&[
        "simulate",
        PEER,
        "--samples",
        "5000",
        "--set",
        "coaching=1",
        "--format",
        "json",
    ]);
    assert_eq!(base, coaching);
    let benefit = json(&[
        "simulate",
        PEER,
        "--samples",
        "5000",
        "--set",
        "benefit_saved=12905.44",
        "--format",
        "json",
    ]);
    let m = |v: &serde_json::Value| v["outputs"][1]["mean"].as_f64().unwrap();
    assert!((m(&benefit) - m(&base) - 1000.0).abs() < 0.01);
    let out = kostenbaten(&["simulate", PEER, "--samples", "5000"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("5.000 trekkingen"), "{text}");
    assert!(text.contains("NCW: samenleving"), "{text}");
    let bad = kostenbaten(&["simulate", PEER, "--samples", "0"]);
    assert!(!bad.status.success());
    let err = String::from_utf8(bad.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        kostenbaten(&["simulate", PEER, "--format", "csv"])
            .status
            .code()
            != Some(0)
    );
}
