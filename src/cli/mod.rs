//! The command line: open the app, or run one headless command and print its report.
//!
//! Only parsing and dispatch live here: each subcommand is one `clap::Args` struct in its own file
//! with a `run` that loads the model, asks the engine and hands the result to [`crate::report`].

mod budget;
mod compare;
mod explain;
mod export;
pub mod oneline;
mod set;
mod sheet;
mod simulate;
mod solve;
mod sources;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

pub use budget::BudgetArgs;
pub use compare::CompareArgs;
pub use explain::{ExplainArgs, MethodArg};
pub use export::{CsvStyleArg, ExportArgs};
pub use set::{SetError, apply};
pub use sheet::SheetArgs;
pub use simulate::SimulateArgs;
pub use solve::SolveArgs;
pub use sources::SourcesArgs;

use crate::file::{self, FileError};
use crate::model::{Model, ModelError, Scenario};
use crate::report::ReportError;

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
    Sheet(SheetArgs),
    /// Print every scenario's totals and net present value per actor.
    Compare(CompareArgs),
    /// Find the value of a parameter at which an output reaches a target (default 0).
    Solve(SolveArgs),
    /// Print the P-budget plan of a model: groups, totals and the local budget split.
    Budget(BudgetArgs),
    /// Print every figure a scenario uses, its value and where it comes from.
    Sources(SourcesArgs),
    /// Run the Monte Carlo over a scenario's ranges: mean, spread and P(>0) of every output.
    Simulate(SimulateArgs),
    /// Explain the change in an output from one scenario to another, input by input.
    Explain(ExplainArgs),
    /// Export a scenario to a file: .csv or .xlsx for Excel, .pdf (the council report) or .png (a
    /// plot); the extension picks the format.
    Export(ExportArgs),
}

impl Command {
    /// Run the command and return what it prints, made safe for a terminal: a name or source text
    /// from a shared file cannot send control characters or bidi overrides to it (the text output
    /// escapes them as the error line does, JSON writes them as `\uXXXX` escapes of the same
    /// text). CSV is data for a spreadsheet and is printed as it is.
    pub fn run(&self) -> Result<String, CliError> {
        let (output, format) = match self {
            Command::Sheet(args) => (args.run()?, args.format),
            Command::Compare(args) => (args.run()?, args.format),
            Command::Solve(args) => (args.run()?, args.format),
            Command::Budget(args) => (args.run()?, args.format),
            Command::Sources(args) => (args.run()?, args.format),
            Command::Simulate(args) => (args.run()?, args.format),
            Command::Explain(args) => (args.run()?, args.format),
            Command::Export(args) => (args.run()?, Format::Text),
        };
        Ok(match format {
            Format::Text => oneline::terminal_safe(&output),
            Format::Json => oneline::json_terminal_safe(&output),
            Format::Csv => output,
        })
    }
}

/// Output formats of the headless commands; `compare`, `solve` and `budget` refuse CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Dutch-formatted table like the slides.
    Text,
    /// One row per figure.
    Csv,
    /// One JSON object.
    Json,
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
    /// The report could not be written.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The difference between two scenarios cannot be explained.
    #[error("'{from}' → '{to}': {source}")]
    Explain {
        /// The first scenario.
        from: String,
        /// The second.
        to: String,
        /// Why.
        source: Box<crate::model::analysis::ExplainError>,
    },
    /// The export could not be made or written.
    #[error(transparent)]
    Export(#[from] crate::report::export::ExportError),
}

impl CliError {
    /// Scenario `scenario` of the file at `path` cannot be computed.
    fn model(path: &Path, scenario: &str, source: ModelError) -> Self {
        CliError::Model {
            path: path.display().to_string(),
            scenario: scenario.to_string(),
            source,
        }
    }
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

/// The scenario `name` (or the first) of the model at `path`, with the `--set` assignments applied
/// in order.
fn load_scenario(path: &Path, name: Option<&str>, set: &[String]) -> Result<Scenario, CliError> {
    let model = file::load(path)?;
    with_sets(pick_scenario(&model, name, path)?, set)
}

/// A copy of `saved` with the `--set` assignments applied in order, each changed figure marked as
/// the user's (its document source dropped), the way the app marks an edit in the panel.
pub fn with_sets(saved: &Scenario, set: &[String]) -> Result<Scenario, CliError> {
    let mut scenario = saved.clone();
    for assignment in set {
        apply(&mut scenario.parameters, assignment)?;
    }
    scenario.record_edits(&saved.parameters, Some(saved));
    Ok(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_failure_is_one_line() {
        let json = serde_json::from_str::<u8>("geen getal").expect_err("not JSON");
        let err = CliError::from(ReportError::from(json));
        let message = err.to_string();
        assert!(message.starts_with("het rapport kon niet"), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn every_subcommand_parses_with_its_flags() {
        let cli = Cli::try_parse_from([
            "kostenbaten",
            "solve",
            "m.ron",
            "--output",
            "net",
            "--param",
            "coaching",
            "--set",
            "year=2018",
            "--set",
            "clients=3",
        ])
        .expect("parses");
        let Some(Command::Solve(solve)) = cli.command else {
            panic!("not solve: {cli:?}");
        };
        assert_eq!(solve.target, "0", "the target defaults to zero");
        assert_eq!(solve.set, ["year=2018", "clients=3"]);
        assert_eq!(solve.format, Format::Text);
        let cli = Cli::try_parse_from(["kostenbaten", "budget", "m.ron", "--format", "json"])
            .expect("parses");
        assert!(matches!(
            cli.command,
            Some(Command::Budget(BudgetArgs {
                format: Format::Json,
                ..
            }))
        ));
        assert!(Cli::try_parse_from(["kostenbaten", "sheet", "m.ron", "--format", "xml"]).is_err());
    }
}
