//! In a browser: the page's status element (`<output id="kostenbaten-status" aria-live="polite">`),
//! which tells screen readers the shown scenario's headline results when they change, and lets the
//! browser test (`scripts/web-test/`) read what the app shows:
//!
//! - its text: the municipality's and society's net, as the cards show them (Dutch notation);
//! - `data-ready`: set once a frame with the model's results was drawn;
//! - `data-cpu-ms`: the CPU time of the last frame, in milliseconds;
//! - `data-recovery`: `offered` while a recovery copy of unsaved work is offered;
//! - `data-error`: the error banner's text, empty while there is none;
//! - `data-simulation`: on the uncertainty view, `current` once the Monte Carlo's result answers
//!   the shown scenario, `pending` before;
//! - `data-rect-<name>` for each of [`PLACES`]: where the wage-value slider, its entry field, the
//!   recovery banner's "restore" button, the Bestand menu and the export menu's entries are on the
//!   page (`left,top,width,height` in CSS pixels, empty while not shown), so the test uses them
//!   without fixed pixels.

use eframe::egui;

use super::KostenbatenApp;
use crate::format::money_whole;
use crate::i18n::Text;
use crate::model::ParamKey;

/// The id of the page's status element.
const STATUS_ID: &str = "kostenbaten-status";

/// The controls whose place the status element tells.
const PLACES: [&str; 10] = [
    "wage-slider",
    "wage-entry",
    "restore",
    "file-menu",
    "export-menu",
    "export-csv",
    "export-xlsx",
    "export-pdf",
    "export-png",
    "view-uncertainty",
];

/// What the status element shows now, so it is written only when something changes.
#[derive(Clone, Debug, Default)]
pub(super) struct WebStatus {
    text: String,
    ready: bool,
    recovery: bool,
    error: String,
    simulation: &'static str,
    places: [String; PLACES.len()],
}

/// Where egui keeps the rectangle of control `name` in this frame.
fn place_id(name: &str) -> egui::Id {
    egui::Id::unique(("kostenbaten-web-place", name))
}

/// Note where control `name` (one of [`PLACES`]) was drawn this frame.
pub(super) fn note_place(ctx: &egui::Context, name: &'static str, rect: egui::Rect) {
    // The frame number first: egui's context is locked inside `data_mut`.
    let frame = ctx.cumulative_frame_nr();
    ctx.data_mut(|d| d.insert_temp(place_id(name), (frame, rect)));
}

/// Note where the wage-value row's slider and entry field were drawn this frame.
pub(super) fn note_row(
    ctx: &egui::Context,
    param: ParamKey,
    slider: egui::Rect,
    entry: egui::Rect,
) {
    if param == ParamKey::WageValuePct {
        note_place(ctx, "wage-slider", slider);
        note_place(ctx, "wage-entry", entry);
    }
}

/// Where control `name` was drawn this frame, as `left,top,width,height`; empty when it was not.
fn place_text(ctx: &egui::Context, name: &str) -> String {
    let frame = ctx.cumulative_frame_nr();
    ctx.data(|d| d.get_temp::<(u64, egui::Rect)>(place_id(name)))
        .filter(|(drawn, _)| *drawn == frame)
        .map(|(_, r)| {
            format!(
                "{:.1},{:.1},{:.1},{:.1}",
                r.left(),
                r.top(),
                r.width(),
                r.height()
            )
        })
        .unwrap_or_default()
}

impl KostenbatenApp {
    /// Bring the page's status element up to date with this frame.
    pub(super) fn web_status_frame(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(STATUS_ID))
        else {
            return;
        };
        let lang = self.settings.lang;
        let headline = self.results.sheet().map(|f| {
            format!(
                "{}: {}; {}: {}",
                lang.tr(Text::MunicipalityNet),
                money_whole(f.shown.municipality_net, lang),
                lang.tr(Text::SocietyNetCard),
                money_whole(f.shown.society_net, lang)
            )
        });
        if let Some(text) = headline
            && text != self.session.web_status.text
        {
            element.set_text_content(Some(&text));
            self.session.web_status.text = text;
            if !self.session.web_status.ready {
                let _ = element.set_attribute("data-ready", "true");
                self.session.web_status.ready = true;
            }
        }
        if let Some(cpu) = frame.info().cpu_usage {
            let _ = element.set_attribute("data-cpu-ms", &format!("{:.2}", cpu * 1000.0));
        }
        let recovery = self.session.offered_recovery.is_some();
        if recovery != self.session.web_status.recovery {
            let _ = element.set_attribute("data-recovery", if recovery { "offered" } else { "" });
            self.session.web_status.recovery = recovery;
        }
        let error = self.view.error.clone().unwrap_or_default();
        if error != self.session.web_status.error {
            let _ = element.set_attribute("data-error", &error);
            self.session.web_status.error = error;
        }
        let simulation = match self.view.shown {
            super::View::Uncertainty if self.results.simulation().is_current() => "current",
            super::View::Uncertainty => "pending",
            _ => "",
        };
        if simulation != self.session.web_status.simulation {
            let _ = element.set_attribute("data-simulation", simulation);
            self.session.web_status.simulation = simulation;
        }
        for (name, shown) in PLACES.iter().zip(self.session.web_status.places.iter_mut()) {
            let place = place_text(ctx, name);
            if place != *shown {
                let _ = element.set_attribute(&format!("data-rect-{name}"), &place);
                *shown = place;
            }
        }
    }
}
