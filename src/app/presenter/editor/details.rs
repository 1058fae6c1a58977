//! The picked view's details: title and caption, its scenario, and check boxes for its sliders,
//! figures and plots (full lists refuse one more).

use eframe::egui;

use super::super::{fit, style};
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
    preview(ui, lang, view);
}

/// The view as it will stand on a projector, drawn small from the plan presenter mode uses, and
/// in words what would not be readable.
fn preview(ui: &mut egui::Ui, lang: Lang, view: &PresentationView) {
    let plan = fit::plan(view, style::BASE_SCREEN);
    heading(ui, lang, Text::FitPreview);
    let width = ui.available_width().min(320.0);
    let factor = width / style::BASE_SCREEN.x;
    let (rect, _) = ui.allocate_exact_size(style::BASE_SCREEN * factor, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let place = |r: egui::Rect| {
        egui::Rect::from_min_max(
            rect.min + r.min.to_vec2() * factor,
            rect.min + r.max.to_vec2() * factor,
        )
    };
    painter.rect_filled(rect, 2.0, visuals.extreme_bg_color);
    let ok = visuals.widgets.inactive.bg_fill;
    let bad = visuals.error_fg_color.gamma_multiply(0.6);
    let has = |problem: fit::Problem| plan.problems.contains(&problem);
    let controls_bad = plan
        .problems
        .iter()
        .any(|p| matches!(p, fit::Problem::Controls { .. }));
    let mut parts: Vec<(egui::Rect, bool)> = vec![(plan.title, false), (plan.footer, false)];
    parts.extend(plan.controls.map(|c| (c, controls_bad)));
    parts.extend(plan.cards.iter().map(|&c| (c, has(fit::Problem::Figures))));
    parts.extend(plan.bars.map(|b| (b, has(fit::Problem::Bars))));
    parts.extend(plan.plots.iter().map(|&p| (p, has(fit::Problem::Plots))));
    for (part, wrong) in parts {
        painter.rect(
            place(part).shrink(1.0),
            2.0,
            if wrong { bad } else { ok },
            egui::Stroke::new(1.0, visuals.weak_text_color()),
            egui::StrokeKind::Inside,
        );
    }
    if plan.fits() {
        ui.label(egui::RichText::new(lang.tr(Text::FitOk)).color(ok_color(ui)));
    }
    for problem in &plan.problems {
        let text = match *problem {
            fit::Problem::Controls { fit, .. } => format!("{} {fit}.", lang.tr(Text::FitControls)),
            fit::Problem::Figures => lang.tr(Text::FitFigures).to_string(),
            fit::Problem::Bars => lang.tr(Text::FitBars).to_string(),
            fit::Problem::Plots => lang.tr(Text::FitPlots).to_string(),
        };
        ui.add(
            egui::Label::new(egui::RichText::new(text).color(ui.visuals().warn_fg_color)).wrap(),
        );
    }
}

/// The colour of "fits".
fn ok_color(ui: &egui::Ui) -> egui::Color32 {
    crate::app::widgets::sign_color(ui, crate::app::widgets::Sign::Positive)
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
