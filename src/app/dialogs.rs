//! The unsaved-changes question and the message banners.

use crate::i18n::{Lang, Text};
use eframe::egui;

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

/// Ask whether to save unsaved changes. Returns the answer once given.
pub fn unsaved_changes(ctx: &egui::Context, lang: Lang, model_name: &str) -> Option<UnsavedAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(lang.tr(Text::UnsavedTitle));
        ui.label(lang.tr(Text::UnsavedQuestion));
        ui.label(egui::RichText::new(model_name).weak());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(lang.tr(Text::CmdSave)).clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui.button(lang.tr(Text::DontSave)).clicked() {
                answer = Some(UnsavedAnswer::DontSave);
            }
            if ui.button(lang.tr(Text::Cancel)).clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    answer
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
                if ui
                    .button("×")
                    .on_hover_text(lang.tr(Text::DismissMessage))
                    .accessible_name(lang.tr(Text::DismissMessage))
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
