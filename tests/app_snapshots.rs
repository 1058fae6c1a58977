#![cfg(feature = "gui")]
//! Image snapshots of the main window at projector size (1280×720), in Dutch and in English.
//! They render through wgpu; CI uses Mesa's software Vulkan (`WGPU_BACKEND=vulkan`), the adapter the
//! snapshots were made with. Update with `UPDATE_SNAPSHOTS=1`.

use eframe::egui;
use egui_kittest::{Harness, SnapshotOptions};
use kostenbaten::app::{KostenbatenApp, ScriptedFileDialog, Settings};
use kostenbaten::file::default_model;
use kostenbaten::i18n::Lang;

fn snapshot(lang: Lang, name: &str) {
    let model = default_model().expect("the built-in model parses");
    let settings = Settings {
        lang,
        theme: kostenbaten::app::Theme::Light,
        ..Settings::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(move |_cc| {
            KostenbatenApp::with_model(
                model,
                None,
                Box::new(ScriptedFileDialog::default()),
                settings,
            )
        });
    harness.run();
    // Small per-pixel tolerance for rasteriser differences; a moved widget still fails.
    let options = SnapshotOptions::new().threshold(0.6).max_failed_pixels(20);
    harness.snapshot_options(name, &options);
}

#[test]
fn main_window_dutch() {
    snapshot(Lang::Nl, "main_window_nl");
}

#[test]
fn main_window_english() {
    snapshot(Lang::En, "main_window_en");
}
