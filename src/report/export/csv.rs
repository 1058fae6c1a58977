//! The CSV export: the sheet, who pays and who benefits, the scenario comparison and the horizon,
//! each a section with a title row, separated by a blank line, in one file that Excel opens by a
//! double click.
//!
//! In the Dutch style (the default) fields are separated by `;`, numbers have a decimal comma and
//! no thousands separator or `€`, the text is UTF-8 with a byte-order mark and lines end in CRLF:
//! what Excel with Dutch regional settings reads as numbers without an import step. The
//! international style has `,` and a decimal point, and no byte-order mark (see [`CsvStyle`]).
//! A field holding the separator, a quote or a line break is quoted, its quotes doubled (RFC 4180).
//! A text field that starts with `=`, `+`, `-` or `@` (a scenario name from a shared file) gets a
//! leading `'`, so Excel shows it as text instead of running it as a formula.

use rust_decimal::{Decimal, RoundingStrategy};

use super::{CsvStyle, Prepared};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, BreakEven, Side, cents};
use crate::report::line_label;

/// One field of a row.
#[derive(Clone, Debug, PartialEq)]
enum Field {
    /// Text, quoted where needed.
    Text(String),
    /// An amount in euros, written with two decimals.
    Amount(Decimal),
    /// A number with this many decimals.
    Number(Decimal, u32),
    /// Nothing.
    Empty,
}

fn text(s: impl Into<String>) -> Field {
    Field::Text(s.into())
}

/// A CSV being built: sections of rows.
struct Csv {
    rows: Vec<Vec<Field>>,
}

impl Csv {
    fn row(&mut self, fields: Vec<Field>) {
        self.rows.push(fields);
    }

    /// A blank line, then a title row.
    fn section(&mut self, title: String) {
        if !self.rows.is_empty() {
            self.rows.push(Vec::new());
        }
        self.rows.push(vec![Field::Text(title)]);
    }

    fn render(&self, style: CsvStyle) -> Vec<u8> {
        let mut out = String::new();
        if style == CsvStyle::Dutch {
            out.push('\u{feff}');
        }
        let separator = separator(style);
        for row in &self.rows {
            let fields: Vec<String> = row.iter().map(|f| field(f, style)).collect();
            out.push_str(&fields.join(&separator.to_string()));
            out.push_str("\r\n");
        }
        out.into_bytes()
    }
}

fn separator(style: CsvStyle) -> char {
    match style {
        CsvStyle::Dutch => ';',
        CsvStyle::International => ',',
    }
}

/// One field as the style writes it.
fn field(field: &Field, style: CsvStyle) -> String {
    match field {
        Field::Text(s) => quoted(s, style),
        Field::Amount(value) => number(*value, 2, style),
        Field::Number(value, decimals) => number(*value, *decimals, style),
        Field::Empty => String::new(),
    }
}

/// A plain number: no thousands separator, the style's decimal mark, an ASCII minus.
fn number(value: Decimal, decimals: u32, style: CsvStyle) -> String {
    let mut rounded =
        value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    if rounded.is_zero() {
        // Never "-0,00".
        rounded = Decimal::ZERO;
    }
    let plain = format!("{:.*}", decimals as usize, rounded);
    match style {
        CsvStyle::Dutch => plain.replace('.', ","),
        CsvStyle::International => plain,
    }
}

/// Text as one field: a formula-looking start defused, quoted when it holds the separator, a
/// quote or a line break.
fn quoted(s: &str, style: CsvStyle) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([separator(style), '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The whole export as CSV bytes.
pub fn render(prepared: &Prepared<'_>, lang: Lang, style: CsvStyle) -> Vec<u8> {
    let mut csv = Csv { rows: Vec::new() };
    sheet(&mut csv, prepared, lang);
    actors(&mut csv, prepared, lang);
    baseline(&mut csv, prepared, lang);
    scenarios(&mut csv, prepared, lang);
    horizon(&mut csv, prepared, lang);
    csv.render(style)
}

/// The sheet: every line, the totals and the net, with the published figures beside them where
/// the model has them; then the break-even wage value and the societal cost of staying home.
fn sheet(csv: &mut Csv, p: &Prepared<'_>, lang: Lang) {
    let e = &p.figures.evaluation;
    csv.section(format!(
        "{} — {} ({}, {} {})",
        lang.tr(Text::SheetTitle),
        p.scenario.name,
        lang.tr(Text::PerPlacePerYear),
        lang.tr(Text::Year).to_lowercase(),
        e.inputs.year
    ));
    csv.row(vec![
        text(lang.tr(Text::ExportSide)),
        text(lang.tr(Text::ExportItem)),
        text(lang.tr(Text::ExportAmount)),
        text(lang.tr(Text::Published)),
        text(lang.tr(Text::Difference)),
    ]);
    let published = |key: &str| -> [Field; 2] {
        match p.published(key) {
            Some(row) => [
                Field::Amount(row.published),
                Field::Amount(row.difference()),
            ],
            None => [Field::Empty, Field::Empty],
        }
    };
    for (line, &amount) in e.sheet.lines.iter().zip(&p.figures.shown.lines) {
        let side = match line.side {
            Side::Cost => Text::Costs,
            Side::Benefit => Text::Benefits,
        };
        let mut row = vec![
            text(lang.tr(side)),
            text(line_label(lang, line.side, line.key, e)),
            Field::Amount(amount),
        ];
        row.extend(published(&line.reference_key()));
        csv.row(row);
    }
    let totals = [
        (
            Text::Total,
            Text::ExportTotalCost,
            p.figures.shown.total_cost,
            "total_cost",
        ),
        (
            Text::Total,
            Text::ExportTotalBenefit,
            p.figures.shown.total_benefit,
            "total_benefit",
        ),
        (Text::Net, Text::Net, p.figures.shown.net, "net"),
    ];
    for (side, label, amount, key) in totals {
        let mut row = vec![
            text(lang.tr(side)),
            text(lang.tr(label)),
            Field::Amount(amount),
        ];
        row.extend(published(key));
        csv.row(row);
    }
    results(csv, p, lang);
}

/// The break-even wage values (BUIG's and the municipality's) and the societal cost of staying
/// home, beneath the sheet.
fn results(csv: &mut Csv, p: &Prepared<'_>, lang: Lang) {
    let e = &p.figures.evaluation;
    let break_even = match e.break_even {
        BreakEven::At(pct) => Field::Number(pct, 2),
        BreakEven::SavesAtEveryWageValue => text(lang.tr(Text::BreakEvenEveryWageValue)),
        BreakEven::NoWageCost => text(lang.tr(Text::BreakEvenNoWageCost)),
        BreakEven::NoBenefitSaved => text(lang.tr(Text::BreakEvenNoBenefit)),
    };
    csv.row(vec![
        text(lang.tr(Text::ExportResult)),
        text(format!("{} (%)", lang.tr(Text::BreakEven))),
        break_even,
    ]);
    let municipality = match e.break_even_municipality.wage_value_pct() {
        Some(pct) => Field::Number(pct, 2),
        None => text(lang.municipality_break_even(e.break_even_municipality)),
    };
    csv.row(vec![
        text(lang.tr(Text::ExportResult)),
        text(format!("{} (%)", lang.tr(Text::BreakEvenMunicipality))),
        municipality,
    ]);
    csv.row(vec![
        text(lang.tr(Text::ExportResult)),
        text(lang.tr(Text::StayingHomeNominal)),
        Field::Amount(cents(e.societal_cost_of_staying_home)),
    ]);
}

/// The baseline every figure is a difference from — the client stays home on benefit — and what
/// it brings each actor per client per year and over the horizon at present value.
fn baseline(csv: &mut Csv, p: &Prepared<'_>, lang: Lang) {
    csv.section(format!(
        "{} ({})",
        lang.tr(Text::BaselineTitle),
        lang.tr(Text::BaselinePerClientPerYear)
    ));
    csv.row(vec![text(lang.tr(Text::BaselineStatement))]);
    csv.row(vec![
        text(lang.tr(Text::Actor)),
        text(lang.tr(Text::Net)),
        text(format!(
            "{} ({})",
            lang.tr(Text::NpvShort),
            lang.tr(Text::BaselineOverHorizon)
        )),
    ]);
    let npv = &p.figures.shown.staying_home_npv;
    for a in Actor::ALL {
        csv.row(vec![
            text(lang.actor(a)),
            Field::Amount(p.figures.shown.baseline[a]),
            Field::Amount(npv[a]),
        ]);
    }
    csv.row(vec![
        text(lang.tr(Text::SocietyTotal)),
        Field::Amount(p.figures.shown.baseline_society_net),
        Field::Amount(npv.total()),
    ]);
}

/// Who pays and who benefits, per place per year, with each actor's net present value.
fn actors(csv: &mut Csv, p: &Prepared<'_>, lang: Lang) {
    csv.section(format!(
        "{} ({})",
        lang.tr(Text::WhoPaysWhoBenefits),
        lang.tr(Text::PerPlacePerYear)
    ));
    csv.row(
        [
            Text::Actor,
            Text::Costs,
            Text::Benefits,
            Text::Net,
            Text::NpvShort,
        ]
        .map(|t| text(lang.tr(t)))
        .to_vec(),
    );
    for a in Actor::ALL {
        let r = p.figures.shown.actors[a];
        csv.row(vec![
            text(lang.actor(a)),
            Field::Amount(r.cost),
            Field::Amount(r.benefit),
            Field::Amount(r.net),
            Field::Amount(r.npv),
        ]);
    }
    let municipality_npv = p.figures.shown.actors[Actor::MunicipalityParticipation].npv
        + p.figures.shown.actors[Actor::MunicipalityBuig].npv;
    for (label, net, npv) in [
        (
            Text::MunicipalityTotal,
            p.figures.shown.municipality_net,
            municipality_npv,
        ),
        (
            Text::SocietyTotal,
            p.figures.shown.society_net,
            p.figures.shown.npv_total,
        ),
    ] {
        csv.row(vec![
            text(lang.tr(label)),
            Field::Empty,
            Field::Empty,
            Field::Amount(net),
            Field::Amount(npv),
        ]);
    }
}

/// Every scenario side by side: one column per scenario.
fn scenarios(csv: &mut Csv, p: &Prepared<'_>, lang: Lang) {
    csv.section(lang.tr(Text::Compare).to_string());
    let mut header = vec![text(lang.tr(Text::ExportItem))];
    header.extend(p.summaries.iter().map(|s| text(s.name.clone())));
    csv.row(header);
    let per_year = lang.tr(Text::PerPlacePerYear);
    let mut row =
        |label: String, value: &dyn Fn(&crate::model::analysis::ScenarioSummary) -> Decimal| {
            let mut fields = vec![text(label)];
            fields.extend(p.summaries.iter().map(|s| Field::Amount(cents(value(s)))));
            csv.row(fields);
        };
    row(format!("{} ({per_year})", lang.tr(Text::Costs)), &|s| {
        s.total_cost
    });
    row(format!("{} ({per_year})", lang.tr(Text::Benefits)), &|s| {
        s.total_benefit
    });
    row(format!("{} ({per_year})", lang.tr(Text::Net)), &|s| s.net);
    for a in Actor::ALL {
        row(
            format!("{}: {}", lang.tr(Text::NpvShort), lang.actor(a)),
            &move |s| s.npv[a],
        );
    }
    row(
        format!(
            "{}: {}",
            lang.tr(Text::NpvShort),
            lang.tr(Text::SocietyTotal)
        ),
        // A shown total is the sum of its shown lines, as in the actor table.
        &|s| s.npv.values().map(|v| cents(*v)).sum(),
    );
}

/// The horizon, year by year, for all places together: each actor's net, society's net, that
/// discounted, and the societal cost if every client stayed home.
fn horizon(csv: &mut Csv, p: &Prepared<'_>, lang: Lang) {
    let params = &p.scenario.parameters;
    csv.section(format!(
        "{} ({}; {}: {})",
        lang.tr(Text::HorizonTitle),
        lang.tr(Text::ExportConstantPrices),
        lang.tr(Text::BudgetClients).to_lowercase(),
        params.clients.get()
    ));
    let mut header = vec![text(lang.tr(Text::Year)), text(lang.tr(Text::CalendarYear))];
    header.extend(Actor::ALL.map(|a| text(lang.actor(a))));
    header.extend([
        text(lang.tr(Text::SocietyTotal)),
        text(format!(
            "{}, {}",
            lang.tr(Text::SocietyTotal),
            lang.tr(Text::HorizonDiscounted)
        )),
        text(lang.tr(Text::StayingHome)),
    ]);
    csv.row(header);
    let years = &p.figures.evaluation.multi_year.years;
    for (y, nets) in years.iter().zip(&p.figures.shown.year_nets) {
        let mut row = vec![
            Field::Number(Decimal::from(y.year), 0),
            Field::Number(Decimal::from(y.calendar_year), 0),
        ];
        // The actors' shown nets and, beside them, their sum.
        row.extend(Actor::ALL.map(|a| Field::Amount(nets[a])));
        row.extend([
            Field::Amount(nets.total()),
            Field::Amount(cents(y.discounted.total())),
            Field::Amount(cents(y.staying_home)),
        ]);
        csv.row(row);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn numbers_are_plain_in_either_style() {
        assert_eq!(number(dec!(-880), 2, CsvStyle::Dutch), "-880,00");
        assert_eq!(number(dec!(13680.005), 2, CsvStyle::Dutch), "13680,01");
        assert_eq!(
            number(dec!(13680.005), 2, CsvStyle::International),
            "13680.01"
        );
        assert_eq!(number(dec!(-0.001), 2, CsvStyle::Dutch), "0,00");
    }

    #[test]
    fn fields_are_quoted_and_defused_as_needed() {
        assert_eq!(quoted("a;b", CsvStyle::Dutch), "\"a;b\"");
        assert_eq!(quoted("a,b", CsvStyle::Dutch), "a,b");
        assert_eq!(quoted("a,b", CsvStyle::International), "\"a,b\"");
        assert_eq!(quoted("zeg \"ja\"", CsvStyle::Dutch), "\"zeg \"\"ja\"\"\"");
        assert_eq!(quoted("regel\ntwee", CsvStyle::Dutch), "\"regel\ntwee\"");
        assert_eq!(quoted("=1+2", CsvStyle::Dutch), "'=1+2");
        assert_eq!(quoted("-10% LKS", CsvStyle::Dutch), "'-10% LKS");
    }
}
