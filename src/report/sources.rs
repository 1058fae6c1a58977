//! The sources of a scenario: every figure it uses, its value as the engine uses it, and where it
//! comes from — a row of the year table and its publication, the model file's `sources` entry, the
//! user, or the engine's default — so each number the app and the command line show can be traced
//! (issue 9, "Done when"). The rows are built once, without egui, so the app's Bronnen tab, the
//! command line's `sources` and a later council report print the same list.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{ReportError, pretty_json};
use crate::format::{param_value, unit_value};
use crate::i18n::{Lang, Text};
use crate::model::budget::Provenance;
use crate::model::{Evaluation, ParamKey, ParamOrigin, Scenario, Superseded, Texts, Unit};

/// Which figure a row is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// A parameter of the registry.
    Param(ParamKey),
    /// The minimum wage per month of the reference year.
    MinimumWage,
    /// The employer-cost compensation on the LKS, in percent.
    EmployerCostRate,
    /// The benefit norm for a single person per month.
    BenefitSingle,
    /// The benefit norm for a married or cohabiting couple per month.
    BenefitCouple,
    /// The combined rate of box 1's first bracket, in percent.
    FirstBracketRate,
    /// The general tax credit's maximum per year.
    GeneralCredit,
    /// The labour tax credit's maximum per year.
    LabourCredit,
    /// Wage tax and premiums on the wage per year (computed).
    WageTax,
    /// The net wage per year (computed).
    NetWage,
    /// The top-up still paid per year (computed).
    TopUp,
}

impl Figure {
    /// The key in JSON: the parameter's registry key, or the year table's field name.
    pub fn key(self) -> &'static str {
        match self {
            Figure::Param(key) => key.key(),
            Figure::MinimumWage => "minimum_wage_month",
            Figure::EmployerCostRate => "employer_cost_rate_pct",
            Figure::BenefitSingle => "benefit_single_month",
            Figure::BenefitCouple => "benefit_couple_month",
            Figure::FirstBracketRate => "first_bracket_pct",
            Figure::GeneralCredit => "general_credit_max",
            Figure::LabourCredit => "labour_credit_max",
            Figure::WageTax => "wage_tax",
            Figure::NetWage => "net_wage",
            Figure::TopUp => "top_up",
        }
    }

    /// The figure's name in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Figure::Param(key) => lang.pick(key.def().label),
            Figure::MinimumWage => lang.tr(Text::SourcesMinimumWage),
            Figure::EmployerCostRate => lang.tr(Text::SourcesEmployerCostRate),
            Figure::BenefitSingle => lang.tr(Text::SourcesBenefitSingle),
            Figure::BenefitCouple => lang.tr(Text::SourcesBenefitCouple),
            Figure::FirstBracketRate => lang.tr(Text::SourcesFirstBracket),
            Figure::GeneralCredit => lang.tr(Text::SourcesGeneralCredit),
            Figure::LabourCredit => lang.tr(Text::SourcesLabourCredit),
            Figure::WageTax => lang.tr(Text::SourcesWageTax),
            Figure::NetWage => lang.tr(Text::SourcesNetWage),
            Figure::TopUp => lang.tr(Text::SourcesTopUp),
        }
    }
}

/// Where a figure's value comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceOrigin {
    /// A row of the built-in year table, with the publication it cites.
    YearTable {
        /// The reference year.
        year: u16,
        /// The publication the row names.
        publication: String,
    },
    /// The model file, with its `sources` entry for the key where it has one.
    ModelFile {
        /// The model's source text.
        source: Option<String>,
    },
    /// The user changed it and gave no source; `was` is the source it had before, if any.
    ChangedByUser {
        /// The source the figure had before the change.
        was: Option<Superseded>,
    },
    /// The model leaves it at the engine's default.
    Default,
    /// Computed by the engine from the figures above it, as the text says.
    Computed {
        /// How, in both languages.
        how: Texts,
    },
}

impl SourceOrigin {
    /// The key in JSON.
    fn key(&self) -> &'static str {
        match self {
            SourceOrigin::YearTable { .. } => "year_table",
            SourceOrigin::ModelFile { .. } => "model_file",
            SourceOrigin::ChangedByUser { .. } => "changed_by_user",
            SourceOrigin::Default => "default",
            SourceOrigin::Computed { .. } => "computed",
        }
    }

    /// The source text, where there is one.
    fn text(&self) -> Option<&str> {
        match self {
            SourceOrigin::YearTable { publication, .. } => Some(publication),
            SourceOrigin::ModelFile { source } => source.as_deref(),
            SourceOrigin::Computed { how } => Some(how.nl),
            SourceOrigin::ChangedByUser { .. } | SourceOrigin::Default => None,
        }
    }
}

/// One figure the scenario uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRow {
    /// Which figure.
    pub figure: Figure,
    /// Its unit.
    pub unit: Unit,
    /// Its value as the engine uses it; `None` for a choice without a number.
    pub value: Option<Decimal>,
    /// The word setting that holds (`alleenstaande`, `wet`, …), where one does.
    pub word: Option<Texts>,
    /// Where it comes from.
    pub origin: SourceOrigin,
    /// Whether its source text calls it an assumption ("Aanname …").
    pub assumption: bool,
}

impl SourceRow {
    /// The value in `lang`'s notation, with the word setting beside it: `€ 8.500`,
    /// `€ 11.905,44 (Bijstand alleenstaande)`, `Wet`. A parameter reads as in the parameters panel.
    pub fn value_text(&self, lang: Lang) -> String {
        let word = self.word.map(|w| lang.pick(w));
        let number = |value| match self.figure {
            Figure::Param(key) => param_value(key, value, lang),
            // Tax rates are published to the hundredth (36,55 %): never rounded to one decimal.
            Figure::FirstBracketRate => crate::format::percent(value, 2, lang),
            _ => unit_value(self.unit, value, lang),
        };
        match (self.value, word) {
            (Some(value), Some(word)) => format!("{} ({word})", number(value)),
            (Some(value), None) => number(value),
            (None, Some(word)) => word.to_string(),
            (None, None) => String::new(),
        }
    }

    /// Where it comes from, in `lang`, with an assumption marked `[aanname]` (for plain text).
    pub fn origin_text(&self, lang: Lang) -> String {
        let text = self.origin_source(lang);
        if self.assumption {
            format!("{text} [{}]", lang.tr(Text::SourcesAssumption))
        } else {
            text
        }
    }

    /// Where it comes from, in `lang`: `jaartabel 2014: Bedragen …`, `modelbestand: Samen …`,
    /// `door u gewijzigd`, `standaardwaarde`; the app marks an assumption with a badge instead.
    pub fn origin_source(&self, lang: Lang) -> String {
        match &self.origin {
            SourceOrigin::YearTable { year, publication } => {
                format!("{} {year}: {publication}", lang.tr(Text::SourcesYearTable))
            }
            SourceOrigin::ModelFile {
                source: Some(source),
            } => {
                format!("{}: {source}", lang.tr(Text::SourcesModelFile))
            }
            SourceOrigin::ModelFile { source: None } => format!(
                "{} ({})",
                lang.tr(Text::SourcesModelFile),
                lang.tr(Text::SourcesNoSourceGiven)
            ),
            SourceOrigin::ChangedByUser { was: None } => {
                lang.tr(Text::SourcesChangedByUser).to_string()
            }
            SourceOrigin::ChangedByUser { was: Some(was) } => {
                let was_value = match (self.figure, was.value) {
                    (Figure::Param(key), Some(value)) => {
                        format!(
                            "{} {} ",
                            lang.tr(Text::SourcesWas),
                            param_value(key, value, lang)
                        )
                    }
                    _ => format!("{} ", lang.tr(Text::SourcesWas)),
                };
                format!(
                    "{} ({was_value}{} {})",
                    lang.tr(Text::SourcesChangedByUser),
                    lang.tr(Text::SourcesAccordingTo),
                    was.source
                )
            }
            SourceOrigin::Default => lang.tr(Text::SourcesDefault).to_string(),
            SourceOrigin::Computed { how } => {
                format!("{}: {}", lang.tr(Text::SourcesComputed), lang.pick(*how))
            }
        }
    }
}

/// Every figure `scenario` uses: each registry parameter, then the year table's figures the
/// evaluation took. Where each comes from is the scenario's own answer ([`Scenario::origin`]), so
/// every face that lists sources says the same; `evaluation` is `scenario`'s.
pub fn sources(scenario: &Scenario, evaluation: &Evaluation) -> Vec<SourceRow> {
    let params = &scenario.parameters;
    let mut rows: Vec<SourceRow> = ParamKey::ALL
        .into_iter()
        .map(|key| {
            let origin = match scenario.origin(key) {
                ParamOrigin::Stated(source) => SourceOrigin::ModelFile {
                    source: Some(source.to_string()),
                },
                ParamOrigin::ChangedByUser { was } => {
                    SourceOrigin::ChangedByUser { was: was.cloned() }
                }
                ParamOrigin::Default => SourceOrigin::Default,
                ParamOrigin::ModelWithoutSource => SourceOrigin::ModelFile { source: None },
            };
            let def = key.def();
            row(
                Figure::Param(key),
                def.unit,
                (def.unit != Unit::Choice).then(|| key.get(params, evaluation)),
                def.words
                    .iter()
                    .find(|w| (w.is_set)(params))
                    .map(|w| w.label),
                origin,
            )
        })
        .collect();
    rows.extend(super::sources_year::year_table_rows(params, evaluation));
    rows
}

pub(super) fn row(
    figure: Figure,
    unit: Unit,
    value: Option<Decimal>,
    word: Option<Texts>,
    origin: SourceOrigin,
) -> SourceRow {
    let assumption = origin
        .text()
        .and_then(Provenance::of)
        .is_some_and(|p| p == Provenance::Assumption);
    SourceRow {
        figure,
        unit,
        value,
        word,
        origin,
        assumption,
    }
}

/// The rows as a Dutch (or English) text table: figure, value, where it comes from.
pub fn text(scenario: &Scenario, rows: &[SourceRow], lang: Lang) -> String {
    let mut out = format!("{} — {}\n", lang.tr(Text::SourcesTab), scenario.name);
    let width = rows
        .iter()
        .map(|r| r.figure.label(lang).chars().count())
        .max()
        .unwrap_or(0);
    for r in rows {
        let label = r.figure.label(lang);
        let pad = width - label.chars().count();
        out.push_str(&format!(
            "{label}{}  {}  — {}\n",
            " ".repeat(pad),
            r.value_text(lang),
            r.origin_text(lang)
        ));
    }
    out
}

#[derive(Serialize)]
struct JsonReport<'a> {
    scenario: &'a str,
    rows: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    key: &'static str,
    label: &'static str,
    value: Option<String>,
    word: Option<&'static str>,
    origin: &'static str,
    year: Option<u16>,
    source: Option<&'a str>,
    assumption: bool,
    /// For a figure the user changed: the source it had before and the value it was given for.
    #[serde(skip_serializing_if = "Option::is_none")]
    was: Option<JsonWas<'a>>,
}

#[derive(Serialize)]
struct JsonWas<'a> {
    value: Option<String>,
    source: &'a str,
}

/// The rows as JSON: plain numbers (`8500`, `23.5`), Dutch labels, the origin as a key
/// (`year_table`, `model_file`, `changed_by_user`, `default`, `computed`) with its source text.
pub fn json(scenario: &Scenario, rows: &[SourceRow]) -> Result<String, ReportError> {
    let rows = rows
        .iter()
        .map(|r| JsonRow {
            key: r.figure.key(),
            label: r.figure.label(Lang::Nl),
            value: r.value.map(|v| v.normalize().to_string()),
            word: r.word.map(|w| w.nl),
            origin: r.origin.key(),
            year: match r.origin {
                SourceOrigin::YearTable { year, .. } => Some(year),
                _ => None,
            },
            source: r.origin.text(),
            assumption: r.assumption,
            was: match &r.origin {
                SourceOrigin::ChangedByUser { was: Some(was) } => Some(JsonWas {
                    value: was.value.map(|v| v.normalize().to_string()),
                    source: &was.source,
                }),
                _ => None,
            },
        })
        .collect();
    pretty_json(&JsonReport {
        scenario: &scenario.name,
        rows,
    })
}

#[cfg(test)]
#[path = "sources_tests.rs"]
mod tests;
