//! A figure's source, typed beside it in the parameters panel: a "bron" toggle on the parameter's
//! line opens one line of text under it. The text is kept as a draft while typed and given to the
//! document with Enter or "Bewaar bron" as one [`Command::SetSource`] — one undo step, saved in the
//! file's `sources`, shown in every view that lists sources. A source holds for the value it was
//! given for: the engine drops it when the value changes.

use eframe::egui;

use crate::app::Command;
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::{MAX_SOURCE_CHARS, ParamKey, checked_source_text};

/// Where egui keeps whether the source line of `key` is open (view state, not the model's).
fn open_id(key: ParamKey) -> egui::Id {
    egui::Id::unique(("source_open", key.key()))
}

/// Where egui keeps the draft being typed for `key`.
fn draft_id(key: ParamKey) -> egui::Id {
    egui::Id::unique(("source_draft", key.key()))
}

/// A figure's source badge that opens its source line when clicked (instead of a "bron" button
/// beside it, which a long name has no room for).
pub fn badge_toggle(ui: &mut egui::Ui, lang: Lang, key: ParamKey, label: &str, source: &str) {
    let response = crate::app::widgets::source_badge(ui, lang, source)
        .interact(egui::Sense::click())
        .on_hover_text(lang.tr(Text::SourceEditHint));
    let response = response.accessible_name(format!("{} {label}", lang.tr(Text::SourceEditLabel)));
    if response.clicked() {
        flip(ui, key);
    }
}

/// Open or close the source line of `key`, starting its draft afresh.
fn flip(ui: &egui::Ui, key: ParamKey) {
    let id = open_id(key);
    let open = ui.ctx().data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    ui.ctx().data_mut(|d| {
        d.insert_temp(id, !open);
        d.remove_temp::<String>(draft_id(key));
    });
}

/// The small "bron" toggle for the line of `key`, named for the figure `label`.
pub fn toggle(ui: &mut egui::Ui, lang: Lang, key: ParamKey, label: &str) {
    let id = open_id(key);
    let open = ui.ctx().data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    let clicked = ui
        .add(egui::Button::selectable(open, lang.tr(Text::SourceEdit)).small())
        .on_hover_text(lang.tr(Text::SourceEditHint))
        .accessible_name(format!("{} {label}", lang.tr(Text::SourceEditLabel)))
        .clicked();
    if clicked {
        flip(ui, key);
    }
}

/// The source line of `key` under its row, when open: the text field (starting from `current`,
/// the source that holds now) and the button that keeps it. What is kept is pushed to `commands`.
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    key: ParamKey,
    label: &str,
    current: Option<&str>,
    commands: &mut Vec<Command>,
) {
    if !ui
        .ctx()
        .data(|d| d.get_temp::<bool>(open_id(key)))
        .unwrap_or(false)
    {
        return;
    }
    let id = draft_id(key);
    let mut draft = ui
        .ctx()
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.unwrap_or_default().to_string());
    let name = format!("{} {label}", lang.tr(Text::SourceEditLabel));
    let (edited, keep) = ui
        .horizontal(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut draft)
                    .char_limit(MAX_SOURCE_CHARS)
                    .hint_text(lang.tr(Text::SourceEditHint))
                    .desired_width(ui.available_width() - 90.0),
            );
            let field = field.accessible_name(&name);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let kept = ui
                .add(egui::Button::new(lang.tr(Text::SourceApply)).small())
                .accessible_name(format!("{}: {label}", lang.tr(Text::SourceApply)))
                .clicked();
            (field.changed(), entered || kept)
        })
        .inner;
    // The engine's check, shown while typing, so nothing is refused without a word.
    if let Err(err) = checked_source_text(&draft) {
        ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
    }
    if keep {
        commands.push(Command::SetSource(key, draft.clone()));
        ui.ctx().data_mut(|d| {
            d.remove_temp::<String>(id);
            d.insert_temp(open_id(key), false);
        });
    } else if edited {
        ui.ctx().data_mut(|d| d.insert_temp(id, draft));
    }
}
