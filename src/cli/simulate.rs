//! `kostenbaten simulate`: the Monte Carlo of one scenario over its ranges.

use std::path::PathBuf;

use super::{CliError, Format, load_scenario};
use crate::model::uncertainty::{Control, ExtrasKind, Options, SimulationError, simulate};
use crate::report::simulate as report;

/// The arguments of `kostenbaten simulate`.
#[derive(Debug, clap::Args)]
pub struct SimulateArgs {
    /// The model file (.ron).
    pub file: PathBuf,
    /// The scenario to simulate (default: the first).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Number of samples (default: the file's, else 100.000).
    #[arg(long)]
    pub samples: Option<u32>,
    /// Seed of the random numbers (default: the file's); the same seed gives the same numbers.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Change a parameter: KEY=VALUE (repeatable); the keys are the parameter registry's.
    #[arg(long = "set", value_name = "KEY=VALUE", help = super::set::help())]
    pub set: Vec<String>,
    /// Output format (text or json).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl SimulateArgs {
    /// The summary per output as text or JSON.
    pub fn run(&self) -> Result<String, CliError> {
        if self.format == Format::Csv {
            return Err(CliError::UnsupportedFormat("csv"));
        }
        let scenario = load_scenario(&self.file, self.scenario.as_deref(), &self.set)?;
        let u = &scenario.uncertainty;
        let options = Options {
            samples: self.samples.unwrap_or(u.samples),
            seed: self.seed.unwrap_or(u.seed),
            // The break-even wage values as distributions; the fan chart and the rank
            // correlations are the app's, and the command prints neither.
            extras: ExtrasKind::BreakEvens,
            ..Options::of(u)
        };
        let result =
            simulate(&scenario.parameters, u, &options, &Control::default()).map_err(|err| {
                match err {
                    SimulationError::Model(source) => {
                        CliError::model(&self.file, &scenario.name, source)
                    }
                    other => CliError::Usage(other.to_string()),
                }
            })?;
        Ok(match self.format {
            Format::Json => report::json(&scenario.name, &result)?,
            Format::Text | Format::Csv => report::text(&scenario.name, &result),
        })
    }
}
