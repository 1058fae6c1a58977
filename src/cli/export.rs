//! `kostenbaten export`: one scenario as a file for Excel, the council report (PDF) or a plot (PNG),
//! the format from the target's extension.

use std::path::PathBuf;

use super::{CliError, pick_scenario, with_sets};
use crate::file;
use crate::i18n::Lang;
use crate::report::export::{
    CsvStyle, ExportError, ExportFormat, ExportOptions, check_target, export_bytes, write_export,
};
use crate::report::plots::PlotName;

/// How a CSV writes its numbers, on the command line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvStyleArg {
    /// `;`, decimal comma, UTF-8 with byte-order mark: Excel with Dutch settings.
    #[default]
    Dutch,
    /// `,`, decimal point, UTF-8 without byte-order mark: other programs.
    International,
}

/// The arguments of `kostenbaten export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The model file (.ron).
    pub file: PathBuf,
    /// Where to write; the extension picks the format: .csv, .xlsx, .pdf (the council report) or
    /// .png (one plot at twice its size).
    #[arg(long, value_name = "PATH")]
    pub to: PathBuf,
    /// The scenario to export (default: the first).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Change a parameter: KEY=VALUE (repeatable); such a figure shows as changed by the user.
    #[arg(long = "set", value_name = "KEY=VALUE", help = super::set::help())]
    pub set: Vec<String>,
    /// How a CSV writes its numbers.
    #[arg(long, value_enum, default_value_t = CsvStyleArg::Dutch)]
    pub csv_style: CsvStyleArg,
    /// The plot a .png holds: loonwaarde, jaren, partijen, onzekerheid or waterval (default
    /// loonwaarde).
    #[arg(long, value_name = "NAME")]
    pub plot: Option<String>,
    /// The date printed on the council report (default: today).
    #[arg(long, value_name = "TEXT")]
    pub date: Option<String>,
    /// The language of the council report, the plots and the sheet's labels.
    #[arg(long, value_enum, default_value_t = LangArg::Nl)]
    pub lang: LangArg,
}

/// The language of an export, on the command line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// Nederlands.
    #[default]
    Nl,
    /// English.
    En,
}

impl ExportArgs {
    /// Write the export and say where. The format and the target folder are checked before the
    /// model is read or anything is rendered; the file is written atomically.
    pub fn run(&self) -> Result<String, CliError> {
        let format = ExportFormat::from_path(&self.to)?;
        let plot = match self.plot.as_deref() {
            None => None,
            Some(_) if format != ExportFormat::Png => {
                return Err(CliError::Usage(
                    "--plot hoort bij een .png-export; laat het weg of kies --to NAAM.png".into(),
                ));
            }
            Some(key) => Some(PlotName::from_key(key).ok_or_else(|| {
                let known: Vec<&str> = PlotName::ALL.iter().map(|p| p.key(Lang::Nl)).collect();
                CliError::Usage(format!(
                    "--plot {}: onbekende grafiek; bekend zijn: {}",
                    key,
                    known.join(", ")
                ))
            })?),
        };
        let lang = match self.lang {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        };
        check_target(&self.to)?;
        let model = file::load(&self.file)?;
        let scenario = with_sets(
            pick_scenario(&model, self.scenario.as_deref(), &self.file)?,
            &self.set,
        )?;
        let options = ExportOptions {
            csv_style: match self.csv_style {
                CsvStyleArg::Dutch => CsvStyle::Dutch,
                CsvStyleArg::International => CsvStyle::International,
            },
            date: self.date.clone(),
            plot,
        };
        let bytes =
            export_bytes(format, &model, &scenario, lang, &options).map_err(|err| match err {
                ExportError::Model { scenario, source } => {
                    CliError::model(&self.file, &scenario, source)
                }
                other => other.into(),
            })?;
        write_export(&self.to, &bytes)?;
        Ok(format!(
            "geëxporteerd: {} ({} bytes, scenario '{}')",
            self.to.display(),
            bytes.len(),
            scenario.name
        ))
    }
}
