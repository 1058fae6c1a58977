//! The models shipped with the program, embedded at build time.

use std::path::Path;

use super::error::FileError;
use super::format::parse_model;
use crate::model::Model;

/// A model shipped in `assets/models/`.
#[derive(Clone, Copy, Debug)]
pub struct BuiltinModel {
    /// File name, e.g. `beschut-werk-2014.ron`.
    pub file_name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every built-in model; the first is the one the app opens on.
pub const BUILTIN_MODELS: [BuiltinModel; 6] = [
    BuiltinModel {
        file_name: "beschut-werk-2014.ron",
        text: include_str!("../../assets/models/beschut-werk-2014.ron"),
    },
    BuiltinModel {
        file_name: "lks-2018.ron",
        text: include_str!("../../assets/models/lks-2018.ron"),
    },
    BuiltinModel {
        file_name: "beschut-werk-2026.ron",
        text: include_str!("../../assets/models/beschut-werk-2026.ron"),
    },
    BuiltinModel {
        file_name: "varianten-beschut-werk.ron",
        text: include_str!("../../assets/models/varianten-beschut-werk.ron"),
    },
    BuiltinModel {
        file_name: "wil-p-budget-2018.ron",
        text: include_str!("../../assets/models/wil-p-budget-2018.ron"),
    },
    BuiltinModel {
        file_name: "mc-peer.ron",
        text: include_str!("../../assets/models/mc-peer.ron"),
    },
];

/// Parse the built-in model with this file name.
pub fn builtin(file_name: &str) -> Option<Result<Model, FileError>> {
    BUILTIN_MODELS
        .iter()
        .find(|m| m.file_name == file_name)
        .map(|m| parse_model(m.text.as_bytes(), Path::new(m.file_name)))
}

/// The model the app opens on: the 2014 slides' sheltered-work example.
pub fn default_model() -> Result<Model, FileError> {
    let first = &BUILTIN_MODELS[0];
    parse_model(first.text.as_bytes(), Path::new(first.file_name))
}
