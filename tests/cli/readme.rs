//! The README's `--set` table is the parameter registry: every key, in the registry's order, with its
//! name, range and words. When a parameter is added the table must follow; on failure this test
//! prints the table to paste.
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::model::Unit;
use kostenbaten::model::registry::panel;

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
    for def in panel() {
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
    for def in panel() {
        let row = format!("| `{}` |", def.key);
        assert_eq!(readme.matches(&row).count(), 1, "{}", def.key);
    }
}

/// The README's words of one shell line: split at blanks, `"…"` kept together, a `#` that starts a
/// word begins a comment.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            '#' if !quoted && !in_word => break,
            c if c.is_whitespace() && !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// The arguments of every `kostenbaten …` and `cargo run --release -- …` line in the README's `sh`
/// blocks (a line ending in `\` continues on the next).
#[cfg_attr(not(all(feature = "cli", unix)), allow(dead_code))]
fn readme_commands() -> Vec<Vec<String>> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut commands = Vec::new();
    let mut in_sh = false;
    let mut pending = String::new();
    for line in readme.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_sh = trimmed == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        if let Some(start) = trimmed.strip_suffix('\\') {
            pending.push_str(start);
            pending.push(' ');
            continue;
        }
        pending.push_str(trimmed);
        let words = shell_words(&std::mem::take(&mut pending));
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let args = match words.as_slice() {
            ["kostenbaten", args @ ..] => args,
            ["cargo", "run", "--release", "--", args @ ..] => args,
            _ => continue,
        };
        commands.push(args.iter().map(|a| (*a).to_owned()).collect());
    }
    commands
}

#[test]
fn shell_words_split_like_a_shell() {
    assert_eq!(
        shell_words(r#"kostenbaten export a.ron --scenario "In een SW-bedrijf"  # note"#),
        [
            "kostenbaten",
            "export",
            "a.ron",
            "--scenario",
            "In een SW-bedrijf"
        ]
    );
    assert_eq!(
        shell_words("cargo run --release     # opens"),
        ["cargo", "run", "--release"]
    );
}

/// Every command the README shows runs as written: exit 0, output, nothing on stderr. It runs in a
/// fresh folder with `assets` linked in, so exports land there and not in the checkout.
#[cfg(all(feature = "cli", unix))]
#[test]
fn every_readme_command_line_runs() {
    let commands = readme_commands();
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
        dir.path().join("assets"),
    )
    .unwrap();
    for args in &commands {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "kostenbaten {}: {stderr}",
            args.join(" ")
        );
        assert!(
            stderr.is_empty(),
            "kostenbaten {}: {stderr}",
            args.join(" ")
        );
        assert!(!out.stdout.is_empty(), "kostenbaten {}", args.join(" "));
    }
    // Every headless command has at least one live example.
    for command in [
        "sheet", "compare", "solve", "budget", "sources", "simulate", "explain", "export",
    ] {
        assert!(
            commands.iter().any(|args| args[0] == command),
            "the README shows no `kostenbaten {command}` line"
        );
    }
    // The exports wrote what the README says they write.
    for file in [
        "raadsrapportage.pdf",
        "overzicht.xlsx",
        "partijen.png",
        "lks.csv",
        "varianten.csv",
    ] {
        assert!(dir.path().join(file).is_file(), "{file} not written");
    }
}

/// `kostenbaten --help` and `export --help` name every format `export` writes (once only
/// `.csv or .xlsx`).
#[cfg(feature = "cli")]
#[test]
fn help_names_every_export_format() {
    for args in [&["--help"][..], &["export", "--help"][..]] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kostenbaten"))
            .args(args)
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        for extension in [".csv", ".xlsx", ".pdf", ".png"] {
            assert!(
                help.contains(extension),
                "{args:?} lacks {extension}:\n{help}"
            );
        }
    }
}

/// Getting started names every library the window system loads (issue 25: three were missing).
#[cfg(feature = "gui")]
#[test]
fn getting_started_names_every_system_library() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("## Getting started").unwrap();
    let end = start + readme[start..].find("\n## ").unwrap();
    let section = &readme[start..end];
    for library in kostenbaten::app::system_libraries::X11_LIBRARIES {
        assert!(section.contains(library.package), "{}", library.package);
    }
    assert!(section.contains("build-essential"));
    assert!(section.contains("cargo install --locked --path ."));
}
