//! The names of the outputs of the one catalogue ([`OutputKey`]): the one place they are worded.
//! Each face keeps its own words, because each reads an output differently: the analyses name
//! the period of every figure, the Monte Carlo tab says which figures are of year 1, and the
//! `simulate` command's table puts the party first.

use super::{Lang, Text};
use crate::model::output::OutputKey;

/// Which face names an output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// The analyses (goal seek, tornado, trade-off, explanation): each figure with its period.
    Analysis,
    /// The Monte Carlo tab (its table and histogram picker): year-1 nets and NPVs.
    Sampled,
    /// The table `simulate` prints: the party first, then the period.
    SampledTable,
}

impl Lang {
    /// The name of `output` as `wording`'s face shows it. An output a run does not sample (an
    /// actor's net per year) has its analysis name in every face.
    pub fn output(self, output: OutputKey, wording: Wording) -> String {
        let tr = |text| self.tr(text).to_string();
        match (wording, output) {
            (_, OutputKey::Net) => tr(Text::OutputNet),
            (_, OutputKey::ActorNet(a)) => format!(
                "{} {} ({})",
                self.tr(Text::OutputActorNet),
                self.actor(a),
                self.tr(Text::PerPlacePerYear)
            ),
            (Wording::Analysis, OutputKey::MunicipalityNet) => tr(Text::OutputMunicipalityNet),
            (Wording::Analysis, OutputKey::SocietyNet) => tr(Text::OutputSocietyNet),
            (Wording::Analysis, OutputKey::Npv) => tr(Text::OutputNpv),
            (Wording::Analysis, OutputKey::MunicipalityNpv) => tr(Text::OutputMunicipalityNpv),
            (Wording::Analysis, OutputKey::ActorNpv(a)) => {
                format!("{}: {}", self.tr(Text::Npv), self.actor(a))
            }
            (Wording::Sampled, OutputKey::MunicipalityNet) => format!(
                "{} ({})",
                self.tr(Text::McNetMunicipality),
                self.tr(Text::McYear1)
            ),
            (Wording::Sampled, OutputKey::SocietyNet) => format!(
                "{} ({})",
                self.tr(Text::McNetSociety),
                self.tr(Text::McYear1)
            ),
            (Wording::Sampled, OutputKey::MunicipalityNpv) => tr(Text::McNpvMunicipality),
            (Wording::Sampled, OutputKey::Npv) => tr(Text::McNpvSociety),
            (Wording::Sampled, OutputKey::ActorNpv(a)) => {
                format!("{} {}", self.tr(Text::McNpv), self.actor(a))
            }
            (Wording::SampledTable, OutputKey::MunicipalityNet) => tr(Text::TableNetMunicipality),
            (Wording::SampledTable, OutputKey::SocietyNet) => tr(Text::TableNetSociety),
            (Wording::SampledTable, OutputKey::MunicipalityNpv) => tr(Text::TableNpvMunicipality),
            (Wording::SampledTable, OutputKey::Npv) => tr(Text::TableNpvSociety),
            (Wording::SampledTable, OutputKey::ActorNpv(a)) => {
                format!("{}: {}", self.tr(Text::NpvShort), self.actor(a))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Actor;

    #[test]
    fn every_output_has_a_distinct_name_in_every_face() {
        for lang in [Lang::Nl, Lang::En] {
            for wording in [Wording::Analysis, Wording::Sampled, Wording::SampledTable] {
                let names: Vec<String> = OutputKey::all()
                    .into_iter()
                    .map(|o| lang.output(o, wording))
                    .collect();
                for (i, name) in names.iter().enumerate() {
                    assert!(!name.is_empty());
                    assert!(!names[i + 1..].contains(name), "{wording:?}: {name}");
                }
            }
        }
    }

    #[test]
    fn the_simulate_table_keeps_its_dutch_words() {
        let nl = |o| Lang::Nl.output(o, Wording::SampledTable);
        assert_eq!(
            nl(OutputKey::MunicipalityNet),
            "Gemeente, jaar 1 (per plek)"
        );
        assert_eq!(nl(OutputKey::Npv), "NCW: samenleving");
        assert_eq!(nl(OutputKey::MunicipalityNpv), "NCW: gemeente");
        assert_eq!(
            nl(OutputKey::ActorNpv(Actor::Worker)),
            format!("NCW: {}", Lang::Nl.actor(Actor::Worker))
        );
    }
}
