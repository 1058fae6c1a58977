//! The window's chrome around the work areas: the menu bar, the header with the model's name and
//! the view tabs, the banners, the modal dialogs and the drop overlay. Chrome only records
//! [`Command`](super::Command)s; the app applies them after drawing.

use eframe::egui;

use super::KostenbatenApp;

mod banners;
mod drop;
mod header;
mod menus;
mod modals;

pub use banners::error_banner;

impl KostenbatenApp {
    /// The menu bar, and under it the header and the banners.
    pub(super) fn top_panels(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui);
        });
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(2.0);
            self.header(ui);
            self.banners(ui);
            ui.add_space(2.0);
        });
    }

    /// The dialogs that wait for an answer: a scenario's new name, and "save the changes?".
    pub(super) fn modals(&mut self, ctx: &egui::Context) {
        self.rename_dialog(ctx);
        self.unsaved_changes_dialog(ctx);
    }
}
