//! The site's look (one row): read on every page (without the logo), saved by an administrator.

use super::{Store, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::look::SiteLook;
use serde_json::json;

/// What happens to the logo on a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoChange {
    Keep,
    Remove,
    /// New bytes and their media type (checked by `look::logo_type`).
    Replace(Vec<u8>, &'static str),
}

fn snapshot(l: &SiteLook) -> serde_json::Value {
    json!({ "name": l.name, "colours": l.colours_text(), "logo": l.logo_type })
}

impl Store {
    /// The look; WijkWijzer's own when nothing was saved.
    pub async fn site_look(&self) -> StoreResult<SiteLook> {
        let row: Option<(String, String, String, i64)> =
            sqlx::query_as("SELECT name, colours, logo_type, version FROM site_look WHERE id = 1")
                .fetch_optional(&self.pool)
                .await?;
        Ok(row
            .map(|(name, colours, logo_type, version)| SiteLook {
                name,
                colours: SiteLook::colours_from_text(&colours),
                logo_type,
                version,
            })
            .unwrap_or_default())
    }

    /// The logo and its media type.
    pub async fn site_logo(&self) -> StoreResult<Option<(Vec<u8>, String)>> {
        let row: Option<(Option<Vec<u8>>, String)> =
            sqlx::query_as("SELECT logo, logo_type FROM site_look WHERE id = 1").fetch_optional(&self.pool).await?;
        Ok(row.and_then(|(bytes, t)| Some((bytes?, t))).filter(|(_, t)| !t.is_empty()))
    }

    /// Save name and colours (already validated) and change the logo; the version goes up, so
    /// browsers fetch the new stylesheet, and the change is in the history.
    pub async fn save_site_look(
        &self,
        actor: &Actor,
        name: &str,
        colours: &[(String, String)],
        logo: LogoChange,
    ) -> StoreResult<SiteLook> {
        let before = self.site_look().await?;
        let mut tx = self.change().await?;
        sqlx::query("INSERT INTO site_look (id) VALUES (1) ON CONFLICT (id) DO NOTHING").execute(&mut *tx).await?;
        let text = SiteLook { colours: colours.to_vec(), ..SiteLook::default() }.colours_text();
        sqlx::query("UPDATE site_look SET name = $1, colours = $2, version = version + 1 WHERE id = 1")
            .bind(name)
            .bind(&text)
            .execute(&mut *tx)
            .await?;
        match &logo {
            LogoChange::Keep => {}
            LogoChange::Remove => {
                sqlx::query("UPDATE site_look SET logo = NULL, logo_type = '' WHERE id = 1").execute(&mut *tx).await?;
            }
            LogoChange::Replace(bytes, media) => {
                sqlx::query("UPDATE site_look SET logo = $1, logo_type = $2 WHERE id = 1")
                    .bind(bytes)
                    .bind(*media)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let (name, colours_text, logo_type, version): (String, String, String, i64) =
            sqlx::query_as("SELECT name, colours, logo_type, version FROM site_look WHERE id = 1")
                .fetch_one(&mut *tx)
                .await?;
        let after = SiteLook { name, colours: SiteLook::colours_from_text(&colours_text), logo_type, version };
        tx.commit(actor, Change::new("update", "site_look", 1).before(snapshot(&before)).after(snapshot(&after)))
            .await?;
        Ok(after)
    }
}
