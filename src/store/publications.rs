//! Publications: immutable snapshots (never updated; a newer one of a kind supersedes the older),
//! and the wijkdeal's signatures.

use super::{Store, StoreError, StoreResult, domain_now};
use crate::domain::audit::{Actor, Change};
use crate::domain::publication::{NewSignature, Publication, PublicationKind, Signature};
use serde_json::json;

type Row = (i64, i64, String, String, String, String, String);

const SELECT: &str = "SELECT id, programme_id, kind, title, sha256, published_by, published_at FROM publications";

/// Rows of one programme, oldest first, each with the newer one of its kind that replaces it.
fn with_successors(rows: Vec<Row>) -> Vec<Publication> {
    let mut out: Vec<Publication> = rows
        .into_iter()
        .filter_map(|(id, programme_id, kind, title, sha256, published_by, published_at)| {
            Some(Publication {
                id,
                programme_id,
                kind: PublicationKind::from_key(&kind)?,
                title,
                sha256,
                published_by,
                published_at,
                superseded_by: None,
            })
        })
        .collect();
    let ids: Vec<(i64, PublicationKind)> = out.iter().map(|p| (p.id, p.kind)).collect();
    for p in &mut out {
        p.superseded_by = ids.iter().filter(|(id, kind)| *kind == p.kind && *id > p.id).map(|(id, _)| *id).min();
    }
    out
}

impl Store {
    /// Keep a snapshot: its HTML and PDF exactly as given, never changed afterwards.
    pub async fn publish(
        &self,
        actor: &Actor,
        programme_id: i64,
        (kind, title): (PublicationKind, &str),
        html: &str,
        pdf: &[u8],
    ) -> StoreResult<Publication> {
        let sha = super::sha256_of(pdf);
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO publications (programme_id, kind, title, html, pdf, sha256, published_by, published_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(programme_id)
        .bind(kind.key())
        .bind(title)
        .bind(html)
        .bind(pdf.to_vec())
        .bind(&sha)
        .bind(&actor.label)
        .bind(domain_now())
        .fetch_one(&mut *tx)
        .await?;
        let change = Change::new("publish", "publication", id)
            .in_programme(programme_id)
            .after(json!({ "kind": kind.key(), "title": title, "sha256": sha }));
        tx.commit(actor, change).await?;
        self.publication(programme_id, id).await
    }

    pub async fn publications(&self, programme_id: i64) -> StoreResult<Vec<Publication>> {
        let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE programme_id = $1 ORDER BY id"))
            .bind(programme_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(with_successors(rows))
    }

    pub async fn publication(&self, programme_id: i64, id: i64) -> StoreResult<Publication> {
        self.publications(programme_id).await?.into_iter().find(|p| p.id == id).ok_or(StoreError::NotFound)
    }

    /// The snapshot's HTML and PDF, as published.
    pub async fn publication_content(&self, programme_id: i64, id: i64) -> StoreResult<(String, Vec<u8>)> {
        sqlx::query_as("SELECT html, pdf FROM publications WHERE programme_id = $1 AND id = $2")
            .bind(programme_id)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn wijkdeal_signatures(&self, programme_id: i64) -> StoreResult<Vec<Signature>> {
        let rows: Vec<(i64, i64, String, String, String, String)> = sqlx::query_as(
            "SELECT s.id, s.party_id, p.name, s.person, s.role, s.signed_on FROM wijkdeal_signatures s \
             JOIN parties p ON p.id = s.party_id WHERE s.programme_id = $1 ORDER BY s.signed_on, s.id",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, party_id, party_name, person, role, signed_on)| Signature {
                id,
                party_id,
                party_name,
                person,
                role,
                signed_on,
            })
            .collect())
    }

    /// Record a signature for a party of this programme (`NotFound` for another programme's).
    pub async fn add_signature(&self, actor: &Actor, programme_id: i64, s: &NewSignature) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO wijkdeal_signatures (programme_id, party_id, person, role, signed_on, created_at) \
             SELECT $1, p.id, $3, $4, $5, $6 FROM parties p WHERE p.id = $2 AND p.programme_id = $1 RETURNING id",
        )
        .bind(programme_id)
        .bind(s.party_id)
        .bind(&s.person)
        .bind(&s.role)
        .bind(&s.signed_on)
        .bind(domain_now())
        .fetch_optional(&mut *tx)
        .await?;
        let id = id.ok_or(StoreError::NotFound)?;
        let change = Change::new("sign", "wijkdeal", id)
            .in_programme(programme_id)
            .after(json!({ "party_id": s.party_id, "person": s.person, "role": s.role, "signed_on": s.signed_on }));
        tx.commit(actor, change).await
    }

    pub async fn remove_signature(&self, actor: &Actor, programme_id: i64, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let gone = sqlx::query("DELETE FROM wijkdeal_signatures WHERE id = $1 AND programme_id = $2")
            .bind(id)
            .bind(programme_id)
            .execute(&mut *tx)
            .await?;
        if gone.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        tx.commit(actor, Change::new("unsign", "wijkdeal", id).in_programme(programme_id)).await
    }
}
