//! What presenter mode shows of the what-if it draws: computed once when the parameters (or the
//! language) change, never while drawing. The large figures are formatted here too, so a frame
//! without a change formats no amounts and calls no engine.

use rust_decimal::Decimal;

use crate::format::{money_whole, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::{
    Actor, BreakEven, Evaluation, Figure, ModelError, Parameters, WageValuePoint, YearTable,
    by_wage_value,
};

/// Wage-value points of the curve: every 2 percentage points, as on the sheet.
const WAGE_CURVE_STEPS: u32 = 50;

/// One party's net, formatted, for the bars of "wie betaalt, wie profiteert".
#[derive(Clone, Debug, PartialEq)]
pub struct PartyNet {
    /// The party.
    pub actor: Actor,
    /// Its net per place per year.
    pub net: Decimal,
    /// The net as shown.
    pub text: String,
}

/// The figures of one evaluation as shown: the amount (for its sign colour) and its text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    /// Per figure of [`Figure::ALL`], its value (for the sign colour, `None` where the sign says
    /// nothing) and its text.
    pub figures: Vec<(Figure, Option<Decimal>, String)>,
    /// One net per party, in [`Actor::ALL`]'s order.
    pub parties: Vec<PartyNet>,
    /// The scenario is the baseline itself (the client stays home): the figures and parties are
    /// what staying home costs per client per year, not differences of € 0.
    pub baseline: bool,
}

/// The presenter's results and the inputs they were computed from.
#[derive(Debug, Default)]
pub struct PresenterResults {
    inputs: Option<(Parameters, Lang)>,
    evaluation: Option<Result<Evaluation, ModelError>>,
    wage_curve: Vec<WageValuePoint>,
    shown: Shown,
    computations: u64,
    /// The waterfall and the trade-off, for views that show them.
    pub extras: super::extras::Extras,
}

impl PresenterResults {
    /// Bring the results up to date with `params` in `lang`; computes only if they changed.
    pub fn refresh(&mut self, params: &Parameters, lang: Lang) {
        if self
            .inputs
            .as_ref()
            .is_some_and(|(p, l)| p == params && *l == lang)
        {
            return;
        }
        self.computations += 1;
        let evaluation = Evaluation::of(params);
        self.wage_curve = match &evaluation {
            Ok(_) => {
                by_wage_value(params, YearTable::builtin(), WAGE_CURVE_STEPS).unwrap_or_default()
            }
            Err(_) => Vec::new(),
        };
        self.shown = evaluation
            .as_ref()
            .map(|e| shown(e, lang))
            .unwrap_or_default();
        self.evaluation = Some(evaluation);
        self.inputs = Some((params.clone(), lang));
    }

    /// The evaluation, or why it failed; `None` before the first refresh.
    pub fn evaluation(&self) -> Option<&Result<Evaluation, ModelError>> {
        self.evaluation.as_ref()
    }

    /// The municipality's, the sheet's and society's net across the wage-value range.
    pub fn wage_curve(&self) -> &[WageValuePoint] {
        &self.wage_curve
    }

    /// The figures as shown.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// How many times the engine ran for presenter mode: a frame without a change adds nothing.
    pub fn computations(&self) -> u64 {
        self.computations
    }
}

/// Every figure of `evaluation`, formatted once.
fn shown(evaluation: &Evaluation, lang: Lang) -> Shown {
    let actors = evaluation.shown_actors();
    let baseline = evaluation.is_baseline();
    let npv = if baseline {
        &evaluation.multi_year.staying_home_npv
    } else {
        &evaluation.multi_year.npv
    };
    let figures = Figure::ALL
        .into_iter()
        .filter(|f| *f != Figure::ActorBars)
        .map(|figure| {
            let value = match figure {
                Figure::MunicipalityNet => actors.municipality_net(),
                Figure::SocietyNet => actors.society_net(),
                Figure::NpvMunicipality => npv.municipality(),
                Figure::NpvSociety => npv.total(),
                Figure::BreakEven | Figure::ActorBars => {
                    let text = match evaluation.break_even {
                        BreakEven::At(pct) => result_percent(pct, lang),
                        _ => lang.tr(Text::NoneWord).to_string(),
                    };
                    return (figure, None, text);
                }
                Figure::BreakEvenMunicipality => {
                    let text = match evaluation.break_even_municipality.wage_value_pct() {
                        Some(pct) => result_percent(pct, lang),
                        None => lang.tr(Text::NoneWord).to_string(),
                    };
                    return (figure, None, text);
                }
            };
            (figure, Some(value), money_whole(value, lang))
        })
        .collect();
    let parties = Actor::ALL
        .into_iter()
        .map(|actor| {
            let net = actors.row(actor).net();
            PartyNet {
                actor,
                net,
                text: money_whole(net, lang),
            }
        })
        .collect();
    Shown {
        figures,
        parties,
        baseline,
    }
}
