//! Fault injection on save (issue 13): a disk that fails at every byte offset of the model being
//! written leaves the existing file byte-for-byte as it was, leaves no temporary file behind, and
//! tells the user; a save that succeeds is read back whole.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;

use kostenbaten::file::{load, save, to_ron, write_atomic_with};

const OLD: &str = include_str!("../assets/models/beschut-werk-2014.ron");

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
    // And without a failure the new model is there, whole.
    save(&path, &new_model).unwrap();
    assert_eq!(load(&path).unwrap(), new_model);
}
