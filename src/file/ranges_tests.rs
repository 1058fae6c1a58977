//! Ranges in the model file: old files unchanged, a round trip, and every refusal with its place.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use crate::file::{BUILTIN_MODELS, FileError, parse_model, to_ron};
use crate::model::Scenario;
use crate::model::uncertainty::{Distribution, Uncertainty};

const PEER: &str = include_str!("../../assets/models/mc-peer.ron");

/// Every scenario of every built-in model.
fn builtin_scenarios() -> Vec<(String, Scenario)> {
    BUILTIN_MODELS
        .iter()
        .flat_map(|b| {
            let model = parse_model(b.text.as_bytes(), Path::new(b.file_name))
                .unwrap_or_else(|e| panic!("{e}"));
            model
                .scenarios
                .into_iter()
                .map(move |s| (format!("{}: {}", b.file_name, s.name), s))
        })
        .collect()
}

fn with_range(range: &str) -> String {
    PEER.replace(
        r#""coaching": Triangular(min: "6000", mode: "8500", max: "10000"),"#,
        range,
    )
}

fn error_of(text: &str) -> (usize, String) {
    match parse_model(text.as_bytes(), Path::new("m.ron")) {
        Err(FileError::Parse { line, message, .. }) => (line, message),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn a_file_without_ranges_saves_without_them_and_one_with_them_round_trips() {
    // The built-in models with ranges (issue 25: the peer benchmark's, and two user-facing ones
    // whose descriptions give every range's source or call it an assumption); the others have none.
    let with_ranges = ["mc-peer", "lks-2018", "beschut-werk-2026"];
    for (name, scenario) in builtin_scenarios() {
        let ranged = with_ranges.iter().any(|file| name.starts_with(file));
        assert_eq!(!scenario.uncertainty.is_default(), ranged, "{name}");
    }
    for builtin in &BUILTIN_MODELS {
        if builtin.file_name.starts_with("mc-peer") {
            continue;
        }
        let model = parse_model(builtin.text.as_bytes(), Path::new(builtin.file_name)).unwrap();
        let ranges = model
            .scenarios
            .iter()
            .flat_map(|s| s.uncertainty.ranges.keys());
        for key in ranges {
            // How the description names the range.
            let word = match key.key() {
                "wage_value_pct" => "loonwaarde driehoekig",
                "coaching" => "begeleiding driehoekig",
                "workplace" => "werkplekkosten uniform",
                "societal_cost_per_client" => "maatschappelijke kosten driehoekig",
                other => panic!("{}: no wording for a range on {other}", builtin.file_name),
            };
            let said =
                model.description.contains("Bandbreedtes") && model.description.contains(word);
            assert!(
                said,
                "{}: the description gives no source for the range on {}",
                builtin.file_name,
                key.key()
            );
        }
    }
    let model = parse_model(PEER.as_bytes(), Path::new("m.ron")).unwrap();
    let text = to_ron(&model).unwrap();
    assert!(text.contains("Triangular("), "{text}");
    let again = parse_model(text.as_bytes(), Path::new("m.ron")).unwrap();
    assert_eq!(again, model);
    let u = &model.scenarios[0].uncertainty;
    assert_eq!(u.ranges.len(), 4);
    assert_eq!((u.samples, u.seed), (100_000, 20_140_101));
}

#[test]
fn every_bad_range_is_one_dutch_line_at_its_place() {
    let line = 1 + PEER
        .lines()
        .position(|l| l.contains(r#""coaching": Triangular"#))
        .unwrap();
    for (range, words) in [
        (
            r#""koffie": Uniform(min: "1", max: "2"),"#,
            "onbekende of niet te variëren parameter 'koffie'",
        ),
        (r#""lks_rule": Uniform(min: "1", max: "2"),"#, "'lks_rule'"),
        (r#""year": Uniform(min: "2015", max: "2016"),"#, "'year'"),
        (
            r#""wage_value_pct": Uniform(min: "10", max: "120"),"#,
            "'wage_value_pct': maximum 120 ligt buiten het bereik 0 tot en met 100",
        ),
        (
            r#""coaching": Triangular(min: "9000", mode: "8500", max: "10000"),"#,
            "minimum ≤ meest waarschijnlijke waarde ≤ maximum",
        ),
        (
            r#""coaching": Normal(mean: "8500", sd: "-1"),"#,
            "'coaching': de standaardafwijking -1 is negatief",
        ),
        (
            r#""coaching": Uniform(min: "9", max: "8"),"#,
            "het minimum 9 ligt boven het maximum 8",
        ),
    ] {
        let (at, message) = error_of(&with_range(range));
        assert_eq!(at, line, "{range}: {message}");
        assert!(message.contains(words), "{range}: {message}");
        assert!(!message.contains('\n'));
    }
    let (_, message) = error_of(&PEER.replace("samples: 100000", "samples: 0"));
    assert!(
        message.contains("samples 0 ligt buiten het bereik"),
        "{message}"
    );
}

#[test]
fn setting_a_range_checks_it() {
    use crate::model::registry::ParamKey;
    let mut u = Uncertainty::default();
    let d = Distribution::Uniform {
        min: rust_decimal::Decimal::ONE,
        max: rust_decimal::Decimal::TWO,
    };
    assert!(u.set(ParamKey::BuigBasis, Some(d)).is_err());
    assert!(u.set(ParamKey::Clients, Some(d)).is_ok());
    assert!(!u.is_default());
    u.set(ParamKey::Clients, None).unwrap();
    assert!(u.is_default());
}
