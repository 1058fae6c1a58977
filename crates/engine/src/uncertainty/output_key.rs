//! The outputs a Monte Carlo run summarises, from the one catalogue of outputs
//! ([`crate::output`]), and how each is read from one evaluated sample.

use super::fast::FastOutcome;
use crate::actors::Actor;
pub use crate::output::OutputKey;

/// The number of outputs of a run.
pub const OUTPUT_COUNT: usize = 11;

impl OutputKey {
    /// Every output a run samples, in the order of [`super::SimulationResult::outputs`]: the
    /// sheet's net, the municipality's and society's year-1 net, their NPVs and each actor's NPV.
    pub const SAMPLED: [OutputKey; OUTPUT_COUNT] = [
        OutputKey::Net,
        OutputKey::MunicipalityNet,
        OutputKey::SocietyNet,
        OutputKey::MunicipalityNpv,
        OutputKey::Npv,
        OutputKey::ActorNpv(Actor::MunicipalityParticipation),
        OutputKey::ActorNpv(Actor::MunicipalityBuig),
        OutputKey::ActorNpv(Actor::NationalGovernment),
        OutputKey::ActorNpv(Actor::Employer),
        OutputKey::ActorNpv(Actor::Worker),
        OutputKey::ActorNpv(Actor::RestOfSociety),
    ];

    /// Every sampled output of one outcome, in [`OutputKey::SAMPLED`] order.
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
}
