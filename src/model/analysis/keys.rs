//! The outputs that analyses watch, by the keys the command line uses (`net`,
//! `net:municipality_buig`, `npv:society`, …): the one catalogue of output keys, which the Monte
//! Carlo's outputs ([`crate::model::uncertainty::OutputKey`]) spell through too.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::model::{Actor, Evaluation, Parameters, Years};

/// A result an analysis can watch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutputKey {
    /// The sheet's net, per place per year.
    Net,
    /// One actor's net, per place per year.
    ActorNet(Actor),
    /// The municipality's net (participation budget + BUIG), per place per year.
    MunicipalityNet,
    /// The sum over all actors, per place per year.
    SocietyNet,
    /// Net present value of all actors over the horizon, all places: society's (`npv:society`).
    Npv,
    /// One actor's net present value over the horizon, all places.
    ActorNpv(Actor),
    /// The municipality's net present value.
    MunicipalityNpv,
}

impl OutputKey {
    /// The key on the command line and in every JSON output (`solve`, `explain`, `simulate`):
    /// `net`, `net:municipality`, `net:society`, `net:<actor>`, `npv:municipality`, `npv:society`,
    /// `npv:<actor>`. This is the one spelling; [`OutputKey::ALIASES`] are accepted on input.
    pub fn key(self) -> String {
        match self {
            OutputKey::Net => "net".into(),
            OutputKey::ActorNet(a) => format!("net:{}", a.key()),
            OutputKey::MunicipalityNet => "net:municipality".into(),
            OutputKey::SocietyNet => "net:society".into(),
            OutputKey::Npv => "npv:society".into(),
            OutputKey::ActorNpv(a) => format!("npv:{}", a.key()),
            OutputKey::MunicipalityNpv => "npv:municipality".into(),
        }
    }

    /// Other spellings accepted on input, each with the key it stands for: the names `simulate`
    /// used before one vocabulary, and `npv` for society's NPV as `solve` once named it.
    pub const ALIASES: [(&'static str, &'static str); 3] = [
        ("municipality_net", "net:municipality"),
        ("society_net", "net:society"),
        ("npv", "npv:society"),
    ];

    /// The output with this key, or with one of its [`OutputKey::ALIASES`].
    pub fn from_key(key: &str) -> Option<OutputKey> {
        let key = Self::ALIASES
            .iter()
            .find(|(alias, _)| *alias == key)
            .map_or(key, |(_, canonical)| canonical);
        match key.split_once(':') {
            None if key == "net" => Some(OutputKey::Net),
            Some(("net", "municipality")) => Some(OutputKey::MunicipalityNet),
            Some(("net", "society")) => Some(OutputKey::SocietyNet),
            Some(("npv", "municipality")) => Some(OutputKey::MunicipalityNpv),
            Some(("npv", "society")) => Some(OutputKey::Npv),
            Some(("net", actor)) => Actor::from_key(actor).map(OutputKey::ActorNet),
            Some(("npv", actor)) => Actor::from_key(actor).map(OutputKey::ActorNpv),
            _ => None,
        }
    }

    /// Every output key, for help texts.
    pub fn all() -> Vec<OutputKey> {
        let mut all = vec![
            OutputKey::Net,
            OutputKey::MunicipalityNet,
            OutputKey::SocietyNet,
        ];
        all.extend(Actor::ALL.map(OutputKey::ActorNet));
        all.extend([OutputKey::Npv, OutputKey::MunicipalityNpv]);
        all.extend(Actor::ALL.map(OutputKey::ActorNpv));
        all
    }

    /// Whether the output depends on the horizon; per-year outputs do not, so analyses can compute
    /// them with a one-year horizon, which is many times faster.
    pub fn needs_horizon(self) -> bool {
        matches!(
            self,
            OutputKey::Npv | OutputKey::ActorNpv(_) | OutputKey::MunicipalityNpv
        )
    }

    /// `params`, with the horizon cut to one year where the output does not depend on it.
    pub fn lean(self, params: &Parameters) -> Parameters {
        let mut lean = params.clone();
        if !self.needs_horizon() {
            lean.years = Years::clamped(1);
        }
        lean
    }

    /// The output's value in `evaluation`.
    pub fn value(self, evaluation: &Evaluation) -> Decimal {
        match self {
            OutputKey::Net => evaluation.sheet.net(),
            OutputKey::ActorNet(a) => evaluation.actors.row(a).net(),
            OutputKey::MunicipalityNet => evaluation.actors.municipality_net(),
            OutputKey::SocietyNet => evaluation.actors.society_net(),
            OutputKey::Npv => evaluation.multi_year.npv_total(),
            OutputKey::ActorNpv(a) => evaluation.multi_year.npv_of(a),
            OutputKey::MunicipalityNpv => {
                evaluation
                    .multi_year
                    .npv_of(Actor::MunicipalityParticipation)
                    + evaluation.multi_year.npv_of(Actor::MunicipalityBuig)
            }
        }
    }
}

/// The default variation of a tornado: ±20%.
pub const DEFAULT_VARIATION_PCT: Decimal = dec!(20);
