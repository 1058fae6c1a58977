//! The menu bar, rendered from [`Command`]s so the menus and the keys cannot drift apart, and the
//! language switch that stays in sight for presenters.

use eframe::egui;

use crate::app::state::Theme;
use crate::app::{Command, KostenbatenApp};
use crate::i18n::{Lang, Text};

impl KostenbatenApp {
    /// The menus: Bestand, Bewerken, Scenario, Beeld, and the language switch on the right.
    pub(super) fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            self.file_menu(ui, &mut commands);
            self.edit_menu(ui, &mut commands);
            self.scenario_menu(ui, &mut commands);
            self.view_menu(ui, &mut commands);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                language_switch(ui, self.settings.lang, &mut commands);
                let status = self
                    .export_running()
                    .or_else(|| crate::app::export::export_status(ui.ctx()));
                if let Some(status) = status {
                    ui.label(egui::RichText::new(status).weak());
                }
            });
        });
        self.view.commands.append(&mut commands);
    }

    fn file_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.settings.lang;
        let _file = ui.menu_button(lang.tr(Text::MenuFile), |ui| {
            Command::New.menu_button(ui, lang, true, commands);
            Command::Open.menu_button(ui, lang, true, commands);
            // A browser gives the page no paths to open again, and a tab is closed by the browser.
            #[cfg(not(target_arch = "wasm32"))]
            ui.menu_button(lang.tr(Text::RecentFiles), |ui| {
                self.recent_files(ui, commands);
            });
            ui.separator();
            Command::Save.menu_button(ui, lang, true, commands);
            Command::SaveAs.menu_button(ui, lang, true, commands);
            #[cfg(not(target_arch = "wasm32"))]
            {
                Command::Export.menu_button(ui, lang, true, commands);
                ui.separator();
                Command::Quit.menu_button(ui, lang, true, commands);
            }
            #[cfg(target_arch = "wasm32")]
            web_export_menu(ui, lang, commands);
        });
        #[cfg(target_arch = "wasm32")]
        crate::app::web_status::note_place(ui.ctx(), "file-menu", _file.response.rect);
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn recent_files(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.settings.lang;
        let recent = &self.settings.recent;
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
    }

    fn edit_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.settings.lang;
        ui.menu_button(lang.tr(Text::MenuEdit), |ui| {
            Command::Undo.menu_button(ui, lang, self.doc.can_undo(), commands);
            Command::Redo.menu_button(ui, lang, self.doc.can_redo(), commands);
            ui.separator();
            Command::ResetAll.menu_button(ui, lang, true, commands);
        });
    }

    fn scenario_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.settings.lang;
        let scenarios = self.doc.model.scenarios.len();
        let shown = self.doc.scenario;
        ui.menu_button(lang.tr(Text::MenuScenario), |ui| {
            Command::DuplicateScenario.menu_button(ui, lang, true, commands);
            Command::AddDoNothing.menu_button(ui, lang, true, commands);
            Command::RenameScenario.menu_button(ui, lang, true, commands);
            Command::DeleteScenario.menu_button(ui, lang, scenarios > 1, commands);
            ui.separator();
            Command::MoveScenarioUp.menu_button(ui, lang, shown > 0, commands);
            Command::MoveScenarioDown.menu_button(ui, lang, shown + 1 < scenarios, commands);
        });
    }

    fn view_menu(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.settings.lang;
        ui.menu_button(lang.tr(Text::MenuView), |ui| {
            ui.label(egui::RichText::new(lang.tr(Text::LanguageLabel)).weak());
            for l in [Lang::Nl, Lang::En] {
                Command::SetLang(l).menu_button(ui, lang, l != lang, commands);
            }
            ui.separator();
            ui.label(egui::RichText::new(lang.tr(Text::ThemeLabel)).weak());
            for theme in Theme::ALL {
                let enabled = theme != self.settings.theme;
                Command::SetTheme(theme).menu_button(ui, lang, enabled, commands);
            }
            ui.separator();
            Command::StartPresentation.menu_button(ui, lang, true, commands);
            Command::TogglePresentationEditor.menu_button(ui, lang, true, commands);
        });
    }
}

/// The button that switches to the other language: presenters change it in front of an audience.
fn language_switch(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    let (other, label) = match lang {
        Lang::Nl => (Lang::En, "EN"),
        Lang::En => (Lang::Nl, "NL"),
    };
    let command = Command::SetLang(other);
    if ui
        .button(label)
        .on_hover_text(command.label(lang))
        .accessible_name(command.label(lang))
        .clicked()
    {
        commands.push(command);
    }
}

/// In a browser: Exporteren as a submenu of the formats, each a download (a browser has no save
/// dialog whose extension picks the format). Their places go to the page's status element.
#[cfg(target_arch = "wasm32")]
fn web_export_menu(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    use crate::app::web_status::note_place;
    use crate::report::export::ExportFormat;
    let menu = ui.menu_button(lang.tr(Text::CmdExport), |ui| {
        for format in ExportFormat::ALL {
            let command = Command::ExportAs(format);
            let button = ui.button(command.label(lang));
            let place = match format {
                ExportFormat::Csv => "export-csv",
                ExportFormat::Xlsx => "export-xlsx",
                ExportFormat::Pdf => "export-pdf",
                ExportFormat::Png => "export-png",
            };
            note_place(ui.ctx(), place, button.rect);
            if button.clicked() {
                commands.push(command);
                ui.close();
            }
        }
    });
    note_place(ui.ctx(), "export-menu", menu.response.rect);
}
