//! The command line's one-line error contract and honest exit codes (issue 13): every error is one
//! Dutch line on stderr, user text is shown safely and bounded, a full disk is a failure, and a
//! negative target needs no `=`.
#![cfg(feature = "cli")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::{Command, Stdio};

use crate::cli_common::kostenbaten;

const MODEL: &str = "assets/models/beschut-werk-2014.ron";

#[test]
fn parse_errors_are_one_dutch_line() {
    for args in [
        vec!["sheet", MODEL, "--colour"],
        vec!["solve", MODEL],
        vec!["sheet", MODEL, "--format", "pdf"],
        vec!["sheet"],
    ] {
        let out = kostenbaten(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("kostenbaten: "), "{stderr}");
        assert!(stderr.contains("zie kostenbaten --help"), "{stderr}");
    }
    let out = kostenbaten(&["sheet", MODEL, "--colour"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("onbekende optie '--colour'"), "{stderr}");
}

#[test]
fn help_still_prints_in_full() {
    let out = kostenbaten(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().lines().count() > 5);
}

#[test]
fn a_negative_target_needs_no_equals_sign() {
    let out = kostenbaten(&[
        "solve", MODEL, "--output", "net", "--param", "coaching", "--target", "-880",
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The sheet's net is −880 at coaching 8.500 (coaching stands on both sides of the sheet, so
    // every coaching amount gives −880: the lowest value in range, 0, is the answer).
    assert!(stdout.starts_with("coaching = 0"), "{stdout}");
}

#[test]
fn user_text_reaches_the_terminal_escaped_and_bounded() {
    let hostile = format!("a\nb\x1b[31m{}", "x".repeat(100_000));
    let out = kostenbaten(&["sheet", MODEL, "--scenario", &hostile]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{}", &stderr[..200]);
    assert!(!stderr.contains('\x1b'));
    assert!(stderr.contains("a\\nb\\u{1b}[31m"), "{}", &stderr[..200]);
    assert!(
        stderr.chars().count() < 1000,
        "{} chars",
        stderr.chars().count()
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_a_failure_not_a_silent_success() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
        .args(["sheet", MODEL])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("kon niet worden geschreven"), "{stderr}");
    // And a failing stderr does not crash it either (exit 1, not a panic's 101).
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
        .args(["sheet", "does-not-exist.ron"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[cfg(target_os = "linux")]
#[test]
fn without_a_display_the_app_says_so_plainly() {
    let out = Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("geen beeldscherm gevonden"), "{stderr}");
    // No path inside the cargo registry, as winit's own error had.
    assert!(!stderr.contains(".cargo"), "{stderr}");
}

#[test]
fn compare_prints_every_scenario_name_whole() {
    let out = kostenbaten(&["compare", "assets/models/varianten-beschut-werk.ron"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    // 54 characters: once cut at 20.
    assert!(
        stdout.contains("Alleen bij reguliere werkgevers, boven 40% loonwaarde"),
        "{stdout}"
    );
    // And the columns line up: every line of the table as long as the header.
    let widths: Vec<usize> = stdout
        .lines()
        .filter(|l| !l.starts_with("Noot:"))
        .map(|l| l.chars().count())
        .collect();
    // The price convention is stated under the table.
    assert!(
        stdout.contains("constante prijzen van de start"),
        "{stdout}"
    );
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{widths:?}");
}
