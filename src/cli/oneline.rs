//! The one-line error contract of the command line: every error is one line on stderr, in Dutch,
//! bounded in length, with user text shown safely (a newline or a terminal escape sequence from a
//! shared model file is written as `\n` or `\u{1b}`, never passed to the terminal).

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The longest error line printed; user text beyond it is cut with `…`.
pub const MAX_ERROR_CHARS: usize = 400;

/// Whether `c` must not reach a terminal as it is: a C0 or C1 control character, DEL, or a bidi
/// override or isolate (U+202A–U+202E, U+2066–U+2069), which reorders what the terminal shows.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` as one safe line: unsafe characters (see [`is_unsafe_char`]) escaped, at most
/// [`MAX_ERROR_CHARS`] characters.
pub fn one_line(text: &str) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count >= MAX_ERROR_CHARS {
            out.push('…');
            break;
        }
        push_safe(&mut out, c);
    }
    out
}

/// A command's text output made safe for a terminal: its line breaks kept, every other unsafe
/// character (see [`is_unsafe_char`]) escaped as in [`one_line`] (ESC as `\u{1b}`).
pub fn terminal_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' {
            out.push(c);
        } else {
            push_safe(&mut out, c);
        }
    }
    out
}

/// A JSON text made safe for a terminal without changing what it says: serde already writes C0
/// controls as escapes; DEL, C1 and the bidi controls it leaves raw are written as the JSON escape
/// `\uXXXX` (all lie in the basic plane), which reads back as the same character.
pub fn json_terminal_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_unsafe_char(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Push `c`, escaped when it is unsafe.
fn push_safe(out: &mut String, c: char) {
    if is_unsafe_char(c) {
        out.extend(c.escape_default());
    } else {
        out.push(c);
    }
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
    fn text_output_keeps_its_lines_and_escapes_the_rest() {
        // ESC, BEL, NUL, DEL, a C1 control (CSI, U+009B), a tab and the right-to-left override.
        let raw = "naam\x1b[2J\x07\0\x7f\u{9b}\t\u{202e}x\u{2066}\nregel 2\n";
        assert_eq!(
            terminal_safe(raw),
            "naam\\u{1b}[2J\\u{7}\\u{0}\\u{7f}\\u{9b}\\t\\u{202e}x\\u{2066}\nregel 2\n"
        );
        // Inside a JSON string the same characters become JSON escapes of the same text.
        let json = serde_json::to_string(&"a\u{202e}b\u{7f}c\u{1b}").expect("a string");
        let safe = json_terminal_safe(&json);
        assert_eq!(safe, "\"a\\u202eb\\u007fc\\u001b\"");
        let back: String = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, "a\u{202e}b\u{7f}c\u{1b}");
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
