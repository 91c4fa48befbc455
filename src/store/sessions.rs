//! Login sessions, kept in the database so that any number of stateless instances share them.
//!
//! The cookie holds a random secret; the table holds only its SHA-256, so a copy of the database
//! hands out no working sessions.

use super::users::{USER_COLUMNS, UserRow};
use super::{Store, StoreResult};
use crate::domain::clock;
use crate::domain::password::{digest, random_secret};
use crate::domain::user::User;
use time::Duration;

/// A live session: its owner and the token that forms must echo (CSRF).
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub user: User,
    pub csrf_token: String,
    pub expires_at: String,
}

impl Store {
    /// Start a session; returns the secret for the cookie.
    pub async fn create_session(&self, user_id: i64, ttl: Duration) -> StoreResult<String> {
        let secret = random_secret(32);
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(digest(&secret))
        .bind(user_id)
        .bind(random_secret(32))
        .bind(clock::now_db())
        .bind(clock::db_in(ttl))
        .execute(&self.pool)
        .await?;
        Ok(secret)
    }

    /// The session for a cookie secret, if it exists, has not expired and its account is active.
    /// A session past half its lifetime is extended (sliding expiry), so active users stay in.
    pub async fn session(&self, secret: &str, ttl: Duration) -> StoreResult<Option<SessionInfo>> {
        row! {
            struct Row {
                csrf_token: String,
                expires_at: String,
                user_id: i64,
            }
        }
        let hash = digest(secret);
        let now = clock::now_db();
        let row: Option<Row> = sqlx::query_as(
            "SELECT csrf_token, expires_at, user_id FROM sessions WHERE id_hash = $1 AND expires_at > $2",
        )
        .bind(&hash)
        .bind(&now)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user_row = sqlx::query_as::<_, UserRow>(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id = $1 AND disabled_at IS NULL"
        ))
        .bind(row.user_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(user) = user_row else {
            return Ok(None);
        };
        let mut expires_at = row.expires_at;
        if expires_at < clock::db_in(ttl / 2) {
            expires_at = clock::db_in(ttl);
            sqlx::query("UPDATE sessions SET expires_at = $1 WHERE id_hash = $2")
                .bind(&expires_at)
                .bind(&hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(SessionInfo { user: user.into(), csrf_token: row.csrf_token, expires_at }))
    }

    pub async fn delete_session(&self, secret: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(digest(secret)).execute(&self.pool).await?;
        Ok(())
    }

    /// Remove expired sessions and old login attempts; safe to run on every instance at once.
    pub async fn delete_expired(&self) -> StoreResult<u64> {
        let now = clock::now_db();
        let n = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(&now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM login_challenges WHERE expires_at <= $1").bind(&now).execute(&self.pool).await?;
        sqlx::query("DELETE FROM oidc_logins WHERE expires_at <= $1").bind(&now).execute(&self.pool).await?;
        sqlx::query("DELETE FROM login_attempts WHERE at < $1")
            .bind(clock::db_ago(Duration::days(1)))
            .execute(&self.pool)
            .await?;
        Ok(n)
    }
}
