//! Presenter mode (issue 11): full screen, large type, only what the presenter chose for each
//! prepared view — a few large sliders, the answer as large figures, who pays and who profits as
//! one bar per party, one or two plots. No menus, no tables.
//!
//! A slider moved during the talk is a what-if on a copy of the view's scenario: stepping to
//! another view starts from that view's own scenario again, unless the presenter keeps the what-if
//! ("Bewaar in scenario", K), which is an ordinary undoable edit of the model.
//!
//! - `keys.rs`: F5 starts; Esc, ←/→, PageUp/PageDown (what clickers send) and K while presenting.
//! - `results.rs`: the what-if's evaluation, computed only when it changes.
//! - `frame.rs`: the screen; `controls.rs`, `figures.rs`, `plots.rs` its parts.
//! - `editor/`: the panel "Presentatie" in which the list of views is built.

use crate::model::{Model, Parameters, PresentationView};

mod commands;
mod controls;
pub mod editor;
pub mod extras;
mod figures;
pub mod fit;
mod frame;
mod keys;
mod plots;
mod results;
mod style;

pub use results::PresenterResults;

/// The views of `model`'s presentation, or `adhoc` when it has none.
fn views_of<'a>(adhoc: &'a Option<PresentationView>, model: &'a Model) -> &'a [PresentationView] {
    match adhoc {
        Some(view) if model.presentation.is_empty() => std::slice::from_ref(view),
        _ => &model.presentation.views,
    }
}

/// The what-if of the view shown: the scenario's parameters it started from, and as moved.
#[derive(Clone, Debug)]
pub struct WhatIf {
    /// The view it belongs to.
    pub view: usize,
    /// The scenario's name.
    pub scenario: String,
    /// The scenario's parameters when the view was entered (or last kept).
    pub base: Parameters,
    /// The parameters as the sliders moved them.
    pub params: Parameters,
}

impl WhatIf {
    /// Whether a slider moved it away from the scenario.
    pub fn is_changed(&self) -> bool {
        self.params != self.base
    }
}

/// Presenter mode's state while it is on.
#[derive(Debug)]
pub struct PresenterState {
    /// The view shown, an index into the views.
    pub index: usize,
    /// The one view shown when the model has no presentation: the shown scenario, default choices.
    adhoc: Option<PresentationView>,
    /// The what-if of the view shown.
    pub what_if: Option<WhatIf>,
    /// What the what-if computes to.
    pub results: PresenterResults,
    /// Whether the window was full screen before, so leaving restores it.
    pub was_fullscreen: bool,
}

impl PresenterState {
    /// Presenter mode on `model`, starting at its first view; without a presentation, one view
    /// of `shown_scenario`.
    pub fn start(model: &Model, shown_scenario: usize, was_fullscreen: bool) -> Self {
        let adhoc = if model.presentation.is_empty() {
            model
                .scenarios
                .get(shown_scenario)
                .map(|s| PresentationView::of_scenario(&s.name))
        } else {
            None
        };
        Self {
            index: 0,
            adhoc,
            what_if: None,
            results: PresenterResults::default(),
            was_fullscreen,
        }
    }

    /// The views stepped through: the model's presentation, or the one ad-hoc view.
    pub fn views<'a>(&'a self, model: &'a Model) -> &'a [PresentationView] {
        views_of(&self.adhoc, model)
    }

    /// Step `by` views (−1 back, +1 on), staying within the list.
    pub fn step(&mut self, model: &Model, by: isize) {
        let last = self.views(model).len().saturating_sub(1);
        self.index = self.index.saturating_add_signed(by).min(last);
    }

    /// Follow the model: keep the index in range, and start the view's what-if from its scenario
    /// when the view changed or the scenario was changed under it (an undo, a kept what-if).
    /// Clones parameters only then; `false` when there is nothing to show.
    pub fn sync(&mut self, model: &Model) -> bool {
        let views = self.views(model);
        let Some(last) = views.len().checked_sub(1) else {
            return false;
        };
        let index = self.index.min(last);
        // A position, not a reference: the views may be borrowed from `self`.
        let Some(position) = views
            .get(index)
            .and_then(|view| model.scenarios.iter().position(|s| s.name == view.scenario))
        else {
            return false;
        };
        let Some(scenario) = model.scenarios.get(position) else {
            return false;
        };
        let current = self.what_if.as_ref().is_some_and(|w| {
            w.view == index && w.scenario == scenario.name && w.base == scenario.parameters
        });
        if !current {
            self.what_if = Some(WhatIf {
                view: index,
                scenario: scenario.name.clone(),
                base: scenario.parameters.clone(),
                params: scenario.parameters.clone(),
            });
        }
        self.index = index;
        true
    }
}
