//! Hostile input on the command line (issue 19, section 6): what a shared file or an argument can
//! do to the terminal, the numbers or the files, each a regression test.
#![cfg(feature = "cli")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use crate::cli_common::kostenbaten;

/// Characters a terminal acts on: ESC (with a "clear screen" sequence), BEL, NUL, DEL, a C1
/// control (CSI, U+009B), the right-to-left override and a bidi isolate.
const HOSTILE: &str = "\u{1b}[2J\u{7}\u{0}\u{7f}\u{9b}\u{202e}\u{2066}";

/// Whether `text` holds a character that must not reach a terminal raw (line breaks aside).
fn has_unsafe(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// A copy of the asset model `name` in `dir`, with [`HOSTILE`] put in front of every name and every
/// source text.
fn hostile_copy(dir: &Path, name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("assets/models").join(name)).unwrap();
    let mut out = String::new();
    let mut in_sources = false;
    for line in text.lines() {
        if line.trim() == "sources: {" {
            in_sources = true;
        } else if line.trim_start().starts_with('}') {
            in_sources = false;
        }
        let line = if let Some((head, rest)) = line.split_once("name: \"") {
            format!("{head}name: \"{HOSTILE}{rest}")
        } else if in_sources && line.contains("\": \"") {
            line.replacen("\": \"", &format!("\": \"{HOSTILE}"), 1)
        } else {
            line.to_string()
        };
        out.push_str(&line);
        out.push('\n');
    }
    let path = dir.join(name);
    std::fs::write(&path, out).unwrap();
    path
}

#[test]
fn control_characters_from_a_shared_file_never_reach_stdout_raw() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = hostile_copy(dir.path(), "beschut-werk-2014.ron");
    let variants = hostile_copy(dir.path(), "varianten-beschut-werk.ron");
    let budget = hostile_copy(dir.path(), "wil-p-budget-2018.ron");
    let peer = hostile_copy(dir.path(), "mc-peer.ron");
    let (sheet, variants, budget, peer) = (
        sheet.to_str().unwrap(),
        variants.to_str().unwrap(),
        budget.to_str().unwrap(),
        peer.to_str().unwrap(),
    );
    let runs: Vec<Vec<&str>> = vec![
        vec!["sheet", sheet],
        vec!["compare", variants],
        vec!["solve", sheet, "--output", "net", "--param", "coaching"],
        vec!["budget", budget],
        vec!["sources", sheet],
        vec!["simulate", peer, "--samples", "1000"],
        vec!["explain", variants],
    ];
    for args in runs {
        for format in ["text", "json"] {
            let mut args = args.clone();
            args.extend(["--format", format]);
            let out = kostenbaten(&args);
            let stdout = String::from_utf8(out.stdout).unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{args:?}: {stderr}");
            assert!(
                !has_unsafe(&stdout),
                "{args:?} prints raw controls:\n{stdout}"
            );
            if args[0] == "sheet" && format == "text" {
                // The name is still there, escaped as on stderr.
                assert!(stdout.contains("\\u{1b}[2J\\u{7}\\u{0}"), "{stdout}");
            }
            if format == "json" && args[0] != "solve" {
                let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                assert!(
                    value.to_string().contains('\u{202e}'),
                    "{args:?}: same text"
                );
            }
        }
    }
}
