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
