//! The wijkbudget: budgets per programme and year, residents' proposals and their assessment, the
//! one-time voting codes (only their digests are stored) and the ballots, and turning a chosen
//! proposal into a measure. Rules in `domain::wijkbudget`; every phase rule is checked again in the
//! transaction that makes the change, so a request that arrives as a phase closes is refused whole.

use super::{Store, StoreError, StoreResult, flag};
use crate::domain::audit::{Actor, Change};
use crate::domain::catalogue::Theme;
use crate::domain::clock;
use crate::domain::document::{CheckedFile, OwnerKind};
use crate::domain::measure::{CostKind, NewMeasure, Source, Status};
use crate::domain::password::digest;
use crate::domain::validation::iso;
use crate::domain::wijkbudget::{
    Assessment, BallotError, NewProposal, NewWijkbudget, Phase, Proposal, Wijkbudget, check_ballot, new_code,
};
use serde_json::{Value, json};
use sqlx::AnyConnection;
use time::Date;

row! {
    struct BudgetRow {
        id: i64,
        programme_id: i64,
        year: i64,
        title: String,
        description: String,
        amount_cents: i64,
        max_per_proposal_cents: Option<i64>,
        who_may_propose: String,
        themes: String,
        proposals_from: String,
        assessment_from: String,
        voting_from: String,
        results_from: String,
        execution_from: String,
        proposal_code: String,
        version: i64,
    }
}

const BUDGET_COLUMNS: &str = "id, programme_id, year, title, description, amount_cents, max_per_proposal_cents, \
    who_may_propose, themes, proposals_from, assessment_from, voting_from, results_from, execution_from, \
    proposal_code, version";

impl From<BudgetRow> for Wijkbudget {
    fn from(r: BudgetRow) -> Wijkbudget {
        Wijkbudget {
            id: r.id,
            programme_id: r.programme_id,
            year: r.year,
            title: r.title,
            description: r.description,
            amount_cents: r.amount_cents,
            max_per_proposal_cents: r.max_per_proposal_cents,
            who_may_propose: r.who_may_propose,
            themes: r.themes.split(',').filter_map(Theme::from_key).collect(),
            proposals_from: r.proposals_from,
            assessment_from: r.assessment_from,
            voting_from: r.voting_from,
            results_from: r.results_from,
            execution_from: r.execution_from,
            proposal_code: r.proposal_code,
            version: r.version,
        }
    }
}

row! {
    struct ProposalRow {
        id: i64,
        wijkbudget_id: i64,
        title: String,
        description: String,
        theme: String,
        cost_cents: i64,
        area_code: String,
        contact_name: String,
        contact_email: String,
        user_id: Option<i64>,
        submitted_on: String,
        verdict: String,
        verdict_reason: String,
        assessed_on: String,
        invented: i64,
        measure_id: Option<i64>,
    }
}

const PROPOSAL_COLUMNS: &str = "id, wijkbudget_id, title, description, theme, cost_cents, area_code, contact_name, \
    contact_email, user_id, submitted_on, verdict, verdict_reason, assessed_on, invented, measure_id";

impl From<ProposalRow> for Proposal {
    fn from(r: ProposalRow) -> Proposal {
        let assessment = match r.verdict.as_str() {
            "" => None,
            v => Some(Assessment { feasible: v == "haalbaar", reason: r.verdict_reason, assessed_on: r.assessed_on }),
        };
        Proposal {
            id: r.id,
            wijkbudget_id: r.wijkbudget_id,
            title: r.title,
            description: r.description,
            theme: Theme::from_key(&r.theme).unwrap_or(Theme::Community),
            cost_cents: r.cost_cents,
            area_code: r.area_code,
            contact_name: r.contact_name,
            contact_email: r.contact_email,
            user_id: r.user_id,
            submitted_on: r.submitted_on,
            assessment,
            invented: r.invented != 0,
            measure_id: r.measure_id,
        }
    }
}

fn budget_snapshot(b: &Wijkbudget) -> Value {
    json!({
        "year": b.year,
        "title": b.title,
        "amount_cents": b.amount_cents,
        "max_per_proposal_cents": b.max_per_proposal_cents,
        "who_may_propose": b.who_may_propose,
        "themes": b.themes.iter().map(|t| t.key()).collect::<Vec<_>>(),
        "phases": [b.proposals_from, b.assessment_from, b.voting_from, b.results_from, b.execution_from],
    })
}

/// What the audit log keeps of a proposal: never the proposer's contact data.
fn proposal_snapshot(p: &Proposal) -> Value {
    json!({
        "title": p.title,
        "theme": p.theme.key(),
        "cost_cents": p.cost_cents,
        "area_code": p.area_code,
        "verdict": p.assessment.as_ref().map(|a| if a.feasible { "haalbaar" } else { "niet-haalbaar" }),
        "reason": p.assessment.as_ref().map(|a| a.reason.clone()),
        "measure_id": p.measure_id,
    })
}

async fn load_budget(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Wijkbudget> {
    let row: BudgetRow =
        sqlx::query_as(&format!("SELECT {BUDGET_COLUMNS} FROM wijkbudgets WHERE id = $1 AND programme_id = $2"))
            .bind(id)
            .bind(programme_id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
    Ok(row.into())
}

async fn load_proposal(conn: &mut AnyConnection, budget_id: i64, id: i64) -> StoreResult<Proposal> {
    let row: ProposalRow = sqlx::query_as(&format!(
        "SELECT {PROPOSAL_COLUMNS} FROM budget_proposals WHERE id = $1 AND wijkbudget_id = $2"
    ))
    .bind(id)
    .bind(budget_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(row.into())
}

async fn load_proposals(conn: &mut AnyConnection, budget_id: i64) -> StoreResult<Vec<Proposal>> {
    let rows: Vec<ProposalRow> = sqlx::query_as(&format!(
        "SELECT {PROPOSAL_COLUMNS} FROM budget_proposals WHERE wijkbudget_id = $1 ORDER BY submitted_on, id"
    ))
    .bind(budget_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(Proposal::from).collect())
}

/// Refused unless the budget is in one of `phases` on `today`.
fn in_phase(b: &Wijkbudget, today: Date, phases: &[Phase]) -> StoreResult<()> {
    if phases.contains(&b.phase(today)) { Ok(()) } else { Err(StoreError::Conflict("phase")) }
}

impl Store {
    /// The programme's wijkbudgets, newest year first.
    pub async fn wijkbudgets(&self, programme_id: i64) -> StoreResult<Vec<Wijkbudget>> {
        let rows: Vec<BudgetRow> = sqlx::query_as(&format!(
            "SELECT {BUDGET_COLUMNS} FROM wijkbudgets WHERE programme_id = $1 ORDER BY year DESC, id DESC"
        ))
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(Wijkbudget::from).collect())
    }

    pub async fn wijkbudget(&self, programme_id: i64, id: i64) -> StoreResult<Wijkbudget> {
        let mut conn = self.pool.acquire().await?;
        load_budget(&mut conn, programme_id, id).await
    }

    /// The budget a proposal code (as [`crate::domain::wijkbudget::normalise_code`] writes it)
    /// belongs to; `NotFound` for a code that is not one.
    pub async fn wijkbudget_by_code(&self, code: &str) -> StoreResult<Wijkbudget> {
        let row: BudgetRow =
            sqlx::query_as(&format!("SELECT {BUDGET_COLUMNS} FROM wijkbudgets WHERE proposal_code = $1"))
                .bind(code)
                .fetch_optional(&self.pool)
                .await?
                .ok_or(StoreError::NotFound)?;
        Ok(row.into())
    }

    /// A new wijkbudget with a fresh proposal code. `Conflict("year")` when the programme has one
    /// for that year.
    pub async fn create_wijkbudget(
        &self,
        actor: &Actor,
        programme_id: i64,
        n: &NewWijkbudget,
    ) -> StoreResult<Wijkbudget> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO wijkbudgets (programme_id, year, title, description, amount_cents, max_per_proposal_cents, \
             who_may_propose, themes, proposals_from, assessment_from, voting_from, results_from, execution_from, \
             proposal_code, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1, $15, $15) RETURNING id",
        )
        .bind(programme_id)
        .bind(n.year)
        .bind(&n.title)
        .bind(&n.description)
        .bind(n.amount_cents)
        .bind(n.max_per_proposal_cents)
        .bind(&n.who_may_propose)
        .bind(n.themes.iter().map(|t| t.key()).collect::<Vec<_>>().join(","))
        .bind(&n.proposals_from)
        .bind(&n.assessment_from)
        .bind(&n.voting_from)
        .bind(&n.results_from)
        .bind(&n.execution_from)
        .bind(new_code(2))
        .bind(&now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::conflict_as(e, "year"))?;
        let b = load_budget(&mut tx, programme_id, id).await?;
        tx.commit(actor, Change::new("create", "wijkbudget", id).in_programme(programme_id).after(budget_snapshot(&b)))
            .await?;
        Ok(b)
    }

    /// Change a wijkbudget if it is still at `version`. The amount cannot drop below what chosen
    /// proposals already hold (`Conflict("amount")`).
    pub async fn update_wijkbudget(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        n: &NewWijkbudget,
    ) -> StoreResult<Wijkbudget> {
        let mut tx = self.change().await?;
        let before = load_budget(&mut tx, programme_id, id).await?;
        tx.claim("wijkbudgets", programme_id, id, version).await?;
        let committed: i64 = sqlx::query_scalar(
            "SELECT CAST(COALESCE(SUM(cost_cents), 0) AS BIGINT) FROM budget_proposals \
             WHERE wijkbudget_id = $1 AND measure_id IS NOT NULL",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        if n.amount_cents < committed {
            return Err(StoreError::Conflict("amount"));
        }
        sqlx::query(
            "UPDATE wijkbudgets SET year = $1, title = $2, description = $3, amount_cents = $4, \
             max_per_proposal_cents = $5, who_may_propose = $6, themes = $7, proposals_from = $8, assessment_from = $9, \
             voting_from = $10, results_from = $11, execution_from = $12, updated_at = $13 WHERE id = $14",
        )
        .bind(n.year)
        .bind(&n.title)
        .bind(&n.description)
        .bind(n.amount_cents)
        .bind(n.max_per_proposal_cents)
        .bind(&n.who_may_propose)
        .bind(n.themes.iter().map(|t| t.key()).collect::<Vec<_>>().join(","))
        .bind(&n.proposals_from)
        .bind(&n.assessment_from)
        .bind(&n.voting_from)
        .bind(&n.results_from)
        .bind(&n.execution_from)
        .bind(clock::now_db())
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(|e| StoreError::conflict_as(e, "year"))?;
        let after = load_budget(&mut tx, programme_id, id).await?;
        tx.commit(
            actor,
            Change::new("update", "wijkbudget", id)
                .in_programme(programme_id)
                .before(budget_snapshot(&before))
                .after(budget_snapshot(&after)),
        )
        .await?;
        Ok(after)
    }

    /// The budget's proposals in the order they came in.
    pub async fn proposals(&self, budget_id: i64) -> StoreResult<Vec<Proposal>> {
        let mut conn = self.pool.acquire().await?;
        load_proposals(&mut conn, budget_id).await
    }

    pub async fn proposal(&self, budget_id: i64, id: i64) -> StoreResult<Proposal> {
        let mut conn = self.pool.acquire().await?;
        load_proposal(&mut conn, budget_id, id).await
    }

    /// A proposal, while proposals are open on `today` (`Conflict("phase")` otherwise); `user_id`
    /// when proposed with an account, `invented` for the demo's made-up ones.
    pub async fn submit_proposal(
        &self,
        actor: &Actor,
        budget: &Wijkbudget,
        n: &NewProposal,
        (user_id, invented): (Option<i64>, bool),
        today: Date,
    ) -> StoreResult<Proposal> {
        self.submit_proposal_with_photo(actor, budget, n, (user_id, invented), today, None).await
    }

    /// A proposal with a photo or sketch (checked by `domain::document`): both or neither.
    pub async fn submit_proposal_with_photo(
        &self,
        actor: &Actor,
        budget: &Wijkbudget,
        n: &NewProposal,
        (user_id, invented): (Option<i64>, bool),
        today: Date,
        photo: Option<(&CheckedFile, &[u8])>,
    ) -> StoreResult<Proposal> {
        let mut tx = self.change().await?;
        let b = load_budget(&mut tx, budget.programme_id, budget.id).await?;
        in_phase(&b, today, &[Phase::Proposals])?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO budget_proposals (wijkbudget_id, title, description, theme, cost_cents, area_code, \
             contact_name, contact_email, user_id, submitted_on, verdict, verdict_reason, assessed_on, invented, \
             measure_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '', '', '', $11, NULL, $12) \
             RETURNING id",
        )
        .bind(b.id)
        .bind(&n.title)
        .bind(&n.description)
        .bind(n.theme.key())
        .bind(n.cost_cents)
        .bind(&n.area_code)
        .bind(&n.contact_name)
        .bind(&n.contact_email)
        .bind(user_id)
        .bind(iso(today))
        .bind(flag(invented))
        .bind(clock::now_db())
        .fetch_one(&mut *tx)
        .await?;
        let p = load_proposal(&mut tx, b.id, id).await?;
        if let Some(file) = photo {
            let owner = (OwnerKind::Proposal, id);
            let d = super::documents::insert(&mut tx, &self.documents, b.programme_id, owner, file, user_id).await?;
            tx.audit(actor, super::documents::audit_of(&d)).await?;
        }
        tx.commit(
            actor,
            Change::new("create", "budget_proposal", id).in_programme(b.programme_id).after(proposal_snapshot(&p)),
        )
        .await?;
        Ok(p)
    }

    /// The programme's verdict on a proposal, until voting begins (`Conflict("phase")` after).
    pub async fn assess_proposal(
        &self,
        actor: &Actor,
        budget: &Wijkbudget,
        proposal_id: i64,
        a: &Assessment,
        today: Date,
    ) -> StoreResult<Proposal> {
        let mut tx = self.change().await?;
        let b = load_budget(&mut tx, budget.programme_id, budget.id).await?;
        in_phase(&b, today, &[Phase::Proposals, Phase::Assessment])?;
        let before = load_proposal(&mut tx, b.id, proposal_id).await?;
        sqlx::query("UPDATE budget_proposals SET verdict = $1, verdict_reason = $2, assessed_on = $3 WHERE id = $4")
            .bind(if a.feasible { "haalbaar" } else { "niet-haalbaar" })
            .bind(&a.reason)
            .bind(&a.assessed_on)
            .bind(proposal_id)
            .execute(&mut *tx)
            .await?;
        let after = load_proposal(&mut tx, b.id, proposal_id).await?;
        tx.commit(
            actor,
            Change::new("assess", "budget_proposal", proposal_id)
                .in_programme(b.programme_id)
                .before(proposal_snapshot(&before))
                .after(proposal_snapshot(&after)),
        )
        .await?;
        Ok(after)
    }

    /// `count` one-time voting codes, labelled by batch; returned once (only digests are kept).
    /// Not once the result is out (`Conflict("phase")`).
    pub async fn create_vote_codes(
        &self,
        actor: &Actor,
        budget: &Wijkbudget,
        label: &str,
        count: usize,
        today: Date,
    ) -> StoreResult<Vec<String>> {
        let mut tx = self.change().await?;
        let b = load_budget(&mut tx, budget.programme_id, budget.id).await?;
        in_phase(&b, today, &[Phase::Upcoming, Phase::Proposals, Phase::Assessment, Phase::Voting])?;
        let now = clock::now_db();
        let mut codes = Vec::with_capacity(count);
        while codes.len() < count {
            let code = new_code(3);
            // 59 random bits: a repeat is all but impossible, and would be drawn again.
            let done = sqlx::query(
                "INSERT INTO budget_vote_codes (wijkbudget_id, code_hash, label, created_at, used_on) \
                 VALUES ($1, $2, $3, $4, NULL) ON CONFLICT (code_hash) DO NOTHING",
            )
            .bind(b.id)
            .bind(digest(&code))
            .bind(label)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 1 {
                codes.push(code);
            }
        }
        tx.commit(
            actor,
            Change::new("codes", "wijkbudget", b.id)
                .in_programme(b.programme_id)
                .after(json!({ "label": label, "count": count })),
        )
        .await?;
        Ok(codes)
    }

    /// The voting codes by batch: (label, made, used).
    pub async fn vote_code_batches(&self, budget_id: i64) -> StoreResult<Vec<(String, i64, i64)>> {
        Ok(sqlx::query_as(
            "SELECT label, COUNT(*), COUNT(used_on) FROM budget_vote_codes WHERE wijkbudget_id = $1 \
             GROUP BY label ORDER BY label",
        )
        .bind(budget_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The budget a voting code belongs to, and whether it was used; `NotFound` for a code that
    /// is not one (forged or mistyped).
    pub async fn budget_of_vote_code(&self, code: &str) -> StoreResult<(Wijkbudget, bool)> {
        let found: Option<(i64, i64, Option<String>)> = sqlx::query_as(
            "SELECT w.programme_id, w.id, c.used_on FROM budget_vote_codes c JOIN wijkbudgets w ON w.id = c.wijkbudget_id \
             WHERE c.code_hash = $1",
        )
        .bind(digest(code))
        .fetch_optional(&self.pool)
        .await?;
        let (programme_id, id, used) = found.ok_or(StoreError::NotFound)?;
        Ok((self.wijkbudget(programme_id, id).await?, used.is_some()))
    }

    /// A household's ballot: the code is used up and the choice counted in one transaction, or
    /// nothing happens. `NotFound` for a forged code, `Conflict("used")` for a used one,
    /// `Conflict("phase")` outside the voting phase; `Ok(Err(_))` for a choice the ballot does not
    /// allow (over the amount, a proposal not on it). The ballot is not linked to its code.
    pub async fn cast_ballot(&self, code: &str, choice: &[i64], today: Date) -> StoreResult<Result<(), BallotError>> {
        let mut tx = self.change().await?;
        let found: Option<(i64, i64, i64)> = sqlx::query_as(
            "SELECT c.id, w.id, w.programme_id FROM budget_vote_codes c JOIN wijkbudgets w ON w.id = c.wijkbudget_id \
             WHERE c.code_hash = $1",
        )
        .bind(digest(code))
        .fetch_optional(&mut *tx)
        .await?;
        let (code_id, budget_id, programme_id) = found.ok_or(StoreError::NotFound)?;
        let b = load_budget(&mut tx, programme_id, budget_id).await?;
        in_phase(&b, today, &[Phase::Voting])?;
        let proposals = load_proposals(&mut tx, budget_id).await?;
        let chosen = match check_ballot(choice, &proposals, b.amount_cents) {
            Ok(c) => c,
            Err(e) => return Ok(Err(e)),
        };
        let done = sqlx::query("UPDATE budget_vote_codes SET used_on = $1 WHERE id = $2 AND used_on IS NULL")
            .bind(iso(today))
            .bind(code_id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict("used"));
        }
        let ballot: i64 = sqlx::query_scalar("INSERT INTO budget_ballots (wijkbudget_id) VALUES ($1) RETURNING id")
            .bind(budget_id)
            .fetch_one(&mut *tx)
            .await?;
        for p in &chosen {
            sqlx::query("INSERT INTO budget_votes (ballot_id, proposal_id) VALUES ($1, $2)")
                .bind(ballot)
                .bind(p)
                .execute(&mut *tx)
                .await?;
        }
        // The audit record says a ballot was cast, not what it held nor with which code.
        tx.commit(&Actor::system("stemcode"), Change::new("vote", "wijkbudget", budget_id).in_programme(programme_id))
            .await?;
        Ok(Ok(()))
    }

    /// Votes per proposal, and the number of ballots.
    pub async fn vote_counts(&self, budget_id: i64) -> StoreResult<(Vec<(i64, i64)>, i64)> {
        let counts: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT v.proposal_id, COUNT(*) FROM budget_votes v JOIN budget_ballots b ON b.id = v.ballot_id \
             WHERE b.wijkbudget_id = $1 GROUP BY v.proposal_id ORDER BY v.proposal_id",
        )
        .bind(budget_id)
        .fetch_all(&self.pool)
        .await?;
        let ballots: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM budget_ballots WHERE wijkbudget_id = $1")
            .bind(budget_id)
            .fetch_one(&self.pool)
            .await?;
        Ok((counts, ballots))
    }

    /// A chosen proposal becomes a measure of the programme: owned by `owner_id`, starting when
    /// the execution does, with a budget line of its cost from the wijkbudget in the budget's year.
    /// `Conflict("phase")` before the result is out, `Conflict("measure")` when it is one already.
    pub async fn proposal_to_measure(
        &self,
        actor: &Actor,
        budget: &Wijkbudget,
        proposal_id: i64,
        owner_id: i64,
        today: Date,
    ) -> StoreResult<i64> {
        let mut tx = self.change().await?;
        let b = load_budget(&mut tx, budget.programme_id, budget.id).await?;
        in_phase(&b, today, &[Phase::Results, Phase::Execution])?;
        let before = load_proposal(&mut tx, b.id, proposal_id).await?;
        if before.measure_id.is_some() {
            return Err(StoreError::Conflict("measure"));
        }
        let owner_ok: Option<i64> = sqlx::query_scalar("SELECT id FROM parties WHERE id = $1 AND programme_id = $2")
            .bind(owner_id)
            .bind(b.programme_id)
            .fetch_optional(&mut *tx)
            .await?;
        if owner_ok.is_none() {
            return Err(StoreError::NotFound);
        }
        let new = NewMeasure {
            title: before.title.clone(),
            description: before.description.clone(),
            goal_ids: Vec::new(),
            owner_id,
            partner_ids: Vec::new(),
            starts_on: b.execution_from.clone(),
            ends_on: String::new(),
            status: Status::Planned,
            status_reason: String::new(),
            plan_id: None,
        };
        let measure_id = super::measures::write(&mut tx, None, b.programme_id, &new).await?;
        sqlx::query(
            "INSERT INTO budget_lines (year, planned_cents, spent_cents, source, funder_party_id, kind, note, measure_id) \
             VALUES ($1, $2, 0, $3, NULL, $4, $5, $6)",
        )
        .bind(b.year)
        .bind(before.cost_cents)
        .bind(Source::Wijkbudget.key())
        .bind(CostKind::Execution.key())
        .bind(format!("{}: voorstel van bewoners", b.title))
        .bind(measure_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE budget_proposals SET measure_id = $1 WHERE id = $2")
            .bind(measure_id)
            .bind(proposal_id)
            .execute(&mut *tx)
            .await?;
        let after = load_proposal(&mut tx, b.id, proposal_id).await?;
        tx.audit(
            actor,
            Change::new("create", "measure", measure_id).in_programme(b.programme_id).after(json!({
                "title": new.title, "from_proposal": proposal_id,
            })),
        )
        .await?;
        tx.commit(
            actor,
            Change::new("to_measure", "budget_proposal", proposal_id)
                .in_programme(b.programme_id)
                .before(proposal_snapshot(&before))
                .after(proposal_snapshot(&after)),
        )
        .await?;
        Ok(measure_id)
    }
}
