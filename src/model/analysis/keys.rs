//! The numeric parameters and the outputs that analyses vary and watch, by the keys the command line
//! uses (`wage_value_pct`, `net:municipality_buig`, …).

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::model::{
    Actor, BenefitSaved, Count, Evaluation, Hours, LksShare, MAX_AMOUNT, Money, Parameters, Pct,
    Years,
};

/// A numeric parameter an analysis can vary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamKey {
    /// Wage value in %.
    WageValuePct,
    /// LKS share in % (setting it switches LKS to manual).
    LksPct,
    /// Cap on the LKS share in %.
    LksCapPct,
    /// Contract hours per week.
    HoursPerWeek,
    /// Full-time hours per week.
    FullTimeHours,
    /// Fully loaded annual wage cost (slides' rule).
    FullyLoadedWageCost,
    /// Coaching per year.
    Coaching,
    /// Workplace costs per year.
    Workplace,
    /// Workplace adaptation per year.
    WorkplaceAdaptation,
    /// Administration costs per year.
    Administration,
    /// Benefit saved per year (setting it makes it an amount).
    BenefitSaved,
    /// Societal cost per client per year.
    SocietalCostPerClient,
    /// Number of places or clients.
    Clients,
    /// Horizon in years.
    Years,
    /// Indexation in %.
    IndexationPct,
    /// Discount rate in %.
    DiscountRatePct,
}

impl ParamKey {
    /// Every numeric parameter, in the order of the parameters panel.
    pub const ALL: [ParamKey; 16] = [
        ParamKey::WageValuePct,
        ParamKey::HoursPerWeek,
        ParamKey::FullTimeHours,
        ParamKey::LksPct,
        ParamKey::LksCapPct,
        ParamKey::FullyLoadedWageCost,
        ParamKey::Coaching,
        ParamKey::Workplace,
        ParamKey::WorkplaceAdaptation,
        ParamKey::Administration,
        ParamKey::BenefitSaved,
        ParamKey::SocietalCostPerClient,
        ParamKey::Clients,
        ParamKey::Years,
        ParamKey::IndexationPct,
        ParamKey::DiscountRatePct,
    ];

    /// The key on the command line and in files.
    pub fn key(self) -> &'static str {
        match self {
            ParamKey::WageValuePct => "wage_value_pct",
            ParamKey::LksPct => "lks_pct",
            ParamKey::LksCapPct => "lks_cap_pct",
            ParamKey::HoursPerWeek => "hours_per_week",
            ParamKey::FullTimeHours => "full_time_hours",
            ParamKey::FullyLoadedWageCost => "fully_loaded_wage_cost",
            ParamKey::Coaching => "coaching",
            ParamKey::Workplace => "workplace",
            ParamKey::WorkplaceAdaptation => "workplace_adaptation",
            ParamKey::Administration => "administration",
            ParamKey::BenefitSaved => "benefit_saved",
            ParamKey::SocietalCostPerClient => "societal_cost_per_client",
            ParamKey::Clients => "clients",
            ParamKey::Years => "years",
            ParamKey::IndexationPct => "indexation_pct",
            ParamKey::DiscountRatePct => "discount_rate_pct",
        }
    }

    /// The parameter with this key.
    pub fn from_key(key: &str) -> Option<ParamKey> {
        ParamKey::ALL.into_iter().find(|p| p.key() == key)
    }

    /// Lowest and highest value allowed.
    pub fn range(self) -> (Decimal, Decimal) {
        match self {
            ParamKey::WageValuePct
            | ParamKey::LksPct
            | ParamKey::LksCapPct
            | ParamKey::IndexationPct
            | ParamKey::DiscountRatePct => (Pct::MIN, Pct::MAX),
            ParamKey::HoursPerWeek | ParamKey::FullTimeHours => (Hours::MIN, Hours::MAX),
            ParamKey::Clients => (Decimal::from(Count::MIN), Decimal::from(Count::MAX)),
            ParamKey::Years => (Decimal::from(Years::MIN), Decimal::from(Years::MAX)),
            _ => (Decimal::ZERO, MAX_AMOUNT),
        }
    }

    /// Whether the parameter takes whole numbers only.
    pub fn is_whole(self) -> bool {
        matches!(self, ParamKey::Clients | ParamKey::Years)
    }

    /// The parameter's current value, as the engine uses it (a followed LKS share is 100 − wage
    /// value; a benefit norm is the year's norm × 12).
    pub fn get(self, params: &Parameters, evaluation: &Evaluation) -> Decimal {
        match self {
            ParamKey::WageValuePct => params.wage_value_pct.get(),
            ParamKey::LksPct => evaluation.inputs.lks_share_requested * Decimal::ONE_HUNDRED,
            ParamKey::LksCapPct => params.lks_cap_pct.get(),
            ParamKey::HoursPerWeek => params.hours_per_week.get(),
            ParamKey::FullTimeHours => params.full_time_hours.get(),
            ParamKey::FullyLoadedWageCost => params.fully_loaded_wage_cost.get(),
            ParamKey::Coaching => params.coaching.get(),
            ParamKey::Workplace => params.workplace.get(),
            ParamKey::WorkplaceAdaptation => params.workplace_adaptation.get(),
            ParamKey::Administration => params.administration.get(),
            ParamKey::BenefitSaved => evaluation.inputs.benefit_saved,
            ParamKey::SocietalCostPerClient => params.societal_cost_per_client.get(),
            ParamKey::Clients => Decimal::from(params.clients.get()),
            ParamKey::Years => Decimal::from(params.years.get()),
            ParamKey::IndexationPct => params.indexation_pct.get(),
            ParamKey::DiscountRatePct => params.discount_rate_pct.get(),
        }
    }

    /// Set the parameter to `value`, clamped to its range (and rounded for whole numbers).
    pub fn set(self, params: &mut Parameters, value: Decimal) {
        let whole = || {
            let (low, high) = self.range();
            value.clamp(low, high).round().try_into().unwrap_or(0u32)
        };
        match self {
            ParamKey::WageValuePct => params.wage_value_pct = Pct::clamped(value),
            ParamKey::LksPct => params.lks_pct = LksShare::Manual(Pct::clamped(value)),
            ParamKey::LksCapPct => params.lks_cap_pct = Pct::clamped(value),
            ParamKey::HoursPerWeek => params.hours_per_week = Hours::clamped(value),
            ParamKey::FullTimeHours => params.full_time_hours = Hours::clamped(value),
            ParamKey::FullyLoadedWageCost => params.fully_loaded_wage_cost = Money::clamped(value),
            ParamKey::Coaching => params.coaching = Money::clamped(value),
            ParamKey::Workplace => params.workplace = Money::clamped(value),
            ParamKey::WorkplaceAdaptation => params.workplace_adaptation = Money::clamped(value),
            ParamKey::Administration => params.administration = Money::clamped(value),
            ParamKey::BenefitSaved => {
                params.benefit_saved = BenefitSaved::Amount(Money::clamped(value));
            }
            ParamKey::SocietalCostPerClient => {
                params.societal_cost_per_client = Money::clamped(value);
            }
            ParamKey::Clients => params.clients = Count::clamped(whole()),
            ParamKey::Years => params.years = Years::clamped(whole()),
            ParamKey::IndexationPct => params.indexation_pct = Pct::clamped(value),
            ParamKey::DiscountRatePct => params.discount_rate_pct = Pct::clamped(value),
        }
    }
}

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
    /// Net present value of all actors over the horizon, all places.
    Npv,
    /// One actor's net present value over the horizon, all places.
    ActorNpv(Actor),
    /// The municipality's net present value.
    MunicipalityNpv,
}

impl OutputKey {
    /// The key on the command line: `net`, `net:<actor>`, `net:municipality`, `net:society`, `npv`,
    /// `npv:<actor>`, `npv:municipality`.
    pub fn key(self) -> String {
        match self {
            OutputKey::Net => "net".into(),
            OutputKey::ActorNet(a) => format!("net:{}", a.key()),
            OutputKey::MunicipalityNet => "net:municipality".into(),
            OutputKey::SocietyNet => "net:society".into(),
            OutputKey::Npv => "npv".into(),
            OutputKey::ActorNpv(a) => format!("npv:{}", a.key()),
            OutputKey::MunicipalityNpv => "npv:municipality".into(),
        }
    }

    /// The output with this key.
    pub fn from_key(key: &str) -> Option<OutputKey> {
        match key.split_once(':') {
            None if key == "net" => Some(OutputKey::Net),
            None if key == "npv" => Some(OutputKey::Npv),
            Some(("net", "municipality")) => Some(OutputKey::MunicipalityNet),
            Some(("net", "society")) => Some(OutputKey::SocietyNet),
            Some(("npv", "municipality")) => Some(OutputKey::MunicipalityNpv),
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
