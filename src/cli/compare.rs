//! `kostenbaten compare`: every scenario's totals and net present value per actor.

use std::path::PathBuf;

use super::{CliError, Format};
use crate::figures::summaries;
use crate::file;
use crate::i18n::Lang;
use crate::report::analysis::{compare_json, compare_text};

/// The arguments of `kostenbaten compare`.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The model file (.ron).
    pub file: PathBuf,
    /// Output format (text or json).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl CompareArgs {
    /// Every scenario side by side as text or JSON.
    pub fn run(&self) -> Result<String, CliError> {
        let model = file::load(&self.file)?;
        let summaries = summaries(&model.scenarios, None)
            .map_err(|(scenario, source)| CliError::model(&self.file, &scenario, source))?;
        match self.format {
            Format::Text => Ok(compare_text(&summaries, Lang::Nl)),
            Format::Json => Ok(compare_json(&summaries)?),
            Format::Csv => Err(CliError::UnsupportedFormat("csv")),
        }
    }
}
