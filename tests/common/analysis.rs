//! The analysis room alone in a harness: its results computed in the frame whenever its request
//! changes (the app does this on its worker), so a test sees them at once.

use eframe::egui;
use egui_kittest::Harness;
use kostenbaten::app::Command;
use kostenbaten::app::analysis::{self, AnalysisRequest, AnalysisResults, AnalysisState, compute};
use kostenbaten::i18n::Lang;
use kostenbaten::model::Model;

/// What the room shows and what it asked for.
pub struct View {
    /// The room's choices (outputs, parameters, methods).
    pub state: AnalysisState,
    /// The model shown; its first scenario is the one analysed.
    pub model: Model,
    /// The request the results answer: computed again only when it changes, as the app does.
    pub request: Option<AnalysisRequest>,
    /// The analyses of that request.
    pub results: Option<AnalysisResults>,
    /// The commands the room sent.
    pub commands: Vec<Command>,
}

impl View {
    fn show(&mut self, ui: &mut egui::Ui) {
        let request = self.state.request(&self.model, 0, Lang::Nl);
        if self.request.as_ref() != Some(&request) {
            self.results = Some(compute(&request));
            self.request = Some(request);
        }
        analysis::show(
            ui,
            &mut self.state,
            &self.model,
            0,
            self.results.as_ref(),
            true,
            Lang::Nl,
            &mut self.commands,
        );
    }
}

/// The room on `model` with `state`, in Dutch, `size` points large, after its first frame.
pub fn harness(model: Model, state: AnalysisState, size: egui::Vec2) -> Harness<'static, View> {
    let mut harness = super::builder().with_size(size).build_ui_state(
        |ui, view: &mut View| view.show(ui),
        View {
            state,
            model,
            request: None,
            results: None,
            commands: Vec::new(),
        },
    );
    harness.run();
    harness
}
