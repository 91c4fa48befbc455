//! The scheduled refresh: the tables a site keeps current are checked when due (default weekly)
//! for a newer `Modified` stamp; only a newer table is fetched. Several `serve` instances on one
//! database share the work through a lease row: one instance checks, the others skip that round.
//! The refresh runs beside the server in its own task, so serving never waits for it.

use super::fetch::{self as fetching, Request, What};
use crate::domain::audit::Actor;
use crate::domain::clock;
use crate::fetch::{Api, Fetcher, Selection};
use crate::store::{KeptTableRow, Store, StoreResult};

/// The lease row's name.
pub const LEASE: &str = "statline-verversen";
/// How long a lease holds without being renewed (longer than one table's fetch).
const LEASE_TTL: time::Duration = time::Duration::minutes(30);

/// What a kept table asks for; `None` for a row the application did not write.
pub fn request_of(k: &KeptTableRow) -> Option<Request> {
    let api = Api::from_key(&k.source)?;
    let selection = Selection::from_key(&k.selection)?;
    Some(Request { what: What::Table { api, table: k.table_id.clone(), selection }, force: false, kept_id: Some(k.id) })
}

/// A holder name for this process: random, so that two instances never share one.
pub fn holder() -> String {
    format!("serve-{}", crate::domain::password::random_secret(6))
}

/// Check every due kept table once, if this instance holds the lease. Returns how many were
/// checked (0 when another instance holds it).
pub async fn run_due(store: &Store, fetcher: &Fetcher, holder: &str) -> StoreResult<usize> {
    if !store.take_lease(LEASE, holder, LEASE_TTL).await? {
        return Ok(0);
    }
    let actor = Actor::system("verversen");
    let due = store.due_kept_tables().await?;
    let mut checked = 0;
    for k in &due {
        // Still ours? (A check that took longer than the lease lets another instance go on.)
        if !store.take_lease(LEASE, holder, LEASE_TTL).await? {
            return Ok(checked);
        }
        if let Some(request) = request_of(k) {
            // The run logs its own outcome, a failure included.
            match fetching::run(store, fetcher, &actor, &request, &|_| {}, &|_, _| {}).await {
                Ok(_) | Err(fetching::RunError::Failed(_)) => {}
                Err(fetching::RunError::Store(e)) => {
                    tracing::warn!(error = %e, table = k.table_id, "refresh: storing failed")
                }
            }
        }
        store.kept_table_checked(k.id, &clock::db_in(time::Duration::days(k.every_days.max(1)))).await?;
        checked += 1;
    }
    store.release_lease(LEASE, holder).await?;
    Ok(checked)
}

/// Check every `every` until `stopped` says so.
pub async fn run_loop(
    store: Store,
    fetcher: Fetcher,
    every: std::time::Duration,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    let holder = holder();
    let mut tick = tokio::time::interval(every);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stopped.changed() => return,
        }
        match run_due(&store, &fetcher, &holder).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(tables = n, "kept tables checked"),
            Err(e) => tracing::warn!(error = %e, "refresh: checking the kept tables failed"),
        }
    }
}
