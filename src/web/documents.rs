//! Documents attached to a programme's records: the upload page, the download and removal. Who may
//! read or change a document follows the record it belongs to: the programme's overview, the
//! coalition page (meetings, decisions), the agenda (measures), the progress page and the value's
//! approval (evidence), and — for a resident's proposal — the programme's members (the public sees
//! a proposal's photo on the wijkbudget page once the proposal is assessed).

use super::form::{ConfirmTemplate, respond};
use crate::app::documents::{ScanVerdict, scan};
use crate::domain::access::{Action, may_read_page};
use crate::domain::document::{CheckedFile, Document, FileKind, OwnerKind, check_upload};
use crate::domain::programme::{Page, Programme};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Anyone, Contribute, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::store::OwnerInfo;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// What the requester may do with the documents of one record.
struct Rights {
    read: bool,
    change: bool,
}

async fn rights<P>(
    state: &AppState,
    access: &ProgrammeAccess<P>,
    kind: OwnerKind,
    owner_id: i64,
) -> AppResult<(OwnerInfo, Rights)> {
    let p = &access.programme;
    let info = state.store.document_owner(p.id, kind, owner_id).await?;
    let who = access.principal();
    let internal = access.can(Action::ReadInternal);
    let read = match kind {
        OwnerKind::Programme => may_read_page(who, p.is_published(Page::Overview)),
        OwnerKind::Meeting | OwnerKind::Decision => may_read_page(who, p.is_published(Page::Coalition)),
        OwnerKind::Measure => may_read_page(who, p.is_published(Page::Agenda)),
        OwnerKind::Measurement => internal || (info.public && may_read_page(who, p.is_published(Page::Progress))),
        OwnerKind::Proposal => internal,
    };
    let change = match kind {
        OwnerKind::Programme | OwnerKind::Meeting | OwnerKind::Decision | OwnerKind::Proposal => {
            access.can(Action::Manage)
        }
        OwnerKind::Measure => {
            let measure = state.store.measure(p.id, owner_id).await?;
            access.requester(state).await?.edit_measure(&measure)
        }
        OwnerKind::Measurement => access.requester(state).await?.enter_value(true),
    };
    Ok((info, Rights { read: read || change, change }))
}

fn refuse<P>(access: &ProgrammeAccess<P>) -> AppError {
    if access.auth.user().is_none() { AppError::Unauthorised } else { AppError::Forbidden }
}

/// The page the record's documents are listed on.
pub fn owner_href(programme_id: i64, kind: OwnerKind, owner_id: i64, info: &OwnerInfo) -> String {
    let p = programme_id;
    let parent = info.parent_id;
    match kind {
        OwnerKind::Programme => format!("/programmas/{p}#documenten"),
        OwnerKind::Meeting => format!("/programmas/{p}/coalitie/overleg/{parent}/vergaderingen/{owner_id}#documenten"),
        OwnerKind::Decision => format!("/programmas/{p}/coalitie/overleg/{parent}#besluitdoc-{owner_id}"),
        OwnerKind::Measure => format!("/programmas/{p}/agenda/maatregelen/{owner_id}#documenten"),
        OwnerKind::Measurement => format!("/programmas/{p}/voortgang/doelen/{parent}#waarde-{owner_id}"),
        OwnerKind::Proposal => format!("/programmas/{p}/wijkbudget/{parent}#voorstel-{owner_id}"),
    }
}

/// The address of the upload page for one record.
pub fn add_href(programme_id: i64, kind: OwnerKind, owner_id: i64) -> String {
    format!("/programmas/{programme_id}/documenten/nieuw?bij={}&nr={owner_id}", kind.key())
}

#[derive(Template)]
#[template(path = "document_form.html")]
struct FormTemplate {
    ctx: PageCtx,
    programme: Programme,
    kind_key: String,
    owner_id: i64,
    owner_label: String,
    back: String,
    title: String,
    errors: FieldErrors,
    documents: Vec<Document>,
    max_mb: usize,
    accept: String,
}

struct FormPage<'a, P> {
    access: ProgrammeAccess<P>,
    kind: OwnerKind,
    owner_id: i64,
    info: &'a OwnerInfo,
    title: String,
    errors: FieldErrors,
}

async fn form_page<P>(state: &AppState, ctx: PageCtx, f: FormPage<'_, P>) -> AppResult<Response> {
    let status = if f.errors.iter().any(|(_, e)| e.key == "error-document-too-large") {
        StatusCode::PAYLOAD_TOO_LARGE
    } else if f.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let documents = state.store.documents_of(f.access.programme.id, f.kind, f.owner_id).await?;
    let accept = FileKind::ALL.iter().flat_map(|k| k.extensions()).map(|e| format!(".{e}")).collect::<Vec<_>>();
    let page = FormTemplate {
        back: owner_href(f.access.programme.id, f.kind, f.owner_id, f.info),
        ctx,
        kind_key: f.kind.key().to_string(),
        owner_id: f.owner_id,
        owner_label: f.info.label.clone(),
        programme: f.access.programme,
        title: f.title,
        errors: f.errors,
        documents,
        max_mb: state.settings.document_max_bytes / (1024 * 1024),
        accept: accept.join(","),
    };
    respond(status, page)
}

/// The record to add a document to; without it, the programme itself.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OwnerQuery {
    bij: Option<String>,
    nr: Option<i64>,
}

fn owner_kind(key: &str) -> AppResult<OwnerKind> {
    OwnerKind::from_key(key).ok_or(AppError::NotFound)
}

/// `GET /programmas/{id}/documenten/nieuw?bij=maatregel&nr=5`: the upload form for one record.
pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Anyone>,
    Query(q): Query<OwnerQuery>,
) -> AppResult<Response> {
    let kind = owner_kind(q.bij.as_deref().unwrap_or(OwnerKind::Programme.key()))?;
    let owner_id = q.nr.unwrap_or(access.programme.id);
    let (info, rights) = rights(&state, &access, kind, owner_id).await?;
    if !rights.change {
        return Err(refuse(&access));
    }
    let f = FormPage { access, kind, owner_id, info: &info, title: String::new(), errors: FieldErrors::new() };
    form_page(&state, ctx, f).await
}

/// A form with one file (multipart): its text fields, and the file's name and bytes — at most
/// `max + 1` of them (more only says it is too large).
#[derive(Default)]
pub struct UploadForm {
    pub fields: Vec<(String, String)>,
    pub name: String,
    pub bytes: Vec<u8>,
    pub too_large: bool,
}

impl UploadForm {
    pub fn field(&self, name: &str) -> String {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

/// Read a multipart form whose file field is `file_field`.
pub async fn read_upload(multipart: &mut Multipart, file_field: &str, max: usize) -> UploadForm {
    let mut u = UploadForm::default();
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            // Over the route's limit, or a broken body: what was read so far decides.
            Err(_) => {
                u.too_large = true;
                break;
            }
        };
        let name = field.name().unwrap_or("").to_string();
        if name == file_field {
            u.name = field.file_name().unwrap_or("").to_string();
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) if u.bytes.len() <= max => u.bytes.extend_from_slice(&chunk),
                    Ok(Some(_)) => {}
                    Ok(None) => break,
                    Err(_) => {
                        u.too_large = true;
                        break;
                    }
                }
            }
            u.too_large |= u.bytes.len() > max;
        } else if let Ok(text) = field.text().await {
            u.fields.push((name, text));
        }
    }
    u
}

/// Check the file of a form (`check_upload`), saying "too large" for one cut off while reading.
pub fn check_file(u: &UploadForm, max: usize, title: &str) -> Result<CheckedFile, FieldErrors> {
    if u.too_large {
        let mut e = FieldErrors::new();
        e.add_with("file", "error-document-too-large", vec![("max", (max / (1024 * 1024)).to_string())]);
        return Err(e);
    }
    check_upload(&u.name, &u.bytes, max, title)
}

/// Run the configured virus scanner: `Err` with the form's error when it does not let the file in.
pub async fn scanned(state: &AppState, bytes: &[u8]) -> Result<(), FieldErrors> {
    let Some(command) = &state.settings.document_scan else { return Ok(()) };
    match scan(command, bytes).await {
        ScanVerdict::Clean => Ok(()),
        verdict => {
            if let ScanVerdict::Failed(why) = &verdict {
                tracing::warn!(error = %why, "document scan could not run");
            }
            Err(FieldErrors::single("file", "error-document-scan"))
        }
    }
}

/// `POST /programmas/{id}/documenten`: check, scan and keep an upload; back to the record's page.
/// Only who adds content to the programme gets as far as the record's own rule.
pub async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let max = state.settings.document_max_bytes;
    let u = read_upload(&mut multipart, "file", max).await;
    let kind = owner_kind(&u.field("bij"))?;
    let owner_id: i64 = u.field("nr").trim().parse().map_err(|_| AppError::NotFound)?;
    let (info, rights) = rights(&state, &access, kind, owner_id).await?;
    if !rights.change {
        return Err(refuse(&access));
    }
    let title = u.field("title");
    let checked = match check_file(&u, max, &title) {
        Ok(c) => scanned(&state, &u.bytes).await.map(|()| c),
        Err(e) => Err(e),
    };
    let checked = match checked {
        Ok(c) => c,
        Err(errors) => {
            let f = FormPage { access, kind, owner_id, info: &info, title, errors };
            return form_page(&state, ctx, f).await;
        }
    };
    state.store.add_document(&access.actor(), access.programme.id, (kind, owner_id), &checked, &u.bytes).await?;
    let back = owner_href(access.programme.id, kind, owner_id, &info);
    Ok(Redirect::to(&with_notice(&back, "document-toegevoegd")).into_response())
}

/// Put `?melding=…` before the fragment of an address.
fn with_notice(href: &str, notice: &str) -> String {
    match href.split_once('#') {
        Some((path, fragment)) => format!("{path}?melding={notice}#{fragment}"),
        None => format!("{href}?melding={notice}"),
    }
}

#[derive(Deserialize)]
pub struct DocumentPath {
    id: i64,
    doc_id: i64,
}

#[derive(Deserialize)]
pub struct NamedPath {
    id: i64,
    doc_id: i64,
    name: String,
}

/// `filename*` of RFC 6266/5987: UTF-8, percent-encoded outside the attribute characters.
fn encoded_name(name: &str) -> String {
    let mut out = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The bytes of a document with headers that keep them inert: their own type, no sniffing, a
/// sandbox, and a download with a safe name (images, shown in a page, inline).
pub async fn content_response(state: &AppState, d: &Document) -> AppResult<Response> {
    let bytes = state.store.document_content(d).await?;
    // The plain name for old clients: letters, digits, dot, hyphen, underscore; the full name in `filename*`.
    let ascii: String =
        d.file_name.chars().map(|c| if c.is_ascii_alphanumeric() || "._-".contains(c) { c } else { '-' }).collect();
    let disposition = if d.kind.is_image() { "inline" } else { "attachment" };
    Ok((
        [
            (header::CONTENT_TYPE, d.kind.media_type().to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("{disposition}; filename=\"{ascii}\"; filename*=UTF-8''{}", encoded_name(&d.file_name)),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox".to_string()),
            (header::CACHE_CONTROL, "private, no-cache".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /programmas/{id}/documenten/{doc_id}/{name}`: the file, for whoever may read its record.
pub async fn download(
    State(state): State<AppState>,
    access: ProgrammeAccess<Anyone>,
    Path(path): Path<NamedPath>,
) -> AppResult<Response> {
    let d = state.store.document(path.id, path.doc_id).await?;
    let (_, rights) = rights(&state, &access, d.owner, d.owner_id).await?;
    if !rights.read {
        return Err(refuse(&access));
    }
    if path.name != d.file_name {
        return Ok(Redirect::to(&d.href()).into_response());
    }
    content_response(&state, &d).await
}

/// A document the requester may remove, with the record it belongs to.
async fn changeable(
    state: &AppState,
    access: &ProgrammeAccess<Anyone>,
    path: &DocumentPath,
) -> AppResult<(Document, OwnerInfo)> {
    let d = state.store.document(path.id, path.doc_id).await?;
    let (info, rights) = rights(state, access, d.owner, d.owner_id).await?;
    if !rights.change {
        return Err(refuse(access));
    }
    Ok((d, info))
}

/// `GET /programmas/{id}/documenten/{doc_id}/verwijderen`: ask before removing.
pub async fn delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Anyone>,
    Path(path): Path<DocumentPath>,
) -> AppResult<Response> {
    let (d, info) = changeable(&state, &access, &path).await?;
    let action = format!("/programmas/{}/documenten/{}/verwijderen", path.id, d.id);
    let cancel = owner_href(path.id, d.owner, d.owner_id, &info);
    ConfirmTemplate::delete(ctx, "document", &d.title, action, cancel).render()
}

pub async fn delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Anyone>,
    Path(path): Path<DocumentPath>,
) -> AppResult<Response> {
    let (d, info) = changeable(&state, &access, &path).await?;
    state.store.delete_document(&access.actor(), path.id, d.id).await?;
    let back = owner_href(path.id, d.owner, d.owner_id, &info);
    Ok(Redirect::to(&with_notice(&back, "verwijderd")).into_response())
}
