//! Exports: one scenario of a model as a file for other programs — a CSV for Excel, an XLSX
//! workbook whose figures are formulas on its parameter cells — chosen by the target's extension.
//!
//! [`export_bytes`] is the one dispatcher the command line and the app call: it renders the bytes
//! and touches no file. Writing them is [`check_target`] (before rendering, so a wrong folder is
//! refused before any work) and [`write_export`] (atomically: a failed export never leaves a
//! half-written file, and an existing file stays as it was).

pub mod csv;
pub mod xlsx;
mod xlsx_formulas;
mod xlsx_overview;
mod xlsx_params;
mod xlsx_tables;

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::figures::{Figures, summaries};
use crate::file::{FileError, write_atomic};
use crate::i18n::Lang;
use crate::messages::Message;
use crate::model::analysis::ScenarioSummary;
use crate::model::{Model, ModelError, ReferenceRow, Scenario};

/// The formats an export can have, named by the target's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// `.csv`: the sheet, the actors, the scenarios and the horizon as sections of one file.
    Csv,
    /// `.xlsx`: a workbook with one sheet per part, its figures formulas on the parameter cells.
    Xlsx,
    /// `.pdf`: the council report (not yet).
    Pdf,
    /// `.png`: a plot (not yet).
    Png,
}

impl ExportFormat {
    /// Every format, in the order they are listed to the user.
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Csv,
        ExportFormat::Xlsx,
        ExportFormat::Pdf,
        ExportFormat::Png,
    ];

    /// The extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Png => "png",
        }
    }

    /// The format `path`'s extension names (any case), or why there is none.
    pub fn from_path(path: &Path) -> Result<Self, ExportError> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        ExportFormat::ALL
            .into_iter()
            .find(|f| f.extension() == extension)
            .ok_or_else(|| ExportError::UnknownExtension {
                path: path.to_path_buf(),
                extension,
            })
    }

    /// The known extensions as the user reads them: `.csv, .xlsx, .pdf, .png`.
    pub fn known() -> String {
        ExportFormat::ALL
            .map(|f| format!(".{}", f.extension()))
            .join(", ")
    }
}

/// How a CSV writes its numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CsvStyle {
    /// Excel with Dutch settings: `;` between fields, a decimal comma, UTF-8 with a byte-order
    /// mark (without it Excel reads the text as Windows-1252), CRLF line ends.
    #[default]
    Dutch,
    /// Other programs (R, Python, English-locale spreadsheets): `,` between fields, a decimal
    /// point, UTF-8 without a byte-order mark (which such programs would read as part of the first
    /// field), CRLF line ends as RFC 4180 has them.
    International,
}

/// What else an export needs besides the model, the scenario and the language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// How a CSV writes its numbers.
    pub csv_style: CsvStyle,
    /// The date printed on the council report; `None`: today (UTC), written out in `lang`.
    pub date: Option<String>,
    /// The plot a `.png` export draws; `None`: the net against wage value.
    #[cfg(feature = "export")]
    pub plot: Option<crate::report::plots::PlotName>,
}

/// How much larger than its base size a `.png` export is drawn: twice, for print.
pub const PNG_SCALE: f32 = 2.0;

/// Why an export could not be made or written; one line, naming what and where.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target's extension names no export format.
    #[error("{}: onbekend exportformaat '{}'; bekend zijn: {}", path.display(), dotted(extension), ExportFormat::known())]
    UnknownExtension {
        /// The target.
        path: PathBuf,
        /// Its extension, lower case, without the dot (empty when it has none).
        extension: String,
    },
    /// A format this build leaves out (built without the `export` feature).
    #[error("deze kostenbaten is gebouwd zonder PDF en PNG (feature export); kies .csv of .xlsx, niet .{}", .0.extension())]
    NotYet(ExportFormat),
    /// The council report or a plot could not be made.
    #[cfg(feature = "export")]
    #[error(transparent)]
    Plot(#[from] crate::report::plots::PlotError),
    /// The council report's PDF could not be written.
    #[cfg(feature = "export")]
    #[error(transparent)]
    Council(#[from] crate::report::council::CouncilError),
    /// The scenario cannot be computed.
    #[error("scenario '{scenario}': {source}")]
    Model {
        /// The scenario.
        scenario: String,
        /// Why.
        source: ModelError,
    },
    /// The workbook library refused the workbook: a defect, reported rather than written half.
    #[error("het Excel-bestand kon niet worden gemaakt: {0}")]
    Xlsx(String),
    /// The target's folder does not exist.
    #[error("de map bestaat niet: {}", .0.display())]
    NoFolder(PathBuf),
    /// The target's folder cannot be written to.
    #[error("in deze map kan niet worden geschreven: {source} ({})", folder.display())]
    NotWritable {
        /// The folder.
        folder: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The target is a folder, not a file.
    #[error("dit is een map, geen bestandsnaam: {}", .0.display())]
    IsFolder(PathBuf),
    /// Writing failed; the existing file, if any, is untouched.
    #[error("exporteren mislukt: {0}")]
    Write(#[from] FileError),
}

/// An extension as written after a path: `.txt`, or `(geen)` when there is none.
fn dotted(extension: &str) -> String {
    if extension.is_empty() {
        "(geen)".to_string()
    } else {
        format!(".{extension}")
    }
}

impl Message for ExportError {
    fn english(&self) -> String {
        match self {
            ExportError::UnknownExtension { path, extension } => format!(
                "{}: unknown export format '{}'; known are: {}",
                path.display(),
                if extension.is_empty() {
                    "(none)".to_string()
                } else {
                    format!(".{extension}")
                },
                ExportFormat::known()
            ),
            ExportError::NotYet(format) => format!(
                "this kostenbaten was built without PDF and PNG (feature export); choose .csv or .xlsx, not .{}",
                format.extension()
            ),
            #[cfg(feature = "export")]
            ExportError::Plot(err) => err.english(),
            #[cfg(feature = "export")]
            ExportError::Council(err) => err.english(),
            ExportError::Model { scenario, source } => {
                format!("scenario '{scenario}': {}", source.english())
            }
            ExportError::Xlsx(why) => format!("the Excel file could not be made: {why}"),
            ExportError::NoFolder(folder) => {
                format!("the folder does not exist: {}", folder.display())
            }
            ExportError::NotWritable { folder, source } => format!(
                "this folder cannot be written to: {source} ({})",
                folder.display()
            ),
            ExportError::IsFolder(path) => {
                format!("this is a folder, not a file name: {}", path.display())
            }
            ExportError::Write(err) => format!("export failed: {}", err.english()),
        }
    }
}

/// The export of `scenario` (of `model`, with any changes already applied) in `format`, in
/// `lang`, as bytes. The scenario comparison takes the model's scenarios with `scenario` in the
/// place of the one of the same name, so every part of the export shows the same figures.
pub fn export_bytes(
    format: ExportFormat,
    model: &Model,
    scenario: &Scenario,
    lang: Lang,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ExportFormat::Csv => {
            let prepared = Prepared::of(model, scenario)?;
            Ok(csv::render(&prepared, lang, options.csv_style))
        }
        ExportFormat::Xlsx => {
            let prepared = Prepared::of(model, scenario)?;
            xlsx::render(&prepared, lang)
        }
        #[cfg(feature = "export")]
        ExportFormat::Pdf | ExportFormat::Png => visual(format, model, scenario, lang, options),
        #[cfg(not(feature = "export"))]
        ExportFormat::Pdf | ExportFormat::Png => Err(ExportError::NotYet(format)),
    }
}

/// The council report or a plot of `scenario`. Both read the scenario from a model, so it is put
/// in a copy of `model` in place of the saved one of its name: an unsaved edit or `--set` is what
/// the report shows.
#[cfg(feature = "export")]
fn visual(
    format: ExportFormat,
    model: &Model,
    scenario: &Scenario,
    lang: Lang,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let mut model = model.clone();
    match model.scenarios.iter_mut().find(|s| s.name == scenario.name) {
        Some(slot) => *slot = scenario.clone(),
        None => model.scenarios.push(scenario.clone()),
    }
    if format == ExportFormat::Png {
        let plot = options
            .plot
            .unwrap_or(crate::report::plots::PlotName::WageValue);
        return Ok(crate::report::plots::plot_png(
            &model,
            &scenario.name,
            plot,
            lang,
            PNG_SCALE,
        )?);
    }
    let date = options.date.clone().unwrap_or_else(|| today(lang));
    Ok(crate::report::council::council_pdf(
        &model,
        &scenario.name,
        lang,
        &date,
    )?)
}

/// Today's date (UTC) written out: `24 november 2026`, `24 November 2026`.
#[cfg(feature = "export")]
pub fn today(lang: Lang) -> String {
    let date = time::OffsetDateTime::now_utc().date();
    written_date(date.day(), u8::from(date.month()), date.year(), lang)
}

/// A date written out in `lang`: day, month name, year.
pub fn written_date(day: u8, month: u8, year: i32, lang: Lang) -> String {
    let name = crate::format::month_name(Decimal::from(month), lang);
    format!("{day} {name} {year}")
}

/// Everything the renderers show: the scenario's figures from the figures layer, and every
/// scenario's summary beside it.
pub struct Prepared<'a> {
    /// The model's name.
    pub model_name: &'a str,
    /// The scenario exported.
    pub scenario: &'a Scenario,
    /// Its figures: the evaluation, the figures as shown (rounded lines, totals their sums), the
    /// sources and the published figures beside the sheet.
    pub figures: Figures,
    /// Every scenario's summary, `scenario` in its place.
    pub summaries: Vec<ScenarioSummary>,
}

impl Prepared<'_> {
    /// The published figure of the sheet's row `key`, beside the computed one.
    pub fn published(&self, key: &str) -> Option<&ReferenceRow> {
        self.figures.published(key)
    }
}

impl<'a> Prepared<'a> {
    /// Compute what an export of `scenario` shows.
    pub fn of(model: &'a Model, scenario: &'a Scenario) -> Result<Self, ExportError> {
        let figures = Figures::of(scenario).map_err(|source| ExportError::Model {
            scenario: scenario.name.clone(),
            source,
        })?;
        let mut scenarios = model.scenarios.clone();
        match scenarios.iter_mut().find(|s| s.name == scenario.name) {
            Some(place) => *place = scenario.clone(),
            None => scenarios.push(scenario.clone()),
        }
        let summaries = summaries(&scenarios, Some((scenario, &figures)))
            .map_err(|(scenario, source)| ExportError::Model { scenario, source })?;
        Ok(Self {
            model_name: &model.name,
            scenario,
            figures,
            summaries,
        })
    }
}

/// Refuse, before anything is rendered, a target whose folder does not exist, is not a folder or
/// cannot be written to (probed by creating and removing a temporary file, which also catches a
/// read-only file system where permission bits say nothing), and a target that is a folder.
pub fn check_target(path: &Path) -> Result<(), ExportError> {
    if path.is_dir() {
        return Err(ExportError::IsFolder(path.to_path_buf()));
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoFolder(folder.to_path_buf()));
    }
    tempfile::Builder::new()
        .prefix(".kostenbaten-")
        .suffix(".probe")
        .tempfile_in(folder)
        .map(drop)
        .map_err(|err| ExportError::NotWritable {
            folder: folder.to_path_buf(),
            // The system's reason without the probe's own name, which would only confuse.
            source: err.raw_os_error().map_or_else(
                || std::io::Error::from(err.kind()),
                std::io::Error::from_raw_os_error,
            ),
        })
}

/// Write `bytes` to `path` atomically: on any failure an existing file keeps its contents.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    Ok(write_atomic(path, bytes)?)
}

/// `value` as an `f64` for a spreadsheet cell; amounts far beyond any sheet saturate rather than
/// fail, as a spreadsheet cell holds a double anyway.
pub(crate) fn to_f64(value: Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    value.to_f64().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_picks_the_format_in_any_case() {
        let format = |p: &str| ExportFormat::from_path(Path::new(p));
        assert_eq!(format("a/b.CSV").ok(), Some(ExportFormat::Csv));
        assert_eq!(format("b.xlsx").ok(), Some(ExportFormat::Xlsx));
        assert_eq!(format("b.Pdf").ok(), Some(ExportFormat::Pdf));
        let err = format("b.docx").expect_err("unknown");
        assert_eq!(
            err.to_string(),
            "b.docx: onbekend exportformaat '.docx'; bekend zijn: .csv, .xlsx, .pdf, .png"
        );
        let err = format("rapport").expect_err("none");
        assert!(err.to_string().contains("'(geen)'"), "{err}");
        assert!(err.english().contains("'(none)'"), "{}", err.english());
    }

    #[cfg(feature = "export")]
    #[test]
    fn pdf_and_png_come_from_the_dispatcher_with_the_edited_scenario() {
        let model = crate::file::default_model().expect("built in");
        let options = ExportOptions {
            date: Some("1 januari 2026".into()),
            ..ExportOptions::default()
        };
        let scenario = &model.scenarios[0];
        let pdf =
            export_bytes(ExportFormat::Pdf, &model, scenario, Lang::Nl, &options).expect("pdf");
        assert!(pdf.starts_with(b"%PDF"));
        let png =
            export_bytes(ExportFormat::Png, &model, scenario, Lang::Nl, &options).expect("png");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        // An edited scenario that is not in the model (renamed in the app) is drawn all the same.
        let mut renamed = scenario.clone();
        renamed.name = "Nieuw".into();
        export_bytes(ExportFormat::Png, &model, &renamed, Lang::Nl, &options).expect("png");
    }

    #[test]
    fn a_date_is_written_out_in_the_language() {
        assert_eq!(written_date(24, 11, 2026, Lang::Nl), "24 november 2026");
        assert_eq!(written_date(1, 3, 2025, Lang::En), "1 March 2025");
        assert_eq!(written_date(1, 13, 2025, Lang::Nl), "1 13 2025");
    }
}
