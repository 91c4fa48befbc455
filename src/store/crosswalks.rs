//! Boundary crosswalks between two region layouts (`domain::crosswalk`), stored per pair of years.

use super::{Store, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::crosswalk::Piece;

impl Store {
    /// The boundaries of one layout year whose code starts with `prefix` (`WK0518`, `BU`), as
    /// stored (GeoJSON MultiPolygon in RD New metres), by code.
    pub async fn layout_boundaries(&self, layout_year: i64, prefix: &str) -> StoreResult<Vec<(String, String)>> {
        Ok(sqlx::query_as(
            "SELECT code, geometry FROM boundaries WHERE layout_year = $1 AND substr(code, 1, $2) = $3 ORDER BY code",
        )
        .bind(layout_year)
        .bind(prefix.len() as i64)
        .bind(prefix)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Replace the crosswalk of the old areas `from_codes` (layout `from_year`) to `to_year`.
    pub async fn save_crosswalk(
        &self,
        actor: &Actor,
        (from_year, to_year): (i64, i64),
        from_codes: &[String],
        pieces: &[Piece],
        weight: &str,
    ) -> StoreResult<()> {
        let mut tx = self.change().await?;
        for code in from_codes {
            sqlx::query("DELETE FROM crosswalks WHERE from_year = $1 AND to_year = $2 AND from_code = $3")
                .bind(from_year)
                .bind(to_year)
                .bind(code)
                .execute(&mut *tx)
                .await?;
        }
        let now = clock::now_db();
        for p in pieces {
            sqlx::query(
                "INSERT INTO crosswalks (from_year, to_year, from_code, to_code, share, to_share, weight, computed_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(from_year)
            .bind(to_year)
            .bind(&p.from)
            .bind(&p.to)
            .bind(p.share)
            .bind(p.to_share)
            .bind(weight)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }
        let after = serde_json::json!({"areas": from_codes.len(), "pieces": pieces.len(), "weight": weight});
        tx.commit(actor, Change::new("create", "crosswalk", format!("{from_year}-{to_year}")).after(after)).await
    }

    /// Whether a stored crosswalk (either way) says that `code` kept its borders between the two
    /// layouts; `false` when it changed or when no crosswalk says anything.
    pub async fn area_unchanged(&self, code: &str, from_year: i64, to_year: i64) -> StoreResult<bool> {
        let pairs: Vec<(f64, f64)> = sqlx::query_as(
            "SELECT share, to_share FROM crosswalks WHERE from_code = $1 AND to_code = $1 \
             AND ((from_year = $2 AND to_year = $3) OR (from_year = $3 AND to_year = $2))",
        )
        .bind(code)
        .bind(from_year)
        .bind(to_year)
        .fetch_all(&self.pool)
        .await?;
        let limit = crate::domain::crosswalk::UNCHANGED;
        Ok(pairs.iter().any(|(share, to_share)| *share >= limit && *to_share >= limit))
    }

    /// The stored pieces from `from_year` to `to_year`, by old code.
    pub async fn crosswalk(&self, from_year: i64, to_year: i64) -> StoreResult<Vec<Piece>> {
        let rows: Vec<(String, String, f64, f64)> = sqlx::query_as(
            "SELECT from_code, to_code, share, to_share FROM crosswalks WHERE from_year = $1 AND to_year = $2 \
             ORDER BY from_code, share DESC",
        )
        .bind(from_year)
        .bind(to_year)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(from, to, share, to_share)| Piece { from, to, share, to_share }).collect())
    }

    /// The stored pieces of older areas that lie in `code` (a code of the newer layout), with the
    /// pair of layouts (older, newer) of each.
    pub async fn crosswalk_into(&self, code: &str) -> StoreResult<Vec<((i64, i64), Piece)>> {
        let rows: Vec<(i64, i64, String, String, f64, f64)> = sqlx::query_as(
            "SELECT from_year, to_year, from_code, to_code, share, to_share FROM crosswalks \
             WHERE to_code = $1 AND from_year < to_year ORDER BY from_year, to_year, from_code",
        )
        .bind(code)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(from_year, to_year, from, to, share, to_share)| {
                ((from_year, to_year), Piece { from, to, share, to_share })
            })
            .collect())
    }
}
