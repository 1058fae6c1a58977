//! `kostenbaten`: opens the app, or runs a headless command.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use kostenbaten::cli::{Cli, Command, SolveArgs, run_budget, run_compare, run_sheet, run_solve};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let output = match cli.command {
        Some(Command::Sheet {
            file,
            scenario,
            set,
            format,
        }) => run_sheet(&file, scenario.as_deref(), &set, format),
        Some(Command::Budget { file, format }) => run_budget(&file, format),
        Some(Command::Compare { file, format }) => run_compare(&file, format),
        Some(Command::Solve {
            file,
            scenario,
            output,
            param,
            target,
            set,
            format,
        }) => run_solve(&SolveArgs {
            path: &file,
            scenario: scenario.as_deref(),
            output: &output,
            param: &param,
            target: &target,
            set: &set,
            format,
        }),
        None => return open_app(cli.file),
    };
    match output {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout.write_all(output.as_bytes());
            if !output.ends_with('\n') {
                let _ = stdout.write_all(b"\n");
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("kostenbaten: {err}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(file: Option<std::path::PathBuf>) -> ExitCode {
    match kostenbaten::app::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kostenbaten: het venster kon niet openen: {err}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_file: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "kostenbaten: gebouwd zonder de feature `gui`; gebruik `kostenbaten sheet BESTAND` of bouw met de standaardfeatures"
    );
    ExitCode::FAILURE
}
