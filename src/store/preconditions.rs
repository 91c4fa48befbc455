//! Step 4, the preconditions health check: rounds, one-time links for residents, responses and
//! their scores. A link's answer never records who gave it; an account answers once per round.

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::password::{digest, random_secret};
use crate::domain::preconditions::{Level, NewRound, Precondition, Response, Round};
use serde_json::json;
use sqlx::AnyConnection;

type RoundRow = (i64, i64, String, String, String, String, i64, i64);

const ROUND_SELECT: &str = "SELECT r.id, r.programme_id, r.name, r.opened_on, r.closes_on, r.closed_on, r.version, \
    (SELECT COUNT(*) FROM assessment_responses x WHERE x.round_id = r.id) FROM assessment_rounds r";

fn to_round((id, programme_id, name, opened_on, closes_on, closed_on, version, responses): RoundRow) -> Round {
    Round { id, programme_id, name, opened_on, closes_on, closed_on, responses, version }
}

async fn load_round(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Round> {
    let row: Option<RoundRow> = sqlx::query_as(&format!("{ROUND_SELECT} WHERE r.id = $1 AND r.programme_id = $2"))
        .bind(id)
        .bind(programme_id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(to_round).ok_or(StoreError::NotFound)
}

/// Store one response with its scores (the caller checked the round is open).
async fn insert_response(
    conn: &mut AnyConnection,
    round_id: i64,
    user_id: Option<i64>,
    link_id: Option<i64>,
    r: &Response,
) -> StoreResult<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO assessment_responses (round_id, level, user_id, link_id, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(round_id)
    .bind(r.level.key())
    .bind(user_id)
    .bind(link_id)
    .bind(clock::now_db())
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| StoreError::conflict_as(e, "response"))?;
    for (p, score, note) in &r.scores {
        sqlx::query("INSERT INTO assessment_scores (response_id, precondition, score, note) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(p.key())
            .bind(*score)
            .bind(note)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// Store an answer (by an account or a link), audit it without its scores, commit.
async fn answer(
    mut tx: super::Write,
    actor: &Actor,
    programme_id: i64,
    round_id: i64,
    (user_id, link_id): (Option<i64>, Option<i64>),
    r: &Response,
) -> StoreResult<()> {
    let id = insert_response(&mut tx, round_id, user_id, link_id, r).await?;
    tx.commit(
        actor,
        Change::new("answer", "round", round_id)
            .in_programme(programme_id)
            .after(json!({ "response": id, "level": r.level.key() })),
    )
    .await?;
    Ok(())
}

impl Store {
    /// The programme's rounds, newest first, with their number of responses.
    pub async fn assessment_rounds(&self, programme_id: i64) -> StoreResult<Vec<Round>> {
        let rows: Vec<RoundRow> =
            sqlx::query_as(&format!("{ROUND_SELECT} WHERE r.programme_id = $1 ORDER BY r.opened_on DESC, r.id DESC"))
                .bind(programme_id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(to_round).collect())
    }

    pub async fn assessment_round(&self, programme_id: i64, id: i64) -> StoreResult<Round> {
        let mut conn = self.pool.acquire().await?;
        load_round(&mut conn, programme_id, id).await
    }

    pub async fn create_round(&self, actor: &Actor, programme_id: i64, new: &NewRound) -> StoreResult<Round> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO assessment_rounds (programme_id, name, opened_on, closed_on, version, created_at, updated_at, closes_on) \
             VALUES ($1, $2, $3, '', 1, $4, $4, $5) RETURNING id",
        )
        .bind(programme_id)
        .bind(&new.name)
        .bind(&new.opened_on)
        .bind(&now)
        .bind(&new.closes_on)
        .fetch_one(&mut *tx)
        .await?;
        // Every member hears that their view is asked (once per round).
        let (programme,): (String,) =
            sqlx::query_as("SELECT name FROM programmes WHERE id = $1").bind(programme_id).fetch_one(&mut *tx).await?;
        super::notifications::notify(
            &mut tx,
            super::notifications::MEMBERS,
            programme_id,
            crate::domain::notification::Kind::RoundOpened,
            &format!("peiling-open:{id}"),
            &json!({ "programme": programme, "name": new.name, "date": new.closes_on }),
            &format!("/programmas/{programme_id}/randvoorwaarden/peilingen/{id}/invullen"),
            None,
        )
        .await?;
        tx.audit(
            actor,
            Change::new("create", "round", id)
                .in_programme(programme_id)
                .after(json!({ "name": new.name, "opened_on": new.opened_on, "closes_on": new.closes_on })),
        )
        .await?;
        let round = load_round(&mut tx, programme_id, id).await?;
        tx.commit_audited().await?;
        Ok(round)
    }

    /// Close an open round on `closed_on` (no more answers), if still at `version`.
    pub async fn close_round(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        closed_on: &str,
    ) -> StoreResult<Round> {
        let mut tx = self.change().await?;
        tx.claim("assessment_rounds", programme_id, id, version).await?;
        sqlx::query("UPDATE assessment_rounds SET closed_on = $1 WHERE id = $2")
            .bind(closed_on)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.audit(
            actor,
            Change::new("close", "round", id).in_programme(programme_id).after(json!({ "closed_on": closed_on })),
        )
        .await?;
        let round = load_round(&mut tx, programme_id, id).await?;
        tx.commit_audited().await?;
        Ok(round)
    }

    /// Every response of the programme's rounds, as (round id, response).
    pub async fn assessment_responses(&self, programme_id: i64) -> StoreResult<Vec<(i64, Response)>> {
        let rows: Vec<(i64, i64, String, String, Option<i64>, String)> = sqlx::query_as(
            "SELECT x.round_id, x.id, x.level, s.precondition, s.score, s.note FROM assessment_responses x \
             JOIN assessment_rounds r ON r.id = x.round_id JOIN assessment_scores s ON s.response_id = x.id \
             WHERE r.programme_id = $1 ORDER BY x.id",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        let mut out: Vec<(i64, i64, Response)> = Vec::new();
        for (round_id, response_id, level, precondition, score, note) in rows {
            let Some(p) = Precondition::from_key(&precondition) else { continue };
            if out.last().is_none_or(|(_, id, _)| *id != response_id) {
                let level = Level::from_key(&level).unwrap_or(Level::Board);
                out.push((round_id, response_id, Response { level, scores: Vec::new() }));
            }
            if let Some((_, _, r)) = out.last_mut() {
                r.scores.push((p, score, note));
            }
        }
        Ok(out.into_iter().map(|(round, _, r)| (round, r)).collect())
    }

    /// Has this account answered the round?
    pub async fn has_answered(&self, round_id: i64, user_id: i64) -> StoreResult<bool> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM assessment_responses WHERE round_id = $1 AND user_id = $2")
                .bind(round_id)
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(found.is_some())
    }

    /// An account's answer to an open round. `Conflict("response")` when it answered already,
    /// `Conflict("closed")` when the round is closed.
    pub async fn submit_response(
        &self,
        actor: &Actor,
        programme_id: i64,
        round_id: i64,
        user_id: i64,
        r: &Response,
    ) -> StoreResult<()> {
        let mut tx = self.change().await?;
        if !load_round(&mut tx, programme_id, round_id).await?.is_open() {
            return Err(StoreError::Conflict("closed"));
        }
        answer(tx, actor, programme_id, round_id, (Some(user_id), None), r).await
    }

    /// `count` one-time links for residents, labelled (e.g. the evening they are handed out);
    /// returns the secrets, which are not stored and cannot be shown again.
    pub async fn create_assessment_links(
        &self,
        actor: &Actor,
        programme_id: i64,
        round_id: i64,
        label: &str,
        count: usize,
    ) -> StoreResult<Vec<String>> {
        let mut tx = self.change().await?;
        if !load_round(&mut tx, programme_id, round_id).await?.is_open() {
            return Err(StoreError::Conflict("closed"));
        }
        let now = clock::now_db();
        let mut secrets = Vec::with_capacity(count);
        for _ in 0..count {
            let secret = random_secret(24);
            sqlx::query(
                "INSERT INTO assessment_links (round_id, token_hash, label, created_at, used_at) VALUES ($1, $2, $3, $4, NULL)",
            )
            .bind(round_id)
            .bind(digest(&secret))
            .bind(label)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            secrets.push(secret);
        }
        tx.commit(
            actor,
            Change::new("links", "round", round_id)
                .in_programme(programme_id)
                .after(json!({ "label": label, "count": count })),
        )
        .await?;
        Ok(secrets)
    }

    /// Links of a round by label: (label, created, used).
    pub async fn assessment_links(&self, round_id: i64) -> StoreResult<Vec<(String, i64, i64)>> {
        Ok(sqlx::query_as(
            "SELECT label, COUNT(*), COUNT(used_at) FROM assessment_links WHERE round_id = $1 GROUP BY label ORDER BY label",
        )
        .bind(round_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The round a resident's link belongs to, and whether the link was used. `NotFound` for an
    /// unknown link.
    pub async fn round_of_link(&self, secret: &str) -> StoreResult<(Round, bool)> {
        let found: Option<(i64, i64, Option<String>)> = sqlx::query_as(
            "SELECT r.programme_id, r.id, l.used_at FROM assessment_links l JOIN assessment_rounds r ON r.id = l.round_id \
             WHERE l.token_hash = $1",
        )
        .bind(digest(secret))
        .fetch_optional(&self.pool)
        .await?;
        let (programme_id, round_id, used) = found.ok_or(StoreError::NotFound)?;
        Ok((self.assessment_round(programme_id, round_id).await?, used.is_some()))
    }

    /// A resident's answer through a link: the link is used up in the same transaction.
    /// `Conflict("used")` for a used link, `Conflict("closed")` for a closed round.
    pub async fn submit_by_link(&self, secret: &str, r: &Response) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let found: Option<(i64, i64, i64)> = sqlx::query_as(
            "SELECT l.id, r.id, r.programme_id FROM assessment_links l JOIN assessment_rounds r ON r.id = l.round_id \
             WHERE l.token_hash = $1",
        )
        .bind(digest(secret))
        .fetch_optional(&mut *tx)
        .await?;
        let (link_id, round_id, programme_id) = found.ok_or(StoreError::NotFound)?;
        if !load_round(&mut tx, programme_id, round_id).await?.is_open() {
            return Err(StoreError::Conflict("closed"));
        }
        let done = sqlx::query("UPDATE assessment_links SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(clock::now_db())
            .bind(link_id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict("used"));
        }
        answer(tx, &Actor::system("bewonerslink"), programme_id, round_id, (None, Some(link_id)), r).await
    }
}
