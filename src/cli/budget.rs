//! `kostenbaten budget`: the P-budget plan of a model.

use std::path::PathBuf;

use super::{CliError, Format};
use crate::file;
use crate::i18n::Lang;
use crate::report::budget;

/// The arguments of `kostenbaten budget`.
#[derive(Debug, clap::Args)]
pub struct BudgetArgs {
    /// The model file (.ron).
    pub file: PathBuf,
    /// Output format (text or json).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl BudgetArgs {
    /// The groups, totals and local budget split as text or JSON.
    pub fn run(&self) -> Result<String, CliError> {
        let model = file::load(&self.file)?;
        let plan = model.budget.as_ref().ok_or_else(|| CliError::NoBudget {
            path: self.file.display().to_string(),
        })?;
        let result = plan.compute();
        match self.format {
            Format::Text => Ok(budget::text(&model.name, plan, &result, Lang::Nl)),
            Format::Json => Ok(budget::json(&model.name, plan, &result)?),
            Format::Csv => Err(CliError::UnsupportedFormat("csv")),
        }
    }
}
