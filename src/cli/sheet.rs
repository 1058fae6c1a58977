//! `kostenbaten sheet`: the cost-benefit sheet of one scenario.

use std::path::PathBuf;

use super::{CliError, Format, load_scenario};
use crate::figures::Figures;
use crate::i18n::Lang;
use crate::report::sheet;

/// The arguments of `kostenbaten sheet`.
#[derive(Debug, clap::Args)]
pub struct SheetArgs {
    /// The model file (.ron).
    pub file: PathBuf,
    /// The scenario to print (default: the first).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Change a parameter: KEY=VALUE (repeatable); the keys are the parameter registry's.
    #[arg(long = "set", value_name = "KEY=VALUE", help = super::set::help())]
    pub set: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl SheetArgs {
    /// The sheet as text, CSV or JSON.
    pub fn run(&self) -> Result<String, CliError> {
        let scenario = load_scenario(&self.file, self.scenario.as_deref(), &self.set)?;
        let figures = Figures::of(&scenario)
            .map_err(|source| CliError::model(&self.file, &scenario.name, source))?;
        Ok(match self.format {
            Format::Text => sheet::text(&scenario, &figures, Lang::Nl),
            Format::Csv => sheet::csv(&figures),
            Format::Json => sheet::json(&scenario, &figures)?,
        })
    }
}
