//! One call from a scenario to every result the app, the command line and the tests show.

use rust_decimal::Decimal;

use super::actors::{ActorMatrix, flows};
use super::break_even::{BreakEven, break_even_wage_value};
use super::error::ModelError;
use super::inputs::Inputs;
use super::multi_year::MultiYear;
use super::municipality_break_even::{MunicipalityBreakEven, municipality_break_even};
use super::parameters::Parameters;
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
    /// Clients × societal cost per client × years (nominal, not indexed).
    pub societal_cost_of_staying_home: Decimal,
    /// The horizon, for all places together.
    pub multi_year: MultiYear,
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
        let multi_year = MultiYear::compute(params, &actors)?;
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
            multi_year,
        })
    }

    /// Published figures beside the computed ones, where the scenario has them.
    pub fn compare(&self, reference: &Reference) -> Vec<ReferenceRow> {
        reference.compare(&self.sheet)
    }
}
