//! The coalition of a programme: parties, their periods of taking part, contact persons and the
//! accounts that act for them. Every change raises the party's version (optimistic concurrency)
//! and leaves an audit record.

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::coalition::{Contact, Move, NewParty, Party, PartyKind, Period};
use serde_json::{Value, json};
use sqlx::AnyConnection;

row! {
    struct PartyRow {
        id: i64,
        programme_id: i64,
        name: String,
        kind: String,
        description: String,
        version: i64,
        created_at: String,
        updated_at: String,
    }
}

const PARTY_COLUMNS: &str = "id, programme_id, name, kind, description, version, created_at, updated_at";

fn snapshot(p: &Party) -> Value {
    json!({
        "name": p.name,
        "kind": p.kind.key(),
        "description": p.description,
        "periods": p.periods.iter().map(|x| match &x.left_on {
            Some(l) => format!("{} – {} ({})", x.joined_on, l, x.left_reason),
            None => format!("{} –", x.joined_on),
        }).collect::<Vec<_>>(),
        "contacts": p.contacts.iter().map(|c| format!("{} ({})", c.name, c.role)).collect::<Vec<_>>(),
        "accounts": p.accounts.iter().map(|(_, e)| e.clone()).collect::<Vec<_>>(),
    })
}

async fn complete(conn: &mut AnyConnection, row: PartyRow) -> StoreResult<Party> {
    let periods: Vec<(i64, String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT id, joined_on, joined_note, left_on, left_reason FROM party_periods WHERE party_id = $1 \
         ORDER BY joined_on, id",
    )
    .bind(row.id)
    .fetch_all(&mut *conn)
    .await?;
    let contacts: Vec<(i64, String, String, String)> =
        sqlx::query_as("SELECT id, name, role, email FROM party_contacts WHERE party_id = $1 ORDER BY name, id")
            .bind(row.id)
            .fetch_all(&mut *conn)
            .await?;
    let accounts: Vec<(i64, String)> = sqlx::query_as(
        "SELECT u.id, u.email FROM party_accounts a JOIN users u ON u.id = a.user_id WHERE a.party_id = $1 ORDER BY u.email",
    )
    .bind(row.id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Party {
        id: row.id,
        programme_id: row.programme_id,
        name: row.name,
        kind: PartyKind::from_key(&row.kind).unwrap_or(PartyKind::Other),
        description: row.description,
        periods: periods
            .into_iter()
            .map(|(id, joined_on, joined_note, left_on, left_reason)| Period {
                id,
                joined_on,
                joined_note,
                left_on,
                left_reason,
            })
            .collect(),
        contacts: contacts.into_iter().map(|(id, name, role, email)| Contact { id, name, role, email }).collect(),
        accounts,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

async fn load(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Party> {
    let row: PartyRow =
        sqlx::query_as(&format!("SELECT {PARTY_COLUMNS} FROM parties WHERE id = $1 AND programme_id = $2"))
            .bind(id)
            .bind(programme_id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
    complete(conn, row).await
}

/// After a change in `tx` (claimed or touched, so its version is raised): write the audit record
/// with before and after, commit.
async fn finish(mut tx: super::Write, actor: &Actor, action: &'static str, before: &Party) -> StoreResult<Party> {
    let after = load(&mut tx, before.programme_id, before.id).await?;
    tx.commit(
        actor,
        Change::new(action, "party", before.id)
            .in_programme(before.programme_id)
            .before(snapshot(before))
            .after(snapshot(&after)),
    )
    .await?;
    Ok(after)
}

impl Store {
    /// Every party of the programme, past and present, by name.
    pub async fn parties(&self, programme_id: i64) -> StoreResult<Vec<Party>> {
        let mut conn = self.pool.acquire().await?;
        let rows: Vec<PartyRow> = sqlx::query_as(&format!(
            "SELECT {PARTY_COLUMNS} FROM parties WHERE programme_id = $1 ORDER BY LOWER(name), id"
        ))
        .bind(programme_id)
        .fetch_all(&mut *conn)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            out.push(complete(&mut conn, row).await?);
        }
        Ok(out)
    }

    pub async fn party(&self, programme_id: i64, id: i64) -> StoreResult<Party> {
        let mut conn = self.pool.acquire().await?;
        load(&mut conn, programme_id, id).await
    }

    /// A new party, taking part from `new.joined_on`.
    pub async fn create_party(&self, actor: &Actor, programme_id: i64, new: &NewParty) -> StoreResult<Party> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO parties (programme_id, name, kind, description, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 1, $5, $5) RETURNING id",
        )
        .bind(programme_id)
        .bind(&new.name)
        .bind(new.kind.key())
        .bind(&new.description)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::conflict_as(e, "party"))?;
        sqlx::query(
            "INSERT INTO party_periods (party_id, joined_on, joined_note, left_on, left_reason) VALUES ($1, $2, $3, NULL, '')",
        )
        .bind(id)
        .bind(&new.joined_on)
        .bind(&new.joined_note)
        .execute(&mut *tx)
        .await?;
        let party = load(&mut tx, programme_id, id).await?;
        tx.commit(actor, Change::new("create", "party", id).in_programme(programme_id).after(snapshot(&party))).await?;
        Ok(party)
    }

    /// Change name, kind and description, if the party is still at `version`.
    pub async fn update_party(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        new: &NewParty,
    ) -> StoreResult<Party> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        tx.claim("parties", programme_id, id, version).await?;
        sqlx::query("UPDATE parties SET name = $1, kind = $2, description = $3 WHERE id = $4")
            .bind(&new.name)
            .bind(new.kind.key())
            .bind(&new.description)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| StoreError::conflict_as(e, "party"))?;
        finish(tx, actor, "update", &before).await
    }

    /// The party leaves (when it takes part) or joins again (when it left), if still at `version`.
    pub async fn move_party(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        m: &Move,
    ) -> StoreResult<Party> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        tx.claim("parties", programme_id, id, version).await?;
        let action: &'static str = match before.periods.last() {
            Some(open) if open.left_on.is_none() => {
                sqlx::query("UPDATE party_periods SET left_on = $1, left_reason = $2 WHERE id = $3")
                    .bind(&m.date)
                    .bind(&m.reason)
                    .bind(open.id)
                    .execute(&mut *tx)
                    .await?;
                "leave"
            }
            _ => {
                sqlx::query(
                    "INSERT INTO party_periods (party_id, joined_on, joined_note, left_on, left_reason) \
                     VALUES ($1, $2, $3, NULL, '')",
                )
                .bind(id)
                .bind(&m.date)
                .bind(&m.reason)
                .execute(&mut *tx)
                .await?;
                "join"
            }
        };
        finish(tx, actor, action, &before).await
    }

    pub async fn add_contact(
        &self,
        actor: &Actor,
        programme_id: i64,
        party_id: i64,
        (name, role, email): (&str, &str, &str),
    ) -> StoreResult<Party> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, party_id).await?;
        tx.touch("parties", programme_id, party_id).await?;
        sqlx::query("INSERT INTO party_contacts (party_id, name, role, email) VALUES ($1, $2, $3, $4)")
            .bind(party_id)
            .bind(name)
            .bind(role)
            .bind(email)
            .execute(&mut *tx)
            .await?;
        finish(tx, actor, "contact", &before).await
    }

    pub async fn remove_contact(
        &self,
        actor: &Actor,
        programme_id: i64,
        party_id: i64,
        contact_id: i64,
    ) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, party_id).await?;
        tx.touch("parties", programme_id, party_id).await?;
        let done = sqlx::query("DELETE FROM party_contacts WHERE id = $1 AND party_id = $2")
            .bind(contact_id)
            .bind(party_id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        finish(tx, actor, "contact", &before).await.map(|_| ())
    }

    /// Let a member of the programme act for the party (or stop doing so).
    pub async fn set_party_account(
        &self,
        actor: &Actor,
        programme_id: i64,
        party_id: i64,
        user_id: i64,
        acts: bool,
    ) -> StoreResult<Party> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, party_id).await?;
        tx.touch("parties", programme_id, party_id).await?;
        let member: Option<i64> =
            sqlx::query_scalar("SELECT user_id FROM memberships WHERE programme_id = $1 AND user_id = $2")
                .bind(programme_id)
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await?;
        if member.is_none() {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM party_accounts WHERE party_id = $1 AND user_id = $2")
            .bind(party_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        if acts {
            sqlx::query("INSERT INTO party_accounts (party_id, user_id) VALUES ($1, $2)")
                .bind(party_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        finish(tx, actor, "account", &before).await
    }

    /// The parties an account acts for in a programme.
    pub async fn parties_of(&self, programme_id: i64, user_id: i64) -> StoreResult<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT p.id FROM parties p JOIN party_accounts a ON a.party_id = p.id \
             WHERE p.programme_id = $1 AND a.user_id = $2 ORDER BY p.id",
        )
        .bind(programme_id)
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?)
    }
}
