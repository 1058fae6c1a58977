//! The command line's tests in one binary (issue 20): the real `kostenbaten` binary run as a user
//! would — its commands, its error contract, `explain` and `simulate`, hostile arguments and
//! numbers, a missing system library, and every command line of the README. Each module says the
//! feature it needs. One binary per tier, not per file: each test binary links the whole crate, and
//! linking was most of a test build (BENCHMARKS.md, "Tests in binaries by tier").

#[cfg(feature = "cli")]
mod cli_common;

#[path = "cli/cli.rs"]
mod cli;
#[path = "cli/cli_contract.rs"]
mod cli_contract;
#[path = "cli/cli_explain.rs"]
mod cli_explain;
#[path = "cli/cli_hostile.rs"]
mod cli_hostile;
#[path = "cli/cli_simulate.rs"]
mod cli_simulate;
#[path = "cli/hostile_numbers.rs"]
mod hostile_numbers;
#[path = "cli/missing_library.rs"]
mod missing_library;
#[path = "cli/readme.rs"]
mod readme;
