//! The agenda's money as pages, API and downloads show it: every budget line of a programme,
//! grouped by funding party, source, year and theme (one rule for the theme a measure's money
//! counts under: `domain::measure::money_theme`).

use crate::domain::goal::Goal;
use crate::domain::measure::{Finance, Measure, finance, money_theme};
use crate::store::{Store, StoreResult};

/// The theme a measure's money counts under, given the programme's goals.
pub fn theme_of(goals: &[Goal]) -> impl Fn(&Measure) -> String + '_ {
    move |m: &Measure| money_theme(m, |id| goals.iter().find(|g| g.id == id).map(Goal::theme))
}

/// A programme's measures and their financing overviews.
pub struct ProgrammeFinance {
    pub measures: Vec<Measure>,
    pub finance: Finance,
}

pub async fn programme_finance(store: &Store, programme_id: i64) -> StoreResult<ProgrammeFinance> {
    let goals = store.goals(programme_id).await?;
    let measures = store.measures(programme_id).await?;
    let finance = finance(&measures, theme_of(&goals));
    Ok(ProgrammeFinance { measures, finance })
}
