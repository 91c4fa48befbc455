//! Published reports: snapshots rendered once when a beheerder publishes them and served as
//! stored, so later edits never change a published year. Unpublishing deletes the snapshot.

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;

/// A published report without its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedReport {
    pub kind: String,
    pub year: i64,
    pub title: String,
    pub published_by: String,
    pub published_at: String,
    pub has_pdf: bool,
}

impl Store {
    /// Publish a snapshot: the HTML body and the PDF. A year already published is refused
    /// (`StoreError::Conflict`): unpublish it first, so a published year never changes silently.
    #[allow(clippy::too_many_arguments)]
    pub async fn publish_report(
        &self,
        actor: &Actor,
        programme_id: i64,
        kind: &str,
        year: i64,
        title: &str,
        html: &str,
        pdf: &[u8],
    ) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM published_reports WHERE programme_id = $1 AND kind = $2 AND year = $3")
                .bind(programme_id)
                .bind(kind)
                .bind(year)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict("report"));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO published_reports (programme_id, kind, year, title, html, pdf, published_by, published_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(programme_id)
        .bind(kind)
        .bind(year)
        .bind(title)
        .bind(html)
        .bind(STANDARD.encode(pdf))
        .bind(&actor.label)
        .bind(clock::now_db())
        .fetch_one(&mut *tx)
        .await?;
        let change = Change::new("publish", "report", id)
            .in_programme(programme_id)
            .after(json!({ "kind": kind, "year": year, "title": title, "pdf_bytes": pdf.len() }));
        tx.commit(actor, change).await?;
        Ok(())
    }

    /// The programme's published reports, newest year first.
    pub async fn published_reports(&self, programme_id: i64) -> StoreResult<Vec<PublishedReport>> {
        let rows: Vec<(String, i64, String, String, String, i64)> = sqlx::query_as(
            "SELECT kind, year, title, published_by, published_at, CAST(LENGTH(pdf) AS BIGINT) FROM published_reports \
             WHERE programme_id = $1 ORDER BY year DESC, kind",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(kind, year, title, published_by, published_at, pdf)| PublishedReport {
                kind,
                year,
                title,
                published_by,
                published_at,
                has_pdf: pdf > 0,
            })
            .collect())
    }

    /// The stored HTML body of a published report.
    pub async fn published_html(&self, programme_id: i64, kind: &str, year: i64) -> StoreResult<Option<String>> {
        Ok(sqlx::query_scalar("SELECT html FROM published_reports WHERE programme_id = $1 AND kind = $2 AND year = $3")
            .bind(programme_id)
            .bind(kind)
            .bind(year)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// The stored PDF of a published report.
    pub async fn published_pdf(&self, programme_id: i64, kind: &str, year: i64) -> StoreResult<Option<Vec<u8>>> {
        let text: Option<String> =
            sqlx::query_scalar("SELECT pdf FROM published_reports WHERE programme_id = $1 AND kind = $2 AND year = $3")
                .bind(programme_id)
                .bind(kind)
                .bind(year)
                .fetch_optional(&self.pool)
                .await?;
        match text {
            None => Ok(None),
            Some(t) if t.is_empty() => Ok(None),
            Some(t) => {
                STANDARD.decode(t).map(Some).map_err(|e| StoreError::Unavailable(format!("stored PDF is damaged: {e}")))
            }
        }
    }

    /// Take a published report off the public page.
    pub async fn unpublish_report(&self, actor: &Actor, programme_id: i64, kind: &str, year: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT id, title FROM published_reports WHERE programme_id = $1 AND kind = $2 AND year = $3",
        )
        .bind(programme_id)
        .bind(kind)
        .bind(year)
        .fetch_optional(&mut *tx)
        .await?;
        let (id, title) = row.ok_or(StoreError::NotFound)?;
        sqlx::query("DELETE FROM published_reports WHERE id = $1").bind(id).execute(&mut *tx).await?;
        let change = Change::new("unpublish", "report", id)
            .in_programme(programme_id)
            .before(json!({ "kind": kind, "year": year, "title": title }));
        tx.commit(actor, change).await?;
        Ok(())
    }
}
