//! The desktop app: a window on one model, its parameters on the left, the sheet, who pays and who
//! benefits, and the plots on the right, computed again only when the parameters change.
//!
//! Where things live:
//! - `shell.rs`: the app's state and the frame, step by step (`KostenbatenApp`, `impl eframe::App`);
//!   the state by lifetime: `state.rs` (stored settings), `document.rs`, `view_state.rs`, [`results`]
//!   and `session.rs` (the window's bookkeeping); `logic.rs`: the logic step that brings the
//!   results up to date before drawing.
//! - `command.rs`: every user action as a [`Command`]; `commands.rs` applies them after drawing,
//!   `files.rs` opens, saves and restores models.
//! - `chrome/`: the menus, the header with the view tabs, banners, modals and the drop overlay.
//! - `view.rs`: which view the central area shows ([`View`]); `panels.rs` draws the parameters
//!   on the left and that view.
//! - `sheet/`, [`budget`], [`analysis`], `uncertainty/`, `sources/`: the five views; [`results`]:
//!   what they show, computed once; [`monte_carlo`]: the cancelling background run behind the
//!   uncertainty view.
//! - [`widgets`], `plot_style.rs`: the small widgets and the one plot style every room shares.
//! - `presenter/`: presenter mode (F5) and the panel in which its views are built.
//! - `web.rs`, `web_files.rs`, `web_status.rs`: the same app in a browser (wasm32): the page's
//!   canvas, files through the browser's picker and downloads, and a status element for screen
//!   readers and the browser test.

#[cfg(not(target_arch = "wasm32"))]
use eframe::egui;
#[cfg(not(target_arch = "wasm32"))]
use std::path::PathBuf;

pub mod analysis;
pub mod budget;
mod chrome;
mod clock;
mod command;
mod commands;
mod document;
mod export;
mod file_dialog;
mod files;
mod logic;
pub mod monte_carlo;
mod panels;
mod param_widget;
mod params_panel;
mod plot_style;
mod presenter;
pub mod renderer;
pub mod results;
mod session;
mod sheet;
mod shell;
mod source_editor;
mod sources;
mod state;
#[cfg(all(feature = "gui", not(target_arch = "wasm32")))]
pub mod system_libraries;
mod uncertainty;
mod view;
mod view_state;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
mod web_files;
#[cfg(target_arch = "wasm32")]
mod web_status;
pub mod widgets;
pub mod worker;

pub use command::{Command, UnsavedAnswer};
pub use document::Document;
pub use file_dialog::{FileDialog, NativeFileDialog, ScriptedFileDialog};
pub use shell::KostenbatenApp;
pub use state::{Recovery, Settings, Theme};
pub use view::View;

#[cfg(not(target_arch = "wasm32"))]
use crate::i18n::{Lang, Text};

/// The smallest window that still shows the parameters beside the results.
#[cfg(not(target_arch = "wasm32"))]
const MIN_WINDOW: [f32; 2] = [1024.0, 640.0];

/// The icon in the window's title bar and task bar.
#[cfg(not(target_arch = "wasm32"))]
fn icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok()
}

/// The options the window opens with.
#[cfg(not(target_arch = "wasm32"))]
pub fn native_options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(Lang::Nl.tr(Text::AppTitle))
        .with_app_id("kostenbaten")
        .with_inner_size([1280.0, 760.0])
        .with_min_inner_size(MIN_WINDOW)
        .with_drag_and_drop(true);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..Default::default()
    }
}

/// Open the app window on `file`, or on the built-in example.
#[cfg(not(target_arch = "wasm32"))]
pub fn run(file: Option<PathBuf>) -> eframe::Result<()> {
    eframe::run_native(
        "kostenbaten",
        native_options(),
        Box::new(move |cc| Ok(Box::new(KostenbatenApp::new(cc, file)))),
    )
}
