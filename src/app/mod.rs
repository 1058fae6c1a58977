//! The desktop app: a window on one model, its parameters on the left, the sheet, who pays and who
//! benefits, and the plots on the right, all recomputed from the parameters every frame.

use eframe::egui;
mod actors_view;
pub mod analysis;
pub mod budget;
mod command;
mod dialogs;
mod document;
mod file_dialog;
mod param_widget;
mod params_panel;
mod plots;
pub mod results;
mod sheet_view;
mod state;
pub mod widgets;
pub mod worker;

use std::path::{Path, PathBuf};

pub use command::Command;
pub use document::Document;
pub use file_dialog::{FileDialog, NativeFileDialog, ScriptedFileDialog};
pub use state::{Recovery, Settings, Theme};

use crate::file;
use crate::format::{money_whole, percent};
use crate::i18n::{Lang, Text};
use crate::model::{BreakEven, Evaluation, Model, Parameters, Scenario};
use analysis::AnalysisState;
use dialogs::UnsavedAnswer;
use results::{Results, SheetResults};

/// The smallest window that still shows the parameters beside the results.
const MIN_WINDOW: [f32; 2] = [1024.0, 640.0];

/// The icon in the window's title bar and task bar.
fn icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok()
}

/// The options the window opens with.
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
pub fn run(file: Option<PathBuf>) -> eframe::Result<()> {
    eframe::run_native(
        "kostenbaten",
        native_options(),
        Box::new(move |cc| Ok(Box::new(KostenbatenApp::new(cc, file)))),
    )
}

/// An action that waits for the answer to "save the changes?".
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Quit,
}

/// The app.
pub struct KostenbatenApp {
    settings: Settings,
    doc: Document,
    dialog: Box<dyn FileDialog>,
    error: Option<String>,
    pending: Option<Pending>,
    commands: Vec<Command>,
    allow_close: bool,
    discard_on_exit: bool,
    offered_recovery: Option<Recovery>,
    applied_theme: Option<Theme>,
    title: String,
    view: View,
    analysis: AnalysisState,
    /// The new name being typed for the shown scenario, while the rename dialog is open.
    renaming: Option<String>,
    /// The parameter a tornado click selected.
    highlight: params_panel::Highlight,
    /// Everything computed from the document, computed again only when it changes.
    results: Results,
}

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The sheet, who pays and who benefits, and the plots.
    #[default]
    Sheet,
    /// Goal seek, tornado, horizon, lock-in and scenario comparison.
    Analysis,
    /// The P-budget planner (only for models that have a plan).
    Budget,
}

impl View {
    /// The tab's title.
    pub fn title(self) -> Text {
        match self {
            View::Sheet => Text::SheetTitle,
            View::Analysis => Text::AnalysisTab,
            View::Budget => Text::BudgetTitle,
        }
    }
}

/// A fresh model with the engine's default parameters.
fn new_model(lang: Lang) -> Model {
    Model {
        name: lang.tr(Text::NewModelName).to_string(),
        description: String::new(),
        scenarios: vec![Scenario {
            name: lang.tr(Text::NewScenarioName).to_string(),
            parameters: Parameters::default(),
            ..Scenario::default()
        }],
        budget: None,
    }
}

impl KostenbatenApp {
    /// The app as eframe starts it: settings from storage, the system file dialog, and `file` or the
    /// built-in 2014 example.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, state::SETTINGS_KEY))
            .unwrap_or_default();
        let mut error = None;
        let (model, path) = match file {
            Some(path) => match file::load(&path) {
                Ok(model) => (Some(model), Some(path)),
                Err(err) => {
                    error = Some(format!("{}: {err}", settings.lang.tr(Text::ErrorOpen)));
                    (None, None)
                }
            },
            None => (None, None),
        };
        let model = model
            .unwrap_or_else(|| file::default_model().unwrap_or_else(|_| new_model(settings.lang)));
        let mut app = Self::with_model(model, path.clone(), Box::new(NativeFileDialog), settings);
        if let Some(path) = path {
            app.settings.remember(path);
        }
        app.error = error;
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
            dialog,
            error: None,
            pending: None,
            commands: Vec::new(),
            allow_close: false,
            discard_on_exit: false,
            offered_recovery,
            applied_theme: None,
            title: String::new(),
            view: View::Sheet,
            analysis: AnalysisState::default(),
            renaming: None,
            highlight: params_panel::Highlight::default(),
            results: Results::default(),
        }
    }

    /// What the central area shows.
    pub fn view(&self) -> View {
        self.view
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

    /// Block until the analyses computed in the background are done, and take them (for tests).
    pub fn wait_for_results(&mut self) {
        self.results.wait_for_analysis();
    }

    /// The error shown, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
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

    /// Record a command, to be applied after this frame is drawn.
    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Apply a command now.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(ctx, Pending::New),
            Command::Open => self.request(ctx, Pending::Open),
            Command::OpenRecent(i) => {
                if let Some(path) = self.settings.recent.get(i).cloned() {
                    self.request(ctx, Pending::OpenPath(path));
                }
            }
            Command::ClearRecent => self.settings.recent.clear(),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Quit => self.request(ctx, Pending::Quit),
            Command::Undo => self.doc.undo(),
            Command::Redo => self.doc.redo(),
            Command::ResetAll => {
                if let Some(saved) = self.doc.saved_params().cloned()
                    && let Some(params) = self.doc.params_mut()
                {
                    *params = saved;
                    self.doc.commit();
                }
            }
            Command::SelectScenario(i) => {
                if i < self.doc.model.scenarios.len() {
                    self.doc.scenario = i;
                }
            }
            Command::DuplicateScenario => {
                if let Ok(copy) = self.doc.model.duplicate_scenario(self.doc.scenario) {
                    self.doc.scenario = copy;
                }
            }
            Command::RenameScenario => {
                self.renaming = self.doc.scenario().map(|s| s.name.clone());
            }
            Command::DeleteScenario => match self.doc.model.delete_scenario(self.doc.scenario) {
                Ok(_) => {
                    self.doc.scenario = self
                        .doc
                        .scenario
                        .min(self.doc.model.scenarios.len().saturating_sub(1));
                }
                Err(err) => self.error = Some(err.to_string()),
            },
            Command::MoveScenarioUp => {
                let from = self.doc.scenario;
                if from > 0 && self.doc.model.move_scenario(from, from - 1).is_ok() {
                    self.doc.scenario = from - 1;
                }
            }
            Command::MoveScenarioDown => {
                let from = self.doc.scenario;
                if self.doc.model.move_scenario(from, from + 1).is_ok() {
                    self.doc.scenario = from + 1;
                }
            }
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::RestoreRecovery => self.restore_recovery(),
            Command::SetParam(param, value) => {
                if let Some(params) = self.doc.params_mut() {
                    param.set(params, value);
                    self.doc.commit();
                }
            }
            Command::HighlightParam(param) => {
                self.highlight = params_panel::Highlight::select(param);
            }
            Command::ShowView(view) => self.view = view,
            Command::DiscardRecovery => self.offered_recovery = None,
        }
    }

    /// Run `pending` now, or ask first when there are unsaved changes.
    fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.doc.is_dirty() {
            self.pending = Some(pending);
        } else {
            self.perform(ctx, pending);
        }
    }

    fn perform(&mut self, ctx: &egui::Context, pending: Pending) {
        let lang = self.settings.lang;
        match pending {
            Pending::New => {
                self.doc = Document::new(new_model(lang), None);
                self.error = None;
            }
            Pending::Open => {
                if let Some(path) = self.dialog.pick_open(lang.tr(Text::FileFilterName)) {
                    self.open_path(&path);
                }
            }
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Quit => {
                self.allow_close = true;
                // The user chose to leave the changes: nothing to recover next time.
                self.discard_on_exit = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Open the model at `path`; on failure show why and keep the current model as it is.
    fn open_path(&mut self, path: &Path) {
        match file::load(path) {
            Ok(model) => {
                self.doc = Document::new(model, Some(path.to_path_buf()));
                self.settings.remember(path.to_path_buf());
                self.error = None;
            }
            Err(err) => {
                self.error = Some(format!("{}: {err}", self.settings.lang.tr(Text::ErrorOpen)));
            }
        }
    }

    /// Save to the current file, or ask where. Returns whether the model is now saved.
    fn save(&mut self) -> bool {
        match self.doc.path.clone() {
            Some(path) => self.save_to(path),
            None => self.save_as(),
        }
    }

    fn save_as(&mut self) -> bool {
        let lang = self.settings.lang;
        let suggested = format!("{}.ron", self.doc.model.name.replace(['/', '\\', ':'], "-"));
        match self
            .dialog
            .pick_save(lang.tr(Text::FileFilterName), &suggested)
        {
            Some(path) => self.save_to(path),
            None => false,
        }
    }

    fn save_to(&mut self, path: PathBuf) -> bool {
        match file::save(&path, &self.doc.model) {
            Ok(()) => {
                self.settings.remember(path.clone());
                self.doc.mark_saved(path);
                self.error = None;
                true
            }
            Err(err) => {
                self.error = Some(format!("{}: {err}", self.settings.lang.tr(Text::ErrorSave)));
                false
            }
        }
    }

    fn restore_recovery(&mut self) {
        let Some(recovery) = self.offered_recovery.take() else {
            return;
        };
        let source = recovery
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from("herstelkopie.ron"));
        match file::parse_model(recovery.model_ron.as_bytes(), &source) {
            Ok(model) => {
                // What is on disk (if anything) is the saved state, so the restored work shows as
                // unsaved until the user saves it.
                let saved = recovery
                    .path
                    .as_deref()
                    .and_then(|p| file::load(p).ok())
                    .unwrap_or_default();
                let mut doc = Document::new(model, recovery.path);
                doc.saved = saved;
                doc.scenario = recovery
                    .scenario
                    .min(doc.model.scenarios.len().saturating_sub(1));
                self.doc = doc;
                self.error = None;
            }
            Err(err) => {
                self.error = Some(format!("{}: {err}", self.settings.lang.tr(Text::ErrorOpen)));
            }
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        let can_undo = self.doc.can_undo();
        let can_redo = self.doc.can_redo();
        let recent = self.settings.recent.clone();
        let scenarios = self.doc.model.scenarios.len();
        let shown = self.doc.scenario;
        let commands = &mut self.commands;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.tr(Text::MenuFile), |ui| {
                Command::New.menu_button(ui, lang, true, commands);
                Command::Open.menu_button(ui, lang, true, commands);
                ui.menu_button(lang.tr(Text::RecentFiles), |ui| {
                    if recent.is_empty() {
                        ui.label(egui::RichText::new(lang.tr(Text::NoRecentFiles)).weak());
                    }
                    for (i, path) in recent.iter().enumerate() {
                        if ui.button(path.display().to_string()).clicked() {
                            commands.push(Command::OpenRecent(i));
                            ui.close();
                        }
                    }
                    if !recent.is_empty() {
                        ui.separator();
                        Command::ClearRecent.menu_button(ui, lang, true, commands);
                    }
                });
                ui.separator();
                Command::Save.menu_button(ui, lang, true, commands);
                Command::SaveAs.menu_button(ui, lang, true, commands);
                ui.separator();
                Command::Quit.menu_button(ui, lang, true, commands);
            });
            ui.menu_button(lang.tr(Text::MenuEdit), |ui| {
                Command::Undo.menu_button(ui, lang, can_undo, commands);
                Command::Redo.menu_button(ui, lang, can_redo, commands);
                ui.separator();
                Command::ResetAll.menu_button(ui, lang, true, commands);
            });
            ui.menu_button(lang.tr(Text::MenuScenario), |ui| {
                Command::DuplicateScenario.menu_button(ui, lang, true, commands);
                Command::RenameScenario.menu_button(ui, lang, true, commands);
                Command::DeleteScenario.menu_button(ui, lang, scenarios > 1, commands);
                ui.separator();
                Command::MoveScenarioUp.menu_button(ui, lang, shown > 0, commands);
                Command::MoveScenarioDown.menu_button(ui, lang, shown + 1 < scenarios, commands);
            });
            ui.menu_button(lang.tr(Text::MenuView), |ui| {
                ui.label(egui::RichText::new(lang.tr(Text::LanguageLabel)).weak());
                for l in [Lang::Nl, Lang::En] {
                    Command::SetLang(l).menu_button(ui, lang, l != lang, commands);
                }
                ui.separator();
                ui.label(egui::RichText::new(lang.tr(Text::ThemeLabel)).weak());
                for theme in Theme::ALL {
                    Command::SetTheme(theme).menu_button(
                        ui,
                        lang,
                        theme != self.settings.theme,
                        commands,
                    );
                }
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // The language switch stays in sight: presenters change it in front of an audience.
                let other = match lang {
                    Lang::Nl => Lang::En,
                    Lang::En => Lang::Nl,
                };
                let label = match other {
                    Lang::Nl => "NL",
                    Lang::En => "EN",
                };
                if ui
                    .button(label)
                    .on_hover_text(Command::SetLang(other).label(lang))
                    .accessible_name(Command::SetLang(other).label(lang))
                    .clicked()
                {
                    commands.push(Command::SetLang(other));
                }
            });
        });
    }

    fn header(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        ui.horizontal(|ui| {
            ui.heading(&self.doc.model.name)
                .on_hover_text(&self.doc.model.description);
            if self.doc.is_dirty() {
                ui.label(egui::RichText::new("*").heading().weak());
            }
            let names: Vec<&str> = self
                .doc
                .model
                .scenarios
                .iter()
                .map(|s| s.name.as_str())
                .collect();
            if names.len() > 1 {
                ui.separator();
                let label = ui.label(lang.tr(Text::Scenario));
                let current = names.get(self.doc.scenario).copied().unwrap_or_default();
                egui::ComboBox::from_id_salt("scenario_picker")
                    .selected_text(current)
                    .show_ui(ui, |ui| {
                        for (i, name) in names.iter().enumerate() {
                            if ui.selectable_label(i == self.doc.scenario, *name).clicked() {
                                self.commands.push(Command::SelectScenario(i));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
            } else if let Some(name) = names.first() {
                ui.separator();
                ui.label(egui::RichText::new(*name).weak());
            }
            ui.separator();
            self.view_tabs(ui);
            if let Some(path) = &self.doc.path {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(path.display().to_string())
                                .small()
                                .weak(),
                        )
                        .truncate(),
                    );
                });
            }
        });
    }

    /// The dialog that asks for a scenario's new name; names stay unique and non-empty.
    fn rename_dialog(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let Some(name) = self.renaming.as_mut() else {
            return;
        };
        let mut close = false;
        let mut accept = false;
        egui::Modal::new(egui::Id::unique("rename_scenario")).show(ctx, |ui| {
            ui.heading(lang.tr(Text::RenameScenarioTitle));
            let label = ui.label(lang.tr(Text::RenameScenarioName));
            let edit = ui
                .add(egui::TextEdit::singleline(name).desired_width(320.0))
                .labelled_by(label.id);
            if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                accept = true;
            }
            ui.horizontal(|ui| {
                if ui.button(lang.tr(Text::RenameScenarioOk)).clicked() {
                    accept = true;
                }
                if ui.button(lang.tr(Text::Cancel)).clicked() {
                    close = true;
                }
            });
        });
        if accept {
            let new_name = name.clone();
            match self.doc.model.rename_scenario(self.doc.scenario, &new_name) {
                Ok(()) => close = true,
                Err(err) => self.error = Some(err.to_string()),
            }
        }
        if close {
            self.renaming = None;
        }
    }

    /// The tabs of the central area; the P-budget tab only for a model that has a plan.
    fn view_tabs(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        if self.doc.model.budget.is_none() && self.view == View::Budget {
            self.view = View::Sheet;
        }
        let has_budget = self.doc.model.budget.is_some();
        for view in [View::Sheet, View::Analysis, View::Budget] {
            if view == View::Budget && !has_budget {
                continue;
            }
            let label = egui::RichText::new(lang.tr(view.title())).strong();
            if ui.selectable_label(self.view == view, label).clicked() {
                self.commands.push(Command::ShowView(view));
            }
        }
    }

    fn banners(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        if self.offered_recovery.is_some() {
            ui.horizontal(|ui| {
                ui.label(lang.tr(Text::RecoveryFound));
                if ui.button(Command::RestoreRecovery.label(lang)).clicked() {
                    self.commands.push(Command::RestoreRecovery);
                }
                if ui.button(Command::DiscardRecovery.label(lang)).clicked() {
                    self.commands.push(Command::DiscardRecovery);
                }
            });
        }
        if let Some(message) = &self.error
            && dialogs::error_banner(ui, lang, message)
        {
            self.error = None;
        }
    }

    /// Open a `.ron` file dropped on the window; show a hint while one hovers.
    fn drag_and_drop(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("drop_overlay"),
            ));
            let rect = ctx.content_rect();
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                lang.tr(Text::DropHere),
                egui::FontId::proportional(24.0),
                egui::Color32::WHITE,
            );
        }
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| p.extension().is_some_and(|e| e == "ron"))
        });
        if let Some(path) = dropped {
            self.request(ctx, Pending::OpenPath(path));
        }
    }
}

/// The sheet tab: key figures, the sheet, who pays and who benefits, and the plots.
fn sheet_tab(ui: &mut egui::Ui, lang: Lang, scenario: Option<&Scenario>, results: &SheetResults) {
    let (Ok(evaluation), Some(scenario)) = (&results.evaluation, scenario) else {
        return;
    };
    key_figures(ui, lang, evaluation, &scenario.parameters);
    ui.add_space(4.0);
    sheet_view::show(ui, lang, evaluation, scenario.reference.as_ref());
    ui.add_space(8.0);
    let width = ui.available_width();
    let gap = ui.spacing().item_spacing.x * 2.0;
    let half = ((width - gap) / 2.0).max(200.0);
    let screen = ui.ctx().content_rect().height();
    let plot_height = (screen * 0.30).clamp(170.0, 380.0);
    ui.horizontal_top(|ui| {
        // The matrix takes the width its figures need; the plot that moves while the wage
        // value is dragged sits beside it, in sight on a projector, and fills the rest.
        // The matrix never takes more than its share, so a long "wrong pocket" line wraps
        // instead of pushing the plot out of the window.
        let matrix = ui
            .vertical(|ui| {
                ui.set_max_width((width - gap - 12.0 - 300.0).max(width * 0.5));
                actors_view::show(ui, lang, evaluation);
            })
            .response;
        let rest = (width - matrix.rect.width() - gap - 12.0).max(240.0);
        ui.vertical(|ui| {
            plots::wage_value(
                ui,
                lang,
                &scenario.parameters,
                evaluation,
                &results.wage_curve,
                egui::vec2(rest, plot_height.max(220.0)),
            );
        });
    });
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(half);
            plots::actors(ui, lang, evaluation, egui::vec2(half, plot_height));
        });
        ui.vertical(|ui| {
            ui.set_width(half);
            plots::horizon(ui, lang, evaluation, egui::vec2(half, plot_height));
        });
    });
}

/// The figures a presenter points at: the net, the municipality's net, the break-even wage value and
/// what staying home costs.
fn key_figures(ui: &mut egui::Ui, lang: Lang, evaluation: &Evaluation, params: &Parameters) {
    let card = |ui: &mut egui::Ui,
                title: &str,
                value: String,
                color: Option<egui::Color32>,
                hint: &str| {
        egui::Frame::group(ui.style())
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.label(egui::RichText::new(title).small());
                    let mut text = egui::RichText::new(&value).size(20.0).strong();
                    if let Some(color) = color {
                        text = text.color(color);
                    }
                    ui.label(text).accessible_name(format!("{title}: {value}"));
                })
            })
            .response
            .on_hover_text(hint);
    };
    ui.horizontal_wrapped(|ui| {
        let net = evaluation.sheet.net();
        card(
            ui,
            lang.tr(Text::SheetNetPerPlace),
            money_whole(net, lang),
            Some(widgets::net_color(ui, net)),
            lang.tr(Text::SheetTitle),
        );
        let municipality = evaluation.actors.municipality_net();
        card(
            ui,
            lang.tr(Text::MunicipalityNet),
            money_whole(municipality, lang),
            Some(widgets::net_color(ui, municipality)),
            lang.tr(Text::WhoPaysWhoBenefits),
        );
        let break_even = match evaluation.break_even {
            BreakEven::At(pct) => percent(pct, 1, lang),
            BreakEven::SavesAtEveryWageValue => lang.tr(Text::BreakEvenEveryWageValue).to_string(),
            BreakEven::NoBenefitSaved => lang.tr(Text::BreakEvenNoBenefit).to_string(),
            BreakEven::NoWageCost => lang.tr(Text::BreakEvenNoWageCost).to_string(),
        };
        let break_even = if matches!(evaluation.break_even, BreakEven::At(_)) {
            break_even
        } else {
            // The explanations are sentences; keep the card short and put the sentence in the hint.
            "—".to_string()
        };
        let hint = match evaluation.break_even {
            BreakEven::At(_) => lang.tr(Text::BreakEvenExplain),
            BreakEven::SavesAtEveryWageValue => lang.tr(Text::BreakEvenEveryWageValue),
            BreakEven::NoBenefitSaved => lang.tr(Text::BreakEvenNoBenefit),
            BreakEven::NoWageCost => lang.tr(Text::BreakEvenNoWageCost),
        };
        card(ui, lang.tr(Text::BreakEven), break_even, None, hint);
        card(
            ui,
            &format!(
                "{} ({} × {})",
                lang.tr(Text::StayingHome),
                params.clients.get(),
                crate::format::unit_value(
                    crate::model::Unit::Years,
                    params.years.get().into(),
                    lang
                )
            ),
            money_whole(evaluation.societal_cost_of_staying_home, lang),
            None,
            lang.tr(Text::StayingHomeExplain),
        );
    });
}

impl eframe::App for KostenbatenApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let lang = self.settings.lang;
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(self.settings.theme.preference());
            self.applied_theme = Some(self.settings.theme);
        }

        // Keys and the window's close button, before drawing, so a modal opened now shows this frame.
        if self.pending.is_none()
            && let Some(command) = Command::from_shortcuts(&ctx)
        {
            self.commands.push(command);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Quit);
        }
        self.drag_and_drop(&ctx);

        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui);
        });
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(2.0);
            self.header(ui);
            self.banners(ui);
            ui.add_space(2.0);
        });

        self.results
            .refresh_sheet(self.doc.scenario().map(|s| &s.parameters));
        let before = self.results.sheet().and_then(SheetResults::evaluation);
        let saved = self.doc.saved_params().cloned();
        let scenario_index = self.doc.scenario;
        egui::Panel::left("parameters")
            .resizable(true)
            .default_size(360.0)
            .size_range(300.0..=520.0)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.heading(lang.tr(Text::Parameters));
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if let Some(scenario) = self.doc.model.scenarios.get_mut(scenario_index) {
                        params_panel::show(
                            ui,
                            lang,
                            scenario,
                            saved.as_ref(),
                            before,
                            &mut self.highlight,
                        );
                    }
                });
            });

        // Refreshed after the parameters panel, so the results follow a drag in the same frame.
        self.results
            .refresh_sheet(self.doc.scenario().map(|s| &s.parameters));
        let failure = match self.results.sheet().map(|r| &r.evaluation) {
            Some(Err(err)) => Some(format!("{}: {err}", lang.tr(Text::ErrorModel))),
            _ => None,
        };
        let view = self.view;
        if view == View::Budget {
            self.results.refresh_budget(self.doc.model.budget.as_ref());
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if view == View::Budget {
                if let (Some(plan), Some(result)) =
                    (self.doc.model.budget.as_mut(), self.results.budget())
                {
                    budget::show(ui, plan, result, lang);
                }
            } else if let Some(message) = &failure {
                dialogs::error_banner(ui, lang, message);
            } else if view == View::Analysis {
                self.results.refresh_analysis(
                    ui.ctx(),
                    &self.doc.model,
                    self.doc.scenario,
                    &self.analysis,
                    lang,
                );
                analysis::show(
                    ui,
                    &mut self.analysis,
                    &self.doc.model,
                    self.doc.scenario,
                    self.results.analysis(),
                    self.results.analysis_is_current(),
                    lang,
                    &mut self.commands,
                );
            } else if let Some(results) = self.results.sheet() {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    sheet_tab(ui, lang, self.doc.scenario(), results);
                });
            }
        });

        self.rename_dialog(&ctx);

        if let Some(pending) = self.pending.clone() {
            match dialogs::unsaved_changes(&ctx, lang, &self.doc.model.name) {
                Some(UnsavedAnswer::Save) => {
                    self.pending = None;
                    if self.save() {
                        self.perform(&ctx, pending);
                    }
                }
                Some(UnsavedAnswer::DontSave) => {
                    self.pending = None;
                    self.perform(&ctx, pending);
                }
                Some(UnsavedAnswer::Cancel) => self.pending = None,
                None => {}
            }
        }

        for command in std::mem::take(&mut self.commands) {
            self.apply(&ctx, command);
        }

        // A drag is one undo step: the change is recorded only once the pointer is released.
        if !ctx.input(|i| i.pointer.any_down()) {
            self.doc.commit();
        }

        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let mut settings = self.settings.clone();
        settings.recovery = if self.doc.is_dirty() && !self.discard_on_exit {
            file::to_ron(&self.doc.model)
                .ok()
                .map(|model_ron| Recovery {
                    path: self.doc.path.clone(),
                    model_ron,
                    scenario: self.doc.scenario,
                })
        } else {
            // An offer not yet answered stays for next time.
            self.offered_recovery.clone()
        };
        eframe::set_value(storage, state::SETTINGS_KEY, &settings);
    }
}
