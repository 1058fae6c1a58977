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

use std::ops::{Add, Neg};

use super::actors::{Actor, FlowKey};
use super::parameters::{BuigBasis, CoachingDeliverer, Parameters};
use super::per_actor::PerActor;
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

/// A number a line's amount can be: `Decimal` in the exact engine, `f64` in the fast path.
pub trait Amount: Copy + Default + PartialOrd + Add<Output = Self> + Neg<Output = Self> {}

impl<T: Copy + Default + PartialOrd + Add<Output = T> + Neg<Output = T>> Amount for T {}

impl Line {
    /// Which way the line flows with amount `value`, and how much: a signed line with a negative
    /// amount flows the other way with the amount's size, and one of zero does not flow at all.
    #[inline]
    pub fn flow<N: Amount>(&self, value: N) -> Option<(Option<Actor>, Option<Actor>, N)> {
        let (from, to) = (self.ends.from(), self.ends.to());
        if !self.signed || value > N::default() {
            Some((from, to, value))
        } else if value < N::default() {
            Some((to, from, -value))
        } else {
            None
        }
    }
}

impl SheetPlace {
    /// What a line of amount `value` adds to the sheet's net: minus on the cost side, plus on the
    /// benefit side, nothing on both sides or off the sheet.
    #[inline]
    pub fn on_net<N: Amount>(self, value: N) -> N {
        match self {
            SheetPlace::Cost(_) => -value,
            SheetPlace::Benefit(_) => value,
            SheetPlace::None | SheetPlace::Both(_) => N::default(),
        }
    }
}

/// The lines of `lines` that apply to `params`.
pub fn applying<'a>(lines: &'a [Line], params: &'a Parameters) -> impl Iterator<Item = &'a Line> {
    lines.iter().filter(move |l| l.when.holds(params))
}

/// Call `book(line, from, to, amount)` for every line of `lines` that applies to `params`, with
/// its amount from `amount`, booked as [`Line::flow`] turns it.
pub fn each_flow<N: Amount>(
    lines: &[Line],
    params: &Parameters,
    mut amount: impl FnMut(Term) -> N,
    mut book: impl FnMut(&Line, Option<Actor>, Option<Actor>, N),
) {
    for line in applying(lines, params) {
        if let Some((from, to, value)) = line.flow(amount(line.amount)) {
            book(line, from, to, value);
        }
    }
}

/// What some lines book, in any number type: each actor's net (benefit − cost) and the sheet's
/// net (benefit side − cost side).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Booked<N> {
    /// Each actor's net.
    pub net: PerActor<N>,
    /// The sheet's net.
    pub sheet: N,
}

/// Book `lines` (already those that apply) with their amounts from `amount`, each amount worked
/// out once: the Monte Carlo's fast path picks the lines once per run and books them per draw.
#[inline]
pub fn book<'a, N: Amount>(
    lines: impl IntoIterator<Item = &'a Line>,
    mut amount: impl FnMut(Term) -> N,
) -> Booked<N> {
    let mut booked = Booked::<N>::default();
    for line in lines {
        let value = amount(line.amount);
        if let Some((from, to, value)) = line.flow(value) {
            if let Some(from) = from {
                booked.net[from] = booked.net[from] + -value;
            }
            if let Some(to) = to {
                booked.net[to] = booked.net[to] + value;
            }
        }
        booked.sheet = booked.sheet + line.sheet.on_net(value);
    }
    booked
}

/// An actor's costs and benefits of `lines` as workbook formulas over the named cells, booked as
/// [`each_flow`] books them: a signed line is `MAX(x,0)` on its way and `MAX(-x,0)` the other way.
pub fn formulas(lines: &[Line], actor: Actor, params: &Parameters) -> (String, String) {
    let mut cost = Vec::new();
    let mut benefit = Vec::new();
    for line in lines.iter().filter(|l| l.when.holds(params)) {
        let cell = line.amount.cell();
        let (from, to) = (line.ends.from(), line.ends.to());
        if line.signed {
            let forward = format!("MAX({cell},0)");
            let back = format!("MAX(-{cell},0)");
            if from == Some(actor) {
                cost.push(forward.clone());
                benefit.push(back.clone());
            }
            if to == Some(actor) {
                benefit.push(forward);
                cost.push(back);
            }
        } else {
            if from == Some(actor) {
                cost.push(cell.clone());
            }
            if to == Some(actor) {
                benefit.push(cell);
            }
        }
    }
    (sum_formula(&cost), sum_formula(&benefit))
}

/// `=a+b+…` of `terms`, `=0` for none.
fn sum_formula(terms: &[String]) -> String {
    if terms.is_empty() {
        "=0".to_string()
    } else {
        format!("={}", terms.join("+"))
    }
}

/// The formula of a sheet line over the named cells: the term of the line that stands on it
/// (the same on both sides, as the engine books it).
pub fn sheet_formula(lines: &[Line], key: LineKey, params: &Parameters) -> String {
    let terms: Vec<String> = lines
        .iter()
        .filter(|l| l.sheet.line() == Some(key) && l.when.holds(params))
        .map(|l| l.amount.cell())
        .collect();
    sum_formula(&terms)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every transfer has two different ends, and every sheet line of the slides' layout is
    /// described by some line: the description covers the sheet.
    #[test]
    fn the_description_is_consistent() {
        for line in PLACE_LINES.iter().chain(&HOME_LINES) {
            if let Ends::Transfer(from, to) = line.ends {
                assert_ne!(from, to, "{:?}", line.key);
            }
        }
        for &(_, key) in super::super::sheet::LAYOUT.iter() {
            assert!(
                PLACE_LINES.iter().any(|l| l.sheet.line() == Some(key)),
                "{key:?}"
            );
        }
    }

    /// The sheet read from the lines is the 2014 slides' layout: costs LKS, coaching, workplace,
    /// adaptation, administration; benefits LKS, coaching, wage value.
    #[test]
    fn the_sheet_read_from_the_lines_is_the_slides_layout() {
        use super::super::sheet::{LAYOUT, Side};
        let slides = [
            (Side::Cost, LineKey::WageSubsidy),
            (Side::Cost, LineKey::Coaching),
            (Side::Cost, LineKey::Workplace),
            (Side::Cost, LineKey::WorkplaceAdaptation),
            (Side::Cost, LineKey::Administration),
            (Side::Benefit, LineKey::WageSubsidy),
            (Side::Benefit, LineKey::Coaching),
            (Side::Benefit, LineKey::WageValue),
        ];
        assert_eq!(LAYOUT.as_slice(), slides.as_slice());
    }

    /// A signed line books a negative amount the other way, and a zero one not at all; by hand:
    /// −30 from the Rijk to BUIG is 30 from BUIG to the Rijk.
    #[test]
    fn a_signed_line_turns_round() {
        let params = Parameters {
            buig_basis: BuigBasis::Gross,
            ..Parameters::default()
        };
        let tax_only = |value: f64| {
            book(applying(&PLACE_LINES, &params), |term| match term {
                Term::Computed(Computed::BenefitTax) => value,
                _ => 0.0,
            })
            .net
        };
        let net = tax_only(-30.0);
        assert_eq!(net[Buig], -30.0);
        assert_eq!(net[Rijk], 30.0);
        let net = tax_only(30.0);
        assert_eq!(net[Buig], 30.0);
        assert_eq!(net[Rijk], -30.0);
        let mut flows = 0;
        each_flow(
            &PLACE_LINES,
            &params,
            |t| {
                if t == Term::Computed(Computed::BenefitTax) {
                    0.0
                } else {
                    1.0
                }
            },
            |_, _, _, _| flows += 1,
        );
        // Every line but one coaching deliverer's, and the zero tax not flowing.
        assert_eq!(flows, PLACE_LINES.len() - 2);
    }

    /// The workbook's formulas book as the engine does: BUIG pays the LKS and receives the benefit
    /// that stops; on the gross basis the benefit tax goes either way.
    #[test]
    fn the_formulas_follow_the_lines() {
        let params = Parameters {
            buig_basis: BuigBasis::Gross,
            ..Parameters::default()
        };
        let (cost, benefit) = formulas(&PLACE_LINES, Buig, &params);
        assert_eq!(cost, "=wage_subsidy+MAX(-benefit_tax,0)");
        assert_eq!(benefit, "=benefit_stopped+MAX(benefit_tax,0)");
        let (cost, benefit) = formulas(&PLACE_LINES, RestOfSociety, &params);
        assert_eq!(
            (cost.as_str(), benefit.as_str()),
            ("=0", "=societal_cost_per_client*working")
        );
    }
}
