//! `wijkwijzer config default`: print a commented example configuration.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print a commented example configuration with the defaults.
    Default,
}

pub fn run(command: ConfigCommand) -> anyhow::Result<()> {
    match command {
        ConfigCommand::Default => print!("{}", crate::config::DEFAULT_TOML),
    }
    Ok(())
}
