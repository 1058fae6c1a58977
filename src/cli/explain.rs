//! `kostenbaten explain`: the change in one output from one scenario to another, attributed to
//! each input that differs, as a waterfall table or JSON.
//!
//! Within one file: `explain FILE --from NAME --to NAME` (default the first and the second
//! scenario). Between two files: `explain A.ron B.ron`, the first scenario of each unless `--from`
//! and `--to` name one. The default output is the municipality's net per place in year 1
//! (`net:municipality`), the figure a council asks about first; the default method is the average
//! over all orders, which does not depend on an order.

use std::path::{Path, PathBuf};

use super::{CliError, Format, pick_scenario};
use crate::file;
use crate::i18n::Lang;
use crate::model::analysis::{Method, OutputKey, explain};
use crate::model::{Evaluation, Scenario};
use crate::report::explain::{json, text};

/// The two methods on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MethodArg {
    /// One at a time in a fixed order (the registry's).
    Sequential,
    /// The average over all orders (Shapley values); at most 12 differing inputs.
    Average,
}

/// The arguments of `kostenbaten explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// One model file (two scenarios of it) or two (a scenario of each).
    #[arg(num_args = 1..=2, required = true)]
    pub files: Vec<PathBuf>,
    /// The scenario to start from (default: the first of the first file).
    #[arg(long)]
    pub from: Option<String>,
    /// The scenario to end at (default: the second of the file, or the first of the second file).
    #[arg(long)]
    pub to: Option<String>,
    /// The output explained: net:municipality (default), net, net:society, net:<actor>,
    /// npv:municipality, npv:society, npv:<actor> (also accepted: municipality_net, society_net,
    /// npv).
    #[arg(long, default_value = "net:municipality")]
    pub output: String,
    /// How the difference is attributed.
    #[arg(long, value_enum, default_value_t = MethodArg::Average)]
    pub method: MethodArg,
    /// Output format (text or json).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl ExplainArgs {
    /// The waterfall as text or JSON.
    pub fn run(&self) -> Result<String, CliError> {
        let output = OutputKey::from_key(&self.output).ok_or_else(|| {
            CliError::Usage(format!(
                "--output: onbekende uitkomst '{}'; bekend zijn: {}",
                self.output,
                OutputKey::all()
                    .iter()
                    .map(|o| o.key())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        if self.format == Format::Csv {
            return Err(CliError::UnsupportedFormat("csv"));
        }
        let method = match self.method {
            MethodArg::Sequential => Method::Sequential,
            MethodArg::Average => Method::Average,
        };
        let (from_path, from) = self.first_scenario()?;
        let (to_path, to) = self.second_scenario()?;
        for (path, scenario) in [(from_path, &from), (to_path, &to)] {
            Evaluation::of(&scenario.parameters)
                .map_err(|source| CliError::model(path, &scenario.name, source))?;
        }
        let explanation =
            explain(&from.parameters, &to.parameters, output, method).map_err(|source| {
                CliError::Explain {
                    from: from.name.clone(),
                    to: to.name.clone(),
                    source: Box::new(source),
                }
            })?;
        Ok(match self.format {
            Format::Json => json(&explanation, &from.name, &to.name)?,
            _ => text(&explanation, &from.name, &to.name, Lang::Nl),
        })
    }

    fn first_scenario(&self) -> Result<(&Path, Scenario), CliError> {
        let path = self.files.first().map_or(Path::new(""), PathBuf::as_path);
        let model = file::load(path)?;
        Ok((
            path,
            pick_scenario(&model, self.from.as_deref(), path)?.clone(),
        ))
    }

    fn second_scenario(&self) -> Result<(&Path, Scenario), CliError> {
        let path = self
            .files
            .get(1)
            .or(self.files.first())
            .map_or(Path::new(""), PathBuf::as_path);
        let model = file::load(path)?;
        let scenario = match (&self.to, self.files.len()) {
            (Some(name), _) => pick_scenario(&model, Some(name), path)?,
            (None, 2) => pick_scenario(&model, None, path)?,
            (None, _) => model.scenarios.get(1).ok_or_else(|| {
                CliError::Usage(format!(
                    "{}: het model heeft één scenario; noem met --to het scenario om naar te \
                     vergelijken, of geef een tweede bestand",
                    path.display()
                ))
            })?,
        };
        Ok((path, scenario.clone()))
    }
}
