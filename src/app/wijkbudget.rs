//! The wijkbudget as a use case: where a proposal may be for (the buurten of the programme's
//! areas), and the result as pages show it.

use crate::domain::programme::Programme;
use crate::domain::wijkbudget::{Proposal, ResultLine, Wijkbudget, result};
use crate::store::{Store, StoreResult};

/// The buurten a proposal may be for, by name: the buurten of the programme's wijken, its own
/// buurten, and a wijk or gemeente itself where its buurten are not known.
pub async fn proposal_areas(store: &Store, programme: &Programme) -> StoreResult<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    for a in &programme.areas {
        let code = a.code.as_str();
        let children = if code.starts_with("WK") { store.children(code).await? } else { Vec::new() };
        if children.is_empty() {
            out.push((code.to_string(), a.name.clone()));
        } else {
            out.extend(children.into_iter().filter(|c| c.code.starts_with("BU")).map(|c| (c.code, c.name)));
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    out.dedup_by(|a, b| a.0 == b.0);
    Ok(out)
}

/// The budget's proposals, the result lines (feasible proposals by votes) and the number of ballots.
pub async fn outcome(store: &Store, budget: &Wijkbudget) -> StoreResult<(Vec<Proposal>, Vec<ResultLine>, i64)> {
    let proposals = store.proposals(budget.id).await?;
    let (counts, ballots) = store.vote_counts(budget.id).await?;
    let lines = result(&proposals, &counts, budget.amount_cents);
    Ok((proposals, lines, ballots))
}
