//! The RON parser's errors in Dutch: what was wrong at the place the file error names, in words an
//! advisor understands, with the expected keys or choices where the parser knows them.

use ron::error::Error;

/// `error` in Dutch; a message from the model's own checks (already Dutch) passes through.
pub fn dutch(error: &Error) -> String {
    let list = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let within = |outer: &Option<String>| {
        outer
            .as_ref()
            .map_or_else(String::new, |o| format!(" in {o}"))
    };
    match error {
        Error::Message(message) => message.clone(),
        Error::Eof => "het bestand houdt midden in een waarde op (ontbreekt er een haakje?)".into(),
        Error::ExpectedComma => "hier ontbreekt een komma".into(),
        Error::ExpectedArray | Error::ExpectedArrayEnd => {
            "hier wordt een lijst [ … ] verwacht, of het sluitende ]".into()
        }
        Error::ExpectedMap | Error::ExpectedMapEnd | Error::ExpectedMapColon => {
            "hier wordt een tabel { \"sleutel\": waarde } verwacht".into()
        }
        Error::ExpectedStructLike
        | Error::ExpectedNamedStructLike(_)
        | Error::ExpectedStructLikeEnd
        | Error::ExpectedStructName(_)
        | Error::ExpectedDifferentStructName { .. } => {
            "hier wordt een blok ( … ) verwacht, of het sluitende )".into()
        }
        Error::ExpectedOption | Error::ExpectedOptionEnd => {
            "hier wordt Some(…) of None verwacht".into()
        }
        Error::ExpectedString | Error::ExpectedStringEnd => {
            "hier wordt tekst tussen aanhalingstekens verwacht".into()
        }
        Error::ExpectedBoolean => "hier wordt true of false verwacht".into(),
        Error::ExpectedInteger | Error::IntegerOutOfBounds | Error::InvalidIntegerDigit { .. } => {
            "hier wordt een geheel getal verwacht (binnen het bereik)".into()
        }
        Error::ExpectedFloat | Error::FloatUnderscore => "hier wordt een getal verwacht".into(),
        Error::ExpectedIdentifier | Error::InvalidIdentifier(_) => {
            "hier wordt een veldnaam of keuze verwacht".into()
        }
        Error::UnexpectedChar(c) => format!("onverwacht teken '{}'", c.escape_default()),
        Error::TrailingCharacters => "na het einde van het model staat nog tekst".into(),
        Error::UnclosedBlockComment | Error::UnclosedLineComment => {
            "een commentaar wordt niet afgesloten".into()
        }
        Error::InvalidEscape(_) => "ongeldige \\-code in tekst".into(),
        Error::ExceededRecursionLimit => "het bestand is te diep genest".into(),
        Error::InvalidValueForType { expected, found } => {
            format!("ongeldige waarde: {found} gevonden, {expected} verwacht")
        }
        Error::ExpectedDifferentLength { expected, found } => {
            format!("{found} waarden gevonden, {expected} verwacht")
        }
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "onbekende keuze '{found}'{}; mogelijk: {}",
            within(outer),
            list(expected)
        ),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "onbekend veld '{found}'{}; bekend zijn: {}",
            within(outer),
            list(expected)
        ),
        Error::MissingStructField { field, outer } => {
            format!("veld '{field}' ontbreekt{}", within(outer))
        }
        Error::DuplicateStructField { field, outer } => {
            format!("veld '{field}' staat er twee keer{}", within(outer))
        }
        other => format!("ongeldige modeltekst ({other})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_mistakes_read_in_dutch() {
        assert_eq!(dutch(&Error::ExpectedComma), "hier ontbreekt een komma");
        let unknown = Error::NoSuchStructField {
            expected: &["name", "scenarios"],
            found: "nmae".into(),
            outer: Some("ModelFile".into()),
        };
        assert_eq!(
            dutch(&unknown),
            "onbekend veld 'nmae' in ModelFile; bekend zijn: 'name', 'scenarios'"
        );
        assert_eq!(
            dutch(&Error::Message("te groot".into())),
            "te groot",
            "the model's own messages are Dutch already"
        );
    }
}
