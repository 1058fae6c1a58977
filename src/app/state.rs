//! What the app remembers between runs: one plain struct, every field defaulted, so an older or
//! damaged settings entry never stops the app from starting.

use eframe::egui;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The key under which eframe stores [`Settings`].
pub const SETTINGS_KEY: &str = "kostenbaten.settings";

/// How many recent files the menu lists.
pub const MAX_RECENT: usize = 8;

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light (best on most projectors).
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// egui's preference for this theme.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Unsaved work kept so that a crash loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recovery {
    /// The file the work belongs to, if it was ever saved.
    pub path: Option<PathBuf>,
    /// The model as `.ron` text, in the file format itself, so it is read with the same checks.
    pub model_ron: String,
    /// The scenario that was selected.
    pub scenario: usize,
}

/// Settings remembered between runs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or system.
    pub theme: Theme,
    /// Interface language.
    pub lang: Lang,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// Unsaved work of the last session, if it ended without saving.
    pub recovery: Option<Recovery>,
}

impl Settings {
    /// Put `path` at the top of the recent files.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}
