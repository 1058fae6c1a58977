//! Any argument vector after `kostenbaten`, split at NUL bytes, parsed and run in-process on the
//! built-in models (paths other than those are replaced, so the fuzzer does not wander the disk;
//! an export is written only into one scratch folder).
//! Errors are fine; a panic is a crash.
#![no_main]

use clap::Parser;
use kostenbaten::cli::{Cli, Command};
use libfuzzer_sys::fuzz_target;

const MODELS: [&str; 5] = [
    "assets/models/beschut-werk-2014.ron",
    "assets/models/beschut-werk-2026.ron",
    "assets/models/lks-2018.ron",
    "assets/models/varianten-beschut-werk.ron",
    "assets/models/wil-p-budget-2018.ron",
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut args: Vec<String> = vec!["kostenbaten".into()];
    for (i, arg) in text.split('\0').take(16).enumerate() {
        // The second argument is the file: always one of the built-in models.
        if i == 1 {
            let pick = arg.bytes().next().unwrap_or(0) as usize % MODELS.len();
            args.push(format!("{}/../{}", env!("CARGO_MANIFEST_DIR"), MODELS[pick]));
        } else {
            args.push(arg.to_string());
        }
    }
    let Ok(cli) = Cli::try_parse_from(&args) else {
        return;
    };
    let _ = match cli.command {
        Some(Command::Sheet(a)) => a.run(),
        Some(Command::Compare(a)) => a.run(),
        Some(Command::Solve(a)) => a.run(),
        Some(Command::Budget(a)) => a.run(),
        Some(Command::Sources(a)) => a.run(),
        Some(Command::Simulate(a)) => a.run(),
        Some(Command::Explain(mut a)) => {
            // A second file is a built-in model too, like the first.
            for (i, file) in a.files.iter_mut().enumerate().skip(1) {
                *file = std::path::PathBuf::from(format!(
                    "{}/../{}",
                    env!("CARGO_MANIFEST_DIR"),
                    MODELS[i % MODELS.len()]
                ));
            }
            a.run()
        }
        Some(Command::Export(mut a)) => {
            // The export is written, but only into one scratch folder: its file name (and so its
            // format) is the fuzzer's, its folder is not.
            let scratch = std::env::temp_dir().join("kostenbaten-fuzz-export");
            if std::fs::create_dir_all(&scratch).is_err() {
                return;
            }
            let name = a
                .to
                .file_name()
                .map_or_else(|| "uit.csv".into(), |n| n.to_os_string());
            a.to = scratch.join(name);
            a.run()
        }
        None => return,
    };
});
