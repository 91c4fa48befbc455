//! Step 2, the coalition page: who takes part now, by type, who took part before, the timeline of
//! joins and leaves and what is missing; parties with their periods, contact persons (members
//! only) and the accounts that act for them. Managed by the programme's beheerders.

use super::form::{ConfirmTemplate, FormPage, FormState, Saved, respond, saved, saved_unique};
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::coalition::{
    ContactInput, MoveInput, Party, PartyInput, PartyKind, PartyType, Signal, TimelineEvent, signals, timeline,
};
use crate::domain::programme::{Page, Programme};
use crate::domain::validation::{FieldErrors, iso, parse_date};
use crate::http::AppState;
use crate::http::access::{CoalitionView, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::report::paper::Paper;
use crate::store::Member;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The current parties of one type.
pub struct TypeGroup {
    pub party_type: PartyType,
    pub parties: Vec<Party>,
}

#[derive(Template)]
#[template(path = "coalition.html")]
struct CoalitionTemplate {
    ctx: PageCtx,
    programme: Programme,
    groups: Vec<TypeGroup>,
    former: Vec<Party>,
    timeline: Vec<TimelineEvent>,
    signals: Vec<Signal>,
    bodies: Vec<crate::domain::governance::Body>,
    /// Body signals: no steering body; bodies without a decision for half a year.
    no_steering: bool,
    quiet: Vec<String>,
    /// Current parties without any measure.
    idle: Vec<String>,
    internal: bool,
    can_manage: bool,
    published: bool,
}

fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/coalitie")
}

/// `/programmas/{id}/coalitie`.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<CoalitionView>,
) -> AppResult<Response> {
    let parties = state.store.parties(access.programme.id).await?;
    let bodies = state.store.bodies(access.programme.id).await?;
    let (no_steering, quiet) = crate::domain::governance::body_signals(&bodies, clock::now().date());
    let signals = signals(&parties);
    let timeline = timeline(&parties);
    let measures = state.store.measures(access.programme.id).await?;
    let current_named: Vec<(i64, &str)> =
        parties.iter().filter(|p| p.is_current()).map(|p| (p.id, p.name.as_str())).collect();
    let idle: Vec<String> = crate::domain::measure::parties_without_measure(&current_named, &measures)
        .into_iter()
        .map(String::from)
        .collect();
    let (current, former): (Vec<Party>, Vec<Party>) = parties.into_iter().partition(|p| p.is_current());
    let groups = PartyType::ALL
        .into_iter()
        .map(|t| TypeGroup {
            party_type: t,
            parties: current.iter().filter(|p| p.kind.party_type() == t).cloned().collect(),
        })
        .collect();
    let page = CoalitionTemplate {
        internal: access.can(Action::ReadInternal),
        can_manage: access.can(Action::Manage),
        published: access.programme.is_published(Page::Coalition),
        programme: access.programme,
        groups,
        former,
        timeline,
        signals,
        bodies,
        no_steering,
        quiet,
        idle,
        ctx,
    };
    Ok(render(page)?.into_response())
}

#[derive(Template)]
#[template(path = "party_form.html")]
struct PartyFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    /// `None` when adding.
    party: Option<Party>,
    input: PartyInput,
    errors: FieldErrors,
    kinds: Vec<PartyKind>,
    /// Someone else saved the party since this form was loaded.
    stale: bool,
}

fn party_form(f: FormPage<Party, PartyInput>) -> AppResult<Response> {
    let status = f.shown.status();
    let page = PartyFormTemplate {
        ctx: f.ctx,
        programme: f.programme,
        party: f.record,
        input: f.input,
        errors: f.shown.errors,
        kinds: PartyKind::ALL.to_vec(),
        stale: f.shown.stale,
    };
    respond(status, page)
}

pub async fn new_form(ctx: PageCtx, access: ProgrammeAccess<Manage>) -> AppResult<Response> {
    let input = PartyInput::with_defaults(clock::now().date());
    party_form(FormPage::fresh(ctx, access.programme, None, input))
}

fn name_taken() -> FieldErrors {
    FieldErrors::single("name", "error-party-name-taken")
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<PartyInput>,
) -> AppResult<Response> {
    let new = match input.parse(clock::now().date(), false) {
        Ok(n) => n,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return party_form(FormPage { ctx, programme: access.programme, record: None, input, shown });
        }
    };
    let result = state.store.create_party(&access.actor(), access.programme.id, &new).await;
    match saved_unique(result, input, 0, name_taken())? {
        Saved::Done(p) => {
            Ok(Redirect::to(&format!("{}/partijen/{}?melding=aangemaakt", base(access.programme.id), p.id))
                .into_response())
        }
        Saved::Again(input, shown) => {
            party_form(FormPage { ctx, programme: access.programme, record: None, input, shown })
        }
    }
}

#[derive(Deserialize)]
pub struct PartyPath {
    id: i64,
    party_id: i64,
}

#[derive(Template)]
#[template(path = "party.html")]
struct PartyTemplate {
    ctx: PageCtx,
    programme: Programme,
    party: Party,
    /// `party-kind-…` and `party-type-…` catalogue keys.
    kind_key: String,
    type_key: String,
    internal: bool,
    can_manage: bool,
    /// Members who may be linked to the party.
    members: Vec<Member>,
    contact: ContactInput,
    errors: FieldErrors,
    /// For a party that left and still has contacts: the day the retention period deletes them.
    contacts_removed_on: Option<String>,
    retention_months: u32,
}

/// What the requester may see and do on a party's page.
struct Rights {
    internal: bool,
    can_manage: bool,
}

impl<P> From<&ProgrammeAccess<P>> for Rights {
    fn from(a: &ProgrammeAccess<P>) -> Rights {
        Rights { internal: a.can(Action::ReadInternal), can_manage: a.can(Action::Manage) }
    }
}

/// A party's page, with the form to add a contact person.
async fn party_page(state: &AppState, f: FormPage<Party, ContactInput>, rights: Rights) -> AppResult<Response> {
    let status = f.shown.status();
    let (ctx, programme, contact, errors) = (f.ctx, f.programme, f.input, f.shown.errors);
    let party = f.record.ok_or(AppError::NotFound)?;
    let members = if rights.can_manage { state.store.members(programme.id).await? } else { Vec::new() };
    let months = state.settings.contact_retention_months;
    let contacts_removed_on = match party.periods.last() {
        Some(last) if !party.contacts.is_empty() => last
            .left_on
            .as_deref()
            .and_then(|d| parse_date(d).ok())
            .map(|d| iso(crate::domain::privacy::contacts_removed_on(d, months))),
        _ => None,
    };
    let page = PartyTemplate {
        contacts_removed_on,
        retention_months: months,
        internal: rights.internal,
        can_manage: rights.can_manage,
        programme,
        kind_key: format!("party-kind-{}", party.kind.key()),
        type_key: format!("party-type-{}", party.kind.party_type().key()),
        party,
        members,
        contact,
        errors,
        ctx,
    };
    respond(status, page)
}

/// `/programmas/{id}/coalitie/partijen/{party_id}`.
pub async fn show_party(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<CoalitionView>,
    Path(path): Path<PartyPath>,
) -> AppResult<Response> {
    let party = state.store.party(path.id, path.party_id).await?;
    let rights = Rights::from(&access);
    party_page(&state, FormPage::fresh(ctx, access.programme, Some(party), ContactInput::default()), rights).await
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PartyPath>,
) -> AppResult<Response> {
    let party = state.store.party(path.id, path.party_id).await?;
    let input = PartyInput::from_party(&party);
    party_form(FormPage::fresh(ctx, access.programme, Some(party), input))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PartyPath>,
    Form(input): Form<PartyInput>,
) -> AppResult<Response> {
    let party = state.store.party(path.id, path.party_id).await?;
    let new = match input.parse(clock::now().date(), true) {
        Ok(n) => n,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return party_form(FormPage { ctx, programme: access.programme, record: Some(party), input, shown });
        }
    };
    let result = state.store.update_party(&access.actor(), path.id, party.id, input.version(), &new).await;
    match saved_unique(result, input, party.version, name_taken())? {
        Saved::Done(_) => {
            Ok(Redirect::to(&format!("{}/partijen/{}?melding=opgeslagen", base(path.id), party.id)).into_response())
        }
        Saved::Again(input, shown) => {
            party_form(FormPage { ctx, programme: access.programme, record: Some(party), input, shown })
        }
    }
}

#[derive(Template)]
#[template(path = "party_move.html")]
struct MoveTemplate {
    ctx: PageCtx,
    programme: Programme,
    party: Party,
    input: MoveInput,
    errors: FieldErrors,
    stale: bool,
}

fn move_form(f: FormPage<Party, MoveInput>) -> AppResult<Response> {
    let status = f.shown.status();
    let party = f.record.ok_or(AppError::NotFound)?;
    let (ctx, programme, input, errors, stale) = (f.ctx, f.programme, f.input, f.shown.errors, f.shown.stale);
    respond(status, MoveTemplate { ctx, programme, party, input, errors, stale })
}

/// `/…/partijen/{party_id}/deelname`: leave the coalition, or join again.
pub async fn move_form_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PartyPath>,
) -> AppResult<Response> {
    let party = state.store.party(path.id, path.party_id).await?;
    let input = MoveInput {
        date: crate::domain::validation::iso(clock::now().date()),
        reason: String::new(),
        version: party.version.to_string(),
    };
    move_form(FormPage::fresh(ctx, access.programme, Some(party), input))
}

pub async fn move_party(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PartyPath>,
    Form(input): Form<MoveInput>,
) -> AppResult<Response> {
    let party = state.store.party(path.id, path.party_id).await?;
    let m = match input.parse(&party, clock::now().date()) {
        Ok(m) => m,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return move_form(FormPage { ctx, programme: access.programme, record: Some(party), input, shown });
        }
    };
    let result = state.store.move_party(&access.actor(), path.id, party.id, input.version(), &m).await;
    // Left or joined in the meantime: the party's current state is shown and asked again.
    match saved(result, input, party.version)? {
        Saved::Done(_) => Ok(Redirect::to(&format!("{}?melding=opgeslagen", base(path.id))).into_response()),
        Saved::Again(input, shown) => {
            move_form(FormPage { ctx, programme: access.programme, record: Some(party), input, shown })
        }
    }
}

pub async fn add_contact(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PartyPath>,
    Form(input): Form<ContactInput>,
) -> AppResult<Response> {
    let party = state.store.party(path.id, path.party_id).await?;
    match input.parse() {
        Err(errors) => {
            let rights = Rights::from(&access);
            let shown = FormState::invalid(errors);
            party_page(&state, FormPage { ctx, programme: access.programme, record: Some(party), input, shown }, rights)
                .await
        }
        Ok((name, role, email)) => {
            state.store.add_contact(&access.actor(), path.id, party.id, (&name, &role, &email)).await?;
            Ok(Redirect::to(&format!("{}/partijen/{}?melding=opgeslagen", base(path.id), party.id)).into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct ContactPath {
    id: i64,
    party_id: i64,
    contact_id: i64,
}

pub async fn remove_contact_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _access: ProgrammeAccess<Manage>,
    Path(path): Path<ContactPath>,
) -> AppResult<Response> {
    let party = state.store.party(path.id, path.party_id).await?;
    let contact = party.contacts.iter().find(|c| c.id == path.contact_id).ok_or(AppError::NotFound)?;
    let page = ConfirmTemplate {
        title: ctx
            .lang
            .t_args("contact-remove-title", &[("name", contact.name.clone()), ("party", party.name.clone())]),
        text: ctx.t("contact-remove-text"),
        action: format!("{}/partijen/{}/contactpersonen/{}/verwijderen", base(path.id), party.id, contact.id),
        submit: ctx.t("contact-remove-submit"),
        cancel: format!("{}/partijen/{}", base(path.id), party.id),
        danger: true,
        ctx,
    };
    page.render()
}

pub async fn remove_contact(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<ContactPath>,
) -> AppResult<Response> {
    state.store.remove_contact(&access.actor(), path.id, path.party_id, path.contact_id).await?;
    Ok(Redirect::to(&format!("{}/partijen/{}?melding=verwijderd", base(path.id), path.party_id)).into_response())
}

#[derive(Deserialize)]
pub struct AccountForm {
    user_id: i64,
    #[serde(default)]
    acts: String,
}

/// Link or unlink a member's account to the party.
pub async fn set_account(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PartyPath>,
    Form(form): Form<AccountForm>,
) -> AppResult<Response> {
    state.store.set_party_account(&access.actor(), path.id, path.party_id, form.user_id, form.acts == "1").await?;
    Ok(Redirect::to(&format!("{}/partijen/{}?melding=opgeslagen", base(path.id), path.party_id)).into_response())
}

/// `/programmas/{id}/coalitie/partijen.csv` and `.xlsx`: every party with its periods (one line
/// per period); contact persons only for members.
pub async fn download_csv(
    State(state): State<AppState>,
    access: ProgrammeAccess<CoalitionView>,
    download: super::export::Download,
) -> AppResult<Response> {
    use crate::app::table::{Cell, Table};
    let internal = access.can(Action::ReadInternal);
    let parties = state.store.parties(access.programme.id).await?;
    let mut table = Table::new(
        "Coalitie",
        &["partij", "soort", "type", "sloot_aan", "toelichting", "vertrok", "reden_vertrek", "contactpersonen"],
    );
    for p in &parties {
        let contacts = if internal {
            p.contacts.iter().map(|c| format!("{} ({}) {}", c.name, c.role, c.email)).collect::<Vec<_>>().join("; ")
        } else {
            String::new()
        };
        for period in &p.periods {
            table.push(vec![
                Cell::text(&p.name),
                Cell::text(p.kind.key()),
                Cell::text(p.kind.party_type().key()),
                Cell::Date(period.joined_on.clone()),
                Cell::text(&period.joined_note),
                Cell::Date(period.left_on.clone().unwrap_or_default()),
                Cell::text(&period.left_reason),
                Cell::text(&contacts),
            ]);
        }
    }
    download.respond(&format!("coalitie-{}", access.programme.id), &table)
}

/// The coalition on paper (and as a publication): the parties per type with their kind and since
/// when, former parties, the governance bodies and the timeline of joins and leaves. No signals
/// (they are for the beheerders) and no contact persons.
pub async fn paper(store: &crate::store::Store, ctx: &PageCtx, programme: &Programme) -> AppResult<Paper> {
    let parties = store.parties(programme.id).await?;
    let bodies = store.bodies(programme.id).await?;
    let events = timeline(&parties);
    let mut out = Paper::new(format!("{}: {}", ctx.t("coalition-title"), programme.name), ctx.t("coalition-intro"));
    let (current, former): (Vec<Party>, Vec<Party>) = parties.into_iter().partition(|p| p.is_current());
    let line = |p: &Party| {
        let mut l = format!("{} — {}", p.name, ctx.t(&format!("party-kind-{}", p.kind.key())));
        if let Some(d) = p.joined_on() {
            l.push_str(&format!(" · {}", ctx.t1("party-since", "date", ctx.date(d))));
        }
        l
    };
    out.h2(ctx.t("coalition-now"));
    for t in PartyType::ALL {
        let of_type: Vec<String> = current.iter().filter(|p| p.kind.party_type() == t).map(line).collect();
        out.h3(format!("{} ({})", ctx.t(&format!("party-type-{}", t.key())), of_type.len()));
        if of_type.is_empty() {
            out.note(ctx.t("coalition-type-empty"));
        }
        out.list(of_type);
    }
    if !former.is_empty() {
        out.h2(ctx.t("coalition-former"));
        out.list(
            former.iter().map(|p| format!("{} — {}", p.name, ctx.t(&format!("party-kind-{}", p.kind.key())))).collect(),
        );
    }
    out.h2(ctx.t("bodies-title"));
    if bodies.is_empty() {
        out.note(ctx.t("bodies-empty"));
    }
    out.list(
        bodies
            .iter()
            .map(|b| {
                let mut l = format!(
                    "{} — {} · {}",
                    b.name,
                    ctx.t(&format!("body-kind-{}", b.kind.key())),
                    ctx.t1("body-seat-count", "count", b.current_seats().count())
                );
                let mut seated: Vec<&str> = b.current_seats().map(|s| s.party_name.as_str()).collect();
                seated.sort_unstable();
                seated.dedup();
                if !seated.is_empty() {
                    l.push_str(&format!(" ({})", seated.join(", ")));
                }
                if let Some(d) = b.last_decision() {
                    l.push_str(&format!(" · {}", ctx.t1("body-last-decision", "date", ctx.date(d))));
                }
                l
            })
            .collect(),
    );
    out.h2(ctx.t("coalition-timeline"));
    if events.is_empty() {
        out.note(ctx.t("coalition-timeline-empty"));
    }
    out.list(
        events
            .iter()
            .map(|e| {
                let what = if e.joined {
                    ctx.t1("timeline-joined", "party", &e.party)
                } else {
                    ctx.t1("timeline-left", "party", &e.party)
                };
                let note = if e.note.is_empty() { String::new() } else { format!(": {}", e.note) };
                format!("{} — {what}{note}", ctx.date(&e.date))
            })
            .collect(),
    );
    Ok(out)
}
