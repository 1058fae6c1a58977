//! A presentation: the prepared views a presenter steps through in front of a council (issue 11).
//! Each view names a scenario, the few parameters shown as sliders, the figures and the plots. It
//! is kept in the model file, so a walk prepared at the desk is given on another machine.
//!
//! The rules live here, next to the data, so the file check, the app's editor and the scenario
//! operations agree: at most [`MAX_VIEWS`] views, [`MAX_CONTROLS`] sliders and [`MAX_PLOTS`] plots a
//! view, bounded texts, and every view naming a scenario that exists.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::registry::{ParamKey, Texts, Unit};

mod edit;

pub use edit::PresentationEdit;

/// At most this many views in one presentation.
pub const MAX_VIEWS: usize = 50;
/// At most this many sliders on one view: more would not be readable from the back of a room.
pub const MAX_CONTROLS: usize = 6;
/// At most this many plots on one view.
pub const MAX_PLOTS: usize = 2;
/// A view's title is at most this many characters.
pub const MAX_TITLE_CHARS: usize = 80;
/// A view's caption is one line of at most this many characters.
pub const MAX_CAPTION_CHARS: usize = 160;

/// The prepared views, in the order they are shown. Empty: the model has no presentation, and the
/// file leaves it out (so older models are written exactly as before).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Presentation {
    /// The views.
    pub views: Vec<PresentationView>,
}

/// One view of a presentation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresentationView {
    /// The title, large at the top.
    pub title: String,
    /// One line under the title: the point of this view.
    #[serde(default)]
    pub caption: String,
    /// The name of the scenario the view starts from.
    pub scenario: String,
    /// The parameters shown as large sliders, by registry key.
    #[serde(default)]
    pub controls: Vec<Control>,
    /// The figures shown large.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// The plots shown (at most [`MAX_PLOTS`]).
    #[serde(default)]
    pub plots: Vec<PlotChoice>,
}

/// A parameter shown as a slider, written in the file as its registry key (`"coaching"`). An
/// unknown key, or one that has no number to slide (a choice such as the LKS rule), is refused
/// where it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Control(pub ParamKey);

impl Control {
    /// Whether `key` can be a slider: it holds a number, not one of a few named choices.
    pub fn can_slide(key: ParamKey) -> bool {
        key.def().unit != Unit::Choice
    }

    /// Every parameter that can be a slider, in the panel's order.
    pub fn all() -> impl Iterator<Item = ParamKey> {
        ParamKey::ALL.into_iter().filter(|k| Control::can_slide(*k))
    }
}

impl Serialize for Control {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.key())
    }
}

impl<'de> Deserialize<'de> for Control {
    /// A registry key (an unknown one is refused by [`ParamKey`] itself) that holds a number.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = ParamKey::deserialize(deserializer)?;
        if Control::can_slide(id) {
            Ok(Control(id))
        } else {
            Err(serde::de::Error::custom(format!(
                "'{}' is een keuze, geen getal: het kan geen schuifregelaar in de presentatie zijn",
                id.key()
            )))
        }
    }
}

/// A figure shown large on a view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Figure {
    /// The municipality's net per place per year (participation budget and BUIG).
    MunicipalityNet,
    /// Society's net per place per year (all parties together).
    SocietyNet,
    /// Who pays, who profits: one bar per party.
    ActorBars,
    /// The BUIG break-even: the wage value at which the LKS equals the benefit saved.
    BreakEven,
    /// The municipality's net present value over the horizon, all places.
    NpvMunicipality,
    /// Society's net present value over the horizon, all places.
    NpvSociety,
    /// The municipality's break-even: the wage value at which its net (participation budget and
    /// BUIG) is zero.
    BreakEvenMunicipality,
}

impl Figure {
    /// Every figure, in the order they are offered and shown.
    pub const ALL: [Figure; 7] = [
        Figure::MunicipalityNet,
        Figure::SocietyNet,
        Figure::ActorBars,
        Figure::BreakEven,
        Figure::BreakEvenMunicipality,
        Figure::NpvMunicipality,
        Figure::NpvSociety,
    ];

    /// The figure's name, in both languages.
    pub fn label(self) -> Texts {
        match self {
            Figure::MunicipalityNet => texts("Saldo gemeente", "Municipality net"),
            Figure::SocietyNet => texts("Saldo samenleving", "Society net"),
            Figure::ActorBars => texts("Wie betaalt, wie profiteert", "Who pays, who profits"),
            Figure::BreakEven => texts("Break-even loonwaarde BUIG", "Break-even wage value BUIG"),
            Figure::BreakEvenMunicipality => texts(
                "Break-even loonwaarde gemeente",
                "Break-even wage value municipality",
            ),
            Figure::NpvMunicipality => texts("NCW gemeente", "NPV municipality"),
            Figure::NpvSociety => texts("NCW samenleving", "NPV society"),
        }
    }
}

/// A plot shown on a view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlotChoice {
    /// The nets against the wage value, with the break-even point.
    WageValueCurve,
    /// Staying home against working, cumulative over the years.
    StayingHomeVsWorking,
    /// Costs and benefits per party.
    ActorBars,
    /// The difference between two scenarios, parameter by parameter (issue 11 item 3; not drawn
    /// yet).
    Waterfall,
    /// Two parameters against each other with the break-even contour (issue 11 item 4; not drawn
    /// yet).
    TradeOff,
}

impl PlotChoice {
    /// Every plot, in the order they are offered.
    pub const ALL: [PlotChoice; 5] = [
        PlotChoice::WageValueCurve,
        PlotChoice::StayingHomeVsWorking,
        PlotChoice::ActorBars,
        PlotChoice::Waterfall,
        PlotChoice::TradeOff,
    ];

    /// The plot's name, in both languages.
    pub fn label(self) -> Texts {
        match self {
            PlotChoice::WageValueCurve => texts("Saldo tegen loonwaarde", "Net against wage value"),
            PlotChoice::StayingHomeVsWorking => texts(
                "Thuisblijven tegenover werken",
                "Staying home against working",
            ),
            PlotChoice::ActorBars => texts("Kosten en baten per partij", "Costs and benefits"),
            PlotChoice::Waterfall => texts("Watervaldiagram", "Waterfall"),
            PlotChoice::TradeOff => texts("Afweging van twee parameters", "Trade-off"),
        }
    }
}

const fn texts(nl: &'static str, en: &'static str) -> Texts {
    Texts { nl, en }
}

impl PresentationView {
    /// A view of scenario `name` with the usual choices: wage value, LKS and coaching as sliders,
    /// the two nets and who pays, and the nets against the wage value.
    pub fn of_scenario(name: &str) -> Self {
        Self {
            title: name.to_string(),
            caption: String::new(),
            scenario: name.to_string(),
            controls: [ParamKey::WageValuePct, ParamKey::LksPct, ParamKey::Coaching]
                .into_iter()
                .map(Control)
                .collect(),
            figures: vec![
                Figure::MunicipalityNet,
                Figure::SocietyNet,
                Figure::ActorBars,
            ],
            plots: vec![PlotChoice::WageValueCurve],
        }
    }

    /// Whether `key` is one of the view's sliders.
    pub fn shows_control(&self, key: ParamKey) -> bool {
        self.controls.iter().any(|c| c.0 == key)
    }

    /// The view's rules, given the model's scenario names; the message names the view (`number`,
    /// counted from 1) and quotes what is wrong, so the file check can point at it.
    pub fn check(&self, number: usize, scenarios: &[&str]) -> Result<(), String> {
        let at = format!("presentatie, weergave {number}");
        if !scenarios.contains(&self.scenario.as_str()) {
            return Err(format!(
                "{at}: onbekend scenario '{}'; bekend zijn: {}",
                self.scenario,
                scenarios.join(", ")
            ));
        }
        let count = |limit: usize, n: usize, what: &str| {
            (n > limit).then(|| format!("{at}: {n} {what}; hooguit {limit}"))
        };
        let chars = |text: &str, limit: usize, what: &str| {
            let n = text.chars().count();
            if n > limit {
                Some(format!("{at}: {what} is {n} tekens lang; hooguit {limit}"))
            } else if text.contains(['\n', '\r']) {
                Some(format!("{at}: {what} moet op één regel"))
            } else {
                None
            }
        };
        let problem = chars(&self.title, MAX_TITLE_CHARS, "de titel")
            .or_else(|| chars(&self.caption, MAX_CAPTION_CHARS, "het onderschrift"))
            .or_else(|| count(MAX_CONTROLS, self.controls.len(), "schuifregelaars"))
            .or_else(|| count(MAX_PLOTS, self.plots.len(), "grafieken"))
            .or_else(|| count(Figure::ALL.len(), self.figures.len(), "cijfers"));
        if let Some(problem) = problem {
            return Err(problem);
        }
        let twice = |keys: Vec<&str>| {
            keys.iter()
                .enumerate()
                .find(|(i, k)| keys[..*i].contains(k))
                .map(|(_, k)| format!("{at}: '{k}' staat er twee keer in"))
        };
        let controls = twice(self.controls.iter().map(|c| c.0.key()).collect());
        let figures = twice(self.figures.iter().map(|f| f.label().nl).collect());
        let plots = twice(self.plots.iter().map(|p| p.label().nl).collect());
        match controls.or(figures).or(plots) {
            Some(problem) => Err(problem),
            None => Ok(()),
        }
    }
}

impl Presentation {
    /// Whether there are no views (then the file leaves the presentation out).
    pub fn is_empty(&self) -> bool {
        self.views.is_empty()
    }

    /// Every rule of [`PresentationView::check`], and at most [`MAX_VIEWS`] views; a broken rule
    /// comes with the number of its view (from 1), where it is one view's.
    pub fn check(&self, scenarios: &[&str]) -> Result<(), (Option<usize>, String)> {
        if self.views.len() > MAX_VIEWS {
            return Err((
                None,
                format!(
                    "de presentatie heeft {} weergaven; hooguit {MAX_VIEWS}",
                    self.views.len()
                ),
            ));
        }
        for (i, view) in self.views.iter().enumerate() {
            view.check(i + 1, scenarios)
                .map_err(|message| (Some(i + 1), message))?;
        }
        Ok(())
    }

    /// A scenario was renamed: its views follow it.
    pub fn rename_scenario(&mut self, old: &str, new: &str) {
        for view in self.views.iter_mut().filter(|v| v.scenario == old) {
            view.scenario = new.to_string();
        }
    }

    /// A scenario was deleted: its views go with it (an undo brings both back); how many went.
    pub fn remove_scenario(&mut self, name: &str) -> usize {
        let before = self.views.len();
        self.views.retain(|v| v.scenario != name);
        before - self.views.len()
    }
}

#[cfg(test)]
mod tests;
