//! The README's `--set` table is the parameter registry: every key, in the registry's order, with its
//! name, range and words. When a parameter is added the table must follow; on failure this test
//! prints the table to paste.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::model::{REGISTRY, Unit};

fn range_text(def: &kostenbaten::model::ParamDef) -> String {
    let (low, high) = def.id.range();
    let words: Vec<String> = def
        .words
        .iter()
        .map(|w| format!("`{}`", w.spellings[0]))
        .collect();
    let number = match def.unit {
        Unit::Money => Some(format!("euros, {low}–{high}")),
        Unit::Percent => Some(format!("%, {low}–{high}")),
        Unit::Hours => Some(format!("hours per week, {low}–{high}")),
        Unit::Years => Some(format!("years, {low}–{high}")),
        Unit::Count => Some(format!("{low}–{high}")),
        Unit::Year => Some(format!("{low}–{high}")),
        Unit::Month => Some(format!("month, {low}–{high}")),
        Unit::Choice => None,
    };
    let all: Vec<String> = number.into_iter().chain(words).collect();
    all.join(" or ")
}

fn expected_table() -> String {
    let mut table = String::from("| `--set` key | what it sets |\n| --- | --- |\n");
    for def in &REGISTRY {
        table.push_str(&format!(
            "| `{}` | {} ({}): {}. {} |\n",
            def.key,
            def.label.en,
            def.label.nl,
            range_text(def),
            def.help.en
        ));
    }
    table
}

#[test]
fn readme_set_table_is_the_registry() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("| `--set` key |")
        .expect("README has a `--set` table");
    let end = readme[start..]
        .find("\n\n")
        .map_or(readme.len(), |e| start + e + 1);
    let expected = expected_table();
    assert_eq!(
        &readme[start..end],
        expected,
        "README's --set table differs from the registry; paste this:\n{expected}"
    );
}

#[test]
fn every_key_is_documented_once() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for def in &REGISTRY {
        let row = format!("| `{}` |", def.key);
        assert_eq!(readme.matches(&row).count(), 1, "{}", def.key);
    }
}
