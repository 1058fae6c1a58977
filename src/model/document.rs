//! The document a user edits: a named model holding one or more named scenarios.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::budget::BudgetPlan;
use super::parameters::Parameters;
use super::sheet::Reference;

/// One named scenario: its parameters, where its figures come from, and published reference figures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Name shown in the scenario picker.
    pub name: String,
    /// The inputs.
    pub parameters: Parameters,
    /// Parameters whose value comes from a source document: parameter key → document named.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<String, String>,
    /// Published figures for this sheet, to show beside the computed ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
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
}

impl Model {
    /// The scenario with this name.
    pub fn scenario(&self, name: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.name == name)
    }
}
