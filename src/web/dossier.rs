//! "Stand van de wijk": a programme's step-1 dossier. The urgency trigger, the scan position of
//! its areas (with the programme's own theme weights), the profile highlights per theme with the
//! stories beside them, and the coalition's justification. Printable; public once the programme
//! publishes its urgency page (and then with consented stories only).

use super::areas::{FigureView, figure_view};
use super::form::status_of;
use super::stories::{StoryView, place};
use crate::app::profile::{build_profile, subject};
use crate::app::scan::{ScanParams, ScanQuery, run_scan};
use crate::domain::access::Action;
use crate::domain::catalogue::{Theme, indicator_ref};
use crate::domain::clock;
use crate::domain::dossier::{Dossier, DossierInput, TriggerKind};
use crate::domain::profile::{Judgement, ProfileRow, Reference};
use crate::domain::programme::{AreaLevel, Page, Programme};
use crate::domain::scan::{Flag, Scan};
use crate::domain::statistics::ATTRIBUTION;
use crate::domain::statistics::Cell;
use crate::domain::story::story_themes;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Manage, ProgrammeAccess, UrgencyView};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::report::paper::Paper;
use askama::Template;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};

/// Unfavourable figures shown per theme and area.
pub const HIGHLIGHTS_PER_THEME: usize = 3;

/// One area's place in the programme's scan.
pub struct Position {
    pub code: String,
    pub name: String,
    pub rank: Option<usize>,
    /// Areas ranked in the comparison.
    pub of: usize,
    pub level_key: &'static str,
    pub class: Option<u8>,
    pub class_label: String,
    pub score: String,
    pub reasons: Vec<String>,
    pub flags: Vec<&'static str>,
    pub scan_link: String,
}

/// A figure highlighted in the dossier, with the stories that speak to it.
pub struct Highlight {
    pub figure: FigureView,
    pub stories: Vec<StoryView>,
}

pub struct ThemeBlock {
    pub theme: Theme,
    pub highlights: Vec<Highlight>,
    /// Stories of the theme that do not speak to a highlighted figure.
    pub stories: Vec<StoryView>,
}

pub struct AreaBlock {
    pub code: String,
    pub name: String,
    pub has_figures: bool,
    pub themes: Vec<ThemeBlock>,
}

#[derive(Template)]
#[template(path = "dossier.html")]
struct DossierTemplate {
    ctx: PageCtx,
    programme: Programme,
    dossier: Dossier,
    /// `dossier-reference-nl` or `dossier-reference-gemeente`.
    reference_key: &'static str,
    internal: bool,
    can_manage: bool,
    published: bool,
    positions: Vec<Position>,
    scan_year: Option<i64>,
    weights: Vec<(Theme, String)>,
    areas: Vec<AreaBlock>,
    /// Stories about the programme's area as a whole, per theme.
    general: Vec<(Theme, Vec<StoryView>)>,
    justification: Vec<String>,
    attribution: &'static str,
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(String::from).collect()
}

/// How far a figure is from its reference, relative to the reference (for picking highlights).
fn relative_gap(row: &ProfileRow) -> f64 {
    let reference = match row.reference {
        Some(Reference::Municipality) => &row.municipality,
        _ => &row.country,
    };
    match (row.difference, reference) {
        (Some(d), Some(Cell::Value { value, .. })) if value.abs() > f64::EPSILON => (d / value).abs(),
        (Some(d), _) => d.abs(),
        _ => 0.0,
    }
}

/// The scan of the programme's areas at one level, with its own weights and reference: the query,
/// what it was read as (year, gemeente) and the result; `None` without figures for it.
async fn programme_scan(
    state: &AppState,
    p: &Programme,
    d: &Dossier,
    level: AreaLevel,
) -> AppResult<Option<(ScanQuery, ScanParams, std::sync::Arc<Scan>)>> {
    let (gemeente, niveau, referentie) = match level {
        AreaLevel::Neighbourhood => (p.municipality_code.clone(), "buurt", d.reference_key()),
        AreaLevel::District => (p.municipality_code.clone(), "wijk", d.reference_key()),
        // Gemeenten are compared with every gemeente of the country.
        _ => (String::new(), "gemeente", "nl"),
    };
    let q = ScanQuery {
        gemeente,
        niveau: niveau.into(),
        referentie: referentie.into(),
        gewichten: d.weights_text(),
        ..Default::default()
    };
    match run_scan(state, &q).await {
        Ok((params, result)) => Ok(Some((q, params, result))),
        Err(AppError::Validation(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn positions(
    state: &AppState,
    ctx: &PageCtx,
    p: &Programme,
    d: &Dossier,
) -> AppResult<(Vec<Position>, Option<i64>)> {
    let mut out = Vec::new();
    let mut year = None;
    for level in [AreaLevel::Neighbourhood, AreaLevel::District, AreaLevel::Municipality] {
        let mine: Vec<_> = p.areas.iter().filter(|a| a.code.level() == level).collect();
        if mine.is_empty() {
            continue;
        }
        let Some((q, params, result)) = programme_scan(state, p, d, level).await? else { continue };
        year = Some(params.year);
        let of = result.areas.iter().filter(|a| a.rank.is_some()).count();
        let link = format!(
            "/urgentie?{}",
            serde_urlencoded::to_string([
                ("gemeente", q.gemeente.as_str()),
                ("niveau", q.niveau.as_str()),
                ("referentie", q.referentie.as_str()),
                ("gewichten", q.gewichten.as_str()),
            ])
            .unwrap_or_default()
        );
        for a in mine {
            let scored = result.areas.iter().find(|s| s.code == a.code.as_str());
            out.push(Position {
                code: a.code.as_str().to_string(),
                name: scored.map(|s| s.name.clone()).unwrap_or_else(|| a.name.clone()),
                rank: scored.and_then(|s| s.rank),
                of,
                level_key: match level {
                    AreaLevel::Neighbourhood => "dossier-level-buurt",
                    AreaLevel::District => "dossier-level-wijk",
                    _ => "dossier-level-gemeente",
                },
                class: scored.and_then(|s| s.class),
                class_label: scored
                    .and_then(|s| s.class)
                    .map(|c| ctx.lang.t(&format!("scan-class-{c}")))
                    .unwrap_or_else(|| ctx.t("scan-no-class")),
                score: scored
                    .and_then(|s| s.score)
                    .map(|s| ctx.decimal((s * 100.0).round() / 100.0))
                    .unwrap_or_default(),
                reasons: scored
                    .map(|s| {
                        s.contributions
                            .iter()
                            .filter(|c| c.share > 0.0)
                            .take(3)
                            .map(|c| {
                                ctx.lang.t_args(
                                    "dossier-reason",
                                    &[
                                        (
                                            "title",
                                            result.indicators[c.indicator]
                                                .title(ctx.lang == crate::i18n::Lang::En)
                                                .to_string(),
                                        ),
                                        ("value", ctx.decimal(c.value)),
                                        ("reference", ctx.decimal(c.reference)),
                                        ("share", format!("{}", (c.share * 100.0).round())),
                                    ],
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                flags: scored
                    .map(|s| {
                        s.flags
                            .iter()
                            .map(|f| match f {
                                Flag::Suppressed => "scan-flag-suppressed",
                                Flag::NationalReference => "scan-flag-national",
                                Flag::NoSimilarAreas => "scan-flag-no-similar",
                                Flag::TooFewFigures => "scan-flag-too-few",
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                scan_link: link.clone(),
            });
        }
    }
    Ok((out, year))
}

/// Per theme: the most unfavourable figures of the area (and those a story speaks to), with the
/// stories beside them.
async fn area_block(
    state: &AppState,
    ctx: &PageCtx,
    code: &str,
    name: &str,
    stories: &[StoryView],
) -> AppResult<AreaBlock> {
    let profile = match subject(state, code).await {
        Ok(s) => Some(build_profile(state, &s, ctx.lang).await?),
        Err(AppError::NotFound) => None,
        Err(e) => return Err(e),
    };
    let has_figures = profile.as_ref().is_some_and(|p| !p.is_empty());
    let mut themes = Vec::new();
    for theme in story_themes() {
        let rows: Vec<ProfileRow> = profile
            .as_ref()
            .map(|p| p.sections.iter().filter(|s| s.theme == theme).flat_map(|s| s.rows.clone()).collect())
            .unwrap_or_default();
        let linked = |r: &ProfileRow| {
            let reference = indicator_ref(&r.source_table, &r.key);
            stories.iter().any(|s| s.story.is_about(theme) && s.story.speaks_to(&reference))
        };
        let mut worse: Vec<ProfileRow> = rows.iter().filter(|r| r.judgement == Judgement::Worse).cloned().collect();
        worse.sort_by(|a, b| relative_gap(b).total_cmp(&relative_gap(a)));
        // One variant per indicator (the 18+ and 65+ figures of one question say the same thing).
        let mut seen = std::collections::HashSet::new();
        worse.retain(|r| seen.insert((r.source_table.clone(), r.key.clone())));
        worse.truncate(HIGHLIGHTS_PER_THEME);
        for r in rows.iter().filter(|r| linked(r)) {
            if !worse.iter().any(|w| w.anchor() == r.anchor()) {
                worse.push(r.clone());
            }
        }
        let figures: Vec<(String, String)> =
            worse.iter().map(|r| (r.anchor(), indicator_ref(&r.source_table, &r.key))).collect();
        let (beside, rest) = place(theme, stories, &figures);
        if worse.is_empty() && rest.is_empty() {
            continue;
        }
        let highlights = worse
            .into_iter()
            .map(|r| {
                let anchor = r.anchor();
                let stories = beside.iter().find(|(a, _)| *a == anchor).map(|(_, s)| s.clone()).unwrap_or_default();
                Highlight { figure: figure_view(ctx, r), stories }
            })
            .collect();
        themes.push(ThemeBlock { theme, highlights, stories: rest });
    }
    Ok(AreaBlock { code: code.to_string(), name: name.to_string(), has_figures, themes })
}

/// Everything the dossier says, as the reader may see it: with `internal` the stories told without
/// consent too (members), otherwise only those their tellers consented to publish.
async fn gather(
    state: &AppState,
    ctx: PageCtx,
    programme: &Programme,
    internal: bool,
    can_manage: bool,
) -> AppResult<DossierTemplate> {
    let p = programme;
    let dossier = state.store.dossier(p.id).await?;
    let stories: Vec<StoryView> = state
        .store
        .stories(p.id, !internal)
        .await?
        .into_iter()
        .map(|s| {
            let area_name = s
                .area_code
                .as_deref()
                .and_then(|c| p.areas.iter().find(|a| a.code.as_str() == c))
                .map(|a| a.name.clone());
            StoryView { area_name, ..StoryView::new(&ctx, s) }
        })
        .collect();
    let (positions, scan_year) = positions(state, &ctx, p, &dossier).await?;
    let mut areas = Vec::new();
    for a in &p.areas {
        let mine: Vec<StoryView> =
            stories.iter().filter(|s| s.story.area_code.as_deref() == Some(a.code.as_str())).cloned().collect();
        areas.push(area_block(state, &ctx, a.code.as_str(), &a.name, &mine).await?);
    }
    let whole: Vec<StoryView> = stories.iter().filter(|s| s.story.area_code.is_none()).cloned().collect();
    let general = story_themes()
        .map(|t| (t, whole.iter().filter(|s| s.story.is_about(t)).cloned().collect::<Vec<_>>()))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    let weights = story_themes().map(|t| (t, ctx.decimal(dossier.weight(t)))).collect();
    Ok(DossierTemplate {
        internal,
        can_manage,
        published: p.is_published(Page::Urgency),
        positions,
        scan_year,
        weights,
        areas,
        general,
        justification: paragraphs(&dossier.justification),
        attribution: ATTRIBUTION,
        reference_key: match dossier.reference {
            crate::domain::scan::ReferenceKind::Nl => "dossier-reference-nl",
            crate::domain::scan::ReferenceKind::Municipality => "dossier-reference-gemeente",
            crate::domain::scan::ReferenceKind::Similar => "dossier-reference-similar",
        },
        dossier,
        programme: programme.clone(),
        ctx,
    })
}

/// `/programmas/{id}/stand`: the dossier.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<UrgencyView>,
) -> AppResult<Response> {
    let page =
        gather(&state, ctx, &access.programme, access.can(Action::ReadInternal), access.can(Action::Manage)).await?;
    Ok(render(page)?.into_response())
}

/// The dossier on paper: what the public page says (stories only with their tellers' consent,
/// whoever asks — a paper travels).
pub async fn paper(state: &AppState, ctx: PageCtx, programme: &Programme) -> AppResult<Paper> {
    let d = gather(state, ctx, programme, false, false).await?;
    let ctx = &d.ctx;
    let p = &d.programme;
    let mut lead =
        format!("{} · {}–{}", p.municipality_name, ctx.t1("programme-period", "start", p.start_year), p.horizon_year);
    if !d.dossier.updated_at.is_empty() {
        lead.push_str(&format!(" · {}", ctx.t1("dossier-updated", "when", ctx.when(&d.dossier.updated_at))));
    }
    let mut out = Paper::new(format!("{}: {}", ctx.t("dossier-title"), p.name), lead);
    out.h2(ctx.t("dossier-trigger"));
    match d.dossier.trigger {
        Some(t) => {
            let mut line = ctx.t(&format!("trigger-{}", t.key()));
            if !d.dossier.trigger_date.is_empty() {
                line.push_str(&format!(" · {}", ctx.date(&d.dossier.trigger_date)));
            }
            out.para(line);
            for para in paragraphs(&d.dossier.trigger_description) {
                out.para(para);
            }
        }
        None => out.note(ctx.t("dossier-trigger-empty")),
    }
    out.h2(ctx.t("dossier-position"));
    if d.positions.is_empty() {
        out.note(ctx.t("dossier-position-empty"));
    } else {
        let intro = d.scan_year.map(|y| ctx.t1("dossier-position-intro", "year", y)).unwrap_or_default();
        out.para(format!("{intro} {}", ctx.t(d.reference_key)).trim().to_string());
        let weights: Vec<String> =
            d.weights.iter().map(|(t, w)| format!("{} {w}", ctx.t(&format!("theme-{}", t.key())))).collect();
        out.note(format!("{} {}", ctx.t("dossier-weights"), weights.join(" · ")));
        let rows = d
            .positions
            .iter()
            .map(|pos| {
                let rank = pos
                    .rank
                    .map(|r| {
                        ctx.lang.t_args(
                            "dossier-rank",
                            &[("rank", r.to_string()), ("of", pos.of.to_string()), ("level", ctx.t(pos.level_key))],
                        )
                    })
                    .unwrap_or_else(|| "–".into());
                let mut class = pos.class_label.clone();
                for f in &pos.flags {
                    class.push_str(&format!(" ({})", ctx.t(f)));
                }
                let reasons = if pos.reasons.is_empty() { "–".to_string() } else { pos.reasons.join("; ") };
                vec![format!("{} ({})", pos.name, pos.code), rank, class, pos.score.clone(), reasons]
            })
            .collect();
        let header = ["col-name", "scan-col-rank", "scan-col-class", "scan-col-score", "dossier-col-reasons"]
            .map(|k| ctx.t(k))
            .to_vec();
        out.table(ctx.t("dossier-position"), header, rows);
    }
    let quote = |out: &mut Paper, s: &StoryView| {
        let mut by = format!("{} ({}), {}", s.story.role, ctx.t(&s.source_key), s.date);
        if let Some(a) = &s.area_name {
            by.push_str(&format!(" · {a}"));
        }
        out.quote(s.paragraphs().join("\n\n"), by);
    };
    for a in &d.areas {
        out.h2(format!("{} ({})", a.name, a.code));
        if !a.has_figures {
            out.note(ctx.t("dossier-area-no-figures"));
        }
        if a.themes.is_empty() && a.has_figures {
            out.para(ctx.t("dossier-area-nothing-worse"));
        }
        for b in &a.themes {
            out.h3(ctx.t(&format!("theme-{}", b.theme.key())));
            for h in &b.highlights {
                let f = &h.figure;
                let mut line = f.row.title.clone();
                if !f.row.variant_label.is_empty() {
                    line.push_str(&format!(" ({})", f.row.variant_label));
                }
                line.push_str(&format!(": {} {}", f.value, f.row.period.human()));
                if let Some(diff) = &f.difference {
                    line.push_str(&format!(" · {} {diff}", ctx.t(f.reference)));
                    if let Some(j) = f.judgement {
                        line.push_str(&format!(" ({})", ctx.t(j)));
                    }
                }
                out.para(line);
                out.note(f.source.clone());
                for s in &h.stories {
                    quote(&mut out, s);
                }
            }
            for s in &b.stories {
                quote(&mut out, s);
            }
        }
    }
    if !d.general.is_empty() {
        out.h2(ctx.t("dossier-general-stories"));
        for (t, list) in &d.general {
            out.h3(ctx.t(&format!("theme-{}", t.key())));
            for s in list {
                quote(&mut out, s);
            }
        }
    }
    out.h2(ctx.t("dossier-justification"));
    if d.justification.is_empty() {
        out.note(ctx.t("dossier-justification-empty"));
    }
    for para in &d.justification {
        out.para(para.clone());
    }
    out.source = d.attribution.to_string();
    Ok(out)
}

/// `/programmas/{id}/stand/pdf`: the dossier typeset by the report engine.
pub async fn pdf(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<UrgencyView>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let paper = paper(&state, ctx, &access.programme).await?;
    let bytes = super::publications::typeset(paper, lang).await?;
    Ok(super::pdf::response(bytes, &format!("stand-van-de-wijk-{}.pdf", access.programme.id)))
}

/// The scan of the programme's gemeente as the dossier runs it (its weights and reference), at the
/// finest level the programme has areas in; `None` when no figures are imported for it.
pub async fn scan_of_programme(
    state: &AppState,
    programme: &Programme,
) -> AppResult<Option<(ScanParams, std::sync::Arc<Scan>)>> {
    let d = state.store.dossier(programme.id).await?;
    for level in [AreaLevel::Neighbourhood, AreaLevel::District, AreaLevel::Municipality] {
        if programme.areas.iter().any(|a| a.code.level() == level)
            && let Some((_, params, result)) = programme_scan(state, programme, &d, level).await?
        {
            return Ok(Some((params, result)));
        }
    }
    Ok(None)
}

#[derive(Template)]
#[template(path = "dossier_form.html")]
struct DossierFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    input: DossierInput,
    errors: FieldErrors,
    triggers: Vec<&'static str>,
    themes: Vec<Theme>,
}

fn form(ctx: PageCtx, programme: Programme, input: DossierInput, errors: FieldErrors) -> AppResult<Response> {
    let status = status_of(&errors);
    let page = DossierFormTemplate {
        ctx,
        programme,
        input,
        errors,
        triggers: TriggerKind::ALL.iter().map(|t| t.key()).collect(),
        themes: story_themes().collect(),
    };
    Ok((status, render(page)?).into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
) -> AppResult<Response> {
    let dossier = state.store.dossier(access.programme.id).await?;
    let input = DossierInput::from_dossier(&dossier, ctx.number_style());
    form(ctx, access.programme, input, FieldErrors::new())
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = DossierInput::from_pairs(&pairs);
    match input.parse(clock::now().date(), ctx.number_style()) {
        Err(errors) => form(ctx, access.programme, input, errors),
        Ok(d) => {
            state.store.save_dossier(&access.actor(), access.programme.id, &d).await?;
            Ok(Redirect::to(&format!("/programmas/{}/stand?melding=opgeslagen", access.programme.id)).into_response())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        assert_eq!(paragraphs("Een.\n\n\nTwee\nregels.\n\n"), ["Een.", "Twee\nregels."]);
        assert!(paragraphs("  ").is_empty());
    }
}
