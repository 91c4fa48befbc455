//! Step 3, the agenda's measures with their goals, partners, commitments and budget lines, and the
//! execution plans that group them. A change to a measure or to one of its lines raises the
//! measure's version (optimistic concurrency) and leaves an audit record with before and after.

use super::{Store, StoreError, StoreResult, revisions};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::document::OwnerKind;
use crate::domain::measure::{
    BudgetLine, Commitment, CostKind, LineKind, Measure, MeasureResult, NewBudgetLine, NewCommitment, NewMeasure,
    NewPlan, NewResult, Plan, ResultKind, Source, Status,
};
use crate::domain::revision::{RevisionNote, Subject, measure_changes};
use serde_json::{Value, json};
use sqlx::AnyConnection;

row! {
    struct MeasureRow {
        id: i64,
        programme_id: i64,
        title: String,
        description: String,
        owner_party_id: Option<i64>,
        owner_name: Option<String>,
        starts_on: String,
        ends_on: String,
        status: String,
        status_reason: String,
        plan_id: Option<i64>,
        plan_name: Option<String>,
        version: i64,
        created_at: String,
        updated_at: String,
    }
}

type CommitmentRow = (i64, i64, i64, String, String, f64, f64, Option<i64>);
type BudgetRow = (i64, i64, i64, i64, i64, String, Option<i64>, Option<String>, String, String);
type ResultRow = (i64, i64, i64, String, String, f64, String);

fn table(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Commitment => "commitments",
        LineKind::Budget => "budget_lines",
        LineKind::Result => "measure_results",
    }
}

/// The audit action of a change to a line of this kind.
fn action(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Commitment => "commitment",
        LineKind::Budget => "budget",
        LineKind::Result => "result",
    }
}

fn snapshot(m: &Measure) -> Value {
    json!({
        "title": m.title,
        "description": m.description,
        "goals": m.goal_ids,
        "owner": m.owner.as_ref().map(|o| o.1.clone()),
        "partners": m.partners.iter().map(|p| p.1.clone()).collect::<Vec<_>>(),
        "starts_on": m.starts_on,
        "ends_on": m.ends_on,
        "status": m.status.key(),
        "status_reason": m.status_reason,
        "plan": m.plan.as_ref().map(|p| p.1.clone()),
        "commitments": m.commitments.iter().map(|c| format!("{}: {} {} ({} geleverd)", c.party, c.promised, c.what, c.delivered)).collect::<Vec<_>>(),
        "budget": m.budget.iter().map(|b| format!("{} {} {}: {} gepland, {} besteed", b.year, b.source.key(), b.kind.key(), b.planned_cents, b.spent_cents)).collect::<Vec<_>>(),
        "results": m.results.iter().map(|r| format!("{} {}: {} {} {}", r.year, r.kind.key(), r.label, r.value, r.unit)).collect::<Vec<_>>(),
    })
}

/// Every measure of the programme (or the one `only`), complete.
async fn load_all(conn: &mut AnyConnection, programme_id: i64, only: i64) -> StoreResult<Vec<Measure>> {
    let rows: Vec<MeasureRow> = sqlx::query_as(
        "SELECT m.id, m.programme_id, m.title, m.description, m.owner_party_id, o.name AS owner_name, m.starts_on, \
         m.ends_on, m.status, m.status_reason, m.plan_id, p.name AS plan_name, m.version, m.created_at, m.updated_at \
         FROM measures m LEFT JOIN parties o ON o.id = m.owner_party_id LEFT JOIN plans p ON p.id = m.plan_id \
         WHERE m.programme_id = $1 AND ($2 = 0 OR m.id = $2) ORDER BY LOWER(m.title), m.id",
    )
    .bind(programme_id)
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    let goals: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT l.measure_id, l.goal_id FROM measure_goals l JOIN measures m ON m.id = l.measure_id \
         JOIN goals g ON g.id = l.goal_id WHERE m.programme_id = $1 AND ($2 = 0 OR m.id = $2) ORDER BY g.position, g.id",
    )
    .bind(programme_id)
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    let partners: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT l.measure_id, p.id, p.name FROM measure_partners l JOIN measures m ON m.id = l.measure_id \
         JOIN parties p ON p.id = l.party_id WHERE m.programme_id = $1 AND ($2 = 0 OR m.id = $2) ORDER BY LOWER(p.name)",
    )
    .bind(programme_id)
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    let commitments: Vec<CommitmentRow> = sqlx::query_as(
        "SELECT c.measure_id, c.id, c.party_id, p.name, c.what, c.promised, c.delivered, c.due_year \
         FROM commitments c JOIN measures m ON m.id = c.measure_id JOIN parties p ON p.id = c.party_id \
         WHERE m.programme_id = $1 AND ($2 = 0 OR m.id = $2) ORDER BY LOWER(p.name), c.id",
    )
    .bind(programme_id)
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    let budget: Vec<BudgetRow> = sqlx::query_as(
        "SELECT b.measure_id, b.id, b.year, b.planned_cents, b.spent_cents, b.source, b.funder_party_id, p.name, \
         b.kind, b.note FROM budget_lines b JOIN measures m ON m.id = b.measure_id \
         LEFT JOIN parties p ON p.id = b.funder_party_id \
         WHERE m.programme_id = $1 AND ($2 = 0 OR m.id = $2) ORDER BY b.year, b.id",
    )
    .bind(programme_id)
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    let results: Vec<ResultRow> = sqlx::query_as(
        "SELECT r.measure_id, r.id, r.year, r.kind, r.label, r.value, r.unit FROM measure_results r \
         JOIN measures m ON m.id = r.measure_id WHERE m.programme_id = $1 AND ($2 = 0 OR m.id = $2) \
         ORDER BY r.year, r.id",
    )
    .bind(programme_id)
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Measure {
            results: results
                .iter()
                .filter(|x| x.0 == r.id)
                .filter_map(|x| {
                    Some(MeasureResult {
                        id: x.1,
                        year: x.2,
                        kind: ResultKind::from_key(&x.3)?,
                        label: x.4.clone(),
                        value: x.5,
                        unit: x.6.clone(),
                    })
                })
                .collect(),
            goal_ids: goals.iter().filter(|g| g.0 == r.id).map(|g| g.1).collect(),
            partners: partners.iter().filter(|p| p.0 == r.id).map(|p| (p.1, p.2.clone())).collect(),
            commitments: commitments
                .iter()
                .filter(|c| c.0 == r.id)
                .map(|c| Commitment {
                    id: c.1,
                    party_id: c.2,
                    party: c.3.clone(),
                    what: c.4.clone(),
                    promised: c.5,
                    delivered: c.6,
                    due_year: c.7,
                })
                .collect(),
            budget: budget
                .iter()
                .filter(|b| b.0 == r.id)
                .map(|b| BudgetLine {
                    id: b.1,
                    year: b.2,
                    planned_cents: b.3,
                    spent_cents: b.4,
                    source: Source::from_key(&b.5).unwrap_or(Source::Other),
                    funder: b.6.zip(b.7.clone()),
                    kind: CostKind::from_key(&b.8).unwrap_or(CostKind::Execution),
                    note: b.9.clone(),
                })
                .collect(),
            id: r.id,
            programme_id: r.programme_id,
            title: r.title,
            description: r.description,
            owner: r.owner_party_id.zip(r.owner_name),
            starts_on: r.starts_on,
            ends_on: r.ends_on,
            status: Status::from_key(&r.status).unwrap_or(Status::Idea),
            status_reason: r.status_reason,
            plan: r.plan_id.zip(r.plan_name),
            version: r.version,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
        .collect())
}

async fn load(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Measure> {
    load_all(conn, programme_id, id).await?.pop().ok_or(StoreError::NotFound)
}

/// Insert a complete measure (`id` None: of `programme_id`) or change one, with its goals and
/// partners; the fields are bound in the same order for both. Returns its id.
pub(super) async fn write(
    conn: &mut AnyConnection,
    id: Option<i64>,
    programme_id: i64,
    m: &NewMeasure,
) -> StoreResult<i64> {
    let sql = match id {
        None => {
            "INSERT INTO measures (title, description, owner_party_id, starts_on, ends_on, status, status_reason, \
             plan_id, programme_id, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $10) RETURNING id"
        }
        Some(_) => {
            "UPDATE measures SET title = $1, description = $2, owner_party_id = $3, starts_on = $4, ends_on = $5, \
             status = $6, status_reason = $7, plan_id = $8 WHERE id = $9 RETURNING id"
        }
    };
    let q = sqlx::query_scalar(sql)
        .bind(&m.title)
        .bind(&m.description)
        .bind(m.owner_id)
        .bind(&m.starts_on)
        .bind(&m.ends_on)
        .bind(m.status.key())
        .bind(&m.status_reason)
        .bind(m.plan_id)
        .bind(id.unwrap_or(programme_id));
    let q = if id.is_none() { q.bind(clock::now_db()) } else { q };
    let id: i64 = q.fetch_one(&mut *conn).await?;
    sqlx::query("DELETE FROM measure_goals WHERE measure_id = $1").bind(id).execute(&mut *conn).await?;
    for g in &m.goal_ids {
        sqlx::query("INSERT INTO measure_goals (measure_id, goal_id) VALUES ($1, $2)")
            .bind(id)
            .bind(g)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("DELETE FROM measure_partners WHERE measure_id = $1").bind(id).execute(&mut *conn).await?;
    for p in &m.partner_ids {
        sqlx::query("INSERT INTO measure_partners (measure_id, party_id) VALUES ($1, $2)")
            .bind(id)
            .bind(p)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// After a change in `tx`: write the audit record with before and after, commit.
async fn finish(mut tx: super::Write, actor: &Actor, action: &'static str, before: &Measure) -> StoreResult<Measure> {
    let after = load(&mut tx, before.programme_id, before.id).await?;
    tx.commit(
        actor,
        Change::new(action, "measure", before.id)
            .in_programme(before.programme_id)
            .before(snapshot(before))
            .after(snapshot(&after)),
    )
    .await?;
    Ok(after)
}

/// A line of a measure (commitment or budget line) that must belong to it.
async fn line_of(conn: &mut AnyConnection, table: &'static str, measure_id: i64, id: i64) -> StoreResult<()> {
    let found: Option<i64> = sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE id = $1 AND measure_id = $2"))
        .bind(id)
        .bind(measure_id)
        .fetch_optional(&mut *conn)
        .await?;
    found.map(|_| ()).ok_or(StoreError::NotFound)
}

impl Store {
    /// Begin a change of one of a measure's lines in `table`: the measure as it was, claimed at
    /// `version` (its lines are versioned with it), and the line, when given, checked to be its.
    async fn open_line(
        &self,
        programme_id: i64,
        measure_id: i64,
        version: i64,
        table: &'static str,
        line: Option<i64>,
    ) -> StoreResult<(super::Write, Measure)> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, measure_id).await?;
        tx.claim("measures", programme_id, measure_id, version).await?;
        if let Some(id) = line {
            line_of(&mut tx, table, measure_id, id).await?;
        }
        Ok((tx, before))
    }

    /// The programme's measures by title, complete with goals, partners, commitments and budget.
    pub async fn measures(&self, programme_id: i64) -> StoreResult<Vec<Measure>> {
        let mut conn = self.pool.acquire().await?;
        load_all(&mut conn, programme_id, 0).await
    }

    pub async fn measure(&self, programme_id: i64, id: i64) -> StoreResult<Measure> {
        let mut conn = self.pool.acquire().await?;
        load(&mut conn, programme_id, id).await
    }

    pub async fn create_measure(&self, actor: &Actor, programme_id: i64, m: &NewMeasure) -> StoreResult<Measure> {
        let mut tx = self.change().await?;
        let id = write(&mut tx, None, programme_id, m).await?;
        let measure = load(&mut tx, programme_id, id).await?;
        tx.commit(actor, Change::new("create", "measure", id).in_programme(programme_id).after(snapshot(&measure)))
            .await?;
        Ok(measure)
    }

    /// Change a measure if it is still at `version`; `Stale` otherwise.
    pub async fn update_measure(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        m: &NewMeasure,
        note: &RevisionNote,
    ) -> StoreResult<Measure> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        tx.claim("measures", programme_id, id, version).await?;
        write(&mut tx, Some(id), programme_id, m).await?;
        let after = load(&mut tx, programme_id, id).await?;
        let titles: Vec<(i64, String)> = sqlx::query_as("SELECT id, title FROM goals WHERE programme_id = $1")
            .bind(programme_id)
            .fetch_all(&mut *tx)
            .await?;
        let title = |goal: i64| titles.iter().find(|t| t.0 == goal).map(|t| t.1.clone()).unwrap_or_default();
        let changes = measure_changes(&before, &after, &title);
        revisions::write(&mut tx, actor, programme_id, Subject::Measure, id, &after.title, &changes, note).await?;
        finish(tx, actor, "update", &before).await
    }

    pub async fn delete_measure(&self, actor: &Actor, programme_id: i64, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        let files = super::documents::delete_owned(&mut tx, programme_id, OwnerKind::Measure, id).await?;
        sqlx::query("DELETE FROM measures WHERE id = $1").bind(id).execute(&mut *tx).await?;
        tx.commit(actor, Change::new("delete", "measure", id).in_programme(programme_id).before(snapshot(&before)))
            .await?;
        self.forget_files(&files).await
    }

    /// Add a commitment (`line` = None) or change one, if the measure is still at `version`.
    pub async fn save_commitment(
        &self,
        actor: &Actor,
        programme_id: i64,
        measure_id: i64,
        line: Option<i64>,
        version: i64,
        c: &NewCommitment,
    ) -> StoreResult<Measure> {
        let (mut tx, before) = self.open_line(programme_id, measure_id, version, "commitments", line).await?;
        let sql = match line {
            Some(_) => {
                "UPDATE commitments SET party_id = $1, what = $2, promised = $3, delivered = $4, due_year = $5 \
                 WHERE id = $6"
            }
            None => {
                "INSERT INTO commitments (party_id, what, promised, delivered, due_year, measure_id) \
                 VALUES ($1, $2, $3, $4, $5, $6)"
            }
        };
        sqlx::query(sql)
            .bind(c.party_id)
            .bind(&c.what)
            .bind(c.promised)
            .bind(c.delivered)
            .bind(c.due_year)
            .bind(line.unwrap_or(measure_id))
            .execute(&mut *tx)
            .await?;
        finish(tx, actor, "commitment", &before).await
    }

    /// Add a budget line (`line` = None) or change one, if the measure is still at `version`.
    pub async fn save_budget_line(
        &self,
        actor: &Actor,
        programme_id: i64,
        measure_id: i64,
        line: Option<i64>,
        version: i64,
        b: &NewBudgetLine,
    ) -> StoreResult<Measure> {
        let (mut tx, before) = self.open_line(programme_id, measure_id, version, "budget_lines", line).await?;
        let sql = match line {
            Some(_) => {
                "UPDATE budget_lines SET year = $1, planned_cents = $2, spent_cents = $3, source = $4, \
                 funder_party_id = $5, kind = $6, note = $7 WHERE id = $8"
            }
            None => {
                "INSERT INTO budget_lines (year, planned_cents, spent_cents, source, funder_party_id, kind, note, \
                 measure_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            }
        };
        sqlx::query(sql)
            .bind(b.year)
            .bind(b.planned_cents)
            .bind(b.spent_cents)
            .bind(b.source.key())
            .bind(b.funder_id)
            .bind(b.kind.key())
            .bind(&b.note)
            .bind(line.unwrap_or(measure_id))
            .execute(&mut *tx)
            .await?;
        finish(tx, actor, "budget", &before).await
    }

    /// Add a result (`line` = None) or change one, if the measure is still at `version`.
    pub async fn save_result(
        &self,
        actor: &Actor,
        programme_id: i64,
        measure_id: i64,
        line: Option<i64>,
        version: i64,
        r: &NewResult,
    ) -> StoreResult<Measure> {
        let (mut tx, before) = self.open_line(programme_id, measure_id, version, "measure_results", line).await?;
        let sql = match line {
            Some(_) => {
                "UPDATE measure_results SET year = $1, kind = $2, label = $3, value = $4, unit = $5, updated_at = $6, \
                 version = version + 1 WHERE id = $7"
            }
            None => {
                "INSERT INTO measure_results (year, kind, label, value, unit, updated_at, measure_id, created_by, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $6)"
            }
        };
        let q = sqlx::query(sql)
            .bind(r.year)
            .bind(r.kind.key())
            .bind(&r.label)
            .bind(r.value)
            .bind(&r.unit)
            .bind(clock::now_db())
            .bind(line.unwrap_or(measure_id));
        let q = if line.is_none() { q.bind(&actor.label) } else { q };
        q.execute(&mut *tx).await?;
        finish(tx, actor, "result", &before).await
    }

    /// Remove a line (commitment, budget line or result) of a measure.
    pub async fn remove_measure_line(
        &self,
        actor: &Actor,
        programme_id: i64,
        measure_id: i64,
        kind: LineKind,
        id: i64,
    ) -> StoreResult<Measure> {
        let table = table(kind);
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, measure_id).await?;
        line_of(&mut tx, table, measure_id, id).await?;
        sqlx::query(&format!("DELETE FROM {table} WHERE id = $1")).bind(id).execute(&mut *tx).await?;
        tx.touch("measures", programme_id, measure_id).await?;
        finish(tx, actor, action(kind), &before).await
    }

    /// The programme's execution plans, earliest first.
    pub async fn plans(&self, programme_id: i64) -> StoreResult<Vec<Plan>> {
        let rows: Vec<(i64, String, i64, i64, String, i64)> = sqlx::query_as(
            "SELECT id, name, starts_year, ends_year, description, version FROM plans WHERE programme_id = $1 \
             ORDER BY starts_year, ends_year, id",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, starts_year, ends_year, description, version)| Plan {
                id,
                programme_id,
                name,
                starts_year,
                ends_year,
                description,
                version,
            })
            .collect())
    }

    /// Add a plan (`id` = None) or change one at `version` (`Stale` when someone else changed it
    /// first). `Conflict("plan")` when the name is taken.
    pub async fn save_plan(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: Option<(i64, i64)>,
        p: &NewPlan,
    ) -> StoreResult<i64> {
        let mut tx = self.change().await?;
        let before = match id {
            Some((id, version)) => {
                let row: Option<(String, i64, i64)> = sqlx::query_as(
                    "SELECT name, starts_year, ends_year FROM plans WHERE id = $1 AND programme_id = $2",
                )
                .bind(id)
                .bind(programme_id)
                .fetch_optional(&mut *tx)
                .await?;
                let (name, s, e) = row.ok_or(StoreError::NotFound)?;
                tx.claim("plans", programme_id, id, version).await?;
                Some(json!({ "name": name, "starts_year": s, "ends_year": e }))
            }
            None => None,
        };
        let id: i64 = match id {
            Some((id, _)) => {
                sqlx::query(
                    "UPDATE plans SET name = $1, starts_year = $2, ends_year = $3, description = $4 WHERE id = $5",
                )
                .bind(&p.name)
                .bind(p.starts_year)
                .bind(p.ends_year)
                .bind(&p.description)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(|e| StoreError::conflict_as(e, "plan"))?;
                id
            }
            None => sqlx::query_scalar(
                "INSERT INTO plans (programme_id, name, starts_year, ends_year, description, created_at, version, \
                 updated_at) VALUES ($1, $2, $3, $4, $5, $6, 1, $6) RETURNING id",
            )
            .bind(programme_id)
            .bind(&p.name)
            .bind(p.starts_year)
            .bind(p.ends_year)
            .bind(&p.description)
            .bind(clock::now_db())
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| StoreError::conflict_as(e, "plan"))?,
        };
        let mut change = Change::new(if before.is_some() { "update" } else { "create" }, "plan", id)
            .in_programme(programme_id)
            .after(json!({ "name": p.name, "starts_year": p.starts_year, "ends_year": p.ends_year }));
        if let Some(b) = before {
            change = change.before(b);
        }
        tx.commit(actor, change).await?;
        Ok(id)
    }
}
