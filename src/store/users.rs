//! Accounts.

use super::{Paged, Store, StoreError, StoreResult, flag};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::mail::{OutgoingMail, TokenPurpose};
use crate::domain::user::{Email, NewUser, User, UserFlags};
use serde_json::json;

row! {
    pub(super) struct UserRow {
        id: i64,
        email: String,
        display_name: String,
        is_admin: i64,
        is_data_steward: i64,
        locale: Option<String>,
        created_at: String,
        disabled_at: Option<String>,
    }
}

impl From<UserRow> for User {
    fn from(r: UserRow) -> Self {
        User {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            is_admin: r.is_admin != 0,
            is_data_steward: r.is_data_steward != 0,
            locale: r.locale,
            created_at: r.created_at,
            disabled: r.disabled_at.is_some(),
        }
    }
}

pub(super) const USER_COLUMNS: &str =
    "id, email, display_name, is_admin, is_data_steward, locale, created_at, disabled_at";

/// A new account (`password_hash` "!" for one that cannot sign in with a password yet).
async fn insert_user(conn: &mut sqlx::AnyConnection, new: &NewUser, password_hash: &str) -> StoreResult<User> {
    let row: UserRow = sqlx::query_as(&format!(
        "INSERT INTO users (email, display_name, password_hash, is_admin, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING {USER_COLUMNS}"
    ))
    .bind(new.email.as_str())
    .bind(&new.display_name)
    .bind(password_hash)
    .bind(flag(new.is_admin))
    .bind(clock::now_db())
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| StoreError::conflict_as(e, "email"))?;
    Ok(User::from(row))
}

fn snapshot(u: &User) -> serde_json::Value {
    // Never the password hash: audit records are readable by administrators.
    json!({
        "email": u.email,
        "display_name": u.display_name,
        "is_admin": u.is_admin,
        "is_data_steward": u.is_data_steward,
        "disabled": u.disabled
    })
}

impl Store {
    /// Create an account with an already hashed password.
    pub async fn create_user(&self, actor: &Actor, new: &NewUser, password_hash: &str) -> StoreResult<User> {
        let mut tx = self.change().await?;
        let user = insert_user(&mut tx, new, password_hash).await?;
        tx.commit(actor, Change::new("create", "user", user.id).after(snapshot(&user))).await?;
        Ok(user)
    }

    /// Create an account without a password and queue its invitation, whose link (`secret`) lets
    /// the person choose one: all or nothing.
    pub async fn invite_user(
        &self,
        actor: &Actor,
        new: &NewUser,
        secret: &str,
        mail: &OutgoingMail,
    ) -> StoreResult<User> {
        let mut tx = self.change().await?;
        let user = insert_user(&mut tx, new, "!").await?;
        super::account_tokens::insert_token(&mut tx, user.id, TokenPurpose::Invitation, secret).await?;
        super::outbox::enqueue(&mut tx, mail).await?;
        let after = snapshot(&user);
        tx.commit(actor, Change::new("invite", "user", user.id).after(after)).await?;
        Ok(user)
    }

    pub async fn user(&self, id: i64) -> StoreResult<User> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(Into::into).ok_or(StoreError::NotFound)
    }

    /// The account and its password hash, for logging in.
    pub async fn user_with_hash(&self, email: &Email) -> StoreResult<Option<(User, String)>> {
        use sqlx::{FromRow, Row};
        let row = sqlx::query(&format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE email = $1"))
            .bind(email.as_str())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some((UserRow::from_row(&row)?.into(), row.try_get("password_hash")?)))
    }

    pub async fn user_by_email(&self, email: &Email) -> StoreResult<User> {
        Ok(self.user_with_hash(email).await?.ok_or(StoreError::NotFound)?.0)
    }

    /// Accounts ordered by e-mail address.
    pub async fn users(&self, page: i64, per_page: i64) -> StoreResult<Paged<User>> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users ORDER BY email LIMIT $1 OFFSET $2"))
                .bind(per_page)
                .bind(Paged::<()>::offset(page, per_page))
                .fetch_all(&self.pool)
                .await?;
        let total = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&self.pool).await?;
        Ok(Paged { items: rows.into_iter().map(Into::into).collect(), total, page: page.max(1), per_page })
    }

    pub async fn count_admins(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE is_admin = 1 AND disabled_at IS NULL")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Replace a password and end every session of the account except `keep_session` (the one that
    /// changed it), so that a stolen session dies with the old password.
    pub async fn set_password(
        &self,
        actor: &Actor,
        user_id: i64,
        password_hash: &str,
        keep_session: Option<&str>,
    ) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let n = sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(clock::now_db())
            .bind(user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        match keep_session {
            Some(keep) => {
                sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
                    .bind(user_id)
                    .bind(crate::domain::password::digest(keep))
                    .execute(&mut *tx)
                    .await?
            }
            None => sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?,
        };
        tx.commit(actor, Change::new("password", "user", user_id)).await?;
        Ok(())
    }

    /// Change the site roles or block/unblock an account (audited). Blocking ends its sessions.
    pub async fn update_user_flags(&self, actor: &Actor, user_id: i64, flags: UserFlags) -> StoreResult<User> {
        let UserFlags { is_admin, is_data_steward, disabled } = flags;
        let before = self.user(user_id).await?;
        let mut tx = self.change().await?;
        let now = clock::now_db();
        sqlx::query(
            "UPDATE users SET is_admin = $1, disabled_at = CASE WHEN $2 = 1 THEN COALESCE(disabled_at, $3) ELSE NULL END, \
             updated_at = $3, is_data_steward = $5 WHERE id = $4",
        )
        .bind(flag(is_admin))
        .bind(flag(disabled))
        .bind(&now)
        .bind(user_id)
        .bind(flag(is_data_steward))
        .execute(&mut *tx)
        .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
            sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
                .bind(&now)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        let row: UserRow = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?;
        let after = User::from(row);
        tx.commit(actor, Change::new("update", "user", user_id).before(snapshot(&before)).after(snapshot(&after)))
            .await?;
        Ok(after)
    }

    /// Remember the language an account chose (not audited: a preference, not data).
    pub async fn set_user_locale(&self, user_id: i64, locale: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
            .bind(locale)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
