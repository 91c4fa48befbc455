//! Step 3, the residents' agenda: items brought in by residents, the gemeente's tegenbod, and
//! publication. Every change raises the item's version and leaves an audit record.

use super::{Store, StoreError, StoreResult, flag};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::residents::{AgendaItem, Answer, NewAnswer, NewItem};
use serde_json::{Value, json};
use sqlx::AnyConnection;

row! {
    struct ItemRow {
        id: i64,
        programme_id: i64,
        title: String,
        body: String,
        submitted_by: String,
        submitted_on: String,
        answer: String,
        answer_text: String,
        answered_on: String,
        published: i64,
        version: i64,
        created_at: String,
        updated_at: String,
    }
}

const COLUMNS: &str = "id, programme_id, title, body, submitted_by, submitted_on, answer, answer_text, answered_on, \
    published, version, created_at, updated_at";

impl From<ItemRow> for AgendaItem {
    fn from(r: ItemRow) -> AgendaItem {
        AgendaItem {
            id: r.id,
            programme_id: r.programme_id,
            title: r.title,
            text: r.body,
            submitted_by: r.submitted_by,
            submitted_on: r.submitted_on,
            answer: Answer::from_key(&r.answer),
            answer_text: r.answer_text,
            answered_on: r.answered_on,
            published: r.published != 0,
            version: r.version,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

fn snapshot(i: &AgendaItem) -> Value {
    json!({
        "title": i.title,
        "text": i.text,
        "submitted_by": i.submitted_by,
        "submitted_on": i.submitted_on,
        "answer": i.answer.map(|a| a.key()),
        "answer_text": i.answer_text,
        "answered_on": i.answered_on,
        "published": i.published,
    })
}

async fn load(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<AgendaItem> {
    let row: ItemRow =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM agenda_items WHERE id = $1 AND programme_id = $2"))
            .bind(id)
            .bind(programme_id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
    Ok(row.into())
}

impl Store {
    /// The residents' agenda, newest first; `published_only` for readers outside the programme.
    pub async fn agenda_items(&self, programme_id: i64, published_only: bool) -> StoreResult<Vec<AgendaItem>> {
        let rows: Vec<ItemRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM agenda_items WHERE programme_id = $1 AND ($2 = 0 OR published = 1) \
             ORDER BY submitted_on DESC, id DESC"
        ))
        .bind(programme_id)
        .bind(flag(published_only))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(AgendaItem::from).collect())
    }

    pub async fn agenda_item(&self, programme_id: i64, id: i64) -> StoreResult<AgendaItem> {
        let mut conn = self.pool.acquire().await?;
        load(&mut conn, programme_id, id).await
    }

    pub async fn create_agenda_item(&self, actor: &Actor, programme_id: i64, n: &NewItem) -> StoreResult<AgendaItem> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO agenda_items (programme_id, title, body, submitted_by, submitted_on, answer, answer_text, \
             answered_on, published, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, '', '', '', 0, 1, $6, $6) RETURNING id",
        )
        .bind(programme_id)
        .bind(&n.title)
        .bind(&n.text)
        .bind(&n.submitted_by)
        .bind(&n.submitted_on)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        let item = load(&mut tx, programme_id, id).await?;
        tx.commit(actor, Change::new("create", "agenda_item", id).in_programme(programme_id).after(snapshot(&item)))
            .await?;
        Ok(item)
    }

    /// Record (or change) the tegenbod, or publish/unpublish, if the item is still at `version`.
    pub async fn update_agenda_item(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        change: ItemChange<'_>,
    ) -> StoreResult<AgendaItem> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        tx.claim("agenda_items", programme_id, id, version).await?;
        let action = match change {
            ItemChange::Answer(a) => {
                sqlx::query("UPDATE agenda_items SET answer = $1, answer_text = $2, answered_on = $3 WHERE id = $4")
                    .bind(a.answer.key())
                    .bind(&a.text)
                    .bind(&a.answered_on)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                "answer"
            }
            ItemChange::Publish(p) => {
                sqlx::query("UPDATE agenda_items SET published = $1 WHERE id = $2")
                    .bind(flag(p))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if p { "publish" } else { "unpublish" }
            }
        };
        let after = load(&mut tx, programme_id, id).await?;
        tx.commit(
            actor,
            Change::new(action, "agenda_item", id)
                .in_programme(programme_id)
                .before(snapshot(&before))
                .after(snapshot(&after)),
        )
        .await?;
        Ok(after)
    }

    pub async fn delete_agenda_item(&self, actor: &Actor, programme_id: i64, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        sqlx::query("DELETE FROM agenda_items WHERE id = $1").bind(id).execute(&mut *tx).await?;
        tx.commit(actor, Change::new("delete", "agenda_item", id).in_programme(programme_id).before(snapshot(&before)))
            .await?;
        Ok(())
    }
}

/// What changes about an agenda item.
pub enum ItemChange<'a> {
    Answer(&'a NewAnswer),
    Publish(bool),
}

impl Store {
    /// The programme's code for residents, if it made one.
    pub async fn residents_code(&self, programme_id: i64) -> StoreResult<Option<String>> {
        Ok(sqlx::query_scalar("SELECT code FROM residents_codes WHERE programme_id = $1")
            .bind(programme_id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// The programme's code for residents: the one it has, or a new one.
    pub async fn make_residents_code(&self, actor: &Actor, programme_id: i64) -> StoreResult<String> {
        let mut tx = self.change().await?;
        let known: Option<String> = sqlx::query_scalar("SELECT code FROM residents_codes WHERE programme_id = $1")
            .bind(programme_id)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(code) = known {
            return Ok(code);
        }
        let code = crate::domain::wijkbudget::new_code(2);
        sqlx::query("INSERT INTO residents_codes (programme_id, code, created_at) VALUES ($1, $2, $3)")
            .bind(programme_id)
            .bind(&code)
            .bind(clock::now_db())
            .execute(&mut *tx)
            .await?;
        tx.commit(actor, Change::new("residents_code", "programme", programme_id).in_programme(programme_id)).await?;
        Ok(code)
    }

    /// The programme a residents' code belongs to; `NotFound` for a code that is not one.
    pub async fn programme_of_residents_code(&self, code: &str) -> StoreResult<i64> {
        let found: Option<i64> = sqlx::query_scalar("SELECT programme_id FROM residents_codes WHERE code = $1")
            .bind(code)
            .fetch_optional(&self.pool)
            .await?;
        found.ok_or(StoreError::NotFound)
    }
}
