//! What can differ between two scenarios: every registry parameter, plus the two inputs the
//! registry does not hold (whether the client works, and the year-table figures a scenario
//! replaces). Each is read as a [`Setting`] and copied from one scenario to another on its own.

use rust_decimal::Decimal;

use crate::model::registry::{ParamKey, Texts};
use crate::model::{Money, Overrides, Parameters, Pct, Placement, RangeError};

/// A year-table figure a scenario may replace with its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OverrideKey {
    /// Minimum wage per month.
    MinimumWageMonth,
    /// Employer-cost compensation in percent.
    EmployerCostRatePct,
    /// Benefit norm for a single person per month.
    BenefitSingleMonth,
    /// Benefit norm for a couple per month.
    BenefitCoupleMonth,
}

impl OverrideKey {
    /// Every override, in the file's order.
    pub const ALL: [OverrideKey; 4] = [
        OverrideKey::MinimumWageMonth,
        OverrideKey::EmployerCostRatePct,
        OverrideKey::BenefitSingleMonth,
        OverrideKey::BenefitCoupleMonth,
    ];

    fn read(self, o: &Overrides) -> Option<Decimal> {
        match self {
            OverrideKey::MinimumWageMonth => o.minimum_wage_month.map(Money::get),
            OverrideKey::EmployerCostRatePct => o.employer_cost_rate_pct.map(Pct::get),
            OverrideKey::BenefitSingleMonth => o.benefit_single_month.map(Money::get),
            OverrideKey::BenefitCoupleMonth => o.benefit_couple_month.map(Money::get),
        }
    }

    fn copy(self, from: &Overrides, into: &mut Overrides) {
        match self {
            OverrideKey::MinimumWageMonth => into.minimum_wage_month = from.minimum_wage_month,
            OverrideKey::EmployerCostRatePct => {
                into.employer_cost_rate_pct = from.employer_cost_rate_pct;
            }
            OverrideKey::BenefitSingleMonth => {
                into.benefit_single_month = from.benefit_single_month;
            }
            OverrideKey::BenefitCoupleMonth => {
                into.benefit_couple_month = from.benefit_couple_month;
            }
        }
    }
}

/// One input that can differ between two scenarios. [`Factor::all`] gives the fixed order of the
/// sequential method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Factor {
    /// Whether the client works or stays home.
    Placement,
    /// A registry parameter.
    Param(ParamKey),
    /// A year-table figure replaced by the scenario.
    Override(OverrideKey),
}

/// A factor's value in one scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// A number, in the parameter's unit (percent as `40`, not `0.4`).
    Number(Decimal),
    /// A named choice: its key (as `--set` writes it) and its name.
    Choice {
        /// The word, e.g. `auto`, `single`, `stays_home`, `table`.
        key: &'static str,
        /// What it is called in the interface.
        label: Texts,
    },
}

impl Setting {
    /// The setting for other programs: a number with a plain point, or the choice's key.
    pub fn plain(&self) -> String {
        match self {
            Setting::Number(n) => n.normalize().to_string(),
            Setting::Choice { key, .. } => (*key).to_string(),
        }
    }
}

const fn texts(nl: &'static str, en: &'static str) -> Texts {
    Texts { nl, en }
}

impl Factor {
    /// Every factor, in the fixed order of the sequential method: whether the client works (it
    /// switches every flow on or off); then where the figures come from — the reference year, the
    /// start month and the scenario's own year-table figures — so that the rules switched after
    /// them find the figures they need (the law's LKS needs a year from 2015); then the other
    /// parameters in the panel's order.
    pub fn all() -> Vec<Factor> {
        let figures = [ParamKey::Year, ParamKey::Month];
        let mut all = vec![Factor::Placement];
        all.extend(figures.map(Factor::Param));
        all.extend(OverrideKey::ALL.map(Factor::Override));
        all.extend(
            ParamKey::ALL
                .into_iter()
                .filter(|p| !figures.contains(p))
                .map(Factor::Param),
        );
        all
    }

    /// The position in the fixed order, for ties that must not depend on an order asked for.
    pub fn rank(self) -> usize {
        Factor::all()
            .iter()
            .position(|&f| f == self)
            .unwrap_or(usize::MAX)
    }

    /// The key for other programs: a registry key, `placement`, or `overrides.<field>`.
    pub fn key(self) -> &'static str {
        match self {
            Factor::Placement => "placement",
            Factor::Param(p) => p.key(),
            Factor::Override(OverrideKey::MinimumWageMonth) => "overrides.minimum_wage_month",
            Factor::Override(OverrideKey::EmployerCostRatePct) => {
                "overrides.employer_cost_rate_pct"
            }
            Factor::Override(OverrideKey::BenefitSingleMonth) => "overrides.benefit_single_month",
            Factor::Override(OverrideKey::BenefitCoupleMonth) => "overrides.benefit_couple_month",
        }
    }

    /// The name shown: the registry's name for a parameter.
    pub fn label(self) -> Texts {
        match self {
            Factor::Placement => texts("Plaatsing", "Placement"),
            Factor::Param(p) => p.def().label,
            Factor::Override(OverrideKey::MinimumWageMonth) => texts(
                "Minimumloon per maand (eigen waarde)",
                "Minimum wage per month (own figure)",
            ),
            Factor::Override(OverrideKey::EmployerCostRatePct) => texts(
                "Werkgeverslastenvergoeding (eigen waarde)",
                "Employer-cost compensation (own figure)",
            ),
            Factor::Override(OverrideKey::BenefitSingleMonth) => texts(
                "Bijstandsnorm alleenstaande (eigen waarde)",
                "Benefit norm, single (own figure)",
            ),
            Factor::Override(OverrideKey::BenefitCoupleMonth) => texts(
                "Bijstandsnorm gehuwden (eigen waarde)",
                "Benefit norm, couple (own figure)",
            ),
        }
    }

    /// The factor's value in `params`.
    pub fn setting(self, params: &Parameters) -> Setting {
        match self {
            Factor::Placement => match params.placement {
                Placement::Working => Setting::Choice {
                    key: "working",
                    label: texts("werkt", "works"),
                },
                Placement::StaysHome => Setting::Choice {
                    key: "stays_home",
                    label: texts("blijft thuis", "stays home"),
                },
            },
            Factor::Param(p) => match p.stored(params) {
                Some(n) => Setting::Number(n),
                None => p.def().words.iter().find(|w| (w.is_set)(params)).map_or(
                    Setting::Choice {
                        key: "-",
                        label: texts("-", "-"),
                    },
                    |w| Setting::Choice {
                        key: w.spellings.first().copied().unwrap_or("-"),
                        label: w.label,
                    },
                ),
            },
            Factor::Override(o) => match o.read(&params.overrides) {
                Some(n) => Setting::Number(n),
                None => Setting::Choice {
                    key: "table",
                    label: texts("uit de jaartabel", "from the year table"),
                },
            },
        }
    }

    /// Give `into` the value this factor has in `from`, leaving everything else as it is.
    pub fn copy(self, from: &Parameters, into: &mut Parameters) -> Result<(), RangeError> {
        match self {
            Factor::Placement => into.placement = from.placement,
            Factor::Override(o) => o.copy(&from.overrides, &mut into.overrides),
            Factor::Param(p) => match p.stored(from) {
                Some(n) => p.set_checked(into, n)?,
                None => {
                    // A word setting (auto, single, statutory, …): the word that holds in `from`.
                    if let Some(word) = p.def().words.iter().find(|w| (w.is_set)(from)) {
                        (word.apply)(into);
                    }
                }
            },
        }
        Ok(())
    }
}
