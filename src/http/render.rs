//! Template types shared across the site (layout, errors) and the render helper.

use super::ctx::PageCtx;
use super::error::{AppError, AppResult};
use askama::Template;
use axum::response::Html;

/// Render a template into an HTML response; a template error is an internal error.
pub fn render(t: impl Template) -> AppResult<Html<String>> {
    t.render().map(Html).map_err(|e| AppError::Internal(e.into()))
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorTemplate {
    pub ctx: PageCtx,
    pub key: &'static str,
    pub status: u16,
}

impl ErrorTemplate {
    fn title(&self) -> String {
        self.ctx.t(&format!("{}-title", self.key))
    }

    fn text(&self) -> String {
        self.ctx.t(&format!("{}-text", self.key))
    }
}
