//! Failed-login bookkeeping for rate limiting, shared by all instances through the database.

use super::{Store, StoreResult, flag};
use crate::domain::clock;
use crate::domain::throttle::Failures;
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
            // A successful login clears the failures of this account from this address, so a
            // typo later costs nothing; failures from elsewhere (a stranger's guesses) stay.
            sqlx::query("DELETE FROM login_attempts WHERE email = $1 AND ip = $2 AND success = 0")
                .bind(email)
                .bind(ip)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Failed attempts within `window` for this account from this client address, and for this
    /// client address whatever account it tried; each with the moment of the last.
    pub async fn recent_login_failures(
        &self,
        email: &str,
        ip: &str,
        window: Duration,
    ) -> StoreResult<(Failures, Failures)> {
        let since = clock::db_ago(window);
        let pair: (i64, Option<String>) = sqlx::query_as(
            "SELECT COUNT(*), MAX(at) FROM login_attempts WHERE email = $1 AND ip = $2 AND success = 0 AND at > $3",
        )
        .bind(email)
        .bind(ip)
        .bind(&since)
        .fetch_one(&self.pool)
        .await?;
        let address: (i64, Option<String>) =
            sqlx::query_as("SELECT COUNT(*), MAX(at) FROM login_attempts WHERE ip = $1 AND success = 0 AND at > $2")
                .bind(ip)
                .bind(&since)
                .fetch_one(&self.pool)
                .await?;
        let failures =
            |(count, last): (i64, Option<String>)| Failures { count, last: last.as_deref().and_then(clock::from_db) };
        Ok((failures(pair), failures(address)))
    }
}
