//! `/api/v1/programmes/{id}/parties` and `/bodies`: the coalition as JSON, for whoever may read the
//! coalition page (members; the public once it is published). Contact persons only for members.

use crate::domain::access::Action;
use crate::domain::coalition::Party;
use crate::domain::governance::Body;
use crate::http::AppState;
use crate::http::access::{CoalitionView, ProgrammeAccess};
use crate::http::error::AppResult;
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct PeriodDto {
    pub joined_on: String,
    pub joined_note: String,
    pub left_on: Option<String>,
    pub left_reason: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactDto {
    pub name: String,
    pub role: String,
    pub email: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PartyDto {
    pub id: i64,
    pub name: String,
    /// gemeente, woningcorporatie, zorg, welzijn, politie, openbaar-ministerie, onderwijs, sport, cultuur,
    /// ondernemers, bewoners, rijk, overig.
    pub kind: &'static str,
    /// overheid, maatschappelijk, bewoners or ondernemers.
    #[serde(rename = "type")]
    pub party_type: &'static str,
    pub description: String,
    /// Takes part now.
    pub current: bool,
    /// Oldest first.
    pub periods: Vec<PeriodDto>,
    /// Members of the programme only; absent for others.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<ContactDto>>,
    /// Send back when changing the party (optimistic concurrency).
    pub version: i64,
}

impl PartyDto {
    fn new(p: Party, internal: bool) -> PartyDto {
        PartyDto {
            id: p.id,
            current: p.is_current(),
            kind: p.kind.key(),
            party_type: p.kind.party_type().key(),
            name: p.name,
            description: p.description,
            periods: p
                .periods
                .into_iter()
                .map(|x| PeriodDto {
                    joined_on: x.joined_on,
                    joined_note: x.joined_note,
                    left_on: x.left_on,
                    left_reason: x.left_reason,
                })
                .collect(),
            contacts: internal.then(|| {
                p.contacts.into_iter().map(|c| ContactDto { name: c.name, role: c.role, email: c.email }).collect()
            }),
            version: p.version,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SeatDto {
    pub party_id: i64,
    pub party: String,
    pub person: String,
    pub position: String,
    pub started_on: String,
    pub ended_on: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionDto {
    /// SG-2026-1: unique within the body.
    pub number: String,
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingDto {
    pub held_on: String,
    pub notes: String,
    pub decisions: Vec<DecisionDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BodyDto {
    pub id: i64,
    pub name: String,
    /// stuurgroep, regiegroep, werkgroep, wijkteam or overig.
    pub kind: &'static str,
    /// consensus, meerderheid or trekker.
    pub rule: &'static str,
    pub lead_party_id: Option<i64>,
    pub description: String,
    pub seats: Vec<SeatDto>,
    /// Newest first.
    pub meetings: Vec<MeetingDto>,
    pub version: i64,
}

impl From<Body> for BodyDto {
    fn from(b: Body) -> BodyDto {
        BodyDto {
            id: b.id,
            kind: b.kind.key(),
            rule: b.rule.key(),
            lead_party_id: b.lead_party.map(|(id, _)| id),
            name: b.name,
            description: b.description,
            seats: b
                .seats
                .into_iter()
                .map(|s| SeatDto {
                    party_id: s.party_id,
                    party: s.party_name,
                    person: s.person,
                    position: s.position,
                    started_on: s.started_on,
                    ended_on: s.ended_on,
                })
                .collect(),
            meetings: b
                .meetings
                .into_iter()
                .map(|m| MeetingDto {
                    held_on: m.held_on,
                    notes: m.notes,
                    decisions: m
                        .decisions
                        .into_iter()
                        .map(|d| DecisionDto { number: d.number, text: d.text })
                        .collect(),
                })
                .collect(),
            version: b.version,
        }
    }
}

/// The coalition's parties, past and present, by name.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/parties", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<PartyDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_parties(
    State(state): State<AppState>,
    access: ProgrammeAccess<CoalitionView>,
) -> AppResult<Json<Vec<PartyDto>>> {
    let internal = access.can(Action::ReadInternal);
    let parties = state.store.parties(access.programme.id).await?;
    Ok(Json(parties.into_iter().map(|p| PartyDto::new(p, internal)).collect()))
}

/// The coalition's bodies with their seats, meetings and decisions.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/bodies", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<BodyDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_bodies(
    State(state): State<AppState>,
    access: ProgrammeAccess<CoalitionView>,
) -> AppResult<Json<Vec<BodyDto>>> {
    let bodies = state.store.bodies(access.programme.id).await?;
    Ok(Json(bodies.into_iter().map(Into::into).collect()))
}
