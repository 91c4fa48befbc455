//! `wijkwijzer serve`: migrate, bind and serve until Ctrl-C or SIGTERM.

use super::{DbArgs, fail, msg, open_store};
use crate::config::Flags;
use crate::http::WebSettings;
use crate::server::{serve, shutdown_signal};
use crate::store::Store;
use std::path::Path;
use tokio::net::TcpListener;

pub async fn run(cfg: Option<&Path>, db: DbArgs, bind: Option<String>) -> anyhow::Result<()> {
    crate::server::settle_for_a_long_run();
    let (config, store) = open_store(cfg, Flags { database_url: db.database, data_dir: db.data_dir, bind }).await?;
    let listener = bind_listener(&config.bind).await?;
    let settings = config.web_settings().map_err(|e| fail("cli-error-config", &[("detail", e)]))?;
    run_server(listener, store, settings).await
}

/// Bind the address, with a clear message when it is taken or malformed.
pub async fn bind_listener(addr: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr).await.map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => fail("cli-error-port-in-use", &[("addr", addr.to_string())]),
        _ => fail("cli-error-bind", &[("addr", addr.to_string()), ("detail", e.to_string())]),
    })
}

pub async fn run_server(listener: TcpListener, store: Store, settings: WebSettings) -> anyhow::Result<()> {
    let addr = listener.local_addr()?;
    // Scripts and tests read this line to find the port (bind 127.0.0.1:0 picks a free one).
    println!("{}", msg("cli-listening", &[("url", format!("http://{addr}"))]));
    tracing::info!(%addr, "listening");
    serve(listener, store, settings, shutdown_signal()).await?;
    Ok(())
}
