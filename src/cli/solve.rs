//! `kostenbaten solve`: the value of a parameter at which an output reaches a target.

use std::path::PathBuf;

use super::{CliError, Format, load_scenario, set};
use crate::i18n::Lang;
use crate::model::analysis::{OutputKey, ParamKey, goal_seek};
use crate::report::analysis::{solve_json, solve_text};

/// The arguments of `kostenbaten solve`.
#[derive(Debug, clap::Args)]
pub struct SolveArgs {
    /// The model file (.ron).
    pub file: PathBuf,
    /// The scenario (default: the first).
    #[arg(long)]
    pub scenario: Option<String>,
    /// The output: net, net:municipality, net:society, net:<actor>, npv:municipality,
    /// npv:society, npv:<actor> (also accepted: municipality_net, society_net, npv); actors:
    /// municipality_participation, municipality_buig, national_government, employer, worker,
    /// rest_of_society.
    #[arg(long)]
    pub output: String,
    /// The parameter to vary: one of the --set keys (not year) or fully_loaded_wage_cost,
    /// full_time_hours.
    #[arg(long)]
    pub param: String,
    /// The target value of the output, in euros (a negative one as `--target -880` or `--target=-880`).
    #[arg(long, default_value = "0", allow_hyphen_values = true)]
    pub target: String,
    /// Change a parameter first: KEY=VALUE (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// Output format (text or json).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl SolveArgs {
    /// The solution as one line of text or as JSON.
    pub fn run(&self) -> Result<String, CliError> {
        // The keys are checked before the file is read: a typo is reported even for a broken file.
        let output = self.output_key()?;
        let param = self.param_key()?;
        let target = match set::read_cli_number(&self.target) {
            set::CliNumber::Value(target) => target,
            set::CliNumber::Ambiguous => {
                return Err(CliError::Usage(format!(
                    "--target: '{}' {}",
                    self.target,
                    set::AMBIGUOUS_HINT
                )));
            }
            set::CliNumber::NotANumber => {
                return Err(CliError::Usage(format!(
                    "--target: '{}' is geen bedrag",
                    self.target
                )));
            }
        };
        let scenario = load_scenario(&self.file, self.scenario.as_deref(), &self.set)?;
        let solution = goal_seek(&scenario.parameters, output, param, target)
            .map_err(|source| CliError::model(&self.file, &scenario.name, source))?;
        // What the output is at the value found: for a whole-number parameter the first whole
        // value may pass the target rather than meet it, and the user should see by how much.
        let reached = solution.value().and_then(|value| {
            let mut at = scenario.parameters.clone();
            param.set(&mut at, value);
            crate::model::Evaluation::of(&at)
                .ok()
                .map(|e| output.value(&e))
        });
        match self.format {
            Format::Text => Ok(solve_text(
                output,
                param,
                target,
                solution,
                reached,
                Lang::Nl,
            )),
            Format::Json => Ok(solve_json(output, param, target, solution, reached)?),
            Format::Csv => Err(CliError::UnsupportedFormat("csv")),
        }
    }

    fn output_key(&self) -> Result<OutputKey, CliError> {
        OutputKey::from_key(&self.output).ok_or_else(|| {
            CliError::Usage(format!(
                "--output: onbekende uitkomst '{}'; bekend zijn: {}",
                self.output,
                OutputKey::all()
                    .iter()
                    .map(|o| o.key())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })
    }

    /// The parameter to vary: any registry parameter analyses may vary.
    fn param_key(&self) -> Result<ParamKey, CliError> {
        let analysable = ParamKey::analysable();
        ParamKey::from_key(&self.param)
            .filter(|p| analysable.contains(p))
            .ok_or_else(|| {
                let known: Vec<&str> = analysable.iter().map(|p| p.key()).collect();
                CliError::Usage(format!(
                    "--param: onbekende parameter '{}'; bekend zijn: {}",
                    self.param,
                    known.join(", ")
                ))
            })
    }
}
