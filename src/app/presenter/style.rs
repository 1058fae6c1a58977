//! Presenter scale: type and controls sized to be read from the back of a room at 1280×720.

use eframe::egui;
use egui::{FontId, TextStyle};

/// The view's title.
pub const TITLE: f32 = 40.0;
/// The caption under it.
pub const CAPTION: f32 = 24.0;
/// A large figure.
pub const FIGURE: f32 = 40.0;
/// The name above a figure, a slider's name, a party's name.
pub const LABEL: f32 = 22.0;
/// A slider's value.
pub const VALUE: f32 = 30.0;
/// The hints along the bottom.
pub const HINT: f32 = 18.0;

/// Text styles at presenter scale for what is drawn inside `ui` (plots, buttons), so the plot code
/// of the sheet draws its axes and legends large without knowing it.
pub fn scale_up(ui: &mut egui::Ui) {
    let style = ui.style_mut();
    for (text_style, size) in [
        (TextStyle::Small, 15.0),
        (TextStyle::Body, 21.0),
        (TextStyle::Button, 21.0),
        (TextStyle::Monospace, 19.0),
        (TextStyle::Heading, 28.0),
    ] {
        let family = style
            .text_styles
            .get(&text_style)
            .map_or(egui::FontFamily::Proportional, |f| f.family.clone());
        style
            .text_styles
            .insert(text_style, FontId::new(size, family));
    }
    style.spacing.interact_size.y = 44.0;
    style.spacing.slider_rail_height = 12.0;
    style.spacing.button_padding = egui::vec2(14.0, 6.0);
}
