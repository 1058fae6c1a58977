//! File dialogs behind a small trait, so tests can answer them without a desktop portal.

use std::path::PathBuf;

/// Asks the user for a file to open or a place to save.
pub trait FileDialog {
    /// A `.ron` file to open, or `None` when the user cancels.
    fn pick_open(&mut self, filter_name: &str) -> Option<PathBuf>;
    /// Where to save, starting from `suggested_name`, or `None` when the user cancels.
    fn pick_save(&mut self, filter_name: &str, suggested_name: &str) -> Option<PathBuf>;
    /// Where to export, starting from `suggested_name` (its extension picks the format), or
    /// `None` when the user cancels. Dialogs without export filters ask as for "save as".
    fn pick_export(&mut self, filter_name: &str, suggested_name: &str) -> Option<PathBuf> {
        self.pick_save(filter_name, suggested_name)
    }
    /// Whether the last `None` meant that no dialog could be shown at all (no desktop portal, no
    /// zenity) rather than that the user cancelled.
    fn was_unavailable(&self) -> bool {
        false
    }
}

/// A dialog answered faster than this cannot have been shown to anyone: rfd returns at once when
/// the desktop has no file-dialog portal and no zenity.
#[cfg(all(feature = "gui", not(target_arch = "wasm32")))]
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(150);

/// The system's file dialog (rfd). Without a desktop portal rfd returns `None` as for a cancel;
/// an answer within [`NO_DIALOG_WITHIN`] is taken to mean that no dialog could be shown.
#[derive(Clone, Copy, Debug, Default)]
pub struct NativeFileDialog {
    #[cfg_attr(
        not(all(feature = "gui", not(target_arch = "wasm32"))),
        allow(dead_code)
    )]
    unavailable: bool,
}

#[cfg(all(feature = "gui", not(target_arch = "wasm32")))]
impl NativeFileDialog {
    /// Run `ask`, noting whether its `None` came too fast to be a person's cancel.
    fn timed(&mut self, ask: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        let start = super::clock::Instant::now();
        let answer = ask();
        self.unavailable = answer.is_none() && start.elapsed() < NO_DIALOG_WITHIN;
        answer
    }
}

#[cfg(all(feature = "gui", not(target_arch = "wasm32")))]
impl FileDialog for NativeFileDialog {
    fn pick_open(&mut self, filter_name: &str) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .add_filter(filter_name, &["ron"])
                .pick_file()
        })
    }

    fn was_unavailable(&self) -> bool {
        self.unavailable
    }

    fn pick_save(&mut self, filter_name: &str, suggested_name: &str) -> Option<PathBuf> {
        let path = self.timed(|| {
            rfd::FileDialog::new()
                .add_filter(filter_name, &["ron"])
                .set_file_name(suggested_name)
                .save_file()
        })?;
        // People type a name without extension; the file must stay recognisable as a model.
        if path.extension().is_none() {
            Some(path.with_extension("ron"))
        } else {
            Some(path)
        }
    }

    fn pick_export(&mut self, filter_name: &str, suggested_name: &str) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .add_filter(filter_name, &["xlsx", "csv", "pdf", "png"])
                .add_filter("Excel (.xlsx)", &["xlsx"])
                .add_filter("CSV (.csv)", &["csv"])
                .set_file_name(suggested_name)
                .save_file()
        })
    }
}

/// In a browser there is no blocking dialog: open, save and export go through the page's file
/// picker and downloads instead (`web_files.rs`), and this one is never asked. (A desktop build
/// without `gui` has no rfd either: it answers as a cancel.)
#[cfg(not(all(feature = "gui", not(target_arch = "wasm32"))))]
impl FileDialog for NativeFileDialog {
    fn pick_open(&mut self, _filter_name: &str) -> Option<PathBuf> {
        None
    }

    fn pick_save(&mut self, _filter_name: &str, _suggested_name: &str) -> Option<PathBuf> {
        None
    }
}

/// A dialog that answers from queues: for tests and scripted runs.
#[derive(Clone, Debug, Default)]
pub struct ScriptedFileDialog {
    /// Answers to "open", first first.
    pub open: Vec<PathBuf>,
    /// Answers to "save as", first first.
    pub save: Vec<PathBuf>,
}

impl FileDialog for ScriptedFileDialog {
    fn pick_open(&mut self, _filter_name: &str) -> Option<PathBuf> {
        (!self.open.is_empty()).then(|| self.open.remove(0))
    }

    fn pick_save(&mut self, _filter_name: &str, _suggested_name: &str) -> Option<PathBuf> {
        (!self.save.is_empty()).then(|| self.save.remove(0))
    }
}
