//! Numbers for people: euros, percentages and hours in Dutch (or English) notation, and the parser
//! for what people type. Amounts are rounded with the engine's money rule ([`cents`]).

use rust_decimal::{Decimal, RoundingStrategy};

use crate::i18n::{Lang, Text};
use crate::model::Unit;

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

/// A percentage with up to `decimals` decimals, trailing zeros dropped: `40 %`, `52,86 %` (nl);
/// `40%` (en).
pub fn percent(value: Decimal, decimals: u32, lang: Lang) -> String {
    let text = trim_zeros(number(value, decimals, lang), lang);
    match lang {
        Lang::Nl => format!("{text} %"),
        Lang::En => format!("{text}%"),
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

/// A parameter's value in its unit, as the parameters panel and the analyses show it: `€ 8.500`,
/// `40 %`, `38 uur`, `30 jaar`, `2026`.
pub fn unit_value(unit: Unit, value: Decimal, lang: Lang) -> String {
    match unit {
        Unit::Money if value.fract().is_zero() => money_whole(value, lang),
        Unit::Money => money(value, lang),
        Unit::Percent => percent(value, 2, lang),
        Unit::Hours => hours(value, lang),
        Unit::Years => format!("{} {}", number(value, 0, lang), lang.tr(Text::YearsUnit)),
        Unit::Count => number(value, 0, lang),
        Unit::Year | Unit::Choice => value.round().to_string(),
    }
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
    fn percent_and_hours_drop_trailing_zeros() {
        assert_eq!(percent(dec!(40), 2, Lang::Nl), "40 %");
        assert_eq!(percent(dec!(52.8627), 2, Lang::Nl), "52,86 %");
        assert_eq!(percent(dec!(52.8627), 2, Lang::En), "52.86%");
        assert_eq!(hours(dec!(24), Lang::Nl), "24 uur");
        assert_eq!(hours(dec!(24.5), Lang::Nl), "24,5 uur");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_number("€ 8.500", Lang::Nl), Some(dec!(8500)));
        assert_eq!(parse_number("1.234,56", Lang::Nl), Some(dec!(1234.56)));
        assert_eq!(parse_number("40 %", Lang::Nl), Some(dec!(40)));
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
