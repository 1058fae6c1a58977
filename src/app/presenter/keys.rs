//! The keys of presenter mode, as [`Command::shortcut`] names them: F5 starts it (as in slide
//! software); while it is on, Esc leaves, → and PageDown step on, ← and PageUp step back
//! (presentation clickers send PageUp/PageDown), and K keeps the what-if. They are taken from the
//! input before anything is drawn, so a focused slider does not move with the arrow that steps to
//! the next view.

use eframe::egui;

use crate::app::{Command, KostenbatenApp};

impl KostenbatenApp {
    /// Read the presenter's keys: F5 outside presenter mode, the stepping keys inside it. No keys
    /// while a question waits for its answer.
    pub(in crate::app) fn presenter_keys(&mut self, ctx: &egui::Context) {
        if self.view.pending.is_some() {
            return;
        }
        let watched: &[Command] = if self.view.presenter.is_some() {
            &Command::WHILE_PRESENTING
        } else {
            &[Command::StartPresentation]
        };
        let commands = &mut self.view.commands;
        ctx.input_mut(|input| {
            for command in watched {
                for shortcut in [command.shortcut(), command.alternative_shortcut()]
                    .into_iter()
                    .flatten()
                {
                    // Every press counts: a clicker pressed twice in a frame steps twice.
                    while input.consume_shortcut(&shortcut) {
                        commands.push(command.clone());
                    }
                }
            }
        });
    }
}
