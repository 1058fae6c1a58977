//! The one-line error contract of the command line: every error is one line on stderr, in Dutch,
//! bounded in length, with user text shown safely (a newline or a terminal escape sequence from a
//! shared model file is written as `\n` or `\u{1b}`, never passed to the terminal).

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The longest error line printed; user text beyond it is cut with `…`.
pub const MAX_ERROR_CHARS: usize = 400;

/// `text` as one safe line: control characters escaped, at most [`MAX_ERROR_CHARS`] characters.
pub fn one_line(text: &str) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count >= MAX_ERROR_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A command-line parse error in one Dutch line, with the hint where to look.
pub fn usage_error(err: &clap::Error) -> String {
    let arg = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        _ => String::new(),
    };
    let text = match err.kind() {
        ErrorKind::UnknownArgument => format!(
            "onbekende optie '{}'; een negatief getal schrijft u als --target=-880",
            arg(ContextKind::InvalidArg)
        ),
        ErrorKind::InvalidSubcommand => format!(
            "onbekende opdracht '{}'; bekend zijn: sheet, compare, solve, budget, sources, simulate, explain, export",
            arg(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => {
            format!("ontbrekend argument: {}", arg(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => format!(
            "ongeldige waarde '{}' voor {}",
            arg(ContextKind::InvalidValue),
            arg(ContextKind::InvalidArg)
        ),
        ErrorKind::ArgumentConflict => format!(
            "{} gaat niet samen met {}",
            arg(ContextKind::InvalidArg),
            arg(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!(
                "te veel of te weinig waarden bij {}",
                arg(ContextKind::InvalidArg)
            )
        }
        _ => {
            // Clap's own first line, without its "error: " prefix.
            let rendered = err.to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.trim_start_matches("error: ").to_string()
        }
    };
    format!("{} (zie kostenbaten --help)", one_line(&text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(one_line("a\nb\x1b[31m"), "a\\nb\\u{1b}[31m");
        let long = "x".repeat(10_000);
        assert_eq!(one_line(&long).chars().count(), MAX_ERROR_CHARS + 1);
    }

    #[test]
    fn clap_errors_become_one_dutch_line() {
        let err = crate::cli::Cli::try_parse_from(["kostenbaten", "sheet", "a.ron", "--colour"])
            .unwrap_err();
        let line = usage_error(&err);
        assert!(line.starts_with("onbekende optie '--colour'"), "{line}");
        assert_eq!(line.lines().count(), 1);
        let err = crate::cli::Cli::try_parse_from(["kostenbaten", "solve", "a.ron"]).unwrap_err();
        let line = usage_error(&err);
        assert!(line.starts_with("ontbrekend argument"), "{line}");
    }
}
