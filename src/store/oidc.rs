//! Signing in through an identity provider: the sign-ins on their way (state, nonce, PKCE
//! verifier), and the identities tied to accounts, with the roles the provider decides.

use super::users::{USER_COLUMNS, UserRow};
use super::{Store, StoreResult, flag};
use crate::domain::access::Role;
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::oidc::{Identity, Outcome, Provider, RoleSync, outcome};
use crate::domain::password::{digest, random_secret};
use crate::domain::user::User;
use serde_json::json;
use time::Duration;

/// What a sign-in sent along to the provider, kept until it comes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcLogin {
    pub provider: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    /// Where to go after signing in (checked by `safe_return_path` before it is stored).
    pub back: String,
}

/// How a verified identity ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OidcSignIn {
    /// Signed in as this account (created or linked just now, or known).
    Account(User),
    /// No account: why not (`NoAccount`, `AddressTaken`, `NoAddress`).
    Refused(Outcome),
}

impl Store {
    /// Keep a sign-in on its way to the provider; returns the secret for the browser's cookie.
    pub async fn create_oidc_login(&self, login: &OidcLogin, ttl: Duration) -> StoreResult<String> {
        let secret = random_secret(32);
        sqlx::query(
            "INSERT INTO oidc_logins (id_hash, provider, csrf_state, nonce, pkce_verifier, back, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(digest(&secret))
        .bind(&login.provider)
        .bind(&login.state)
        .bind(&login.nonce)
        .bind(&login.pkce_verifier)
        .bind(&login.back)
        .bind(clock::now_db())
        .bind(clock::db_in(ttl))
        .execute(&self.pool)
        .await?;
        Ok(secret)
    }

    /// Take the sign-in of a cookie secret: once (it is deleted), while it lasts.
    pub async fn take_oidc_login(&self, secret: &str) -> StoreResult<Option<OidcLogin>> {
        let row: Option<(String, String, String, String, String, String)> = sqlx::query_as(
            "DELETE FROM oidc_logins WHERE id_hash = $1 \
             RETURNING provider, csrf_state, nonce, pkce_verifier, back, expires_at",
        )
        .bind(digest(secret))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.filter(|r| r.5 > clock::now_db()).map(|(provider, state, nonce, pkce_verifier, back, _)| OidcLogin {
            provider,
            state,
            nonce,
            pkce_verifier,
            back,
        }))
    }

    /// Whether an account signs in through a provider (and so not with a password): the issuer of
    /// its first identity.
    pub async fn oidc_issuer_of(&self, user_id: i64) -> StoreResult<Option<String>> {
        Ok(sqlx::query_scalar("SELECT issuer FROM oidc_identities WHERE user_id = $1 ORDER BY created_at LIMIT 1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Whom a verified identity becomes, in one audited transaction: the account tied to it, or
    /// (first sign-in, as the provider allows) a new account or the one with the same address,
    /// then tied to it; its name refreshed and the provider's roles applied. A blocked account is
    /// returned as it is (the caller refuses it).
    pub async fn sign_in_oidc(&self, provider: &Provider, identity: &Identity) -> StoreResult<OidcSignIn> {
        let mut tx = self.change().await?;
        let now = clock::now_db();
        let actor = Actor::system(&format!("oidc:{}", provider.key));
        let linked: Option<i64> =
            sqlx::query_scalar("SELECT user_id FROM oidc_identities WHERE issuer = $1 AND subject = $2")
                .bind(&identity.issuer)
                .bind(&identity.subject)
                .fetch_optional(&mut *tx)
                .await?;
        let by_address: Option<i64> = match (&linked, &identity.email) {
            (None, Some(email)) => {
                sqlx::query_scalar("SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(&mut *tx).await?
            }
            _ => None,
        };
        let user_id = match outcome(provider, identity, linked, by_address) {
            Outcome::Known(id) => {
                sqlx::query("UPDATE oidc_identities SET last_login_at = $1 WHERE issuer = $2 AND subject = $3")
                    .bind(&now)
                    .bind(&identity.issuer)
                    .bind(&identity.subject)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            Outcome::Link(id) => {
                insert_identity(&mut tx, provider, identity, id, &now).await?;
                // The provider vouches for the person from now on: the old password stops working.
                sqlx::query("UPDATE users SET password_hash = '!', updated_at = $1 WHERE id = $2")
                    .bind(&now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                tx.audit(&actor, Change::new("oidc-link", "user", id).after(json!({"provider": provider.key}))).await?;
                id
            }
            Outcome::Create => {
                let email = identity.email.clone().unwrap_or_default();
                let name = identity.name.clone().unwrap_or_default();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO users (email, display_name, password_hash, is_admin, created_at, updated_at) \
                     VALUES ($1, $2, '!', 0, $3, $3) RETURNING id",
                )
                .bind(&email)
                .bind(&name)
                .bind(&now)
                .fetch_one(&mut *tx)
                .await?;
                insert_identity(&mut tx, provider, identity, id, &now).await?;
                let change = Change::new("create", "user", id).after(json!({
                    "email": email, "display_name": name, "provider": provider.key
                }));
                tx.audit(&actor, change).await?;
                id
            }
            refused => {
                tx.commit_audited().await?;
                return Ok(OidcSignIn::Refused(refused));
            }
        };
        if let Some(name) = identity.name.as_deref().filter(|n| !n.is_empty()) {
            sqlx::query("UPDATE users SET display_name = $1 WHERE id = $2 AND display_name <> $1")
                .bind(name)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(sync) = provider.roles_for(&identity.groups) {
            apply_roles(&mut tx, &actor, user_id, &sync).await?;
        }
        let row: UserRow = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit_audited().await?;
        Ok(OidcSignIn::Account(User::from(row)))
    }
}

async fn insert_identity(
    conn: &mut sqlx::AnyConnection,
    provider: &Provider,
    identity: &Identity,
    user_id: i64,
    now: &str,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO oidc_identities (issuer, subject, user_id, provider, created_at, last_login_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(&identity.issuer)
    .bind(&identity.subject)
    .bind(user_id)
    .bind(&provider.key)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Set the roles the provider decides, each change audited; programmes that do not exist (or are
/// deleted) are passed over with a warning.
async fn apply_roles(tx: &mut super::Write, actor: &Actor, user_id: i64, sync: &RoleSync) -> StoreResult<()> {
    let (is_admin, is_steward): (i64, i64) =
        sqlx::query_as("SELECT is_admin, is_data_steward FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    let admin = sync.site_admin.unwrap_or(is_admin != 0);
    let steward = sync.data_steward.unwrap_or(is_steward != 0);
    if (admin, steward) != (is_admin != 0, is_steward != 0) {
        sqlx::query("UPDATE users SET is_admin = $1, is_data_steward = $2 WHERE id = $3")
            .bind(flag(admin))
            .bind(flag(steward))
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
        let change = Change::new("update", "user", user_id)
            .before(json!({"is_admin": is_admin != 0, "is_data_steward": is_steward != 0}))
            .after(json!({"is_admin": admin, "is_data_steward": steward}));
        tx.audit(actor, change).await?;
    }
    for (&programme_id, &role) in &sync.programmes {
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM programmes WHERE id = $1 AND deleted_at IS NULL")
            .bind(programme_id)
            .fetch_optional(&mut **tx)
            .await?;
        if exists.is_none() {
            tracing::warn!(programme_id, "oidc roles name a programme that does not exist; passed over");
            continue;
        }
        let before: Option<String> =
            sqlx::query_scalar("SELECT role FROM memberships WHERE programme_id = $1 AND user_id = $2")
                .bind(programme_id)
                .bind(user_id)
                .fetch_optional(&mut **tx)
                .await?;
        let before = before.as_deref().and_then(Role::from_key);
        if before == role {
            continue;
        }
        let id = format!("{programme_id}/{user_id}");
        let state = |r: Option<Role>| r.map(|r| json!({"user_id": user_id, "role": r.key()}));
        match role {
            Some(role) => super::memberships::write_membership(tx, programme_id, user_id, role).await?,
            None => {
                sqlx::query("DELETE FROM memberships WHERE programme_id = $1 AND user_id = $2")
                    .bind(programme_id)
                    .bind(user_id)
                    .execute(&mut **tx)
                    .await?;
            }
        }
        let change = Change {
            action: match (before, role) {
                (None, _) => "create",
                (_, None) => "delete",
                _ => "update",
            },
            entity: "membership",
            entity_id: id,
            programme_id: Some(programme_id),
            before: state(before),
            after: state(role),
        };
        tx.audit(actor, change).await?;
    }
    Ok(())
}
