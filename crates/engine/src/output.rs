//! The one catalogue of outputs: every result a face can name, watch or sample (the sheet's net,
//! the municipality's and society's net, each actor's net, and their NPVs), with the key the
//! command line and every JSON output spell it by (`net`, `net:municipality_buig`,
//! `npv:society`, …) and the other spellings the contract accepts on input. Analyses evaluate an
//! output exactly ([`OutputKey::value`]); the Monte Carlo samples the outputs in
//! [`OutputKey::SAMPLED`] (`uncertainty/output_key.rs`); the faces name them through
//! `Lang::output` (`i18n/outputs.rs`).

use rust_decimal::Decimal;

use crate::{Actor, Evaluation, Parameters, Years};

/// A result a face can show, an analysis watch or the Monte Carlo sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutputKey {
    /// The sheet's net, per place per year (`net`).
    Net,
    /// One actor's net, per place per year (`net:<actor>`).
    ActorNet(Actor),
    /// The municipality's net (participation budget + BUIG), per place per year
    /// (`net:municipality`).
    MunicipalityNet,
    /// The sum over all actors, per place per year (`net:society`).
    SocietyNet,
    /// Net present value of all actors over the horizon, all places: society's (`npv:society`).
    Npv,
    /// One actor's net present value over the horizon, all places (`npv:<actor>`).
    ActorNpv(Actor),
    /// The municipality's net present value (`npv:municipality`).
    MunicipalityNpv,
}

impl OutputKey {
    /// The key on the command line and in every JSON output (`solve`, `explain`, `simulate`):
    /// `net`, `net:municipality`, `net:society`, `net:<actor>`, `npv:municipality`, `npv:society`,
    /// `npv:<actor>`. This is the one spelling written; [`OutputKey::aliases`] are accepted on
    /// input.
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

    /// Other spellings of this output accepted on input: the names `simulate` used before one
    /// vocabulary (`municipality_net`, `society_net`), and `npv` for society's NPV as `solve` once
    /// named it.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            OutputKey::MunicipalityNet => &["municipality_net"],
            OutputKey::SocietyNet => &["society_net"],
            OutputKey::Npv => &["npv"],
            _ => &[],
        }
    }

    /// The output with this key, or with one of its [`OutputKey::aliases`].
    pub fn from_key(key: &str) -> Option<OutputKey> {
        Self::all()
            .into_iter()
            .find(|o| o.key() == key || o.aliases().contains(&key))
    }

    /// Every output, for help texts and pickers: the per-year nets, then the NPVs.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_every_output_parses_to_that_output() {
        for output in OutputKey::all() {
            assert_eq!(OutputKey::from_key(&output.key()), Some(output));
            for alias in output.aliases() {
                assert_eq!(OutputKey::from_key(alias), Some(output), "{alias}");
            }
        }
        // The contract's spellings, written out: each alias and its key name one output.
        for (alias, key) in [
            ("municipality_net", "net:municipality"),
            ("society_net", "net:society"),
            ("npv", "npv:society"),
        ] {
            assert_eq!(OutputKey::from_key(alias), OutputKey::from_key(key));
            assert!(OutputKey::from_key(alias).is_some(), "{alias}");
        }
        assert_eq!(
            OutputKey::from_key("net:municipality_buig"),
            Some(OutputKey::ActorNet(Actor::MunicipalityBuig))
        );
        assert_eq!(
            OutputKey::from_key("npv:worker"),
            Some(OutputKey::ActorNpv(Actor::Worker))
        );
        assert_eq!(OutputKey::from_key("npv:"), None);
        assert_eq!(OutputKey::from_key("koffie"), None);
    }

    #[test]
    fn spellings_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for output in OutputKey::all() {
            assert!(seen.insert(output.key()), "{}", output.key());
            for alias in output.aliases() {
                assert!(seen.insert((*alias).to_string()), "{alias}");
            }
        }
    }
}
