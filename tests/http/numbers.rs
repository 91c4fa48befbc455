//! One rule for every number field (issue 16): each number a form takes, typed as `1.250`,
//! `1,25`, `1250` and `1.250,5` on a Dutch and on an English page, is stored as the page's
//! convention reads it — or, where it could be meant otherwise, refused with how it would be read.
//! Never guessed. (The rule itself is `domain::number`, with property tests.)

use crate::common::app::TestApp;
use axum::http::StatusCode;
use wijkwijzer::domain::audit::Actor;

const TYPED: [&str; 4] = ["1.250", "1,25", "1250", "1.250,5"];

/// What a typed number becomes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Becomes {
    Stored(f64),
    /// Refused; the page says this.
    Asked(&'static str),
}
use Becomes::*;

/// For a figure (any decimals) and for money (two decimals), per language, what `TYPED` becomes.
fn expected(lang: &str, money: bool) -> [Becomes; 4] {
    match (lang, money) {
        ("nl", false) => [Asked("Bedoelt u 1250 of 1,25"), Stored(1.25), Stored(1250.0), Stored(1250.5)],
        ("en", false) => [
            Asked("Did you mean 1.25 or 1250"),
            Asked("Did you mean 1.25?"),
            Stored(1250.0),
            Asked("Did you mean 1250.5?"),
        ],
        // Money has two decimals at most: `1.250` can only be twelve hundred and fifty euros.
        ("nl", true) => [Stored(1250.0), Stored(1.25), Stored(1250.0), Stored(1250.5)],
        (_, _) => {
            [Asked("Did you mean 1250?"), Asked("Did you mean 1.25?"), Stored(1250.0), Asked("Did you mean 1250.5?")]
        }
    }
}

/// The number fields of the forms: name, whether it is money.
const FIELDS: [(&str, bool); 9] = [
    ("goal baseline", false),
    ("goal target", false),
    ("goal interim target", false),
    ("result value", false),
    ("commitment promised", false),
    ("commitment delivered", false),
    ("budget planned", true),
    ("budget spent", true),
    ("value of an own indicator", false),
];

struct Fixture {
    programme: i64,
    party: i64,
    measure: i64,
    goal: i64,
}

async fn fixture(app: &TestApp) -> Fixture {
    use wijkwijzer::domain::coalition::PartyKind;
    let actor = Actor::system("test");
    let p = app.programme("Getallen", &[]).await;
    let party = crate::common::party_input("Gemeente", PartyKind::Municipality);
    let party = app.store.create_party(&actor, p.id, &party).await.unwrap().id;
    let goal = app.store.create_goal(&actor, p.id, &crate::common::own_goal("Meer initiatieven")).await.unwrap().id;
    let m = crate::common::measure_input("Buurtbudget", party, vec![goal]);
    let measure = app.store.create_measure(&actor, p.id, &m).await.unwrap().id;
    Fixture { programme: p.id, party, measure, goal }
}

/// A past year for an attempt's value (one value per goal and year).
fn year_of(attempt: usize) -> i64 {
    1990 + (attempt % 30) as i64
}

/// Post `typed` into one field; what the store holds afterwards (None: nothing new stored), and
/// the page that came back.
async fn enter(
    app: &TestApp,
    f: &Fixture,
    field: &str,
    typed: &str,
    attempt: usize,
) -> (Option<f64>, StatusCode, String) {
    let pid = f.programme;
    let measure = app.store.measure(pid, f.measure).await.unwrap();
    let (version, lines) = (measure.version.to_string(), format!("/programmas/{pid}/agenda/maatregelen/{}", f.measure));
    let title = format!("Doel {attempt}");
    let goal = |baseline: &str, target: &str, milestones: &str| {
        vec![
            ("themes", "samenleven".to_string()),
            ("title", title.clone()),
            ("indicator_source", "eigen".into()),
            ("own_name", "Initiatieven".into()),
            ("own_unit", "aantal".into()),
            ("polarity", "hoger-beter".into()),
            ("baseline", baseline.into()),
            ("baseline_period", "2024".into()),
            ("target", target.into()),
            ("target_year", if target.is_empty() && milestones.is_empty() { "" } else { "2030" }.into()),
            ("milestones", milestones.into()),
        ]
    };
    let (path, fields): (String, Vec<(&str, String)>) = match field {
        "goal baseline" => (format!("/programmas/{pid}/agenda/doelen"), goal(typed, "", "")),
        "goal target" => (format!("/programmas/{pid}/agenda/doelen"), goal("", typed, "")),
        "goal interim target" => {
            (format!("/programmas/{pid}/agenda/doelen"), goal("", "40", &format!("2027: {typed}")))
        }
        "result value" => (
            format!("{lines}/resultaten"),
            vec![
                ("year", "2025".into()),
                ("kind", "hoeveel".into()),
                ("label", format!("Deelnemers {attempt}")),
                ("value", typed.into()),
                ("unit", "aantal".into()),
                ("version", version),
            ],
        ),
        "commitment promised" | "commitment delivered" => {
            let (promised, delivered) = if field == "commitment promised" { (typed, "0") } else { ("5000", typed) };
            (
                format!("{lines}/toezeggingen"),
                vec![
                    ("party", f.party.to_string()),
                    ("what", format!("Toezegging {attempt}")),
                    ("promised", promised.into()),
                    ("delivered", delivered.into()),
                    ("version", version),
                ],
            )
        }
        "budget planned" | "budget spent" => {
            let (planned, spent) = if field == "budget planned" { (typed, "0") } else { ("5000", typed) };
            (
                format!("{lines}/begroting"),
                vec![
                    ("year", "2025".into()),
                    ("planned", planned.into()),
                    ("spent", spent.into()),
                    ("funding_source", "gemeente".into()),
                    ("cost_kind", "uitvoering".into()),
                    ("note", format!("Regel {attempt}")),
                    ("version", version),
                ],
            )
        }
        _ => (
            format!("/programmas/{pid}/voortgang/doelen/{}/waarden", f.goal),
            vec![
                // A past year of its own per attempt: one value per year.
                ("year", year_of(attempt).to_string()),
                ("value", typed.into()),
                ("source_text", "Registratie van de gemeente".into()),
            ],
        ),
    };
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post_form(&path, &pairs).await;
    let (status, page) = (res.status_code(), res.text());
    let stored = match field {
        "goal baseline" | "goal target" | "goal interim target" => {
            app.store.goals(pid).await.unwrap().into_iter().find(|g| g.title == title).map(|g| match field {
                "goal baseline" => g.baseline.unwrap(),
                "goal target" => g.target.unwrap(),
                _ => g.milestones[0].value,
            })
        }
        "result value" => {
            let m = app.store.measure(pid, f.measure).await.unwrap();
            m.results.iter().find(|r| r.label == format!("Deelnemers {attempt}")).map(|r| r.value)
        }
        "commitment promised" | "commitment delivered" => {
            let m = app.store.measure(pid, f.measure).await.unwrap();
            m.commitments
                .iter()
                .find(|c| c.what == format!("Toezegging {attempt}"))
                .map(|c| if field == "commitment promised" { c.promised } else { c.delivered })
        }
        "budget planned" | "budget spent" => {
            let m = app.store.measure(pid, f.measure).await.unwrap();
            m.budget
                .iter()
                .find(|b| b.note == format!("Regel {attempt}"))
                .map(|b| (if field == "budget planned" { b.planned_cents } else { b.spent_cents }) as f64 / 100.0)
        }
        _ => {
            let entered = app.store.measurements(pid).await.unwrap();
            entered.iter().find(|m| m.goal_id == f.goal && m.year == year_of(attempt)).map(|m| m.value)
        }
    };
    (stored, status, page)
}

#[tokio::test]
async fn every_number_field_reads_what_was_typed_by_the_page_s_language_or_asks() {
    let app = TestApp::sqlite().await;
    app.login_as("admin@x.nl", true).await;
    let f = fixture(&app).await;
    let mut attempt = 0;
    let mut wrong = Vec::new();
    for lang in ["nl", "en"] {
        app.post_form("/taal", &[("lang", lang), ("terug", "/")]).await.assert_status(StatusCode::SEE_OTHER);
        for (field, money) in FIELDS {
            for (typed, want) in TYPED.iter().zip(expected(lang, money)) {
                attempt += 1;
                let (stored, status, page) = enter(&app, &f, field, typed, attempt).await;
                let ok = match want {
                    Stored(v) => status == StatusCode::SEE_OTHER && stored == Some(v),
                    Asked(words) => {
                        status == StatusCode::UNPROCESSABLE_ENTITY
                            && stored.is_none()
                            // A line of interim targets says "… 1.25 on this line?".
                            && page.contains(if field == "goal interim target" { words.trim_end_matches('?') } else { words })
                            && page.contains(&format!("value=\"{typed}\"")) | page.contains(&format!(">2027: {typed}<"))
                    }
                };
                if !ok {
                    let said = page.split("error-summary").nth(1).unwrap_or("").chars().take(900).collect::<String>();
                    wrong.push(format!(
                        "{lang} {field} {typed:?}: wanted {want:?}, got {status} stored {stored:?}: {said}"
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_stored_figure_comes_back_in_its_form_as_the_page_s_language_writes_it() {
    let app = TestApp::sqlite().await;
    app.login_as("admin@x.nl", true).await;
    let f = fixture(&app).await;
    let (stored, status, _) = enter(&app, &f, "result value", "1.250,5", 1).await;
    assert_eq!((stored, status), (Some(1250.5), StatusCode::SEE_OTHER));
    let m = app.store.measure(f.programme, f.measure).await.unwrap();
    let edit = format!("/programmas/{}/agenda/maatregelen/{}/resultaten/{}", f.programme, m.id, m.results[0].id);
    assert!(app.server.get(&edit).await.text().contains("value=\"1250,5\""), "Dutch: a comma, no grouping");
    app.post_form("/taal", &[("lang", "en"), ("terug", "/")]).await;
    assert!(app.server.get(&edit).await.text().contains("value=\"1250.5\""), "English: a point");
    // Saved again unchanged in English, the figure stays what it was.
    let page = app.server.get(&edit).await.text();
    let version = page.split("name=\"version\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let again = app
        .post_form(
            &edit,
            &[
                ("year", "2025"),
                ("kind", "hoeveel"),
                ("label", "Deelnemers 1"),
                ("value", "1250.5"),
                ("unit", "aantal"),
                ("version", &version),
            ],
        )
        .await;
    again.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.measure(f.programme, f.measure).await.unwrap().results[0].value, 1250.5);
}

#[tokio::test]
async fn a_scan_weight_follows_the_same_rule() {
    let app = TestApp::sqlite().await;
    app.login_as("admin@x.nl", true).await;
    let p = app.programme("Gewichten", &[]).await;
    let path = format!("/programmas/{}/stand/bewerken", p.id);
    for (lang, typed, want) in [
        ("nl", "1,5", Stored(1.5)),
        ("nl", "1.5", Asked("Bedoelt u 1,5?")),
        ("en", "1.5", Stored(1.5)),
        ("en", "1,5", Asked("Did you mean 1.5?")),
    ] {
        app.post_form("/taal", &[("lang", lang), ("terug", "/")]).await;
        let res = app.post_form(&path, &[("weight_gezondheid", typed), ("reference", "nl")]).await;
        let weight = app.store.dossier(p.id).await.unwrap().weight(wijkwijzer::domain::catalogue::Theme::Health);
        match want {
            Stored(v) => assert_eq!((res.status_code(), weight), (StatusCode::SEE_OTHER, v), "{lang} {typed}"),
            Asked(words) => {
                res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
                assert!(res.text().contains(words), "{lang} {typed}: {words}");
            }
        }
        // Back to the neutral weight for the next round.
        app.post_form(&path, &[("weight_gezondheid", "1"), ("reference", "nl")]).await;
    }
}
