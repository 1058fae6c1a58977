//! The picked view's details: title and caption, its scenario, and check boxes for its sliders,
//! figures and plots (full lists refuse one more).

use eframe::egui;

use super::{Draft, EditorState};
use crate::app::Command;
use crate::i18n::{Lang, Text};
use crate::model::presentation::{
    Control, MAX_CAPTION_CHARS, MAX_CONTROLS, MAX_PLOTS, MAX_TITLE_CHARS,
};
use crate::model::{Figure, PlotChoice, PresentationEdit, PresentationView};

/// The details of the view `editor` picked.
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    views: &[PresentationView],
    scenarios: &[&str],
    editor: &mut EditorState,
    commands: &mut Vec<Command>,
) {
    let i = editor.selected;
    let Some(view) = views.get(i) else {
        return;
    };
    let mut edit = |edit: PresentationEdit| commands.push(Command::EditPresentation(edit));
    for caption in [false, true] {
        if let Some(text) = text_field(ui, lang, &mut editor.draft, i, caption, view) {
            edit(if caption {
                PresentationEdit::SetCaption(i, text)
            } else {
                PresentationEdit::SetTitle(i, text)
            });
        }
    }
    let label = ui.label(lang.tr(Text::Scenario));
    egui::ComboBox::from_id_salt(("presentation_scenario", i))
        .selected_text(view.scenario.as_str())
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for &name in scenarios {
                if ui.selectable_label(view.scenario == name, name).clicked() {
                    edit(PresentationEdit::SetScenario(i, name.to_string()));
                }
            }
        })
        .response
        .labelled_by(label.id);

    heading(ui, lang, Text::PresentationControls);
    let full = view.controls.len() >= MAX_CONTROLS;
    for key in Control::all() {
        let on = view.shows_control(key);
        if check(ui, on, !on && full, lang.pick(key.def().label)) {
            edit(PresentationEdit::ToggleControl(i, key));
        }
    }
    heading(ui, lang, Text::PresentationFigures);
    for figure in Figure::ALL {
        if check(
            ui,
            view.figures.contains(&figure),
            false,
            lang.pick(figure.label()),
        ) {
            edit(PresentationEdit::ToggleFigure(i, figure));
        }
    }
    heading(ui, lang, Text::PresentationPlots);
    let full = view.plots.len() >= MAX_PLOTS;
    for plot in PlotChoice::ALL {
        let on = view.plots.contains(&plot);
        if check(ui, on, !on && full, lang.pick(plot.label())) {
            edit(PresentationEdit::TogglePlot(i, plot));
        }
    }
}

fn heading(ui: &mut egui::Ui, lang: Lang, text: Text) {
    ui.add_space(6.0);
    ui.label(egui::RichText::new(lang.tr(text)).strong());
}

/// A check box; whether it was clicked. A full list greys out the boxes not ticked.
fn check(ui: &mut egui::Ui, on: bool, full: bool, label: &str) -> bool {
    let mut ticked = on;
    ui.add_enabled(!full, egui::Checkbox::new(&mut ticked, label))
        .changed()
}

/// The title (or caption) field of view `view`: typed into a draft, the new text given back once
/// when the field loses focus with a changed text.
fn text_field(
    ui: &mut egui::Ui,
    lang: Lang,
    draft: &mut Option<Draft>,
    index: usize,
    caption: bool,
    view: &PresentationView,
) -> Option<String> {
    let (name, current, limit) = if caption {
        (Text::PresentationCaption, &view.caption, MAX_CAPTION_CHARS)
    } else {
        (Text::PresentationViewTitle, &view.title, MAX_TITLE_CHARS)
    };
    let ours = draft
        .as_ref()
        .is_some_and(|d| d.view == index && d.caption == caption);
    let mut text = match draft.take() {
        Some(d) if ours => d.text,
        other => {
            *draft = other;
            current.clone()
        }
    };
    let label = ui.label(lang.tr(name));
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .char_limit(limit)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.has_focus() {
        *draft = Some(Draft {
            view: index,
            caption,
            text,
        });
        None
    } else if ours && text != *current {
        Some(text)
    } else {
        None
    }
}
