//! What presenter mode shows of the what-if it draws: the figures layer's figures of its
//! parameters ([`crate::figures`], kept with the parameters, so a frame without a change computes
//! nothing), formatted once when they or the language change. The amounts are the shown ones
//! (lines in cents, totals their sums), the same the window, the CLI and the exports print.

use std::sync::Arc;

use rust_decimal::Decimal;

use crate::figures::{Computed, Figures, ParametersCache};
use crate::format::{money_whole, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, BreakEven, Figure, Parameters};

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
    figures: ParametersCache,
    /// The figures last formatted, and in which language.
    formatted: Option<(Arc<Computed>, Lang)>,
    shown: Shown,
    /// The waterfall and the trade-off, for views that show them.
    pub extras: super::extras::Extras,
}

impl PresenterResults {
    /// Bring the results up to date with `params` in `lang`; computes only if the parameters
    /// changed, formats only if the figures or the language did.
    pub fn refresh(&mut self, params: &Parameters, lang: Lang) {
        let figures = Arc::clone(self.figures.figures(params));
        if self
            .formatted
            .as_ref()
            .is_some_and(|(f, l)| Arc::ptr_eq(f, &figures) && *l == lang)
        {
            return;
        }
        self.shown = figures
            .as_ref()
            .as_ref()
            .map(|f| shown(f, lang))
            .unwrap_or_default();
        self.formatted = Some((figures, lang));
    }

    /// The figures, or why they could not be computed; `None` before the first refresh.
    pub fn figures(&self) -> Option<&Computed> {
        self.figures.get().map(Arc::as_ref)
    }

    /// The figures, if they could be computed.
    pub fn computed(&self) -> Option<&Figures> {
        self.figures().and_then(|f| f.as_ref().ok())
    }

    /// Bring the trade-off up to date with `params` (refreshed first), its axes from the saved
    /// scenario `base`: the point comes from the figures already computed.
    pub fn refresh_trade_off(&mut self, base: &Parameters, params: &Parameters) {
        let current = self
            .figures
            .get()
            .and_then(|f| f.as_ref().as_ref().ok())
            .map(|f| &f.evaluation);
        self.extras.refresh_trade_off(base, params, current);
    }

    /// The figures as shown.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// How many times the engine ran for presenter mode: a frame without a change adds nothing.
    pub fn computations(&self) -> u64 {
        self.figures.computations() + self.extras.computations()
    }
}

/// Every figure of `figures`, formatted once from the shown amounts.
fn shown(figures: &Figures, lang: Lang) -> Shown {
    let evaluation = &figures.evaluation;
    let baseline = evaluation.is_baseline();
    // The matrix's rows: the differences, or for the baseline itself what staying home costs.
    let nets = figures.shown.matrix_nets();
    let npv = figures.shown.matrix.map(|r| r.npv);
    let figures = Figure::ALL
        .into_iter()
        .filter(|f| *f != Figure::ActorBars)
        .map(|figure| {
            let value = match figure {
                Figure::MunicipalityNet => nets.municipality(),
                Figure::SocietyNet => nets.total(),
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
            let net = nets[actor];
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
