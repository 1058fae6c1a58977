//! The figures a presenter points at, as cards above the sheet: the municipality's and society's
//! results first (who really pays and who gains), then the break-even wage values (BUIG's and the
//! municipality's), what staying home costs, and the balance of the place as the slides' sheet
//! draws it.

use eframe::egui;

use crate::app::widgets::net_color;
use crate::figures::{Figures, Shown};
use crate::format::{money_whole, result_percent, unit_value};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, BreakEven, MunicipalityBreakEven, Parameters, Placement, Unit};

/// One card: a small title, a large figure (green or red where its sign matters), a hint on hover.
struct Card {
    title: String,
    value: String,
    color: Option<egui::Color32>,
    hint: &'static str,
}

impl Card {
    fn show(self, ui: &mut egui::Ui) {
        let Card {
            title,
            value,
            color,
            hint,
        } = self;
        // A card that does not fit what is left of the row starts the next row, instead of
        // being squeezed into a sliver and wrapped word by word.
        let width = |text: egui::RichText| crate::app::widgets::text_width(ui, text);
        let needed = width(egui::RichText::new(&title).small())
            .max(width(egui::RichText::new(&value).size(20.0).strong()))
            + 2.0 * 6.0
            + 2.0 * ui.style().visuals.widgets.noninteractive.bg_stroke.width;
        // In a wrapping row the available width is the whole row's; what is left of this row is
        // from the cursor to the right edge.
        let left_in_row = ui.max_rect().right() - ui.cursor().left();
        if left_in_row < needed {
            ui.end_row();
        }
        egui::Frame::group(ui.style())
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.label(egui::RichText::new(&title).small());
                    let mut text = egui::RichText::new(&value).size(20.0).strong();
                    if let Some(color) = color {
                        text = text.color(color);
                    }
                    ui.label(text).accessible_name(format!("{title}: {value}"));
                })
            })
            .response
            .on_hover_text(hint);
    }
}

/// The BUIG break-even card's figure and hint. The explanations are sentences: the card stays
/// short ("geen") and the sentence goes in the hint.
fn break_even(lang: Lang, break_even: BreakEven) -> (String, &'static str) {
    match break_even {
        BreakEven::At(pct) => (result_percent(pct, lang), lang.tr(Text::BreakEvenExplain)),
        BreakEven::SavesAtEveryWageValue => (
            lang.tr(Text::NoneWord).into(),
            lang.tr(Text::BreakEvenEveryWageValue),
        ),
        BreakEven::NoBenefitSaved => (
            lang.tr(Text::NoneWord).into(),
            lang.tr(Text::BreakEvenNoBenefit),
        ),
        BreakEven::NoWageCost => (
            lang.tr(Text::NoneWord).into(),
            lang.tr(Text::BreakEvenNoWageCost),
        ),
    }
}

/// The baseline every figure is a difference from, said in one line above the figures.
pub fn baseline_statement(ui: &mut egui::Ui, lang: Lang) {
    ui.label(egui::RichText::new(lang.tr(Text::BaselineStatement)).weak());
}

/// For a scenario in which the client stays home — the baseline itself, whose differences are all
/// zero — what staying home costs: the municipality's benefit and society's cost, per client per
/// year and over the horizon at present value, instead of cards of € 0.
fn do_nothing(ui: &mut egui::Ui, lang: Lang, shown: &Shown) {
    ui.label(lang.tr(Text::BaselineDoNothing));
    let baseline = &shown.baseline;
    let npv = shown.matrix.map(|r| r.npv);
    let per_year = lang.tr(Text::BaselinePerClientPerYear);
    let horizon = lang.tr(Text::BaselineOverHorizon);
    ui.horizontal_wrapped(|ui| {
        let cost = |title: Text, amount: rust_decimal::Decimal, when: &str| Card {
            title: format!("{} ({when})", lang.tr(title)),
            value: money_whole(rust_decimal::Decimal::ZERO - amount, lang),
            color: Some(net_color(ui, amount)),
            hint: lang.tr(Text::BaselineStatement),
        };
        let cards = [
            cost(
                Text::BaselineCostMunicipality,
                baseline.municipality(),
                per_year,
            ),
            cost(
                Text::BaselineCostSociety,
                shown.baseline_society_net,
                per_year,
            ),
            cost(Text::BaselineCostMunicipality, npv.municipality(), horizon),
            cost(Text::BaselineCostSociety, npv.total(), horizon),
        ];
        for card in cards {
            card.show(ui);
        }
    });
}

/// The key figures of `figures` (as shown: see [`Shown`]), in a row that wraps on a narrow window.
pub fn show(ui: &mut egui::Ui, lang: Lang, figures: &Figures, params: &Parameters) {
    let (evaluation, shown) = (&figures.evaluation, &figures.shown);
    if params.placement == Placement::StaysHome {
        do_nothing(ui, lang, shown);
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let net = shown.net;
        let municipality = shown.municipality_net;
        let society = shown.society_net;
        let (break_even, break_even_hint) = break_even(lang, evaluation.break_even);
        let staying_home = format!(
            "{} ({} × {}, {})",
            lang.tr(Text::StayingHome),
            params.clients.get(),
            unit_value(Unit::Years, params.years.get().into(), lang),
            lang.tr(Text::PresentValue)
        );
        let cards = [
            Card {
                title: lang.tr(Text::MunicipalityNet).into(),
                value: money_whole(municipality, lang),
                color: Some(net_color(ui, municipality)),
                hint: lang.tr(Text::WhoPaysWhoBenefits),
            },
            Card {
                title: lang.tr(Text::SocietyNetCard).into(),
                value: money_whole(society, lang),
                color: Some(net_color(ui, society)),
                hint: lang.tr(Text::SocietyNetExplain),
            },
            Card {
                title: lang.tr(Text::BreakEvenBuigShort).into(),
                value: break_even,
                color: None,
                hint: break_even_hint,
            },
            Card {
                title: lang.tr(Text::BreakEvenMunicipalityShort).into(),
                value: match evaluation.break_even_municipality {
                    MunicipalityBreakEven::At(pct) => result_percent(pct, lang),
                    _ => lang.tr(Text::NoneWord).into(),
                },
                color: None,
                hint: lang.municipality_break_even_hint(evaluation.break_even_municipality),
            },
            Card {
                title: staying_home,
                // Discounted like the NPVs beside it (DOMAIN.md §10).
                value: money_whole(
                    rust_decimal::Decimal::ZERO - shown.staying_home_npv[Actor::RestOfSociety],
                    lang,
                ),
                color: None,
                hint: lang.tr(Text::StayingHomeDiscounted),
            },
            Card {
                title: lang.tr(Text::SheetNetPerPlace).into(),
                value: money_whole(net, lang),
                color: Some(net_color(ui, net)),
                hint: lang.tr(Text::SheetNetMeaning),
            },
        ];
        for card in cards {
            card.show(ui);
        }
    });
}
