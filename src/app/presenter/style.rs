//! Presenter scale: type and controls sized to be read from the back of a room. The sizes below are
//! for a 1280×720 projector; on a larger screen everything grows with it ([`scale`]: 1,5 at
//! 1920×1080), so a hall's screen shows the same view, larger.

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

/// The screen the sizes above are made for.
pub const BASE_SCREEN: egui::Vec2 = egui::vec2(1280.0, 720.0);

/// How much larger than at 1280×720 everything is drawn on a screen of `screen` points: the
/// smaller of the two ratios, so a view that fits the projector fits any screen of its shape. Never
/// below 0,75 (a small window stays legible) nor above 3.
pub fn scale_for(screen: egui::Vec2) -> f32 {
    let ratio = (screen.x / BASE_SCREEN.x).min(screen.y / BASE_SCREEN.y);
    if ratio.is_finite() {
        ratio.clamp(0.75, 3.0)
    } else {
        1.0
    }
}

/// The scale of the screen `ui` is drawn on.
pub fn scale(ui: &egui::Ui) -> f32 {
    scale_for(ui.ctx().content_rect().size())
}

/// A base size (one of the constants above) at the scale of the screen `ui` is drawn on.
pub fn at(ui: &egui::Ui, base: f32) -> f32 {
    base * scale(ui)
}

/// Text styles at presenter scale for what is drawn inside `ui` (plots, buttons), so the plot code
/// of the sheet draws its axes and legends large without knowing it.
pub fn scale_up(ui: &mut egui::Ui) {
    let scale = scale(ui);
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
            .insert(text_style, FontId::new(size * scale, family));
    }
    style.spacing.interact_size.y = 44.0 * scale;
    style.spacing.slider_rail_height = 12.0 * scale;
    style.spacing.button_padding = egui::vec2(14.0, 6.0) * scale;
    style.spacing.item_spacing *= scale;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_follows_the_screen() {
        // 1920 / 1280 = 1080 / 720 = 1,5; a 1280×1024 screen is limited by its width: 1,0.
        assert!((scale_for(egui::vec2(1920.0, 1080.0)) - 1.5).abs() < 1e-6);
        assert!((scale_for(egui::vec2(1280.0, 720.0)) - 1.0).abs() < 1e-6);
        assert!((scale_for(egui::vec2(1280.0, 1024.0)) - 1.0).abs() < 1e-6);
        // 3840×2160 would be 3; a 640×360 window would be 0,5 and stays at 0,75.
        assert!((scale_for(egui::vec2(3840.0, 2160.0)) - 3.0).abs() < 1e-6);
        assert!((scale_for(egui::vec2(640.0, 360.0)) - 0.75).abs() < 1e-6);
    }
}
