//! Issue 25: without `libxkbcommon-x11-0` the app panicked with a backtrace (exit 101); without
//! `libxcursor1` or `libxi6` its line did not say which library was missing. Here the real binary
//! starts on X11 in a private mount namespace (`unshare -rm`, as in `save_faults.rs`) in which the
//! library is hidden under an empty file, and must answer with one line naming the file and its
//! package. The check runs before any connection to a display, so no X server is needed.
#![cfg(all(feature = "gui", target_os = "linux"))]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::Command;

/// Where the dynamic loader finds `file` (`ldconfig -p`), if the system has it.
fn installed(file: &str) -> Option<PathBuf> {
    let out = Command::new("ldconfig").arg("-p").output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| {
            let (name, path) = line.trim().split_once(" => ")?;
            name.starts_with(&format!("{file} "))
                .then(|| PathBuf::from(path))
                .filter(|p| p.exists())
        })
}

/// Start the app on X11 with each of `files` hidden; its exit code and stderr.
fn start_without(files: &[&str]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("leeg");
    std::fs::write(&empty, "").unwrap();
    let mut script = String::new();
    for file in files {
        if let Some(path) = installed(file) {
            script.push_str(&format!(
                "mount --bind '{}' '{}' && ",
                empty.display(),
                path.display()
            ));
        }
    }
    script.push_str("exec \"$@\"");
    let out = Command::new("unshare")
        .args(["-rm", "sh", "-c", &script, "sh"])
        .arg(env!("CARGO_BIN_EXE_kostenbaten"))
        .env("DISPLAY", ":97")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .expect("unshare runs (util-linux); without it this test cannot hide a library");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn without_libxkbcommon_x11_one_line_names_the_package() {
    let (code, stderr) = start_without(&["libxkbcommon-x11.so.0"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("libxkbcommon-x11.so.0"), "{stderr}");
    assert!(
        stderr.contains("apt-get install libxkbcommon-x11-0"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn without_xcursor_and_xi_one_line_names_both() {
    let (code, stderr) = start_without(&["libXcursor.so.1", "libXi.so.6"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("libXcursor.so.1, libXi.so.6"), "{stderr}");
    assert!(
        stderr.contains("apt-get install libxcursor1 libxi6"),
        "{stderr}"
    );
}
