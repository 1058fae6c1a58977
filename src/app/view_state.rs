//! What the user is looking at and doing in this window: the view, the analysis choices, the
//! dialogs and modes that are open, and the commands recorded while drawing. It lives as long as
//! the window, is not stored, and survives opening another document.

use super::analysis::AnalysisState;
use super::commands::Pending;
use super::params_panel::Highlight;
use super::presenter::PresenterState;
use super::presenter::editor::EditorState;
use super::{Command, View};

/// The window's view state (see the module's documentation).
#[derive(Default)]
pub(super) struct ViewState {
    /// What the central area shows.
    pub(super) shown: View,
    /// The analysis view's choices (output, parameter, ranges).
    pub(super) analysis: AnalysisState,
    /// The new name being typed for the shown scenario, while the rename dialog is open.
    pub(super) renaming: Option<String>,
    /// The parameter a tornado click selected.
    pub(super) highlight: Highlight,
    /// Presenter mode, while it is on.
    pub(super) presenter: Option<PresenterState>,
    /// The presentation editor, while it is open.
    pub(super) editor: Option<EditorState>,
    /// An action waiting for the answer to "save the changes?".
    pub(super) pending: Option<Pending>,
    /// The error shown in the banner, until dismissed or replaced.
    pub(super) error: Option<String>,
    /// What the user did this frame, applied after drawing.
    pub(super) commands: Vec<Command>,
}
