//! Number entry in Dutch (or English) notation: a field that can be typed in or dragged, within a
//! range, and that says in place what became of text it did not take as typed.

use eframe::egui;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::app::plot_style::coordinate as to_f64;
use crate::format;
use crate::i18n::Lang;
use crate::i18n::Text;
use crate::model::{BoundedDecimal, Count, MAX_AMOUNT, Money, ParamKey, Pct};

/// How an entry field is named for screen readers and tests.
pub enum Naming {
    /// By a visible label next to it.
    LabelledBy(egui::Id),
    /// By a name of its own, where no single visible label names it (table cells).
    Name(String),
}

impl Naming {
    fn apply(self, response: egui::Response) -> egui::Response {
        match self {
            Naming::LabelledBy(id) => response.labelled_by(id),
            Naming::Name(name) => response.accessible_name(name),
        }
    }
}

/// How a number is shown and typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notation {
    /// Euros with cents: `€ 1.578,00`.
    Money,
    /// Percent, shown with one decimal as the results beside it: `41,0 %`.
    Percent,
    /// A whole number: `1.250`.
    Whole,
    /// A registry parameter in its unit, a percentage with its slider step's decimals: `€ 8.500`,
    /// `40 %`, `2,25 %`, `38 uur`, `30 jaar`.
    Param(ParamKey),
}

impl Notation {
    /// The decimals a value keeps, which may be more than are shown: a typed `52,86` stays.
    fn decimals(self) -> u32 {
        match self {
            Notation::Money | Notation::Percent => 2,
            Notation::Whole => 0,
            Notation::Param(key) if key.is_whole() => 0,
            Notation::Param(_) => 2,
        }
    }

    fn format(self, value: Decimal, lang: Lang) -> String {
        match self {
            Notation::Money => format::money(value, lang),
            Notation::Percent => format::result_percent(value, lang),
            Notation::Whole => format::number(value, 0, lang),
            Notation::Param(key) => format::param_value(key, value, lang),
        }
    }
}

/// What a number entry accepts and how it drags.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// Display and typing notation.
    pub notation: Notation,
    /// Lowest value.
    pub min: Decimal,
    /// Highest value.
    pub max: Decimal,
    /// Change per dragged point.
    pub speed: f64,
    /// Width of the field.
    pub width: f32,
}

/// A screen position back to an exact amount with `decimals` decimals.
pub fn from_f64(value: f64, decimals: u32) -> Option<Decimal> {
    Decimal::from_f64_retain(value).map(|d| d.round_dp(decimals))
}

/// What became of text typed into an entry that was not taken exactly as typed, said in place
/// so that nothing is refused, clamped or rounded without a word.
#[derive(Clone, Debug, Default, PartialEq)]
struct Notice {
    /// The sentence shown under the field.
    text: String,
    /// When it was said (egui's clock), so it can go after a while.
    at: f64,
}

/// How long a notice stays under its field, in seconds, unless the field is edited again sooner.
const NOTICE_SECONDS: f64 = 8.0;

/// The sentence for what became of `typed` (the text as typed and what it read as), or `None` when
/// it was taken as typed.
fn notice_text(
    typed: &str,
    read: Option<Decimal>,
    taken: Decimal,
    entry: &Entry,
    lang: Lang,
) -> Option<String> {
    let show = |v: Decimal| entry.notation.format(v, lang);
    let typed = typed.trim();
    let Some(read) = read else {
        let mut text = format!(
            "‘{typed}’ {} {}.",
            lang.tr(Text::EntryNotANumber),
            show(taken)
        );
        if typed.starts_with('=') {
            text.push(' ');
            text.push_str(lang.tr(Text::EntryNoFormulas));
        }
        return Some(text);
    };
    if read < entry.min || read > entry.max {
        return Some(format!(
            "{} {} {} – {}: {} {}.",
            format::number(read, read.scale(), lang),
            lang.tr(Text::EntryOutOfRange),
            show(entry.min),
            show(entry.max),
            lang.tr(Text::EntrySetTo),
            show(taken)
        ));
    }
    (read != taken).then(|| {
        format!(
            "{} {} {}.",
            format::number(read, read.scale(), lang),
            lang.tr(Text::EntryRoundedTo),
            show(taken)
        )
    })
}

/// Show the notice of the entry `id` under it while it lasts.
fn show_notice(ui: &egui::Ui, id: egui::Id, response: &egui::Response) {
    let Some(notice) = ui.ctx().data(|d| d.get_temp::<Notice>(id)) else {
        return;
    };
    let now = ui.ctx().input(|i| i.time);
    if response.has_focus() || now - notice.at > NOTICE_SECONDS {
        ui.ctx().data_mut(|d| d.remove_temp::<Notice>(id));
        return;
    }
    // One more frame when it is due to go: an idle app draws none otherwise.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f64(
            NOTICE_SECONDS - (now - notice.at) + 0.05,
        ));
    egui::Popup::from_response(response)
        .id(id.with("popup"))
        .open(true)
        .close_behavior(egui::PopupCloseBehavior::IgnoreClicks)
        .show(|ui| {
            ui.set_max_width(320.0);
            ui.colored_label(ui.visuals().warn_fg_color, &notice.text)
                .accessible_name(notice.text.clone());
        });
}

/// A number field in Dutch (or English) notation that can be typed in or dragged; gives the new
/// value, within `entry`'s range, when the user changed it. Typed text that is not a number, lies
/// outside the range or has more decimals than the field keeps is not taken silently: a notice
/// under the field says what became of it.
pub fn decimal_entry(
    ui: &mut egui::Ui,
    value: Decimal,
    entry: Entry,
    lang: Lang,
    name: Naming,
) -> Option<Decimal> {
    let Entry {
        notation, min, max, ..
    } = entry;
    let decimals = notation.decimals();
    let whole = decimals == 0;
    let mut position = to_f64(value);
    // What the parser saw, when the user committed typed text this frame.
    let seen: std::cell::RefCell<Option<(String, Option<Decimal>)>> = Default::default();
    let response = ui.add_sized(
        [entry.width, ui.spacing().interact_size.y],
        egui::DragValue::new(&mut position)
            // Apply typed text on Enter or focus loss only, so one entry is one undo step.
            .update_while_editing(false)
            .range(to_f64(min)..=to_f64(max))
            .speed(entry.speed)
            .custom_formatter(move |v, _| {
                from_f64(v, decimals).map_or_else(String::new, |d| notation.format(d, lang))
            })
            .custom_parser(|text| {
                let typed = format::parse_number(text, lang);
                seen.replace(Some((text.to_string(), typed)));
                let typed = typed?;
                let typed = if whole {
                    typed.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
                } else {
                    typed
                };
                typed.to_f64()
            }),
    );
    let response = name.apply(response);
    let notice_id = response.id.with("notice");
    // Whole numbers round half away from zero, as `f64::round` does.
    let position = if whole { position.round() } else { position };
    let taken = from_f64(position, decimals).map(|d| d.clamp(min, max));
    if let Some((text, read)) = seen.into_inner() {
        let said = notice_text(&text, read, taken.unwrap_or(value), &entry, lang);
        let at = ui.ctx().input(|i| i.time);
        ui.ctx().data_mut(|d| match said {
            Some(text) => {
                d.insert_temp(notice_id, Notice { text, at });
            }
            None => {
                d.remove_temp::<Notice>(notice_id);
            }
        });
    }
    show_notice(ui, notice_id, &response);
    if !response.changed() {
        return None;
    }
    let typed = taken?;
    (typed != value).then_some(typed)
}

/// An entry for a range-checked value: writes the nearest allowed value back and says whether
/// it changed.
pub fn bounded_field<T: BoundedDecimal + PartialEq>(
    ui: &mut egui::Ui,
    value: &mut T,
    entry: Entry,
    lang: Lang,
    name: Naming,
) -> bool {
    let Some(typed) = decimal_entry(ui, value.value(), entry, lang, name) else {
        return false;
    };
    let typed = T::nearest(typed);
    let changed = typed != *value;
    *value = typed;
    changed
}

/// A money field from € 0 to [`MAX_AMOUNT`]; says whether it changed.
pub fn money_field(
    ui: &mut egui::Ui,
    value: &mut Money,
    lang: Lang,
    speed: f64,
    width: f32,
    name: Naming,
) -> bool {
    let entry = Entry {
        notation: Notation::Money,
        min: Decimal::ZERO,
        max: MAX_AMOUNT,
        speed,
        width,
    };
    bounded_field(ui, value, entry, lang, name)
}

/// A percentage field from 0 to 100 %; says whether it changed.
pub fn percent_field(
    ui: &mut egui::Ui,
    value: &mut Pct,
    lang: Lang,
    width: f32,
    name: Naming,
) -> bool {
    let entry = Entry {
        notation: Notation::Percent,
        min: Decimal::ZERO,
        max: Decimal::ONE_HUNDRED,
        speed: 0.5,
        width,
    };
    bounded_field(ui, value, entry, lang, name)
}

/// A whole-number field (clients, units, years) between `range.0` and `range.1`; gives the new
/// value when the user changed it.
pub fn whole_field(
    ui: &mut egui::Ui,
    value: u32,
    range: (u32, u32),
    lang: Lang,
    width: f32,
    name: Naming,
) -> Option<u32> {
    let entry = Entry {
        notation: Notation::Whole,
        min: Decimal::from(range.0),
        max: Decimal::from(range.1),
        speed: 0.25,
        width,
    };
    decimal_entry(ui, Decimal::from(value), entry, lang, name).and_then(|d| d.to_u32())
}

/// A field for a [`Count`]; says whether it changed.
pub fn count_field(
    ui: &mut egui::Ui,
    value: &mut Count,
    lang: Lang,
    width: f32,
    name: Naming,
) -> bool {
    match whole_field(ui, value.get(), (Count::MIN, Count::MAX), lang, width, name) {
        Some(typed) => {
            *value = Count::clamped(typed);
            true
        }
        None => false,
    }
}
