//! Greedy line breaking by measured width: the council report's only typesetting rule beyond
//! placing lines, enough for Dutch prose and table cells (no hyphenation).

use crate::report::plots::font::{Weight, text_width};

/// The words of `text`; a euro sign stays with its amount (`€ 22.180`, `−€ 880`), as Dutch
/// typesetting keeps them on one line.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match out.last_mut() {
            Some(last) if last.ends_with('€') => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}

/// `text` broken greedily into lines no wider than `width`; a word wider than a line is broken
/// between characters.
pub fn wrap(text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
    let fits = |s: &str| text_width(s, weight, size) <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in words(text) {
        let word = word.as_str();
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if fits(word) {
            line = word.to_string();
        } else {
            for c in word.chars() {
                let mut longer = line.clone();
                longer.push(c);
                if !line.is_empty() && !fits(&longer) {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_each_line_fits() {
        let text = "Per plek per jaar kost dit de gemeente € 880; de samenleving als geheel wint € 9.512,34.";
        let lines = wrap(text, Weight::Regular, 10.0, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(text_width(line, Weight::Regular, 10.0) <= 120.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn an_amount_stays_with_its_euro_sign() {
        let text = "voor de samenleving \u{2212}€ 74.027 en € 5";
        let width = text_width("voor de samenleving \u{2212}€", Weight::Regular, 10.0) + 1.0;
        let lines = wrap(text, Weight::Regular, 10.0, width);
        assert_eq!(lines, ["voor de samenleving", "\u{2212}€ 74.027 en € 5"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken() {
        let lines = wrap("Loonkostensubsidieberekening", Weight::Regular, 10.0, 40.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "Loonkostensubsidieberekening");
    }
}
