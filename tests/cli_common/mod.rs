//! What the command-line tests share: the real `kostenbaten` binary run as a user would, from the
//! repository's root.
// Test code: a failed set-up stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use std::process::{Command, Output};

/// Run `kostenbaten ARGS...` in the repository's root.
pub fn kostenbaten(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs")
}

/// Run `kostenbaten ARGS...`, which must succeed, and read its output as one JSON value.
pub fn json(args: &[&str]) -> serde_json::Value {
    let out = kostenbaten(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

/// Run `kostenbaten export ARGS... --to report.pdf` (in a temporary folder), which must succeed,
/// and give the report's text with every run of white space as one space (a PDF's lines and table
/// cells break where they like).
pub fn council_report_text(args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let to = dir.path().join("report.pdf");
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let to_arg = to.to_str().expect("a UTF-8 path");
    all.extend_from_slice(&["--to", to_arg]);
    let out = kostenbaten(&all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&to).expect("the report was written");
    pdf_extract::extract_text_from_mem(&bytes)
        .expect("the report's text")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
