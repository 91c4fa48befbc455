//! `/programmas/{id}/gebied`: the profile of a programme's whole area — its wijken or buurten
//! taken together, every figure combined as `domain::area_union` says (counts summed,
//! percentages and averages weighted by their basis) beside the gemeente and the country, and
//! the figures that could not be combined with the reason. Public where the urgency page is.

use super::areas::{FigureView, figure_view};
use crate::app::profile::programme_area;
use crate::domain::catalogue::{Theme, label};
use crate::domain::programme::{Page, Programme};
use crate::domain::statistics::{ATTRIBUTION, Period};
use crate::http::AppState;
use crate::http::access::{ProgrammeAccess, UrgencyView};
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::http::render::render;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

pub struct SectionView {
    pub theme: Theme,
    pub figures: Vec<FigureView>,
}

/// The figures that could not be combined for one reason: why, and which (title and period).
pub struct OmissionGroup {
    pub why: String,
    pub figures: Vec<String>,
}

#[derive(Template)]
#[template(path = "programme_area.html")]
struct ProgrammeAreaTemplate {
    ctx: PageCtx,
    programme: Programme,
    internal: bool,
    published: bool,
    /// The areas it is made of: code and name.
    parts: Vec<(String, String)>,
    own_name: String,
    municipality_name: Option<String>,
    has_country: bool,
    sections: Vec<SectionView>,
    figures: usize,
    /// Compared percentages without a published margin: their difference is not tested.
    without_margins: usize,
    omitted: Vec<OmissionGroup>,
    omitted_count: usize,
    attribution: &'static str,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<UrgencyView>,
) -> AppResult<Response> {
    let internal = access.can(crate::domain::access::Action::ReadInternal);
    let p = access.programme;
    let area = programme_area(&state, &p, ctx.lang).await?;
    let english = ctx.lang == crate::i18n::Lang::En;
    let parts = area
        .parts
        .iter()
        .map(|c| {
            let name = p.areas.iter().find(|a| a.code.as_str() == c).map(|a| a.name.clone()).unwrap_or_default();
            (c.clone(), name)
        })
        .collect();
    let figures = area.profile.rows().count();
    let without_margins = crate::domain::profile::without_margins(&area.profile);
    let sections = area
        .profile
        .sections
        .into_iter()
        .map(|s| SectionView { theme: s.theme, figures: s.rows.into_iter().map(|r| figure_view(&ctx, r)).collect() })
        .collect();
    let mut omitted: Vec<OmissionGroup> = Vec::new();
    let mut omitted_count = 0;
    for o in &area.omitted {
        let l = label(&o.source_table, &o.key, "", "");
        if l.compare == crate::domain::catalogue::Compare::Hidden {
            continue;
        }
        let variant = crate::domain::catalogue::variant_label(&o.variant, english);
        let period = Period::from_statline(&o.period).map(|p| p.human()).unwrap_or_else(|| o.period.clone());
        let figure = if variant.is_empty() {
            format!("{}, {period}", l.title(english))
        } else {
            format!("{} ({variant}), {period}", l.title(english))
        };
        let (key, args) = o.why.message();
        // An area by its name where the programme names it.
        let args: Vec<(&str, String)> = args
            .into_iter()
            .map(|(k, v)| (k, p.areas.iter().find(|a| a.code.as_str() == v).map(|a| a.name.clone()).unwrap_or(v)))
            .collect();
        let why = ctx.lang.t_args(key, &args);
        omitted_count += 1;
        match omitted.iter_mut().find(|g| g.why == why) {
            Some(g) => g.figures.push(figure),
            None => omitted.push(OmissionGroup { why, figures: vec![figure] }),
        }
    }
    let page = ProgrammeAreaTemplate {
        own_name: ctx.t("programme-area-own"),
        municipality_name: Some(p.municipality_name.clone()),
        has_country: true,
        internal,
        published: p.is_published(Page::Urgency),
        ctx,
        programme: p,
        parts,
        sections,
        figures,
        without_margins,
        omitted,
        omitted_count,
        attribution: ATTRIBUTION,
    };
    Ok(render(page)?.into_response())
}
