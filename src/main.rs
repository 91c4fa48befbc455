//! `wijkwijzer`: parse the command line, start logging, dispatch. Errors end as one line on
//! standard error and a non-zero exit code, never a panic trace.
#![forbid(unsafe_code)]

use clap::Parser;
use std::process::ExitCode;
use wijkwijzer::cli::{Cli, run};

/// mimalloc rather than the system allocator: the national scan builds and frees some 100,000
/// small values on two threads (glibc spent a quarter of it growing per-thread heaps), and a
/// long-running server gives freed memory back to the system instead of keeping it in arenas.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let runtime = match cli.serves() {
        true => tokio::runtime::Builder::new_multi_thread().enable_all().build(),
        false => tokio::runtime::Builder::new_current_thread().enable_all().build(),
    };
    let result = runtime.map_err(anyhow::Error::from).and_then(|r| r.block_on(run(cli)));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let chain: Vec<String> = e.chain().map(|c| c.to_string()).collect();
            eprintln!("wijkwijzer: {}", chain.join(": ").replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::{EnvFilter, Layer, fmt};
    let filter = EnvFilter::try_from_env("WIJKWIJZER_LOG").unwrap_or_else(|_| EnvFilter::new("warn,wijkwijzer=info"));
    let json = std::env::var("WIJKWIJZER_LOG_FORMAT").is_ok_and(|v| v == "json");
    // Colours only for a person at a terminal, not in log files.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    // One subscriber type with the format chosen at run time (boxed), rather than two fully
    // monomorphised subscriber stacks: the same logs, a good deal less code to compile.
    let format = fmt::layer().with_ansi(ansi).with_writer(std::io::stderr);
    let format = if json { format.json().boxed() } else { format.boxed() };
    tracing_subscriber::registry().with(format.with_filter(filter)).init();
}
