//! Programmes (wijkaanpakken), their areas and their publication switches.

use super::{Store, StoreError, StoreResult, flag};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::programme::{AreaCode, NewProgramme, Page, Programme, ProgrammeArea};
use crate::domain::steps::ProgrammeCounts;
use serde_json::{Value, json};
use sqlx::AnyConnection;

/// Whose view of the programme list: decides which programmes are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// Only programmes whose overview page is published.
    Public,
    /// Published programmes plus those the account is a member of.
    Member(i64),
    /// Everything that is not deleted.
    Admin,
}

row! {
    struct Row {
        id: i64,
        name: String,
        municipality_code: String,
        municipality_name: String,
        start_year: i64,
        horizon_year: i64,
        description: String,
        created_at: String,
        updated_at: String,
    }
}

const COLUMNS: &str = "p.id, p.name, p.municipality_code, p.municipality_name, p.start_year, p.horizon_year, p.description, p.created_at, p.updated_at";

const PUBLISHED_OVERVIEW: &str = "EXISTS (SELECT 1 FROM programme_pages pp WHERE pp.programme_id = p.id \
     AND pp.page = 'overzicht' AND pp.published = 1)";

fn snapshot(p: &Programme) -> Value {
    json!({
        "name": p.name,
        "municipality_code": p.municipality_code,
        "municipality_name": p.municipality_name,
        "start_year": p.start_year,
        "horizon_year": p.horizon_year,
        "description": p.description,
        "areas": p.areas.iter().map(|a| format!("{} {} ({})", a.code.as_str(), a.name, a.layout_year)).collect::<Vec<_>>(),
    })
}

async fn insert_areas(conn: &mut AnyConnection, programme_id: i64, areas: &[ProgrammeArea]) -> StoreResult<()> {
    for (i, a) in areas.iter().enumerate() {
        sqlx::query(
            "INSERT INTO programme_areas (programme_id, code, name, layout_year, position) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(programme_id)
        .bind(a.code.as_str())
        .bind(&a.name)
        .bind(a.layout_year)
        .bind(i as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Programme> {
    let row: Row =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM programmes p WHERE p.id = $1 AND p.deleted_at IS NULL"))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
    let areas: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT code, name, layout_year FROM programme_areas WHERE programme_id = $1 ORDER BY position")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    let pages: Vec<(String,)> =
        sqlx::query_as("SELECT page FROM programme_pages WHERE programme_id = $1 AND published = 1")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    let published = Page::ALL.into_iter().filter(|p| pages.iter().any(|(k,)| k == p.key())).collect();
    let areas = areas
        .into_iter()
        .filter_map(|(code, name, layout_year)| {
            Some(ProgrammeArea { code: AreaCode::parse(&code).ok()?, name, layout_year })
        })
        .collect();
    Ok(Programme {
        id: row.id,
        name: row.name,
        municipality_code: row.municipality_code,
        municipality_name: row.municipality_name,
        start_year: row.start_year,
        horizon_year: row.horizon_year,
        description: row.description,
        areas,
        published,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

impl Store {
    pub async fn create_programme(&self, actor: &Actor, new: &NewProgramme) -> StoreResult<Programme> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO programmes (name, municipality_code, municipality_name, start_year, horizon_year, description, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(&new.name)
        .bind(new.municipality_code.as_str())
        .bind(&new.municipality_name)
        .bind(new.start_year)
        .bind(new.horizon_year)
        .bind(&new.description)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        insert_areas(&mut tx, id, &new.areas).await?;
        for page in Page::ALL {
            sqlx::query("INSERT INTO programme_pages (programme_id, page, published) VALUES ($1, $2, 0)")
                .bind(id)
                .bind(page.key())
                .execute(&mut *tx)
                .await?;
        }
        let programme = load(&mut tx, id).await?;
        tx.commit(actor, Change::new("create", "programme", id).in_programme(id).after(snapshot(&programme))).await?;
        Ok(programme)
    }

    pub async fn update_programme(&self, actor: &Actor, id: i64, new: &NewProgramme) -> StoreResult<Programme> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, id).await?;
        sqlx::query(
            "UPDATE programmes SET name = $1, municipality_code = $2, municipality_name = $3, start_year = $4, \
             horizon_year = $5, description = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(&new.name)
        .bind(new.municipality_code.as_str())
        .bind(&new.municipality_name)
        .bind(new.start_year)
        .bind(new.horizon_year)
        .bind(&new.description)
        .bind(clock::now_db())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM programme_areas WHERE programme_id = $1").bind(id).execute(&mut *tx).await?;
        insert_areas(&mut tx, id, &new.areas).await?;
        let after = load(&mut tx, id).await?;
        tx.commit(
            actor,
            Change::new("update", "programme", id).in_programme(id).before(snapshot(&before)).after(snapshot(&after)),
        )
        .await?;
        Ok(after)
    }

    /// A programme that has not been deleted.
    pub async fn programme(&self, id: i64) -> StoreResult<Programme> {
        let mut conn = self.pool.acquire().await?;
        load(&mut conn, id).await
    }

    /// Programmes the viewer may see, optionally of one municipality, by name.
    pub async fn programmes(&self, viewer: Viewer, municipality: Option<&str>) -> StoreResult<Vec<Programme>> {
        let mut sql = String::from("SELECT p.id FROM programmes p WHERE p.deleted_at IS NULL");
        let mut n = 0;
        let mut next = || {
            n += 1;
            n
        };
        match viewer {
            Viewer::Public => sql.push_str(&format!(" AND {PUBLISHED_OVERVIEW}")),
            Viewer::Member(_) => sql.push_str(&format!(
                " AND ({PUBLISHED_OVERVIEW} OR EXISTS (SELECT 1 FROM memberships m WHERE m.programme_id = p.id AND m.user_id = ${}))",
                next()
            )),
            Viewer::Admin => {}
        }
        if municipality.is_some() {
            sql.push_str(&format!(" AND p.municipality_code = ${}", next()));
        }
        sql.push_str(" ORDER BY LOWER(p.name), p.id");
        let mut q = sqlx::query_scalar::<_, i64>(&sql);
        if let Viewer::Member(uid) = viewer {
            q = q.bind(uid);
        }
        if let Some(m) = municipality {
            q = q.bind(m);
        }
        let ids = q.fetch_all(&self.pool).await?;
        let mut conn = self.pool.acquire().await?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(load(&mut conn, id).await?);
        }
        Ok(out)
    }

    /// Archive a programme: it disappears from every list and page, its records stay for history.
    pub async fn delete_programme(&self, actor: &Actor, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, id).await?;
        sqlx::query("UPDATE programmes SET deleted_at = $1 WHERE id = $2")
            .bind(clock::now_db())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit(actor, Change::new("delete", "programme", id).in_programme(id).before(snapshot(&before))).await?;
        Ok(())
    }

    /// Set which pages of a programme are public.
    pub async fn set_published_pages(&self, actor: &Actor, id: i64, published: &[Page]) -> StoreResult<Programme> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, id).await?;
        for page in Page::ALL {
            // Upsert so that pages added by later migrations need no backfill.
            sqlx::query(
                "INSERT INTO programme_pages (programme_id, page, published) VALUES ($1, $2, $3) \
                 ON CONFLICT (programme_id, page) DO UPDATE SET published = excluded.published",
            )
            .bind(id)
            .bind(page.key())
            .bind(flag(published.contains(&page)))
            .execute(&mut *tx)
            .await?;
        }
        let after = load(&mut tx, id).await?;
        let keys = |p: &Programme| json!(p.published.iter().map(|p| p.key()).collect::<Vec<_>>());
        tx.commit(
            actor,
            Change::new("publish", "programme", id)
                .in_programme(id)
                .before(json!({"published": keys(&before)}))
                .after(json!({"published": keys(&after)})),
        )
        .await?;
        Ok(after)
    }

    pub async fn programme_counts(&self, id: i64) -> StoreResult<ProgrammeCounts> {
        let areas = sqlx::query_scalar("SELECT COUNT(*) FROM programme_areas WHERE programme_id = $1")
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        let members = sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE programme_id = $1")
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        let managers =
            sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE programme_id = $1 AND role = 'beheerder'")
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
        let stories = sqlx::query_scalar("SELECT COUNT(*) FROM stories WHERE programme_id = $1")
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        let parties = sqlx::query_scalar(
            "SELECT COUNT(*) FROM parties p WHERE p.programme_id = $1 \
             AND EXISTS (SELECT 1 FROM party_periods x WHERE x.party_id = p.id AND x.left_on IS NULL)",
        )
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        let count = |table: &'static str| {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE programme_id = $1");
            async move { sqlx::query_scalar::<_, i64>(&sql).bind(id).fetch_one(&self.pool).await }
        };
        Ok(ProgrammeCounts {
            areas,
            members,
            managers,
            stories,
            parties,
            goals: count("goals").await?,
            measures: count("measures").await?,
            agenda_items: count("agenda_items").await?,
            rounds: count("assessment_rounds").await?,
            measurements: sqlx::query_scalar(
                "SELECT COUNT(*) FROM measurements m JOIN goals g ON g.id = m.goal_id WHERE g.programme_id = $1",
            )
            .bind(id)
            .fetch_one(&self.pool)
            .await?,
            reports: count("published_reports").await?,
        })
    }
}
