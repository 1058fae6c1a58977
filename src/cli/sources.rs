//! `kostenbaten sources`: every figure a scenario uses and where it comes from.

use std::path::PathBuf;

use super::{CliError, Format, pick_scenario, with_sets};
use crate::figures::Figures;
use crate::file;
use crate::i18n::Lang;
use crate::report::sources;

/// The arguments of `kostenbaten sources`.
#[derive(Debug, clap::Args)]
pub struct SourcesArgs {
    /// The model file (.ron).
    pub file: PathBuf,
    /// The scenario to print (default: the first).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Change a parameter: KEY=VALUE (repeatable); such a figure shows as changed by the user.
    #[arg(long = "set", value_name = "KEY=VALUE", help = super::set::help())]
    pub set: Vec<String>,
    /// Output format (text or json).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl SourcesArgs {
    /// The sources as text or JSON; the file's scenario is the saved one, so a `--set` shows as
    /// the user's.
    pub fn run(&self) -> Result<String, CliError> {
        if self.format == Format::Csv {
            return Err(CliError::UnsupportedFormat("csv"));
        }
        let model = file::load(&self.file)?;
        let scenario = with_sets(
            pick_scenario(&model, self.scenario.as_deref(), &self.file)?,
            &self.set,
        )?;
        let figures = Figures::of(&scenario)
            .map_err(|source| CliError::model(&self.file, &scenario.name, source))?;
        Ok(match self.format {
            Format::Json => sources::json(&scenario, &figures.sources)?,
            Format::Text | Format::Csv => sources::text(&scenario, &figures.sources, Lang::Nl),
        })
    }
}
