//! What the two XLSX test files share: a built-in model exported to a workbook in memory, read
//! back with calamine, a cell's number or a defined name's cell, and a cached value held to the
//! engine's figure.
// Test code: a failed set-up stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Each test binary uses the part of this module it needs.
#![allow(dead_code)]

use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use kostenbaten::i18n::Lang;
use kostenbaten::model::{Model, Scenario};
use kostenbaten::report::export::{ExportFormat, ExportOptions, export_bytes};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// `scenario` of `model` as the bytes of a Dutch workbook.
pub fn export(model: &Model, scenario: &Scenario) -> Vec<u8> {
    export_bytes(
        ExportFormat::Xlsx,
        model,
        scenario,
        Lang::Nl,
        &ExportOptions::default(),
    )
    .expect("exports")
}

/// A workbook read back from its bytes.
pub fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("calamine reads it")
}

/// The number in a cell (zero-based row and column).
pub fn value(range: &Range<Data>, row: u32, col: u32) -> f64 {
    match range.get_value((row, col)) {
        Some(Data::Float(v)) => *v,
        Some(Data::Int(v)) => *v as f64,
        other => panic!("no number at ({row}, {col}): {other:?}"),
    }
}

/// The cached value equals the engine's exact figure (a double holds it to far below a cent).
pub fn assert_near(got: f64, expected: Decimal, what: &str) {
    let expected = expected.to_f64().unwrap();
    assert!(
        (got - expected).abs() <= 1e-6 * expected.abs().max(1.0),
        "{what}: {got} ≠ {expected}"
    );
}

/// The zero-based (row, column) a defined name points to: `'Sheet'!$C$5` → (4, 2).
pub fn named_cell(book: &Xlsx<Cursor<Vec<u8>>>, name: &str) -> (u32, u32) {
    let (_, target) = book
        .defined_names()
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no name {name}"));
    let cell = target.rsplit('!').next().unwrap().replace('$', "");
    let col = u32::from(cell.as_bytes()[0] - b'A');
    let row: u32 = cell[1..].parse().unwrap();
    (row - 1, col)
}

/// One line of a CSV file split at `separator`, `"` around a field undone (`""` inside it is one
/// quote): the app's CSV (`,`) and LibreOffice's recalculated sheets (`;`).
pub fn csv_fields(line: &str, separator: char) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == separator => fields.push(std::mem::take(&mut field)),
            (_, c) => field.push(c),
        }
    }
    fields.push(field);
    fields
}
