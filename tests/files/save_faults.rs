//! Fault injection on save (issue 13): a disk that fails at every byte offset of the model being
//! written leaves the existing file byte-for-byte as it was, leaves no temporary file behind, and
//! tells the user; a save that succeeds is read back whole.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;

use kostenbaten::file::{FileError, check_writable_folder, load, save, to_ron, write_atomic_with};

const OLD: &str = include_str!("../../assets/models/beschut-werk-2014.ron");

/// A writer that accepts `budget` bytes and then fails as a full disk does.
struct FailingAfter<'a> {
    out: &'a mut dyn Write,
    budget: usize,
}

impl Write for FailingAfter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.budget == 0 {
            return Err(std::io::Error::from_raw_os_error(28)); // ENOSPC
        }
        let n = buf.len().min(self.budget);
        let written = self.out.write(&buf[..n])?;
        self.budget -= written;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[test]
fn a_disk_failing_at_every_offset_never_harms_the_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    std::fs::write(&path, OLD).unwrap();
    // The new version: the varianten model, a different text of a different length.
    let new_model = kostenbaten::file::builtin("varianten-beschut-werk.ron")
        .unwrap()
        .unwrap();
    let new_text = to_ron(&new_model).unwrap();
    let mut injected = 0;
    // Every byte offset of the new text, in steps small enough for well over 1.000 failures.
    for budget in 0..new_text.len() {
        let result = write_atomic_with(&path, |out| {
            let mut failing = FailingAfter { out, budget };
            failing.write_all(new_text.as_bytes())
        });
        let err = result.expect_err("the injected failure is reported");
        injected += 1;
        assert!(err.to_string().contains("model.ron"), "{err}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            OLD.as_bytes(),
            "after a failure at byte {budget}"
        );
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(files, 1, "a temporary file is left after byte {budget}");
    }
    assert!(injected >= 1_000, "only {injected} failures injected");
    println!("{injected} failures injected, the old file intact after each");
    // And without a failure the new model is there, whole.
    save(&path, &new_model).unwrap();
    assert_eq!(load(&path).unwrap(), new_model);
}

/// The folder the parent test prepared for a child process (see [`in_child`]).
const CHILD_DIR: &str = "KOSTENBATEN_FAULT_DIR";
/// What a child prints when it checked everything (and did not return early).
const CHILD_DONE: &str = "read-only folder checked";

/// The name the test binary knows `child` of this module by: its module path without the crate's
/// (the tests share one binary per tier, issue 20).
#[cfg(target_os = "linux")]
fn test_name(child: &str) -> String {
    let module = module_path!()
        .split_once("::")
        .map_or("", |(_, module)| module);
    format!("{module}::{child}")
}

/// Run the ignored test `child` of this binary through `wrapper` (a command that makes the folder
/// read-only or drops privileges, then runs what follows it), with `dir` in [`CHILD_DIR`]. Fails
/// loudly, naming the mechanism, when the wrapper is not available: nothing is skipped.
#[cfg(target_os = "linux")]
fn in_child(wrapper: &[&str], child: &str, dir: &std::path::Path) {
    let exe = std::env::current_exe().unwrap();
    let output = std::process::Command::new(wrapper[0])
        .args(&wrapper[1..])
        .arg(&exe)
        .args([
            test_name(child).as_str(),
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir)
        .output()
        .unwrap_or_else(|err| panic!("{} could not start: {err}", wrapper[0]));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success() && said.contains("1 passed") && said.contains(CHILD_DONE),
        "the child test {child} under {wrapper:?} failed (this test needs root or user \
         namespaces for a real read-only folder): {said}"
    );
}

/// What a child sees: the save into the prepared folder is refused naming the folder, the
/// export pre-check says the same, the existing file is untouched and no temporary file is left.
#[cfg(target_os = "linux")]
fn refused_in_prepared_folder(read_only: bool) {
    let Some(dir) = std::env::var_os(CHILD_DIR).map(std::path::PathBuf::from) else {
        eprintln!("run by its parent test, which prepares the folder");
        return;
    };
    let path = dir.join("model.ron");
    let model = kostenbaten::file::builtin("lks-2018.ron").unwrap().unwrap();
    let err = save(&path, &model).unwrap_err();
    let line = err.to_string();
    assert!(
        matches!(err, FileError::FolderNotWritable { read_only: r, .. } if r == read_only),
        "{line}"
    );
    let reason = if read_only {
        "alleen-lezen"
    } else {
        "geen schrijfrechten"
    };
    assert_eq!(
        line,
        format!(
            "{}: in deze map kan niet worden geschreven ({reason}); kies een andere map",
            dir.display()
        )
    );
    // The pre-check an export makes, given the folder or a file in it.
    for target in [dir.clone(), dir.join("export.csv")] {
        let err = check_writable_folder(&target).unwrap_err();
        assert!(matches!(err, FileError::FolderNotWritable { .. }), "{err}");
    }
    assert_eq!(std::fs::read(&path).unwrap(), OLD.as_bytes());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    println!("{CHILD_DONE}");
}

/// A folder with the model, 0755 and owned by the one running the test.
#[cfg(target_os = "linux")]
fn prepared_folder() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(dir.path().join("model.ron"), OLD).unwrap();
    dir
}

/// A real read-only file system (a write-protected stick, a read-only share): the folder is bound
/// read-only over itself in a private mount namespace (`unshare -rm`, which works as root and, with
/// user namespaces, for anyone), where a child process tries to save.
#[cfg(target_os = "linux")]
#[test]
fn a_read_only_folder_refuses_the_save_and_keeps_the_file() {
    let dir = prepared_folder();
    let folder = dir.path().to_str().unwrap();
    let script = format!(
        "mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && exec \"$@\""
    );
    in_child(
        &["unshare", "-rm", "sh", "-c", &script, "sh"],
        "child_in_a_read_only_folder",
        dir.path(),
    );
    // Outside the namespace too: the file as it was, nothing else.
    assert_eq!(
        std::fs::read(dir.path().join("model.ron")).unwrap(),
        OLD.as_bytes()
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
#[ignore = "the child half of a_read_only_folder_refuses_the_save_and_keeps_the_file"]
#[cfg(target_os = "linux")]
fn child_in_a_read_only_folder() {
    refused_in_prepared_folder(true);
}

/// A folder the user may not write in (another user's, 0755): as root, which may write anywhere,
/// the save runs in a child process as `nobody` (`setpriv`); as anyone else, here.
#[cfg(target_os = "linux")]
#[test]
fn a_folder_without_write_permission_refuses_the_save() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = prepared_folder();
    let root = std::fs::metadata("/proc/self").unwrap().uid() == 0;
    if root {
        in_child(
            &[
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
            ],
            "child_without_write_permission",
            dir.path(),
        );
    } else {
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
        // SAFETY: this test binary's tests do not read this variable concurrently except this one.
        unsafe { std::env::set_var(CHILD_DIR, dir.path()) };
        refused_in_prepared_folder(false);
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    assert_eq!(
        std::fs::read(dir.path().join("model.ron")).unwrap(),
        OLD.as_bytes()
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
#[ignore = "the child half of a_folder_without_write_permission_refuses_the_save"]
#[cfg(target_os = "linux")]
fn child_without_write_permission() {
    refused_in_prepared_folder(false);
}
