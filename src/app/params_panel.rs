//! The parameters panel: every input of the scenario, grouped the way an advisor thinks about a
//! place (worker, subsidy, coaching and workplace, benefit and society, time).

use eframe::egui;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::param_widget::{ParamSpec, Unit, param_row, source_badge};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::{
    BenefitSaved, BoundedDecimal, Count, Evaluation, Hours, LksRule, LksShare, MAX_AMOUNT, Money,
    Parameters, Pct, Scenario, Year, YearTable, Years,
};

const fn spec(
    key: &'static str,
    label: Text,
    help: Text,
    unit: Unit,
    range: (Decimal, Decimal),
    slider_max: Decimal,
    slider_step: Decimal,
) -> ParamSpec {
    ParamSpec {
        key,
        label,
        help,
        unit,
        min: range.0,
        max: range.1,
        slider_max,
        slider_step,
    }
}

const PCT: (Decimal, Decimal) = (Pct::MIN, Pct::MAX);
const MONEY: (Decimal, Decimal) = (Money::MIN, MAX_AMOUNT);
const HOURS: (Decimal, Decimal) = (Hours::MIN, Hours::MAX);

/// Wage value.
pub const WAGE_VALUE: ParamSpec = spec(
    "wage_value_pct",
    Text::ParamWageValue,
    Text::HelpWageValue,
    Unit::Percent,
    PCT,
    dec!(100),
    dec!(1),
);
const HOURS_PER_WEEK: ParamSpec = spec(
    "hours_per_week",
    Text::ParamHours,
    Text::HelpHours,
    Unit::Hours,
    HOURS,
    dec!(40),
    dec!(1),
);
const FULL_TIME: ParamSpec = spec(
    "full_time_hours",
    Text::ParamFullTime,
    Text::HelpFullTime,
    Unit::Hours,
    HOURS,
    dec!(40),
    dec!(1),
);
const LOADED_WAGE: ParamSpec = spec(
    "fully_loaded_wage_cost",
    Text::ParamLoadedWage,
    Text::HelpLoadedWage,
    Unit::Money,
    MONEY,
    dec!(60000),
    dec!(100),
);
/// The LKS share set by hand.
pub const LKS_PCT: ParamSpec = spec(
    "lks_pct",
    Text::ParamLksPct,
    Text::HelpLksPct,
    Unit::Percent,
    PCT,
    dec!(100),
    dec!(1),
);
const LKS_CAP: ParamSpec = spec(
    "lks_cap_pct",
    Text::ParamLksCap,
    Text::HelpLksCap,
    Unit::Percent,
    PCT,
    dec!(100),
    dec!(1),
);
/// Coaching.
pub const COACHING: ParamSpec = spec(
    "coaching",
    Text::ParamCoaching,
    Text::HelpCoaching,
    Unit::Money,
    MONEY,
    dec!(25000),
    dec!(50),
);
/// Workplace costs.
pub const WORKPLACE: ParamSpec = spec(
    "workplace",
    Text::ParamWorkplace,
    Text::HelpWorkplace,
    Unit::Money,
    MONEY,
    dec!(25000),
    dec!(50),
);
const ADAPTATION: ParamSpec = spec(
    "workplace_adaptation",
    Text::ParamAdaptation,
    Text::HelpAdaptation,
    Unit::Money,
    MONEY,
    dec!(25000),
    dec!(50),
);
const ADMINISTRATION: ParamSpec = spec(
    "administration",
    Text::ParamAdministration,
    Text::HelpAdministration,
    Unit::Money,
    MONEY,
    dec!(25000),
    dec!(50),
);
const BENEFIT_AMOUNT: ParamSpec = spec(
    "benefit_saved",
    Text::ParamBenefitAmount,
    Text::HelpBenefitSaved,
    Unit::Money,
    MONEY,
    dec!(40000),
    dec!(100),
);
const SOCIETAL_COST: ParamSpec = spec(
    "societal_cost_per_client",
    Text::ParamSocietalCost,
    Text::HelpSocietalCost,
    Unit::Money,
    MONEY,
    dec!(20000),
    dec!(10),
);
const CLIENTS: ParamSpec = spec(
    "clients",
    Text::ParamClients,
    Text::HelpClients,
    Unit::Count,
    (dec!(0), dec!(1000000)),
    dec!(500),
    dec!(1),
);
const YEARS: ParamSpec = spec(
    "years",
    Text::ParamYears,
    Text::HelpYears,
    Unit::Years,
    (dec!(1), dec!(60)),
    dec!(40),
    dec!(1),
);
const INDEXATION: ParamSpec = spec(
    "indexation_pct",
    Text::ParamIndexation,
    Text::HelpIndexation,
    Unit::Percent,
    PCT,
    dec!(10),
    dec!(0.25),
);
const DISCOUNT: ParamSpec = spec(
    "discount_rate_pct",
    Text::ParamDiscount,
    Text::HelpDiscount,
    Unit::Percent,
    PCT,
    dec!(10),
    dec!(0.25),
);

/// Draws rows against one scenario's parameters, its saved version and its sources.
struct Rows<'a> {
    lang: Lang,
    sources: &'a BTreeMap<String, String>,
}

impl Rows<'_> {
    fn source(&self, spec: &ParamSpec) -> Option<&str> {
        self.sources.get(spec.key).map(String::as_str)
    }

    /// One row for any range-checked decimal: edits are clamped back into the field's range.
    fn decimal<T: BoundedDecimal>(
        &self,
        ui: &mut egui::Ui,
        spec: &ParamSpec,
        field: &mut T,
        saved: Option<T>,
    ) {
        let mut value = field.value();
        if param_row(
            ui,
            self.lang,
            spec,
            &mut value,
            saved.map(T::value),
            self.source(spec),
        )
        .changed
        {
            *field = T::nearest(value);
        }
    }

    fn whole(
        &self,
        ui: &mut egui::Ui,
        spec: &ParamSpec,
        field: u32,
        saved: Option<u32>,
    ) -> Option<u32> {
        let mut value = Decimal::from(field);
        let outcome = param_row(
            ui,
            self.lang,
            spec,
            &mut value,
            saved.map(Decimal::from),
            self.source(spec),
        );
        use rust_decimal::prelude::ToPrimitive;
        outcome.changed.then(|| value.to_u32()).flatten()
    }
}

fn group(ui: &mut egui::Ui, lang: Lang, title: Text, add: impl FnOnce(&mut egui::Ui)) {
    egui::CollapsingHeader::new(egui::RichText::new(lang.tr(title)).strong())
        .id_salt(title)
        .default_open(true)
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 3.0;
            add(ui);
        });
}

/// Draw the panel and apply edits to `scenario`. `saved` holds the model's values (for resets);
/// `evaluation` the results before this frame's edits (for the applied LKS share).
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    scenario: &mut Scenario,
    saved: Option<&Parameters>,
    evaluation: Option<&Evaluation>,
) {
    let Scenario {
        parameters: p,
        sources,
        ..
    } = scenario;
    let rows = Rows { lang, sources };
    let s = saved;

    group(ui, lang, Text::GroupWorker, |ui| {
        rows.decimal(
            ui,
            &WAGE_VALUE,
            &mut p.wage_value_pct,
            s.map(|s| s.wage_value_pct),
        );
        rows.decimal(
            ui,
            &HOURS_PER_WEEK,
            &mut p.hours_per_week,
            s.map(|s| s.hours_per_week),
        );
        rows.decimal(
            ui,
            &FULL_TIME,
            &mut p.full_time_hours,
            s.map(|s| s.full_time_hours),
        );
    });

    group(ui, lang, Text::GroupLks, |ui| {
        let label = ui
            .label(lang.tr(Text::ParamLksRule))
            .on_hover_text(lang.tr(Text::HelpLksRule));
        ui.horizontal_wrapped(|ui| {
            for (rule, text) in [
                (LksRule::Statutory, Text::LksRuleStatutory),
                (LksRule::FullyLoaded, Text::LksRuleFullyLoaded),
            ] {
                ui.radio_value(&mut p.lks_rule, rule, lang.tr(text))
                    .on_hover_text(lang.tr(Text::HelpLksRule));
            }
        });
        let _ = label;
        if p.lks_rule == LksRule::FullyLoaded {
            rows.decimal(
                ui,
                &LOADED_WAGE,
                &mut p.fully_loaded_wage_cost,
                s.map(|s| s.fully_loaded_wage_cost),
            );
        }

        let mut follows = p.lks_pct == LksShare::FollowsWageValue;
        if ui
            .checkbox(&mut follows, lang.tr(Text::LksFollows))
            .on_hover_text(lang.tr(Text::HelpLksPct))
            .changed()
        {
            p.lks_pct = if follows {
                LksShare::FollowsWageValue
            } else {
                // Start the manual share where the automatic one stood, so switching changes nothing.
                let requested = evaluation
                    .map_or(Decimal::ONE_HUNDRED - p.wage_value_pct.get(), |e| {
                        e.inputs.lks_share_requested * Decimal::ONE_HUNDRED
                    });
                LksShare::Manual(Pct::clamped(requested.round_dp(2)))
            };
        }
        if let LksShare::Manual(manual) = &mut p.lks_pct {
            let saved_manual = s.and_then(|s| match s.lks_pct {
                LksShare::Manual(pct) => Some(pct),
                LksShare::FollowsWageValue => None,
            });
            rows.decimal(ui, &LKS_PCT, manual, saved_manual);
        }
        rows.decimal(ui, &LKS_CAP, &mut p.lks_cap_pct, s.map(|s| s.lks_cap_pct));
        if let Some(e) = evaluation {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{}: {}",
                    lang.tr(Text::LksEffective),
                    format::percent(e.sheet.lks_pct, 2, lang)
                ));
                if e.inputs.lks_capped() {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!(
                            "({} {})",
                            lang.tr(Text::LksCapped),
                            format::percent(e.inputs.lks_cap * Decimal::ONE_HUNDRED, 2, lang)
                        ),
                    );
                }
            });
        }
    });

    group(ui, lang, Text::GroupCoaching, |ui| {
        rows.decimal(ui, &COACHING, &mut p.coaching, s.map(|s| s.coaching));
        rows.decimal(ui, &WORKPLACE, &mut p.workplace, s.map(|s| s.workplace));
        rows.decimal(
            ui,
            &ADAPTATION,
            &mut p.workplace_adaptation,
            s.map(|s| s.workplace_adaptation),
        );
        rows.decimal(
            ui,
            &ADMINISTRATION,
            &mut p.administration,
            s.map(|s| s.administration),
        );
    });

    group(ui, lang, Text::GroupBenefit, |ui| {
        benefit_saved(
            ui,
            lang,
            &rows,
            &mut p.benefit_saved,
            s.map(|s| s.benefit_saved),
        );
        rows.decimal(
            ui,
            &SOCIETAL_COST,
            &mut p.societal_cost_per_client,
            s.map(|s| s.societal_cost_per_client),
        );
        if let Some(v) = rows.whole(ui, &CLIENTS, p.clients.get(), s.map(|s| s.clients.get())) {
            p.clients = Count::clamped(v);
        }
    });

    group(ui, lang, Text::GroupTime, |ui| {
        year_picker(ui, lang, &mut p.year);
        if let Some(v) = rows.whole(ui, &YEARS, p.years.get(), s.map(|s| s.years.get())) {
            p.years = Years::clamped(v);
        }
        rows.decimal(
            ui,
            &INDEXATION,
            &mut p.indexation_pct,
            s.map(|s| s.indexation_pct),
        );
        rows.decimal(
            ui,
            &DISCOUNT,
            &mut p.discount_rate_pct,
            s.map(|s| s.discount_rate_pct),
        );
    });
}

fn benefit_saved(
    ui: &mut egui::Ui,
    lang: Lang,
    rows: &Rows<'_>,
    value: &mut BenefitSaved,
    saved: Option<BenefitSaved>,
) {
    let text_of = |b: &BenefitSaved| match b {
        BenefitSaved::Single => Text::BenefitSingle,
        BenefitSaved::Couple => Text::BenefitCouple,
        BenefitSaved::NoBenefit => Text::BenefitNone,
        BenefitSaved::Amount(_) => Text::BenefitAmount,
    };
    ui.horizontal(|ui| {
        let label = ui
            .label(lang.tr(Text::ParamBenefitSaved))
            .on_hover_text(lang.tr(Text::HelpBenefitSaved));
        if let Some(document) = rows.sources.get("benefit_saved") {
            source_badge(ui, lang, document);
        }
        egui::ComboBox::from_id_salt("benefit_saved")
            .selected_text(lang.tr(text_of(value)))
            .show_ui(ui, |ui| {
                let amount = match *value {
                    BenefitSaved::Amount(m) => m,
                    _ => match saved {
                        Some(BenefitSaved::Amount(m)) => m,
                        _ => Money::clamped(dec!(12000)),
                    },
                };
                for option in [
                    BenefitSaved::Single,
                    BenefitSaved::Couple,
                    BenefitSaved::NoBenefit,
                    BenefitSaved::Amount(amount),
                ] {
                    let selected = std::mem::discriminant(value) == std::mem::discriminant(&option);
                    if ui
                        .selectable_label(selected, lang.tr(text_of(&option)))
                        .clicked()
                        && !selected
                    {
                        *value = option;
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(lang.tr(Text::HelpBenefitSaved));
    });
    if let BenefitSaved::Amount(amount) = value {
        let saved_amount = match saved {
            Some(BenefitSaved::Amount(m)) => Some(m),
            _ => None,
        };
        rows.decimal(ui, &BENEFIT_AMOUNT, amount, saved_amount);
    }
}

fn year_picker(ui: &mut egui::Ui, lang: Lang, year: &mut Year) {
    let table = YearTable::builtin();
    ui.horizontal(|ui| {
        let label = ui
            .label(lang.tr(Text::ParamYear))
            .on_hover_text(lang.tr(Text::HelpYear));
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
            .on_hover_text(lang.tr(Text::HelpYear));
    });
}
