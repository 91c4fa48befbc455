//! Who has which role in which programme.

use super::{Store, StoreError, StoreResult};
use crate::domain::access::Role;
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use serde_json::json;

/// A member of a programme, as listed on its members page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub since: String,
}

/// Give an account a role in a programme or change it (no audit record: the caller writes it).
pub(super) async fn write_membership(
    conn: &mut sqlx::AnyConnection,
    programme_id: i64,
    user_id: i64,
    role: Role,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO memberships (programme_id, user_id, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (programme_id, user_id) DO UPDATE SET role = excluded.role",
    )
    .bind(programme_id)
    .bind(user_id)
    .bind(role.key())
    .bind(clock::now_db())
    .execute(&mut *conn)
    .await
    .map_err(|e| match &e {
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::NotFound,
        _ => StoreError::Db(e),
    })?;
    Ok(())
}

impl Store {
    /// The account's role in a programme, if any.
    pub async fn role_in(&self, user_id: i64, programme_id: i64) -> StoreResult<Option<Role>> {
        let key: Option<String> =
            sqlx::query_scalar("SELECT role FROM memberships WHERE programme_id = $1 AND user_id = $2")
                .bind(programme_id)
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(key.as_deref().and_then(Role::from_key))
    }

    /// Give an account a role in a programme, or change the role it has.
    pub async fn set_member_role(&self, actor: &Actor, programme_id: i64, user_id: i64, role: Role) -> StoreResult<()> {
        let before = self.role_in(user_id, programme_id).await?;
        if before == Some(role) {
            return Ok(());
        }
        let mut tx = self.change().await?;
        write_membership(&mut tx, programme_id, user_id, role).await?;
        let change = Change {
            action: if before.is_some() { "update" } else { "create" },
            entity: "membership",
            entity_id: format!("{programme_id}/{user_id}"),
            programme_id: Some(programme_id),
            before: before.map(|r| json!({"user_id": user_id, "role": r.key()})),
            after: Some(json!({"user_id": user_id, "role": role.key()})),
        };
        tx.commit(actor, change).await?;
        Ok(())
    }

    pub async fn remove_member(&self, actor: &Actor, programme_id: i64, user_id: i64) -> StoreResult<()> {
        let before = self.role_in(user_id, programme_id).await?.ok_or(StoreError::NotFound)?;
        let mut tx = self.change().await?;
        sqlx::query("DELETE FROM memberships WHERE programme_id = $1 AND user_id = $2")
            .bind(programme_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit(
            actor,
            Change::new("delete", "membership", format!("{programme_id}/{user_id}"))
                .in_programme(programme_id)
                .before(json!({"user_id": user_id, "role": before.key()})),
        )
        .await?;
        Ok(())
    }

    /// Members of a programme, managers first, then by name.
    pub async fn members(&self, programme_id: i64) -> StoreResult<Vec<Member>> {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT u.id, u.email, u.display_name, m.role, m.created_at FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.programme_id = $1 ORDER BY LOWER(u.display_name), u.email",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        let mut members: Vec<Member> = rows
            .into_iter()
            .filter_map(|(user_id, email, display_name, role, since)| {
                Some(Member { user_id, email, display_name, role: Role::from_key(&role)?, since })
            })
            .collect();
        members.sort_by_key(|m| m.role);
        Ok(members)
    }
}
