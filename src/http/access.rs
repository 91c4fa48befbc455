//! Authorisation at the edge: extractors that load the programme named in the path and ask
//! `domain::access` (the one place where rules live) before a handler runs. A handler that takes
//! `ProgrammeAccess<Manage>` cannot run for someone who may not manage that programme; rules about
//! single records are asked through `ProgrammeAccess::requester`.

use super::AppState;
use super::error::AppError;
use super::session::Auth;
use crate::domain::access::{Action, Requester, Role, SiteAction, allowed, may_read_page, site_allowed};
use crate::domain::programme::{Page, Programme};
use crate::domain::user::User;
use axum::extract::{FromRequestParts, OptionalFromRequestParts, Path};
use axum::http::request::Parts;
use std::collections::HashMap;
use std::marker::PhantomData;

/// A rule about one programme.
pub trait Policy: Send + Sync + 'static {
    fn permits(auth: &Auth, role: Option<Role>, programme: &Programme) -> bool;
}

/// See the programme's overview: members always, the public once it is published.
pub struct View;
/// Change settings and publication.
pub struct Manage;
/// Add, change and remove members.
pub struct ManageMembers;
/// Read the programme's history.
pub struct History;
/// Archive the programme.
pub struct Delete;
/// Read the programme's internal pages (members list, stories).
pub struct Internal;
/// Add and change content owned by the parties: stories (later: measures, figures).
pub struct Contribute;
/// Read the programme's step-1 pages ("Stand van de wijk"): members always, the public once the
/// urgency page is published.
pub struct UrgencyView;

/// Read the coalition page: members always, the public once the coalition page is published.
pub struct CoalitionView;

/// Read the agenda: members always, the public once the agenda page is published.
pub struct AgendaView;

/// Read the preconditions' results: members always, the public once that page is published.
pub struct PreconditionsView;

/// Read the progress of the goals: members always, the public once that page is published.
pub struct ProgressView;

/// Read the published reports: anyone may try; what is shown depends on membership (drafts) and
/// on what a beheerder published (checked in the handler).
pub struct ReportView;

/// Anyone may ask; the handler applies the rules of the record asked for (a document follows the
/// record it belongs to, see `web::documents`).
pub struct Anyone;

impl Policy for Anyone {
    fn permits(_auth: &Auth, _role: Option<Role>, _p: &Programme) -> bool {
        true
    }
}

impl Policy for ReportView {
    fn permits(auth: &Auth, role: Option<Role>, _p: &Programme) -> bool {
        let who = auth.principal(role);
        allowed(who, Action::ReadInternal) || allowed(who, Action::ReadPublished)
    }
}

/// Members read a step's page always, the public once the programme published it.
macro_rules! page_policy {
    ($($marker:ident => $page:expr),* $(,)?) => {$(
        impl Policy for $marker {
            fn permits(auth: &Auth, role: Option<Role>, p: &Programme) -> bool {
                may_read_page(auth.principal(role), p.is_published($page))
            }
        }
    )*};
}

page_policy!(
    View => Page::Overview,
    UrgencyView => Page::Urgency,
    CoalitionView => Page::Coalition,
    AgendaView => Page::Agenda,
    PreconditionsView => Page::Preconditions,
    ProgressView => Page::Progress,
);

macro_rules! action_policy {
    ($($marker:ident => $action:expr),* $(,)?) => {$(
        impl Policy for $marker {
            fn permits(auth: &Auth, role: Option<Role>, _p: &Programme) -> bool {
                allowed(auth.principal(role), $action)
            }
        }
    )*};
}

action_policy!(Manage => Action::Manage, ManageMembers => Action::ManageMembers, History => Action::ReadHistory, Delete => Action::Delete, Internal => Action::ReadInternal, Contribute => Action::Contribute);

/// Rules of `domain::access::Requester` that do not depend on the parties an account acts for.
macro_rules! requester_policy {
    ($($(#[$doc:meta])* $marker:ident => $rule:ident),* $(,)?) => {$(
        $(#[$doc])*
        pub struct $marker;

        impl Policy for $marker {
            fn permits(auth: &Auth, role: Option<Role>, _p: &Programme) -> bool {
                Requester::new(auth.principal(role), Vec::new()).$rule()
            }
        }
    )*};
}

requester_policy!(
    /// Approve or return the values partners entered.
    ReviewValues => review_value,
    /// Publish a year's report or withdraw it.
    PublishReports => publish_report,
);

/// A programme the requester may access under policy `P`, with the requester's role in it.
pub struct ProgrammeAccess<P> {
    pub programme: Programme,
    pub role: Option<Role>,
    pub auth: Auth,
    _policy: PhantomData<P>,
}

impl<P> ProgrammeAccess<P> {
    /// May the requester also do `action`? (For showing or hiding buttons; routes check again.)
    pub fn can(&self, action: Action) -> bool {
        allowed(self.principal(), action)
    }

    /// Who asks, as far as this programme is concerned.
    pub fn principal(&self) -> crate::domain::access::Principal {
        self.auth.principal(self.role)
    }

    /// The requester with the parties it acts for in this programme, for the rules about single
    /// records (`domain::access::Requester`).
    pub async fn requester(&self, state: &AppState) -> Result<Requester, AppError> {
        let parties = match self.auth.user() {
            Some(u) if self.can(Action::Contribute) => state.store.parties_of(self.programme.id, u.id).await?,
            _ => Vec::new(),
        };
        Ok(Requester::new(self.auth.principal(self.role), parties))
    }
}

impl<P: Policy> FromRequestParts<AppState> for ProgrammeAccess<P> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Path(params) =
            <Path<HashMap<String, String>> as FromRequestParts<AppState>>::from_request_parts(parts, state)
                .await
                .map_err(|_| AppError::NotFound)?;
        let id: i64 = params.get("id").and_then(|v| v.parse().ok()).ok_or(AppError::NotFound)?;
        let programme = state.store.programme(id).await?;
        let auth = parts.extensions.get::<Auth>().cloned().unwrap_or_default();
        let role = match auth.user() {
            Some(u) => state.store.role_in(u.id, id).await?,
            None => None,
        };
        if P::permits(&auth, role, &programme) {
            Ok(ProgrammeAccess { programme, role, auth, _policy: PhantomData })
        } else if auth.user().is_none() {
            Err(AppError::Unauthorised)
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// A logged-in account (session or token).
pub struct CurrentUser {
    pub user: User,
    pub auth: Auth,
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let auth = parts.extensions.get::<Auth>().cloned().unwrap_or_default();
        match auth.user().cloned() {
            Some(user) => Ok(CurrentUser { user, auth }),
            None => Err(AppError::Unauthorised),
        }
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for CurrentUser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, Self::Rejection> {
        let auth = parts.extensions.get::<Auth>().cloned().unwrap_or_default();
        Ok(auth.user().cloned().map(|user| CurrentUser { user, auth }))
    }
}

/// The socket address of the client, when the server was started with connection info.
pub struct ClientAddr(pub Option<std::net::SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0)))
    }
}

/// A site administrator.
pub struct SiteAdmin(pub User);

impl<S: Send + Sync> FromRequestParts<S> for SiteAdmin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let CurrentUser { user, auth } = <CurrentUser as FromRequestParts<S>>::from_request_parts(parts, state).await?;
        if site_allowed(auth.site_principal(), SiteAction::ManageAccounts) {
            Ok(SiteAdmin(user))
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// A site administrator or data steward, allowed `action` on the shared statistics.
async fn statistics_user(parts: &mut Parts, state: &AppState, action: SiteAction) -> Result<User, AppError> {
    let CurrentUser { user, auth } =
        <CurrentUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await?;
    if site_allowed(auth.site_principal(), action) { Ok(user) } else { Err(AppError::Forbidden) }
}

/// Someone who may review the indicator catalogue: a site administrator or a data steward.
pub struct Classifier(pub User);

impl FromRequestParts<AppState> for Classifier {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        statistics_user(parts, state, SiteAction::ClassifyIndicators).await.map(Classifier)
    }
}

/// Someone who may upload statistics: a site administrator or a data steward.
pub struct Importer(pub User);

impl FromRequestParts<AppState> for Importer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        statistics_user(parts, state, SiteAction::ImportStatistics).await.map(Importer)
    }
}

impl Classifier {
    pub fn actor(&self) -> crate::domain::audit::Actor {
        crate::domain::audit::Actor::user(self.0.id, &self.0.email)
    }
}

impl Importer {
    pub fn actor(&self) -> crate::domain::audit::Actor {
        crate::domain::audit::Actor::user(self.0.id, &self.0.email)
    }
}

impl CurrentUser {
    pub fn actor(&self) -> crate::domain::audit::Actor {
        crate::domain::audit::Actor::user(self.user.id, &self.user.email)
    }
}

impl SiteAdmin {
    pub fn actor(&self) -> crate::domain::audit::Actor {
        crate::domain::audit::Actor::user(self.0.id, &self.0.email)
    }
}

impl<P> ProgrammeAccess<P> {
    pub fn actor(&self) -> crate::domain::audit::Actor {
        match self.auth.user() {
            Some(u) => crate::domain::audit::Actor::user(u.id, &u.email),
            None => crate::domain::audit::Actor::system("anonymous"),
        }
    }
}
