//! The banners under the header: the offer to restore the last session's unsaved work, and the
//! error message until it is dismissed.

use eframe::egui;

use crate::app::{Command, KostenbatenApp};
use crate::i18n::{Lang, Text};

impl KostenbatenApp {
    /// The recovery offer and the error, each only while there is one.
    pub(super) fn banners(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        if self.session.offered_recovery.is_some() {
            ui.horizontal(|ui| {
                ui.label(lang.tr(Text::RecoveryFound));
                for command in [Command::RestoreRecovery, Command::DiscardRecovery] {
                    let button = ui.button(command.label(lang));
                    #[cfg(target_arch = "wasm32")]
                    if command == Command::RestoreRecovery {
                        crate::app::web_status::note_place(ui.ctx(), "restore", button.rect);
                    }
                    if button.clicked() {
                        self.view.commands.push(command);
                    }
                }
            });
        }
        if let Some(message) = &self.view.error
            && error_banner(ui, lang, message)
        {
            self.view.commands.push(Command::DismissError);
        }
    }
}

/// A red banner with an error and a button to dismiss it. Returns `true` when dismissed.
pub fn error_banner(ui: &mut egui::Ui, lang: Lang, message: &str) -> bool {
    let mut dismissed = false;
    egui::Frame::new()
        .fill(ui.visuals().error_fg_color.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(1.0, ui.visuals().error_fg_color))
        .corner_radius(4.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let dismiss = Command::DismissError.label(lang);
                if ui
                    .button("×")
                    .on_hover_text(&dismiss)
                    .accessible_name(&dismiss)
                    .clicked()
                {
                    dismissed = true;
                }
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(message).color(ui.visuals().error_fg_color),
                    )
                    .wrap(),
                );
            });
        });
    dismissed
}
