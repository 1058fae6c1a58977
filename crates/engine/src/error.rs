//! Errors the engine can report about a scenario.

/// Why a scenario cannot be computed. Each names what is missing and how the user can supply it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// The reference year is not in the year table.
    #[error("jaar {year} staat niet in de referentietabel (bekend: {first} tot en met {last})")]
    UnknownYear {
        /// The year asked for.
        year: u16,
        /// First known year.
        first: u16,
        /// Last known year.
        last: u16,
    },
    /// The statutory rule needs an employer-cost rate the table does not have for this year.
    #[error(
        "geen werkgeverslastenvergoeding bekend voor {year} (loonkostensubsidie bestaat vanaf 2015); \
         kies een jaar vanaf 2015, de regel uit de dia's, of vul het percentage zelf in"
    )]
    NoEmployerCostRate {
        /// The year asked for.
        year: u16,
    },
    /// A benefit norm was asked for that the table does not have for this date.
    #[error(
        "geen bijstandsnorm ({household}) bekend per {day} {year}; vul de bespaarde uitkering als \
         bedrag in of kies een ander jaar of een andere startmaand"
    )]
    NoBenefitNorm {
        /// The year asked for.
        year: u16,
        /// "alleenstaande" or "gehuwden".
        household: &'static str,
        /// "1 januari" or "1 juli".
        day: &'static str,
    },
    /// The minimum wage from 1 July of this year is not in the table.
    #[error(
        "geen minimumloon bekend per 1 juli {year}; vul het minimumloon zelf in of kies een \
         startmaand vóór juli"
    )]
    NoJulyMinimumWage {
        /// The year asked for.
        year: u16,
    },
    /// The wage-tax figures of this year are not in the table.
    #[error(
        "geen loonbelastinggegevens bekend voor {year}; het nettoloon en de aanvullende bijstand \
         zijn niet te berekenen: kies een ander jaar"
    )]
    NoTaxRules {
        /// The year asked for.
        year: u16,
    },
    /// The real growth compounds past what the horizon can compute exactly.
    #[error(
        "de reële groei over deze looptijd is te groot om exact te rekenen (groeifactor boven 10⁹); \
         kies een lager groeipercentage of een kortere looptijd"
    )]
    GrowthTooLarge,
}
