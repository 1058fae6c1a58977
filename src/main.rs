//! `kostenbaten`: opens the app, or runs a headless command.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use kostenbaten::cli::{Cli, Command, run_sheet};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Sheet {
            file,
            scenario,
            set,
            format,
        }) => match run_sheet(&file, scenario.as_deref(), &set, format) {
            Ok(output) => {
                let mut stdout = std::io::stdout().lock();
                // A closed pipe (`| head`) is not an error worth a message.
                let _ = stdout.write_all(output.as_bytes());
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("kostenbaten: {err}");
                ExitCode::FAILURE
            }
        },
        None => open_app(cli.file),
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
