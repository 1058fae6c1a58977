//! The headless `sheet` command, run as a user would.
#![cfg(feature = "cli")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::cli_common::{json, kostenbaten};

#[test]
fn sheet_json_of_the_2014_slides() {
    let v = json(&[
        "sheet",
        "assets/models/beschut-werk-2014.ron",
        "--format",
        "json",
    ]);
    assert_eq!(v["scenario"], "Beschutte werkplek 40% WML");
    let line = |side: &str, key: &str| {
        v["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["side"] == side && l["key"] == key)
            .unwrap_or_else(|| panic!("{side}.{key}"))["amount"]
            .clone()
    };
    assert_eq!(line("cost", "wage_subsidy"), "13680.00");
    assert_eq!(line("cost", "coaching"), "8500.00");
    assert_eq!(line("cost", "workplace"), "10000.00");
    assert_eq!(line("cost", "workplace_adaptation"), "0.00");
    assert_eq!(line("benefit", "wage_value"), "9120.00");
    assert_eq!(v["total_cost"], "32180.00");
    assert_eq!(v["total_benefit"], "31300.00");
    assert_eq!(v["net"], "-880.00");
    assert!(
        v["break_even_wage_value_pct"].is_null(),
        "no benefit saved in the slides' sheet"
    );
    assert_eq!(v["societal_cost_of_staying_home"], "178800.00");
    let actors = v["actors"].as_array().unwrap();
    assert_eq!(actors.len(), 6);
    assert!(actors.iter().all(|a| a["npv"].is_string()));
    let reference = v["reference"]["figures"].as_array().unwrap();
    let lks = reference
        .iter()
        .find(|r| r["key"] == "cost.wage_subsidy")
        .unwrap();
    assert_eq!(
        (
            lks["computed"].as_str(),
            lks["published"].as_str(),
            lks["difference"].as_str()
        ),
        (Some("13680.00"), Some("13700.00"), Some("-20.00"))
    );
}

#[test]
fn set_moves_a_statutory_model_to_another_year() {
    let v2018 = json(&["sheet", "assets/models/lks-2018.ron", "--format", "json"]);
    let v2025 = json(&[
        "sheet",
        "assets/models/lks-2018.ron",
        "--set",
        "year=2025",
        "--format",
        "json",
    ]);
    // LKS at 50% wage value: 0,5 × WML × 12 × 1,08 × 1,235 (hand computed for each year).
    let lks = |v: &serde_json::Value| v["lines"][0]["amount"].as_str().unwrap().to_string();
    assert_eq!(lks(&v2018), "12628.42"); // 0,5 × 1.578,00 × 12 × 1,08 × 1,235 = 12.628,4184
    // From 2024 the model's 38 contract hours scale against 36:
    // 0,5 × 2.191,80 × 12 × 1,08 × 1,235 × 38/36 = 17.540,53704 × 38/36 = 18.515,0113.
    assert_eq!(lks(&v2025), "18515.01");
    let be = v2018["break_even_wage_value_pct"].as_f64().unwrap();
    assert!(be > 52.86 && be < 52.87, "{be}");
    // Under the law the wage value is valued at the loaded wage cost, and the label says so; the
    // slides' convention keeps the slides' plain label.
    let label = |v: &serde_json::Value, key: &str| {
        v["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["key"] == key && l["side"] == "benefit")
            .map(|l| l["label"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(
        label(&v2018, "wage_value"),
        "Loonwaarde (incl. werkgeverslasten)"
    );
    let slides = json(&[
        "sheet",
        "assets/models/beschut-werk-2014.ron",
        "--format",
        "json",
    ]);
    assert_eq!(label(&slides, "wage_value"), "Loonwaarde");
}

#[test]
fn set_keys_change_the_sheet() {
    let v = json(&[
        "sheet",
        "assets/models/beschut-werk-2014.ron",
        "--set",
        "wage_value_pct=50",
        "--set",
        "workplace=8000",
        "--format",
        "json",
    ]);
    assert_eq!(v["lines"][0]["amount"], "11400.00"); // 50% × 22.800
    assert_eq!(v["net"], "3400.00"); // 11.400 − 8.000
}

#[test]
fn text_and_csv_formats() {
    let out = kostenbaten(&["sheet", "assets/models/beschut-werk-2014.ron"]);
    let text = String::from_utf8(out.stdout).unwrap();
    // The sheet's LKS share is a result: 100 − 40 = 60, with one decimal.
    assert!(text.contains("Loonkostensubsidie 60,0 %"), "{text}");
    assert!(
        text.contains("€ 13.680,00") && text.contains("€ 13.700,00"),
        "{text}"
    );
    assert!(text.contains("\u{2212}€ 880,00"), "{text}");
    // A 30-year horizon from 2014 runs past the year table (2014–2026): the NPV column says that
    // later years are year 1 in constant prices, not figures from the table.
    let npv_line = text
        .lines()
        .position(|l| l.contains("Samenleving (som van alle partijen)"));
    let note = npv_line
        .and_then(|i| text.lines().nth(i + 1))
        .unwrap_or_default();
    assert!(
        note.trim_start()
            .starts_with("Noot: NCW in constante prijzen van de start"),
        "{text}"
    );
    let out = kostenbaten(&[
        "sheet",
        "assets/models/beschut-werk-2014.ron",
        "--format",
        "csv",
    ]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("section,key,label,amount,published,difference\n"));
    assert!(
        // The label's decimal comma puts it in quotes.
        csv.contains(
            "\ncost,wage_subsidy,\"Loonkostensubsidie 60,0 %\",13680.00,13700.00,-20.00\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains("\ntotal,net,Saldo,-880.00,-880.00,0.00\n"),
        "{csv}"
    );
}

#[test]
fn bad_input_exits_non_zero_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kapot.ron");
    std::fs::write(
        &broken,
        "(version: 1, name: \"x\",\n scenarios: [ (name: 3) ])",
    )
    .unwrap();
    let broken = broken.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec!["sheet", broken],
        vec!["sheet", "/does/not/exist.ron"],
        vec![
            "sheet",
            "assets/models/lks-2018.ron",
            "--set",
            "colour=blue",
        ],
        vec![
            "sheet",
            "assets/models/lks-2018.ron",
            "--set",
            "wage_value_pct=140",
        ],
        vec!["sheet", "assets/models/lks-2018.ron", "--set", "year=2031"],
        vec!["sheet", "assets/models/lks-2018.ron", "--set", "month=13"],
        vec!["sheet", "assets/models/lks-2018.ron", "--scenario", "Nope"],
    ];
    for args in cases {
        let out = kostenbaten(&args);
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("kostenbaten: "), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let out = kostenbaten(&["sheet", broken]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("kapot.ron:2:"),
        "line:column of the error: {stderr}"
    );
}

#[test]
fn solve_and_compare_from_the_command_line() {
    let v = json(&[
        "solve",
        "assets/models/beschut-werk-2014.ron",
        "--output",
        "net",
        "--param",
        "workplace",
        "--target",
        "500",
        "--format",
        "json",
    ]);
    assert_eq!(v["output"], "net");
    assert_eq!(v["param"], "workplace");
    assert_eq!(v["target"], "500.00");
    assert!((v["value"].as_f64().unwrap() - 8620.0).abs() < 1e-6, "{v}");
    let none = json(&[
        "solve",
        "assets/models/beschut-werk-2014.ron",
        "--output",
        "net",
        "--param",
        "coaching",
        "--format",
        "json",
    ]);
    assert!(none["value"].is_null());
    let c = json(&[
        "compare",
        "assets/models/beschut-werk-2014.ron",
        "--format",
        "json",
    ]);
    let first = &c["scenarios"][0];
    assert_eq!(first["net"], "-880.00");
    assert_eq!(first["npv"].as_array().unwrap().len(), 6);
    assert_eq!(first["npv"][0]["actor"], "municipality_participation");
    let bad = kostenbaten(&[
        "solve",
        "assets/models/lks-2018.ron",
        "--output",
        "profit",
        "--param",
        "coaching",
    ]);
    assert!(!bad.status.success());
    assert_eq!(String::from_utf8(bad.stderr).unwrap().lines().count(), 1);
}

#[test]
fn sources_json_traces_each_figure() {
    let v = json(&[
        "sources",
        "assets/models/beschut-werk-2014.ron",
        "--set",
        "workplace=12000",
        "--format",
        "json",
    ]);
    assert_eq!(v["scenario"], "Beschutte werkplek 40% WML");
    let row = |key: &str| {
        v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == key)
            .unwrap_or_else(|| panic!("no row {key}: {v}"))
            .clone()
    };
    // Coaching € 8.500 from the slides, with the model file's source text.
    let coaching = row("coaching");
    assert_eq!(coaching["value"], "8500");
    assert_eq!(coaching["origin"], "model_file");
    assert!(
        coaching["source"]
            .as_str()
            .unwrap()
            .starts_with("Samen voor de klant")
    );
    assert_eq!(coaching["assumption"], false);
    // The value set on the command line is the user's.
    let workplace = row("workplace");
    assert_eq!(workplace["value"], "12000");
    assert_eq!(workplace["origin"], "changed_by_user");
    // WML 1 January 2014, € 1.485,60, from the year table row of 2014 with its publication.
    let wml = row("minimum_wage_month");
    assert_eq!(wml["value"], "1485.6");
    assert_eq!(wml["origin"], "year_table");
    assert_eq!(wml["year"], 2014);
    assert!(wml["source"].as_str().unwrap().contains("minimumloon"));
    // No bonus in the model: the engine's default.
    assert_eq!(row("national_bonus")["origin"], "default");
    // CSV is not offered.
    let out = kostenbaten(&[
        "sources",
        "assets/models/beschut-werk-2014.ron",
        "--format",
        "csv",
    ]);
    assert!(!out.status.success());
}

#[test]
fn the_actor_table_header_lines_up_with_its_rows() {
    // Every column header must fit its column: the header line is as wide as the rows below it.
    let out = kostenbaten(&["sheet", "assets/models/beschut-werk-2014.ron"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.trim_start().starts_with("Partij"))
        .expect("the actor table has a header");
    let width = |l: &str| l.chars().count();
    assert_eq!(
        width(lines[header]),
        width(lines[header + 1]),
        "{}\n{}",
        lines[header],
        lines[header + 1]
    );
}

#[test]
fn sheet_names_both_break_evens_in_json_csv_and_text() {
    // lks-2018.ron at 60 % with a jobcoach of € 15.600 (issue 19). By hand
    // (tests/engine/break_even.rs): BUIG break-even 1 − 11.905,44 / 25.256,8368 = 52,8625 %; the
    // municipality nets 11.905,44 − 0,40 × 25.256,8368 − 15.600 = −13.797,29 and, at −3.694,56 even without LKS,
    // has no break-even; with € 2.000 coaching it breaks even at 1 − 9.905,44 / 25.256,8368 =
    // 60,7812 %.
    let sheet = |coaching: &str, format: &str| {
        let out = kostenbaten(&[
            "sheet",
            "assets/models/lks-2018.ron",
            "--set",
            "wage_value_pct=60",
            "--set",
            &format!("coaching={coaching}"),
            "--format",
            format,
        ]);
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let v: serde_json::Value = serde_json::from_str(&sheet("15600", "json")).unwrap();
    assert_eq!(v["break_even_wage_value_pct"].as_f64(), Some(52.8625));
    assert!(v["break_even_municipality_wage_value_pct"].is_null(), "{v}");
    assert_eq!(v["municipality_net"], "-13797.29");
    let v: serde_json::Value = serde_json::from_str(&sheet("2000", "json")).unwrap();
    assert_eq!(
        v["break_even_municipality_wage_value_pct"].as_f64(),
        Some(60.7812)
    );
    let csv = sheet("2000", "csv");
    assert!(
        csv.lines().any(
            |l| l.starts_with("result,break_even_municipality_wage_value_pct,")
                && l.contains("60.7812")
        ),
        "{csv}"
    );
    let text = sheet("15600", "text");
    assert!(
        text.contains("Break-even loonwaarde BUIG: 52,9 %"),
        "{text}"
    );
    assert!(
        text.contains("Break-even loonwaarde gemeente (P-budget + BUIG): geen"),
        "{text}"
    );
}
