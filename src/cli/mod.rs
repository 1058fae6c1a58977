//! The command line: open the app, or print a sheet without a window.

mod budget_report;
mod report;
mod set;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

pub use budget_report::{budget_json, budget_text};
pub use report::{Format, csv, json, line_label, text};
pub use set::{SET_KEYS, SetError, apply};

use crate::file::{self, FileError};
use crate::i18n::Lang;
use crate::model::{Evaluation, Model, ModelError, Scenario};

/// Costs and benefits of work under the Participatiewet.
#[derive(Debug, Parser)]
#[command(name = "kostenbaten", version, about, long_about = None)]
pub struct Cli {
    /// A model file (.ron) to open in the app; without it the built-in 2014 example opens.
    pub file: Option<PathBuf>,
    /// What to do without a window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the cost-benefit sheet of a scenario.
    Sheet {
        /// The model file (.ron).
        file: PathBuf,
        /// The scenario to print (default: the first).
        #[arg(long)]
        scenario: Option<String>,
        /// Change a parameter: KEY=VALUE (repeatable). Keys: year, wage_value_pct, lks_pct,
        /// lks_cap_pct, hours_per_week, coaching, workplace, workplace_adaptation, administration,
        /// benefit_saved, societal_cost_per_client, clients, years, indexation_pct,
        /// discount_rate_pct.
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the P-budget plan of a model: groups, totals and the local budget split.
    Budget {
        /// The model file (.ron).
        file: PathBuf,
        /// Output format (text or json).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// Anything a headless command can fail on; printed as one line on stderr.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The file could not be read.
    #[error(transparent)]
    File(#[from] FileError),
    /// No scenario of that name.
    #[error("{path}: geen scenario '{name}'; het model heeft: {known}")]
    NoScenario {
        /// The file.
        path: String,
        /// The name asked for.
        name: String,
        /// The names it has.
        known: String,
    },
    /// The model has no P-budget plan.
    #[error("{path}: dit model heeft geen P-budgetplan (veld `budget`)")]
    NoBudget {
        /// The file.
        path: String,
    },
    /// A format the command does not offer.
    #[error("--format {0}: dit commando kent alleen text en json")]
    UnsupportedFormat(&'static str),
    /// A bad `--set`.
    #[error(transparent)]
    Set(#[from] SetError),
    /// The scenario cannot be computed.
    #[error("{path}: scenario '{scenario}': {source}")]
    Model {
        /// The file.
        path: String,
        /// The scenario.
        scenario: String,
        /// Why.
        source: ModelError,
    },
}

/// Pick the scenario `name` (or the first) from `model`.
pub fn pick_scenario<'m>(
    model: &'m Model,
    name: Option<&str>,
    path: &Path,
) -> Result<&'m Scenario, CliError> {
    match name {
        Some(name) => model.scenario(name).ok_or_else(|| CliError::NoScenario {
            path: path.display().to_string(),
            name: name.to_string(),
            known: model
                .scenarios
                .iter()
                .map(|s| format!("'{}'", s.name))
                .collect::<Vec<_>>()
                .join(", "),
        }),
        // A validated model has at least one scenario.
        None => model.scenarios.first().ok_or_else(|| CliError::NoScenario {
            path: path.display().to_string(),
            name: String::new(),
            known: String::new(),
        }),
    }
}

/// `kostenbaten sheet`: the sheet as text, CSV or JSON.
pub fn run_sheet(
    path: &Path,
    scenario: Option<&str>,
    set: &[String],
    format: Format,
) -> Result<String, CliError> {
    let model = file::load(path)?;
    let mut scenario = pick_scenario(&model, scenario, path)?.clone();
    for assignment in set {
        apply(&mut scenario.parameters, assignment)?;
    }
    let evaluation = Evaluation::of(&scenario.parameters).map_err(|source| CliError::Model {
        path: path.display().to_string(),
        scenario: scenario.name.clone(),
        source,
    })?;
    Ok(match format {
        Format::Text => text(&scenario, &evaluation, Lang::Nl),
        Format::Csv => csv(&scenario, &evaluation),
        Format::Json => json(&scenario, &evaluation),
    })
}

/// `kostenbaten budget`: the P-budget plan as text or JSON.
pub fn run_budget(path: &Path, format: Format) -> Result<String, CliError> {
    let model = file::load(path)?;
    let plan = model.budget.as_ref().ok_or_else(|| CliError::NoBudget {
        path: path.display().to_string(),
    })?;
    let result = plan.compute();
    match format {
        Format::Text => Ok(budget_text(&model.name, plan, &result, Lang::Nl)),
        Format::Json => Ok(budget_json(&model.name, plan, &result)),
        Format::Csv => Err(CliError::UnsupportedFormat("csv")),
    }
}
