//! The command line: open the app, or print a sheet without a window.

mod set;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

pub use crate::report::budget::{budget_json, budget_text};
pub use crate::report::sheet::{Format, csv, json, line_label, text};
use crate::report::analysis as analysis_report;
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
    /// Print every scenario's totals and net present value per actor.
    Compare {
        /// The model file (.ron).
        file: PathBuf,
        /// Output format (text or json).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Find the value of a parameter at which an output reaches a target (default 0).
    Solve {
        /// The model file (.ron).
        file: PathBuf,
        /// The scenario (default: the first).
        #[arg(long)]
        scenario: Option<String>,
        /// The output: net, net:municipality, net:society, net:<actor>, npv, npv:municipality,
        /// npv:<actor>; actors: municipality_participation, municipality_buig,
        /// national_government, employer, worker, rest_of_society.
        #[arg(long)]
        output: String,
        /// The parameter to vary: one of the --set keys (not year) or fully_loaded_wage_cost,
        /// full_time_hours.
        #[arg(long)]
        param: String,
        /// The target value of the output, in euros.
        #[arg(long, default_value = "0")]
        target: String,
        /// Change a parameter first: KEY=VALUE (repeatable).
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// Output format (text or json).
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
    /// An unknown output or parameter key, or a bad target.
    #[error("{0}")]
    Usage(String),
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

/// `kostenbaten compare`: every scenario's totals and NPV per actor.
pub fn run_compare(path: &Path, format: Format) -> Result<String, CliError> {
    let model = file::load(path)?;
    let summaries =
        crate::model::analysis::compare(&model.scenarios).map_err(|(scenario, source)| {
            CliError::Model {
                path: path.display().to_string(),
                scenario,
                source,
            }
        })?;
    match format {
        Format::Text => Ok(analysis_report::compare_text(&summaries, Lang::Nl)),
        Format::Json => Ok(analysis_report::compare_json(&summaries)),
        Format::Csv => Err(CliError::UnsupportedFormat("csv")),
    }
}

/// The arguments of `kostenbaten solve`.
#[derive(Debug)]
pub struct SolveArgs<'a> {
    /// The model file.
    pub path: &'a Path,
    /// The scenario, or the first.
    pub scenario: Option<&'a str>,
    /// Output key.
    pub output: &'a str,
    /// Parameter key.
    pub param: &'a str,
    /// Target amount.
    pub target: &'a str,
    /// `--set` assignments applied first.
    pub set: &'a [String],
    /// Output format.
    pub format: Format,
}

/// `kostenbaten solve`: the parameter value at which an output reaches a target.
pub fn run_solve(args: &SolveArgs) -> Result<String, CliError> {
    use crate::model::analysis::{OutputKey, ParamKey, goal_seek};
    let output = OutputKey::from_key(args.output).ok_or_else(|| {
        CliError::Usage(format!(
            "--output: onbekende uitkomst '{}'; bekend zijn: {}",
            args.output,
            OutputKey::all()
                .iter()
                .map(|o| o.key())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })?;
    let param = ParamKey::from_key(args.param).ok_or_else(|| {
        CliError::Usage(format!(
            "--param: onbekende parameter '{}'; bekend zijn: {}",
            args.param,
            ParamKey::ALL.map(|p| p.key()).join(", ")
        ))
    })?;
    let target = set::parse_cli_number(args.target)
        .ok_or_else(|| CliError::Usage(format!("--target: '{}' is geen bedrag", args.target)))?;
    let model = file::load(args.path)?;
    let mut scenario = pick_scenario(&model, args.scenario, args.path)?.clone();
    for assignment in args.set {
        apply(&mut scenario.parameters, assignment)?;
    }
    let model_error = |source| CliError::Model {
        path: args.path.display().to_string(),
        scenario: scenario.name.clone(),
        source,
    };
    let solution = goal_seek(&scenario.parameters, output, param, target).map_err(model_error)?;
    match args.format {
        Format::Text => Ok(analysis_report::solve_text(
            output,
            param,
            target,
            solution,
            Lang::Nl,
        )),
        Format::Json => Ok(analysis_report::solve_json(output, param, target, solution)),
        Format::Csv => Err(CliError::UnsupportedFormat("csv")),
    }
}
