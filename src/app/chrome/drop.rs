//! Drag and drop: a `.ron` file dropped on the window is opened (asking first about unsaved
//! changes), and a hint covers the window while one hovers over it.

use eframe::egui;

#[cfg(not(target_arch = "wasm32"))]
use crate::app::Command;
use crate::app::KostenbatenApp;
use crate::i18n::Text;

impl KostenbatenApp {
    /// Record a dropped `.ron` file to be opened; show the hint while a file hovers.
    pub(in crate::app) fn drag_and_drop(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            self.drop_hint(ctx);
        }
        // In a browser a dropped file has no path to open: `web_files.rs` reads its bytes.
        #[cfg(not(target_arch = "wasm32"))]
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| p.extension().is_some_and(|e| e == "ron"))
        });
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(path) = dropped {
            self.view.commands.push(Command::OpenPath(path));
        }
    }

    /// The window darkened, with "drop a model here" in the middle.
    fn drop_hint(&self, ctx: &egui::Context) {
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop_overlay"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            self.settings.lang.tr(Text::DropHere),
            egui::FontId::proportional(24.0),
            egui::Color32::WHITE,
        );
    }
}
