//! The app under hostile files (issue 13): opening a broken, hostile or impossible file shows the
//! error and keeps the model that was open, unchanged; nothing panics.
#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::app::Command;

use crate::common::{app, slides};

const SLIDES: &str = include_str!("../../assets/models/beschut-werk-2014.ron");

fn corpus() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("leeg", Vec::new()),
        ("afgebroken", SLIDES.as_bytes()[..SLIDES.len() / 2].to_vec()),
        ("geen tekst", vec![0xff, 0xfe, 0x00, 0x01]),
        (
            "diep genest",
            format!("{}{}", "(".repeat(100_000), ")".repeat(100_000)).into_bytes(),
        ),
        (
            "enorm getal",
            SLIDES
                .replacen(
                    "coaching: \"8500\"",
                    &format!("coaching: \"{}\"", "9".repeat(400)),
                    1,
                )
                .into_bytes(),
        ),
        (
            "extreem gepubliceerd",
            SLIDES
                .replacen(
                    "net: Some(\"-880\")",
                    "net: Some(\"79228162514264337593543950335\")",
                    1,
                )
                .into_bytes(),
        ),
        (
            "nieuwere versie",
            SLIDES.replacen("version: 1", "version: 99", 1).into_bytes(),
        ),
        (
            "piepkleine loonsom",
            SLIDES
                .replacen(
                    "fully_loaded_wage_cost: \"22800\"",
                    "fully_loaded_wage_cost: \"0.0000000000000000000000000001\"",
                    1,
                )
                .replacen(
                    "benefit_saved: NoBenefit",
                    "benefit_saved: Amount(\"12000\")",
                    1,
                )
                .into_bytes(),
        ),
    ]
}

#[test]
fn each_hostile_file_shows_an_error_and_keeps_the_open_model() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(slides()).build();
    let before = harness.state().document().model.clone();
    for (name, bytes) in corpus() {
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, &bytes).unwrap();
        harness.state_mut().queue(Command::OpenPath(path.clone()));
        harness.run();
        let opened = harness.state().document().model.clone();
        if opened == before {
            // Refused: the banner names the file, the open model is as it was.
            let error = harness.state().error().unwrap_or_default().to_string();
            assert!(error.contains(name), "{name}: {error}");
            harness.state_mut().queue(Command::DismissError);
            harness.run();
        } else {
            // A hostile but valid file (the tiny wage cost) opens and computes without a panic.
            assert_eq!(name, "piepkleine loonsom", "{name} replaced the open model");
            assert!(harness.state().error().is_none());
            harness.state_mut().queue(Command::OpenPath(
                std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("assets/models/beschut-werk-2014.ron"),
            ));
            harness.run();
        }
    }
}
