//! The form kit every form page uses.
//!
//! A form is shown in one of three states (`FormState`): fresh (200), refused with messages next to
//! the fields (422), or overtaken by someone else's save (409): what this user typed comes back
//! beside the current version, and saving again overwrites knowingly. `saved` sorts a store's answer
//! to a save into "done" or "the form again", so no handler writes that branch itself. A deletion
//! asks first (`ConfirmTemplate`).

use crate::domain::programme::Programme;
use crate::domain::validation::FieldErrors;
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::http::render::render;
use crate::store::{StoreError, StoreResult};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// How a form page is shown.
#[derive(Debug, Clone, Default)]
pub struct FormState {
    /// Messages next to the fields (empty when there is nothing to say).
    pub errors: FieldErrors,
    /// Someone else saved the record since this form was loaded.
    pub stale: bool,
}

impl FormState {
    /// A form as it is first shown.
    pub fn fresh() -> FormState {
        FormState::default()
    }

    /// A form refused with these messages.
    pub fn invalid(errors: FieldErrors) -> FormState {
        FormState { errors, stale: false }
    }

    /// A form whose record someone else saved first.
    pub fn stale() -> FormState {
        FormState { errors: FieldErrors::new(), stale: true }
    }

    /// 409 for a form overtaken by someone else's save, 422 for one with errors, 200 otherwise.
    pub fn status(&self) -> StatusCode {
        if self.stale { StatusCode::CONFLICT } else { status_of(&self.errors) }
    }
}

/// 422 for a page whose form has errors, 200 otherwise (a page with a form that cannot be overtaken).
pub fn status_of(errors: &FieldErrors) -> StatusCode {
    if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY }
}

/// What every form of a programme's record shows: the record being edited (`None` when adding),
/// what was typed, and how the last attempt fared.
pub struct FormPage<R, I> {
    pub ctx: PageCtx,
    pub programme: Programme,
    pub record: Option<R>,
    pub input: I,
    pub shown: FormState,
}

impl<R, I> FormPage<R, I> {
    /// A form as it is first shown.
    pub fn fresh(ctx: PageCtx, programme: Programme, record: Option<R>, input: I) -> FormPage<R, I> {
        FormPage { ctx, programme, record, input, shown: FormState::fresh() }
    }
}

/// Send a rendered form page with the status its state called for (`FormState::status`).
pub fn respond(status: StatusCode, page: impl Template) -> AppResult<Response> {
    Ok((status, render(page)?).into_response())
}

/// Form inputs that carry the version of the record they were loaded from (a hidden field).
pub trait Versioned {
    fn set_version(&mut self, version: i64);
}

/// The inputs with a `version: String` field.
macro_rules! versioned {
    ($($input:ty),* $(,)?) => {$(
        impl Versioned for $input {
            fn set_version(&mut self, version: i64) {
                self.version = version.to_string();
            }
        }
    )*};
}

versioned!(
    crate::domain::coalition::PartyInput,
    crate::domain::coalition::MoveInput,
    crate::domain::governance::BodyInput,
    crate::domain::goal::GoalInput,
    crate::domain::measure::MeasureInput,
    crate::domain::measure::PlanInput,
    crate::domain::measure::CommitmentInput,
    crate::domain::measure::BudgetInput,
    crate::domain::measure::ResultInput,
    crate::domain::residents::AnswerInput,
    crate::domain::success::SuccessInput,
);

/// What became of a save.
pub enum Saved<T, I> {
    Done(T),
    /// Show the form again with what was typed.
    Again(I, FormState),
}

/// Sort the store's answer to a save. `Stale` (someone else saved first) gives the form again
/// with the input kept and its version moved to `current_version`, the version of the record as
/// this request loaded it, so that the user sees both and saving again overwrites knowingly (should
/// yet another save slip in between, that is one more 409, never a lost update). Other errors pass on.
pub fn saved<T, I: Versioned>(result: StoreResult<T>, input: I, current_version: i64) -> AppResult<Saved<T, I>> {
    match result {
        Ok(done) => Ok(Saved::Done(done)),
        Err(StoreError::Stale) => {
            let mut again = input;
            again.set_version(current_version);
            Ok(Saved::Again(again, FormState::stale()))
        }
        Err(e) => Err(e.into()),
    }
}

/// As `saved`, for records with a unique name: a duplicate gives the form again with `taken`
/// next to the field.
pub fn saved_unique<T, I: Versioned>(
    result: StoreResult<T>,
    input: I,
    current_version: i64,
    taken: FieldErrors,
) -> AppResult<Saved<T, I>> {
    match result {
        Err(StoreError::Conflict(_)) => Ok(Saved::Again(input, FormState::invalid(taken))),
        other => saved(other, input, current_version),
    }
}

/// "Are you sure?" before a deletion or another step that cannot be undone.
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmTemplate {
    pub ctx: PageCtx,
    pub title: String,
    pub text: String,
    pub action: String,
    pub submit: String,
    pub cancel: String,
    /// Deleting, withdrawing, removing: a red button. Publishing: the primary one.
    pub danger: bool,
}

impl ConfirmTemplate {
    /// "Delete “title”?" with the catalogue's `{what}-delete-title`, `-text` and `-submit`.
    pub fn delete(ctx: PageCtx, what: &str, title: &str, action: String, cancel: String) -> ConfirmTemplate {
        ConfirmTemplate {
            title: ctx.t1(&format!("{what}-delete-title"), "title", title),
            text: ctx.t(&format!("{what}-delete-text")),
            submit: ctx.t(&format!("{what}-delete-submit")),
            action,
            cancel,
            danger: true,
            ctx,
        }
    }

    pub fn render(self) -> AppResult<Response> {
        Ok(render(self)?.into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Input {
        version: String,
    }

    impl Versioned for Input {
        fn set_version(&mut self, version: i64) {
            self.version = version.to_string();
        }
    }

    #[test]
    fn a_form_is_200_fresh_422_with_errors_and_409_when_overtaken() {
        assert_eq!(FormState::fresh().status(), StatusCode::OK);
        assert_eq!(FormState::invalid(FieldErrors::single("name", "error-required")).status(), 422);
        assert_eq!(FormState::stale().status(), StatusCode::CONFLICT);
    }

    #[test]
    fn a_stale_save_keeps_what_was_typed_and_takes_the_stored_version() {
        let typed = Input { version: "3".into() };
        let Saved::Again(again, shown) = saved::<(), _>(Err(StoreError::Stale), typed, 5).unwrap() else {
            panic!("a stale save shows the form again")
        };
        assert_eq!(again.version, "5");
        assert!(shown.stale && shown.errors.is_empty());
        assert!(matches!(saved(Ok(7), Input::default(), 5).unwrap(), Saved::Done(7)));
        assert!(saved::<(), _>(Err(StoreError::NotFound), Input::default(), 5).is_err());
    }

    #[test]
    fn a_duplicate_name_is_said_next_to_the_field() {
        let taken = FieldErrors::single("name", "error-party-name-taken");
        let Saved::Again(again, shown) =
            saved_unique::<(), _>(Err(StoreError::Conflict("name")), Input { version: "3".into() }, 5, taken).unwrap()
        else {
            panic!("a duplicate shows the form again")
        };
        assert_eq!(again.version, "3", "a duplicate is no reason to move the version");
        assert!(!shown.stale && shown.errors.get("name").is_some());
    }
}
