//! Where a scenario's figures come from, kept with the document so that every face — the panel's
//! badges, the Bronnen tab, `kostenbaten sources`, the CSV, the workbook and the council report —
//! reads one answer.
//!
//! The rule: a source text belongs to the value it was given for. Changing a figure drops its
//! source at once (remembered as history: "was € 8.500 volgens …"), so neither the screen nor a
//! saved file ever credits a new value to a document that does not give it; a figure brought back
//! to the saved model's setting gets the saved model's source back. The user may type a source for
//! any figure; it is saved in the file's `sources` like a document's.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::document::Scenario;
use super::parameters::Parameters;
use super::registry::ParamKey;

/// The longest source text kept for one figure, in characters: a full reference with a page and an
/// address fits; a pasted document does not.
pub const MAX_SOURCE_CHARS: usize = 500;

/// A source that no longer holds: the value it was given for and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Superseded {
    /// The value the source was given for (`None` for a choice without a number).
    pub value: Option<Decimal>,
    /// The source text as it was.
    pub source: String,
}

/// Where one parameter's value comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamOrigin<'a> {
    /// A source text holds for the value: the model file's, or one the user typed.
    Stated(&'a str),
    /// The user changed the value in this session and gave no source; `was` is the source the
    /// figure had before, if it had one.
    ChangedByUser {
        /// The source the figure had before the change.
        was: Option<&'a Superseded>,
    },
    /// The engine's default value, with no source given.
    Default,
    /// The model file sets the value and gives no source.
    ModelWithoutSource,
}

/// The figures the user changed in this session that have no source of their own, with the source
/// each had before (if any). Session state: not saved in the file (a saved value without a source
/// reads as "model file, no source given" when opened again).
///
/// A note on the document's history, not part of its content: two scenarios with the same figures
/// and sources are equal whatever their edits (so a model read back from its file equals the one
/// saved, and the unsaved-changes mark compares content). Edits change only together with a
/// figure or a source, so nothing that compares scenarios misses a change.
#[derive(Clone, Debug, Default)]
pub struct Edits(BTreeMap<ParamKey, Option<Superseded>>);

impl PartialEq for Edits {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Edits {}

impl Edits {
    /// Whether no figure was changed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `key` was changed.
    pub fn contains(&self, key: ParamKey) -> bool {
        self.0.contains_key(&key)
    }
}

/// Whether `key` has the same setting in `a` and `b`: the same number and the same word.
pub fn same_setting(key: ParamKey, a: &Parameters, b: &Parameters) -> bool {
    key.stored(a) == key.stored(b)
        && key
            .def()
            .words
            .iter()
            .all(|w| (w.is_set)(a) == (w.is_set)(b))
}

/// Why a typed source text was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SourceTextError {
    /// More than [`MAX_SOURCE_CHARS`] characters.
    #[error("een brontekst is te lang: {0} tekens, hoogstens {MAX_SOURCE_CHARS}")]
    TooLong(usize),
    /// A line break or another control character.
    #[error("een brontekst is één regel, zonder regeleinden of stuurtekens")]
    NotOneLine,
}

/// A source text as it will be kept: trimmed, one line, at most [`MAX_SOURCE_CHARS`]; `None` when
/// empty (no source).
pub fn checked_source_text(text: &str) -> Result<Option<String>, SourceTextError> {
    let text = text.trim();
    if text.chars().any(char::is_control) {
        return Err(SourceTextError::NotOneLine);
    }
    let count = text.chars().count();
    if count > MAX_SOURCE_CHARS {
        return Err(SourceTextError::TooLong(count));
    }
    Ok((!text.is_empty()).then(|| text.to_string()))
}

impl Scenario {
    /// Where the value of `key` comes from.
    pub fn origin(&self, key: ParamKey) -> ParamOrigin<'_> {
        if let Some(source) = self.sources.get(&key) {
            ParamOrigin::Stated(source)
        } else if let Some(was) = self.edits.0.get(&key) {
            ParamOrigin::ChangedByUser { was: was.as_ref() }
        } else if same_setting(key, &self.parameters, &Parameters::default()) {
            ParamOrigin::Default
        } else {
            ParamOrigin::ModelWithoutSource
        }
    }

    /// The source text that holds for the value of `key`, if any: what the badge shows.
    pub fn source_of(&self, key: ParamKey) -> Option<&str> {
        self.sources.get(&key).map(String::as_str)
    }

    /// After the parameters changed from `before`: every figure whose setting changed loses its
    /// source (kept as history) and is marked as changed by the user — unless it is back at the
    /// setting of `saved` (the scenario as opened or saved), which gives it that scenario's source
    /// and mark back. Call after every edit of the parameters: the panel, a command, `--set`.
    pub fn record_edits(&mut self, before: &Parameters, saved: Option<&Scenario>) {
        for key in ParamKey::ALL {
            if same_setting(key, before, &self.parameters) {
                continue;
            }
            let restored = saved.filter(|s| same_setting(key, &s.parameters, &self.parameters));
            if let Some(saved) = restored {
                match saved.sources.get(&key) {
                    Some(text) => self.sources.insert(key, text.clone()),
                    None => self.sources.remove(&key),
                };
                match saved.edits.0.get(&key) {
                    Some(was) => self.edits.0.insert(key, was.clone()),
                    None => self.edits.0.remove(&key),
                };
                continue;
            }
            let dropped = self.sources.remove(&key).map(|source| Superseded {
                value: key.stored(before),
                source,
            });
            let history = self.edits.0.remove(&key).flatten();
            // The first source the figure lost is the one worth recalling.
            self.edits.0.insert(key, history.or(dropped));
        }
    }

    /// Set the value of `key` (clamped to its range, as the panel does) and record the edit.
    pub fn set_param(&mut self, key: ParamKey, value: Decimal, saved: Option<&Scenario>) {
        let before = self.parameters.clone();
        key.set(&mut self.parameters, value);
        self.record_edits(&before, saved);
    }

    /// Give the value of `key` the source `text` (typed by the user), or none when `text` is
    /// empty. The text is checked first; nothing changes when it is refused.
    pub fn set_source(&mut self, key: ParamKey, text: &str) -> Result<(), SourceTextError> {
        match checked_source_text(text)? {
            Some(text) => {
                self.sources.insert(key, text);
            }
            None => {
                self.sources.remove(&key);
                if !self.edits.0.contains_key(&key)
                    && !same_setting(key, &self.parameters, &Parameters::default())
                {
                    // A figure whose source the user took away is the user's from now on.
                    self.edits.0.insert(key, None);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    const SLIDES: &str = "Samen voor de klant, slides 2014: begeleiding maximaal € 8.500";

    fn sourced() -> Scenario {
        let mut s = Scenario::default();
        ParamKey::Coaching.set(&mut s.parameters, dec!(8500));
        s.sources.insert(ParamKey::Coaching, SLIDES.into());
        s
    }

    #[test]
    fn a_changed_figure_loses_its_document_source_and_remembers_it() {
        let saved = sourced();
        let mut s = saved.clone();
        s.set_param(ParamKey::Coaching, dec!(15600), Some(&saved));
        assert_eq!(s.source_of(ParamKey::Coaching), None);
        let was = Superseded {
            value: Some(dec!(8500)),
            source: SLIDES.into(),
        };
        assert_eq!(
            s.origin(ParamKey::Coaching),
            ParamOrigin::ChangedByUser { was: Some(&was) }
        );
        // A second change keeps the first source as the history.
        s.set_param(ParamKey::Coaching, dec!(9000), Some(&saved));
        assert_eq!(
            s.origin(ParamKey::Coaching),
            ParamOrigin::ChangedByUser { was: Some(&was) }
        );
    }

    #[test]
    fn back_at_the_saved_value_the_saved_source_returns() {
        let saved = sourced();
        let mut s = saved.clone();
        s.set_param(ParamKey::Coaching, dec!(15600), Some(&saved));
        s.set_param(ParamKey::Coaching, dec!(8500), Some(&saved));
        assert_eq!(s.origin(ParamKey::Coaching), ParamOrigin::Stated(SLIDES));
        assert!(s.edits.is_empty());
        assert_eq!(s, saved);
    }

    #[test]
    fn untouched_figures_keep_their_origin() {
        let saved = sourced();
        let mut s = saved.clone();
        s.set_param(ParamKey::Workplace, dec!(12000), Some(&saved));
        assert_eq!(s.origin(ParamKey::Coaching), ParamOrigin::Stated(SLIDES));
        assert_eq!(s.origin(ParamKey::HoursPerWeek), ParamOrigin::Default);
        assert_eq!(
            s.origin(ParamKey::Workplace),
            ParamOrigin::ChangedByUser { was: None }
        );
    }

    #[test]
    fn a_typed_source_holds_until_the_value_changes() {
        let mut s = sourced();
        s.set_param(ParamKey::Coaching, dec!(15600), None);
        s.set_source(
            ParamKey::Coaching,
            "  Offerte jobcoach 2026, 4 u × € 75 × 52  ",
        )
        .unwrap();
        assert_eq!(
            s.origin(ParamKey::Coaching),
            ParamOrigin::Stated("Offerte jobcoach 2026, 4 u × € 75 × 52")
        );
        s.set_param(ParamKey::Coaching, dec!(15000), None);
        assert_eq!(s.source_of(ParamKey::Coaching), None);
    }

    #[test]
    fn removing_a_source_makes_the_figure_the_users() {
        let mut s = sourced();
        s.set_source(ParamKey::Coaching, "   ").unwrap();
        assert_eq!(
            s.origin(ParamKey::Coaching),
            ParamOrigin::ChangedByUser { was: None }
        );
    }

    #[test]
    fn a_source_text_is_one_bounded_line() {
        let mut s = sourced();
        assert_eq!(
            s.set_source(ParamKey::Coaching, "regel\nregel"),
            Err(SourceTextError::NotOneLine)
        );
        let long = "x".repeat(MAX_SOURCE_CHARS + 1);
        assert_eq!(
            s.set_source(ParamKey::Coaching, &long),
            Err(SourceTextError::TooLong(MAX_SOURCE_CHARS + 1))
        );
        // Refused: nothing changed.
        assert_eq!(s.origin(ParamKey::Coaching), ParamOrigin::Stated(SLIDES));
    }

    #[test]
    fn a_word_setting_counts_as_a_change() {
        let saved = sourced();
        let mut s = saved.clone();
        s.sources.insert(ParamKey::BenefitSaved, "WIL 2018".into());
        let before = s.parameters.clone();
        assert!(ParamKey::BenefitSaved.set_word(&mut s.parameters, "gehuwden"));
        s.record_edits(&before, Some(&saved));
        assert_eq!(s.source_of(ParamKey::BenefitSaved), None);
        assert!(s.edits.contains(ParamKey::BenefitSaved));
    }
}
