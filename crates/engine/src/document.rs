//! The document a user edits: a named model holding one or more named scenarios.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::budget::BudgetPlan;
use super::parameters::Parameters;
use super::presentation::Presentation;
use super::provenance::Edits;
use super::registry::ParamKey;
use super::sheet::Reference;
use super::uncertainty::Uncertainty;

/// One named scenario: its parameters, where its figures come from, and published reference figures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Name shown in the scenario picker.
    pub name: String,
    /// The inputs.
    pub parameters: Parameters,
    /// Parameters whose value comes from a source document: parameter → document named. Written
    /// by the parameters' keys; a misspelt key is an error at its place in the file, not a badge
    /// that silently goes missing.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<ParamKey, String>,
    /// Published figures for this sheet, to show beside the computed ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
    /// Ranges on parameters for the Monte Carlo, with its sample count and seed. Left out of the
    /// file when there are none, so files from before load and save unchanged.
    #[serde(default, skip_serializing_if = "Uncertainty::is_default")]
    pub uncertainty: Uncertainty,
    /// The figures the user changed in this session without giving a source, and the source each
    /// had before ([`Scenario::record_edits`]). Not saved: a changed figure is written with the
    /// user's source or none.
    #[serde(skip)]
    pub edits: Edits,
}

/// A model: what a `.ron` file holds, less its schema version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Name shown in the window title.
    pub name: String,
    /// What the model is about, for whoever opens it.
    #[serde(default)]
    pub description: String,
    /// At least one scenario.
    pub scenarios: Vec<Scenario>,
    /// A participation-budget plan, where the model has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<BudgetPlan>,
    /// The prepared views of presenter mode. Left out of the file when there are none, so models
    /// without one are written exactly as before.
    #[serde(default, skip_serializing_if = "Presentation::is_empty")]
    pub presentation: Presentation,
}

/// Why a scenario operation was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScenarioError {
    /// No scenario at that position.
    #[error("er is geen scenario {0}")]
    NoSuchScenario(usize),
    /// The name is taken or empty.
    #[error("de naam '{0}' is leeg of bestaat al")]
    BadName(String),
    /// The last scenario cannot be deleted.
    #[error("het laatste scenario kan niet weg: een model heeft er minstens één")]
    LastScenario,
}

impl Model {
    /// A name like `base (2)` that no scenario has yet.
    pub fn unused_name(&self, base: &str) -> String {
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|name| self.scenario(name).is_none())
            .unwrap_or_else(|| base.to_string())
    }

    /// Add, right after scenario `index`, the do-nothing option: a copy of it in which the client
    /// stays home on benefit, named `name` (or `name (2)`, … when taken); returns its index. Its
    /// views show what staying home costs; its figures' provenance is the original's.
    pub fn add_do_nothing(&mut self, index: usize, name: &str) -> Result<usize, ScenarioError> {
        let mut copy = self
            .scenarios
            .get(index)
            .cloned()
            .ok_or(ScenarioError::NoSuchScenario(index))?;
        copy.name = if self.scenario(name).is_none() {
            name.to_string()
        } else {
            self.unused_name(name)
        };
        copy.parameters.placement = super::parameters::Placement::StaysHome;
        self.scenarios.insert(index + 1, copy);
        Ok(index + 1)
    }

    /// Copy scenario `index` right after itself under a new name; returns the copy's index.
    pub fn duplicate_scenario(&mut self, index: usize) -> Result<usize, ScenarioError> {
        let mut copy = self
            .scenarios
            .get(index)
            .cloned()
            .ok_or(ScenarioError::NoSuchScenario(index))?;
        copy.name = self.unused_name(&copy.name);
        self.scenarios.insert(index + 1, copy);
        Ok(index + 1)
    }

    /// Rename scenario `index`; names stay unique and non-empty.
    pub fn rename_scenario(&mut self, index: usize, name: &str) -> Result<(), ScenarioError> {
        let name = name.trim();
        if name.is_empty()
            || self
                .scenarios
                .iter()
                .enumerate()
                .any(|(i, s)| i != index && s.name == name)
        {
            return Err(ScenarioError::BadName(name.to_string()));
        }
        let scenario = self
            .scenarios
            .get_mut(index)
            .ok_or(ScenarioError::NoSuchScenario(index))?;
        let old = std::mem::replace(&mut scenario.name, name.to_string());
        // The presentation's views name their scenario: they follow the rename.
        self.presentation.rename_scenario(&old, name);
        Ok(())
    }

    /// Delete scenario `index`, never the last one. The presentation's views of it go with it
    /// rather than refuse the delete: a view without its scenario cannot be shown, and one undo
    /// in the app brings back both.
    pub fn delete_scenario(&mut self, index: usize) -> Result<Scenario, ScenarioError> {
        if index >= self.scenarios.len() {
            return Err(ScenarioError::NoSuchScenario(index));
        }
        if self.scenarios.len() == 1 {
            return Err(ScenarioError::LastScenario);
        }
        let removed = self.scenarios.remove(index);
        self.presentation.remove_scenario(&removed.name);
        Ok(removed)
    }

    /// Move scenario `from` to position `to`.
    pub fn move_scenario(&mut self, from: usize, to: usize) -> Result<(), ScenarioError> {
        if from >= self.scenarios.len() {
            return Err(ScenarioError::NoSuchScenario(from));
        }
        if to >= self.scenarios.len() {
            return Err(ScenarioError::NoSuchScenario(to));
        }
        let scenario = self.scenarios.remove(from);
        self.scenarios.insert(to, scenario);
        Ok(())
    }

    /// The scenario with this name.
    pub fn scenario(&self, name: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.name == name)
    }
}
