//! The model's lines as data: every flow of a place, and of a client staying home, described once.
//!
//! A line says what it is ([`FlowKey`]), what its amount is (a [`Term`]: a parameter per place or a
//! figure the statutory computation resolves), which way it flows ([`Ends`]: a transfer between two
//! actors, a real resource an actor uses up, or value created for an actor), when it applies
//! ([`When`]), where it stands on the slides' sheet ([`SheetPlace`]) and its timing in the years since
//! the placement ([`Timing`]).
//!
//! Three faces read this one description: the exact `Decimal` engine ([`super::flows`], the sheet and
//! the baseline), the Monte Carlo's f64 fast path (which books its f64 amounts through
//! [`each_flow`]) and the workbook, which writes each actor's costs and benefits as formulas of the
//! named cells ([`Term::cell`]). A new line is one more entry in [`PLACE_LINES`].

use super::actors::{Actor, FlowKey};
use super::parameters::{BuigBasis, CoachingDeliverer, Parameters};
use super::registry::ParamKey;
use super::sheet::LineKey;

/// A figure the statutory computation resolves for a place or a client at home (wage, LKS, tax…);
/// its name is the workbook's named cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Computed {
    /// The LKS: share × the wage cost it counts.
    WageSubsidy,
    /// The gross wage incl. holiday allowance.
    GrossWage,
    /// Employer charges: loaded wage cost − gross wage.
    EmployerCharges,
    /// The net benefit that stops when the client works.
    BenefitStopped,
    /// Wage tax and premiums on the wage.
    WageTax,
    /// The wage value in euros: wage value × loaded wage cost.
    WageValueAmount,
    /// On the gross basis, the wage tax on the benefit BUIG no longer pays on (saved − stopped;
    /// negative when the top-up's tax is the larger).
    BenefitTax,
    /// The net benefit a client at home receives.
    BenefitNet,
    /// The wage tax BUIG pays on the benefit of a client at home (gross basis; 0 on the net one).
    HomeBenefitTax,
}

impl Computed {
    /// The name of the figure's cell in the workbook (and in formulas).
    pub fn name(self) -> &'static str {
        match self {
            Computed::WageSubsidy => "wage_subsidy",
            Computed::GrossWage => "gross_wage",
            Computed::EmployerCharges => "employer_charges",
            Computed::BenefitStopped => "benefit_stopped",
            Computed::WageTax => "wage_tax",
            Computed::WageValueAmount => "wage_value_amount",
            Computed::BenefitTax => "benefit_tax",
            Computed::BenefitNet => "benefit_net",
            Computed::HomeBenefitTax => "home_benefit_tax",
        }
    }
}

/// What a line's amount is, per place (or per client at home) per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    /// A parameter's amount, counted only while the client works in the place.
    PerPlace(ParamKey),
    /// A parameter's amount, whatever the placement (the baseline's societal cost).
    Param(ParamKey),
    /// A figure of the statutory computation.
    Computed(Computed),
}

impl Term {
    /// The term as a formula over the workbook's named cells (`coaching*working`, `wage_subsidy`).
    pub fn cell(self) -> String {
        match self {
            Term::PerPlace(key) => format!("{}*working", key.key()),
            Term::Param(key) => key.key().to_string(),
            Term::Computed(c) => c.name().to_string(),
        }
    }
}

/// Which way a line flows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ends {
    /// Money from one actor to another: it nets to zero for society.
    Transfer(Actor, Actor),
    /// A real resource the actor uses up (time, material, a cost to society).
    Resource(Actor),
    /// Value created for the actor (production, a societal cost avoided).
    Value(Actor),
}

impl Ends {
    /// Who pays or bears it (`None`: value created).
    pub fn from(self) -> Option<Actor> {
        match self {
            Ends::Transfer(from, _) | Ends::Resource(from) => Some(from),
            Ends::Value(_) => None,
        }
    }

    /// Who receives it (`None`: resources used up).
    pub fn to(self) -> Option<Actor> {
        match self {
            Ends::Transfer(_, to) | Ends::Value(to) => Some(to),
            Ends::Resource(_) => None,
        }
    }
}

/// When a line applies, by the scenario's choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Always.
    Always,
    /// When this party delivers the coaching.
    CoachingBy(CoachingDeliverer),
    /// When BUIG's saving is counted on the gross benefit.
    GrossBasis,
}

impl When {
    /// Whether the line applies to `params`.
    pub fn holds(self, params: &Parameters) -> bool {
        match self {
            When::Always => true,
            When::CoachingBy(deliverer) => params.coaching_delivered_by == deliverer,
            When::GrossBasis => params.buig_basis == BuigBasis::Gross,
        }
    }
}

/// Where a line stands on the slides' cost-benefit sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetPlace {
    /// Not on the sheet (the sheet shows what the place produces and uses, not the wage and taxes).
    None,
    /// On the cost side.
    Cost(LineKey),
    /// On the benefit side.
    Benefit(LineKey),
    /// On both sides: a transfer the slides show as paid and received (LKS, coaching), so it
    /// leaves the sheet's net alone.
    Both(LineKey),
}

impl SheetPlace {
    /// The sheet line it stands on, if any.
    pub fn line(self) -> Option<LineKey> {
        match self {
            SheetPlace::None => None,
            SheetPlace::Cost(key) | SheetPlace::Benefit(key) | SheetPlace::Both(key) => Some(key),
        }
    }
}

/// When a line's amount falls, in years since the placement. Every built-in line falls every year
/// of the horizon and grows with the real indexation (`multi_year.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// Every year of the horizon.
    EveryYear,
}

/// One line of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// What it is.
    pub key: FlowKey,
    /// Which way it flows.
    pub ends: Ends,
    /// Its amount.
    pub amount: Term,
    /// Whether a negative amount flows the other way (a transfer whose direction depends on the
    /// figures); other amounts are never negative.
    pub signed: bool,
    /// When it applies.
    pub when: When,
    /// Where it stands on the sheet.
    pub sheet: SheetPlace,
    /// When it falls.
    pub timing: Timing,
}

/// A line that applies always, is never negative and falls every year.
const fn line(key: FlowKey, ends: Ends, amount: Term, sheet: SheetPlace) -> Line {
    Line {
        key,
        ends,
        amount,
        signed: false,
        when: When::Always,
        sheet,
        timing: Timing::EveryYear,
    }
}

use Actor::{
    Employer, MunicipalityBuig as Buig, MunicipalityParticipation as Participation,
    NationalGovernment as Rijk, RestOfSociety, Worker,
};

/// Every flow of a place, per place per year, in the order they are listed.
///
/// A payment for something someone must deliver is two things: a transfer from the payer to the
/// deliverer and a real cost to the deliverer (coaching delivered by the employer). A provider
/// working at cost nets zero, so it is no actor: the coaching is then a real cost of the budget that
/// pays it.
pub static PLACE_LINES: [Line; 15] = [
    line(
        FlowKey::WageSubsidy,
        Ends::Transfer(Buig, Employer),
        Term::Computed(Computed::WageSubsidy),
        SheetPlace::Both(LineKey::WageSubsidy),
    ),
    Line {
        when: When::CoachingBy(CoachingDeliverer::Employer),
        ..line(
            FlowKey::Coaching,
            Ends::Transfer(Participation, Employer),
            Term::PerPlace(ParamKey::Coaching),
            SheetPlace::None,
        )
    },
    Line {
        when: When::CoachingBy(CoachingDeliverer::Provider),
        ..line(
            FlowKey::CoachingDelivered,
            Ends::Resource(Participation),
            Term::PerPlace(ParamKey::Coaching),
            SheetPlace::Both(LineKey::Coaching),
        )
    },
    line(
        FlowKey::Wage,
        Ends::Transfer(Employer, Worker),
        Term::Computed(Computed::GrossWage),
        SheetPlace::None,
    ),
    line(
        FlowKey::EmployerCharges,
        Ends::Transfer(Employer, Rijk),
        Term::Computed(Computed::EmployerCharges),
        SheetPlace::None,
    ),
    line(
        FlowKey::BenefitSaved,
        Ends::Transfer(Worker, Buig),
        Term::Computed(Computed::BenefitStopped),
        SheetPlace::None,
    ),
    line(
        FlowKey::WageTax,
        Ends::Transfer(Worker, Rijk),
        Term::Computed(Computed::WageTax),
        SheetPlace::None,
    ),
    line(
        FlowKey::WageValue,
        Ends::Value(Employer),
        Term::Computed(Computed::WageValueAmount),
        SheetPlace::Benefit(LineKey::WageValue),
    ),
    line(
        FlowKey::Workplace,
        Ends::Resource(Employer),
        Term::PerPlace(ParamKey::Workplace),
        SheetPlace::Cost(LineKey::Workplace),
    ),
    Line {
        when: When::CoachingBy(CoachingDeliverer::Employer),
        ..line(
            FlowKey::CoachingDelivered,
            Ends::Resource(Employer),
            Term::PerPlace(ParamKey::Coaching),
            SheetPlace::Both(LineKey::Coaching),
        )
    },
    line(
        FlowKey::WorkplaceAdaptation,
        Ends::Resource(Participation),
        Term::PerPlace(ParamKey::WorkplaceAdaptation),
        SheetPlace::Cost(LineKey::WorkplaceAdaptation),
    ),
    line(
        FlowKey::Administration,
        Ends::Resource(Participation),
        Term::PerPlace(ParamKey::Administration),
        SheetPlace::Cost(LineKey::Administration),
    ),
    line(
        FlowKey::SocietalCostAvoided,
        Ends::Value(RestOfSociety),
        Term::PerPlace(ParamKey::SocietalCostPerClient),
        SheetPlace::None,
    ),
    // Paid through the integratie-uitkering Sociaal Domein, onderdeel Participatie: it lands in
    // the participation budget, not in BUIG (see `FlowKey::NationalBonus`).
    line(
        FlowKey::NationalBonus,
        Ends::Transfer(Rijk, Participation),
        Term::PerPlace(ParamKey::NationalBonus),
        SheetPlace::None,
    ),
    Line {
        signed: true,
        when: When::GrossBasis,
        ..line(
            FlowKey::BenefitTax,
            Ends::Transfer(Rijk, Buig),
            Term::Computed(Computed::BenefitTax),
            SheetPlace::None,
        )
    },
];

/// Every flow of a client staying home on benefit, per client per year: the baseline.
pub static HOME_LINES: [Line; 3] = [
    line(
        FlowKey::BenefitPaid,
        Ends::Transfer(Buig, Worker),
        Term::Computed(Computed::BenefitNet),
        SheetPlace::None,
    ),
    line(
        FlowKey::BenefitTax,
        Ends::Transfer(Buig, Rijk),
        Term::Computed(Computed::HomeBenefitTax),
        SheetPlace::None,
    ),
    line(
        FlowKey::SocietalCost,
        Ends::Resource(RestOfSociety),
        Term::Param(ParamKey::SocietalCostPerClient),
        SheetPlace::None,
    ),
];

mod book;
pub use book::{Amount, Booked, applying, book, each_flow, formulas, sheet_formula};

#[cfg(test)]
mod tests;
