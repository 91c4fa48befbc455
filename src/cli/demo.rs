//! `wijkwijzer demo`: a data folder with the demo programmes, an administrator, and the server.

use super::serve::{bind_listener, run_server};
use super::{fail, msg, open_store};
use crate::config::Flags;
use crate::demo;
use std::path::{Path, PathBuf};

pub async fn run(
    cfg: Option<&Path>,
    data_dir: Option<PathBuf>,
    bind: Option<String>,
    statistics: bool,
) -> anyhow::Result<()> {
    crate::server::settle_for_a_long_run();
    // The demo always runs on the embedded database in its data folder, whatever DATABASE_URL says.
    let mut flags = Flags { database_url: None, data_dir, bind };
    let config =
        crate::config::Config::load(cfg, &flags).map_err(|e| fail("cli-error-config", &[("detail", e.to_string())]))?;
    flags.database_url = Some(crate::store::sqlite_url_for_dir(&config.data_dir));
    let (config, store) = open_store(cfg, flags).await?;
    // Bind before loading, so an occupied port fails fast and leaves nothing half-done.
    let listener = bind_listener(&config.bind).await?;
    println!("{}", msg("cli-demo-data", &[("dir", config.data_dir.display().to_string())]));
    let loaded = demo::load(&store).await?;
    if loaded > 0 {
        println!("{}", msg("cli-demo-loaded", &[("count", loaded.to_string())]));
    }
    match demo::data_dir().filter(|_| statistics) {
        Some(dir) => {
            let spinner = indicatif::ProgressBar::new_spinner();
            spinner.enable_steady_tick(std::time::Duration::from_millis(120));
            let started = std::time::Instant::now();
            let reading = |name: &str| spinner.set_message(msg("cli-import-reading", &[("file", name.into())]));
            let result = demo::load_statistics(&store, &dir, &reading).await;
            spinner.finish_and_clear();
            let loaded = result.map_err(|e| fail("cli-error-demo-data", &[("detail", e.to_string())]))?;
            if loaded.imports > 0 {
                let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
                println!(
                    "{}",
                    msg(
                        "cli-demo-statistics",
                        &[
                            ("tables", loaded.imports.to_string()),
                            ("values", loaded.values.to_string()),
                            ("seconds", seconds)
                        ]
                    )
                );
            }
        }
        None if statistics => println!("{}", msg("cli-demo-no-data", &[])),
        None => {}
    }
    // The demo goals' baselines are real figures, so they can only be filled once the figures are in.
    demo::complete_baselines(&store).await?;
    // The signed wijkdeal is published with those figures in it.
    crate::publish_demo_wijkdeal(&store).await?;
    let email = std::env::var("WIJKWIJZER_ADMIN_EMAIL").ok().filter(|v| !v.trim().is_empty());
    let password = std::env::var("WIJKWIJZER_ADMIN_PASSWORD").ok().filter(|v| !v.is_empty());
    match demo::ensure_admin(&store, email.as_deref(), password.as_deref()).await? {
        demo::AdminLogin::Created { email, password } => {
            println!("{}", msg("cli-admin-created", &[("email", email), ("password", password)]));
        }
        demo::AdminLogin::FromEnvironment { email } => {
            println!("{}", msg("cli-admin-env", &[("email", email)]))
        }
        demo::AdminLogin::Existing { email } => {
            let dir = config.data_dir.display().to_string();
            println!("{}", msg("cli-admin-existing", &[("email", email), ("dir", dir)]));
        }
    }
    let settings = config.web_settings().map_err(|e| super::fail("cli-error-config", &[("detail", e)]))?;
    if settings.second_factor != crate::domain::second_factor::Requirement::Optional {
        println!("{}", msg("cli-demo-second-factor", &[]));
    }
    run_server(listener, store, settings).await
}
