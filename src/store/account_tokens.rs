//! One-time links that set a password: a reset requested by the person, or an invitation. The
//! link carries a random secret; the table keeps its digest, the purpose and an expiry, and a
//! link works once.

use super::users::{USER_COLUMNS, UserRow};
use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::mail::{OutgoingMail, TokenPurpose};
use crate::domain::password::digest;
use crate::domain::user::User;

pub(super) async fn insert_token(
    conn: &mut sqlx::AnyConnection,
    user_id: i64,
    purpose: TokenPurpose,
    secret: &str,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO account_tokens (id_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(digest(secret))
    .bind(user_id)
    .bind(purpose.key())
    .bind(clock::now_db())
    .bind(clock::db_in(purpose.lifetime()))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// Keep a reset link for an account and queue the message that carries it, together.
    pub async fn request_password_reset(&self, user_id: i64, secret: &str, mail: &OutgoingMail) -> StoreResult<()> {
        let mut tx = self.change().await?;
        insert_token(&mut tx, user_id, TokenPurpose::Reset, secret).await?;
        super::outbox::enqueue(&mut tx, mail).await?;
        tx.commit_audited().await
    }

    /// The account a link is for, while it works: not used, not expired, the account not blocked.
    pub async fn account_token(&self, secret: &str) -> StoreResult<Option<(User, TokenPurpose)>> {
        let found: Option<(i64, String)> = sqlx::query_as(
            "SELECT user_id, purpose FROM account_tokens WHERE id_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(digest(secret))
        .bind(clock::now_db())
        .fetch_optional(&self.pool)
        .await?;
        let Some((user_id, purpose)) = found else { return Ok(None) };
        let user: Option<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1 AND disabled_at IS NULL"))
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(user.and_then(|u| TokenPurpose::from_key(&purpose).map(|p| (User::from(u), p))))
    }

    /// Use a link to set the password: once (atomically), while it lasts, for an active account.
    /// Ends the account's sessions and every other open link of it; audited as the person.
    /// `NotFound` when the link does not work (any more).
    pub async fn redeem_account_token(&self, secret: &str, password_hash: &str) -> StoreResult<(User, TokenPurpose)> {
        let mut tx = self.change().await?;
        let now = clock::now_db();
        let found: Option<(i64, String)> = sqlx::query_as(
            "UPDATE account_tokens SET used_at = $1 WHERE id_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING user_id, purpose",
        )
        .bind(&now)
        .bind(digest(secret))
        .fetch_optional(&mut *tx)
        .await?;
        let Some((user_id, purpose)) = found else { return Err(StoreError::NotFound) };
        let purpose = TokenPurpose::from_key(&purpose).ok_or(StoreError::NotFound)?;
        let n =
            sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3 AND disabled_at IS NULL")
                .bind(password_hash)
                .bind(&now)
                .bind(user_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        sqlx::query("UPDATE account_tokens SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
            .bind(&now)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        let row: UserRow = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?;
        let user = User::from(row);
        let action = match purpose {
            TokenPurpose::Reset => "password-reset",
            TokenPurpose::Invitation => "invitation-accepted",
        };
        tx.commit(&Actor::user(user.id, &user.email), Change::new(action, "user", user.id)).await?;
        Ok((user, purpose))
    }
}
