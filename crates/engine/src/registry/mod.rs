//! The parameter registry: every input of a scenario, described once.
//!
//! Per input: its key (in files, on the command line, in a scenario's `sources` and `ranges`, in
//! the explanation's JSON), its name and help text in Dutch and English, its unit, range and
//! slider step, the panel group it sits in, whether it is one of the panel's (`in_panel`),
//! whether analyses may vary it (`analysable`), the words it takes, and how it is read from and
//! written to [`Parameters`]. [`ParamKey`] is written in files as its key and read back only as
//! one of the panel's keys, so a misspelt key is refused where it stands in the file.
//!
//! The panel's parameters ([`ParamKey::ALL`], [`panel`]) are what the command line's `--set` and
//! `solve --param`, the parameters panel, presenter mode's sliders, the `sources` and `ranges` of
//! a file, the Bronnen tab, goal seek, the tornado and the Monte Carlo (the analysable ones)
//! derive from. The rows after them (`others.rs`: whether the client works, and the four
//! year-table figures a scenario may replace) are offered by none of those; the explanation of a
//! difference goes through every row ([`ParamKey::INPUTS`]).
//!
//! Adding a parameter to the panel takes:
//! - its field on [`Parameters`] (left out of files when zero, so older files load and save as
//!   they were);
//! - a variant of [`ParamKey`] at the position of its row, and one [`ParamDef`] row in
//!   `table.rs` (its words in `words.rs`); [`ParamKey::ALL`] and [`ParamKey::INPUTS`] are read
//!   from the rows (their lengths are in their types), and
//!   `every_row_sits_at_its_keys_position` checks each row sits at its variant's position;
//! - when it is an amount, its term in the model's lines (`lines/`): the exact engine, the
//!   Monte Carlo's fast path (its `FastParams` is indexed by [`ParamKey`]) and the workbook's
//!   formulas all read the lines;
//! - its row in the README's `--set` table (`cargo test --test cli readme` prints it).
//!
//! The conformance harness (`tests/engine/conformance.rs`, and the workbook recalculated by
//! LibreOffice in `tests/export/export_xlsx_recalc.rs`) draws every row from the registry, so a
//! face that leaves the new parameter out fails it.
//! Files, `--set`, the panel, presenter mode, the Bronnen tab, the analyses and the explanation
//! pick the new row up from the registry without further change.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::bounded::RangeError;
use super::evaluate::Evaluation;
use super::parameters::Parameters;
use super::year_table::YearTable;

mod build;
mod others;
mod table;
mod words;

pub use table::REGISTRY;

/// How many parameters the panel has (the rows of `table.rs`): the one count to raise with a row.
pub const PANEL_LEN: usize = 22;

/// How many inputs sit outside the panel (the rows of `others.rs`).
pub const OTHERS_LEN: usize = 5;

/// How many inputs a scenario has in all.
pub const INPUTS_LEN: usize = PANEL_LEN + OTHERS_LEN;

/// A text in both languages of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Texts {
    /// Dutch (the default language).
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

pub(super) const fn t(nl: &'static str, en: &'static str) -> Texts {
    Texts { nl, en }
}

/// The unit a parameter is shown and typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Euros: `€ 8.500`.
    Money,
    /// Percent: `40 %`.
    Percent,
    /// Hours per week: `24 uur`.
    Hours,
    /// Whole years: `30 jaar`.
    Years,
    /// A whole number of clients.
    Count,
    /// A calendar year of the reference table.
    Year,
    /// A month of the year, 1–12, shown by its name.
    Month,
    /// One of a few named choices, no number.
    Choice,
}

impl Unit {
    /// Whether values are whole numbers.
    pub fn is_whole(self) -> bool {
        matches!(self, Unit::Years | Unit::Count | Unit::Year | Unit::Month)
    }
}

/// The group of the parameters panel a parameter is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Worker and wage value.
    Worker,
    /// Wage-cost subsidy.
    Lks,
    /// Coaching and workplace.
    Coaching,
    /// Benefit and society.
    Benefit,
    /// Time: reference year, horizon, indexation, discounting.
    Time,
}

impl Group {
    /// Every group, in the panel's order.
    pub const ALL: [Group; 5] = [
        Group::Worker,
        Group::Lks,
        Group::Coaching,
        Group::Benefit,
        Group::Time,
    ];

    /// The group's heading.
    pub fn title(self) -> Texts {
        match self {
            Group::Worker => t("Werknemer en loonwaarde", "Worker and wage value"),
            Group::Lks => t("Loonkostensubsidie", "Wage-cost subsidy"),
            Group::Coaching => t("Begeleiding en werkplek", "Coaching and workplace"),
            Group::Benefit => t("Uitkering en maatschappij", "Benefit and society"),
            Group::Time => t("Tijd", "Time"),
        }
    }
}

/// Where a parameter's allowed range comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bounds {
    /// A fixed range.
    Fixed(Decimal, Decimal),
    /// The years of the built-in reference table.
    TableYears,
}

/// A word `--set` accepts for a parameter instead of a number, with what it sets.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    /// The words accepted (case-insensitive), the first one the canonical one.
    pub spellings: &'static [&'static str],
    /// What the choice is called in the interface.
    pub label: Texts,
    /// What the word sets.
    pub apply: fn(&mut Parameters),
    /// Whether `params` currently holds this word's setting.
    pub is_set: fn(&Parameters) -> bool,
}

/// Everything known about one parameter.
#[derive(Clone, Copy, Debug)]
pub struct ParamDef {
    /// Which parameter.
    pub id: ParamKey,
    /// The key in files, on the command line and in `sources`.
    pub key: &'static str,
    /// The name shown and read out.
    pub label: Texts,
    /// The help text (tooltip).
    pub help: Texts,
    /// Unit of display and entry.
    pub unit: Unit,
    /// The panel group.
    pub group: Group,
    /// The allowed range (typed entry, `--set`, analyses).
    pub bounds: Bounds,
    /// Right end of the slider; typed entry may go further, up to the range's maximum.
    pub slider_max: Decimal,
    /// The slider snaps to multiples of this, so a drag gives round figures.
    pub step: Decimal,
    /// Whether goal seek and the tornado may vary it (and a Monte Carlo range may be put on it).
    pub analysable: bool,
    /// Whether it is one of the parameters panel's: a row of the panel, a key of files
    /// (`sources`, `ranges`, presentation sliders), of `--set` and `solve --param`. The scenario's
    /// other inputs — whether the client works, and the year-table figures it replaces — are rows
    /// too, for the faces that go through every input (the explanation of a difference), but
    /// nothing offers them to be typed by key.
    pub in_panel: bool,
    /// Words `--set` accepts besides a number.
    pub words: &'static [Word],
    /// The number stored in the model; `None` when a word setting holds instead (or there is no
    /// number, as for the LKS rule).
    pub read: fn(&Parameters) -> Option<Decimal>,
    /// Store a number, refusing one out of range.
    pub write: fn(&mut Parameters, Decimal) -> Result<(), RangeError>,
    /// Whether the parameter has any effect under the current settings (the fully loaded wage
    /// cost only counts under the slides' rule, for example).
    pub applies: fn(&Parameters) -> bool,
}

/// A parameter, by name. Its description is [`ParamKey::def`].
///
/// In files it is written as its key (`"wage_value_pct"`), and parameters sort by that key, so a
/// map keyed by parameters (a scenario's `sources`, the Monte Carlo's `ranges`) is written in the
/// same order as the map of key strings it replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamKey {
    /// Wage value in %.
    WageValuePct,
    /// Contract hours per week.
    HoursPerWeek,
    /// Full-time hours per week in the sector.
    FullTimeHours,
    /// How LKS is computed.
    LksRule,
    /// Fully loaded annual wage cost (slides' rule).
    FullyLoadedWageCost,
    /// LKS share in % (setting a number makes it manual).
    LksPct,
    /// Cap on the LKS share in %.
    LksCapPct,
    /// Coaching per year.
    Coaching,
    /// Who delivers the coaching.
    CoachingDeliveredBy,
    /// Workplace costs per year.
    Workplace,
    /// Workplace adaptation per year.
    WorkplaceAdaptation,
    /// Administration costs per year.
    Administration,
    /// Benefit saved per year (setting a number makes it an amount).
    BenefitSaved,
    /// What BUIG's saving is counted on: net norm or gross benefit.
    BuigBasis,
    /// Societal cost per client per year.
    SocietalCostPerClient,
    /// Number of places or clients.
    Clients,
    /// Reference year.
    Year,
    /// The month the placement starts.
    Month,
    /// Horizon in years.
    Years,
    /// Indexation in %.
    IndexationPct,
    /// Discount rate in %.
    DiscountRatePct,
    /// National bonus per place per year.
    NationalBonus,
    /// Whether the client works in the place or stays home (not in the panel).
    Placement,
    /// The scenario's own minimum wage per month instead of the year table's (not in the panel).
    MinimumWageMonth,
    /// The scenario's own employer-cost compensation in % (not in the panel).
    EmployerCostRatePct,
    /// The scenario's own benefit norm for a single person per month (not in the panel).
    BenefitSingleMonth,
    /// The scenario's own benefit norm for a couple per month (not in the panel).
    BenefitCoupleMonth,
}

impl ParamKey {
    /// Every parameter of the panel, in the panel's order: the keys of its rows in `table.rs`.
    pub const ALL: [ParamKey; PANEL_LEN] = table::PANEL_KEYS;

    /// Every input of a scenario, in the order of [`REGISTRY`]: the panel's parameters, then
    /// whether the client works and the four year-table figures a scenario may replace
    /// (`others.rs`).
    pub const INPUTS: [ParamKey; INPUTS_LEN] = table::INPUT_KEYS;

    /// The year-table figures a scenario may replace with its own.
    pub const OVERRIDES: [ParamKey; 4] = [
        ParamKey::MinimumWageMonth,
        ParamKey::EmployerCostRatePct,
        ParamKey::BenefitSingleMonth,
        ParamKey::BenefitCoupleMonth,
    ];

    /// Everything known about this parameter.
    pub fn def(self) -> &'static ParamDef {
        &REGISTRY[self as usize]
    }

    /// The key in files and on the command line.
    pub fn key(self) -> &'static str {
        self.def().key
    }

    /// The panel's parameter with this key: what files, `--set` and `solve --param` may name.
    /// The inputs outside the panel have keys for output only (the explanation's JSON).
    pub fn from_key(key: &str) -> Option<ParamKey> {
        panel().find(|d| d.key == key).map(|d| d.id)
    }

    /// The parameters analyses may vary, in the panel's order.
    pub fn analysable() -> Vec<ParamKey> {
        panel().filter(|d| d.analysable).map(|d| d.id).collect()
    }

    /// Lowest and highest value allowed.
    pub fn range(self) -> (Decimal, Decimal) {
        match self.def().bounds {
            Bounds::Fixed(low, high) => (low, high),
            Bounds::TableYears => {
                let table = YearTable::builtin();
                (
                    Decimal::from(table.first_year()),
                    Decimal::from(table.last_year()),
                )
            }
        }
    }

    /// Whether the parameter takes whole numbers only.
    pub fn is_whole(self) -> bool {
        self.def().unit.is_whole()
    }

    /// The number stored in the model, if a number holds (not a word setting).
    pub fn stored(self, params: &Parameters) -> Option<Decimal> {
        (self.def().read)(params)
    }

    /// The parameter's value as the engine uses it: a followed LKS share is the share requested,
    /// a benefit norm is the year's norm × 12.
    pub fn get(self, params: &Parameters, evaluation: &Evaluation) -> Decimal {
        match self {
            ParamKey::LksPct => evaluation.inputs.lks_share_requested * Decimal::ONE_HUNDRED,
            ParamKey::BenefitSaved => evaluation.inputs.benefit_saved,
            _ => self.stored(params).unwrap_or_default(),
        }
    }

    /// Set the parameter to `value`, refusing a value out of range (or not whole where it must be).
    pub fn set_checked(self, params: &mut Parameters, value: Decimal) -> Result<(), RangeError> {
        (self.def().write)(params, value)
    }

    /// Set the parameter to `value`, clamped to its range (and rounded for whole numbers): for
    /// sliders and analyses, which must never fail.
    pub fn set(self, params: &mut Parameters, value: Decimal) {
        let (low, high) = self.range();
        let mut value = value.clamp(low, high);
        if self.is_whole() {
            value = value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        }
        // In range and whole by construction; a parameter without a number keeps its setting.
        let _ = self.set_checked(params, value);
    }

    /// Apply a word setting (`auto`, `single`, `statutory`, …); `false` if the word is not one of
    /// this parameter's.
    pub fn set_word(self, params: &mut Parameters, word: &str) -> bool {
        let word = word.to_lowercase();
        match self
            .def()
            .words
            .iter()
            .find(|w| w.spellings.contains(&word.as_str()))
        {
            Some(w) => {
                (w.apply)(params);
                true
            }
            None => false,
        }
    }

    /// Whether the parameter has any effect under the current settings.
    pub fn applies(self, params: &Parameters) -> bool {
        (self.def().applies)(params)
    }
}

/// The rows of the parameters panel, in its order.
pub fn panel() -> impl Iterator<Item = &'static ParamDef> {
    REGISTRY.iter().filter(|d| d.in_panel)
}

impl Ord for ParamKey {
    /// By key, as the files have always listed them.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(other.key())
    }
}

impl PartialOrd for ParamKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for ParamKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for ParamKey {
    /// A key of the registry; any other text is refused with the keys there are, so a misspelt
    /// key is an error at its place in the file.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        ParamKey::from_key(&key).ok_or_else(|| {
            let known: Vec<&str> = panel().map(|d| d.key).collect();
            serde::de::Error::custom(format!(
                "onbekende parameter '{key}'; bekend zijn: {}",
                known.join(", ")
            ))
        })
    }
}

#[cfg(test)]
mod tests;
