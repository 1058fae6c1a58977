//! Reports: the sheet, the scenario comparison, the goal seek and the P-budget plan as text, CSV or
//! JSON, for the command line and the app alike.
//!
//! Each renderer takes computed results and returns a `String`; none parses arguments, reads files or
//! draws, so the module builds without `clap` and without egui. Text reports are Dutch-formatted
//! tables like the slides; JSON and CSV carry plain numbers (`-880.00`) for other programs.

pub mod analysis;
pub mod budget;
#[cfg(feature = "export")]
pub mod council;
pub mod explain;
pub mod export;
#[cfg(feature = "export")]
pub mod plots;
pub mod sheet;
pub mod shown;
pub mod simulate;
pub mod sources;
mod sources_year;

use serde::Serialize;

use crate::format::result_percent;
use crate::i18n::{Lang, Text};
use crate::model::{Evaluation, LineKey, LksRule, Side};

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// serde_json refused the report: a defect, reported rather than printed as empty output.
    #[error("het rapport kon niet als JSON worden geschreven: {0}")]
    Json(#[from] serde_json::Error),
}

/// A sheet line's label as the slides write it: "Loonkostensubsidie 60%" on the cost side.
pub fn line_label(lang: Lang, side: Side, key: LineKey, evaluation: &Evaluation) -> String {
    let name = lang.line(key);
    if side == Side::Cost && key == LineKey::WageSubsidy {
        format!("{name} {}", result_percent(evaluation.sheet.lks_pct, lang))
    } else if key == LineKey::WageValue && evaluation.inputs.lks_rule == LksRule::Statutory {
        // Under the law the wage value is valued at the loaded wage cost: wage, holiday allowance
        // and the employer charges on them.
        format!("{name} ({})", lang.tr(Text::WageValueInclCharges))
    } else {
        name.to_string()
    }
}

/// `report` as indented JSON, the one way every JSON report is written.
fn pretty_json(report: &impl Serialize) -> Result<String, ReportError> {
    Ok(serde_json::to_string_pretty(report)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_failure_is_one_line_not_empty_output() {
        // A map with non-string keys is a value serde_json refuses to write as JSON.
        let refused = std::collections::BTreeMap::from([((1, 2), "x")]);
        let err = pretty_json(&refused).expect_err("tuple keys are not JSON");
        let message = err.to_string();
        assert!(
            message.starts_with("het rapport kon niet als JSON"),
            "{message}"
        );
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn only_the_cost_side_wage_subsidy_carries_its_percentage() {
        // The default scenario: wage value 40 %, so the LKS share follows at 100 − 40 = 60 %, a
        // result, with one decimal.
        let evaluation = Evaluation::of(&crate::model::Parameters::default()).expect("computes");
        let label = |side, key| line_label(Lang::Nl, side, key, &evaluation);
        assert_eq!(
            label(Side::Cost, LineKey::WageSubsidy),
            "Loonkostensubsidie 60,0 %"
        );
        assert_eq!(
            label(Side::Benefit, LineKey::WageSubsidy),
            "Loonkostensubsidie"
        );
        assert_eq!(label(Side::Cost, LineKey::Coaching), "Begeleiding");
    }
}
