//! The outbox: messages written in the same transaction as the change that causes them, and
//! handed to the mail server one at a time by any instance's worker.

use super::{Store, StoreResult};
use crate::domain::clock;
use crate::domain::mail::{MAX_ATTEMPTS, MailStatus, OutgoingMail, retry_delay};
use time::Duration;

/// A message taken from the outbox to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedMail {
    pub id: i64,
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attempts: i64,
}

/// A line of the outbox for the site administration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: String,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// Queue a message on an open connection or transaction (the change's own).
pub(super) async fn enqueue(conn: &mut sqlx::AnyConnection, mail: &OutgoingMail) -> StoreResult<i64> {
    let now = clock::now_db();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (kind, to_address, subject, text_body, html_body, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(&mail.kind)
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.text)
    .bind(&mail.html)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}

impl Store {
    /// Queue a message that no other change goes with (a test message).
    pub async fn queue_mail(&self, mail: &OutgoingMail) -> StoreResult<i64> {
        let mut conn = self.pool.acquire().await?;
        enqueue(&mut conn, mail).await
    }

    /// Take the next message that is due, marking it `bezig` (committed before it is sent). Safe
    /// with several workers: each message is taken by one. Messages left `bezig` past their lease
    /// (the sender stopped) become `onbekend` first.
    pub async fn claim_next_mail(&self, lease: Duration) -> StoreResult<Option<QueuedMail>> {
        let now = clock::now_db();
        sqlx::query(
            "UPDATE outbox SET status = 'onbekend', last_error = $1 WHERE status = 'bezig' AND claimed_until < $2",
        )
        .bind("de verzender stopte tijdens het versturen")
        .bind(&now)
        .execute(&self.pool)
        .await?;
        loop {
            let next: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM outbox WHERE status = 'wachtend' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT 1",
            )
            .bind(&now)
            .fetch_optional(&self.pool)
            .await?;
            let Some(id) = next else { return Ok(None) };
            // Only one worker wins the row; the others look for the next.
            let won = sqlx::query(
                "UPDATE outbox SET status = 'bezig', claimed_until = $1, attempts = attempts + 1 \
                 WHERE id = $2 AND status = 'wachtend'",
            )
            .bind(clock::db_in(lease))
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
                == 1;
            if !won {
                continue;
            }
            let row: (i64, String, String, String, String, String, i64) = sqlx::query_as(
                "SELECT id, kind, to_address, subject, text_body, html_body, attempts FROM outbox WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
            let (id, kind, to, subject, text, html, attempts) = row;
            return Ok(Some(QueuedMail { id, kind, to, subject, text, html, attempts }));
        }
    }

    /// The mail server accepted the message.
    pub async fn mail_sent(&self, id: i64) -> StoreResult<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'verzonden', sent_at = $1, claimed_until = NULL, last_error = '' WHERE id = $2",
        )
        .bind(clock::now_db())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The mail server could not be reached or refused the message. A temporary failure waits
    /// and is tried again (until `MAX_ATTEMPTS`); a permanent one is given up.
    pub async fn mail_failed(
        &self,
        mail: &QueuedMail,
        error: &str,
        permanent: bool,
        first_retry: Duration,
    ) -> StoreResult<()> {
        let give_up = permanent || mail.attempts >= MAX_ATTEMPTS;
        let status = if give_up { MailStatus::Failed } else { MailStatus::Waiting };
        let error: String = error.chars().take(500).collect();
        sqlx::query(
            "UPDATE outbox SET status = $1, last_error = $2, next_attempt_at = $3, claimed_until = NULL WHERE id = $4",
        )
        .bind(status.key())
        .bind(error)
        .bind(clock::db_in(retry_delay(mail.attempts, first_retry)))
        .bind(mail.id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Send a message again that stopped as `onbekend` or `mislukt` (a site administrator's choice).
    pub async fn retry_mail(&self, id: i64) -> StoreResult<bool> {
        let n = sqlx::query(
            "UPDATE outbox SET status = 'wachtend', next_attempt_at = $1, attempts = 0 \
             WHERE id = $2 AND status IN ('onbekend', 'mislukt')",
        )
        .bind(clock::now_db())
        .bind(id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// The outbox, newest first.
    pub async fn outbox(&self, page: i64, per_page: i64) -> StoreResult<super::Paged<OutboxRow>> {
        type Row = (i64, String, String, String, String, i64, String, String, Option<String>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, kind, to_address, subject, status, attempts, last_error, created_at, sent_at FROM outbox \
             ORDER BY id DESC LIMIT $1 OFFSET $2",
        )
        .bind(per_page)
        .bind(super::Paged::<()>::offset(page, per_page))
        .fetch_all(&self.pool)
        .await?;
        let total = sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&self.pool).await?;
        let items = rows
            .into_iter()
            .map(|(id, kind, to, subject, status, attempts, last_error, created_at, sent_at)| OutboxRow {
                id,
                kind,
                to,
                subject,
                status: MailStatus::from_key(&status).unwrap_or(MailStatus::Unknown),
                attempts,
                last_error,
                created_at,
                sent_at,
            })
            .collect();
        Ok(super::Paged { items, total, page: page.max(1), per_page })
    }
}
