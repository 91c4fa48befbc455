//! Fetching a table (or a boundary map) and storing it: the use case that `wijkwijzer fetch`, the
//! page *Ophalen* and the scheduled refresh share. A table whose `Modified` stamp equals that of
//! the last stored fetch of the same selection is not fetched again (unless forced). Every run is
//! logged; a stored fetch and its log line are one transaction.

use crate::domain::audit::Actor;
use crate::domain::programme::AreaLevel;
use crate::domain::statistics::ImportSummary;
use crate::fetch::{Api, Event, Failure, Fetched, Fetcher, Selection};
use crate::i18n::Lang;
use crate::import::Prepared;
use crate::store::{FAILED, FETCHED, NewFetchRun, Store, StoreError, UNCHANGED};

/// What to fetch.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    Table { api: Api, table: String, selection: Selection },
    Boundaries { year: i64, level: AreaLevel, municipalities: Vec<String> },
}

impl What {
    /// The service key (`cbs`, `cbs-v4`, `rivm`, `pdok`).
    pub fn source(&self) -> &'static str {
        match self {
            What::Table { api, .. } => api.key(),
            What::Boundaries { .. } => "pdok",
        }
    }

    pub fn table(&self) -> String {
        match self {
            What::Table { table, .. } => table.clone(),
            What::Boundaries { year, .. } => format!("wijken-en-buurten-{year}"),
        }
    }

    /// The canonical selection text under which runs are logged and compared.
    pub fn selection(&self) -> String {
        match self {
            What::Table { selection, .. } => selection.key(),
            What::Boundaries { level, municipalities, .. } => {
                Selection { level: Some(*level), municipalities: municipalities.clone(), periods: Vec::new() }.key()
            }
        }
    }
}

/// One run: what, whether to fetch even when unchanged, and the kept table it checks (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub what: What,
    pub force: bool,
    pub kept_id: Option<i64>,
}

/// How a run ended.
#[derive(Debug)]
pub enum Outcome {
    /// Stored: one summary per dataset, with its name.
    Fetched { summaries: Vec<(String, ImportSummary)>, pages: usize, values: usize, bytes: u64, took_ms: u64 },
    /// The service's table has the stamp of the last stored fetch.
    Unchanged { modified: String },
}

#[derive(Debug)]
pub enum RunError {
    Failed(Failure),
    Store(StoreError),
}

impl From<StoreError> for RunError {
    fn from(e: StoreError) -> Self {
        RunError::Store(e)
    }
}

/// A failure as a person reads it: what went wrong and, while paging, on which page.
pub fn failure_message(lang: Lang, f: &Failure) -> String {
    match f {
        Failure::Fetch(e) => {
            let reason = lang.t_args(e.key, &e.args());
            match e.page {
                Some(page) => lang.t_args("fetch-error-at-page", &[("page", page.to_string()), ("reason", reason)]),
                None => capitalised(&reason),
            }
        }
        Failure::Import(e) => lang.t_args(e.key, &e.args()),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Fetch, compare, store and log. `progress` sees the pages come in and then the records stored.
pub async fn run(
    store: &Store,
    fetcher: &Fetcher,
    actor: &Actor,
    request: &Request,
    progress: &(dyn Fn(Event) + Sync),
    storing: &(dyn Fn(usize, usize) + Sync),
) -> Result<Outcome, RunError> {
    let started = std::time::Instant::now();
    let (what, force) = (&request.what, request.force);
    let mut run = NewFetchRun {
        kept_id: request.kept_id,
        source: what.source().to_string(),
        table_id: what.table(),
        selection: what.selection(),
        ..NewFetchRun::default()
    };
    let run_id = store.start_fetch_run(actor, &run).await?;
    let fetched: Result<Fetched, Failure> = match what {
        What::Table { api, table, selection } => match fetcher.table_info(*api, table).await {
            Err(e) => Err(e.into()),
            Ok(info) => {
                let last = store.last_fetched_modified(&run.source, &run.table_id, &run.selection).await?;
                if !force && !info.modified.is_empty() && last.as_deref() == Some(info.modified.as_str()) {
                    run.outcome = UNCHANGED;
                    run.modified = info.modified.clone();
                    run.took_ms = started.elapsed().as_millis() as i64;
                    store.finish_fetch_run(run_id, &run).await?;
                    return Ok(Outcome::Unchanged { modified: info.modified });
                }
                fetcher.table(*api, table, info, selection, progress).await
            }
        },
        What::Boundaries { year, level, municipalities } => {
            fetcher.boundaries(*year, *level, municipalities, progress).await
        }
    };
    let fetched = match fetched {
        Ok(f) => f,
        Err(failure) => {
            run.outcome = FAILED;
            run.took_ms = started.elapsed().as_millis() as i64;
            run.message = failure_message(Lang::Nl, &failure);
            store.finish_fetch_run(run_id, &run).await?;
            return Err(RunError::Failed(failure));
        }
    };
    run.outcome = FETCHED;
    run.modified = fetched.info.modified.clone();
    run.pages = fetched.pages as i64;
    run.values = fetched.values() as i64;
    let items = Prepared::items(&fetched.prepared);
    run.took_ms = started.elapsed().as_millis() as i64;
    let summaries = store.store_fetched(actor, run_id, &run, &items, storing).await?;
    Ok(Outcome::Fetched {
        summaries: fetched.prepared.iter().map(|p| p.name.clone()).zip(summaries).collect(),
        pages: fetched.pages,
        values: fetched.values(),
        bytes: fetched.bytes,
        took_ms: started.elapsed().as_millis() as u64,
    })
}
