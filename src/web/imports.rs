//! Uploading statistics files (for site administrators and beheerders): the same importer as
//! `wijkwijzer import`, all files of one upload in one transaction, and the list of past imports.

use super::form::status_of;
use super::history::PageQuery;
use crate::domain::statistics::Period;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::Importer;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::import::{self, TableHints};
use crate::store::{ImportRow, Paged};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

pub const IMPORTS_PER_PAGE: i64 = 25;

/// What the form asks besides the files; kept when the form comes back with a message.
#[derive(Debug, Clone, Default)]
pub struct ImportForm {
    pub table: String,
    pub period: String,
    pub layout_year: String,
}

#[derive(Template)]
#[template(path = "imports.html")]
struct ImportsTemplate {
    ctx: PageCtx,
    form: ImportForm,
    errors: FieldErrors,
    imports: Paged<ImportRow>,
    max_mb: usize,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    form: ImportForm,
    errors: FieldErrors,
    number: i64,
) -> AppResult<Response> {
    let imports = state.store.imports(number, IMPORTS_PER_PAGE).await?;
    let status = status_of(&errors);
    let t =
        ImportsTemplate { ctx, form, errors, imports, max_mb: crate::http::frame::MAX_UPLOAD_BYTES / (1024 * 1024) };
    Ok((status, render(t)?).into_response())
}

pub async fn form(
    State(state): State<AppState>,
    ctx: PageCtx,
    _who: Importer,
    axum::extract::Query(q): axum::extract::Query<PageQuery>,
) -> AppResult<Response> {
    page(&state, ctx, ImportForm::default(), FieldErrors::new(), q.page()).await
}

/// The last part of a file name as the browser sent it, without control characters.
fn clean_file_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    last.chars().filter(|c| !c.is_control()).take(200).collect::<String>().trim().to_string()
}

fn valid_table(t: &str) -> bool {
    t.len() <= 40 && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    who: Importer,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut form = ImportForm::default();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut errors = FieldErrors::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(AppError::TooLarge),
            Err(_) => {
                errors.add("bestanden", "import-form-unreadable");
                break;
            }
        };
        match field.name().unwrap_or("") {
            "bestanden" => {
                let name = clean_file_name(field.file_name().unwrap_or(""));
                let bytes = field.bytes().await.map_err(|_| AppError::TooLarge)?;
                if !name.is_empty() && !bytes.is_empty() {
                    files.push((name, bytes.to_vec()));
                }
            }
            "tabel" => form.table = field.text().await.unwrap_or_default().trim().to_string(),
            "periode" => form.period = field.text().await.unwrap_or_default().trim().to_string(),
            "indeling" => form.layout_year = field.text().await.unwrap_or_default().trim().to_string(),
            _ => {}
        }
    }
    let mut hints = TableHints::default();
    if !form.table.is_empty() {
        if valid_table(&form.table) {
            hints.table = Some(form.table.clone());
        } else {
            errors.add("tabel", "import-form-table");
        }
    }
    if !form.period.is_empty() {
        match Period::parse_human(&form.period) {
            Some(p) => hints.period = Some(p),
            None => errors.add("periode", "import-form-period"),
        }
    }
    if !form.layout_year.is_empty() {
        match form.layout_year.parse::<i64>() {
            Ok(y) if (1990..=2100).contains(&y) => hints.layout_year = Some(y),
            _ => errors.add("indeling", "import-form-layout-year"),
        }
    }
    if files.is_empty() && errors.get("bestanden").is_none() {
        errors.add("bestanden", "import-form-no-files");
    }
    if !errors.is_empty() {
        return page(&state, ctx, form, errors, 1).await;
    }
    // Reading is CPU work: off the async workers.
    let prepared = tokio::task::spawn_blocking(move || import::prepare(&files, hints, &|_| {}))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let prepared = match prepared {
        Ok(p) => p,
        Err(refusals) => {
            let detail: Vec<String> = refusals.iter().map(|e| ctx.lang.t_args(e.key, &e.args())).collect();
            errors.add_with("bestanden", "import-form-refused", vec![("detail", detail.join(" · "))]);
            return page(&state, ctx, form, errors, 1).await;
        }
    };
    let items = import::Prepared::items(&prepared);
    state.store.import_datasets(&who.actor(), &items, &|_, _| {}).await?;
    let notes: Vec<&str> = prepared.iter().flat_map(|p| p.notes()).map(|(key, _)| key).collect();
    let notice = if notes.contains(&"import-not-catalogued") {
        "geimporteerd-niet-in-catalogus"
    } else if notes.contains(&"import-recognised") {
        "geimporteerd-herkend"
    } else {
        "geimporteerd"
    };
    Ok(Redirect::to(&format!("/beheer/import?melding={notice}")).into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_lose_their_folders_and_control_characters() {
        assert_eq!(super::clean_file_name("C:\\Users\\a\\kwb.csv"), "kwb.csv");
        assert_eq!(super::clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(super::clean_file_name("a\u{0}b\nc.csv"), "abc.csv");
    }
}
