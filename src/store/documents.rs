//! Documents attached to a programme's records (issue 17 item 3). The content lives in the
//! database (PostgreSQL: every instance sees it) or, for the embedded SQLite database, on disk in a
//! folder beside the database file, named by its SHA-256 (`documenten/ab/abcdef…`): a file is
//! written before its row and removed after the last row naming it is gone. A row's `content` is
//! read first, so both places can hold documents at once (a backup carries the disk files inside
//! the copy; a restore puts them back on disk).

use super::{Store, StoreError, StoreResult, domain_now};
use crate::domain::audit::{Actor, Change};
use crate::domain::document::{CheckedFile, Document, FileKind, OwnerKind};
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use std::path::{Path, PathBuf};

/// Where new documents' content is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentPlace {
    /// In this folder, under their SHA-256.
    Disk(PathBuf),
    /// In the `content` column.
    Database,
}

type Row = (i64, i64, String, i64, String, String, String, i64, String, Option<String>, String);

const SELECT: &str = "SELECT d.id, d.programme_id, d.owner_kind, d.owner_id, d.title, d.file_name, d.media_type, \
     d.size_bytes, d.sha256, COALESCE(NULLIF(u.display_name, ''), u.email), d.uploaded_at FROM documents d LEFT JOIN users u ON u.id = d.uploaded_by";

fn document(r: Row) -> Document {
    let (id, programme_id, owner, owner_id, title, file_name, media, size_bytes, sha256, by, uploaded_at) = r;
    Document {
        id,
        programme_id,
        owner: OwnerKind::from_key(&owner).unwrap_or(OwnerKind::Programme),
        owner_id,
        title,
        file_name,
        kind: FileKind::from_media_type(&media).unwrap_or(FileKind::Pdf),
        size_bytes,
        sha256,
        uploaded_by: by.unwrap_or_default(),
        uploaded_at,
    }
}

fn snapshot(d: &Document) -> serde_json::Value {
    json!({
        "title": d.title,
        "file": d.file_name,
        "type": d.kind.media_type(),
        "bytes": d.size_bytes,
        "sha256": d.sha256,
        "belongs_to": format!("{} {}", d.owner.key(), d.owner_id),
    })
}

/// The file of a digest inside `dir`: two levels, so no folder gets too many files.
pub fn file_of(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(sha256.get(..2).unwrap_or("00")).join(sha256)
}

/// What a document belongs to, as far as pages and rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerInfo {
    /// What people call the record ("Stuurgroep, 2026-03-12", "B-2026-03 …", a measure's title).
    pub label: String,
    /// The record the owner's page hangs under: the body (meeting, decision), the goal (value),
    /// the wijkbudget (proposal); 0 otherwise.
    pub parent_id: i64,
    /// The record's own condition for being read by the public (a value approved, a proposal
    /// assessed); the page that shows it must be published as well.
    pub public: bool,
}

/// The record a document belongs to, read on `conn`: `None` when it is not the programme's.
async fn owner_of(
    conn: &mut AnyConnection,
    programme_id: i64,
    kind: OwnerKind,
    id: i64,
) -> StoreResult<Option<OwnerInfo>> {
    let sql = match kind {
        OwnerKind::Programme => {
            "SELECT name, CAST(0 AS BIGINT), CAST(1 AS BIGINT) FROM programmes WHERE id = $1 AND id = $2"
        }
        OwnerKind::Meeting => {
            "SELECT b.name || ', ' || m.held_on, b.id, CAST(1 AS BIGINT) FROM meetings m JOIN bodies b ON b.id = m.body_id \
             WHERE m.id = $1 AND b.programme_id = $2"
        }
        OwnerKind::Decision => {
            "SELECT d.number || ' ' || d.text, b.id, CAST(1 AS BIGINT) FROM decisions d JOIN bodies b ON b.id = d.body_id \
             WHERE d.id = $1 AND b.programme_id = $2"
        }
        OwnerKind::Measure => {
            "SELECT title, CAST(0 AS BIGINT), CAST(1 AS BIGINT) FROM measures WHERE id = $1 AND programme_id = $2"
        }
        OwnerKind::Measurement => {
            "SELECT g.title || ', ' || CAST(m.year AS TEXT), g.id, \
             CAST(CASE WHEN m.review = 'goedgekeurd' THEN 1 ELSE 0 END AS BIGINT) \
             FROM measurements m JOIN goals g ON g.id = m.goal_id WHERE m.id = $1 AND g.programme_id = $2"
        }
        OwnerKind::Proposal => {
            "SELECT p.title, w.id, CAST(CASE WHEN p.verdict <> '' THEN 1 ELSE 0 END AS BIGINT) FROM budget_proposals p \
             JOIN wijkbudgets w ON w.id = p.wijkbudget_id WHERE p.id = $1 AND w.programme_id = $2"
        }
    };
    let row: Option<(String, i64, i64)> = sqlx::query_as(sql).bind(id).bind(programme_id).fetch_optional(conn).await?;
    Ok(row.map(|(label, parent_id, public)| OwnerInfo { label, parent_id, public: public == 1 }))
}

/// Delete the documents of one record inside a change (the record itself is being deleted); the
/// digests whose files may now be unused are returned for `Store::forget_files` after the commit.
pub(super) async fn delete_owned(
    conn: &mut AnyConnection,
    programme_id: i64,
    kind: OwnerKind,
    id: i64,
) -> StoreResult<Vec<String>> {
    let shas: Vec<String> = sqlx::query_scalar(
        "SELECT sha256 FROM documents WHERE programme_id = $1 AND owner_kind = $2 AND owner_id = $3",
    )
    .bind(programme_id)
    .bind(kind.key())
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM documents WHERE programme_id = $1 AND owner_kind = $2 AND owner_id = $3")
        .bind(programme_id)
        .bind(kind.key())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(shas)
}

pub fn sha256_of(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

impl Store {
    /// Keep new documents in the database even on SQLite (`documents_in_database = true`).
    pub fn keep_documents_in_database(mut self) -> Store {
        self.documents = DocumentPlace::Database;
        self
    }

    pub fn document_place(&self) -> &DocumentPlace {
        &self.documents
    }

    /// Every document of a programme, newest first within each record.
    pub async fn documents(&self, programme_id: i64) -> StoreResult<Vec<Document>> {
        let rows: Vec<Row> =
            sqlx::query_as(&format!("{SELECT} WHERE d.programme_id = $1 ORDER BY d.owner_kind, d.owner_id, d.id DESC"))
                .bind(programme_id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(document).collect())
    }

    /// The documents of one record.
    pub async fn documents_of(&self, programme_id: i64, kind: OwnerKind, owner_id: i64) -> StoreResult<Vec<Document>> {
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "{SELECT} WHERE d.programme_id = $1 AND d.owner_kind = $2 AND d.owner_id = $3 ORDER BY d.id DESC"
        ))
        .bind(programme_id)
        .bind(kind.key())
        .bind(owner_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(document).collect())
    }

    pub async fn document(&self, programme_id: i64, id: i64) -> StoreResult<Document> {
        let row: Row = sqlx::query_as(&format!("{SELECT} WHERE d.programme_id = $1 AND d.id = $2"))
            .bind(programme_id)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(document(row))
    }

    /// The record a document belongs to; `NotFound` when it is not the programme's.
    pub async fn document_owner(&self, programme_id: i64, kind: OwnerKind, id: i64) -> StoreResult<OwnerInfo> {
        let mut conn = self.pool.acquire().await?;
        owner_of(&mut conn, programme_id, kind, id).await?.ok_or(StoreError::NotFound)
    }

    /// The content of a document: from the database, or from its file on disk.
    pub async fn document_content(&self, d: &Document) -> StoreResult<Vec<u8>> {
        let content: Option<Vec<u8>> = sqlx::query_scalar("SELECT content FROM documents WHERE id = $1")
            .bind(d.id)
            .fetch_optional(&self.pool)
            .await?
            .flatten();
        if let Some(bytes) = content {
            return Ok(bytes);
        }
        let DocumentPlace::Disk(dir) = &self.documents else {
            return Err(StoreError::Unavailable(format!("document {}: no content in the database", d.id)));
        };
        let path = file_of(dir, &d.sha256);
        tokio::fs::read(&path)
            .await
            .map_err(|e| StoreError::Unavailable(format!("document {}: {}: {e}", d.id, path.display())))
    }

    /// Attach a checked file to a record of the programme. `NotFound` when the record is not the
    /// programme's. The file is on disk (when kept there) before its row is committed.
    pub async fn add_document(
        &self,
        actor: &Actor,
        programme_id: i64,
        owner: (OwnerKind, i64),
        file: &CheckedFile,
        bytes: &[u8],
    ) -> StoreResult<Document> {
        let mut tx = self.change().await?;
        let d = insert(&mut tx, &self.documents, programme_id, owner, (file, bytes), actor.user_id).await?;
        tx.commit(actor, audit_of(&d)).await?;
        Ok(d)
    }

    /// Remove a document; its file goes when no other document has the same content.
    pub async fn delete_document(&self, actor: &Actor, programme_id: i64, id: i64) -> StoreResult<Document> {
        let d = self.document(programme_id, id).await?;
        let mut tx = self.change().await?;
        let gone = sqlx::query("DELETE FROM documents WHERE id = $1 AND programme_id = $2")
            .bind(id)
            .bind(programme_id)
            .execute(&mut *tx)
            .await?;
        if gone.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        tx.commit(actor, Change::new("delete", "document", id).in_programme(programme_id).before(snapshot(&d))).await?;
        self.forget_files(std::slice::from_ref(&d.sha256)).await?;
        Ok(d)
    }

    /// Remove the disk files of these digests that no document names any more.
    pub(super) async fn forget_files(&self, shas: &[String]) -> StoreResult<()> {
        let DocumentPlace::Disk(dir) = &self.documents else { return Ok(()) };
        for sha in shas {
            let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM documents WHERE sha256 = $1")
                .bind(sha)
                .fetch_one(&self.pool)
                .await?;
            if left == 0 {
                let _ = tokio::fs::remove_file(file_of(dir, sha)).await;
            }
        }
        Ok(())
    }

    /// For a backup copy of an SQLite database at `copy`: put the content of every document that
    /// is on disk into the copy's rows, so the one file holds everything.
    pub(super) async fn carry_documents_into(&self, copy: &mut AnyConnection) -> StoreResult<i64> {
        let DocumentPlace::Disk(dir) = &self.documents else { return Ok(0) };
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, sha256 FROM documents WHERE content IS NULL ORDER BY id")
                .fetch_all(&mut *copy)
                .await?;
        for (id, sha) in &rows {
            let bytes = tokio::fs::read(file_of(dir, sha))
                .await
                .map_err(|e| StoreError::Unavailable(format!("document {id}: {e}")))?;
            sqlx::query("UPDATE documents SET content = $1 WHERE id = $2")
                .bind(bytes)
                .bind(id)
                .execute(&mut *copy)
                .await?;
        }
        Ok(rows.len() as i64)
    }

    /// After a restore: write the content a backup carried to disk (when documents are kept
    /// there) and empty those rows. Returns how many files were written.
    pub async fn unpack_documents(&self) -> StoreResult<i64> {
        let DocumentPlace::Disk(dir) = &self.documents else { return Ok(0) };
        let rows: Vec<(i64, String, Vec<u8>)> =
            sqlx::query_as("SELECT id, sha256, content FROM documents WHERE content IS NOT NULL ORDER BY id")
                .fetch_all(&self.pool)
                .await?;
        for (id, sha, bytes) in &rows {
            if sha256_of(bytes) != *sha {
                return Err(StoreError::Unavailable(format!("document {id}: content does not match its digest")));
            }
            write_file(dir, sha, bytes).await?;
            sqlx::query("UPDATE documents SET content = NULL WHERE id = $1").bind(id).execute(&self.pool).await?;
        }
        Ok(rows.len() as i64)
    }
}

/// Attach a checked file to a record inside a change (its audit record is the caller's, see
/// `audit_of`): `NotFound` when the record is not the programme's. A file kept on disk is written
/// first; an unused one left by a rolled-back change is harmless (named by its content).
pub(super) async fn insert(
    conn: &mut AnyConnection,
    place: &DocumentPlace,
    programme_id: i64,
    (kind, owner_id): (OwnerKind, i64),
    (file, bytes): (&CheckedFile, &[u8]),
    uploaded_by: Option<i64>,
) -> StoreResult<Document> {
    if owner_of(conn, programme_id, kind, owner_id).await?.is_none() {
        return Err(StoreError::NotFound);
    }
    let sha = sha256_of(bytes);
    let in_database = match place {
        DocumentPlace::Database => true,
        DocumentPlace::Disk(dir) => {
            write_file(dir, &sha, bytes).await?;
            false
        }
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO documents (programme_id, owner_kind, owner_id, title, file_name, media_type, size_bytes, \
         sha256, content, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(programme_id)
    .bind(kind.key())
    .bind(owner_id)
    .bind(&file.title)
    .bind(&file.file_name)
    .bind(file.kind.media_type())
    .bind(bytes.len() as i64)
    .bind(&sha)
    .bind(in_database.then(|| bytes.to_vec()))
    .bind(uploaded_by)
    .bind(domain_now())
    .fetch_one(&mut *conn)
    .await?;
    let row: Row = sqlx::query_as(&format!("{SELECT} WHERE d.id = $1")).bind(id).fetch_one(&mut *conn).await?;
    Ok(document(row))
}

/// The audit record of a new document.
pub(super) fn audit_of(d: &Document) -> Change {
    Change::new("create", "document", d.id).in_programme(d.programme_id).after(snapshot(d))
}

/// Write a file under its digest, through a temporary name (never a half-written file).
async fn write_file(dir: &Path, sha: &str, bytes: &[u8]) -> StoreResult<()> {
    let path = file_of(dir, sha);
    if tokio::fs::try_exists(&path).await.unwrap_or(false) {
        return Ok(());
    }
    let unavailable = |e: std::io::Error| StoreError::Unavailable(format!("{}: {e}", path.display()));
    let parent = path.parent().unwrap_or(dir);
    tokio::fs::create_dir_all(parent).await.map_err(unavailable)?;
    let tmp = parent.join(format!(".{sha}.{}", std::process::id()));
    tokio::fs::write(&tmp, bytes).await.map_err(unavailable)?;
    tokio::fs::rename(&tmp, &path).await.map_err(unavailable)?;
    Ok(())
}
