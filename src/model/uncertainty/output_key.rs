//! The outputs of a Monte Carlo run: which figures it summarises and how each is read from one
//! evaluated sample.

use super::fast::FastOutcome;
use crate::model::actors::Actor;

/// The number of outputs of a run.
pub const OUTPUT_COUNT: usize = 11;

/// An output of the Monte Carlo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutputKey {
    /// The sheet's net per place per year (`net`).
    SheetNet,
    /// The municipality's net in year 1, per place (`net:municipality`).
    MunicipalityNet,
    /// Society's net in year 1, per place (`net:society`).
    SocietyNet,
    /// The municipality's NPV over the horizon, all clients (`npv:municipality`).
    NpvMunicipality,
    /// Society's NPV over the horizon, all clients (`npv:society`).
    NpvSociety,
    /// One actor's NPV (`npv:<actor>`).
    NpvActor(Actor),
}

impl OutputKey {
    /// Every output, in the order of [`SimulationResult::outputs`].
    pub const ALL: [OutputKey; OUTPUT_COUNT] = [
        OutputKey::SheetNet,
        OutputKey::MunicipalityNet,
        OutputKey::SocietyNet,
        OutputKey::NpvMunicipality,
        OutputKey::NpvSociety,
        OutputKey::NpvActor(Actor::MunicipalityParticipation),
        OutputKey::NpvActor(Actor::MunicipalityBuig),
        OutputKey::NpvActor(Actor::NationalGovernment),
        OutputKey::NpvActor(Actor::Employer),
        OutputKey::NpvActor(Actor::Worker),
        OutputKey::NpvActor(Actor::RestOfSociety),
    ];

    /// The key in JSON and on the command line, spelled as every other command spells it.
    pub fn key(self) -> String {
        self.catalogue().key()
    }

    /// The same output in the one catalogue of output keys that `solve` and `explain` use.
    pub fn catalogue(self) -> crate::model::analysis::OutputKey {
        use crate::model::analysis::OutputKey as Key;
        match self {
            OutputKey::SheetNet => Key::Net,
            OutputKey::MunicipalityNet => Key::MunicipalityNet,
            OutputKey::SocietyNet => Key::SocietyNet,
            OutputKey::NpvMunicipality => Key::MunicipalityNpv,
            OutputKey::NpvSociety => Key::Npv,
            OutputKey::NpvActor(actor) => Key::ActorNpv(actor),
        }
    }

    /// Every output of one outcome, in [`OutputKey::ALL`] order.
    #[inline]
    pub fn all_of(o: &FastOutcome) -> [f64; OUTPUT_COUNT] {
        let municipality = o.municipality();
        let society = o.society();
        let k = o.npv_factor;
        let a = o.actors.map(|net| net * k);
        [
            o.sheet_net,
            municipality,
            society,
            municipality * k,
            society * k,
            a[Actor::MunicipalityParticipation],
            a[Actor::MunicipalityBuig],
            a[Actor::NationalGovernment],
            a[Actor::Employer],
            a[Actor::Worker],
            a[Actor::RestOfSociety],
        ]
    }

    /// The value of this output in one outcome.
    pub fn of(self, o: &FastOutcome) -> f64 {
        match self {
            OutputKey::SheetNet => o.sheet_net,
            OutputKey::MunicipalityNet => o.municipality(),
            OutputKey::SocietyNet => o.society(),
            OutputKey::NpvMunicipality => o.municipality() * o.npv_factor,
            OutputKey::NpvSociety => o.society() * o.npv_factor,
            OutputKey::NpvActor(actor) => o.actors[actor] * o.npv_factor,
        }
    }
}
