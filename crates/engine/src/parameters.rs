//! The parameters of one scenario: everything a user can set, in the units a user thinks in.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Deserializer, Serialize};

use super::bounded::{Count, Hours, Money, Month, Pct, RangeError, Years};
use super::year_table::YearTable;

/// A reference year that the built-in year table knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Year(u16);

impl Year {
    /// The year, if the reference table has a row for it.
    pub fn new(year: u16) -> Result<Self, RangeError> {
        let table = YearTable::builtin();
        if (table.first_year()..=table.last_year()).contains(&year) {
            Ok(Self(year))
        } else {
            Err(RangeError {
                what: "een jaar uit de referentietabel",
                value: year.to_string(),
                min: table.first_year().to_string(),
                max: table.last_year().to_string(),
            })
        }
    }

    /// The calendar year.
    pub fn get(self) -> u16 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let year: u16 = super::bounded::whole_number(deserializer)?;
        Self::new(year).map_err(serde::de::Error::custom)
    }
}

/// How the wage-cost subsidy (LKS) is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LksRule {
    /// Participatiewet art. 10d: (WML + holiday allowance) × share, plus the employer-cost
    /// compensation of the year, adjusted for contract hours.
    Statutory,
    /// The 2014 slides' convention: a fully loaded annual wage cost × share.
    FullyLoaded,
}

/// The share of the wage cost that LKS pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LksShare {
    /// 100% minus the wage value, never above the cap.
    FollowsWageValue,
    /// Set by hand; still never above the cap.
    Manual(Pct),
}

/// The benefit that stops when the client works, per client per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BenefitSaved {
    /// The social-assistance norm for a single person of the reference year, × 12.
    Single,
    /// The norm for a couple of the reference year, × 12.
    Couple,
    /// The client had no benefit (a "Nug-er"): nothing is saved.
    NoBenefit,
    /// An annual amount entered by the user.
    Amount(Money),
}

/// Whether the client works in the place, or stays home on benefit. All results are relative to
/// staying home, so a client who stays home has no flows at all: only the societal cost remains.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Placement {
    /// The client works in the place the scenario describes.
    #[default]
    Working,
    /// No place is offered: the client stays home on benefit (the baseline).
    StaysHome,
}

/// Who delivers the coaching the participation budget pays for. Coaching is a real resource (the
/// coach's time): whoever delivers it bears its cost, and the municipality's payment is a transfer to
/// that deliverer, so the deliverer nets nothing from it (CPB/PBL Algemene leidraad MKBA 2013).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CoachingDeliverer {
    /// The employer or SW company coaches and receives the payment, as on the 2014 slides.
    #[default]
    Employer,
    /// A separate provider coaches at cost. The provider nets zero, so it is not an actor of its
    /// own: the payment is booked as a real cost of the participation budget.
    Provider,
}

impl CoachingDeliverer {
    /// Whether this is the default, which files leave out so older files stay as they were.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// What the municipality's BUIG budget saves when a client's benefit stops or shrinks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BuigBasis {
    /// The net norm (and net top-up), as WIL's note and the slides count it: it reproduces WIL's
    /// "vanaf gemiddeld 50%".
    #[default]
    NetNorm,
    /// The gross amount the municipality actually pays: the net norm plus the wage tax it withholds
    /// on the benefit, which goes to the national government. The saving on the tax is then a
    /// transfer from the national government to BUIG.
    Gross,
}

impl BuigBasis {
    /// Whether this is the default, which files leave out so older files stay as they were.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// Figures that replace the year table's values for this scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Overrides {
    /// Minimum wage per month (gross, full time, excluding holiday allowance).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_wage_month: Option<Money>,
    /// Employer-cost compensation in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_cost_rate_pct: Option<Pct>,
    /// Benefit norm for a single person per month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benefit_single_month: Option<Money>,
    /// Benefit norm for a couple per month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benefit_couple_month: Option<Money>,
}

/// Every input of one scenario. Amounts are per place per year unless their name says otherwise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Parameters {
    /// Whether the client works or stays home.
    pub placement: Placement,
    /// Reference year: selects minimum wage, employer-cost rate and benefit norms.
    pub year: Year,
    /// Replacements for the year table's figures.
    pub overrides: Overrides,
    /// How LKS is computed.
    pub lks_rule: LksRule,
    /// Fully loaded annual wage cost of a full-time minimum-wage job (for [`LksRule::FullyLoaded`]).
    pub fully_loaded_wage_cost: Money,
    /// Wage value: productivity as a percentage of the minimum wage.
    pub wage_value_pct: Pct,
    /// The LKS share: follows the wage value, or set by hand.
    pub lks_pct: LksShare,
    /// The highest LKS share the law (or local policy) allows.
    pub lks_cap_pct: Pct,
    /// Contract hours per week.
    pub hours_per_week: Hours,
    /// Full-time hours per week in the sector (before 2024 the statutory reduction uses it).
    pub full_time_hours: Hours,
    /// On-the-job coaching per year.
    pub coaching: Money,
    /// Who delivers the coaching (and so bears its cost).
    #[serde(default, skip_serializing_if = "CoachingDeliverer::is_default")]
    pub coaching_delivered_by: CoachingDeliverer,
    /// Workplace costs per year.
    pub workplace: Money,
    /// Workplace adaptation per year.
    pub workplace_adaptation: Money,
    /// Administration costs per year.
    pub administration: Money,
    /// Benefit that stops when the client works.
    pub benefit_saved: BenefitSaved,
    /// Societal cost of a client staying home, per client per year.
    pub societal_cost_per_client: Money,
    /// Number of places or clients.
    pub clients: Count,
    /// Horizon in years.
    pub years: Years,
    /// Real growth of every amount per year, in percent (constant prices of the start).
    pub indexation_pct: Pct,
    /// Discount rate in percent.
    pub discount_rate_pct: Pct,
    /// A national bonus per place per year, paid by the national government to the municipality
    /// (like the "bonus beschut werk" of 2015–2020). Files leave it out when zero, so older files
    /// load and save as they were.
    #[serde(skip_serializing_if = "Money::is_zero")]
    pub national_bonus: Money,
    /// The month the placement starts: the figures in force on its first day apply to year 1.
    #[serde(skip_serializing_if = "Month::is_january")]
    pub month: Month,
    /// What BUIG's saving on the benefit is counted on.
    #[serde(skip_serializing_if = "BuigBasis::is_default")]
    pub buig_basis: BuigBasis,
}

/// The societal cost of a client staying home, per year, from WIL's note (citing Cedris & SBCM 2017).
pub const SOCIETAL_COST_PER_CLIENT: Decimal = dec!(5960);

/// The Dutch standard discount rate for social cost-benefit analyses from 2021.
pub const STANDARD_DISCOUNT_RATE_PCT: Decimal = dec!(2.25);

impl Default for Parameters {
    /// A full-time sheltered-work place under the law, in the newest year of the table.
    fn default() -> Self {
        let table = YearTable::builtin();
        Self {
            placement: Placement::Working,
            year: Year(table.last_year()),
            overrides: Overrides::default(),
            lks_rule: LksRule::Statutory,
            fully_loaded_wage_cost: Money::clamped(dec!(22800)),
            wage_value_pct: Pct::clamped(dec!(40)),
            lks_pct: LksShare::FollowsWageValue,
            lks_cap_pct: Pct::clamped(dec!(70)),
            hours_per_week: Hours::clamped(dec!(36)),
            full_time_hours: Hours::clamped(dec!(36)),
            coaching: Money::ZERO,
            coaching_delivered_by: CoachingDeliverer::Employer,
            workplace: Money::ZERO,
            workplace_adaptation: Money::ZERO,
            administration: Money::ZERO,
            benefit_saved: BenefitSaved::NoBenefit,
            societal_cost_per_client: Money::clamped(SOCIETAL_COST_PER_CLIENT),
            clients: Count::clamped(1),
            years: Years::clamped(1),
            indexation_pct: Pct::clamped(Decimal::ZERO),
            discount_rate_pct: Pct::clamped(STANDARD_DISCOUNT_RATE_PCT),
            national_bonus: Money::ZERO,
            month: Month::JANUARY,
            buig_basis: BuigBasis::NetNorm,
        }
    }
}

impl Parameters {
    /// `amount` when the client works in the place, zero when the client stays home.
    pub fn per_place(&self, amount: Decimal) -> Decimal {
        match self.placement {
            Placement::Working => amount,
            Placement::StaysHome => Decimal::ZERO,
        }
    }
}
