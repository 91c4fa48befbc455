//! Similar areas as a use case: the `k` areas of the same level nationally that are most alike in
//! context (`domain::similar`), read from the newest Kerncijfers edition that has the level, and
//! their typical figure beside an area's own on its profile.

use crate::domain::catalogue::{indicator_ref, kwb_tables};
use crate::domain::programme::{AreaCode, AreaLevel};
use crate::domain::similar::{DEFAULT_K, NoNeighbours, contexts, median_of, nearest_to};
use crate::domain::statistics::{AreaObservation, Cell};
use crate::http::AppState;
use crate::http::error::AppResult;
use crate::store::AreaRow;
use std::collections::HashMap;

/// What could be found for an area.
pub enum Similar {
    /// The similar areas, nearest first, with their distance, and what they were found by.
    Found { table: String, period: String, features: Vec<&'static str>, areas: Vec<(AreaRow, f64)> },
    /// No edition of the Kerncijfers with figures of this level was imported (for buurten: the
    /// shipped extract stops at wijken; a fetch of the full table brings them).
    NoContext,
    /// The area lacks a context figure the others have.
    Missing,
    /// Too few areas of the level have every context figure.
    TooFew,
    /// The country has no similar areas.
    NotApplicable,
}

pub async fn similar_areas(state: &AppState, code: &str) -> AppResult<Similar> {
    let Ok(area) = AreaCode::parse(code) else { return Ok(Similar::NotApplicable) };
    let prefix = match area.level() {
        AreaLevel::Country => return Ok(Similar::NotApplicable),
        AreaLevel::Municipality => "GM",
        AreaLevel::District => "WK",
        AreaLevel::Neighbourhood => "BU",
    };
    let Some((table, period)) = state.store.newest_edition_at(kwb_tables(), prefix).await? else {
        return Ok(Similar::NoContext);
    };
    let records = state.store.level_records(&table, &period, prefix).await?;
    let (features, areas) = contexts(&records);
    let neighbours = match nearest_to(&areas, area.as_str(), DEFAULT_K) {
        None => return Ok(Similar::Missing),
        Some(Err(NoNeighbours::MissingFeature)) => return Ok(Similar::Missing),
        Some(Err(NoNeighbours::TooFewAreas)) => return Ok(Similar::TooFew),
        Some(Ok(n)) => n,
    };
    let codes: Vec<&str> = neighbours.iter().map(|n| n.code.as_str()).collect();
    let rows = state.store.areas_by_code(&codes).await?;
    let areas = neighbours
        .iter()
        .filter_map(|n| rows.iter().find(|r| r.code == n.code).map(|r| (r.clone(), n.distance)))
        .collect();
    Ok(Similar::Found { table, period, features, areas })
}

/// The typical figure of the similar areas per (indicator, variant, period): the median of those
/// with a published figure, and how many have one.
pub type SimilarFigures = HashMap<(String, String, String), (f64, usize)>;

pub async fn similar_figures(state: &AppState, areas: &[(AreaRow, f64)]) -> AppResult<SimilarFigures> {
    let codes: Vec<&str> = areas.iter().map(|(a, _)| a.code.as_str()).collect();
    let observations = state.store.observations_of(&codes).await?;
    Ok(medians(&observations))
}

fn medians(observations: &[AreaObservation]) -> SimilarFigures {
    let mut values: HashMap<(String, String, String), Vec<f64>> = HashMap::new();
    for o in observations {
        if let Cell::Value { value, .. } = o.cell {
            values
                .entry((indicator_ref(&o.source_table, &o.key), o.variant.clone(), o.period.clone()))
                .or_default()
                .push(value);
        }
    }
    values
        .into_iter()
        .filter_map(|(k, mut v)| {
            // As precise as the figures, and one decimal more for the middle of two.
            let places = v.iter().map(|x| crate::domain::profile::decimals(*x)).max().unwrap_or(0).min(5) as i32 + 1;
            let f = 10f64.powi(places);
            median_of(&mut v).map(|m| (k, ((m * f).round() / f, v.len())))
        })
        .collect()
}

/// The context columns as people read them: "bevolkingsdichtheid, aantal inwoners, woningvoorraad
/// per inwoner".
pub fn features_text(table: &str, features: &[&str], lang: crate::i18n::Lang) -> String {
    use crate::domain::catalogue::{ContextHow, context_columns, label};
    let english = lang == crate::i18n::Lang::En;
    let columns = context_columns();
    features
        .iter()
        .map(|key| {
            let title = label(table, key, "", "").title(english).to_lowercase();
            match columns.iter().find(|(k, _)| k == key).map(|(_, how)| *how) {
                Some(ContextHow::PerInhabitant) => lang.t_args("similar-per-inhabitant", &[("title", title)]),
                _ => title,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
