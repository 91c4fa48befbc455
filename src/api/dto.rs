//! The shapes the API reads and writes.

use crate::domain::programme::{Programme, ProgrammeInput};
use crate::domain::user::User;
use crate::store::Member;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct UserDto {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    /// Gegevensbeheerder: imports statistics and classifies indicators for the whole site.
    pub is_data_steward: bool,
    pub disabled: bool,
    pub created_at: String,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        UserDto {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            is_admin: u.is_admin,
            is_data_steward: u.is_data_steward,
            disabled: u.disabled,
            created_at: u.created_at,
        }
    }
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct UserPage {
    pub items: Vec<UserDto>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewUserBody {
    pub email: String,
    #[serde(default)]
    pub display_name: String,
    /// At least 12 characters.
    pub password: String,
    #[serde(default)]
    pub is_admin: bool,
}

#[derive(Debug, Serialize, Deserialize, ToSchema, Clone)]
pub struct ProgrammeAreaDto {
    /// CBS code: GM0599, WK059910 or BU05991081.
    pub code: String,
    #[serde(default)]
    pub name: String,
    /// Region layout year of the code (codes change yearly).
    #[serde(default)]
    pub layout_year: Option<i64>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ProgrammeDto {
    pub id: i64,
    pub name: String,
    pub municipality_code: String,
    pub municipality_name: String,
    pub start_year: i64,
    pub horizon_year: i64,
    pub description: String,
    pub areas: Vec<ProgrammeAreaDto>,
    /// Keys of the pages that are public: overzicht, urgentie, coalitie, agenda, randvoorwaarden, voortgang.
    pub published_pages: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<Programme> for ProgrammeDto {
    fn from(p: Programme) -> Self {
        ProgrammeDto {
            id: p.id,
            areas: p
                .areas
                .iter()
                .map(|a| ProgrammeAreaDto {
                    code: a.code.as_str().to_string(),
                    name: a.name.clone(),
                    layout_year: Some(a.layout_year),
                })
                .collect(),
            published_pages: p.published.iter().map(|pg| pg.key().to_string()).collect(),
            name: p.name,
            municipality_code: p.municipality_code,
            municipality_name: p.municipality_name,
            start_year: p.start_year,
            horizon_year: p.horizon_year,
            description: p.description,
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProgrammeBody {
    pub name: String,
    pub municipality_code: String,
    pub municipality_name: String,
    pub start_year: i64,
    /// "A generation as horizon": must lie after the start year.
    pub horizon_year: i64,
    /// Region layout year of the area codes; defaults to the start year.
    #[serde(default)]
    pub layout_year: Option<i64>,
    pub areas: Vec<ProgrammeAreaDto>,
    #[serde(default)]
    pub description: String,
}

impl ProgrammeBody {
    /// The same validation as the web form: the body becomes the form's input.
    pub fn to_input(&self) -> ProgrammeInput {
        ProgrammeInput {
            name: self.name.clone(),
            municipality_code: self.municipality_code.clone(),
            municipality_name: self.municipality_name.clone(),
            start_year: self.start_year.to_string(),
            horizon_year: self.horizon_year.to_string(),
            layout_year: self.layout_year.unwrap_or(self.start_year).to_string(),
            areas: self
                .areas
                .iter()
                .map(|a| format!("{} {}", a.code.trim(), a.name.replace(['\n', '\r'], " ")))
                .collect::<Vec<_>>()
                .join("\n"),
            description: self.description.clone(),
        }
    }
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MemberDto {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    /// beheerder, partner or lezer.
    pub role: String,
    pub since: String,
}

impl From<Member> for MemberDto {
    fn from(m: Member) -> Self {
        MemberDto {
            user_id: m.user_id,
            email: m.email,
            display_name: m.display_name,
            role: m.role.key().to_string(),
            since: m.since,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RoleBody {
    /// beheerder, partner or lezer.
    pub role: String,
}

/// The error body of every API error.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorDetail {
    /// validation, invalid_request, not_found, forbidden, unauthorised, csrf, conflict, too_many_attempts,
    /// too_large, unavailable, cannot_write, internal
    pub code: String,
    pub message: String,
    /// Per field, the message in the requested language (validation errors only).
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, String>,
}
