//! Who pays and who benefits: every money flow of a place, booked to the actors it leaves and reaches.
//!
//! A transfer (LKS, coaching budget, wage, employer charges, benefit) leaves one actor and reaches
//! another, so transfers net to zero over all actors; what remains in the sum is the real resources:
//! wage value produced, coaching, workplace costs, adaptation, administration and societal costs
//! avoided (CPB/PBL, Algemene leidraad MKBA 2013: effects per actor, transfers cancel).
//!
//! A payment for something someone must deliver is two things: a transfer from the payer to the
//! deliverer, and a real cost to the deliverer, who therefore gains nothing from it. Coaching is
//! booked that way when the employer delivers it. A separate provider, or the supplier of an
//! adaptation, works at cost and nets zero, so it is not an actor here: the payment is booked
//! directly as a real cost of the budget that pays it. Either way society's net is wage value −
//! real resources + societal cost avoided, whoever pays.
//!
//! The flows themselves are described once, as data, in [`super::lines`]; this file gives them
//! their exact amounts and books them.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::inputs::Inputs;
use super::lines::{Computed, Line, PLACE_LINES, Term, each_flow};
use super::parameters::Parameters;
use super::per_actor::PerActor;
use super::registry::ParamKey;

/// The parties whose costs and benefits are reported separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// Municipality, participation budget (coaching, adaptation, administration).
    MunicipalityParticipation,
    /// Municipality, BUIG budget (benefits and LKS).
    MunicipalityBuig,
    /// National government (taxes and premiums).
    NationalGovernment,
    /// Employer or SW company.
    Employer,
    /// The worker.
    Worker,
    /// Rest of society (care, debts, safety).
    RestOfSociety,
}

impl Actor {
    /// All actors in display order.
    pub const ALL: [Actor; 6] = [
        Actor::MunicipalityParticipation,
        Actor::MunicipalityBuig,
        Actor::NationalGovernment,
        Actor::Employer,
        Actor::Worker,
        Actor::RestOfSociety,
    ];

    /// The key used in JSON and on the command line (`net:<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Actor::MunicipalityParticipation => "municipality_participation",
            Actor::MunicipalityBuig => "municipality_buig",
            Actor::NationalGovernment => "national_government",
            Actor::Employer => "employer",
            Actor::Worker => "worker",
            Actor::RestOfSociety => "rest_of_society",
        }
    }

    /// The actor with this key.
    pub fn from_key(key: &str) -> Option<Actor> {
        Actor::ALL.into_iter().find(|a| a.key() == key)
    }

    /// Whether the actor is one of the municipality's two budgets.
    pub fn is_municipality(self) -> bool {
        matches!(
            self,
            Actor::MunicipalityParticipation | Actor::MunicipalityBuig
        )
    }
}

/// What a flow is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowKey {
    /// LKS: BUIG → employer.
    WageSubsidy,
    /// Coaching budget: participation budget → employer, when the employer delivers the coaching
    /// (valued at cost, as the slides do).
    Coaching,
    /// Coaching delivered: the coach's time, a real cost to whoever delivers it (the employer, or
    /// the participation budget when a provider coaches at cost).
    CoachingDelivered,
    /// Gross wage incl. holiday allowance: employer → worker.
    Wage,
    /// Employer charges: employer → national government.
    EmployerCharges,
    /// The net benefit that stops (the norm minus the top-up still paid): worker → BUIG.
    BenefitSaved,
    /// Wage tax and premiums on the wage: worker → national government ("Rijk en fondsen").
    WageTax,
    /// On the gross basis, the wage tax on the benefit BUIG no longer withholds and pays on:
    /// national government → BUIG (the other way when the top-up's tax is the larger).
    BenefitTax,
    /// Wage value produced: a real benefit to the employer.
    WageValue,
    /// Workplace costs: a real cost to the employer.
    Workplace,
    /// Workplace adaptation: a real cost to the participation budget.
    WorkplaceAdaptation,
    /// Administration: a real cost to the participation budget.
    Administration,
    /// Societal cost of staying home avoided: a real benefit to the rest of society.
    SocietalCostAvoided,
    /// The benefit a client at home receives (the baseline only): BUIG → worker, net.
    BenefitPaid,
    /// The societal cost of staying home (the baseline only): a real cost to the rest of society.
    SocietalCost,
    /// A national bonus per place: national government → the municipality's participation
    /// budget. It lands there, not in BUIG, because the "bonus beschut werk" (creatie- and
    /// continuïteitsbonus, paid 2017–2020 for places realised from 2015) was paid through the
    /// integratie-uitkering Sociaal Domein, onderdeel Participatie (arbeidsdeskundigen.nl,
    /// 28-6-2017; Binnenlands Bestuur, "Bonus beschut werk blijft onbenut"), the same free
    /// municipal means as the participation budget, not the BUIG grant for benefits and LKS.
    NationalBonus,
    /// A line whose amount is a parameter of its own, named by that parameter: a parameter added
    /// to the registry with its line needs no flow of its own here.
    Param(ParamKey),
}

/// One flow of money or value, per place per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flow {
    /// What it is.
    pub key: FlowKey,
    /// Who pays or bears it (`None`: value created).
    pub from: Option<Actor>,
    /// Who receives it (`None`: resources used up).
    pub to: Option<Actor>,
    /// Amount, never negative.
    pub amount: Decimal,
}

impl Flow {
    /// Whether both ends are actors: money moving between pockets.
    pub fn is_transfer(&self) -> bool {
        self.from.is_some() && self.to.is_some()
    }
}

/// All flows of one place for one year: the lines of [`PLACE_LINES`] that apply, with their
/// amounts.
pub fn flows(params: &Parameters, inputs: &Inputs) -> Vec<Flow> {
    flows_of(&PLACE_LINES, params, |term| amount(term, params, inputs))
}

/// The flows of the `lines` that apply to `params`, with their exact amounts from `amount`.
pub fn flows_of(
    lines: &[Line],
    params: &Parameters,
    amount: impl FnMut(Term) -> Decimal,
) -> Vec<Flow> {
    let mut flows = Vec::with_capacity(lines.len());
    each_flow(lines, params, amount, |line, from, to, amount| {
        flows.push(Flow {
            key: line.key,
            from,
            to,
            amount,
        })
    });
    flows
}

/// The exact amount of `term` for one place per year.
pub fn amount(term: Term, params: &Parameters, inputs: &Inputs) -> Decimal {
    let param = |key: ParamKey| key.stored(params).unwrap_or_default();
    match term {
        Term::PerPlace(key) => params.per_place(param(key)),
        Term::Param(key) => param(key),
        Term::Computed(figure) => match figure {
            Computed::WageSubsidy => inputs.wage_subsidy(),
            Computed::GrossWage => inputs.gross_wage,
            Computed::EmployerCharges => inputs.employer_charges(),
            Computed::BenefitStopped => inputs.benefit_stopped,
            Computed::WageTax => inputs.wage_tax,
            Computed::WageValueAmount => inputs.wage_value_amount(),
            Computed::BenefitTax => inputs.benefit_saved - inputs.benefit_stopped,
            // The baseline's own figures (`Baseline::of`): no place has them.
            Computed::BenefitNet | Computed::HomeBenefitTax => Decimal::ZERO,
        },
    }
}

/// One actor's row of the matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorRow {
    /// The actor.
    pub actor: Actor,
    /// What it pays or bears.
    pub cost: Decimal,
    /// What it receives or gains.
    pub benefit: Decimal,
}

impl ActorRow {
    /// Benefit minus cost.
    pub fn net(&self) -> Decimal {
        self.benefit - self.cost
    }
}

/// Costs and benefits per actor, per place per year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorMatrix {
    /// One row per actor.
    pub rows: PerActor<ActorRow>,
    /// The flows the rows were booked from.
    pub flows: Vec<Flow>,
}

impl ActorMatrix {
    /// Book `flows` to the actors.
    pub fn from_flows(flows: Vec<Flow>) -> Self {
        let rows = PerActor::from_fn(|actor| ActorRow {
            actor,
            cost: flows
                .iter()
                .filter(|f| f.from == Some(actor))
                .map(|f| f.amount)
                .sum(),
            benefit: flows
                .iter()
                .filter(|f| f.to == Some(actor))
                .map(|f| f.amount)
                .sum(),
        });
        Self { rows, flows }
    }

    /// The row of one actor.
    pub fn row(&self, actor: Actor) -> &ActorRow {
        &self.rows[actor]
    }

    /// The municipality's net: participation budget plus BUIG.
    pub fn municipality_net(&self) -> Decimal {
        self.rows.map(ActorRow::net).municipality()
    }

    /// Sum of all actors' nets: society as a whole.
    pub fn society_net(&self) -> Decimal {
        self.rows.map(ActorRow::net).total()
    }
}
