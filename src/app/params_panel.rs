//! The parameters panel: every parameter of the registry, in its group, the way an advisor thinks
//! about a place (worker, subsidy, coaching and workplace, benefit and society, time). Rows come
//! from the registry; only the parameters with words as well as numbers (the LKS rule and share,
//! the benefit saved, the reference year) have a control of their own.

use eframe::egui;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::Command;
use super::param_widget::{ParamRow, RangeToggle};
use super::source_editor;
use super::uncertainty::range_editor;
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::registry;
use crate::model::uncertainty::Uncertainty;
use crate::model::{
    BenefitSaved, Evaluation, Group, LksShare, ParamDef, ParamKey, Parameters, Pct, Scenario, Unit,
    Year, YearTable,
};
use std::cell::RefCell;

/// Which parameter is highlighted (a tornado bar was clicked), and whether its row still has to
/// scroll into view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    /// The parameter, if any.
    pub param: Option<ParamKey>,
    /// Scroll its row into view on the next frame (once, so the user can scroll away).
    pub scroll: bool,
}

impl Highlight {
    /// Highlight `param` and scroll to it.
    pub fn select(param: ParamKey) -> Self {
        Self {
            param: Some(param),
            scroll: true,
        }
    }

    /// The row state for `param`: `Some(scroll)` when it is the highlighted one; the scroll is
    /// handed out once.
    fn take(&mut self, param: ParamKey) -> Option<bool> {
        (self.param == Some(param)).then(|| std::mem::take(&mut self.scroll))
    }
}

/// What the panel draws against: the language, the scenario's sources, the model's values (for
/// resets) and the results before this frame's edits.
struct Panel<'a> {
    lang: Lang,
    sources: &'a BTreeMap<ParamKey, String>,
    saved: Option<&'a Parameters>,
    evaluation: Option<&'a Evaluation>,
    /// The scenario's ranges, shown (and edited through commands) under their rows.
    uncertainty: &'a Uncertainty,
    /// The range edits of this frame, handed to the app after drawing.
    commands: RefCell<Vec<Command>>,
}

impl Panel<'_> {
    /// A numeric row for `def`, labelled `label`, editing the number `value` holds in `p`.
    fn number_row(
        &self,
        ui: &mut egui::Ui,
        def: &'static ParamDef,
        label: &str,
        p: &mut Parameters,
        highlight: Option<bool>,
        source_toggle: bool,
    ) {
        let Some(mut value) = def.id.stored(p) else {
            return;
        };
        let row = ParamRow {
            def,
            label,
            help: self.lang.pick(def.help),
            saved: self.saved.and_then(|s| def.id.stored(s)),
            source: self.sources.get(&def.id).map(String::as_str),
            highlight,
            range: can_vary(def).then(|| RangeToggle {
                has_range: self.uncertainty.ranges.contains_key(&def.id),
                open: egui::Id::unique(("range_open", def.key)),
            }),
            source_toggle,
        };
        let toggle = row.range;
        let before = value;
        if row.show(ui, self.lang, &mut value) {
            def.id.set(p, value);
            if let Some(range) = self.uncertainty.ranges.get(&def.id) {
                let moved = range_editor::shifted(range, def.id, value - before);
                self.commands
                    .borrow_mut()
                    .push(Command::SetRange(def.id, Some(moved)));
            }
        }
        if let Some(toggle) = toggle
            && toggle.is_open(ui.ctx())
        {
            range_editor::show(
                ui,
                self.lang,
                def.id,
                label,
                value,
                self.uncertainty.ranges.get(&def.id),
                &mut self.commands.borrow_mut(),
            );
        }
    }

    /// The row (or control) of one parameter.
    fn parameter(
        &self,
        ui: &mut egui::Ui,
        def: &'static ParamDef,
        p: &mut Parameters,
        highlight: &mut Highlight,
    ) {
        let lang = self.lang;
        let lit = highlight.take(def.id);
        let label = lang.pick(def.label);
        match def.id {
            ParamKey::LksPct => {
                self.follows_checkbox(ui, def, p);
                self.number_row(ui, def, label, p, lit, true);
            }
            ParamKey::LksCapPct => {
                self.number_row(ui, def, label, p, lit, true);
                self.lks_applied(ui);
            }
            ParamKey::BenefitSaved => {
                self.benefit_choice(ui, def, &mut p.benefit_saved);
                self.number_row(ui, def, lang.tr(Text::ParamBenefitAmount), p, lit, false);
            }
            ParamKey::Year => year_picker(self, ui, def, &mut p.year),
            _ if def.unit == Unit::Choice => choice(self, ui, def, p),
            _ => self.number_row(ui, def, label, p, lit, true),
        }
        source_editor::show(
            ui,
            lang,
            def.id,
            label,
            self.sources.get(&def.id).map(String::as_str),
            &mut self.commands.borrow_mut(),
        );
    }

    /// A figure's "uit brondocument" badge, when a source holds for its value; clicking it opens
    /// the figure's source line. Whether there was one (else the row shows a "bron" button).
    fn badge(&self, ui: &mut egui::Ui, def: &ParamDef) -> bool {
        match self.sources.get(&def.id) {
            Some(document) => {
                let label = self.lang.pick(def.label);
                source_editor::badge_toggle(ui, self.lang, def.id, label, document);
                true
            }
            None => false,
        }
    }

    fn follows_checkbox(&self, ui: &mut egui::Ui, def: &ParamDef, p: &mut Parameters) {
        let lang = self.lang;
        let mut follows = p.lks_pct == LksShare::FollowsWageValue;
        if ui
            .checkbox(
                &mut follows,
                word_label(def, lang, |p| p.lks_pct = LksShare::FollowsWageValue),
            )
            .on_hover_text(lang.pick(def.help))
            .changed()
        {
            p.lks_pct = if follows {
                LksShare::FollowsWageValue
            } else {
                // Start the manual share where the automatic one stood, so switching changes nothing.
                let requested = self
                    .evaluation
                    .map_or(Decimal::ONE_HUNDRED - p.wage_value_pct.get(), |e| {
                        e.inputs.lks_share_requested * Decimal::ONE_HUNDRED
                    });
                LksShare::Manual(Pct::clamped(requested.round_dp(2)))
            };
        }
    }

    /// The LKS share applied after the cap, and a warning when the cap bites.
    fn lks_applied(&self, ui: &mut egui::Ui) {
        let (lang, Some(e)) = (self.lang, self.evaluation) else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "{}: {}",
                lang.tr(Text::LksEffective),
                format::result_percent(e.sheet.lks_pct, lang)
            ));
            if e.inputs.lks_capped() {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!(
                        "({} {})",
                        lang.tr(Text::LksCapped),
                        format::param_value(
                            ParamKey::LksCapPct,
                            e.inputs.lks_cap * Decimal::ONE_HUNDRED,
                            lang,
                        )
                    ),
                );
            }
        });
    }

    /// Single, couple, no benefit, or an amount; an amount keeps the last one typed.
    fn benefit_choice(&self, ui: &mut egui::Ui, def: &ParamDef, value: &mut BenefitSaved) {
        let lang = self.lang;
        let help = lang.pick(def.help);
        // The name with its source on one line, the choice under it: the choice's words are
        // long, and the panel keeps its width.
        let label = ui
            .horizontal(|ui| {
                let label = ui.label(lang.pick(def.label)).on_hover_text(help);
                if !self.badge(ui, def) {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        source_editor::toggle(ui, lang, def.id, lang.pick(def.label));
                    });
                }
                label
            })
            .inner;
        ui.horizontal(|ui| {
            let saved_amount = self.saved.and_then(|s| def.id.stored(s));
            egui::ComboBox::from_id_salt(def.key)
                .selected_text(benefit_text(def, lang, *value))
                .show_ui(ui, |ui| {
                    let amount = match value {
                        BenefitSaved::Amount(m) => Some(m.get()),
                        _ => saved_amount,
                    };
                    for option in benefit_options(amount) {
                        let selected =
                            std::mem::discriminant(value) == std::mem::discriminant(&option);
                        if ui
                            .selectable_label(selected, benefit_text(def, lang, option))
                            .clicked()
                            && !selected
                        {
                            *value = option;
                        }
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(help);
        });
    }
}

/// Whether `def` may carry a range: the engine's rule, which also checks every range when set.
fn can_vary(def: &ParamDef) -> bool {
    crate::model::uncertainty::can_vary(def.id)
}

/// The name of the word setting that `set` makes, from the registry ("" if none).
fn word_label(def: &ParamDef, lang: Lang, set: impl FnOnce(&mut Parameters)) -> &'static str {
    let mut probe = Parameters::default();
    set(&mut probe);
    def.words
        .iter()
        .find(|w| (w.is_set)(&probe))
        .map_or("", |w| lang.pick(w.label))
}

/// A benefit-saved option's name: the registry's words, or "own amount".
fn benefit_text(def: &ParamDef, lang: Lang, b: BenefitSaved) -> &'static str {
    match b {
        BenefitSaved::Amount(_) => lang.tr(Text::BenefitAmount),
        _ => word_label(def, lang, |p| p.benefit_saved = b),
    }
}

/// The choices of the benefit saved; the amount is the one last typed, or € 12.000.
fn benefit_options(amount: Option<Decimal>) -> [BenefitSaved; 4] {
    let amount = crate::model::Money::clamped(amount.unwrap_or(dec!(12000)));
    [
        BenefitSaved::Single,
        BenefitSaved::Couple,
        BenefitSaved::NoBenefit,
        BenefitSaved::Amount(amount),
    ]
}

fn group(ui: &mut egui::Ui, lang: Lang, group: Group, add: impl FnOnce(&mut egui::Ui)) {
    egui::CollapsingHeader::new(egui::RichText::new(lang.pick(group.title())).strong())
        .id_salt(lang.pick(group.title()))
        .default_open(true)
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 3.0;
            add(ui);
        });
}

/// Draw the panel and apply edits to `scenario`. `saved` is the scenario as opened or saved (for
/// resets, and to give a figure back its source when it returns to that value); `evaluation` the
/// results before this frame's edits (for the applied LKS share); `highlight` the parameter a
/// tornado click selected. Range and source edits are pushed to `commands`. Every figure the frame
/// changed is recorded as the user's ([`Scenario::record_edits`]): its document source no longer
/// holds.
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    scenario: &mut Scenario,
    saved: Option<&Scenario>,
    evaluation: Option<&Evaluation>,
    highlight: &mut Highlight,
    commands: &mut Vec<Command>,
) {
    let before = scenario.parameters.clone();
    let Scenario {
        parameters: p,
        sources,
        uncertainty,
        ..
    } = scenario;
    let panel = Panel {
        lang,
        sources,
        saved: saved.map(|s| &s.parameters),
        evaluation,
        uncertainty,
        commands: RefCell::new(Vec::new()),
    };
    for g in Group::ALL {
        group(ui, lang, g, |ui| {
            for def in registry::panel().filter(|d| d.group == g) {
                if def.id.applies(p) {
                    panel.parameter(ui, def, p, highlight);
                }
            }
        });
    }
    commands.append(&mut panel.commands.into_inner());
    scenario.record_edits(&before, saved);
}

/// A parameter of named choices only (the LKS rule, who delivers coaching): one radio button per
/// word of the registry.
fn choice(panel: &Panel, ui: &mut egui::Ui, def: &ParamDef, p: &mut Parameters) {
    let lang = panel.lang;
    let help = lang.pick(def.help);
    ui.horizontal(|ui| {
        ui.label(lang.pick(def.label)).on_hover_text(help);
        if !panel.badge(ui, def) {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                source_editor::toggle(ui, lang, def.id, lang.pick(def.label));
            });
        }
    });
    ui.horizontal_wrapped(|ui| {
        for word in def.words {
            if ui
                .radio((word.is_set)(p), lang.pick(word.label))
                .on_hover_text(help)
                .clicked()
            {
                (word.apply)(p);
            }
        }
    });
}

fn year_picker(panel: &Panel, ui: &mut egui::Ui, def: &ParamDef, year: &mut Year) {
    let lang = panel.lang;
    let table = YearTable::builtin();
    let help = lang.pick(def.help);
    ui.horizontal(|ui| {
        let label = ui.label(lang.pick(def.label)).on_hover_text(help);
        let badged = panel.badge(ui, def);
        egui::ComboBox::from_id_salt("reference_year")
            .selected_text(year.get().to_string())
            .show_ui(ui, |ui| {
                for y in table.first_year()..=table.last_year() {
                    if let Ok(candidate) = Year::new(y) {
                        ui.selectable_value(year, candidate, y.to_string());
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(help);
        if !badged {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                source_editor::toggle(ui, lang, def.id, lang.pick(def.label));
            });
        }
    });
}
