//! The `.ron` model format: schema version, reading with positions in errors, and stable writing.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::FileError;
use crate::model::presentation::Presentation;
use crate::model::{Model, reference_keys};

/// The newest schema version this program reads and writes. Version 2 added ranges on parameters
/// (`uncertainty` in a scenario, issue 10); a model without them is still written as version 1, so
/// it stays readable by the programs that read only version 1 (see [`version_needed`]).
/// Version 3 added the presenter's prepared views (`presentation`, issue 11).
pub const SCHEMA_VERSION: u32 = 3;

/// The lowest schema version that holds everything in `model`: an older program then refuses a
/// file it cannot read with "update kostenbaten" rather than an unknown field.
pub fn version_needed(model: &Model) -> u32 {
    if !model.presentation.is_empty() {
        return 3;
    }
    if model.scenarios.iter().any(|s| !s.uncertainty.is_default()) {
        2
    } else {
        1
    }
}

/// The largest model file read: 10 MB.
pub const MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// Nesting deeper than this is refused (a model needs about six levels).
const RECURSION_LIMIT: usize = 32;

/// At most this many scenarios in one model.
pub const MAX_SCENARIOS: usize = 200;

/// The most municipalities a local budget split may list: every municipality of the Netherlands
/// (342 in 2025) with room for regions and earlier years' splits.
pub const MAX_MUNICIPALITIES: usize = 1_000;

/// A model as stored on disk: the model plus its schema version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    /// Schema version; files from a newer version are refused.
    pub version: u32,
    /// Model name.
    pub name: String,
    /// What the model is about.
    #[serde(default)]
    pub description: String,
    /// The scenarios.
    pub scenarios: Vec<crate::model::Scenario>,
    /// A participation-budget plan, where the model has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<crate::model::budget::BudgetPlan>,
    /// The presenter's prepared views (version 3), where the model has them.
    #[serde(default, skip_serializing_if = "Presentation::is_empty")]
    pub presentation: Presentation,
}

/// Only the version, read first so that a newer file is refused with the right message rather than
/// with whatever field it added. Named as [`ModelFile`], so that a file that writes the struct name
/// (`ModelFile(version: 99, …)`, valid RON) is read here too.
#[derive(Deserialize)]
#[serde(rename = "ModelFile")]
struct VersionOnly {
    version: u32,
}

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Parse and validate a model from `bytes`; `path` is used only in error messages.
pub fn parse_model(bytes: &[u8], path: &Path) -> Result<Model, FileError> {
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_large(path, bytes, bytes.len() as u64));
    }
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let (line, column) = line_column(&bytes[..err.valid_up_to()]);
        FileError::NotText {
            path: path.to_path_buf(),
            line,
            column,
        }
    })?;
    // Notepad saves UTF-8 with a byte-order mark; it is no part of the model.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Ok(VersionOnly { version }) = options().from_str::<VersionOnly>(text)
        && version > SCHEMA_VERSION
    {
        let (line, column) = text
            .find("version")
            .map_or((1, 1), |offset| line_column(&text.as_bytes()[..offset]));
        return Err(FileError::NewerVersion {
            path: path.to_path_buf(),
            line,
            column,
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let file: ModelFile = options()
        .from_str(text)
        .map_err(|err| parse_error(path, &err))?;
    // Checked again on the whole file, whatever way the version was written.
    if file.version > SCHEMA_VERSION {
        let (line, column) = text
            .find("version")
            .map_or((1, 1), |offset| line_column(&text.as_bytes()[..offset]));
        return Err(FileError::NewerVersion {
            path: path.to_path_buf(),
            line,
            column,
            found: file.version,
            supported: SCHEMA_VERSION,
        });
    }
    if file.version == 0 {
        return Err(invalid(path, "schemaversie 0 bestaat niet; verwacht 1"));
    }
    let model = Model {
        name: file.name,
        description: file.description,
        scenarios: file.scenarios,
        budget: file.budget,
        presentation: file.presentation,
    };
    presentation_rules(&model).map_err(|(view, message)| in_view(path, text, view, message))?;
    validate(&model).map_err(|message| located(path, text, message))?;
    Ok(model)
}

/// The file at `path` of `size` bytes is too large; `read` holds (at least) its first
/// [`MAX_FILE_SIZE`] + 1 bytes, and the error is placed at the first byte over the limit. Counting
/// lines in 10 MB takes milliseconds; nothing beyond the limit is ever read.
pub(super) fn too_large(path: &Path, read: &[u8], size: u64) -> FileError {
    let within = read.len().min(MAX_FILE_SIZE as usize);
    let (line, column) = line_column(&read[..within]);
    FileError::TooLarge {
        path: path.to_path_buf(),
        line,
        column,
        size,
        limit: MAX_FILE_SIZE,
    }
}

/// The rules that span several fields: at least one scenario, unique non-empty names, known
/// reference keys.
pub fn validate(model: &Model) -> Result<(), String> {
    if model.scenarios.is_empty() {
        return Err("het model heeft geen scenario's; verwacht minstens één".into());
    }
    if model.scenarios.len() > MAX_SCENARIOS {
        return Err(format!(
            "het model heeft {} scenario's; hooguit {MAX_SCENARIOS}",
            model.scenarios.len()
        ));
    }
    let known = reference_keys();
    let mut names = std::collections::HashSet::new();
    for (index, scenario) in model.scenarios.iter().enumerate() {
        if scenario.name.trim().is_empty() {
            return Err(format!("scenario {} heeft geen naam", index + 1));
        }
        if !names.insert(scenario.name.as_str()) {
            return Err(format!(
                "de scenarionaam '{}' komt twee keer voor",
                scenario.name
            ));
        }
        if let Some(reference) = &scenario.reference
            && let Some(key) = reference
                .lines
                .keys()
                .chain(&reference.pm)
                .find(|k| !known.contains(k))
        {
            return Err(format!(
                "scenario '{}': onbekende regel '{key}' in de referentiecijfers; bekend zijn: {}",
                scenario.name,
                known.join(", ")
            ));
        }
    }
    if let Some(budget) = &model.budget {
        validate_budget(budget)?;
    }
    presentation_rules(model).map_err(|(_, message)| message)?;
    Ok(())
}

/// The presentation's rules (see [`Presentation::check`]), with the number of the view that
/// breaks one.
fn presentation_rules(model: &Model) -> Result<(), (Option<usize>, String)> {
    let names: Vec<&str> = model.scenarios.iter().map(|s| s.name.as_str()).collect();
    model.presentation.check(&names)
}

/// A presentation rule broken in view `view` (from 1), placed at what the message quotes inside
/// that view, else at the view's title; a file without the view's place falls back to [`located`].
fn in_view(path: &Path, text: &str, view: Option<usize>, message: String) -> FileError {
    let start = text.rfind("presentation:").and_then(|at| {
        let number = view?;
        let (offset, _) = text[at..]
            .match_indices("title:")
            .nth(number.checked_sub(1)?)?;
        Some(at + offset)
    });
    let Some(start) = start else {
        return located(path, text, message);
    };
    let quoted = message
        .split('\'')
        .nth(1)
        .filter(|q| !q.is_empty())
        .and_then(|q| text[start..].find(&format!("\"{q}\"")));
    let offset = start + quoted.unwrap_or(0);
    let (line, column) = line_column(&text.as_bytes()[..offset]);
    FileError::Parse {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

fn validate_budget(budget: &crate::model::budget::BudgetPlan) -> Result<(), String> {
    let municipalities = &budget.local_budget.municipalities;
    if municipalities.is_empty() {
        return Err("het lokaal handgeld heeft geen gemeenten; verwacht minstens één".into());
    }
    if municipalities.len() > MAX_MUNICIPALITIES {
        return Err(format!(
            "het lokaal handgeld heeft {} gemeenten; hooguit {MAX_MUNICIPALITIES} (Nederland telt er \
             ruim 340)",
            municipalities.len()
        ));
    }
    // A set, not a pairwise comparison: 340.000 names once took two minutes.
    let mut names = std::collections::HashSet::new();
    for (index, m) in municipalities.iter().enumerate() {
        if m.name.trim().is_empty() {
            return Err(format!("gemeente {} heeft geen naam", index + 1));
        }
        if !names.insert(m.name.as_str()) {
            return Err(format!("de gemeente '{}' komt twee keer voor", m.name));
        }
    }
    for group in &budget.groups {
        if group.clients_without_trajectory > group.clients {
            return Err(format!(
                "{}: {} klanten zonder traject, maar de groep telt {} klanten",
                group.name,
                group.clients_without_trajectory.get(),
                group.clients.get()
            ));
        }
    }
    Ok(())
}

/// The text a model is saved as: stable field order, one field per line, so files diff cleanly.
pub fn to_ron(model: &Model) -> Result<String, ron::Error> {
    let file = ModelFile {
        version: version_needed(model),
        name: model.name.clone(),
        description: model.description.clone(),
        scenarios: model.scenarios.clone(),
        budget: model.budget.clone(),
        presentation: model.presentation.clone(),
    };
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let mut text = ron::ser::to_string_pretty(&file, config)?;
    text.push('\n');
    Ok(text)
}

fn parse_error(path: &Path, err: &ron::error::SpannedError) -> FileError {
    FileError::Parse {
        path: path.to_path_buf(),
        line: err.span.start.line,
        column: err.span.start.col,
        message: super::dutch::dutch(&err.code),
    }
}

/// A rule broken across fields, placed where the file names what it is about: the quoted name in
/// the message (its second occurrence for a name that occurs twice), else the file as a whole.
fn located(path: &Path, text: &str, message: String) -> FileError {
    let quoted = message
        .split('\'')
        .nth(1)
        .filter(|name| !name.is_empty())
        .map(|name| format!("\"{name}\""));
    let nth = if message.contains("twee keer") { 1 } else { 0 };
    let at = quoted.and_then(|needle| text.match_indices(&needle).nth(nth).map(|(i, _)| i));
    match at {
        Some(offset) => {
            let (line, column) = line_column(&text.as_bytes()[..offset]);
            FileError::Parse {
                path: path.to_path_buf(),
                line,
                column,
                message,
            }
        }
        None => invalid(path, &message),
    }
}

fn invalid(path: &Path, message: &str) -> FileError {
    FileError::Invalid {
        path: PathBuf::from(path),
        message: message.to_string(),
    }
}

/// 1-based line and column just after `prefix`.
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = 1 + prefix.iter().filter(|&&b| b == b'\n').count();
    let last_line = prefix.rsplit(|&b| b == b'\n').next().unwrap_or(prefix);
    let column = 1 + String::from_utf8_lossy(last_line).chars().count();
    (line, column)
}
