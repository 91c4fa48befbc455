//! An area's profile as a use case: the area named in a URL with the areas above it, and its
//! figures beside those of its gemeente and the country (`domain::profile::build` does the
//! comparing). Used by the profile page, its map, the downloads and the dossier.

use crate::domain::profile::{self, Areas, Crosswalks, Profile};
use crate::domain::programme::{AreaCode, AreaLevel};
use crate::http::{AppError, AppResult, AppState};
use crate::i18n::Lang;
use crate::store::AreaRow;

/// The code of the Netherlands in the area register.
pub const COUNTRY: &str = "NL01";

/// An area and the areas it is compared with.
pub struct Subject {
    pub area: AreaRow,
    pub level: AreaLevel,
    /// Country, gemeente, wijk above the area (those known to the register).
    pub ancestors: Vec<AreaRow>,
    pub municipality: Option<AreaRow>,
}

pub async fn subject(state: &AppState, code: &str) -> AppResult<Subject> {
    let code = AreaCode::parse(code).map_err(|_| AppError::NotFound)?;
    let area = state.store.area(code.as_str(), None).await?.ok_or(AppError::NotFound)?;
    // Country, gemeente, wijk above the area, in one query.
    let mut chain = Vec::new();
    let mut up = code.parent();
    while let Some(c) = up {
        up = c.parent();
        chain.push(c);
    }
    chain.reverse();
    let codes: Vec<&str> = chain.iter().map(|c| c.as_str()).collect();
    let found = state.store.areas_by_code(&codes).await?;
    let ancestors: Vec<AreaRow> =
        chain.iter().filter_map(|c| found.iter().find(|a| a.code == c.as_str()).cloned()).collect();
    let level = code.level();
    let municipality = match level {
        AreaLevel::District | AreaLevel::Neighbourhood => ancestors.iter().find(|a| a.level == "gemeente").cloned(),
        _ => None,
    };
    Ok(Subject { area, level, ancestors, municipality })
}

pub async fn build_profile(state: &AppState, s: &Subject, lang: Lang) -> AppResult<Profile> {
    let municipality = match s.level {
        AreaLevel::District | AreaLevel::Neighbourhood => s.area.municipality_code.as_deref(),
        _ => None,
    };
    let country = (s.level != AreaLevel::Country).then_some(COUNTRY);
    let codes: Vec<&str> = [Some(s.area.code.as_str()), municipality, country].into_iter().flatten().collect();
    let observations = state.store.observations_of(&codes).await?;
    let catalogue = state.store.indicators().await?;
    let areas = Areas { area: &s.area.code, municipality, country };
    // Which pairs of layouts a stored crosswalk calls the same area: asked only for an indicator
    // whose figures of this area lie in more than one layout (rare).
    let mut crosswalks = Crosswalks::default();
    for (older, newest) in Crosswalks::pairs_of(&s.area.code, &observations) {
        if state.store.area_unchanged(&s.area.code, older, newest).await? {
            crosswalks.same.insert((older, newest));
        }
    }
    // Which areas of older layouts lie in this one (one indexed query), and their figures.
    let layouts: std::collections::HashSet<i64> =
        observations.iter().filter(|o| o.area_code == s.area.code).map(|o| o.layout_year).collect();
    for (pair, piece) in state.store.crosswalk_into(&s.area.code).await? {
        if layouts.contains(&pair.1) && !crosswalks.same.contains(&pair) {
            crosswalks.into.entry(pair).or_default().push(piece);
        }
    }
    if !crosswalks.into.is_empty() {
        let mut codes: Vec<&str> = crosswalks.into.values().flatten().map(|p| p.from.as_str()).collect();
        codes.sort();
        codes.dedup();
        let years: std::collections::HashSet<i64> = crosswalks.into.keys().map(|(older, _)| *older).collect();
        crosswalks.observations =
            state.store.observations_of(&codes).await?.into_iter().filter(|o| years.contains(&o.layout_year)).collect();
    }
    Ok(profile::build_in_layout(areas, &observations, &catalogue, lang == Lang::En, &crosswalks))
}

/// The profile of a programme's whole area (`area_union`): the combined figures of its areas
/// beside the programme's gemeente and the country, and what could not be combined and why.
pub struct ProgrammeAreaProfile {
    pub profile: Profile,
    pub omitted: Vec<crate::domain::area_union::Omission>,
    /// The areas it is made of (`area_union::parts`).
    pub parts: Vec<String>,
}

pub async fn programme_area(
    state: &AppState,
    programme: &crate::domain::programme::Programme,
    lang: Lang,
) -> AppResult<ProgrammeAreaProfile> {
    use crate::domain::area_union::{PROGRAMME_AREA, parts};
    let parts = parts(programme.areas.iter().map(|a| &a.code));
    let (union, same) = state.store.programme_area_figures(&parts).await?;
    let municipality = programme.municipality_code.as_str();
    let mut observations = state.store.observations_of(&[municipality, COUNTRY]).await?;
    observations.extend(union.observations.iter().cloned());
    let catalogue = state.store.indicators().await?;
    let crosswalks = Crosswalks { same, ..Crosswalks::default() };
    let areas = Areas { area: PROGRAMME_AREA, municipality: Some(municipality), country: Some(COUNTRY) };
    let profile = profile::build_in_layout(areas, &observations, &catalogue, lang == Lang::En, &crosswalks);
    Ok(ProgrammeAreaProfile { profile, omitted: union.omitted, parts })
}
