//! The council report: one scenario of a model as an A4 PDF a council can read — the summary in
//! plain words, the sheet, who pays and who benefits, the plots, the scenarios side by side, the
//! difference between them explained, the uncertainty where the model has ranges, and every
//! assumption with its source.
//!
//! Built with krilla (fonts embedded and subsetted, text extractable) and the plots of
//! [`crate::report::plots`] as vectors; the line breaking and pages are ours ([`layout`]).

pub mod explained;
pub mod layout;
pub mod pdf;
pub mod sections;
pub mod summary;
pub mod wrap;

use layout::{BODY, Layout, MUTED};

use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::{Model, Scenario};
use crate::report::plots::font::Weight;
use crate::report::plots::svg::INK;
use crate::report::plots::{self, PlotError, PlotName};

/// Why the report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum CouncilError {
    /// The scenario is missing, cannot be computed, or a plot failed.
    #[error(transparent)]
    Plot(#[from] PlotError),
    /// The PDF could not be written.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
}

impl Message for CouncilError {
    fn english(&self) -> String {
        match self {
            CouncilError::Plot(err) => err.english(),
            CouncilError::Pdf(pdf::PdfError::Font) => {
                "the report's font could not be read".to_string()
            }
            CouncilError::Pdf(pdf::PdfError::Write(why)) => {
                format!("the PDF could not be written: {why}")
            }
        }
    }
}

/// The council report of `scenario_name` ("" for the first scenario) of `model` as PDF bytes,
/// in `lang`; `date` is printed as given (the engine has no clock), e.g. `24 november 2026`.
pub fn council_pdf(
    model: &Model,
    scenario_name: &str,
    lang: Lang,
    date: &str,
) -> Result<Vec<u8>, CouncilError> {
    let scenario = plots::find_scenario(model, scenario_name)?;
    // One set of figures for every section: the sheet, the summary, the plots and the sources
    // print what the window, the CSV and the workbook show.
    let figures = plots::figures(scenario)?;
    let evaluation = &figures.evaluation;
    let simulation = plots::simulate_for_report(scenario)?;
    let mut layout = Layout::new();
    title_block(&mut layout, model, scenario, date, lang);

    layout.heading(lang.tr(Text::CouncilSummary), 120.0);
    layout.key_figures(&summary::key_figures(&figures, lang));
    for text in summary::paragraphs(&scenario.parameters, &figures, lang) {
        layout.body(&text);
    }

    let year = evaluation.inputs.year;
    layout.heading(
        &format!(
            "{} ({}, {} {year})",
            lang.tr(Text::SheetTitle),
            lang.tr(Text::PerPlacePerYear),
            lang.tr(Text::Year).to_lowercase()
        ),
        120.0,
    );
    sections::sheet(&mut layout, &figures, lang);
    if let Some(reference) = &scenario.reference {
        sections::reference(&mut layout, reference, &figures.reference, lang);
    }

    let figure = |layout: &mut Layout, plot| -> Result<(), PlotError> {
        if let Some(svg) = plots::render(plot, scenario, &figures, simulation.as_ref(), lang)? {
            layout.figure(plots::parse_svg(&svg)?, plots::frame::MARGIN);
        }
        Ok(())
    };
    layout.heading(lang.tr(Text::WhoPaysWhoBenefits), 160.0);
    sections::actors(&mut layout, &figures, lang);
    figure(&mut layout, PlotName::Actors)?;

    layout.heading(lang.tr(Text::CouncilPlots), 260.0);
    figure(&mut layout, PlotName::WageValue)?;
    figure(&mut layout, PlotName::Years)?;

    if model.scenarios.len() > 1 {
        let summaries = crate::figures::summaries(&model.scenarios, Some((scenario, &figures)))
            .map_err(|(scenario, source)| PlotError::Model { scenario, source })?;
        layout.heading(lang.tr(Text::Compare), 160.0);
        layout.body(lang.tr(Text::CouncilCompareIntro));
        sections::comparison(&mut layout, &summaries, lang);
    }
    explained::section(&mut layout, model, scenario, lang)?;

    if let Some(result) = &simulation {
        layout.heading(lang.tr(Text::UncertaintyTab), 160.0);
        let ranges: Vec<_> = scenario
            .uncertainty
            .params()
            .map(|(k, d)| (k, *d))
            .collect();
        sections::uncertainty(&mut layout, &ranges, result, lang);
        figure(&mut layout, PlotName::Uncertainty)?;
    }

    layout.heading(lang.tr(Text::CouncilAssumptions), 120.0);
    // The figures layer's source rows: the same provenance the Bronnen tab, `sources` and the
    // workbook give (a changed figure is the user's, never the document's).
    sections::sources(&mut layout, &figures.sources, lang);
    finish(layout, model, scenario, lang)
}

/// The report's kind, title, and the model, scenario and date it is about.
fn title_block(layout: &mut Layout, model: &Model, scenario: &Scenario, date: &str, lang: Lang) {
    layout.paragraph(
        lang.tr(Text::CouncilReport),
        11.0,
        Weight::Bold,
        layout::ACCENT,
    );
    layout.title(lang.tr(Text::CouncilTitle), 20.0, INK);
    layout.space(4.0);
    for (label, value) in [
        (Text::CouncilModel, model.name.as_str()),
        (Text::Scenario, scenario.name.as_str()),
        (Text::CouncilDate, date),
    ] {
        layout.paragraph(
            &format!("{}: {value}", lang.tr(label)),
            BODY,
            Weight::Regular,
            MUTED,
        );
    }
}

/// The laid-out pages as a PDF with its title, language and page footers.
fn finish(
    layout: Layout,
    model: &Model,
    scenario: &Scenario,
    lang: Lang,
) -> Result<Vec<u8>, CouncilError> {
    let title = format!("{} — {}", lang.tr(Text::CouncilReport), model.name);
    let footer = format!("{} — {}", lang.tr(Text::CouncilReport), scenario.name);
    let meta = pdf::Meta {
        title: &title,
        language: match lang {
            Lang::Nl => "nl-NL",
            Lang::En => "en-GB",
        },
        footer: &footer,
        page_of: match lang {
            Lang::Nl => |page, count| format!("Pagina {page} van {count}"),
            Lang::En => |page, count| format!("Page {page} of {count}"),
        },
    };
    Ok(pdf::write(layout.finish(), &meta)?)
}
