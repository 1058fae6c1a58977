//! `kostenbaten`: opens the app, or runs a headless command.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use kostenbaten::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let output = match cli.command {
        Some(Command::Sheet(args)) => args.run(),
        Some(Command::Compare(args)) => args.run(),
        Some(Command::Solve(args)) => args.run(),
        Some(Command::Budget(args)) => args.run(),
        Some(Command::Sources(args)) => args.run(),
        Some(Command::Simulate(args)) => args.run(),
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
