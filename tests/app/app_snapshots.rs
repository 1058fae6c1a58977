#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Image snapshots of the main window at projector size (1280×720), in Dutch and in English.
//! They render through wgpu; CI uses Mesa's software Vulkan (`WGPU_BACKEND=vulkan`), the adapter the
//! snapshots were made with. Update with `UPDATE_SNAPSHOTS=1`.

use egui_kittest::SnapshotOptions;
use kostenbaten::i18n::Lang;

use crate::common::{app, slides};

fn snapshot(lang: Lang, name: &str) {
    let mut harness = app(slides()).lang(lang).light().build();
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
