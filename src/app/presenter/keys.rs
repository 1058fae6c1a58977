//! The keys of presenter mode. F5 starts it (as in slide software). While it is on, Esc leaves,
//! → and PageDown step on, ← and PageUp step back (presentation clickers send PageUp/PageDown),
//! and K keeps the what-if. They are taken from the input before anything is drawn, so a focused
//! slider does not move with the arrow that steps to the next view.

use eframe::egui;
use egui::{Key, Modifiers};

use crate::app::{Command, KostenbatenApp};

/// The presenter's keys and what they do.
const WHILE_PRESENTING: [(Key, Command); 6] = [
    (Key::Escape, Command::StopPresentation),
    (Key::ArrowRight, Command::NextView),
    (Key::PageDown, Command::NextView),
    (Key::ArrowLeft, Command::PreviousView),
    (Key::PageUp, Command::PreviousView),
    (Key::K, Command::KeepWhatIf),
];

impl KostenbatenApp {
    /// Read the presenter's keys: F5 outside presenter mode, the stepping keys inside it. No keys
    /// while a question waits for its answer.
    pub(in crate::app) fn presenter_keys(&mut self, ctx: &egui::Context) {
        if self.pending.is_some() {
            return;
        }
        let presenting = self.presenter.is_some();
        let commands = &mut self.commands;
        ctx.input_mut(|input| {
            if !presenting {
                if input.consume_key(Modifiers::NONE, Key::F5) {
                    commands.push(Command::StartPresentation);
                }
                return;
            }
            for (key, command) in WHILE_PRESENTING {
                // Every press counts: a clicker pressed twice in a frame steps twice.
                while input.consume_key(Modifiers::NONE, key) {
                    commands.push(command.clone());
                }
            }
        });
    }
}
