//! Failed-login bookkeeping for rate limiting, shared by all instances through the database.

use super::{Store, StoreResult, flag};
use crate::domain::clock;
use time::Duration;

impl Store {
    pub async fn record_login_attempt(&self, email: &str, ip: &str, success: bool) -> StoreResult<()> {
        sqlx::query("INSERT INTO login_attempts (email, ip, at, success) VALUES ($1, $2, $3, $4)")
            .bind(email)
            .bind(ip)
            .bind(clock::now_db())
            .bind(flag(success))
            .execute(&self.pool)
            .await?;
        if success {
            // A successful login clears the account's failures, so a typo later does not lock it.
            sqlx::query("DELETE FROM login_attempts WHERE email = $1 AND success = 0")
                .bind(email)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Failed attempts within `window` for this e-mail address and for this client address.
    pub async fn recent_login_failures(&self, email: &str, ip: &str, window: Duration) -> StoreResult<(i64, i64)> {
        let since = clock::db_ago(window);
        let by_email =
            sqlx::query_scalar("SELECT COUNT(*) FROM login_attempts WHERE email = $1 AND success = 0 AND at > $2")
                .bind(email)
                .bind(&since)
                .fetch_one(&self.pool)
                .await?;
        let by_ip = sqlx::query_scalar("SELECT COUNT(*) FROM login_attempts WHERE ip = $1 AND success = 0 AND at > $2")
            .bind(ip)
            .bind(&since)
            .fetch_one(&self.pool)
            .await?;
        Ok((by_email, by_ip))
    }
}
