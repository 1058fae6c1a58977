//! Numbers for people: euros, percentages and hours in Dutch (or English) notation, and the parser
//! for what people type. Amounts are rounded with the engine's money rule ([`cents`]).
//!
//! Percentages have a fixed number of decimals, never trimmed, so a column never mixes `19 %` and
//! `27,4 %` (issue 9, "Dutch as advisors write it"): a figure the engine works out (break-even,
//! shares, the sheet's LKS share, analysis results) has [`RESULT_PCT_DECIMALS`]; a parameter's value
//! has the decimals its registry row's slider step implies ([`param_decimals`]).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::i18n::{Lang, Text};
use crate::model::{ParamKey, Unit};

/// Decimals of a percentage the engine works out — the break-even wage value, the sheet's LKS
/// share, shares of a budget, analysis results — everywhere, app and command line alike: `52,9 %`.
pub const RESULT_PCT_DECIMALS: u32 = 1;

/// The minus sign used for negative figures (U+2212), as Dutch typesetting does.
pub const MINUS: char = '\u{2212}';

/// Round to cents, half away from zero: the engine's money rule, which presentation follows.
pub use crate::model::cents;

/// An amount with exactly two decimals and a plain point, for JSON and CSV: `13680.00`, `-880.00`.
pub fn plain_cents(value: Decimal) -> String {
    format!("{:.2}", cents(value))
}

/// A number with thousands separators and `decimals` decimals, in the notation of `lang`, with the
/// minus sign U+2212 for negatives: `13.680,00` (nl), `13,680.00` (en).
pub fn number(value: Decimal, decimals: u32, lang: Lang) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let (group, point) = separators(lang);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push(MINUS);
    }
    let digits = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push(point);
        out.push_str(frac_part);
    }
    out
}

/// Euros with cents: `€ 13.680,00`, `−€ 880,00` (nl); `€13,680.00` (en).
pub fn money(value: Decimal, lang: Lang) -> String {
    money_with(value, 2, lang)
}

/// Whole euros: `€ 13.680`, `−€ 880`.
pub fn money_whole(value: Decimal, lang: Lang) -> String {
    money_with(value, 0, lang)
}

fn money_with(value: Decimal, decimals: u32, lang: Lang) -> String {
    let text = number(value, decimals, lang);
    let (sign, digits) = match text.strip_prefix(MINUS) {
        Some(rest) => (MINUS.to_string(), rest.to_string()),
        None => (String::new(), text),
    };
    match lang {
        Lang::Nl => format!("{sign}€ {digits}"),
        Lang::En => format!("{sign}€{digits}"),
    }
}

/// A percentage with exactly `decimals` decimals, trailing zeros kept so figures of one kind line
/// up: `40,0 %`, `52,86 %` (nl); `40.0%` (en).
pub fn percent(value: Decimal, decimals: u32, lang: Lang) -> String {
    format!("{}{}", number(value, decimals, lang), percent_sign(lang))
}

/// What follows a percentage's figure: ` %` in Dutch, `%` in English; for slider suffixes too.
pub fn percent_sign(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => " %",
        Lang::En => "%",
    }
}

/// A percentage the engine worked out, with [`RESULT_PCT_DECIMALS`] decimals: `52,9 %`, `19,0 %`.
pub fn result_percent(value: Decimal, lang: Lang) -> String {
    percent(value, RESULT_PCT_DECIMALS, lang)
}

/// The decimals a slider step implies: step 1 or 50 gives 0, 0,5 gives 1, 0,25 or 0,05 gives 2.
pub fn step_decimals(step: Decimal) -> u32 {
    step.normalize().scale()
}

/// The decimals a parameter's value is shown with: those of its registry row's slider step, so a
/// parameter always shows the same number of decimals (`40 %` for the wage value, `2,25 %` for
/// the discount rate).
pub fn param_decimals(key: ParamKey) -> u32 {
    step_decimals(key.def().step)
}

/// A parameter's value as the parameters panel, the analyses and the sources show it: a
/// percentage with [`param_decimals`], other units as [`unit_value`] writes them.
pub fn param_value(key: ParamKey, value: Decimal, lang: Lang) -> String {
    match key.def().unit {
        // A value off its slider's step (a typed 52,86, a goal-seek answer) shows its own
        // decimals, up to two, so that the entry field editing it never rounds it away.
        Unit::Percent => {
            let own = value.normalize().scale().min(2);
            percent(value, param_decimals(key).max(own), lang)
        }
        unit => unit_value(unit, value, lang),
    }
}

/// Hours per week: `24 uur` (nl), `24 h` (en).
pub fn hours(value: Decimal, lang: Lang) -> String {
    let text = trim_zeros(number(value, 2, lang), lang);
    match lang {
        Lang::Nl => format!("{text} uur"),
        Lang::En => format!("{text} h"),
    }
}

fn trim_zeros(text: String, lang: Lang) -> String {
    let (_, point) = separators(lang);
    if text.contains(point) {
        text.trim_end_matches('0')
            .trim_end_matches(point)
            .to_string()
    } else {
        text
    }
}

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Parse a number as people type it: `€ 8.500`, `8500`, `1.234,56`, `40 %`, `24 uur`, `−880`.
///
/// In Dutch notation a comma is the decimal sign and points group thousands. A point is read as a
/// decimal point only where it cannot be a thousands separator (not followed by exactly three digits),
/// so `40.5` and `1.234,5` both read as people mean them. In English notation commas group.
pub fn parse_number(text: &str, lang: Lang) -> Option<Decimal> {
    let mut cleaned: String = text
        .trim()
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '%' || c.is_whitespace())
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€' && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == MINUS { '-' } else { c })
        .collect();
    if cleaned.is_empty() || cleaned.len() > 64 {
        return None;
    }
    match lang {
        Lang::Nl => {
            if cleaned.contains(',') {
                cleaned = cleaned.replace('.', "").replace(',', ".");
            } else if points_group_thousands(&cleaned) {
                cleaned = cleaned.replace('.', "");
            }
        }
        Lang::En => cleaned = cleaned.replace(',', ""),
    }
    if cleaned.matches('.').count() > 1 {
        return None;
    }
    cleaned.parse::<Decimal>().ok()
}

/// Whether every point in `text` is followed by exactly three digits (and then a point or the end).
fn points_group_thousands(text: &str) -> bool {
    let mut parts = text.split('.');
    parts.next();
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && rest
            .iter()
            .all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// A value in its unit: `€ 8.500`, `23,5 %`, `38 uur`, `30 jaar`, `2026`. A registry parameter's
/// value goes through [`param_value`], which knows its decimals; a percentage no registry row
/// describes (the year table's employer-cost rate, 23 or 23,5 %) gets [`RESULT_PCT_DECIMALS`].
pub fn unit_value(unit: Unit, value: Decimal, lang: Lang) -> String {
    match unit {
        Unit::Money if value.fract().is_zero() => money_whole(value, lang),
        Unit::Money => money(value, lang),
        Unit::Percent => result_percent(value, lang),
        Unit::Hours => hours(value, lang),
        Unit::Years => format!("{} {}", number(value, 0, lang), lang.tr(Text::YearsUnit)),
        Unit::Count => number(value, 0, lang),
        Unit::Month => month_name(value, lang),
        Unit::Year | Unit::Choice => value.round().to_string(),
    }
}

/// The name of month `value` (1–12): `juli` (nl), `July` (en); a number out of range as itself.
pub fn month_name(value: Decimal, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    value
        .to_usize()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| names.get(i))
        .map_or_else(|| value.round().to_string(), |name| (*name).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn dutch_money_groups_with_points_and_uses_the_minus_sign() {
        assert_eq!(money(dec!(13680), Lang::Nl), "€ 13.680,00");
        assert_eq!(money(dec!(-880), Lang::Nl), "\u{2212}€ 880,00");
        assert_eq!(money(dec!(1234.565), Lang::Nl), "€ 1.234,57");
        assert_eq!(money(dec!(-0.004), Lang::Nl), "€ 0,00");
        assert_eq!(money_whole(dec!(1234567.5), Lang::Nl), "€ 1.234.568");
        assert_eq!(money(dec!(13680), Lang::En), "€13,680.00");
        assert_eq!(money(dec!(999.995), Lang::Nl), "€ 1.000,00");
    }

    #[test]
    fn cents_round_half_away_from_zero() {
        assert_eq!(cents(dec!(0.125)), dec!(0.13));
        assert_eq!(cents(dec!(-0.125)), dec!(-0.13));
        assert_eq!(plain_cents(dec!(13680)), "13680.00");
        assert_eq!(plain_cents(dec!(-880)), "-880.00");
    }

    #[test]
    fn percentages_keep_their_decimals_and_hours_drop_trailing_zeros() {
        assert_eq!(percent(dec!(40), 0, Lang::Nl), "40 %");
        assert_eq!(percent(dec!(40), 1, Lang::Nl), "40,0 %");
        assert_eq!(percent(dec!(19), 2, Lang::Nl), "19,00 %");
        assert_eq!(percent(dec!(52.8627), 2, Lang::Nl), "52,86 %");
        assert_eq!(percent(dec!(52.8627), 2, Lang::En), "52.86%");
        assert_eq!(percent(dec!(40), 1, Lang::En), "40.0%");
        // Half away from zero, as money: 0,05 → 0,1 and −2,45 → −2,5.
        assert_eq!(percent(dec!(0.05), 1, Lang::Nl), "0,1 %");
        assert_eq!(percent(dec!(-2.45), 1, Lang::Nl), "\u{2212}2,5 %");
        assert_eq!(hours(dec!(24), Lang::Nl), "24 uur");
        assert_eq!(hours(dec!(24.5), Lang::Nl), "24,5 uur");
    }

    #[test]
    fn results_have_one_decimal() {
        assert_eq!(result_percent(dec!(52.8627), Lang::Nl), "52,9 %");
        assert_eq!(result_percent(dec!(19), Lang::Nl), "19,0 %");
        assert_eq!(result_percent(dec!(27.4), Lang::Nl), "27,4 %");
        assert_eq!(result_percent(dec!(40), Lang::En), "40.0%");
        // The year table's employer-cost rates, 23 % and 23,5 %, have no registry row.
        assert_eq!(unit_value(Unit::Percent, dec!(23), Lang::Nl), "23,0 %");
        assert_eq!(unit_value(Unit::Percent, dec!(23.5), Lang::Nl), "23,5 %");
    }

    #[test]
    fn a_slider_step_gives_the_decimals() {
        assert_eq!(step_decimals(dec!(1)), 0);
        assert_eq!(step_decimals(dec!(1.00)), 0);
        assert_eq!(step_decimals(dec!(50)), 0);
        assert_eq!(step_decimals(dec!(0.5)), 1);
        assert_eq!(step_decimals(dec!(0.25)), 2);
        assert_eq!(step_decimals(dec!(0.05)), 2);
    }

    #[test]
    fn parameters_show_the_decimals_of_their_step() {
        // The registry's rows: wage value, LKS % and cap step by 1; indexation and discount rate
        // by 0,25.
        assert_eq!(
            param_value(ParamKey::WageValuePct, dec!(40), Lang::Nl),
            "40 %"
        );
        // Off the step, the value's own decimals (up to two): an entry field never rounds a
        // typed or goal-sought 52,86 away.
        assert_eq!(
            param_value(ParamKey::WageValuePct, dec!(52.86), Lang::Nl),
            "52,86 %"
        );
        assert_eq!(param_value(ParamKey::LksCapPct, dec!(70), Lang::En), "70%");
        assert_eq!(
            param_value(ParamKey::DiscountRatePct, dec!(3), Lang::Nl),
            "3,00 %"
        );
        assert_eq!(
            param_value(ParamKey::IndexationPct, dec!(2.25), Lang::Nl),
            "2,25 %"
        );
        assert_eq!(
            param_value(ParamKey::DiscountRatePct, dec!(2.25), Lang::En),
            "2.25%"
        );
        assert_eq!(
            param_value(ParamKey::Coaching, dec!(8500), Lang::Nl),
            "€ 8.500"
        );
        assert_eq!(param_value(ParamKey::Years, dec!(30), Lang::Nl), "30 jaar");
    }

    /// The digits after the decimal sign of a formatted percentage.
    fn decimals_in(text: &str, lang: Lang) -> usize {
        let (_, point) = separators(lang);
        let figure = text.trim_end_matches(['%', ' ']);
        figure.split_once(point).map_or(0, |(_, frac)| frac.len())
    }

    #[test]
    fn every_percentage_parameter_has_one_number_of_decimals_whatever_its_value() {
        let percentages: Vec<ParamKey> = ParamKey::ALL
            .into_iter()
            .filter(|k| k.def().unit == Unit::Percent)
            .collect();
        assert!(percentages.len() >= 5, "{percentages:?}");
        for key in percentages {
            let step = key.def().step;
            let wanted = step_decimals(step) as usize;
            for lang in [Lang::Nl, Lang::En] {
                for value in [dec!(0), dec!(19), dec!(100), step] {
                    let text = param_value(key, value, lang);
                    assert_eq!(decimals_in(&text, lang), wanted, "{key:?} {value}: {text}");
                }
                // Off the step: never fewer than the step's decimals, never more than two.
                for (value, own) in [(dec!(27.4), 1), (dec!(52.8627), 2)] {
                    let text = param_value(key, value, lang);
                    assert_eq!(decimals_in(&text, lang), wanted.max(own), "{key:?}: {text}");
                }
                // The decimals suffice for every slider position: each reads back exactly.
                for k in [1, 3, 7, 13] {
                    let value = step * Decimal::from(k);
                    let text = param_value(key, value, lang);
                    assert_eq!(parse_number(&text, lang), Some(value), "{key:?}: {text}");
                }
            }
        }
        for value in [dec!(19), dec!(27.4), dec!(52.8627)] {
            assert_eq!(decimals_in(&result_percent(value, Lang::Nl), Lang::Nl), 1);
        }
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_number("€ 8.500", Lang::Nl), Some(dec!(8500)));
        assert_eq!(parse_number("1.234,56", Lang::Nl), Some(dec!(1234.56)));
        assert_eq!(parse_number("40 %", Lang::Nl), Some(dec!(40)));
        assert_eq!(parse_number("40,0 %", Lang::Nl), Some(dec!(40)));
        assert_eq!(parse_number("52,86", Lang::Nl), Some(dec!(52.86)));
        assert_eq!(parse_number("52.9%", Lang::En), Some(dec!(52.9)));
        assert_eq!(parse_number("24 uur", Lang::Nl), Some(dec!(24)));
        assert_eq!(parse_number("40.5", Lang::Nl), Some(dec!(40.5)));
        assert_eq!(parse_number("2,25", Lang::Nl), Some(dec!(2.25)));
        assert_eq!(parse_number("\u{2212}880", Lang::Nl), Some(dec!(-880)));
        assert_eq!(parse_number("1.000.000", Lang::Nl), Some(dec!(1000000)));
        assert_eq!(parse_number("€13,680.50", Lang::En), Some(dec!(13680.50)));
        assert_eq!(parse_number("abc", Lang::Nl), None);
        assert_eq!(parse_number("", Lang::Nl), None);
        assert_eq!(parse_number("1.2.3", Lang::Nl), None);
    }
}
