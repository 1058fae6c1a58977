//! Every user-facing text, in Dutch and English, in one table.

use serde::{Deserialize, Serialize};

use crate::model::{Actor, Course, LineKey, Pocket, Texts};

/// The language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
}

macro_rules! texts {
    ([$($(#[$doc:meta])* $name:ident => $nl:literal, $en:literal;)*]) => {
        /// A user-facing text; [`Lang::tr`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $name,)*
        }

        impl Text {
            /// Every text, for completeness checks.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];

            pub(super) fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $(Text::$name => ($nl, $en),)*
                }
            }
        }
    };
}

mod break_even;
mod outputs;
// The table itself, in its own file: one line per text, Dutch then English.
mod table;

pub use outputs::Wording;
pub use table::Text;

impl Lang {
    /// `text` in this language.
    pub fn tr(self, text: Text) -> &'static str {
        let (nl, en) = text.pair();
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// A text of the engine's tables (the parameter registry) in this language.
    pub fn pick(self, texts: Texts) -> &'static str {
        match self {
            Lang::Nl => texts.nl,
            Lang::En => texts.en,
        }
    }

    /// The name of a sheet line.
    pub fn line(self, key: LineKey) -> &'static str {
        self.tr(match key {
            LineKey::WageSubsidy => Text::WageSubsidy,
            LineKey::Coaching => Text::Coaching,
            LineKey::Workplace => Text::Workplace,
            LineKey::WorkplaceAdaptation => Text::WorkplaceAdaptation,
            LineKey::Administration => Text::Administration,
            LineKey::WageValue => Text::WageValue,
        })
    }

    /// The name of a line of "doing nothing against acting": the pocket and the course.
    pub fn cost_path(self, pocket: Pocket, course: Course) -> &'static str {
        self.tr(match (pocket, course) {
            (Pocket::Municipality, Course::DoNothing) => Text::SeriesMunicipalityDoNothing,
            (Pocket::Municipality, Course::Act) => Text::SeriesMunicipalityActing,
            (Pocket::Society, Course::DoNothing) => Text::SeriesSocietyDoNothing,
            (Pocket::Society, Course::Act) => Text::SeriesSocietyActing,
        })
    }

    /// The short name of an actor, for a plot's category axis.
    pub fn short_actor(self, actor: Actor) -> &'static str {
        self.tr(match actor {
            Actor::MunicipalityParticipation => Text::ActorShortParticipation,
            Actor::MunicipalityBuig => Text::ActorShortBuig,
            Actor::NationalGovernment => Text::ActorShortNationalGovernment,
            Actor::Employer => Text::ActorShortEmployer,
            Actor::Worker => Text::ActorShortWorker,
            Actor::RestOfSociety => Text::ActorShortRestOfSociety,
        })
    }

    /// The name of an actor.
    pub fn actor(self, actor: Actor) -> &'static str {
        self.tr(match actor {
            Actor::MunicipalityParticipation => Text::ActorMunicipalityParticipation,
            Actor::MunicipalityBuig => Text::ActorMunicipalityBuig,
            Actor::NationalGovernment => Text::ActorNationalGovernment,
            Actor::Employer => Text::ActorEmployer,
            Actor::Worker => Text::ActorWorker,
            Actor::RestOfSociety => Text::ActorRestOfSociety,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages() {
        for &text in Text::ALL {
            assert!(!Lang::Nl.tr(text).is_empty(), "{text:?}");
            assert!(!Lang::En.tr(text).is_empty(), "{text:?}");
        }
    }

    /// Issue 19: one Dutch word for the discount rate, and no jargon a council does not know on
    /// a label; the technical term may stand in a tooltip that says it is technical.
    #[test]
    fn the_dutch_labels_speak_plainly() {
        for &text in Text::ALL {
            let nl = Lang::Nl.tr(text).to_lowercase();
            assert!(!nl.contains("disconteringsvoet"), "{text:?}: {nl}");
            for jargon in [
                "seed",
                "p(positief)",
                "lock-in",
                "revolving",
                "rangcorrelatie",
            ] {
                assert!(
                    !nl.contains(jargon) || nl.contains("technisch"),
                    "{text:?}: {nl}"
                );
            }
        }
        assert_ne!(Lang::Nl.tr(Text::ResetShort), "terug");
    }
}
