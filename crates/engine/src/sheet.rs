//! The cost-benefit sheet in the layout of the 2014 slides: costs on the left, benefits on the right,
//! per place per year.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::actors;
use super::inputs::Inputs;
use super::lines::{PLACE_LINES, SheetPlace};
use super::parameters::Parameters;

/// Which column of the sheet a line stands in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Kosten.
    Cost,
    /// Baten.
    Benefit,
}

impl Side {
    /// The key used in files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Side::Cost => "cost",
            Side::Benefit => "benefit",
        }
    }
}

/// What a sheet line stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKey {
    /// Loonkostensubsidie.
    WageSubsidy,
    /// Begeleiding.
    Coaching,
    /// Werkplekkosten.
    Workplace,
    /// Werkplekaanpassing.
    WorkplaceAdaptation,
    /// Uitvoeringskosten.
    Administration,
    /// Loonwaarde.
    WageValue,
}

impl LineKey {
    /// The key used in files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            LineKey::WageSubsidy => "wage_subsidy",
            LineKey::Coaching => "coaching",
            LineKey::Workplace => "workplace",
            LineKey::WorkplaceAdaptation => "workplace_adaptation",
            LineKey::Administration => "administration",
            LineKey::WageValue => "wage_value",
        }
    }
}

/// One line of the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetLine {
    /// Kosten or baten.
    pub side: Side,
    /// What the line stands for.
    pub key: LineKey,
    /// Exact amount per place per year.
    pub amount: Decimal,
}

impl SheetLine {
    /// The line's reference key, `side.key` (e.g. `cost.wage_subsidy`).
    pub fn reference_key(&self) -> String {
        format!("{}.{}", self.side.key(), self.key.key())
    }
}

/// The lines of the sheet in the slides' order, read from the model's lines ([`PLACE_LINES`]): on
/// each side, cost side first, every sheet line a line stands on, in the order of the lines. LKS
/// and coaching are transfers and stand on both sides, so the net is what the place really
/// produces minus what it really uses.
pub static LAYOUT: LazyLock<Vec<(Side, LineKey)>> = LazyLock::new(|| {
    let mut layout = Vec::new();
    for side in [Side::Cost, Side::Benefit] {
        for line in &PLACE_LINES {
            let on_side = match line.sheet {
                SheetPlace::Cost(key) => (side == Side::Cost).then_some(key),
                SheetPlace::Benefit(key) => (side == Side::Benefit).then_some(key),
                SheetPlace::Both(key) => Some(key),
                SheetPlace::None => None,
            };
            if let Some(key) = on_side
                && !layout.contains(&(side, key))
            {
                layout.push((side, key));
            }
        }
    }
    layout
});

/// The sheet of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// Cost lines, then benefit lines, each in the slides' order.
    pub lines: Vec<SheetLine>,
    /// The LKS share shown in the label "Loonkostensubsidie 60%", in percent.
    pub lks_pct: Decimal,
    /// Sum of the cost lines.
    pub total_cost: Decimal,
    /// Sum of the benefit lines.
    pub total_benefit: Decimal,
}

impl Sheet {
    /// Build the sheet from resolved inputs.
    pub fn compute(params: &Parameters, inputs: &Inputs) -> Self {
        // Each sheet line is the amount of the model's line that stands on it (`lines/`).
        let amount = |key| {
            PLACE_LINES
                .iter()
                .filter(|l| l.sheet.line() == Some(key) && l.when.holds(params))
                .map(|l| actors::amount(l.amount, params, inputs))
                .sum()
        };
        let lines: Vec<SheetLine> = LAYOUT
            .iter()
            .map(|&(side, key)| SheetLine {
                side,
                key,
                amount: amount(key),
            })
            .collect();
        let total = |side| {
            lines
                .iter()
                .filter(|l| l.side == side)
                .map(|l| l.amount)
                .sum()
        };
        Self {
            total_cost: total(Side::Cost),
            total_benefit: total(Side::Benefit),
            lks_pct: inputs.lks_share * Decimal::ONE_HUNDRED,
            lines,
        }
    }

    /// Benefits minus costs.
    pub fn net(&self) -> Decimal {
        self.total_benefit - self.total_cost
    }

    /// The lines of one side.
    pub fn side(&self, side: Side) -> impl Iterator<Item = &SheetLine> {
        self.lines.iter().filter(move |l| l.side == side)
    }

    /// The amount of one line.
    pub fn amount(&self, side: Side, key: LineKey) -> Option<Decimal> {
        self.lines
            .iter()
            .find(|l| l.side == side && l.key == key)
            .map(|l| l.amount)
    }
}

/// Figures published in a source document for a sheet, to show beside the computed ones.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Reference {
    /// The document the figures come from.
    pub source: String,
    /// Published amounts per line, by reference key (`cost.wage_subsidy`, `benefit.wage_value`, …).
    #[serde(deserialize_with = "published_lines")]
    pub lines: BTreeMap<String, Decimal>,
    /// Published total of the costs.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "published_total"
    )]
    pub total_cost: Option<Decimal>,
    /// Published total of the benefits.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "published_total"
    )]
    pub total_benefit: Option<Decimal>,
    /// Published net result.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "published_total"
    )]
    pub net: Option<Decimal>,
    /// Lines the document marks "pm" (pro memorie: a cost named but not quantified), by reference
    /// key; shown as pm rather than as € 0,00.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pm: Vec<String>,
}

/// The largest published figure a file may hold, either sign: € 10¹² per place, far above any real
/// sheet, small enough that comparing it with a computed amount can never overflow.
pub const MAX_PUBLISHED: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

fn published(value: Decimal) -> Result<Decimal, String> {
    if value.abs() <= MAX_PUBLISHED {
        Ok(value)
    } else {
        Err(format!(
            "gepubliceerd bedrag {value} ligt buiten het bereik (−10¹² tot 10¹²)"
        ))
    }
}

fn published_lines<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, Decimal>, D::Error> {
    let lines = BTreeMap::<String, Decimal>::deserialize(deserializer)?;
    for value in lines.values() {
        published(*value).map_err(serde::de::Error::custom)?;
    }
    Ok(lines)
}

fn published_total<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Decimal>, D::Error> {
    Option::<Decimal>::deserialize(deserializer)?
        .map(published)
        .transpose()
        .map_err(serde::de::Error::custom)
}

/// One published figure beside the computed one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceRow {
    /// `cost.wage_subsidy`, …, or `total_cost`, `total_benefit`, `net`.
    pub key: String,
    /// What the engine computes.
    pub computed: Decimal,
    /// What the document published.
    pub published: Decimal,
}

impl ReferenceRow {
    /// Computed minus published.
    pub fn difference(&self) -> Decimal {
        self.computed - self.published
    }
}

/// Every reference key a sheet can have, for validation of model files.
pub fn reference_keys() -> Vec<String> {
    LAYOUT
        .iter()
        .map(|(side, key)| format!("{}.{}", side.key(), key.key()))
        .chain(["total_cost", "total_benefit", "net"].map(String::from))
        .collect()
}

impl Reference {
    /// Each published figure beside the computed one, in the sheet's order.
    pub fn compare(&self, sheet: &Sheet) -> Vec<ReferenceRow> {
        let mut rows: Vec<ReferenceRow> = sheet
            .lines
            .iter()
            .filter_map(|line| {
                let key = line.reference_key();
                self.lines.get(&key).map(|&published| ReferenceRow {
                    key,
                    computed: line.amount,
                    published,
                })
            })
            .collect();
        let totals = [
            ("total_cost", self.total_cost, sheet.total_cost),
            ("total_benefit", self.total_benefit, sheet.total_benefit),
            ("net", self.net, sheet.net()),
        ];
        for (key, published, computed) in totals {
            if let Some(published) = published {
                rows.push(ReferenceRow {
                    key: key.to_string(),
                    computed,
                    published,
                });
            }
        }
        rows
    }
}
