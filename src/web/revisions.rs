//! Step 5, agility: the reason and decision asked with every change of a goal, measure or the
//! vision, and the revision log that shows each adjustment of the agenda.

use crate::domain::access::Action;
use crate::domain::programme::Programme;
use crate::domain::revision::{Revision, RevisionNote};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{AgendaView, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::http::render::render;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// The part of an edit form that asks why (`revision_note.html`).
pub struct NoteForm {
    pub reason: String,
    pub decision: String,
    /// (number, description) of every decision of the programme's bodies, newest first.
    pub decisions: Vec<(String, String)>,
}

impl NoteForm {
    /// An empty note (the form as first shown), or the one submitted in `pairs`.
    pub async fn load(state: &AppState, programme_id: i64, pairs: Option<&[(String, String)]>) -> AppResult<NoteForm> {
        let field = |name: &str| {
            pairs.and_then(|p| p.iter().find(|(k, _)| k == name)).map(|(_, v)| v.clone()).unwrap_or_default()
        };
        Ok(NoteForm {
            reason: field("reason"),
            decision: field("decision"),
            decisions: super::agenda::decisions(state, programme_id).await?,
        })
    }

    pub fn parse(&self, errors: &mut FieldErrors) -> RevisionNote {
        let known: Vec<String> = self.decisions.iter().map(|(n, _)| n.clone()).collect();
        RevisionNote::parse(&self.reason, &self.decision, &known, errors)
    }
}

/// A parsed form and its note: both valid, or all problems together.
pub fn with_note<T>(parsed: Result<T, FieldErrors>, note: &NoteForm) -> Result<(T, RevisionNote), FieldErrors> {
    let mut note_errors = FieldErrors::new();
    let n = note.parse(&mut note_errors);
    match parsed {
        Ok(value) if note_errors.is_empty() => Ok((value, n)),
        Ok(_) => Err(note_errors),
        Err(mut errors) => {
            errors.merge(note_errors);
            Err(errors)
        }
    }
}

#[derive(Template)]
#[template(path = "revisions.html")]
struct RevisionsTemplate {
    ctx: PageCtx,
    programme: Programme,
    revisions: Vec<Revision>,
    years: Vec<i64>,
    year: Option<i64>,
    /// Members see who made each change.
    internal: bool,
}

#[derive(Deserialize)]
pub struct RevisionQuery {
    jaar: Option<String>,
}

/// `/programmas/{id}/agenda/wijzigingen`: every adjustment of the agenda, newest first, by year.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
    Query(q): Query<RevisionQuery>,
) -> AppResult<Response> {
    let all = state.store.revisions(access.programme.id, None).await?;
    let mut years: Vec<i64> = all.iter().filter_map(Revision::year).collect();
    years.dedup();
    let year = q.jaar.and_then(|y| y.trim().parse::<i64>().ok()).filter(|y| years.contains(y));
    let revisions = all.into_iter().filter(|r| year.is_none() || r.year() == year).collect();
    let internal = access.can(Action::ReadInternal);
    Ok(render(RevisionsTemplate { ctx, programme: access.programme, revisions, years, year, internal })?
        .into_response())
}
