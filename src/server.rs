//! Running the web server: on a pre-bound listener with a shutdown future, so tests bind port 0
//! and never sleep.

use crate::build_router;
use crate::domain::audit::Actor;
use crate::domain::privacy::retention_cutoff;
use crate::domain::validation::iso;
use crate::http::{AppState, WebSettings};
use crate::store::Store;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;

/// Serve until `shutdown` resolves. Every ten minutes expired sessions are removed and the
/// contact persons of parties past the retention period deleted (safe on many instances at once).
/// For a process that runs long (`serve`, `demo`): no transparent huge pages. The allocator backs
/// its heaps with them where the kernel allows (a short command like `wijkwijzer scan` faults a
/// fifth as often), but a server then holds ~30 MB more than it uses (RSS 118 against 81 MB under
/// `bench/load.sh`).
pub fn settle_for_a_long_run() {
    #[cfg(target_os = "linux")]
    if let Err(e) = nix::sys::prctl::set_thp_disable(true) {
        tracing::debug!(error = %e, "transparent huge pages left on");
    }
}

pub async fn serve(
    listener: TcpListener,
    store: Store,
    settings: WebSettings,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let cleaner = {
        let store = store.clone();
        let months = settings.contact_retention_months;
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(600));
            loop {
                tick.tick().await;
                if let Err(e) = store.delete_expired().await {
                    tracing::warn!(error = %e, "removing expired sessions failed");
                }
                let cutoff = retention_cutoff(crate::domain::clock::now().date(), months);
                match store.purge_expired_contacts(&Actor::system("bewaartermijn"), &iso(cutoff)).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(contacts = n, "contact persons of former partners deleted (retention)"),
                    Err(e) => tracing::warn!(error = %e, "applying the retention period failed"),
                }
            }
        })
    };
    // The outbox worker, when a mail server is configured; it finishes a message it is handing
    // over before the process stops.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let sender = match &settings.mail {
        Some(mail) => {
            let mailer = crate::mail::Mailer::new(mail).map_err(std::io::Error::other)?;
            Some(tokio::spawn(crate::mail::run_outbox(store.clone(), mailer, mail.clone(), stopped)))
        }
        None => None,
    };
    // PostgreSQL: be told of the other instances' changes, so the data's generation need not be
    // read for every request (without it, it is: slower, never stale).
    if let Err(e) = store.listen_for_changes().await {
        tracing::warn!(error = %e, "not listening for other instances' changes: the generation is read per request");
    }
    // The scheduled refresh of the kept tables, beside the server (one instance at a time).
    let state = AppState::new(store.clone(), settings);
    let refresher = state.settings.refresh_every.map(|every| {
        tokio::spawn(crate::app::refresh::run_loop(store.clone(), state.fetcher.clone(), every, stop.subscribe()))
    });
    let _ = tokio::task::spawn_blocking(crate::domain::password::warm_up).await;
    let app = build_router(state);
    let result = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await;
    cleaner.abort();
    let _ = stop.send(true);
    if let Some(r) = refresher {
        r.abort();
    }
    if let Some(sender) = sender {
        let _ = tokio::time::timeout(Duration::from_secs(30), sender).await;
    }
    result
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
