//! Where a figure of the plan comes from, as its source text says: a source document, or an
//! assumption of whoever made the plan. The plan's files mark an assumption by starting its source
//! text with "Aanname", so a reader sees at a glance which figures the note itself does not give.

/// What a figure's source text says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// Taken from a source document (the text names it).
    Document,
    /// Assumed: the source text starts with "Aanname".
    Assumption,
}

impl Provenance {
    /// The provenance of a figure with source text `source`; `None` when there is no source text.
    ///
    /// Only the first word counts: a sourced figure may mention an assumption further on
    /// ("70% × € 1.578,00; aantal is een aanname") and is still from its document.
    pub fn of(source: &str) -> Option<Self> {
        let source = source.trim_start();
        if source.is_empty() {
            None
        } else if source.starts_with("Aanname") {
            Some(Provenance::Assumption)
        } else {
            Some(Provenance::Document)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assumptions_are_recognised_by_their_first_word() {
        use Provenance::{Assumption, Document};
        for (source, expected) in [
            ("Aanname: het besluit noemt geen totaal", Assumption),
            ("  Aanname, geen bron", Assumption),
            ("WIL, Inzet P-budget 2018", Document),
            ("70% × € 1.578,00; aantal is een aanname", Document),
        ] {
            assert_eq!(Provenance::of(source), Some(expected), "{source}");
        }
    }

    #[test]
    fn no_source_text_says_nothing() {
        assert_eq!(Provenance::of(""), None);
        assert_eq!(Provenance::of("   "), None);
    }
}
