//! Governance bodies of a coalition: seats over time, meetings and numbered decisions.

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::governance::{
    AgendaPoint, Body, BodyKind, Decision, DecisionRule, Meeting, NewAgendaPoint, NewBody, NewMeeting, NewSeat, Seat,
    decision_prefix,
};
use serde_json::{Value, json};
use sqlx::AnyConnection;

type BodyRow = (i64, i64, String, String, String, Option<i64>, Option<String>, String, i64);

const BODY_SELECT: &str = "SELECT b.id, b.programme_id, b.name, b.kind, b.decision_rule, b.lead_party_id, p.name, \
     b.description, b.version FROM bodies b LEFT JOIN parties p ON p.id = b.lead_party_id";

fn snapshot(b: &Body) -> Value {
    json!({
        "name": b.name,
        "kind": b.kind.key(),
        "rule": b.rule.key(),
        "lead_party": b.lead_party.as_ref().map(|(_, n)| n.clone()),
        "description": b.description,
        "seats": b.seats.iter().map(|s| format!("{} ({}, {}) {} – {}", s.person, s.party_name, s.position, s.started_on,
            s.ended_on.clone().unwrap_or_default())).collect::<Vec<_>>(),
        "meetings": b.meetings.len(),
    })
}

async fn complete(conn: &mut AnyConnection, r: BodyRow) -> StoreResult<Body> {
    let (id, programme_id, name, kind, rule, lead_id, lead_name, description, version) = r;
    #[allow(clippy::type_complexity)]
    let seats: Vec<(i64, i64, String, String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT s.id, s.party_id, p.name, s.person, s.position, s.started_on, s.ended_on FROM body_seats s \
         JOIN parties p ON p.id = s.party_id WHERE s.body_id = $1 ORDER BY s.started_on, s.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    #[allow(clippy::type_complexity)]
    let meetings: Vec<(i64, String, String, String, String, String, i64)> = sqlx::query_as(
        "SELECT id, held_on, notes, starts_at, location, agenda_sent_at, version FROM meetings WHERE body_id = $1 \
         ORDER BY held_on DESC, id DESC",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    #[allow(clippy::type_complexity)]
    let points: Vec<(i64, i64, i64, String, String, String)> = sqlx::query_as(
        "SELECT p.id, p.meeting_id, p.position, p.title, p.description, p.presenter FROM meeting_points p \
         JOIN meetings m ON m.id = p.meeting_id WHERE m.body_id = $1 ORDER BY p.position, p.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let invitees: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT i.meeting_id, i.seat_id FROM meeting_invitees i JOIN meetings m ON m.id = i.meeting_id \
         WHERE m.body_id = $1 ORDER BY i.seat_id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let decisions: Vec<(i64, i64, String, String)> =
        sqlx::query_as("SELECT id, meeting_id, number, text FROM decisions WHERE body_id = $1 ORDER BY id")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    Ok(Body {
        id,
        programme_id,
        name,
        kind: BodyKind::from_key(&kind).unwrap_or(BodyKind::Other),
        rule: DecisionRule::from_key(&rule).unwrap_or(DecisionRule::Consensus),
        lead_party: lead_id.zip(lead_name),
        description,
        seats: seats
            .into_iter()
            .map(|(id, party_id, party_name, person, position, started_on, ended_on)| Seat {
                id,
                party_id,
                party_name,
                person,
                position,
                started_on,
                ended_on,
            })
            .collect(),
        meetings: meetings
            .into_iter()
            .map(|(mid, held_on, notes, starts_at, location, agenda_sent_at, version)| Meeting {
                id: mid,
                held_on,
                starts_at,
                location,
                notes,
                decisions: decisions
                    .iter()
                    .filter(|d| d.1 == mid)
                    .map(|d| Decision { id: d.0, number: d.2.clone(), text: d.3.clone() })
                    .collect(),
                agenda: points
                    .iter()
                    .filter(|p| p.1 == mid)
                    .map(|p| AgendaPoint {
                        id: p.0,
                        position: p.2,
                        title: p.3.clone(),
                        description: p.4.clone(),
                        presenter: p.5.clone(),
                    })
                    .collect(),
                invitees: invitees.iter().filter(|i| i.0 == mid).map(|i| i.1).collect(),
                agenda_sent_at,
                version,
            })
            .collect(),
        version,
    })
}

async fn load(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Body> {
    let row: BodyRow = sqlx::query_as(&format!("{BODY_SELECT} WHERE b.id = $1 AND b.programme_id = $2"))
        .bind(id)
        .bind(programme_id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    complete(conn, row).await
}

/// Audit the change (claimed, touched or new, so the version is right) and commit.
async fn finish(
    mut tx: super::Write,
    actor: &Actor,
    action: &'static str,
    before: Option<&Body>,
    programme_id: i64,
    id: i64,
) -> StoreResult<Body> {
    let after = load(&mut tx, programme_id, id).await?;
    let mut change = Change::new(action, "body", id).in_programme(programme_id).after(snapshot(&after));
    if let Some(b) = before {
        change = change.before(snapshot(b));
    }
    tx.commit(actor, change).await?;
    Ok(after)
}

impl Store {
    pub async fn bodies(&self, programme_id: i64) -> StoreResult<Vec<Body>> {
        let mut conn = self.pool.acquire().await?;
        let rows: Vec<BodyRow> =
            sqlx::query_as(&format!("{BODY_SELECT} WHERE b.programme_id = $1 ORDER BY LOWER(b.name), b.id"))
                .bind(programme_id)
                .fetch_all(&mut *conn)
                .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(complete(&mut conn, r).await?);
        }
        Ok(out)
    }

    pub async fn body(&self, programme_id: i64, id: i64) -> StoreResult<Body> {
        let mut conn = self.pool.acquire().await?;
        load(&mut conn, programme_id, id).await
    }

    pub async fn create_body(&self, actor: &Actor, programme_id: i64, new: &NewBody) -> StoreResult<Body> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO bodies (programme_id, name, kind, decision_rule, lead_party_id, description, version, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7) RETURNING id",
        )
        .bind(programme_id)
        .bind(&new.name)
        .bind(new.kind.key())
        .bind(new.rule.key())
        .bind(new.lead_party)
        .bind(&new.description)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::conflict_as(e, "body"))?;
        finish(tx, actor, "create", None, programme_id, id).await
    }

    pub async fn update_body(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        new: &NewBody,
    ) -> StoreResult<Body> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        tx.claim("bodies", programme_id, id, version).await?;
        sqlx::query(
            "UPDATE bodies SET name = $1, kind = $2, decision_rule = $3, lead_party_id = $4, description = $5 \
             WHERE id = $6",
        )
        .bind(&new.name)
        .bind(new.kind.key())
        .bind(new.rule.key())
        .bind(new.lead_party)
        .bind(&new.description)
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(|e| StoreError::conflict_as(e, "body"))?;
        finish(tx, actor, "update", Some(&before), programme_id, id).await
    }

    pub async fn add_seat(&self, actor: &Actor, programme_id: i64, body_id: i64, seat: &NewSeat) -> StoreResult<Body> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, body_id).await?;
        tx.touch("bodies", programme_id, body_id).await?;
        sqlx::query(
            "INSERT INTO body_seats (body_id, party_id, person, position, started_on, ended_on) \
             SELECT $1, p.id, $3, $4, $5, NULL FROM parties p WHERE p.id = $2 AND p.programme_id = $6",
        )
        .bind(body_id)
        .bind(seat.party_id)
        .bind(&seat.person)
        .bind(&seat.position)
        .bind(&seat.started_on)
        .bind(programme_id)
        .execute(&mut *tx)
        .await?;
        finish(tx, actor, "seat", Some(&before), programme_id, body_id).await
    }

    /// The person leaves the body on `date` (not before the seat started).
    pub async fn end_seat(
        &self,
        actor: &Actor,
        programme_id: i64,
        body_id: i64,
        seat_id: i64,
        date: &str,
    ) -> StoreResult<Body> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, body_id).await?;
        tx.touch("bodies", programme_id, body_id).await?;
        let seat = before.seats.iter().find(|s| s.id == seat_id && s.ended_on.is_none()).ok_or(StoreError::NotFound)?;
        let date = if date < seat.started_on.as_str() { seat.started_on.as_str() } else { date };
        sqlx::query("UPDATE body_seats SET ended_on = $1 WHERE id = $2 AND body_id = $3")
            .bind(date)
            .bind(seat_id)
            .bind(body_id)
            .execute(&mut *tx)
            .await?;
        finish(tx, actor, "seat", Some(&before), programme_id, body_id).await
    }

    /// A meeting: planned (its invitees the body's seats on the day) or held, with its decisions
    /// numbered per body and year (`SG-2026-1`, `SG-2026-2`, …).
    pub async fn add_meeting(
        &self,
        actor: &Actor,
        programme_id: i64,
        body_id: i64,
        m: &NewMeeting,
    ) -> StoreResult<Body> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, body_id).await?;
        tx.touch("bodies", programme_id, body_id).await?;
        let meeting_id: i64 = sqlx::query_scalar(
            "INSERT INTO meetings (body_id, held_on, notes, starts_at, location, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(body_id)
        .bind(&m.held_on)
        .bind(&m.notes)
        .bind(&m.starts_at)
        .bind(&m.location)
        .bind(clock::now_db())
        .fetch_one(&mut *tx)
        .await?;
        for seat in before.seats_on(&m.held_on) {
            sqlx::query("INSERT INTO meeting_invitees (meeting_id, seat_id) VALUES ($1, $2)")
                .bind(meeting_id)
                .bind(seat.id)
                .execute(&mut *tx)
                .await?;
        }
        number_decisions(&mut tx, &before, meeting_id, &m.held_on, &m.decisions).await?;
        let after = load(&mut tx, programme_id, body_id).await?;
        tx.audit(actor, meeting_change("create", &before, &after, meeting_id)).await?;
        finish(tx, actor, "meeting", Some(&before), programme_id, body_id).await
    }

    /// Change a meeting's date, time, place and minutes, and add the decisions typed (numbered
    /// after the body's others), if the meeting is still at `version`.
    pub async fn update_meeting(
        &self,
        actor: &Actor,
        (programme_id, body_id, meeting_id): (i64, i64, i64),
        version: i64,
        m: &NewMeeting,
    ) -> StoreResult<Body> {
        let (mut tx, before) = self.meeting_change(programme_id, body_id, meeting_id).await?;
        let done = sqlx::query(
            "UPDATE meetings SET held_on = $1, starts_at = $2, location = $3, notes = $4, version = version + 1 \
             WHERE id = $5 AND body_id = $6 AND version = $7",
        )
        .bind(&m.held_on)
        .bind(&m.starts_at)
        .bind(&m.location)
        .bind(&m.notes)
        .bind(meeting_id)
        .bind(body_id)
        .bind(version)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Stale);
        }
        number_decisions(&mut tx, &before, meeting_id, &m.held_on, &m.decisions).await?;
        self.meeting_finish(tx, actor, "update", &before, meeting_id).await
    }

    /// Add a point at the end of a meeting's agenda.
    pub async fn add_agenda_point(
        &self,
        actor: &Actor,
        (programme_id, body_id, meeting_id): (i64, i64, i64),
        point: &NewAgendaPoint,
    ) -> StoreResult<Body> {
        let (mut tx, before) = self.meeting_change(programme_id, body_id, meeting_id).await?;
        let last = before.meeting(meeting_id).and_then(|m| m.agenda.iter().map(|p| p.position).max()).unwrap_or(0);
        sqlx::query(
            "INSERT INTO meeting_points (meeting_id, position, title, description, presenter) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(meeting_id)
        .bind(last + 1)
        .bind(&point.title)
        .bind(&point.description)
        .bind(&point.presenter)
        .execute(&mut *tx)
        .await?;
        self.meeting_finish(tx, actor, "agenda", &before, meeting_id).await
    }

    /// Remove a point from the agenda, or move it one place up (`Some(true)`) or down.
    pub async fn change_agenda_point(
        &self,
        actor: &Actor,
        (programme_id, body_id, meeting_id): (i64, i64, i64),
        point_id: i64,
        move_up: Option<bool>,
    ) -> StoreResult<Body> {
        let (mut tx, before) = self.meeting_change(programme_id, body_id, meeting_id).await?;
        let agenda = &before.meeting(meeting_id).ok_or(StoreError::NotFound)?.agenda;
        let at = agenda.iter().position(|p| p.id == point_id).ok_or(StoreError::NotFound)?;
        match move_up {
            None => {
                sqlx::query("DELETE FROM meeting_points WHERE id = $1").bind(point_id).execute(&mut *tx).await?;
            }
            Some(up) => {
                let other = if up { at.checked_sub(1) } else { Some(at + 1).filter(|i| *i < agenda.len()) };
                if let Some(other) = other {
                    for (id, position) in
                        [(agenda[at].id, agenda[other].position), (agenda[other].id, agenda[at].position)]
                    {
                        sqlx::query("UPDATE meeting_points SET position = $1 WHERE id = $2")
                            .bind(position)
                            .bind(id)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
            }
        }
        self.meeting_finish(tx, actor, "agenda", &before, meeting_id).await
    }

    /// Who is invited: seats of this body (others are ignored).
    pub async fn set_invitees(
        &self,
        actor: &Actor,
        (programme_id, body_id, meeting_id): (i64, i64, i64),
        seats: &[i64],
    ) -> StoreResult<Body> {
        let (mut tx, before) = self.meeting_change(programme_id, body_id, meeting_id).await?;
        sqlx::query("DELETE FROM meeting_invitees WHERE meeting_id = $1").bind(meeting_id).execute(&mut *tx).await?;
        for seat in before.seats.iter().filter(|s| seats.contains(&s.id)) {
            sqlx::query("INSERT INTO meeting_invitees (meeting_id, seat_id) VALUES ($1, $2)")
                .bind(meeting_id)
                .bind(seat.id)
                .execute(&mut *tx)
                .await?;
        }
        self.meeting_finish(tx, actor, "invitees", &before, meeting_id).await
    }

    /// Note that the agenda was mailed (`at`: the moment, as the database keeps it).
    pub async fn mark_agenda_sent(
        &self,
        actor: &Actor,
        (programme_id, body_id, meeting_id): (i64, i64, i64),
        at: &str,
    ) -> StoreResult<Body> {
        let (mut tx, before) = self.meeting_change(programme_id, body_id, meeting_id).await?;
        sqlx::query("UPDATE meetings SET agenda_sent_at = $1 WHERE id = $2")
            .bind(at)
            .bind(meeting_id)
            .execute(&mut *tx)
            .await?;
        self.meeting_finish(tx, actor, "agenda-sent", &before, meeting_id).await
    }

    /// Start a change of one meeting of a body: `NotFound` when the meeting is not the body's.
    async fn meeting_change(
        &self,
        programme_id: i64,
        body_id: i64,
        meeting_id: i64,
    ) -> StoreResult<(super::Write, Body)> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, body_id).await?;
        if before.meeting(meeting_id).is_none() {
            return Err(StoreError::NotFound);
        }
        tx.touch("bodies", programme_id, body_id).await?;
        Ok((tx, before))
    }

    async fn meeting_finish(
        &self,
        mut tx: super::Write,
        actor: &Actor,
        action: &'static str,
        before: &Body,
        meeting_id: i64,
    ) -> StoreResult<Body> {
        let after = load(&mut tx, before.programme_id, before.id).await?;
        tx.commit(actor, meeting_change(action, before, &after, meeting_id)).await?;
        Ok(after)
    }
}

fn meeting_snapshot(m: &Meeting) -> Value {
    json!({
        "held_on": m.held_on,
        "starts_at": m.starts_at,
        "location": m.location,
        "agenda": m.agenda.iter().map(|p| p.title.clone()).collect::<Vec<_>>(),
        "invitees": m.invitees.len(),
        "minutes": m.notes.chars().count(),
        "decisions": m.decisions.iter().map(|d| format!("{} {}", d.number, d.text)).collect::<Vec<_>>(),
        "agenda_sent_at": m.agenda_sent_at,
    })
}

fn meeting_change(action: &'static str, before: &Body, after: &Body, meeting_id: i64) -> Change {
    let mut change = Change::new(action, "meeting", meeting_id).in_programme(after.programme_id);
    if let Some(m) = before.meeting(meeting_id) {
        change = change.before(meeting_snapshot(m));
    }
    if let Some(m) = after.meeting(meeting_id) {
        change = change.after(meeting_snapshot(m));
    }
    change
}

/// Number new decisions after the body's others of the same year (`SG-2026-3`).
async fn number_decisions(
    conn: &mut AnyConnection,
    body: &Body,
    meeting_id: i64,
    held_on: &str,
    decisions: &[String],
) -> StoreResult<()> {
    let prefix = format!("{}-{}-", decision_prefix(body.kind), held_on.get(..4).unwrap_or("0000"));
    let taken = body
        .meetings
        .iter()
        .flat_map(|x| x.decisions.iter())
        .filter_map(|d| d.number.strip_prefix(&prefix).and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    for (n, text) in decisions.iter().enumerate() {
        sqlx::query("INSERT INTO decisions (meeting_id, body_id, number, text) VALUES ($1, $2, $3, $4)")
            .bind(meeting_id)
            .bind(body.id)
            .bind(format!("{prefix}{}", taken + 1 + n as u32))
            .bind(text)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
