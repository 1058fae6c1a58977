//! Every user-facing text, in Dutch and English, in one table.

use serde::{Deserialize, Serialize};

use crate::model::{Actor, LineKey};

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
    ($($(#[$doc:meta])* $name:ident => $nl:literal, $en:literal;)*) => {
        /// A user-facing text; [`Lang::tr`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $name,)*
        }

        impl Text {
            /// Every text, for completeness checks.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];

            fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $(Text::$name => ($nl, $en),)*
                }
            }
        }
    };
}

texts! {
    SheetTitle => "Kosten-batenoverzicht", "Cost-benefit sheet";
    PerPlacePerYear => "per plek per jaar", "per place per year";
    Costs => "Kosten", "Costs";
    Benefits => "Baten", "Benefits";
    Total => "Totaal", "Total";
    Net => "Saldo", "Net result";
    Computed => "Berekend", "Computed";
    Published => "Gepubliceerd", "Published";
    Difference => "Verschil", "Difference";
    ReferenceFigures => "Gepubliceerde cijfers", "Published figures";
    WageSubsidy => "Loonkostensubsidie", "Wage-cost subsidy";
    Coaching => "Begeleiding", "Coaching";
    Workplace => "Werkplekkosten", "Workplace costs";
    WorkplaceAdaptation => "Werkplekaanpassing", "Workplace adaptation";
    Administration => "Uitvoeringskosten", "Administration costs";
    WageValue => "Loonwaarde", "Wage value";
    ActorMunicipalityParticipation => "Gemeente (P-budget)", "Municipality (participation budget)";
    ActorMunicipalityBuig => "Gemeente (BUIG)", "Municipality (BUIG)";
    ActorNationalGovernment => "Rijk", "National government";
    ActorEmployer => "Werkgever / SW-bedrijf", "Employer / SW company";
    ActorWorker => "Werknemer", "Worker";
    ActorRestOfSociety => "Rest van de samenleving", "Rest of society";
    WhoPaysWhoBenefits => "Wie betaalt, wie baat", "Who pays, who benefits";
    Actor => "Partij", "Actor";
    MunicipalityTotal => "Gemeente samen", "Municipality together";
    SocietyTotal => "Samenleving (som van alle partijen)", "Society (sum of all actors)";
    BreakEven => "Break-even loonwaarde gemeente", "Break-even wage value (municipality)";
    BreakEvenExplain => "loonwaarde waarbij de loonkostensubsidie gelijk is aan de bespaarde uitkering", "wage value at which the wage-cost subsidy equals the benefit saved";
    BreakEvenEveryWageValue => "geen: de bespaarde uitkering is bij elke loonwaarde hoger dan de subsidie", "none: the benefit saved exceeds the subsidy at every wage value";
    BreakEvenNoWageCost => "geen: er is geen loonsom", "none: there is no wage cost";
    StayingHome => "Maatschappelijke kosten thuiszitten", "Societal cost of staying home";
    StayingHomeExplain => "klanten × bedrag per klant per jaar × jaren", "clients × amount per client per year × years";
    BenefitSavedPerYear => "Bespaarde uitkering per jaar", "Benefit saved per year";
    Npv => "Contante waarde", "Net present value";
    Scenario => "Scenario", "Scenario";
    Year => "Jaar", "Year";
}

impl Lang {
    /// `text` in this language.
    pub fn tr(self, text: Text) -> &'static str {
        let (nl, en) = text.pair();
        match self {
            Lang::Nl => nl,
            Lang::En => en,
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
}
