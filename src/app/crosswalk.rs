//! Computing the crosswalk between two stored boundary layouts and storing it: the use case of
//! `wijkwijzer crosswalk`. The intersections are CPU work and run off the async workers.

use crate::domain::audit::Actor;
use crate::domain::crosswalk::{self, Change, Shape};
use crate::store::{Store, StoreError};
use std::collections::BTreeMap;

/// What a computed crosswalk holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub old_areas: usize,
    pub new_areas: usize,
    pub pieces: usize,
    pub changes: BTreeMap<&'static str, usize>,
}

#[derive(Debug, thiserror::Error)]
pub enum CrosswalkError {
    #[error("no boundaries of layout {0} for {1}")]
    NoBoundaries(i64, String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn shapes(rows: Vec<(String, String)>) -> Vec<Shape> {
    rows.into_iter()
        .filter_map(|(code, geometry)| {
            let g: geojson::Geometry = geometry.parse().ok()?;
            let mp: geo::MultiPolygon<f64> = g.try_into().ok()?;
            Some(Shape::new(code, mp))
        })
        .collect()
}

/// Compute and store the crosswalk of the areas whose code starts with `prefix` (`WK0518`,
/// `BU0599`, `WK`) from layout `from_year` to `to_year`, weighted by surface.
pub async fn compute_and_store(
    store: &Store,
    actor: &Actor,
    from_year: i64,
    to_year: i64,
    prefix: &str,
) -> Result<Summary, CrosswalkError> {
    let old = store.layout_boundaries(from_year, prefix).await?;
    if old.is_empty() {
        return Err(CrosswalkError::NoBoundaries(from_year, prefix.to_string()));
    }
    let new = store.layout_boundaries(to_year, prefix).await?;
    if new.is_empty() {
        return Err(CrosswalkError::NoBoundaries(to_year, prefix.to_string()));
    }
    let (old_codes, pieces, changes, new_areas) = tokio::task::spawn_blocking(move || {
        let (old, new) = (shapes(old), shapes(new));
        let pieces = crosswalk::compute(&old, &new);
        let codes: Vec<String> = old.iter().map(|s| s.code.clone()).collect();
        let changes = crosswalk::changes(&pieces, &codes);
        (codes, pieces, changes, new.len())
    })
    .await
    .map_err(|e| StoreError::Unavailable(e.to_string()))?;
    store.save_crosswalk(actor, (from_year, to_year), &old_codes, &pieces, "oppervlakte").await?;
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for c in changes.values() {
        *counts.entry(c.key()).or_default() += 1;
    }
    for c in [Change::Unchanged, Change::Split, Change::Merged, Change::Redrawn, Change::Gone] {
        counts.entry(c.key()).or_default();
    }
    Ok(Summary { old_areas: old_codes.len(), new_areas, pieces: pieces.len(), changes: counts })
}
