//! The section "Het verschil verklaard": how the municipality's net per place per year gets from
//! the model's first scenario to the reported one (or the second), input by input — one
//! sentence, the waterfall, the table of the inputs' values and effects, and the method.

use super::layout::{Align, Column, Layout, Row, Table};
use crate::format::money;
use crate::i18n::{Lang, Text};
use crate::model::analysis::Explanation;
use crate::model::{Model, Scenario};
use crate::report::explain::{method_line, setting_text, signed_money};
use crate::report::plots::{self, PlotError, waterfall};

/// Height of a table row in points, about (see the layout's row height).
const ROW: f32 = 17.0;

/// The section for a report of `chosen`, where the model has two scenarios or more; a difference
/// that cannot be explained is said in one line rather than failing the whole report.
pub fn section(
    layout: &mut Layout,
    model: &Model,
    chosen: &Scenario,
    lang: Lang,
) -> Result<(), PlotError> {
    let Some((from, to)) = waterfall::pair(model, chosen) else {
        return Ok(());
    };
    let explanation = match waterfall::explanation(from, to) {
        Ok(explanation) => explanation,
        Err(err) => {
            layout.heading(lang.tr(Text::CouncilExplained), 40.0);
            layout.body(&err.to_string());
            return Ok(());
        }
    };
    let tree = plots::parse_svg(&waterfall::chart(lang, &explanation))?;
    // Keep the sentence, the chart, the table and the method together: the figure's height at
    // the text width, a row per input plus header, start and end, and a few lines of text.
    let figure = super::layout::TEXT_WIDTH
        * (plots::frame::HEIGHT / (plots::frame::WIDTH - 2.0 * plots::frame::MARGIN));
    let keep = 30.0 + figure + 8.0 + ROW * (explanation.steps.len() as f32 + 3.0) + 40.0;
    layout.heading(lang.tr(Text::CouncilExplained), keep.min(640.0));
    layout.body(&sentence(&explanation, &from.name, &to.name, lang));
    if explanation.steps.is_empty() {
        layout.body(lang.tr(Text::ExplainNoDifference));
    }
    layout.figure(tree, plots::frame::MARGIN);
    table(layout, &explanation, lang);
    layout.note(&method_line(&explanation, lang));
    Ok(())
}

/// "Van 'a' naar 'b' verandert het saldo van de gemeente per plek per jaar van € A naar € B; zo
/// komt dat:"
pub fn sentence(explanation: &Explanation, from: &str, to: &str, lang: Lang) -> String {
    let (start, end) = (money(explanation.start, lang), money(explanation.end, lang));
    match lang {
        Lang::Nl => format!(
            "Van '{from}' naar '{to}' verandert het saldo van de gemeente per plek per jaar van \
             {start} naar {end}; zo komt dat:"
        ),
        Lang::En => format!(
            "From '{from}' to '{to}' the municipality's net per place per year changes from \
             {start} to {end}; this is how:"
        ),
    }
}

/// Start, one row per input (its two values and its effect), end.
fn table(layout: &mut Layout, explanation: &Explanation, lang: Lang) {
    let total = |text: Text, value| {
        Row::strong(vec![
            lang.tr(text).to_string(),
            String::new(),
            String::new(),
            money(value, lang),
        ])
    };
    let mut rows = vec![total(Text::ExplainStart, explanation.start)];
    rows.extend(explanation.steps.iter().map(|step| {
        Row::new(vec![
            lang.pick(step.factor.label()).to_string(),
            setting_text(step.factor, &step.from_value, lang),
            setting_text(step.factor, &step.to_value, lang),
            signed_money(step.effect, lang),
        ])
    }));
    rows.push(total(Text::ExplainEnd, explanation.end));
    let column = |share, align| Column { share, align };
    layout.table(&Table {
        columns: vec![
            column(0.40, Align::Left),
            column(0.19, Align::Right),
            column(0.19, Align::Right),
            column(0.22, Align::Right),
        ],
        header: vec![
            lang.tr(Text::CouncilExplainedInput).into(),
            lang.tr(Text::ExplainFrom).into(),
            lang.tr(Text::ExplainTo).into(),
            lang.tr(Text::CouncilExplainedEffect).into(),
        ],
        rows,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analysis::{Method, OutputKey};
    use rust_decimal_macros::dec;

    #[test]
    fn the_sentence_names_both_scenarios_and_both_amounts() {
        let e = Explanation {
            output: OutputKey::MunicipalityNet,
            start: dec!(-880),
            end: dec!(1400),
            method: Method::Average,
            steps: Vec::new(),
            residual_on: None,
        };
        assert_eq!(
            sentence(&e, "a", "b", Lang::Nl),
            "Van 'a' naar 'b' verandert het saldo van de gemeente per plek per jaar van \
             −€ 880,00 naar € 1.400,00; zo komt dat:"
        );
        assert!(sentence(&e, "a", "b", Lang::En).contains("changes from −€880.00 to €1,400.00"));
    }
}
