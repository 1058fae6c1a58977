//! Errors for people, in the language of the interface.
//!
//! The error types' `Display` is Dutch (the command line's language and the default); [`Message`]
//! gives the same error in English for the app's English interface. Texts that come from a file's
//! own checks or the parser (`Parse` and `Invalid` messages) are passed on as they are.

use crate::file::FileError;
use crate::i18n::Lang;
use crate::model::analysis::ExplainError;
use crate::model::uncertainty::{MAX_SAMPLES, SimulationError};
use crate::model::{ModelError, RangeError, ScenarioError, SourceTextError};

/// An error that can be said in either language of the interface.
pub trait Message: std::fmt::Display {
    /// The error in English.
    fn english(&self) -> String;

    /// The error in `lang`.
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Nl => self.to_string(),
            Lang::En => self.english(),
        }
    }
}

impl Message for SourceTextError {
    fn english(&self) -> String {
        match self {
            SourceTextError::TooLong(count) => format!(
                "a source text is too long: {count} characters, at most {}",
                crate::model::MAX_SOURCE_CHARS
            ),
            SourceTextError::NotOneLine => {
                "a source text is one line, without line breaks or control characters".into()
            }
        }
    }
}

impl Message for ModelError {
    fn english(&self) -> String {
        match self {
            ModelError::UnknownYear { year, first, last } => {
                format!("year {year} is not in the reference table (known: {first} to {last})")
            }
            ModelError::NoEmployerCostRate { year } => format!(
                "no employer-cost compensation known for {year} (wage-cost subsidy exists from \
                 2015); choose a year from 2015, the slides' rule, or enter the rate yourself"
            ),
            ModelError::NoBenefitNorm {
                year,
                household,
                day,
            } => {
                let household = match *household {
                    "alleenstaande" => "single",
                    "gehuwden" => "married or cohabiting",
                    other => other,
                };
                let day = if *day == "1 juli" {
                    "1 July"
                } else {
                    "1 January"
                };
                format!(
                    "no benefit norm ({household}) known from {day} {year}; enter the benefit \
                     saved as an amount or choose another year or start month"
                )
            }
            ModelError::NoJulyMinimumWage { year } => format!(
                "no minimum wage known from 1 July {year}; enter the minimum wage yourself or \
                 choose a start month before July"
            ),
            ModelError::NoTaxRules { year } => format!(
                "no wage-tax figures known for {year}; net wage and top-up cannot be computed: \
                 choose another year"
            ),
            ModelError::GrowthTooLarge => "the real growth over this horizon is too large to \
                compute exactly (growth factor above 10⁹); choose a lower growth rate or a shorter \
                horizon"
                .to_string(),
        }
    }
}

impl Message for ScenarioError {
    fn english(&self) -> String {
        match self {
            ScenarioError::NoSuchScenario(index) => format!("there is no scenario {index}"),
            ScenarioError::BadName(name) => format!("the name '{name}' is empty or already taken"),
            ScenarioError::LastScenario => {
                "the last scenario cannot be deleted: a model has at least one".to_string()
            }
        }
    }
}

impl Message for RangeError {
    fn english(&self) -> String {
        format!(
            "{} is out of range: {} ({} to {})",
            self.value, self.what, self.min, self.max
        )
    }
}

impl Message for FileError {
    fn english(&self) -> String {
        match self {
            FileError::Io {
                action,
                path,
                source,
            } => {
                let action = match *action {
                    "lezen" => "reading",
                    "opslaan" => "saving",
                    other => other,
                };
                format!("{action} failed: {source} ({})", path.display())
            }
            FileError::NotAFile { path } => format!(
                "this is not a regular file but a folder, device or pipe ({})",
                path.display()
            ),
            FileError::TooLarge {
                path,
                line,
                column,
                size,
                limit,
            } => format!(
                "{}:{line}:{column}: the file is larger than 10 MB ({size} bytes; a model is at \
                 most {limit} bytes): here it crosses the limit",
                path.display()
            ),
            FileError::NotText { path, line, column } => format!(
                "{}:{line}:{column}: this is not a text file (no valid UTF-8)",
                path.display()
            ),
            FileError::Parse { .. } | FileError::Invalid { .. } => self.to_string(),
            FileError::NewerVersion {
                path,
                line,
                column,
                found,
                supported,
            } => format!(
                "{}:{line}:{column}: this file has schema version {found}; this version of \
                 kostenbaten reads up to version {supported}: update kostenbaten",
                path.display()
            ),
            FileError::ChangedOnDisk { path } => format!(
                "{} was changed by another program in the meantime; choose Save as… or open it \
                 again",
                path.display()
            ),
            FileError::FolderNotWritable { folder, read_only } => format!(
                "{}: nothing can be written in this folder ({}); choose another folder",
                folder.display(),
                if *read_only {
                    "read-only"
                } else {
                    "no permission"
                }
            ),
            FileError::TooLargeToSave { path, size, limit } => format!(
                "{}: not saved: the model would be {size} bytes of text, more than the {limit} \
                 bytes (10 MB) kostenbaten reads; shorten descriptions, names or source texts",
                path.display()
            ),
        }
    }
}

impl Message for ExplainError {
    fn english(&self) -> String {
        match self {
            ExplainError::TooManyForAverage { count, max } => format!(
                "{count} inputs differ; the average over all orders takes at most {max} exactly: \
                 choose the one-at-a-time method"
            ),
            ExplainError::Endpoint { which, source } => format!(
                "the {} scenario cannot be computed: {}",
                if *which == "eerste" {
                    "first"
                } else {
                    "second"
                },
                source.english()
            ),
            ExplainError::Intermediate {
                switched,
                source,
                average,
            } => format!(
                "with only {switched} switched the scenario in between cannot be computed: {}{}",
                source.english(),
                if *average {
                    "; choose the one-at-a-time method, which needs fewer scenarios in between"
                } else {
                    ""
                }
            ),
            ExplainError::Range(err) => err.english(),
            ExplainError::Uncovered => {
                "the scenarios differ in something the explanation does not know".to_string()
            }
            ExplainError::Overflow => "the amounts are too large to add exactly".to_string(),
        }
    }
}

impl Message for SimulationError {
    fn english(&self) -> String {
        match self {
            SimulationError::Model(err) => err.english(),
            SimulationError::Samples(count) => {
                format!("sample count {count} is outside the range 1 to {MAX_SAMPLES}")
            }
            SimulationError::Cancelled => "the simulation was cancelled".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_is_the_display_and_english_differs() {
        let err = ModelError::NoBenefitNorm {
            year: 2016,
            household: "gehuwden",
            day: "1 juli",
        };
        assert_eq!(err.message(Lang::Nl), err.to_string());
        let english = err.message(Lang::En);
        assert!(english.contains("married or cohabiting"), "{english}");
        assert!(english.contains("2016"), "{english}");
        assert!(!english.contains("bijstandsnorm"), "{english}");
        let last = ScenarioError::LastScenario.message(Lang::En);
        assert!(last.starts_with("the last scenario"), "{last}");
    }
}
