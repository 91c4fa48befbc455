//! The second factor's state: the TOTP secret and its last used time step, recovery codes, and the
//! short step between a correct password and a correct code (a login challenge).

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::password::{digest, random_secret};
use time::Duration;

/// An account's second factor as stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SecondFactor {
    /// The base32 secret: being enrolled (not confirmed) or in use (confirmed).
    pub secret: Option<String>,
    /// When it was confirmed with a first code; from then on it is asked at every sign-in.
    pub confirmed_at: Option<String>,
    /// Recovery codes not used yet.
    pub recovery_codes_left: i64,
}

impl SecondFactor {
    pub fn is_on(&self) -> bool {
        self.confirmed_at.is_some() && self.secret.is_some()
    }
}

/// Who passed the password step, and where they were going.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginChallenge {
    pub user_id: i64,
    pub back: String,
}

impl Store {
    pub async fn second_factor(&self, user_id: i64) -> StoreResult<SecondFactor> {
        let row: Option<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT totp_secret, totp_confirmed_at FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        let (secret, confirmed_at) = row.ok_or(StoreError::NotFound)?;
        let left: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
                .bind(user_id)
                .fetch_one(&self.pool)
                .await?;
        Ok(SecondFactor { secret, confirmed_at, recovery_codes_left: left })
    }

    /// Keep a new secret for enrolment. A confirmed second factor is never replaced this way: it is
    /// turned off first (`Conflict`).
    pub async fn begin_second_factor(&self, user_id: i64, secret: &str) -> StoreResult<()> {
        let n = sqlx::query(
            "UPDATE users SET totp_secret = $1, totp_last_step = NULL WHERE id = $2 AND totp_confirmed_at IS NULL",
        )
        .bind(secret)
        .bind(user_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        if n == 0 { Err(StoreError::Conflict("second factor already on")) } else { Ok(()) }
    }

    /// Turn the enrolled secret on, with its first accepted `step` and the digests of new recovery
    /// codes (replacing any old ones); audited. `Stale` when the secret changed meanwhile.
    pub async fn confirm_second_factor(
        &self,
        actor: &Actor,
        user_id: i64,
        secret: &str,
        step: i64,
        recovery_digests: &[String],
    ) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let now = clock::now_db();
        let n = sqlx::query(
            "UPDATE users SET totp_confirmed_at = $1, totp_last_step = $2 \
             WHERE id = $3 AND totp_secret = $4 AND totp_confirmed_at IS NULL",
        )
        .bind(&now)
        .bind(step)
        .bind(user_id)
        .bind(secret)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Stale);
        }
        replace_recovery_codes(&mut tx, user_id, recovery_digests).await?;
        tx.commit(actor, Change::new("second-factor-on", "user", user_id)).await?;
        Ok(())
    }

    /// New recovery codes for an account whose second factor is on; the old ones stop working.
    pub async fn renew_recovery_codes(&self, actor: &Actor, user_id: i64, digests: &[String]) -> StoreResult<()> {
        let mut tx = self.change().await?;
        replace_recovery_codes(&mut tx, user_id, digests).await?;
        tx.commit(actor, Change::new("recovery-codes", "user", user_id)).await?;
        Ok(())
    }

    /// Turn the second factor off (by the account itself or a site administrator); audited.
    pub async fn remove_second_factor(&self, actor: &Actor, user_id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        sqlx::query(
            "UPDATE users SET totp_secret = NULL, totp_confirmed_at = NULL, totp_last_step = NULL WHERE id = $1",
        )
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        tx.commit(actor, Change::new("second-factor-off", "user", user_id)).await?;
        Ok(())
    }

    /// Accept a code's time `step` once: false when this step (or a later one) was used already,
    /// so a code seen over someone's shoulder cannot be replayed — atomic across instances.
    pub async fn use_code_step(&self, user_id: i64, step: i64) -> StoreResult<bool> {
        let n = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_confirmed_at IS NOT NULL \
             AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(user_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Use a recovery code (by its digest): true once, atomically.
    pub async fn use_recovery_code(&self, user_id: i64, code_digest: &str) -> StoreResult<bool> {
        let n = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(clock::now_db())
        .bind(user_id)
        .bind(code_digest)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Remember that `user_id` passed the password step; returns the secret for the cookie.
    pub async fn create_login_challenge(&self, user_id: i64, back: &str, ttl: Duration) -> StoreResult<String> {
        let secret = random_secret(32);
        sqlx::query(
            "INSERT INTO login_challenges (id_hash, user_id, back, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(digest(&secret))
        .bind(user_id)
        .bind(back)
        .bind(clock::now_db())
        .bind(clock::db_in(ttl))
        .execute(&self.pool)
        .await?;
        Ok(secret)
    }

    /// The challenge of a cookie secret, while it lasts and its account is active.
    pub async fn login_challenge(&self, secret: &str) -> StoreResult<Option<LoginChallenge>> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT c.user_id, c.back FROM login_challenges c JOIN users u ON u.id = c.user_id \
             WHERE c.id_hash = $1 AND c.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(digest(secret))
        .bind(clock::now_db())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(user_id, back)| LoginChallenge { user_id, back }))
    }

    /// End a challenge (passed, or given up). True when it still existed: only one request can
    /// turn one challenge into a session.
    pub async fn end_login_challenge(&self, secret: &str) -> StoreResult<bool> {
        let n = sqlx::query("DELETE FROM login_challenges WHERE id_hash = $1")
            .bind(digest(secret))
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n == 1)
    }
}

async fn replace_recovery_codes(conn: &mut sqlx::AnyConnection, user_id: i64, digests: &[String]) -> StoreResult<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    for d in digests {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user_id)
            .bind(d)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
