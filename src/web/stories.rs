//! Stories (zachte gegevens) of a programme: the list, the intake form a process lead fills in while
//! talking with residents, editing and deleting. Shown next to the numbers on the area profile and
//! in the dossier (see `place`).

use super::form::ConfirmTemplate;
use super::form::{FormPage, FormState, respond};
use crate::domain::access::Action;
use crate::domain::catalogue::{Theme, indicator_ref};
use crate::domain::clock;
use crate::domain::programme::Programme;
use crate::domain::story::{SourceType, Story, StoryInput, story_themes};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Contribute, Internal, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// An indicator a story can be linked to: the scan's indicators, one per name across editions.
#[derive(Debug, Clone)]
pub struct IndicatorOption {
    pub reference: String,
    pub title: String,
    pub theme: Theme,
}

/// The indicators stories may speak to, in theme order then by title.
pub async fn indicator_options(state: &AppState, english: bool) -> AppResult<Vec<IndicatorOption>> {
    let mut out: Vec<IndicatorOption> = Vec::new();
    for i in state.store.indicators().await? {
        let c = i.classification;
        if !c.in_scan || c.theme == Theme::Context {
            continue;
        }
        let reference = indicator_ref(&i.source_table, &i.key);
        if out.iter().any(|o| o.reference == reference) {
            continue;
        }
        out.push(IndicatorOption { reference, title: i.title(english).to_string(), theme: c.theme });
    }
    out.sort_by(|a, b| {
        let pos = |t: Theme| Theme::ALL.iter().position(|x| *x == t);
        pos(a.theme).cmp(&pos(b.theme)).then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
    });
    Ok(out)
}

/// A story as a page shows it.
#[derive(Debug, Clone)]
pub struct StoryView {
    pub story: Story,
    pub date: String,
    /// `story-source-bewoner` etc.
    pub source_key: String,
    /// The programme it was told to (on pages outside the programme).
    pub programme: Option<(i64, String)>,
    /// The area's name, when the story is about one area.
    pub area_name: Option<String>,
}

impl StoryView {
    pub fn new(ctx: &PageCtx, story: Story) -> StoryView {
        StoryView {
            date: story.date_label(ctx.lang == crate::i18n::Lang::En),
            source_key: format!("story-source-{}", story.source.key()),
            programme: None,
            area_name: None,
            story,
        }
    }

    /// Paragraphs of the text (blank lines separate them).
    pub fn paragraphs(&self) -> Vec<&str> {
        self.story.text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect()
    }
}

/// Where the stories of one theme go: beside the figures they speak to (figure anchor → stories),
/// and the rest under the theme. `figures` are (anchor, indicator name) of the theme's figures.
pub fn place(
    theme: Theme,
    stories: &[StoryView],
    figures: &[(String, String)],
) -> (Vec<(String, Vec<StoryView>)>, Vec<StoryView>) {
    let mut beside: Vec<(String, Vec<StoryView>)> = Vec::new();
    let mut rest = Vec::new();
    for s in stories.iter().filter(|s| s.story.is_about(theme)) {
        let mut placed = false;
        for (anchor, reference) in figures {
            if s.story.speaks_to(reference) {
                placed = true;
                match beside.iter_mut().find(|(a, _)| a == anchor) {
                    Some((_, list)) => list.push(s.clone()),
                    None => beside.push((anchor.clone(), vec![s.clone()])),
                }
            }
        }
        if !placed {
            rest.push(s.clone());
        }
    }
    (beside, rest)
}

#[derive(Template)]
#[template(path = "stories.html")]
struct StoriesTemplate {
    ctx: PageCtx,
    programme: Programme,
    stories: Vec<StoryView>,
    can_contribute: bool,
}

fn area_name(p: &Programme, code: &Option<String>) -> Option<String> {
    let code = code.as_deref()?;
    Some(p.areas.iter().find(|a| a.code.as_str() == code).map(|a| a.name.clone()).unwrap_or_else(|| code.to_string()))
}

/// `/programmas/{id}/verhalen`: every story of the programme, for its members.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Internal>,
) -> AppResult<Response> {
    let stories = state.store.stories(access.programme.id, false).await?;
    let stories = stories
        .into_iter()
        .map(|s| {
            let area = area_name(&access.programme, &s.area_code);
            StoryView { area_name: area, ..StoryView::new(&ctx, s) }
        })
        .collect();
    let page =
        StoriesTemplate { can_contribute: access.can(Action::Contribute), programme: access.programme, stories, ctx };
    Ok(render(page)?.into_response())
}

#[derive(Template)]
#[template(path = "story_form.html")]
struct StoryFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    /// `None` when adding.
    story_id: Option<i64>,
    input: StoryInput,
    errors: FieldErrors,
    sources: Vec<&'static str>,
    themes: Vec<Theme>,
    indicators: Vec<IndicatorOption>,
}

/// The story form: adding one (`f.record` None) or changing the story with that id.
async fn form(state: &AppState, f: FormPage<i64, StoryInput>) -> AppResult<Response> {
    let status = f.shown.status();
    let english = f.ctx.lang == crate::i18n::Lang::En;
    let page = StoryFormTemplate {
        ctx: f.ctx,
        programme: f.programme,
        story_id: f.record,
        input: f.input,
        errors: f.shown.errors,
        sources: SourceType::ALL.iter().map(|s| s.key()).collect(),
        themes: story_themes().collect(),
        indicators: indicator_options(state, english).await?,
    };
    respond(status, page)
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
) -> AppResult<Response> {
    let mut input = StoryInput::with_defaults(clock::now().date());
    // A programme of one area: that area is meant.
    if let [only] = &access.programme.areas[..] {
        input.area = only.code.as_str().to_string();
    }
    form(&state, FormPage::fresh(ctx, access.programme, None, input)).await
}

/// Validate a submitted story against the programme's areas and the linkable indicators.
async fn parse(
    state: &AppState,
    programme: &Programme,
    input: &StoryInput,
) -> AppResult<Result<crate::domain::story::NewStory, FieldErrors>> {
    let areas: Vec<String> = programme.areas.iter().map(|a| a.code.as_str().to_string()).collect();
    let offered: Vec<String> = indicator_options(state, false).await?.into_iter().map(|o| o.reference).collect();
    Ok(input.parse(&areas, &offered, clock::now().date()))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = StoryInput::from_pairs(&pairs);
    match parse(&state, &access.programme, &input).await? {
        Err(errors) => {
            let shown = FormState::invalid(errors);
            form(&state, FormPage { ctx, programme: access.programme, record: None, input, shown }).await
        }
        Ok(new) => {
            state.store.create_story(&access.actor(), access.programme.id, &new).await?;
            Ok(Redirect::to(&format!("/programmas/{}/verhalen?melding=verhaal", access.programme.id)).into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct StoryPath {
    id: i64,
    story_id: i64,
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<StoryPath>,
) -> AppResult<Response> {
    let story = state.store.story(path.id, path.story_id).await?;
    let input = StoryInput::from_story(&story);
    form(&state, FormPage::fresh(ctx, access.programme, Some(story.id), input)).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<StoryPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    // A story of another programme is not found here.
    let story = state.store.story(path.id, path.story_id).await?;
    let input = StoryInput::from_pairs(&pairs);
    match parse(&state, &access.programme, &input).await? {
        Err(errors) => {
            let shown = FormState::invalid(errors);
            form(&state, FormPage { ctx, programme: access.programme, record: Some(story.id), input, shown }).await
        }
        Ok(new) => {
            state.store.update_story(&access.actor(), path.id, story.id, &new).await?;
            Ok(Redirect::to(&format!("/programmas/{}/verhalen?melding=opgeslagen", path.id)).into_response())
        }
    }
}

pub async fn delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<StoryPath>,
) -> AppResult<Response> {
    let story = state.store.story(path.id, path.story_id).await?;
    let view = StoryView::new(&ctx, story);
    let page = ConfirmTemplate {
        title: ctx.lang.t_args("story-delete-title", &[("role", view.story.role.clone()), ("date", view.date.clone())]),
        text: ctx.t("story-delete-text"),
        action: format!("/programmas/{}/verhalen/{}/verwijderen", access.programme.id, view.story.id),
        submit: ctx.t("story-delete-submit"),
        cancel: format!("/programmas/{}/verhalen", access.programme.id),
        danger: true,
        ctx,
    };
    Ok(render(page)?.into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<StoryPath>,
) -> AppResult<Response> {
    match state.store.delete_story(&access.actor(), access.programme.id, path.story_id).await {
        Ok(()) => {}
        Err(crate::store::StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/programmas/{}/verhalen?melding=verwijderd", access.programme.id)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::story::SourceType;

    fn view(id: i64, themes: Vec<Theme>, indicators: Vec<&str>) -> StoryView {
        let story = Story {
            id,
            programme_id: 1,
            area_code: None,
            told_on: "2026-01-01".into(),
            source: SourceType::Resident,
            role: "bewoner".into(),
            text: "t".into(),
            themes,
            indicators: indicators.into_iter().map(String::from).collect(),
            consent: true,
            created_at: String::new(),
            updated_at: String::new(),
        };
        StoryView { date: String::new(), source_key: String::new(), programme: None, area_name: None, story }
    }

    #[test]
    fn a_story_sits_beside_the_figure_it_speaks_to_and_otherwise_under_its_theme() {
        let stories = vec![
            view(1, vec![Theme::Community], vec!["gezondheid:Eenzaam"]),
            view(2, vec![Theme::Community, Theme::Safety], vec![]),
            view(3, vec![Theme::Health], vec!["gezondheid:Eenzaam"]),
        ];
        let figures = vec![("cijfer-eenzaam".to_string(), "gezondheid:Eenzaam".to_string())];
        let (beside, rest) = place(Theme::Community, &stories, &figures);
        assert_eq!(beside.len(), 1);
        assert_eq!(beside[0].0, "cijfer-eenzaam");
        assert_eq!(beside[0].1.iter().map(|s| s.story.id).collect::<Vec<_>>(), [1]);
        assert_eq!(rest.iter().map(|s| s.story.id).collect::<Vec<_>>(), [2]);
        let (beside, rest) = place(Theme::Health, &stories, &[]);
        assert!(beside.is_empty());
        assert_eq!(rest.iter().map(|s| s.story.id).collect::<Vec<_>>(), [3], "no figure here: under the theme");
    }
}
