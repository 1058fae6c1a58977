//! The baseline every result is measured against: the client stays home on benefit.
//!
//! Each scenario's sheet, actors and horizon are differences from this situation, so a scenario in
//! which the client stays home shows zeros there. What staying home itself costs is computed here,
//! per client per year, so that "doing nothing" never looks free: the municipality's BUIG budget
//! pays the benefit (the net norm, or on the gross basis the gross benefit with its wage tax), the
//! client receives the net benefit, the national government receives that wage tax, and the rest of
//! society bears the societal cost of staying home (€ 5.960 per client per year, WIL 2018 after
//! Cedris & SBCM 2017). The benefit is a transfer: society's net is minus the societal cost alone.

use rust_decimal::Decimal;

use super::actors::{ActorMatrix, ActorRow, flows_of};
use super::error::ModelError;
use super::inputs::benefit_before;
use super::lines::{Computed, HOME_LINES, Term};
use super::parameters::{BenefitSaved, BuigBasis, Parameters};
use super::per_actor::PerActor;
use super::year_table::{HalfYear, YearTable};

/// What the baseline — the client at home on benefit — costs and brings each actor, per client per
/// year, in the prices of the start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    /// The net benefit the client receives per year.
    pub benefit_net: Decimal,
    /// What BUIG pays for it per year: the net benefit, or on the gross basis the gross benefit.
    pub benefit_paid: Decimal,
    /// The societal cost of staying home per client per year.
    pub societal_cost: Decimal,
    /// Each actor's net per client per year (negative: a cost), in [`Actor::ALL`] order.
    pub net: PerActor<Decimal>,
    /// Who pays and who receives what in the baseline, per client per year: the benefit (BUIG →
    /// worker), its wage tax on the gross basis (BUIG → national government) and the societal
    /// cost (borne by the rest of society).
    pub actors: ActorMatrix,
}

impl Baseline {
    /// The baseline of `params` (whatever its placement) against `table`.
    pub fn of(params: &Parameters, table: &YearTable) -> Result<Self, ModelError> {
        let year = params.year.get();
        let row = table.row(year)?;
        let half = HalfYear::of_month(params.month.get());
        let benefit_net = benefit_before(params, row, half)?;
        let benefit_paid = match (params.buig_basis, params.benefit_saved) {
            (BuigBasis::Gross, BenefitSaved::Single | BenefitSaved::Couple) => row
                .tax
                .as_ref()
                .ok_or(ModelError::NoTaxRules { year })?
                .gross_of_net_benefit(benefit_net),
            _ => benefit_net,
        };
        let societal_cost = params.societal_cost_per_client.get();
        let flows = flows_of(&HOME_LINES, params, |term| match term {
            Term::Computed(Computed::BenefitNet) => benefit_net,
            Term::Computed(Computed::HomeBenefitTax) => benefit_paid - benefit_net,
            Term::Param(key) | Term::PerPlace(key) => key.stored(params).unwrap_or_default(),
            // A place's figures: a client at home has none.
            Term::Computed(_) => Decimal::ZERO,
        });
        let actors = ActorMatrix::from_flows(flows);
        let net = actors.rows.map(ActorRow::net);
        Ok(Self {
            benefit_net,
            benefit_paid,
            societal_cost,
            net,
            actors,
        })
    }

    /// The municipality's net per client per year (P-budget and BUIG together).
    pub fn municipality_net(&self) -> Decimal {
        self.net.municipality()
    }

    /// Society's net per client per year: the benefit is a transfer, so minus the societal cost.
    pub fn society_net(&self) -> Decimal {
        self.net.total()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Actor;
    use crate::{Money, Year};
    use rust_decimal_macros::dec;

    fn single_2018() -> Parameters {
        Parameters {
            year: Year::new(2018).unwrap(),
            benefit_saved: BenefitSaved::Single,
            ..Parameters::default()
        }
    }

    #[test]
    fn at_home_on_the_net_norm_buig_pays_what_the_client_receives() {
        let b = Baseline::of(&single_2018(), YearTable::builtin()).unwrap();
        // Single norm 1-1-2018 € 992,12 a month (Stcrt 2017, 68641) × 12 = € 11.905,44.
        assert_eq!(b.benefit_net, dec!(11905.44));
        assert_eq!(b.net[Actor::MunicipalityBuig], dec!(-11905.44));
        assert_eq!(b.net[Actor::Worker], dec!(11905.44));
        assert_eq!(b.net[Actor::NationalGovernment], Decimal::ZERO);
        // The default societal cost: € 5.960 per client per year (WIL 2018).
        assert_eq!(b.net[Actor::RestOfSociety], dec!(-5960));
        assert_eq!(b.municipality_net(), dec!(-11905.44));
        // The benefit is a transfer: society loses the societal cost only.
        assert_eq!(b.society_net(), dec!(-5960));
    }

    #[test]
    fn on_the_gross_basis_the_tax_on_the_benefit_goes_to_the_national_government() {
        let params = Parameters {
            buig_basis: BuigBasis::Gross,
            ..single_2018()
        };
        let b = Baseline::of(&params, YearTable::builtin()).unwrap();
        assert!(b.benefit_paid > b.benefit_net);
        assert_eq!(
            b.net[Actor::NationalGovernment],
            b.benefit_paid - b.benefit_net
        );
        assert_eq!(b.society_net(), dec!(-5960));
    }

    #[test]
    fn without_a_benefit_only_the_societal_cost_remains() {
        let params = Parameters {
            benefit_saved: BenefitSaved::NoBenefit,
            societal_cost_per_client: Money::new(dec!(5000)).unwrap(),
            ..single_2018()
        };
        let b = Baseline::of(&params, YearTable::builtin()).unwrap();
        assert_eq!(b.municipality_net(), Decimal::ZERO);
        assert_eq!(b.society_net(), dec!(-5000));
    }
}
