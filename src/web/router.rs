//! The whole route table of the pages in one place (the API's is in `api::api_router`).

use super::{
    account, admin, agenda, areas, assets, coalition, documents, dossier, fetching, goals, governance, history,
    imports, indicator_map, indicators, look, measures, meetings, members, oidc, outbox, overview, password_reset,
    preconditions, privacy, programme_area, programmes, progress, publications, reports, residents, revisions, scan,
    scan_check, second_factor, stories, successes, wijkbudget,
};
use crate::http::AppState;
use crate::http::error::AppError;
use crate::http::frame::MAX_UPLOAD_BYTES;
use axum::Router;
use axum::http::{Method, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

/// The pages of the site. `crate::build_router` merges them with the API and puts both behind
/// the HTTP edge's layers.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(programmes::home))
        .route("/health", get(assets::health))
        .route("/static/style.css", get(assets::stylesheet))
        .route("/static/print.js", get(assets::print_script))
        .route("/inloggen", get(account::login_form).post(account::login))
        .route("/inloggen/code", get(second_factor::code_form).post(second_factor::code_submit))
        .route("/inloggen/met/{provider}", get(oidc::start))
        .route("/inloggen/met/{provider}/terug", get(oidc::finish))
        .route("/wachtwoord-vergeten", get(password_reset::form).post(password_reset::request))
        .route("/wachtwoord/{secret}", get(password_reset::choose_form).post(password_reset::choose))
        .route("/uitloggen", post(account::logout))
        .route("/taal", post(account::switch_language))
        .route("/account", get(account::show))
        .route("/account/wachtwoord", post(account::change_password))
        .route("/account/meldingen", post(account::set_notifications))
        .route("/account/tokens", post(account::create_token))
        .route("/account/tokens/{token_id}/intrekken", post(account::revoke_token))
        .route("/account/tweestapsverificatie", get(second_factor::account_show).post(second_factor::account_enrol))
        .route("/account/tweestapsverificatie/uitzetten", post(second_factor::account_turn_off))
        .route("/account/tweestapsverificatie/herstelcodes", post(second_factor::account_new_codes))
        .route("/gemeenten/{code}", get(programmes::municipality))
        .route("/urgentie", get(scan::page))
        .route("/urgentie.csv", get(scan::download_csv))
        .route("/urgentie.xlsx", get(scan::download_csv))
        .route("/urgentie.json", get(scan::download_json))
        .route("/urgentie/pdf", get(scan::pdf))
        .route("/urgentie/methode", get(scan::method))
        .route(
            "/urgentie/methode/controle",
            get(scan_check::form).post(scan_check::check).layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
        .route("/gebieden", get(areas::index))
        .route("/gebieden/{code}", get(areas::show))
        .route("/gebieden/{code}/profiel.csv", get(areas::download_csv))
        .route("/gebieden/{code}/profiel.xlsx", get(areas::download_csv))
        .route("/gebieden/{code}/vergelijkbaar.csv", get(areas::similar_csv))
        .route("/gebieden/{code}/vergelijkbaar.xlsx", get(areas::similar_csv))
        .route("/gebieden/{code}/profiel.json", get(areas::download_json))
        .route("/gebieden/{code}/kaart", get(indicator_map::show))
        .route("/programmas/nieuw", get(programmes::new_form))
        .route("/programmas", post(programmes::create))
        .route("/programmas/{id}", get(programmes::show))
        .route("/programmas/{id}/bewerken", get(programmes::edit_form).post(programmes::update))
        .route("/programmas/{id}/publicatie", get(programmes::publication_form).post(programmes::publish))
        .route("/programmas/{id}/verwijderen", get(programmes::delete_confirm).post(programmes::delete))
        .route("/programmas/{id}/geschiedenis", get(history::programme))
        .route("/programmas/{id}/leden", get(members::list).post(members::add))
        .route("/programmas/{id}/leden/{user_id}/verwijderen", get(members::remove_confirm).post(members::remove))
        .route("/programmas/{id}/verhalen", get(stories::list).post(stories::create))
        .route("/programmas/{id}/verhalen/nieuw", get(stories::new_form))
        .route("/programmas/{id}/verhalen/{story_id}/bewerken", get(stories::edit_form).post(stories::update))
        .route("/programmas/{id}/verhalen/{story_id}/verwijderen", get(stories::delete_confirm).post(stories::delete))
        .route("/programmas/{id}/stand", get(dossier::show))
        .route("/programmas/{id}/stand/pdf", get(dossier::pdf))
        .route("/programmas/{id}/gebied", get(programme_area::show))
        .route("/programmas/{id}/stand/bewerken", get(dossier::edit_form).post(dossier::update))
        .route("/programmas/{id}/agenda", get(agenda::show))
        .route("/programmas/{id}/agenda/visie", get(agenda::new_form).post(agenda::create))
        .route("/programmas/{id}/agenda/wijkdeal", get(agenda::wijkdeal))
        .route("/programmas/{id}/agenda/wijkdeal/pdf", get(agenda::wijkdeal_pdf))
        .route("/programmas/{id}/agenda/wijkdeal/ondertekening", post(agenda::sign))
        .route(
            "/programmas/{id}/agenda/wijkdeal/ondertekening/{signature_id}/verwijderen",
            get(agenda::unsign_confirm).post(agenda::unsign),
        )
        .route("/programmas/{id}/agenda/wijkdeal/publiceren", post(agenda::publish_wijkdeal))
        .route("/programmas/{id}/publicaties", get(publications::list).post(publications::publish))
        .route("/programmas/{id}/publicaties/{publication_id}", get(publications::show))
        .route("/programmas/{id}/publicaties/{publication_id}/pdf", get(publications::pdf))
        .route("/programmas/{id}/agenda/wijzigingen", get(revisions::list))
        .route("/programmas/{id}/agenda/doelen", post(goals::create))
        .route("/programmas/{id}/agenda/doelen.csv", get(overview::goals_csv))
        .route("/programmas/{id}/agenda/doelen.xlsx", get(overview::goals_csv))
        .route("/programmas/{id}/agenda/doelen/nieuw", get(goals::new_form))
        .route("/programmas/{id}/agenda/doelen/{goal_id}/bewerken", get(goals::edit_form).post(goals::update))
        .route("/programmas/{id}/agenda/doelen/{goal_id}/verwijderen", get(goals::delete_confirm).post(goals::delete))
        .route("/programmas/{id}/agenda/maatregelen", get(measures::list).post(measures::create))
        .route("/programmas/{id}/agenda/maatregelen.csv", get(overview::measures_csv))
        .route("/programmas/{id}/agenda/maatregelen.xlsx", get(overview::measures_csv))
        .route("/programmas/{id}/agenda/maatregelen/nieuw", get(measures::new_form))
        .route("/programmas/{id}/agenda/maatregelen/{measure_id}", get(measures::show))
        .route(
            "/programmas/{id}/agenda/maatregelen/{measure_id}/bewerken",
            get(measures::edit_form).post(measures::update),
        )
        .route(
            "/programmas/{id}/agenda/maatregelen/{measure_id}/verwijderen",
            get(measures::delete_confirm).post(measures::delete),
        )
        .route("/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}", post(measures::create_line))
        .route("/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/nieuw", get(measures::new_line_form))
        .route(
            "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/{line_id}",
            get(measures::edit_line_form).post(measures::update_line),
        )
        .route(
            "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/{line_id}/verwijderen",
            get(measures::delete_line_confirm).post(measures::delete_line),
        )
        .route("/programmas/{id}/agenda/plannen", get(overview::plans).post(overview::create_plan))
        .route(
            "/programmas/{id}/agenda/plannen/{plan_id}/bewerken",
            get(overview::edit_plan_form).post(overview::update_plan),
        )
        .route("/programmas/{id}/agenda/financiering", get(overview::finance_page))
        .route("/programmas/{id}/agenda/begroting.csv", get(overview::budget_csv))
        .route("/programmas/{id}/agenda/begroting.xlsx", get(overview::budget_csv))
        .route("/programmas/{id}/agenda/wie-doet-wat", get(overview::matrix_page))
        .route("/programmas/{id}/agenda/bewonersagenda", get(residents::list).post(residents::create))
        .route("/programmas/{id}/agenda/bewonersagenda.csv", get(residents::download_csv))
        .route("/programmas/{id}/agenda/bewonersagenda.xlsx", get(residents::download_csv))
        .route("/programmas/{id}/agenda/bewonersagenda/code", post(residents::make_code))
        .route("/bewonersagenda/{code}", get(residents::public).post(residents::public_submit))
        .route("/programmas/{id}/agenda/bewonersagenda/{item_id}", get(residents::show))
        .route("/programmas/{id}/wijkbudget", get(wijkbudget::list).post(wijkbudget::create))
        .route("/programmas/{id}/wijkbudget/nieuw", get(wijkbudget::new_form))
        .route("/programmas/{id}/wijkbudget/{budget_id}", get(wijkbudget::show))
        .route("/programmas/{id}/wijkbudget/{budget_id}/bewerken", get(wijkbudget::edit_form).post(wijkbudget::update))
        .route("/programmas/{id}/wijkbudget/{budget_id}/stemcodes", post(wijkbudget::create_codes))
        .route(
            "/programmas/{id}/wijkbudget/{budget_id}/voorstellen/{proposal_id}/beoordeling",
            post(wijkbudget::assess),
        )
        .route(
            "/programmas/{id}/wijkbudget/{budget_id}/voorstellen/{proposal_id}/maatregel",
            post(wijkbudget::to_measure),
        )
        .route("/wijkbudget", get(wijkbudget::enter))
        .route(
            "/wijkbudget/{code}",
            get(wijkbudget::public).post(wijkbudget::propose).layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
        .route("/wijkbudget/{code}/fotos/{doc_id}", get(wijkbudget::photo))
        .route("/stemmen", get(wijkbudget::vote_start).post(wijkbudget::vote_code))
        .route("/stemmen/stem", post(wijkbudget::vote_cast))
        .route("/programmas/{id}/agenda/bewonersagenda/{item_id}/tegenbod", post(residents::answer))
        .route("/programmas/{id}/agenda/bewonersagenda/{item_id}/publicatie", post(residents::publish))
        .route(
            "/programmas/{id}/agenda/bewonersagenda/{item_id}/verwijderen",
            get(residents::delete_confirm).post(residents::delete),
        )
        .route(
            "/programmas/{id}/documenten",
            post(documents::upload).layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
        .route("/programmas/{id}/documenten/nieuw", get(documents::new_form))
        .route(
            "/programmas/{id}/documenten/{doc_id}/verwijderen",
            get(documents::delete_confirm).post(documents::delete),
        )
        .route("/programmas/{id}/documenten/{doc_id}/{name}", get(documents::download))
        .route("/programmas/{id}/voortgang", get(progress::show))
        .route("/programmas/{id}/voortgang/rapportages", get(reports::index))
        .route("/programmas/{id}/voortgang/rapportages/{year}", get(reports::show))
        .route("/programmas/{id}/voortgang/rapportages/{year}/pdf", get(reports::pdf))
        .route(
            "/programmas/{id}/voortgang/rapportages/{year}/publiceren",
            get(reports::publish_confirm).post(reports::publish),
        )
        .route(
            "/programmas/{id}/voortgang/rapportages/{year}/intrekken",
            get(reports::unpublish_confirm).post(reports::unpublish),
        )
        .route("/programmas/{id}/voortgang/successen", get(successes::list).post(successes::create))
        .route(
            "/programmas/{id}/voortgang/successen/{success_id}/bewerken",
            get(successes::edit_form).post(successes::update),
        )
        .route(
            "/programmas/{id}/voortgang/successen/{success_id}/verwijderen",
            get(successes::delete_confirm).post(successes::delete),
        )
        .route("/programmas/{id}/voortgang/doelen/{goal_id}", get(progress::show_goal))
        .route("/programmas/{id}/voortgang/doelen/{goal_id}/waarden", post(progress::enter_value))
        .route(
            "/programmas/{id}/voortgang/doelen/{goal_id}/waarden/{measurement_id}/beoordeling",
            post(progress::review_value),
        )
        .route("/programmas/{id}/voortgang/doelen/{goal_id}/verhaal", post(progress::save_story))
        .route("/programmas/{id}/randvoorwaarden", get(preconditions::show))
        .route("/programmas/{id}/randvoorwaarden/peilingen", post(preconditions::create_round))
        .route("/programmas/{id}/randvoorwaarden/peilingen/{round_id}", get(preconditions::show_round))
        .route(
            "/programmas/{id}/randvoorwaarden/peilingen/{round_id}/invullen",
            get(preconditions::answer_form).post(preconditions::answer),
        )
        .route("/programmas/{id}/randvoorwaarden/peilingen/{round_id}/links", post(preconditions::create_links))
        .route("/programmas/{id}/randvoorwaarden/peilingen/{round_id}/sluiten", post(preconditions::close_round))
        .route("/peiling/{token}", get(preconditions::resident_form).post(preconditions::resident_answer))
        .route("/programmas/{id}/coalitie", get(coalition::show))
        .route("/programmas/{id}/coalitie/partijen", post(coalition::create))
        .route("/programmas/{id}/coalitie/partijen.csv", get(coalition::download_csv))
        .route("/programmas/{id}/coalitie/partijen.xlsx", get(coalition::download_csv))
        .route("/programmas/{id}/coalitie/partijen/nieuw", get(coalition::new_form))
        .route("/programmas/{id}/coalitie/partijen/{party_id}", get(coalition::show_party))
        .route(
            "/programmas/{id}/coalitie/partijen/{party_id}/bewerken",
            get(coalition::edit_form).post(coalition::update),
        )
        .route(
            "/programmas/{id}/coalitie/partijen/{party_id}/deelname",
            get(coalition::move_form_page).post(coalition::move_party),
        )
        .route("/programmas/{id}/coalitie/partijen/{party_id}/contactpersonen", post(coalition::add_contact))
        .route(
            "/programmas/{id}/coalitie/partijen/{party_id}/contactpersonen/{contact_id}/verwijderen",
            get(coalition::remove_contact_confirm).post(coalition::remove_contact),
        )
        .route("/programmas/{id}/coalitie/partijen/{party_id}/accounts", post(coalition::set_account))
        .route("/programmas/{id}/coalitie/overleg", post(governance::create))
        .route("/programmas/{id}/coalitie/overleg/nieuw", get(governance::new_form))
        .route("/programmas/{id}/coalitie/overleg/{body_id}", get(governance::show))
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/bewerken",
            get(governance::edit_form).post(governance::update),
        )
        .route("/programmas/{id}/coalitie/overleg/{body_id}/leden", post(governance::add_seat))
        .route("/programmas/{id}/coalitie/overleg/{body_id}/leden/{seat_id}/beeindigen", post(governance::end_seat))
        .route("/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen", post(governance::add_meeting))
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}",
            get(meetings::show).post(meetings::update),
        )
        .route("/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/pdf", get(meetings::pdf))
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten",
            post(meetings::add_point),
        )
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten/{point_id}/omhoog",
            post(meetings::point_up),
        )
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten/{point_id}/omlaag",
            post(meetings::point_down),
        )
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten/{point_id}/verwijderen",
            get(meetings::point_delete_confirm).post(meetings::point_delete),
        )
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/genodigden",
            post(meetings::set_invitees),
        )
        .route(
            "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/versturen",
            post(meetings::send_agenda),
        )
        .route("/beheer/gebruikers", get(admin::users).post(admin::create_user))
        .route("/beheer/gebruikers/nieuw", get(admin::new_user_form))
        .route("/beheer/gebruikers/{user_id}", get(admin::user).post(admin::update_user))
        .route("/beheer/geschiedenis", get(history::site))
        .route("/beheer/privacy", get(privacy::show).post(privacy::search))
        .route("/beheer/mail", get(outbox::index))
        .route("/beheer/mail/{mail_id}/opnieuw", post(outbox::retry))
        .route("/beheer/privacy/export", post(privacy::export))
        .route("/beheer/privacy/wissen", post(privacy::erase))
        .route("/beheer/indicatoren", get(indicators::list).post(indicators::classify))
        .route(
            "/beheer/huisstijl",
            get(look::form).post(look::save).layer(axum::extract::DefaultBodyLimit::max(2 * look::MAX_FORM_BYTES)),
        )
        .route("/huisstijl.css", get(look::stylesheet))
        .route("/huisstijl/logo", get(look::logo))
        .route(
            "/beheer/import",
            get(imports::form).post(imports::upload).layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
        .route("/beheer/import/ophalen", get(fetching::form).post(fetching::start))
        .route("/beheer/import/ophalen/bijhouden", get(fetching::keep_form).post(fetching::keep))
        .route(
            "/beheer/import/ophalen/bijhouden/{id}/verwijderen",
            get(fetching::unkeep_confirm).post(fetching::unkeep),
        )
        .method_not_allowed_fallback(other_method)
}

/// An address that only takes a form (`/programmas`, `…/agenda/doelen`, `…/waarden`), opened in
/// a browser: the page that shows what the form adds to. Another method on a page: a 405 page.
async fn other_method(method: Method, uri: Uri) -> Response {
    if method == Method::GET || method == Method::HEAD {
        Redirect::to(&page_of_form(uri.path())).into_response()
    } else {
        AppError::MethodNotAllowed.into_response()
    }
}

/// The page above a form's address: one level up, or two where that level is a record without a
/// page of its own (an API token, an entered value, a seat in a body).
pub fn page_of_form(path: &str) -> String {
    let mut segments: Vec<&str> = path.trim_end_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    segments.pop();
    if let [.., list, id] = segments.as_slice()
        && matches!(*list, "tokens" | "waarden" | "leden")
        && id.bytes().all(|b| b.is_ascii_digit())
    {
        segments.truncate(segments.len() - 2);
    }
    format!("/{}", segments.join("/"))
}

#[cfg(test)]
mod tests {
    use super::page_of_form;

    #[test]
    fn a_forms_address_leads_to_the_page_it_belongs_to() {
        for (form, page) in [
            ("/programmas", "/"),
            ("/uitloggen", "/"),
            ("/programmas/4/agenda/doelen", "/programmas/4/agenda"),
            ("/programmas/4/coalitie/partijen/", "/programmas/4/coalitie"),
            ("/programmas/4/voortgang/doelen/7/waarden", "/programmas/4/voortgang/doelen/7"),
            ("/programmas/4/voortgang/doelen/7/waarden/9/beoordeling", "/programmas/4/voortgang/doelen/7"),
            ("/account/tokens/3/intrekken", "/account"),
            ("/programmas/4/coalitie/overleg/2/leden/5/beeindigen", "/programmas/4/coalitie/overleg/2"),
        ] {
            assert_eq!(page_of_form(form), page, "{form}");
        }
    }
}
