//! The municipality's break-even wage value in words, the same in the app, the reports and the
//! exports.

use super::{Lang, Text};
use crate::format::result_percent;
use crate::model::MunicipalityBreakEven;

impl Lang {
    /// The municipality's break-even: its percentage ("60,8 %"), or "geen" with the reason.
    pub fn municipality_break_even(self, break_even: MunicipalityBreakEven) -> String {
        match break_even {
            MunicipalityBreakEven::At(pct) => result_percent(pct, self),
            MunicipalityBreakEven::GainsAtEveryWageValue => {
                self.tr(Text::BreakEvenMunicipalityGains).to_string()
            }
            MunicipalityBreakEven::LosesAtEveryWageValue => {
                self.tr(Text::BreakEvenMunicipalityLoses).to_string()
            }
        }
    }

    /// The explanation of the municipality's break-even, or the reason there is none.
    pub fn municipality_break_even_hint(self, break_even: MunicipalityBreakEven) -> &'static str {
        self.tr(match break_even {
            MunicipalityBreakEven::At(_) => Text::BreakEvenMunicipalityExplain,
            MunicipalityBreakEven::GainsAtEveryWageValue => Text::BreakEvenMunicipalityGains,
            MunicipalityBreakEven::LosesAtEveryWageValue => Text::BreakEvenMunicipalityLoses,
        })
    }
}
