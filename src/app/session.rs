//! The window's own bookkeeping: how it talks to the system (file dialog, title, theme, close) and
//! to storage (the recovery copy), and the work it runs beside the frames (an export). It lives as
//! long as the window and is neither the document, nor what the user looks at, nor stored.

use super::FileDialog;
use super::state::{Recovery, Theme};
use crate::model::Model;

/// The window's bookkeeping (see the module's documentation).
pub(super) struct Session {
    /// Where open and save ask for a file (a scripted one in tests).
    /// (In a browser never asked: `web_files.rs` uses the page's picker and downloads.)
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub(super) dialog: Box<dyn FileDialog>,
    /// The user answered the unsaved-changes question: let the window close.
    pub(super) allow_close: bool,
    /// The user chose to leave the changes: keep no recovery copy of them.
    pub(super) discard_on_exit: bool,
    /// Unsaved work of the last session, offered back until restored or discarded.
    pub(super) offered_recovery: Option<Recovery>,
    /// The model as the last recovery copy stored it (`None`: nothing stored yet), so an idle app
    /// asks for one more frame only while an edit is not yet in the recovery copy.
    pub(super) recovery_stored: Option<Model>,
    /// The theme egui was last told to use.
    pub(super) applied_theme: Option<Theme>,
    /// The window title last sent, so it is sent again only when it changes.
    pub(super) title: String,
    /// The export being written on its own thread, if any.
    pub(super) exporting: Option<super::export::RunningExport>,
    /// In a browser: the files it read for the app, waiting for the next frame.
    #[cfg(target_arch = "wasm32")]
    pub(super) web_files: super::web_files::WebFiles,
    /// In a browser: what the page's status element shows now.
    #[cfg(target_arch = "wasm32")]
    pub(super) web_status: super::web_status::WebStatus,
}

impl Session {
    /// A new window's bookkeeping: files asked for through `dialog`, `offered_recovery` offered.
    pub(super) fn new(dialog: Box<dyn FileDialog>, offered_recovery: Option<Recovery>) -> Self {
        Self {
            dialog,
            allow_close: false,
            discard_on_exit: false,
            offered_recovery,
            recovery_stored: None,
            applied_theme: None,
            title: String::new(),
            exporting: None,
            #[cfg(target_arch = "wasm32")]
            web_files: Default::default(),
            #[cfg(target_arch = "wasm32")]
            web_status: Default::default(),
        }
    }
}
