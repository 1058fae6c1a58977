//! The app itself: its state, how it starts, and one frame as a short sequence of steps. Each step
//! lives in a room of its own (`logic.rs`, `chrome/`, `panels.rs`, `commands.rs`, `files.rs`): the
//! logic step brings the results up to date before drawing, drawing only reads them, and what the
//! user does is recorded as a [`Command`] while drawing and applied in one place after it.

use eframe::egui;
use rust_decimal::Decimal;
use std::path::PathBuf;

use super::analysis::AnalysisState;
use super::files::Startup;
use super::results::Results;
use super::session::Session;
use super::state::{self, Settings};
use super::view_state::ViewState;
use super::{Command, Document, FileDialog, NativeFileDialog, View};
use crate::i18n::Text;
use crate::model::Model;

/// The app: its state grouped by how long each part lives.
pub struct KostenbatenApp {
    /// What is remembered between runs: language, theme, recent files (stored by eframe).
    pub(super) settings: Settings,
    /// The open model, its file and its undo history: replaced when another file is opened.
    pub(super) doc: Document,
    /// What the user is looking at and doing: view, analysis choices, open dialogs and modes,
    /// this frame's commands.
    pub(super) view: ViewState,
    /// Everything computed from the document and the view, computed again only when they change;
    /// brought up to date by [`Self::logic`], only read while drawing.
    pub(super) results: Results,
    /// The window's bookkeeping: file dialog, title, theme, closing, recovery copy, export.
    pub(super) session: Session,
}

/// How often eframe stores the settings and the recovery copy of unsaved work: a crash loses at
/// most this much editing.
#[cfg(not(target_arch = "wasm32"))]
pub const RECOVERY_INTERVAL: std::time::Duration = std::time::Duration::from_secs(10);

/// In a browser every 2 s (local storage, a few kB): eframe 0.37 does not store when the page is
/// closed or reloaded there (it listens for an event named "onbeforeunload", which browsers never
/// send), so the copy in storage is all a reload finds.
#[cfg(target_arch = "wasm32")]
pub const RECOVERY_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

impl KostenbatenApp {
    /// The app as eframe starts it: settings from storage, the system file dialog, and `file` or the
    /// built-in 2014 example.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, state::SETTINGS_KEY))
            .unwrap_or_default();
        let Startup { model, path, error } = Startup::load(file, settings.lang);
        let mut app = Self::with_model(
            model,
            path.clone(),
            Box::new(NativeFileDialog::default()),
            settings,
        );
        if let Some(path) = path {
            app.settings.remember(path);
        }
        app.view.error = error;
        app
    }

    /// The app on `model` with an explicit file dialog and settings: for tests and embedding.
    pub fn with_model(
        model: Model,
        path: Option<PathBuf>,
        dialog: Box<dyn FileDialog>,
        mut settings: Settings,
    ) -> Self {
        let offered_recovery = settings.recovery.take();
        Self {
            settings,
            doc: Document::new(model, path),
            view: ViewState::default(),
            results: Results::default(),
            session: Session::new(dialog, offered_recovery),
        }
    }

    /// What the central area shows.
    pub fn view(&self) -> View {
        self.view.shown
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The settings remembered between runs.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The results computed from the document.
    pub fn results(&self) -> &Results {
        &self.results
    }

    /// The analysis view's settings (output, parameter, target, …), to set up a view in tests and
    /// benchmarks as a user would with its controls.
    pub fn analysis_state_mut(&mut self) -> &mut AnalysisState {
        &mut self.view.analysis
    }

    /// Block until the analyses computed in the background are done, and take them (for tests).
    pub fn wait_for_results(&mut self) {
        self.results.wait_for_analysis();
        self.results.wait_for_simulation();
    }

    /// The error shown, if any.
    pub fn error(&self) -> Option<&str> {
        self.view.error.as_deref()
    }

    /// The window title: `Kostenbaten — <model name>`, with `*` while unsaved.
    pub fn window_title(&self) -> String {
        let mark = if self.doc.is_dirty() { " *" } else { "" };
        format!(
            "{} — {}{mark}",
            self.settings.lang.tr(Text::AppTitle),
            self.doc.model.name
        )
    }

    /// Whether presenter mode is on.
    pub fn is_presenting(&self) -> bool {
        self.view.presenter.is_some()
    }

    /// In presenter mode: the view shown (from 0) and how many views there are.
    pub fn presenter_position(&self) -> Option<(usize, usize)> {
        self.view
            .presenter
            .as_ref()
            .map(|p| (p.index, p.views(&self.doc.model).len()))
    }

    /// How many times presenter mode ran the engine: a frame without a change adds nothing.
    pub fn presenter_computations(&self) -> u64 {
        self.view
            .presenter
            .as_ref()
            .map_or(0, |p| p.results.computations())
    }

    /// In presenter mode: the waterfall of the view shown, (start, end, the sum of its effects), when
    /// the view shows one and it could be computed.
    pub fn presenter_waterfall(&self) -> Option<(Decimal, Decimal, Decimal)> {
        let presenter = self.view.presenter.as_ref()?;
        let explanation = presenter.results.extras.waterfall()?.as_ref().ok()?;
        let sum = explanation.steps.iter().map(|s| s.effect).sum();
        Some((explanation.start, explanation.end, sum))
    }

    /// Record a command, to be applied after this frame is drawn.
    pub fn queue(&mut self, command: Command) {
        self.view.commands.push(command);
    }

    /// Tell egui the theme when the setting changed.
    fn follow_theme(&mut self, ctx: &egui::Context) {
        if self.session.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(self.settings.theme.preference());
            self.session.applied_theme = Some(self.settings.theme);
        }
    }

    /// Keys and the window's close button, read before drawing; no shortcuts while a question
    /// waits for its answer.
    fn read_keys(&mut self, ctx: &egui::Context) {
        if self.view.pending.is_none()
            && let Some(command) = Command::from_shortcuts(ctx)
        {
            self.view.commands.push(command);
        }
        if ctx.input(|i| i.viewport().close_requested())
            && !self.session.allow_close
            && self.doc.is_dirty()
        {
            // Keep the window open this frame; quitting asks about the unsaved changes first.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.view.commands.push(Command::Quit);
        }
    }

    /// A drag is one undo step: the change is recorded only once the pointer is released.
    fn commit_finished_edit(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.pointer.any_down()) {
            self.doc.commit();
        }
    }

    /// Send the window title when it changed.
    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.session.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.session.title = title;
        }
    }
}

impl eframe::App for KostenbatenApp {
    /// The logic step, before each frame is drawn: see `logic.rs`.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.logic_step(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.follow_theme(&ctx);
        self.read_keys(&ctx);
        self.presenter_keys(&ctx);
        if self.view.presenter.is_some() {
            // Presenter mode: no menus, no tables, only the prepared view.
            self.presenter_frame(ui);
        } else {
            self.drag_and_drop(&ctx);
            #[cfg(target_arch = "wasm32")]
            self.web_files_frame(&ctx);
            // In a browser a file read since the last frame may have been opened just now.
            #[cfg(target_arch = "wasm32")]
            self.refresh_results(&ctx);
            self.top_panels(ui);
            self.presentation_editor(ui);
            self.parameters_panel(ui);
            // The parameters panel edits the document in place: the views show the edit now.
            self.refresh_results(&ctx);
            self.central_panel(ui);
        }
        self.modals(&ctx);
        self.apply_commands(&ctx);
        self.finish_export(&ctx);
        self.commit_finished_edit(&ctx);
        self.update_title(&ctx);
        #[cfg(target_arch = "wasm32")]
        self.web_status_frame(&ctx, frame);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = frame;
        // eframe stores on a frame after the interval; an idle app draws no frames, so an edit
        // not yet in the recovery copy asks for one frame after the interval (and then none).
        if self.doc.is_dirty() && self.session.recovery_stored.as_ref() != Some(&self.doc.model) {
            ctx.request_repaint_after(RECOVERY_INTERVAL + std::time::Duration::from_secs(1));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let mut settings = self.settings.clone();
        settings.recovery = self.recovery_to_keep();
        eframe::set_value(storage, state::SETTINGS_KEY, &settings);
        self.session.recovery_stored = Some(self.doc.model.clone());
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        RECOVERY_INTERVAL
    }
}
