//! `govcheck`: the command-line front of the govcheck libraries.
//!
//! Thin by design: argument parsing, loading configuration, progress
//! display, files and exit codes. Every rule lives in a library crate.

mod args;
mod commands;
mod progress;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc, not the system allocator: pages are parsed on the runtime's
/// worker threads and freed on another after the checks, and glibc's malloc
/// spent 13 % of a crawl's CPU in those cross-thread frees and in
/// consolidation (the crawl benchmark is 15–25 % faster with mimalloc,
/// for about 35 MB more resident memory).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An error in what the user gave us (arguments, configuration): exit 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    init_logging(cli.verbose, cli.quiet);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("错误: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(commands::run(cli.command, cli.quiet)) {
        Ok(code) => code,
        Err(e) => {
            if let Some(usage) = e.downcast_ref::<UsageError>() {
                eprintln!("错误 (error): {usage}");
                ExitCode::from(2)
            } else {
                eprintln!("错误 (error): {e:#}");
                ExitCode::from(1)
            }
        }
    }
}

fn init_logging(verbose: u8, quiet: bool) {
    use tracing_subscriber::EnvFilter;
    let default = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter =
        EnvFilter::try_from_env("GOVCHECK_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    use std::io::IsTerminal;
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .init();
}
