//! One call from a scenario to every result the app, the command line and the tests show.

use rust_decimal::Decimal;

use super::actors::{ActorMatrix, flows};
use super::baseline::Baseline;
use super::break_even::{BreakEven, break_even_wage_value};
use super::error::ModelError;
use super::inputs::Inputs;
use super::multi_year::MultiYear;
use super::municipality_break_even::{MunicipalityBreakEven, municipality_break_even};
use super::parameters::{Parameters, Placement};
use super::sheet::{Reference, ReferenceRow, Sheet};
use super::year_table::YearTable;

/// Everything computed from one scenario. Nothing here is stored or saved: it is recomputed from the
/// parameters whenever they change.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The resolved figures the rest is computed from.
    pub inputs: Inputs,
    /// The slides' sheet, per place per year.
    pub sheet: Sheet,
    /// Who pays and who benefits, per place per year.
    pub actors: ActorMatrix,
    /// Where LKS paid equals benefit saved: the BUIG break-even.
    pub break_even: BreakEven,
    /// Where the municipality's net (participation budget + BUIG) is zero.
    pub break_even_municipality: MunicipalityBreakEven,
    /// Clients × societal cost per client × years: nominal, neither indexed nor discounted (the
    /// discounted figure is the rest of society's [`MultiYear::staying_home_npv`]).
    pub societal_cost_of_staying_home: Decimal,
    /// The baseline all of the above is measured against — the client stays home on benefit — and
    /// what it costs each actor per client per year.
    pub baseline: Baseline,
    /// The horizon, for all places together.
    pub multi_year: MultiYear,
    /// Whether the client works or stays home: a scenario in which the client stays home is the
    /// baseline itself.
    pub placement: Placement,
}

impl Evaluation {
    /// Compute every result of `params` against the built-in year table.
    pub fn of(params: &Parameters) -> Result<Self, ModelError> {
        Self::with_table(params, YearTable::builtin())
    }

    /// Compute every result of `params` against `table`.
    pub fn with_table(params: &Parameters, table: &YearTable) -> Result<Self, ModelError> {
        let inputs = Inputs::resolve(params, table)?;
        let sheet = Sheet::compute(params, &inputs);
        let actors = ActorMatrix::from_flows(flows(params, &inputs));
        let break_even = break_even_wage_value(&inputs);
        let break_even_municipality = municipality_break_even(&inputs, &actors);
        let baseline = Baseline::of(params, table)?;
        let multi_year = MultiYear::compute(params, &actors, &baseline)?;
        let societal_cost_of_staying_home = params.societal_cost_per_client.get()
            * Decimal::from(params.clients.get())
            * Decimal::from(params.years.get());
        Ok(Self {
            inputs,
            sheet,
            actors,
            break_even,
            break_even_municipality,
            societal_cost_of_staying_home,
            baseline,
            multi_year,
            placement: params.placement,
        })
    }

    /// Whether this scenario is the baseline itself (the client stays home): every difference is
    /// zero, and the views show what staying home costs instead ([`Self::baseline`]).
    pub fn is_baseline(&self) -> bool {
        self.placement == Placement::StaysHome
    }

    /// Who pays and who benefits as the views show it: the scenario's differences from the
    /// baseline, or for the baseline itself what staying home costs each actor.
    pub fn shown_actors(&self) -> &ActorMatrix {
        if self.is_baseline() {
            &self.baseline.actors
        } else {
            &self.actors
        }
    }

    /// Published figures beside the computed ones, where the scenario has them.
    pub fn compare(&self, reference: &Reference) -> Vec<ReferenceRow> {
        reference.compare(&self.sheet)
    }
}
