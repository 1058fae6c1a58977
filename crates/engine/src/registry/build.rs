//! What the registry's rows are built from: the common ranges, the row constructor with its
//! defaults, and the readers and writers every row shares.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal_macros::dec;

use super::{Bounds, Group, INPUTS_LEN, OTHERS_LEN, PANEL_LEN, ParamDef, ParamKey, Texts, Unit};
use crate::bounded::{Hours, MAX_AMOUNT, Money, Pct, RangeError};
use crate::parameters::Parameters;

pub(super) const PCT: Bounds = Bounds::Fixed(Pct::MIN, Pct::MAX);
pub(super) const MONEY: Bounds = Bounds::Fixed(Money::MIN, MAX_AMOUNT);
pub(super) const HOURS: Bounds = Bounds::Fixed(Hours::MIN, Hours::MAX);

pub(super) fn always(_: &Parameters) -> bool {
    true
}

pub(super) fn no_number(_: &Parameters) -> Option<Decimal> {
    None
}

pub(super) fn whole(value: Decimal, what: &'static str) -> Result<u32, RangeError> {
    value
        .fract()
        .is_zero()
        .then(|| value.to_u32())
        .flatten()
        .ok_or_else(|| RangeError {
            what,
            value: value.to_string(),
            min: "0".into(),
            max: u32::MAX.to_string(),
        })
}

/// How a parameter is read from and written to [`Parameters`].
pub(super) type Access = (
    fn(&Parameters) -> Option<Decimal>,
    fn(&mut Parameters, Decimal) -> Result<(), RangeError>,
);

/// One row of the registry with the common defaults; the table below overrides what differs.
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per column of the table"
)]
pub(super) const fn row(
    id: ParamKey,
    key: &'static str,
    label: Texts,
    help: Texts,
    unit: Unit,
    group: Group,
    bounds: Bounds,
    access: Access,
) -> ParamDef {
    ParamDef {
        id,
        key,
        label,
        help,
        unit,
        group,
        bounds,
        slider_max: dec!(100),
        step: dec!(1),
        analysable: true,
        in_panel: true,
        words: &[],
        read: access.0,
        write: access.1,
        applies: always,
    }
}

pub(super) const fn slider(def: ParamDef, slider_max: Decimal, step: Decimal) -> ParamDef {
    ParamDef {
        slider_max,
        step,
        ..def
    }
}

/// A money parameter: euros, slider to € 25.000 in steps of € 50 unless overridden.
pub(super) const fn money(
    id: ParamKey,
    key: &'static str,
    label: Texts,
    help: Texts,
    group: Group,
    access: Access,
) -> ParamDef {
    slider(
        row(id, key, label, help, Unit::Money, group, MONEY, access),
        dec!(25000),
        dec!(50),
    )
}

/// Two tables as one, in order.
pub(super) const fn join(
    panel: [ParamDef; PANEL_LEN],
    others: [ParamDef; OTHERS_LEN],
) -> [ParamDef; INPUTS_LEN] {
    let mut all = [panel[0]; INPUTS_LEN];
    let mut i = 0;
    while i < PANEL_LEN {
        all[i] = panel[i];
        i += 1;
    }
    while i < INPUTS_LEN {
        all[i] = others[i - PANEL_LEN];
        i += 1;
    }
    all
}

/// The keys of `rows`, in order.
pub(super) const fn ids<const N: usize>(rows: [ParamDef; N]) -> [ParamKey; N] {
    let mut keys = [ParamKey::WageValuePct; N];
    let mut i = 0;
    while i < N {
        keys[i] = rows[i].id;
        i += 1;
    }
    keys
}
