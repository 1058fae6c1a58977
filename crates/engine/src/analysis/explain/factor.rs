//! What can differ between two scenarios: every input of the registry ([`ParamKey::INPUTS`]: the
//! panel's parameters, whether the client works, and the year-table figures a scenario replaces).
//! Each is read as a [`Setting`] and copied from one scenario to another on its own.

use rust_decimal::Decimal;

use crate::registry::{ParamKey, Texts};
use crate::{Parameters, RangeError};

/// One input that can differ between two scenarios. [`Factor::all`] gives the fixed order of the
/// sequential method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Factor {
    /// An input of the registry: a parameter of the panel, the placement (`placement`) or a
    /// year-table figure the scenario replaces (`overrides.<field>`).
    Param(ParamKey),
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

impl Factor {
    /// Every factor, in the fixed order of the sequential method: whether the client works (it
    /// switches every flow on or off); then where the figures come from — the reference year, the
    /// start month and the scenario's own year-table figures — so that the rules switched after
    /// them find the figures they need (the law's LKS needs a year from 2015); then the other
    /// parameters in the panel's order.
    pub fn all() -> Vec<Factor> {
        let figures = [ParamKey::Year, ParamKey::Month];
        let mut all = vec![Factor::Param(ParamKey::Placement)];
        all.extend(figures.map(Factor::Param));
        all.extend(ParamKey::OVERRIDES.map(Factor::Param));
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

    /// The input of the registry.
    pub fn param(self) -> ParamKey {
        match self {
            Factor::Param(p) => p,
        }
    }

    /// The key for other programs: the registry's (`wage_value_pct`, `placement`,
    /// `overrides.<field>`).
    pub fn key(self) -> &'static str {
        self.param().key()
    }

    /// The name shown: the registry's.
    pub fn label(self) -> Texts {
        self.param().def().label
    }

    /// The factor's value in `params`: its number, or the word that holds (`auto`, `single`,
    /// `stays_home`, `table` for a year-table figure the scenario does not replace).
    pub fn setting(self, params: &Parameters) -> Setting {
        let p = self.param();
        match p.stored(params) {
            Some(n) => Setting::Number(n),
            None => p.def().words.iter().find(|w| (w.is_set)(params)).map_or(
                Setting::Choice {
                    key: "-",
                    label: Texts { nl: "-", en: "-" },
                },
                |w| Setting::Choice {
                    key: w.spellings.first().copied().unwrap_or("-"),
                    label: w.label,
                },
            ),
        }
    }

    /// Give `into` the value this factor has in `from`, leaving everything else as it is.
    pub fn copy(self, from: &Parameters, into: &mut Parameters) -> Result<(), RangeError> {
        let p = self.param();
        match p.stored(from) {
            Some(n) => p.set_checked(into, n)?,
            None => {
                // A word setting (auto, single, statutory, stays_home, table, …): the word that
                // holds in `from`.
                if let Some(word) = p.def().words.iter().find(|w| (w.is_set)(from)) {
                    (word.apply)(into);
                }
            }
        }
        Ok(())
    }
}
