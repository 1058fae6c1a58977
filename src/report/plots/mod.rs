//! The app's plots as vector graphics (SVG) and as PNG for print, without egui: the same figures
//! the sheet and the uncertainty tab draw, from the same engine results, in the shipped font.
//!
//! Each plot is a small SVG written here ([`svg`], [`frame`]); resvg rasterises it and the
//! council report places it in the PDF as vectors (krilla-svg), both through one usvg tree.

pub mod charts;
pub mod font;
pub mod frame;
pub mod svg;
pub mod waterfall;

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::figures::Figures;
use crate::i18n::Lang;
use crate::messages::Message;
use crate::model::analysis::ExplainError;
use crate::model::uncertainty::{SimulationError, SimulationResult};
use crate::model::{Model, ModelError, Scenario, Texts};

pub use crate::figures::REPORT_SAMPLES;

/// A plot to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlotName {
    /// The net against the wage value, with the break-even point (`loonwaarde`).
    WageValue,
    /// Staying home against acting over the years (`jaren`).
    Years,
    /// Costs and benefits per actor (`partijen`).
    Actors,
    /// The Monte Carlo histogram, for a scenario with ranges (`onzekerheid`).
    Uncertainty,
    /// The waterfall explaining the municipality's net from the first scenario to the chosen one
    /// (`waterval`); see [`waterfall`].
    Waterfall,
}

impl PlotName {
    /// Every plot, in the report's order.
    pub const ALL: [PlotName; 5] = [
        PlotName::WageValue,
        PlotName::Years,
        PlotName::Actors,
        PlotName::Uncertainty,
        PlotName::Waterfall,
    ];

    /// The key on the command line in `lang`: `loonwaarde`, `jaren`, `partijen`, `onzekerheid`,
    /// `waterval` (nl); `wage-value`, `years`, `actors`, `uncertainty`, `waterfall` (en).
    pub fn key(self, lang: Lang) -> &'static str {
        let (nl, en) = self.keys();
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    fn keys(self) -> (&'static str, &'static str) {
        match self {
            PlotName::WageValue => ("loonwaarde", "wage-value"),
            PlotName::Years => ("jaren", "years"),
            PlotName::Actors => ("partijen", "actors"),
            PlotName::Uncertainty => ("onzekerheid", "uncertainty"),
            PlotName::Waterfall => ("waterval", "waterfall"),
        }
    }

    /// The plot with this key, Dutch or English, in any case.
    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_lowercase();
        Self::ALL.into_iter().find(|p| {
            let (nl, en) = p.keys();
            key == nl || key == en
        })
    }

    /// Width and height at scale 1 in pixels; a PNG at scale `s` is `s` times this.
    pub fn base_size(self) -> (u32, u32) {
        (frame::WIDTH as u32, frame::HEIGHT as u32)
    }
}

/// Why a plot could not be made; one line, Dutch, naming what.
#[derive(Debug, thiserror::Error)]
pub enum PlotError {
    /// No scenario of that name in the model.
    #[error("het model heeft geen scenario '{0}'")]
    UnknownScenario(String),
    /// The scenario cannot be computed.
    #[error("scenario '{scenario}': {source}")]
    Model {
        /// The scenario.
        scenario: String,
        /// Why.
        source: ModelError,
    },
    /// The Monte Carlo failed.
    #[error("scenario '{scenario}': {source}")]
    Simulation {
        /// The scenario.
        scenario: String,
        /// Why.
        source: SimulationError,
    },
    /// The uncertainty plot of a scenario without ranges.
    #[error("scenario '{0}' heeft geen bandbreedtes: er is geen onzekerheid te tekenen")]
    NoRanges(String),
    /// A plot the model has nothing to draw for, and why.
    #[error("{} (grafiek '{plot}')", reason.nl)]
    NotAvailable {
        /// The plot's key.
        plot: &'static str,
        /// Why, in both languages: e.g. [`waterfall::ONE_SCENARIO`].
        reason: Texts,
    },
    /// The difference between two scenarios cannot be explained.
    #[error("het verschil van '{from}' naar '{to}': {source}")]
    Explain {
        /// The first scenario.
        from: String,
        /// The second.
        to: String,
        /// Why (boxed: the engine's error is large, and plots are the common case).
        source: Box<ExplainError>,
    },
    /// The SVG could not be read back (a defect in the writer).
    #[error("de grafiek kon niet worden getekend: {0}")]
    Svg(String),
    /// The scale gives no image (zero, negative or too large).
    #[error("schaal {0} geeft geen afbeelding (kies een schaal van 0,1 tot en met 8)")]
    Scale(f32),
}

impl Message for PlotError {
    fn english(&self) -> String {
        match self {
            PlotError::UnknownScenario(name) => format!("the model has no scenario '{name}'"),
            PlotError::Model { scenario, source } => {
                format!("scenario '{scenario}': {}", source.english())
            }
            PlotError::Simulation { scenario, source } => {
                format!("scenario '{scenario}': {}", source.english())
            }
            PlotError::NoRanges(name) => {
                format!("scenario '{name}' has no ranges: there is no uncertainty to draw")
            }
            PlotError::NotAvailable { plot, reason } => format!("{} (plot '{plot}')", reason.en),
            PlotError::Explain { from, to, source } => format!(
                "the difference from '{from}' to '{to}': {}",
                source.english()
            ),
            PlotError::Svg(why) => format!("the plot could not be drawn: {why}"),
            PlotError::Scale(scale) => {
                format!("scale {scale} gives no image (choose a scale from 0.1 to 8)")
            }
        }
    }
}

/// `name`'s scenario; the empty name is the first one.
pub fn find_scenario<'m>(model: &'m Model, name: &str) -> Result<&'m Scenario, PlotError> {
    let found = if name.is_empty() {
        model.scenarios.first()
    } else {
        model.scenario(name)
    };
    found.ok_or_else(|| PlotError::UnknownScenario(name.to_string()))
}

/// The figures of `scenario` from the figures layer, naming it on failure.
pub fn figures(scenario: &Scenario) -> Result<Figures, PlotError> {
    Figures::of(scenario).map_err(|source| PlotError::Model {
        scenario: scenario.name.clone(),
        source,
    })
}

/// The figures layer's Monte Carlo for a report of `scenario` ([`REPORT_SAMPLES`] samples with its
/// seed, `None` without ranges), naming the scenario on failure.
pub fn simulate_for_report(scenario: &Scenario) -> Result<Option<SimulationResult>, PlotError> {
    crate::figures::report_simulation(scenario).map_err(|source| PlotError::Simulation {
        scenario: scenario.name.clone(),
        source,
    })
}

/// `plot` of `scenario` as SVG from results already computed; `None` where the scenario has
/// nothing to draw (no ranges for the histogram) and for the waterfall, which needs the whole
/// model ([`waterfall::plot_svg`]).
pub fn render(
    plot: PlotName,
    scenario: &Scenario,
    figures: &Figures,
    simulation: Option<&SimulationResult>,
    lang: Lang,
) -> Result<Option<String>, PlotError> {
    let evaluation = &figures.evaluation;
    Ok(match plot {
        PlotName::WageValue => {
            let points = figures
                .wage_curve
                .as_deref()
                .map_err(|source| PlotError::Model {
                    scenario: scenario.name.clone(),
                    source: source.clone(),
                })?;
            Some(charts::wage_value(
                lang,
                &scenario.parameters,
                evaluation,
                points,
            ))
        }
        PlotName::Years => Some(charts::years(lang, evaluation)),
        PlotName::Actors => Some(charts::actors(lang, evaluation)),
        PlotName::Uncertainty => simulation.map(|result| charts::histogram(lang, result)),
        PlotName::Waterfall => None,
    })
}

/// `plot` of the scenario called `scenario_name` ("" for the first) as SVG text.
pub fn plot_svg(
    model: &Model,
    scenario_name: &str,
    plot: PlotName,
    lang: Lang,
) -> Result<String, PlotError> {
    if plot == PlotName::Waterfall {
        return waterfall::plot_svg(model, scenario_name, lang);
    }
    let scenario = find_scenario(model, scenario_name)?;
    let figures = figures(scenario)?;
    let simulation = match plot {
        PlotName::Uncertainty => simulate_for_report(scenario)?,
        _ => None,
    };
    match render(plot, scenario, &figures, simulation.as_ref(), lang)? {
        Some(svg) => Ok(svg),
        None => Err(PlotError::NoRanges(scenario.name.clone())),
    }
}

/// `plot` of the scenario called `scenario_name` ("" for the first) as PNG, `scale` times its
/// [`PlotName::base_size`] (2 for print).
pub fn plot_png(
    model: &Model,
    scenario_name: &str,
    plot: PlotName,
    lang: Lang,
    scale: f32,
) -> Result<Vec<u8>, PlotError> {
    let svg = plot_svg(model, scenario_name, plot, lang)?;
    svg_to_png(&svg, scale)
}

/// The font database with only the shipped font, built once.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS.get_or_init(font::database).clone()
}

/// Parse SVG text into a usvg tree, text laid out in the shipped font.
pub fn parse_svg(svg: &str) -> Result<usvg::Tree, PlotError> {
    let options = usvg::Options {
        font_family: font::FAMILY.to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|err| PlotError::Svg(err.to_string()))
}

/// Rasterise SVG text at `scale` (0,1 to 8) into PNG bytes.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, PlotError> {
    if !(0.1..=8.0).contains(&scale) {
        return Err(PlotError::Scale(scale));
    }
    let tree = parse_svg(svg)?;
    let size = tree.size();
    let width = (size.width() * scale).round() as u32;
    let height = (size.height() * scale).round() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or(PlotError::Scale(scale))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|err| PlotError::Svg(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back_in_both_languages() {
        for plot in PlotName::ALL {
            assert_eq!(PlotName::from_key(plot.key(Lang::Nl)), Some(plot));
            assert_eq!(PlotName::from_key(plot.key(Lang::En)), Some(plot));
        }
        assert_eq!(
            PlotName::from_key(" Loonwaarde "),
            Some(PlotName::WageValue)
        );
        assert_eq!(PlotName::from_key("taart"), None);
    }
}
