//! Every user action in one enum: its label, its shortcut, and whether it is available. Menus are
//! rendered from it and keys dispatch through it, so the two cannot drift apart. The UI only records
//! commands; the app applies them after drawing.

use eframe::egui;
use egui::{Key, KeyboardShortcut, Modifiers};

use rust_decimal::Decimal;

use super::View;
use super::state::Theme;
use crate::i18n::{Lang, Text};
use crate::model::ParamKey;
use crate::model::PresentationEdit;
use crate::model::uncertainty::Distribution;
use std::path::PathBuf;

/// The answer to "save the changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    /// Save first, then go on.
    Save,
    /// Go on and lose the changes.
    DontSave,
    /// Stay where we are.
    Cancel,
}

impl UnsavedAnswer {
    /// Every answer, in the order of the dialog's buttons.
    pub const ALL: [UnsavedAnswer; 3] = [
        UnsavedAnswer::Save,
        UnsavedAnswer::DontSave,
        UnsavedAnswer::Cancel,
    ];
}

/// An action the user can take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new model with default parameters.
    New,
    /// Open a `.ron` model with the file dialog.
    Open,
    /// Open the recent file with this index.
    OpenRecent(usize),
    /// Open this file (dropped on the window).
    OpenPath(PathBuf),
    /// Forget the recent files.
    ClearRecent,
    /// Save to the current file (asks where if there is none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Close the window.
    Quit,
    /// Go on with the action that waits for the answer to "save the changes?".
    AnswerUnsaved(UnsavedAnswer),
    /// Undo the last change.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Set every parameter of the scenario back to the model's value.
    ResetAll,
    /// Show this scenario.
    SelectScenario(usize),
    /// Copy the shown scenario and show the copy.
    DuplicateScenario,
    /// Add the do-nothing option after the shown scenario (the client stays home on benefit) and
    /// show it; one undo step.
    AddDoNothing,
    /// Ask for a new name for the shown scenario.
    RenameScenario,
    /// Give the shown scenario the name typed in the rename dialog.
    ConfirmRename,
    /// Close the rename dialog, keeping the name.
    CancelRename,
    /// Delete the shown scenario (never the last one).
    DeleteScenario,
    /// Move the shown scenario one place up.
    MoveScenarioUp,
    /// Move the shown scenario one place down.
    MoveScenarioDown,
    /// Switch the interface language.
    SetLang(Lang),
    /// Switch the theme.
    SetTheme(Theme),
    /// Restore the unsaved work of the last session.
    RestoreRecovery,
    /// Throw the unsaved work of the last session away.
    DiscardRecovery,
    /// Hide the error banner.
    DismissError,
    /// Set a parameter of the shown scenario (goal seek's "apply"); one undo step.
    SetParam(ParamKey, Decimal),
    /// Give a parameter of the shown scenario a source text (empty: none); one undo step.
    SetSource(ParamKey, String),
    /// Highlight a parameter in the parameters panel and scroll to it (a tornado bar was clicked).
    HighlightParam(ParamKey),
    /// Show this view in the central area.
    ShowView(View),
    /// Give a parameter of the shown scenario a range, or fix it again (`None`); one undo step.
    SetRange(ParamKey, Option<Distribution>),
    /// Set how many samples the Monte Carlo of the shown scenario draws; one undo step.
    SetSamples(u32),
    /// Set the seed of the Monte Carlo of the shown scenario; one undo step.
    SetSeed(u64),
    /// Enter presenter mode, full screen, at the presentation's first view (F5).
    StartPresentation,
    /// Leave presenter mode (Esc).
    StopPresentation,
    /// Step to the next view (→, PageDown).
    NextView,
    /// Step back to the previous view (←, PageUp).
    PreviousView,
    /// Keep the presenter's what-if in the view's scenario; one undo step (K).
    KeepWhatIf,
    /// Forget the presenter's what-if: back to the view's scenario.
    ResetWhatIf,
    /// Show or hide the panel in which the presentation is built.
    TogglePresentationEditor,
    /// Add a view of the shown scenario to the presentation; one undo step.
    AddCurrentView,
    /// Change the presentation; one undo step.
    EditPresentation(PresentationEdit),
    /// Export the shown scenario to a file (CSV, XLSX) chosen in a save dialog.
    Export,
    /// In a browser: export the shown scenario in this format, as a download.
    #[cfg(target_arch = "wasm32")]
    ExportAs(crate::report::export::ExportFormat),
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// The commands with a keyboard shortcut, in dispatch order: shortcuts with Shift come first,
    /// because egui matches Ctrl+Z also when Shift is held.
    pub const WITH_SHORTCUTS: [Command; 7] = [
        Command::SaveAs,
        Command::Redo,
        Command::New,
        Command::Open,
        Command::Save,
        Command::Undo,
        Command::Quit,
    ];

    /// The commands whose keys are read while presenter mode is on (`presenter/keys.rs`).
    pub const WHILE_PRESENTING: [Command; 4] = [
        Command::StopPresentation,
        Command::NextView,
        Command::PreviousView,
        Command::KeepWhatIf,
    ];

    /// The menu label.
    pub fn label(&self, lang: Lang) -> String {
        let text = match self {
            Command::New => Text::CmdNew,
            Command::Open => Text::CmdOpen,
            Command::OpenRecent(_) => Text::RecentFiles,
            Command::OpenPath(_) => Text::CmdOpen,
            Command::ClearRecent => Text::ClearRecent,
            Command::Save => Text::CmdSave,
            Command::SaveAs => Text::CmdSaveAs,
            Command::Quit => Text::CmdQuit,
            Command::AnswerUnsaved(UnsavedAnswer::Save) => Text::CmdSave,
            Command::AnswerUnsaved(UnsavedAnswer::DontSave) => Text::DontSave,
            Command::AnswerUnsaved(UnsavedAnswer::Cancel) => Text::Cancel,
            Command::Undo => Text::CmdUndo,
            Command::Redo => Text::CmdRedo,
            Command::ResetAll => Text::CmdResetAll,
            Command::SelectScenario(_) => Text::Scenario,
            Command::DuplicateScenario => Text::CmdDuplicateScenario,
            Command::AddDoNothing => Text::CmdAddDoNothing,
            Command::RenameScenario => Text::CmdRenameScenario,
            Command::ConfirmRename => Text::RenameScenarioOk,
            Command::CancelRename => Text::Cancel,
            Command::DeleteScenario => Text::CmdDeleteScenario,
            Command::MoveScenarioUp => Text::CmdMoveScenarioUp,
            Command::MoveScenarioDown => Text::CmdMoveScenarioDown,
            Command::SetLang(Lang::Nl) => return "Nederlands".to_string(),
            Command::SetLang(Lang::En) => return "English".to_string(),
            Command::SetTheme(Theme::System) => Text::ThemeSystem,
            Command::SetTheme(Theme::Light) => Text::ThemeLight,
            Command::SetTheme(Theme::Dark) => Text::ThemeDark,
            Command::RestoreRecovery => Text::RecoveryRestore,
            Command::DiscardRecovery => Text::RecoveryDiscard,
            Command::DismissError => Text::DismissMessage,
            Command::SetParam(..) => Text::GoalSeekApply,
            Command::SetSource(..) => Text::SourceApply,
            Command::HighlightParam(..) => Text::Tornado,
            Command::ShowView(view) => view.title(),
            Command::SetRange(..) => Text::RangeToggle,
            Command::SetSamples(_) => Text::McSamples,
            Command::SetSeed(_) => Text::McSeed,
            Command::StartPresentation => Text::CmdStartPresentation,
            Command::StopPresentation => Text::CmdStopPresentation,
            Command::NextView => Text::CmdNextView,
            Command::PreviousView => Text::CmdPreviousView,
            Command::KeepWhatIf => Text::CmdKeepWhatIf,
            Command::ResetWhatIf => Text::CmdResetWhatIf,
            Command::TogglePresentationEditor => Text::CmdEditPresentation,
            Command::AddCurrentView => Text::CmdAddCurrentView,
            Command::EditPresentation(_) => Text::PresentationTitle,
            Command::Export => Text::CmdExport,
            #[cfg(target_arch = "wasm32")]
            Command::ExportAs(format) => crate::app::web_files::format_text(*format),
        };
        lang.tr(text).to_string()
    }

    /// The main keyboard shortcut, shown in the menu.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let (modifiers, key) = match self {
            Command::New => (CTRL, Key::N),
            Command::Open => (CTRL, Key::O),
            Command::Save => (CTRL, Key::S),
            Command::SaveAs => (CTRL_SHIFT, Key::S),
            Command::Quit => (CTRL, Key::Q),
            Command::Undo => (CTRL, Key::Z),
            Command::Redo => (CTRL_SHIFT, Key::Z),
            // The presenter's keys, read by `presenter/keys.rs` (F5 outside presenter mode, the
            // others while it is on), as in slide software.
            Command::StartPresentation => (Modifiers::NONE, Key::F5),
            Command::StopPresentation => (Modifiers::NONE, Key::Escape),
            Command::NextView => (Modifiers::NONE, Key::ArrowRight),
            Command::PreviousView => (Modifiers::NONE, Key::ArrowLeft),
            Command::KeepWhatIf => (Modifiers::NONE, Key::K),
            _ => return None,
        };
        Some(KeyboardShortcut::new(modifiers, key))
    }

    /// Further shortcuts that do the same (Ctrl+Y for redo, as on Windows).
    pub fn alternative_shortcut(&self) -> Option<KeyboardShortcut> {
        match self {
            Command::Redo => Some(KeyboardShortcut::new(CTRL, Key::Y)),
            // What presentation clickers send.
            Command::NextView => Some(KeyboardShortcut::new(Modifiers::NONE, Key::PageDown)),
            Command::PreviousView => Some(KeyboardShortcut::new(Modifiers::NONE, Key::PageUp)),
            _ => None,
        }
    }

    /// The first command whose shortcut was pressed this frame; consumes the key.
    pub fn from_shortcuts(ctx: &egui::Context) -> Option<Command> {
        ctx.input_mut(|input| {
            Command::WITH_SHORTCUTS.into_iter().find(|command| {
                [command.shortcut(), command.alternative_shortcut()]
                    .into_iter()
                    .flatten()
                    .any(|shortcut| input.consume_shortcut(&shortcut))
            })
        })
    }

    /// A menu entry for this command; records it in `commands` when clicked.
    pub fn menu_button(
        self,
        ui: &mut egui::Ui,
        lang: Lang,
        enabled: bool,
        commands: &mut Vec<Command>,
    ) {
        let mut button = egui::Button::new(self.label(lang));
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        if ui.add_enabled(enabled, button).clicked() {
            commands.push(self);
            ui.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key a command answers to, main and alternative.
    fn keys(command: &Command) -> Vec<KeyboardShortcut> {
        [command.shortcut(), command.alternative_shortcut()]
            .into_iter()
            .flatten()
            .collect()
    }

    #[test]
    fn the_presenter_keys_are_the_slide_software_keys() {
        let key = |command: Command| {
            keys(&command)
                .into_iter()
                .map(|s| s.logical_key)
                .collect::<Vec<_>>()
        };
        assert_eq!(key(Command::StartPresentation), [Key::F5]);
        assert_eq!(key(Command::StopPresentation), [Key::Escape]);
        assert_eq!(key(Command::NextView), [Key::ArrowRight, Key::PageDown]);
        assert_eq!(key(Command::PreviousView), [Key::ArrowLeft, Key::PageUp]);
        assert_eq!(key(Command::KeepWhatIf), [Key::K]);
    }

    #[test]
    fn no_two_commands_read_in_the_same_mode_share_a_key() {
        // Outside presenter mode F5 is read beside the menu shortcuts; inside it, only the
        // presenter's keys.
        let mut outside = Command::WITH_SHORTCUTS.to_vec();
        outside.push(Command::StartPresentation);
        for set in [outside, Command::WHILE_PRESENTING.to_vec()] {
            let all: Vec<KeyboardShortcut> = set.iter().flat_map(keys).collect();
            for (i, a) in all.iter().enumerate() {
                assert!(!all[i + 1..].contains(a), "{a:?} twice in {set:?}");
            }
        }
    }

    #[test]
    fn every_command_with_a_key_is_read_somewhere() {
        let read: Vec<Command> = Command::WITH_SHORTCUTS
            .into_iter()
            .chain(Command::WHILE_PRESENTING)
            .chain([Command::StartPresentation])
            .collect();
        for command in read.iter().chain([&Command::Export, &Command::ResetWhatIf]) {
            assert_eq!(
                command.shortcut().is_some(),
                read.contains(command),
                "{command:?}"
            );
        }
    }
}
