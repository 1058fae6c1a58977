//! `kostenbaten simulate`, run as a user would.
#![cfg(feature = "cli")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::cli_common::{json, kostenbaten};

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
            "net:municipality",
            "net:society",
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

#[test]
fn json_has_both_break_evens_as_distributions() {
    let v = json(&["simulate", PEER, "--samples", "20000", "--format", "json"]);
    let be = &v["break_even"];
    assert_eq!(be["samples"], 20_000);
    let f = |who: &str, what: &str| be[who][what].as_f64().unwrap();
    // BUIG: 1 − 11.905,44 / 22.800 = 47,78316 %, whatever the wage value (the cap is 100 %).
    assert!((f("buig", "p50") - 47.7832).abs() < 1e-9, "{be}");
    assert!((f("buig", "p5") - 47.7832).abs() < 1e-9, "{be}");
    assert_eq!(f("buig", "share_defined"), 1.0);
    // The municipality: LW = 1 − (11.905,44 − coaching) / 22.800. Coaching is triangular
    // 6.000/8.500/10.000, whose median lies left of the mode (F(8.500) = 2.500/4.000 = 0,625):
    // 6.000 + √(0,5 × 4.000 × 2.500) = 8.236,07, so the median break-even is
    // 1 − 3.669,37 / 22.800 = 83,906 %. It runs from 74,10 % (coaching 6.000) to 91,64 %
    // (10.000): above every sampled wage value (at most 55 %), so no sample reaches it.
    assert!((f("municipality", "p50") - 83.906).abs() < 0.2, "{be}");
    assert!(
        f("municipality", "p5") > 74.09 && f("municipality", "p95") < 91.65,
        "{be}"
    );
    assert_eq!(f("municipality", "share_defined"), 1.0);
    assert_eq!(f("municipality", "share_wage_value_above"), 0.0);
    let out = kostenbaten(&["simulate", PEER, "--samples", "5000"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Break-even BUIG"), "{text}");
    assert!(text.contains("Break-even gemeente"), "{text}");
    assert!(text.contains("83,9 %"), "{text}");
}

#[test]
fn one_output_vocabulary_with_the_old_spellings_accepted() {
    // simulate and solve spell the municipality's net alike; solve and explain accept
    // simulate's old `municipality_net` and answer with the one spelling.
    let solve = |output: &str| {
        json(&[
            "solve",
            "assets/models/lks-2018.ron",
            "--output",
            output,
            "--param",
            "wage_value_pct",
            "--format",
            "json",
        ])
    };
    let canonical = solve("net:municipality");
    let alias = solve("municipality_net");
    assert_eq!(alias, canonical);
    assert_eq!(alias["output"], "net:municipality");
    assert_eq!(solve("society_net")["output"], "net:society");
    assert_eq!(solve("npv")["output"], "npv:society");
    let explain = json(&[
        "explain",
        "assets/models/varianten-beschut-werk.ron",
        "--output",
        "municipality_net",
        "--format",
        "json",
    ]);
    assert_eq!(explain["output"], "net:municipality");
}
