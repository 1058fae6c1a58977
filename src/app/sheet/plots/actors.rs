//! (a) Costs against benefits per actor, as horizontal bars: the actors' names need the room a y
//! axis gives them.

use eframe::egui;
use egui_plot::{Bar, BarChart, Corner};

use super::{BENEFIT, COST, title};
use crate::app::plot_style::{coordinate, euros, sized_plot, whole_steps};
use crate::figures::Shown;
use crate::format::money_whole;
use crate::i18n::{Lang, Text};
use crate::model::Actor;

/// One bar per actor, the first actor on top: its costs, or its benefits just below them.
fn bars(lang: Lang, shown: &Shown, benefit: bool) -> Vec<Bar> {
    Actor::ALL
        .into_iter()
        .enumerate()
        .map(|(i, actor)| {
            let row = shown.matrix[actor];
            let amount = if benefit { row.benefit } else { row.cost };
            let offset = if benefit { -0.2 } else { 0.2 };
            Bar::new((5 - i) as f64 + offset, coordinate(amount))
                .width(0.38)
                .name(format!(
                    "{}: {}",
                    lang.actor(actor),
                    money_whole(amount, lang)
                ))
        })
        .collect()
}

/// The actor on the grid line at `value`, if it is one.
fn actor_tick(lang: Lang, value: f64) -> String {
    let index = value.round();
    if (value - index).abs() < 1e-6 && (0.0..6.0).contains(&index) {
        Actor::ALL
            .get(5 - index as usize)
            .map_or_else(String::new, |a| lang.short_actor(*a).to_string())
    } else {
        String::new()
    }
}

/// (a) Costs against benefits per actor, as shown (in cents, [`Shown::matrix`]).
pub fn actors(ui: &mut egui::Ui, lang: Lang, shown: &Shown, size: egui::Vec2) {
    title(ui, lang, Text::PlotActors);
    let plot = sized_plot("plot_actors", size, Corner::RightBottom)
        .x_axis_label(lang.tr(Text::AxisAmountPerYear))
        .x_axis_formatter(move |mark, _| euros(mark.value, lang))
        .y_axis_formatter(move |mark, _| actor_tick(lang, mark.value))
        .y_grid_spacer(whole_steps)
        .y_axis_min_width(78.0)
        .include_x(0.0)
        .show_y(false)
        .label_formatter(|_| None);
    plot.show(ui, |plot_ui| {
        for (benefit, name, color) in [(false, Text::Costs, COST), (true, Text::Benefits, BENEFIT)]
        {
            plot_ui.bar_chart(
                BarChart::new(lang.tr(name), bars(lang, shown, benefit))
                    .horizontal()
                    .color(color)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
        }
    });
}
