//! API tokens for scripts. Only a digest is stored; the secret is shown once at creation.

use super::users::{USER_COLUMNS, UserRow};
use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::password::{digest, random_secret};
use crate::domain::user::User;
use serde_json::json;

/// Prefix that makes tokens recognisable in logs and secret scanners.
pub const TOKEN_PREFIX: &str = "ww_";

row! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ApiToken {
        pub id: i64,
        pub name: String,
        pub created_at: String,
        pub last_used_at: Option<String>,
        pub revoked_at: Option<String>,
    }
}

impl Store {
    /// Create a token; returns it with its secret (`ww_…`), which is not stored and cannot be shown again.
    pub async fn create_api_token(&self, actor: &Actor, user_id: i64, name: &str) -> StoreResult<(ApiToken, String)> {
        let secret = format!("{TOKEN_PREFIX}{}", random_secret(32));
        let mut tx = self.change().await?;
        let token: ApiToken = sqlx::query_as(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) \
             RETURNING id, name, created_at, last_used_at, revoked_at",
        )
        .bind(user_id)
        .bind(name)
        .bind(digest(&secret))
        .bind(clock::now_db())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit(actor, Change::new("create", "api_token", token.id).after(json!({"user_id": user_id, "name": name})))
            .await?;
        Ok((token, secret))
    }

    pub async fn api_tokens(&self, user_id: i64) -> StoreResult<Vec<ApiToken>> {
        Ok(sqlx::query_as(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn revoke_api_token(&self, actor: &Actor, user_id: i64, token_id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let n =
            sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
                .bind(clock::now_db())
                .bind(token_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        tx.commit(actor, Change::new("revoke", "api_token", token_id)).await?;
        Ok(())
    }

    /// The active account behind a token secret, if the token is valid and not revoked.
    pub async fn user_for_api_token(&self, secret: &str) -> StoreResult<Option<User>> {
        if !secret.starts_with(TOKEN_PREFIX) {
            return Ok(None);
        }
        let hash = digest(secret);
        let row: Option<UserRow> = sqlx::query_as(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE disabled_at IS NULL AND id = \
             (SELECT user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL)"
        ))
        .bind(&hash)
        .fetch_optional(&self.pool)
        .await?;
        if row.is_some() {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                .bind(clock::now_db())
                .bind(&hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(row.map(Into::into))
    }
}
