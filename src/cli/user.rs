//! `wijkwijzer user add | passwd | list | token`.

use super::{DbArgs, fail, msg, open_store};
use crate::config::Flags;
use crate::domain::audit::Actor;
use crate::domain::password;
use crate::domain::user::{Email, NewUser, check_password_policy};
use crate::store::{Store, StoreError};
use clap::Subcommand;
use std::io::BufRead;
use std::path::Path;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        email: String,
        /// Display name (default: the part of the e-mail address before the @).
        #[arg(long, default_value = "")]
        name: String,
        /// Make the account a site administrator.
        #[arg(long)]
        admin: bool,
    },
    /// Set a new password (read from standard input); ends the account's sessions.
    Passwd {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        email: String,
    },
    /// List all accounts.
    List {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Create an API token for scripts and print it (shown only once).
    Token {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        email: String,
        /// What the token is for, e.g. "import script".
        #[arg(long, default_value = "cli")]
        name: String,
    },
}

fn flags(db: DbArgs) -> Flags {
    Flags { database_url: db.database, data_dir: db.data_dir, bind: None }
}

/// One line from standard input, without its line ending.
fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let pw = line.trim_end_matches(['\n', '\r']).to_string();
    if let Err(key) = check_password_policy(&pw) {
        return Err(fail("cli-error-password", &[("reason", msg(key, &[("max", "256".into())]))]));
    }
    Ok(pw)
}

async fn find(store: &Store, email: &str) -> anyhow::Result<crate::domain::user::User> {
    let parsed = Email::parse(email)
        .map_err(|k| fail("cli-error-email", &[("email", email.to_string()), ("reason", msg(k, &[]))]))?;
    match store.user_by_email(&parsed).await {
        Ok(u) => Ok(u),
        Err(StoreError::NotFound) => Err(fail("cli-error-no-user", &[("email", email.to_string())])),
        Err(e) => Err(e.into()),
    }
}

pub async fn run(cfg: Option<&Path>, command: UserCommand) -> anyhow::Result<()> {
    let actor = Actor::system("cli");
    match command {
        UserCommand::Add { db, email, name, admin } => {
            let (_, store) = open_store(cfg, flags(db)).await?;
            let pw = read_password()?;
            let new = NewUser::parse(&email, &name, &pw, admin).map_err(|errors| {
                let reasons: Vec<String> =
                    errors.iter().map(|(f, e)| format!("{f}: {}", msg(e.key, &e.args))).collect();
                fail("cli-error-user-invalid", &[("reasons", reasons.join("; "))])
            })?;
            let hash = tokio::task::spawn_blocking(move || password::hash(&pw)).await?;
            match store.create_user(&actor, &new, &hash).await {
                Ok(u) => println!("{}", msg("cli-user-added", &[("email", u.email), ("id", u.id.to_string())])),
                Err(StoreError::Conflict(_)) => {
                    return Err(fail("cli-error-user-exists", &[("email", new.email.to_string())]));
                }
                Err(e) => return Err(e.into()),
            }
        }
        UserCommand::Passwd { db, email } => {
            let (_, store) = open_store(cfg, flags(db)).await?;
            let user = find(&store, &email).await?;
            let pw = read_password()?;
            let hash = tokio::task::spawn_blocking(move || password::hash(&pw)).await?;
            store.set_password(&actor, user.id, &hash, None).await?;
            println!("{}", msg("cli-password-set", &[("email", user.email)]));
        }
        UserCommand::List { db } => {
            let (_, store) = open_store(cfg, flags(db)).await?;
            let mut page = 1;
            println!(
                "{:>5}  {:<40} {:<30} {:<18} {}",
                "id",
                "e-mail",
                msg("field-display-name", &[]),
                msg("account-site-role", &[]),
                msg("col-status", &[])
            );
            loop {
                let users = store.users(page, 200).await?;
                for u in &users.items {
                    let status = if u.disabled { msg("user-blocked", &[]) } else { msg("user-active", &[]) };
                    println!(
                        "{:>5}  {:<40} {:<30} {:<18} {}",
                        u.id,
                        u.email,
                        u.display_name,
                        msg(u.site_role_key(), &[]),
                        status
                    );
                }
                if page >= users.pages() {
                    break;
                }
                page += 1;
            }
        }
        UserCommand::Token { db, email, name } => {
            let (_, store) = open_store(cfg, flags(db)).await?;
            let user = find(&store, &email).await?;
            let (_, secret) = store.create_api_token(&actor, user.id, &name).await?;
            println!("{secret}");
        }
    }
    Ok(())
}
