//! `wijkwijzer mail test --to ADDRESS`: send one message now (not through the outbox) and say what
//! the mail server answered.

use super::{fail, msg};
use crate::config::{Config, Flags};
use clap::Subcommand;
use std::path::Path;

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Send one test message and print the mail server's answer.
    Test {
        /// The address to send it to.
        #[arg(long)]
        to: String,
    },
}

pub async fn run(cfg: Option<&Path>, command: MailCommand) -> anyhow::Result<()> {
    let MailCommand::Test { to } = command;
    let config =
        Config::load(cfg, &Flags::default()).map_err(|e| fail("cli-error-config", &[("detail", e.to_string())]))?;
    let email =
        crate::domain::user::Email::parse(&to).map_err(|_| fail("cli-mail-bad-address", &[("to", to.clone())]))?;
    let Some(settings) = config.web_settings().map_err(|e| super::fail("cli-error-config", &[("detail", e)]))?.mail
    else {
        return Err(fail("cli-mail-not-configured", &[]));
    };
    let mailer =
        crate::mail::Mailer::new(&settings).map_err(|detail| fail("cli-error-config", &[("detail", detail)]))?;
    let message = crate::app::mail::test(super::cli_lang(), email.as_str(), &settings.link("/"));
    let id = format!("<test-{}@wijkwijzer>", crate::domain::password::random_secret(12));
    match mailer.send(&message, &id).await {
        Ok(answer) => {
            println!("{}", msg("cli-mail-sent", &[("to", email.to_string()), ("answer", answer)]));
            Ok(())
        }
        Err(e) => Err(fail("cli-mail-failed", &[("to", email.to_string()), ("detail", e.message)])),
    }
}
