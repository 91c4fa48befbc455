//! The store conformance suite: every test runs on a fresh SQLite database, and on a fresh
//! PostgreSQL database when WIJKWIJZER_TEST_POSTGRES is set. Same behaviour on both.

mod common;

use common::add_user;
use time::Duration;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::{Page, ProgrammeInput};
use wijkwijzer::domain::revision::{RevisionNote, Subject};
use wijkwijzer::domain::throttle::Failures;
use wijkwijzer::domain::user::Email;
use wijkwijzer::domain::user::UserFlags;
use wijkwijzer::store::{AuditFilter, Store, StoreError, Viewer};

fn programme_input(name: &str) -> ProgrammeInput {
    ProgrammeInput {
        name: name.into(),
        municipality_code: "GM0599".into(),
        municipality_name: "Rotterdam".into(),
        start_year: "2024".into(),
        horizon_year: "2044".into(),
        layout_year: "2024".into(),
        areas: "WK059910 Feijenoord\nWK059915 Charlois".into(),
        description: "Beschrijving met 'quotes' en <tekens>".into(),
    }
}

fn actor() -> Actor {
    Actor::system("test")
}

fn note() -> RevisionNote {
    RevisionNote { reason: "Eerder gehaald dan verwacht".into(), decision: "SG-2025-14".into() }
}

async fn accounts_are_unique_by_email_and_keep_their_fields(store: Store) {
    let u = add_user(&store, "Anna@Gemeente.nl", true).await;
    assert_eq!(u.email, "anna@gemeente.nl");
    assert!(u.is_admin);
    assert!(!u.disabled);
    let again = wijkwijzer::domain::user::NewUser::parse("anna@gemeente.nl", "", common::PASSWORD, false).unwrap();
    let err = store.create_user(&actor(), &again, "x").await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict("email")), "{err:?}");
    let (found, hash) = store.user_with_hash(&Email::parse("ANNA@gemeente.nl").unwrap()).await.unwrap().unwrap();
    assert_eq!(found, u);
    assert!(hash.starts_with("$argon2id$"));
    assert!(matches!(store.user(9999).await, Err(StoreError::NotFound)));
}

async fn users_are_listed_in_pages_by_email(store: Store) {
    for e in ["c@x.nl", "a@x.nl", "b@x.nl"] {
        add_user(&store, e, false).await;
    }
    let p1 = store.users(1, 2).await.unwrap();
    assert_eq!(p1.total, 3);
    assert_eq!(p1.pages(), 2);
    assert_eq!(p1.items.iter().map(|u| u.email.as_str()).collect::<Vec<_>>(), ["a@x.nl", "b@x.nl"]);
    let p2 = store.users(2, 2).await.unwrap();
    assert_eq!(p2.items.iter().map(|u| u.email.as_str()).collect::<Vec<_>>(), ["c@x.nl"]);
}

async fn sessions_resolve_to_their_user_until_deleted_or_expired(store: Store) {
    let u = add_user(&store, "s@x.nl", false).await;
    let secret = store.create_session(u.id, Duration::hours(8)).await.unwrap();
    let info = store.session(&secret, Duration::hours(8)).await.unwrap().expect("live session");
    assert_eq!(info.user.id, u.id);
    assert_eq!(info.csrf_token.len(), 43);
    assert!(store.session("not-a-session", Duration::hours(8)).await.unwrap().is_none());
    store.delete_session(&secret).await.unwrap();
    assert!(store.session(&secret, Duration::hours(8)).await.unwrap().is_none());
    // A session created with a lifetime in the past is expired and cleaned up.
    let old = store.create_session(u.id, Duration::seconds(-5)).await.unwrap();
    assert!(store.session(&old, Duration::hours(8)).await.unwrap().is_none());
    assert_eq!(store.delete_expired().await.unwrap(), 1);
}

async fn a_new_password_ends_the_other_sessions(store: Store) {
    let u = add_user(&store, "p@x.nl", false).await;
    let keep = store.create_session(u.id, Duration::hours(1)).await.unwrap();
    let other = store.create_session(u.id, Duration::hours(1)).await.unwrap();
    store.set_password(&actor(), u.id, "newhash", Some(&keep)).await.unwrap();
    assert!(store.session(&keep, Duration::hours(1)).await.unwrap().is_some());
    assert!(store.session(&other, Duration::hours(1)).await.unwrap().is_none());
}

async fn blocking_an_account_ends_its_sessions_and_tokens(store: Store) {
    let u = add_user(&store, "b@x.nl", false).await;
    let s = store.create_session(u.id, Duration::hours(1)).await.unwrap();
    let (_, token) = store.create_api_token(&actor(), u.id, "script").await.unwrap();
    assert_eq!(store.user_for_api_token(&token).await.unwrap().map(|u| u.id), Some(u.id));
    let blocked = UserFlags { is_admin: false, is_data_steward: false, disabled: true };
    let after = store.update_user_flags(&actor(), u.id, blocked).await.unwrap();
    assert!(after.disabled);
    assert!(store.session(&s, Duration::hours(1)).await.unwrap().is_none());
    assert!(store.user_for_api_token(&token).await.unwrap().is_none());
    let steward = UserFlags { is_admin: false, is_data_steward: true, disabled: false };
    let unblocked = store.update_user_flags(&actor(), u.id, steward).await.unwrap();
    assert!(!unblocked.disabled && !unblocked.is_admin && unblocked.is_data_steward);
    assert_eq!(store.user(u.id).await.unwrap().flags(), steward, "the site role is stored");
    let admin = UserFlags { is_admin: true, is_data_steward: false, disabled: false };
    assert_eq!(store.update_user_flags(&actor(), u.id, admin).await.unwrap().flags(), admin);
}

async fn api_tokens_work_until_revoked_and_only_by_their_owner(store: Store) {
    let u = add_user(&store, "t@x.nl", false).await;
    let other = add_user(&store, "o@x.nl", false).await;
    let (token, secret) = store.create_api_token(&actor(), u.id, "import").await.unwrap();
    assert!(secret.starts_with("ww_"));
    assert!(store.user_for_api_token("ww_wrong").await.unwrap().is_none());
    assert!(matches!(store.revoke_api_token(&actor(), other.id, token.id).await, Err(StoreError::NotFound)));
    store.revoke_api_token(&actor(), u.id, token.id).await.unwrap();
    assert!(store.user_for_api_token(&secret).await.unwrap().is_none());
    let listed = store.api_tokens(u.id).await.unwrap();
    assert!(listed[0].revoked_at.is_some());
}

async fn failed_logins_are_counted_per_email_and_address(store: Store) {
    for _ in 0..3 {
        store.record_login_attempt("a@x.nl", "10.0.0.1", false).await.unwrap();
    }
    store.record_login_attempt("b@x.nl", "10.0.0.1", false).await.unwrap();
    store.record_login_attempt("a@x.nl", "10.0.0.2", false).await.unwrap();
    let counts = |(pair, address): (Failures, Failures)| (pair.count, address.count);
    let window = Duration::minutes(15);
    assert_eq!(counts(store.recent_login_failures("a@x.nl", "10.0.0.1", window).await.unwrap()), (3, 4));
    let (pair, _) = store.recent_login_failures("a@x.nl", "10.0.0.1", window).await.unwrap();
    let last = pair.last.expect("the moment of the last failure");
    assert!((wijkwijzer::domain::clock::now() - last).abs() < Duration::minutes(1), "{last}");
    // The owner's success from one address clears that address's failures only.
    store.record_login_attempt("a@x.nl", "10.0.0.1", true).await.unwrap();
    assert_eq!(counts(store.recent_login_failures("a@x.nl", "10.0.0.1", window).await.unwrap()), (0, 1));
    assert_eq!(counts(store.recent_login_failures("a@x.nl", "10.0.0.2", window).await.unwrap()), (1, 1));
    assert_eq!(counts(store.recent_login_failures("a@x.nl", "10.0.0.3", window).await.unwrap()), (0, 0));
}

async fn programmes_round_trip_with_areas_in_order(store: Store) {
    let new = programme_input("Zuid").parse().unwrap();
    let p = store.create_programme(&actor(), &new).await.unwrap();
    let loaded = store.programme(p.id).await.unwrap();
    assert_eq!(loaded, p);
    assert_eq!(loaded.name, "Zuid");
    assert_eq!(loaded.description, "Beschrijving met 'quotes' en <tekens>");
    assert_eq!(loaded.areas.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(), ["WK059910", "WK059915"]);
    assert!(loaded.published.is_empty(), "nothing is public by default");
    let mut changed = programme_input("Zuid 2");
    changed.areas = "BU05991081 Bloemhof".into();
    let updated = store.update_programme(&actor(), p.id, &changed.parse().unwrap()).await.unwrap();
    assert_eq!(updated.name, "Zuid 2");
    assert_eq!(updated.areas.len(), 1);
    assert_eq!(store.programme_counts(p.id).await.unwrap().areas, 1);
}

async fn who_sees_which_programme(store: Store) {
    let member = add_user(&store, "m@x.nl", false).await;
    let a = store.create_programme(&actor(), &programme_input("A").parse().unwrap()).await.unwrap();
    let b = store.create_programme(&actor(), &programme_input("B").parse().unwrap()).await.unwrap();
    let c = store.create_programme(&actor(), &programme_input("C").parse().unwrap()).await.unwrap();
    store.set_published_pages(&actor(), a.id, &[Page::Overview]).await.unwrap();
    store.set_member_role(&actor(), b.id, member.id, Role::Reader).await.unwrap();
    let names = |ps: Vec<wijkwijzer::domain::programme::Programme>| ps.into_iter().map(|p| p.name).collect::<Vec<_>>();
    assert_eq!(names(store.programmes(Viewer::Public, None).await.unwrap()), ["A"]);
    assert_eq!(names(store.programmes(Viewer::Member(member.id), None).await.unwrap()), ["A", "B"]);
    assert_eq!(names(store.programmes(Viewer::Admin, None).await.unwrap()), ["A", "B", "C"]);
    assert_eq!(names(store.programmes(Viewer::Admin, Some("GM0363")).await.unwrap()), Vec::<String>::new());
    store.delete_programme(&actor(), c.id).await.unwrap();
    assert_eq!(names(store.programmes(Viewer::Admin, Some("GM0599")).await.unwrap()), ["A", "B"]);
    assert!(matches!(store.programme(c.id).await, Err(StoreError::NotFound)));
}

async fn publication_switches_are_per_page(store: Store) {
    let p = store.create_programme(&actor(), &programme_input("P").parse().unwrap()).await.unwrap();
    let after = store.set_published_pages(&actor(), p.id, &[Page::Overview, Page::Agenda]).await.unwrap();
    assert!(after.is_published(Page::Overview) && after.is_published(Page::Agenda));
    assert!(!after.is_published(Page::Urgency));
    let after = store.set_published_pages(&actor(), p.id, &[]).await.unwrap();
    assert!(after.published.is_empty());
}

async fn members_get_one_role_per_programme(store: Store) {
    let u = add_user(&store, "r@x.nl", false).await;
    let p = store.create_programme(&actor(), &programme_input("P").parse().unwrap()).await.unwrap();
    assert_eq!(store.role_in(u.id, p.id).await.unwrap(), None);
    store.set_member_role(&actor(), p.id, u.id, Role::Partner).await.unwrap();
    store.set_member_role(&actor(), p.id, u.id, Role::Manager).await.unwrap();
    assert_eq!(store.role_in(u.id, p.id).await.unwrap(), Some(Role::Manager));
    let members = store.members(p.id).await.unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].role, Role::Manager);
    let counts = store.programme_counts(p.id).await.unwrap();
    assert_eq!((counts.members, counts.managers), (1, 1));
    assert!(matches!(store.set_member_role(&actor(), p.id, 424242, Role::Reader).await, Err(StoreError::NotFound)));
    store.remove_member(&actor(), p.id, u.id).await.unwrap();
    assert!(store.members(p.id).await.unwrap().is_empty());
    assert!(matches!(store.remove_member(&actor(), p.id, u.id).await, Err(StoreError::NotFound)));
}

async fn every_change_leaves_an_audit_record_with_before_and_after(store: Store) {
    let admin = add_user(&store, "admin@x.nl", true).await;
    let who = Actor::user(admin.id, &admin.email);
    let p = store.create_programme(&who, &programme_input("Oud").parse().unwrap()).await.unwrap();
    store.update_programme(&who, p.id, &programme_input("Nieuw").parse().unwrap()).await.unwrap();
    store.set_member_role(&who, p.id, admin.id, Role::Manager).await.unwrap();
    store.delete_programme(&who, p.id).await.unwrap();
    let records = store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 50).await.unwrap();
    let actions: Vec<_> = records.items.iter().map(|r| format!("{}-{}", r.entity, r.action)).collect();
    assert_eq!(actions, ["programme-delete", "membership-create", "programme-update", "programme-create"]);
    let update = &records.items[2];
    assert_eq!(update.actor_id, Some(admin.id));
    assert_eq!(update.actor_label, "admin@x.nl");
    assert!(update.changed_fields().iter().any(|(f, b, a)| f == "name" && b == "Oud" && a == "Nieuw"));
    assert!(records.items[0].after.is_none() && records.items[0].before.is_some());
    // Site-wide history includes account changes, and never a password hash.
    let all = store.audit_records(AuditFilter::default(), 1, 100).await.unwrap();
    assert!(all.items.iter().any(|r| r.entity == "user" && r.action == "create"));
    assert!(!serde_json::to_string(&all.items).unwrap().contains("argon2"));
}

async fn the_database_reports_its_health(store: Store) {
    assert!(store.healthy().await);
    store.close().await;
    assert!(!store.healthy().await);
}

async fn migrations_can_run_twice(store: Store) {
    store.migrate().await.unwrap();
    store.migrate().await.unwrap();
}

fn story(text: &str, area: Option<&str>, consent: bool) -> wijkwijzer::domain::story::NewStory {
    use wijkwijzer::domain::catalogue::Theme;
    wijkwijzer::domain::story::NewStory {
        area_code: area.map(String::from),
        told_on: "2026-10-01".into(),
        source: wijkwijzer::domain::story::SourceType::Resident,
        role: "bewoner".into(),
        text: text.into(),
        themes: vec![Theme::Safety, Theme::Community],
        indicators: vec!["gezondheid:Eenzaam".into()],
        consent,
    }
}

async fn stories_stay_within_the_programme_unless_consented_and_published(store: Store) {
    let member = add_user(&store, "lid@x.nl", false).await;
    let outsider = add_user(&store, "ander@x.nl", false).await;
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let other = store.create_programme(&actor(), &programme_input("Elders").parse().unwrap()).await.unwrap();
    store.set_member_role(&actor(), p.id, member.id, Role::Partner).await.unwrap();
    let open = store.create_story(&actor(), p.id, &story("Open <b>verhaal</b>", Some("WK059910"), true)).await.unwrap();
    let private = store.create_story(&actor(), p.id, &story("Vertrouwelijk", Some("WK059910"), false)).await.unwrap();
    store.create_story(&actor(), p.id, &story("Over het geheel", None, true)).await.unwrap();
    assert_eq!(open.text, "Open <b>verhaal</b>", "stored as typed");
    assert_eq!(open.indicators, ["gezondheid:Eenzaam"]);
    assert_eq!(store.story(p.id, open.id).await.unwrap(), open);
    assert!(matches!(store.story(other.id, open.id).await, Err(StoreError::NotFound)), "not through another programme");
    assert_eq!(store.stories(p.id, false).await.unwrap().len(), 3);
    assert_eq!(store.stories(p.id, true).await.unwrap().len(), 2);
    assert_eq!(store.programme_counts(p.id).await.unwrap().stories, 3);
    let texts = |list: Vec<wijkwijzer::store::AreaStory>| list.into_iter().map(|a| a.story.text).collect::<Vec<_>>();
    // Nothing is public until the urgency page is.
    assert!(store.area_stories("WK059910", Viewer::Public).await.unwrap().is_empty());
    store.set_published_pages(&actor(), p.id, &[Page::Urgency]).await.unwrap();
    assert_eq!(texts(store.area_stories("WK059910", Viewer::Public).await.unwrap()), ["Open <b>verhaal</b>"]);
    assert_eq!(
        texts(store.area_stories("WK059910", Viewer::Member(outsider.id)).await.unwrap()),
        ["Open <b>verhaal</b>"]
    );
    let mine = store.area_stories("WK059910", Viewer::Member(member.id)).await.unwrap();
    assert_eq!(mine.len(), 2);
    assert_eq!(mine[0].programme_name, "Zuid");
    assert_eq!(store.area_stories("WK059910", Viewer::Admin).await.unwrap().len(), 2);
    // Consent can be withdrawn.
    store.update_story(&actor(), p.id, open.id, &story("Open verhaal", Some("WK059910"), false)).await.unwrap();
    assert!(store.area_stories("WK059910", Viewer::Public).await.unwrap().is_empty());
    store.delete_story(&actor(), p.id, private.id).await.unwrap();
    assert!(matches!(store.delete_story(&actor(), p.id, private.id).await, Err(StoreError::NotFound)));
    // An archived programme's stories are nobody's business on the profile.
    store.update_story(&actor(), p.id, open.id, &story("Open verhaal", Some("WK059910"), true)).await.unwrap();
    store.delete_programme(&actor(), p.id).await.unwrap();
    assert!(store.area_stories("WK059910", Viewer::Public).await.unwrap().is_empty());
    assert!(store.area_stories("WK059910", Viewer::Member(member.id)).await.unwrap().is_empty());
    let records = store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 50).await.unwrap();
    let story_actions: Vec<_> =
        records.items.iter().filter(|r| r.entity == "story").map(|r| r.action.clone()).collect();
    assert_eq!(story_actions, ["update", "delete", "update", "create", "create", "create"]);
}

async fn a_dossier_is_empty_until_written_and_keeps_its_weights(store: Store) {
    use wijkwijzer::domain::dossier::DossierInput;
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    assert!(store.dossier(p.id).await.unwrap().is_empty());
    let pairs: Vec<(String, String)> = [
        ("trigger", "gemeenteraad"),
        ("trigger_date", "2026-02-03"),
        ("trigger_description", "Motie 'Zuid' <aangenomen>"),
        ("justification", "Omdat."),
        ("reference", "gemeente"),
        ("weight_gezondheid", "2"),
        ("weight_werk", "0,5"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let d = DossierInput::from_pairs(&pairs)
        .parse(time::macros::date!(2026 - 11 - 28), wijkwijzer::domain::number::NumberStyle::Dutch)
        .unwrap();
    let saved = store.save_dossier(&actor(), p.id, &d).await.unwrap();
    assert_eq!(saved.trigger_description, "Motie 'Zuid' <aangenomen>");
    assert_eq!(saved.weights, d.weights);
    assert_eq!(saved.reference, d.reference);
    assert!(!saved.updated_at.is_empty());
    let mut second = saved.clone();
    second.justification = "Omdat het moet.".into();
    store.save_dossier(&actor(), p.id, &second).await.unwrap();
    assert_eq!(store.dossier(p.id).await.unwrap().justification, "Omdat het moet.");
    let records = store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 50).await.unwrap();
    let last = &records.items[0];
    assert_eq!((last.entity.as_str(), last.action.as_str()), ("dossier", "update"));
    assert!(
        last.changed_fields().iter().any(|(f, b, a)| f == "justification" && b == "Omdat." && a == "Omdat het moet.")
    );
    assert!(records.items[1].before.is_none(), "the first version has no before");
}

async fn the_scan_reads_one_year_of_one_level_with_each_area_s_newest_real_name(store: Store) {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Period};
    // 50090NED: Eenzaam is one of the scan's indicators.
    let mut d = small_dataset(30.0);
    d.source_table = "50090NED".into();
    d.areas.push(AreaName { code: AreaCode::parse("BU05991082").unwrap(), name: "Hillesluis".into() });
    d.records.push(wijkwijzer::domain::statistics::Record {
        area: 2,
        period: 0,
        variant: 0,
        cells: vec![(0, Cell::Value { value: 55.0, symbol: None })],
    });
    store.import_dataset(&actor(), "2020", "test", &d).await.unwrap();
    // Another year, an older layout with an older name, and a newer layout that knows only codes.
    let mut older = d.clone();
    older.periods = vec![Period::from_statline("2016JJ00").unwrap()];
    older.layout_year = Some(2016);
    older.areas[2].name = "Hillesluis (oud)".into();
    older.records[2].cells = vec![(0, Cell::Value { value: 99.0, symbol: None })];
    store.import_dataset(&actor(), "2016", "test", &older).await.unwrap();
    let mut codes_only = d.clone();
    codes_only.layout_year = Some(2024);
    codes_only.source_table = "TEST02".into();
    codes_only.areas[2].name = "BU05991082".into();
    store.import_dataset(&actor(), "2024", "test", &codes_only).await.unwrap();

    let (indicators, areas) = store.scan_inputs("BU", 2020, None).await.unwrap();
    let eenzaam = indicators.iter().position(|i| i.key == "Eenzaam_28").expect("a scan indicator");
    let mut got: Vec<(String, String, Option<String>, Option<Cell>)> =
        areas.into_iter().map(|a| (a.code, a.name, a.municipality, a.cells.get(&eenzaam).cloned())).collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        got,
        [
            (
                "BU05991081".into(),
                "BU05991081".into(),
                Some("GM0599".into()),
                Some(Cell::Value { value: 61.0, symbol: None })
            ),
            (
                "BU05991082".into(),
                "Hillesluis".into(),
                Some("GM0599".into()),
                Some(Cell::Value { value: 55.0, symbol: None })
            ),
        ],
        "only buurten, only 2020, the newest real name"
    );
    let (_, in_rotterdam) = store.scan_inputs("BU", 2016, Some("GM0599")).await.unwrap();
    assert_eq!(in_rotterdam.len(), 2);
    assert!(store.scan_inputs("BU", 2016, Some("GM0363")).await.unwrap().1.is_empty());

    // The scan reads the columns each import wrote. A database from before them (no columns), or
    // a column that no longer matches its areas, gets them built from the records: the same scan.
    let sorted =
        |(i, mut a): (Vec<wijkwijzer::domain::scan::ScanIndicator>, Vec<wijkwijzer::domain::scan::ScanArea>)| {
            a.sort_by(|x, y| x.code.cmp(&y.code));
            let a: Vec<_> = a
                .into_iter()
                .map(|a| {
                    (a.code, a.name, a.municipality, a.cells.into_iter().collect::<std::collections::BTreeMap<_, _>>())
                })
                .collect();
            format!("{i:?} {a:?}")
        };
    let written = sorted(store.scan_inputs("BU", 2020, None).await.unwrap());
    store.execute_unchecked("DELETE FROM figure_columns").await.unwrap();
    store.execute_unchecked("DELETE FROM column_areas").await.unwrap();
    assert_eq!(sorted(store.scan_inputs("BU", 2020, None).await.unwrap()), written, "built from the records");
    store
        .execute_unchecked(
            "UPDATE column_areas SET codes = codes || ',BU05990000' WHERE period = '2020JJ00' AND level = 'BU'",
        )
        .await
        .unwrap();
    assert_eq!(sorted(store.scan_inputs("BU", 2020, None).await.unwrap()), written, "a damaged set is rebuilt");
}

/// A constructed table with StatLine's `Marges` dimension (issue 18 item 3; the shipped exports hold
/// the value only): the bounds are no indicators of the scan but the margins of the value's figure,
/// and a contribution says whether the reference lies within them.
async fn the_scan_reads_published_margins_as_the_interval_of_a_figure(store: Store) {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Record};
    let mut d = small_dataset(30.0);
    d.source_table = "50090NED".into();
    d.variants = vec![
        "Leeftijd=20300;Marges=MW00000".into(),
        "Leeftijd=20300;Marges=MOG0095".into(),
        "Leeftijd=20300;Marges=MBG0095".into(),
    ];
    d.records.clear();
    d.areas.truncate(1);
    // Six buurten with Eenzaam 40, 42, …, 50 % (median 45); the first two with an interval.
    for n in 0..6 {
        let code = format!("BU059910{n:02}");
        d.areas.push(AreaName { code: AreaCode::parse(&code).unwrap(), name: format!("Buurt {n}") });
        let value = |v: f64| vec![(0, Cell::Value { value: v, symbol: None })];
        d.records.push(Record { area: n + 1, period: 0, variant: 0, cells: value(40.0 + 2.0 * n as f64) });
        if n < 2 {
            let half = [4.0, 8.0][n];
            d.records.push(Record { area: n + 1, period: 0, variant: 1, cells: value(40.0 + 2.0 * n as f64 - half) });
            d.records.push(Record { area: n + 1, period: 0, variant: 2, cells: value(40.0 + 2.0 * n as f64 + half) });
        }
    }
    store.import_dataset(&actor(), "marges", "test", &d).await.unwrap();
    let (indicators, areas) = store.scan_inputs("BU", 2020, None).await.unwrap();
    let eenzaam: Vec<&str> = indicators.iter().filter(|i| i.key == "Eenzaam_28").map(|i| i.variant.as_str()).collect();
    assert_eq!(eenzaam, ["Leeftijd=20300;Marges=MW00000"], "the bounds are not figures of their own");
    let i = indicators.iter().position(|i| i.key == "Eenzaam_28").unwrap();
    let margins: Vec<_> = areas.iter().map(|a| (a.code.clone(), a.margins.clone())).collect();
    assert_eq!(margins[0], ("BU05991000".to_string(), vec![(i, 36.0, 44.0)]));
    assert_eq!(margins[1], ("BU05991001".to_string(), vec![(i, 34.0, 50.0)]));
    assert!(margins[2..].iter().all(|(_, m)| m.is_empty()));

    let scan = wijkwijzer::domain::scan::run(
        indicators,
        areas,
        wijkwijzer::domain::scan::ReferenceKind::Nl,
        &Default::default(),
    );
    let within = |code: &str| {
        let a = scan.areas.iter().find(|a| a.code == code).unwrap();
        a.contributions.iter().find(|c| c.indicator == i).and_then(|c| c.within_margin)
    };
    // The median 45: outside 40 ± 4, within 42 ± 8, unknown for the others.
    assert_eq!((within("BU05991000"), within("BU05991001"), within("BU05991005")), (Some(false), Some(true), None));
}

async fn parties_join_leave_and_rejoin_with_their_history_and_stale_versions_are_refused(store: Store) {
    use wijkwijzer::domain::coalition::{Move, NewParty, PartyKind};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let new = |name: &str, kind| NewParty {
        name: name.into(),
        kind,
        description: "Wat we inbrengen".into(),
        joined_on: "2024-01-15".into(),
        joined_note: "ondertekende de wijkdeal".into(),
    };
    let woonstad = store.create_party(&actor(), p.id, &new("Woonstad", PartyKind::Housing)).await.unwrap();
    assert!(woonstad.is_current());
    assert_eq!(woonstad.version, 1);
    assert!(matches!(
        store.create_party(&actor(), p.id, &new("Woonstad", PartyKind::Care)).await,
        Err(StoreError::Conflict("party"))
    ));
    // Edit with the version the form was loaded with; a second edit with the same version is stale.
    let renamed = store
        .update_party(&actor(), p.id, woonstad.id, 1, &new("Woonstad Rotterdam", PartyKind::Housing))
        .await
        .unwrap();
    assert_eq!((renamed.name.as_str(), renamed.version), ("Woonstad Rotterdam", 2));
    assert!(matches!(
        store.update_party(&actor(), p.id, woonstad.id, 1, &new("Kaping", PartyKind::Housing)).await,
        Err(StoreError::Stale)
    ));
    assert_eq!(store.party(p.id, woonstad.id).await.unwrap().name, "Woonstad Rotterdam", "no lost update");
    // Leave, then join again: both periods stay.
    let left = store
        .move_party(&actor(), p.id, woonstad.id, 2, &Move { date: "2025-06-30".into(), reason: "Fusie".into() })
        .await
        .unwrap();
    assert!(!left.is_current());
    assert_eq!(store.programme_counts(p.id).await.unwrap().parties, 0);
    let back = store
        .move_party(
            &actor(),
            p.id,
            woonstad.id,
            3,
            &Move { date: "2026-01-01".into(), reason: "Nieuwe afspraken".into() },
        )
        .await
        .unwrap();
    assert!(back.is_current());
    let periods: Vec<(&str, Option<&str>, &str)> =
        back.periods.iter().map(|x| (x.joined_on.as_str(), x.left_on.as_deref(), x.left_reason.as_str())).collect();
    assert_eq!(periods, [("2024-01-15", Some("2025-06-30"), "Fusie"), ("2026-01-01", None, "")]);
    assert_eq!(back.periods[1].joined_note, "Nieuwe afspraken");
    // Contacts and accounts; a non-member cannot act for a party.
    let with_contact =
        store.add_contact(&actor(), p.id, woonstad.id, ("Fatima", "wijkregisseur", "f@woonstad.nl")).await.unwrap();
    assert_eq!(with_contact.contacts.len(), 1);
    store.remove_contact(&actor(), p.id, woonstad.id, with_contact.contacts[0].id).await.unwrap();
    assert!(matches!(
        store.remove_contact(&actor(), p.id, woonstad.id, with_contact.contacts[0].id).await,
        Err(StoreError::NotFound)
    ));
    let u = add_user(&store, "partner@woonstad.nl", false).await;
    assert!(matches!(
        store.set_party_account(&actor(), p.id, woonstad.id, u.id, true).await,
        Err(StoreError::NotFound)
    ));
    store.set_member_role(&actor(), p.id, u.id, Role::Partner).await.unwrap();
    let linked = store.set_party_account(&actor(), p.id, woonstad.id, u.id, true).await.unwrap();
    assert_eq!(linked.accounts, [(u.id, "partner@woonstad.nl".to_string())]);
    assert_eq!(store.parties_of(p.id, u.id).await.unwrap(), [woonstad.id]);
    store.set_party_account(&actor(), p.id, woonstad.id, u.id, false).await.unwrap();
    assert!(store.parties_of(p.id, u.id).await.unwrap().is_empty());
    // Another programme does not see the party.
    let other = store.create_programme(&actor(), &programme_input("Elders").parse().unwrap()).await.unwrap();
    assert!(matches!(store.party(other.id, woonstad.id).await, Err(StoreError::NotFound)));
    assert!(store.parties(other.id).await.unwrap().is_empty());
    let actions: Vec<String> = store
        .audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 50)
        .await
        .unwrap()
        .items
        .iter()
        .filter(|r| r.entity == "party")
        .map(|r| r.action.clone())
        .collect();
    assert_eq!(actions, ["account", "account", "contact", "contact", "join", "leave", "update", "create"]);
}

async fn bodies_keep_their_seats_over_time_and_number_decisions_per_year(store: Store) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    use wijkwijzer::domain::governance::{BodyKind, DecisionRule, NewBody, NewMeeting, NewSeat};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let party = NewParty {
        name: "Gemeente".into(),
        kind: PartyKind::Municipality,
        description: String::new(),
        joined_on: "2024-01-01".into(),
        joined_note: String::new(),
    };
    let gemeente = store.create_party(&actor(), p.id, &party).await.unwrap();
    let new = NewBody {
        name: "Stuurgroep Zuid".into(),
        kind: BodyKind::Steering,
        rule: DecisionRule::LeadParty,
        lead_party: Some(gemeente.id),
        description: String::new(),
    };
    let body = store.create_body(&actor(), p.id, &new).await.unwrap();
    assert_eq!((body.version, body.lead_party.clone()), (1, Some((gemeente.id, "Gemeente".to_string()))));
    assert!(matches!(store.create_body(&actor(), p.id, &new).await, Err(StoreError::Conflict("body"))));
    let seat = NewSeat {
        party_id: gemeente.id,
        person: "Wethouder".into(),
        position: "voorzitter".into(),
        started_on: "2024-02-01".into(),
    };
    let with_seat = store.add_seat(&actor(), p.id, body.id, &seat).await.unwrap();
    let seat_id = with_seat.seats[0].id;
    let ended = store.end_seat(&actor(), p.id, body.id, seat_id, "2023-01-01").await.unwrap();
    assert_eq!(ended.seats[0].ended_on.as_deref(), Some("2024-02-01"), "never before the seat began");
    assert!(matches!(store.end_seat(&actor(), p.id, body.id, seat_id, "2025-01-01").await, Err(StoreError::NotFound)));
    let meeting = |date: &str, decisions: &[&str]| NewMeeting {
        held_on: date.into(),
        starts_at: String::new(),
        location: String::new(),
        notes: String::new(),
        decisions: decisions.iter().map(|d| d.to_string()).collect(),
    };
    store
        .add_meeting(&actor(), p.id, body.id, &meeting("2025-03-01", &["Wijkdeal vastgesteld", "Budget akkoord"]))
        .await
        .unwrap();
    store.add_meeting(&actor(), p.id, body.id, &meeting("2025-09-01", &["Werkgroep jeugd opgericht"])).await.unwrap();
    let after = store.add_meeting(&actor(), p.id, body.id, &meeting("2026-02-01", &["Evaluatie"])).await.unwrap();
    let numbers: Vec<&str> =
        after.meetings.iter().flat_map(|m| m.decisions.iter().map(|d| d.number.as_str())).collect();
    assert_eq!(numbers, ["SG-2026-1", "SG-2025-3", "SG-2025-1", "SG-2025-2"], "newest meeting first");
    assert_eq!(after.last_decision(), Some("2026-02-01"));
    // Stale edits are refused.
    let v = after.version;
    store.update_body(&actor(), p.id, body.id, v, &NewBody { name: "Stuurgroep".into(), ..new.clone() }).await.unwrap();
    assert!(matches!(
        store.update_body(&actor(), p.id, body.id, v, &NewBody { name: "Kaping".into(), ..new }).await,
        Err(StoreError::Stale)
    ));
    assert_eq!(store.bodies(p.id).await.unwrap()[0].name, "Stuurgroep");
}

async fn the_vision_keeps_every_version(store: Store) {
    use wijkwijzer::domain::agenda::NewVision;
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    assert!(store.vision_versions(p.id).await.unwrap().is_empty());
    let v = |text: &str, date: &str| NewVision {
        text: text.into(),
        agreed_on: date.into(),
        agreed_by: "Stuurgroep".into(),
        decision: String::new(),
        reason: "Bijgesteld".into(),
    };
    store.add_vision(&actor(), p.id, &v("Eerste visie", "2025-01-10")).await.unwrap();
    store.add_vision(&actor(), p.id, &v("Tweede visie", "2026-02-01")).await.unwrap();
    let versions = store.vision_versions(p.id).await.unwrap();
    let texts: Vec<&str> = versions.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["Tweede visie", "Eerste visie"], "newest first, nothing lost");
    assert_eq!(versions[0].created_by, "test");
    let last = &store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 5).await.unwrap().items[0];
    assert_eq!((last.entity.as_str(), last.action.as_str()), ("vision", "version"));
    assert!(last.changed_fields().iter().any(|(f, b, a)| f == "text" && b == "Eerste visie" && a == "Tweede visie"));
    // The first version is no revision; the second is, with its reason.
    let log = store.revisions(p.id, None).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].subject, log[0].reason.as_str()), (Subject::Vision, "Bijgesteld"));
    assert_eq!(versions[0].reason, "Bijgesteld");
}

async fn goals_keep_their_indicator_targets_and_interim_targets_and_refuse_stale_edits(store: Store) {
    use wijkwijzer::domain::catalogue::{Polarity, Theme};
    use wijkwijzer::domain::goal::{GoalIndicator, Milestone, NewGoal};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let catalogue = NewGoal {
        themes: vec![Theme::Work, Theme::Health],
        title: "Minder huishoudens met geldzorgen".into(),
        description: "Van 31,5% naar 25%".into(),
        indicator: GoalIndicator::Catalogue {
            reference: "gezondheid:MoeiteMetRondkomen".into(),
            title: "Moeite met rondkomen".into(),
            area_code: "programma".into(),
            // An age group, kept as chosen.
            variant: "Leeftijd=80200;Marges=MW00000".into(),
        },
        polarity: Polarity::HigherIsWorse,
        baseline: Some(31.5),
        baseline_period: "2020".into(),
        target: Some(25.0),
        target_year: Some(2030),
        milestones: vec![Milestone { year: 2026, value: 29.0 }, Milestone { year: 2028, value: 27.25 }],
        position: 2,
    };
    let own = NewGoal {
        themes: vec![Theme::Community],
        title: "Meer bewonersinitiatieven".into(),
        description: String::new(),
        indicator: GoalIndicator::Own { name: "Actieve initiatieven".into(), unit: "aantal".into() },
        polarity: Polarity::HigherIsBetter,
        baseline: None,
        baseline_period: String::new(),
        target: None,
        target_year: None,
        milestones: vec![],
        position: 1,
    };
    // A figure, then none, then a figure again through the same statements: a NULL figure must not
    // change the statement's parameter type (sqlx 0.8.6 Any declares a NULL double as float4 on
    // PostgreSQL; see docs/ARCHITECTURE.md).
    let g1 = store.create_goal(&actor(), p.id, &catalogue).await.unwrap();
    let g2 = store.create_goal(&actor(), p.id, &own).await.unwrap();
    let goals = store.goals(p.id).await.unwrap();
    assert_eq!(goals.iter().map(|g| g.id).collect::<Vec<_>>(), [g2.id, g1.id], "by position");
    let back = &goals[1];
    assert_eq!(back.themes, [Theme::Work, Theme::Health]);
    assert_eq!(back.indicator, catalogue.indicator);
    assert_eq!((back.baseline, back.target, back.target_year), (Some(31.5), Some(25.0), Some(2030)));
    assert_eq!(back.milestones, catalogue.milestones);
    assert_eq!(goals[0].indicator, own.indicator);
    assert_eq!(goals[0].baseline, None);
    // Edit with the loaded version; the same version again is stale and changes nothing.
    let raised = NewGoal { target: Some(24.0), milestones: vec![], ..catalogue.clone() };
    let after = store.update_goal(&actor(), p.id, g1.id, 1, &raised, &note()).await.unwrap();
    assert_eq!((after.version, after.target, after.milestones.len()), (2, Some(24.0), 0));
    let lost = NewGoal { title: "Verloren wijziging".into(), ..catalogue.clone() };
    assert!(matches!(store.update_goal(&actor(), p.id, g1.id, 1, &lost, &note()).await, Err(StoreError::Stale)));
    assert_eq!(store.goal(p.id, g1.id).await.unwrap().title, "Minder huishoudens met geldzorgen");
    let other = store.create_programme(&actor(), &programme_input("Noord").parse().unwrap()).await.unwrap();
    assert!(matches!(store.goal(other.id, g1.id).await, Err(StoreError::NotFound)));
    assert!(matches!(
        store.update_goal(&actor(), other.id, g1.id, 2, &raised, &note()).await,
        Err(StoreError::NotFound)
    ));
    let last = &store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 5).await.unwrap().items[0];
    assert_eq!((last.entity.as_str(), last.action.as_str()), ("goal", "update"));
    assert!(
        last.changed_fields().iter().any(|(f, b, a)| f == "target" && b == "25.0" && a == "24.0"),
        "{:?}",
        last.changed_fields()
    );
    // The revision log holds the change with its reason and decision; the stale attempt left none.
    let log = store.revisions(p.id, Some((Subject::Goal, g1.id))).await.unwrap();
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!((log[0].reason.as_str(), log[0].decision.as_str()), ("Eerder gehaald dan verwacht", "SG-2025-14"));
    let target = log[0].changes.iter().find(|c| c.field == "target").unwrap();
    assert_eq!((target.before.as_str(), target.after.as_str(), target.verb()), ("25", "24", "lowered"));
    assert!(store.revisions(p.id, Some((Subject::Goal, g2.id))).await.unwrap().is_empty());
    // Figures cleared and set again, many times over the same statements, stay what was written.
    let mut version = after.version;
    for round in 0..12 {
        let figure = if round % 2 == 0 { None } else { Some(20.0 + round as f64) };
        let g = NewGoal { baseline: figure, target: figure, ..raised.clone() };
        let saved = store.update_goal(&actor(), p.id, g1.id, version, &g, &note()).await.unwrap();
        assert_eq!((saved.baseline, saved.target), (figure, figure), "round {round}");
        version = saved.version;
    }
    store.delete_goal(&actor(), p.id, g2.id).await.unwrap();
    assert_eq!(store.goals(p.id).await.unwrap().len(), 1);
}

async fn measures_carry_goals_partners_commitments_and_budget_and_refuse_stale_edits(store: Store) {
    use wijkwijzer::domain::catalogue::{Polarity, Theme};
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    use wijkwijzer::domain::goal::{GoalIndicator, NewGoal};
    use wijkwijzer::domain::measure::{
        CostKind, LineKind, NewBudgetLine, NewCommitment, NewMeasure, NewPlan, NewResult, ResultKind, Source, Status,
        finance,
    };
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let party = |name: &str, kind| NewParty {
        name: name.into(),
        kind,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    };
    let gemeente = store.create_party(&actor(), p.id, &party("Gemeente", PartyKind::Municipality)).await.unwrap();
    let woonstad = store.create_party(&actor(), p.id, &party("Woonstad", PartyKind::Housing)).await.unwrap();
    let goal = store
        .create_goal(
            &actor(),
            p.id,
            &NewGoal {
                themes: vec![Theme::Work],
                title: "Meer mensen aan het werk".into(),
                description: String::new(),
                indicator: GoalIndicator::Own { name: "Plaatsingen".into(), unit: "aantal".into() },
                polarity: Polarity::HigherIsBetter,
                baseline: None,
                baseline_period: String::new(),
                target: None,
                target_year: None,
                milestones: vec![],
                position: 0,
            },
        )
        .await
        .unwrap();
    let plan = store
        .save_plan(
            &actor(),
            p.id,
            None,
            &NewPlan {
                name: "Uitvoeringsprogramma 2024-2027".into(),
                starts_year: 2024,
                ends_year: 2027,
                description: String::new(),
            },
        )
        .await
        .unwrap();
    let dup = NewPlan {
        name: "Uitvoeringsprogramma 2024-2027".into(),
        starts_year: 2028,
        ends_year: 2031,
        description: String::new(),
    };
    assert!(matches!(store.save_plan(&actor(), p.id, None, &dup).await, Err(StoreError::Conflict("plan"))));
    let renamed = NewPlan {
        name: "Uitvoeringsprogramma 2024-2027".into(),
        starts_year: 2024,
        ends_year: 2027,
        description: "Herzien".into(),
    };
    store.save_plan(&actor(), p.id, Some((plan, 1)), &renamed).await.unwrap();
    assert!(matches!(store.save_plan(&actor(), p.id, Some((plan, 1)), &renamed).await, Err(StoreError::Stale)));
    assert_eq!(store.plans(p.id).await.unwrap()[0].version, 2);
    let new = NewMeasure {
        title: "Werkgeversnetwerk Zuid".into(),
        description: "Bedrijven bieden plaatsen".into(),
        goal_ids: vec![goal.id],
        owner_id: gemeente.id,
        partner_ids: vec![woonstad.id],
        starts_on: "2025-01-01".into(),
        ends_on: "2027-12-31".into(),
        status: Status::Running,
        status_reason: String::new(),
        plan_id: Some(plan),
    };
    let m = store.create_measure(&actor(), p.id, &new).await.unwrap();
    assert_eq!(m.owner, Some((gemeente.id, "Gemeente".into())));
    assert_eq!(m.partners, [(woonstad.id, "Woonstad".into())]);
    assert_eq!(m.goal_ids, [goal.id]);
    assert_eq!(m.plan, Some((plan, "Uitvoeringsprogramma 2024-2027".into())));
    let c = NewCommitment {
        party_id: gemeente.id,
        what: "werkervaringsplaatsen".into(),
        promised: 250.0,
        delivered: 0.0,
        due_year: Some(2026),
    };
    let m = store.save_commitment(&actor(), p.id, m.id, None, 1, &c).await.unwrap();
    assert_eq!(m.version, 2);
    let line_id = m.commitments[0].id;
    let m = store
        .save_commitment(&actor(), p.id, m.id, Some(line_id), 2, &NewCommitment { delivered: 120.5, ..c.clone() })
        .await
        .unwrap();
    assert_eq!((m.commitments.len(), m.commitments[0].delivered), (1, 120.5));
    // A form loaded at version 2 is stale now: nothing is written.
    assert!(matches!(
        store
            .save_commitment(&actor(), p.id, m.id, Some(line_id), 2, &NewCommitment { delivered: 1.0, ..c.clone() })
            .await,
        Err(StoreError::Stale)
    ));
    let b = |year, planned, spent, source, funder| NewBudgetLine {
        year,
        planned_cents: planned,
        spent_cents: spent,
        source,
        funder_id: funder,
        kind: CostKind::Execution,
        note: String::new(),
    };
    let m = store
        .save_budget_line(
            &actor(),
            p.id,
            m.id,
            None,
            3,
            &b(2025, 10_000_000, 8_000_050, Source::Municipality, Some(gemeente.id)),
        )
        .await
        .unwrap();
    let m = store
        .save_budget_line(&actor(), p.id, m.id, None, 4, &b(2026, 5_000_000, 0, Source::State, None))
        .await
        .unwrap();
    let m2 = store
        .create_measure(
            &actor(),
            p.id,
            &NewMeasure {
                title: "Buurtconciërges".into(),
                goal_ids: vec![],
                owner_id: woonstad.id,
                partner_ids: vec![],
                plan_id: None,
                ..new.clone()
            },
        )
        .await
        .unwrap();
    store
        .save_budget_line(
            &actor(),
            p.id,
            m2.id,
            None,
            1,
            &b(2025, 2_500_000, 2_600_000, Source::Housing, Some(woonstad.id)),
        )
        .await
        .unwrap();
    let all = store.measures(p.id).await.unwrap();
    assert_eq!(all.iter().map(|m| m.title.as_str()).collect::<Vec<_>>(), ["Buurtconciërges", "Werkgeversnetwerk Zuid"]);
    let f = finance(&all, |m| if m.goal_ids.is_empty() { String::new() } else { "werk".into() });
    assert_eq!((f.total.planned_cents, f.total.spent_cents), (17_500_000, 10_600_050));
    for groups in [&f.by_party, &f.by_source, &f.by_year, &f.by_theme] {
        assert_eq!(groups.iter().map(|g| g.planned_cents).sum::<i64>(), f.total.planned_cents);
        assert_eq!(groups.iter().map(|g| g.spent_cents).sum::<i64>(), f.total.spent_cents);
    }
    // Removing a line raises the version too; a line of another measure is not found.
    let budget_id = m.budget[1].id;
    assert!(matches!(
        store.remove_measure_line(&actor(), p.id, m2.id, LineKind::Budget, budget_id).await,
        Err(StoreError::NotFound)
    ));
    let m = store.remove_measure_line(&actor(), p.id, m.id, LineKind::Budget, budget_id).await.unwrap();
    assert_eq!((m.budget.len(), m.version), (1, 6));
    let stale = NewMeasure { status: Status::Stopped, status_reason: "geen budget".into(), ..new.clone() };
    assert!(matches!(store.update_measure(&actor(), p.id, m.id, 5, &stale, &note()).await, Err(StoreError::Stale)));
    let m = store.update_measure(&actor(), p.id, m.id, 6, &stale, &note()).await.unwrap();
    assert_eq!((m.status, m.status_reason.as_str()), (Status::Stopped, "geen budget"));
    let log = store.revisions(p.id, Some((Subject::Measure, m.id))).await.unwrap();
    assert_eq!(log.len(), 1);
    let status = log[0].changes.iter().find(|c| c.field == "status").unwrap();
    assert_eq!(status.after, "gestopt");
    let last = &store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 5).await.unwrap().items[0];
    assert_eq!((last.entity.as_str(), last.action.as_str()), ("measure", "update"));
    assert!(last.changed_fields().iter().any(|(f, b, a)| f == "status" && b == "lopend" && a == "gestopt"));
    // Results answer the three questions per year, under the same version as the measure's lines.
    let r =
        |year, kind, label: &str, value| NewResult { year, kind, label: label.into(), value, unit: "aantal".into() };
    let reached = r(2025, ResultKind::HowMuch, "huishoudens bereikt", 120.0);
    let m = store.save_result(&actor(), p.id, m.id, None, 7, &reached).await.unwrap();
    let better = r(2025, ResultKind::BetterOff, "huishoudens schuldenvrij", 35.5);
    assert!(matches!(store.save_result(&actor(), p.id, m.id, None, 7, &better).await, Err(StoreError::Stale)));
    let m = store.save_result(&actor(), p.id, m.id, None, 8, &better).await.unwrap();
    assert_eq!(m.results.len(), 2);
    let line = m.results_of(ResultKind::BetterOff)[0].id;
    let m = store
        .save_result(
            &actor(),
            p.id,
            m.id,
            Some(line),
            9,
            &r(2025, ResultKind::BetterOff, "huishoudens schuldenvrij", 40.0),
        )
        .await
        .unwrap();
    assert_eq!((m.results_of(ResultKind::BetterOff)[0].value, m.results.len(), m.version), (40.0, 2, 10));
    assert!(matches!(
        store.save_result(&actor(), p.id, m2.id, Some(line), m2.version + 1, &better).await,
        Err(StoreError::NotFound | StoreError::Stale)
    ));
    let m = store.remove_measure_line(&actor(), p.id, m.id, LineKind::Result, line).await.unwrap();
    assert_eq!(m.results.iter().map(|x| x.label.as_str()).collect::<Vec<_>>(), ["huishoudens bereikt"]);
    let last = &store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 5).await.unwrap().items[0];
    assert_eq!(last.action, "result");
    // A deleted goal leaves its measures without the link.
    store.delete_goal(&actor(), p.id, goal.id).await.unwrap();
    assert!(store.measure(p.id, m.id).await.unwrap().goal_ids.is_empty());
    store.delete_measure(&actor(), p.id, m2.id).await.unwrap();
    assert_eq!(store.measures(p.id).await.unwrap().len(), 1);
}

async fn residents_agenda_items_get_a_tegenbod_and_are_published_one_by_one(store: Store) {
    use wijkwijzer::domain::residents::{Answer, NewAnswer, NewItem};
    use wijkwijzer::store::ItemChange;
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let item = |title: &str, on: &str| NewItem {
        title: title.into(),
        text: "Kinderen spelen op straat".into(),
        submitted_by: "Bewonersplatform Bloemhof".into(),
        submitted_on: on.into(),
    };
    let a = store.create_agenda_item(&actor(), p.id, &item("Speelplek", "2026-03-01")).await.unwrap();
    let b = store.create_agenda_item(&actor(), p.id, &item("Straatverlichting", "2026-04-01")).await.unwrap();
    assert_eq!(store.agenda_items(p.id, false).await.unwrap().iter().map(|i| i.id).collect::<Vec<_>>(), [b.id, a.id]);
    assert!(store.agenda_items(p.id, true).await.unwrap().is_empty());
    let answer = NewAnswer {
        answer: Answer::Together,
        text: "We zoeken samen een plek".into(),
        answered_on: "2026-05-01".into(),
    };
    let a = store.update_agenda_item(&actor(), p.id, a.id, 1, ItemChange::Answer(&answer)).await.unwrap();
    assert_eq!((a.answer, a.version), (Some(Answer::Together), 2));
    assert!(matches!(
        store.update_agenda_item(&actor(), p.id, a.id, 1, ItemChange::Publish(true)).await,
        Err(StoreError::Stale)
    ));
    store.update_agenda_item(&actor(), p.id, a.id, 2, ItemChange::Publish(true)).await.unwrap();
    let public = store.agenda_items(p.id, true).await.unwrap();
    assert_eq!(public.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(), ["Speelplek"]);
    assert_eq!(public[0].answer_text, "We zoeken samen een plek");
    let last = &store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 5).await.unwrap().items[0];
    assert_eq!((last.entity.as_str(), last.action.as_str()), ("agenda_item", "publish"));
    store.delete_agenda_item(&actor(), p.id, b.id).await.unwrap();
    assert!(matches!(store.agenda_item(p.id, b.id).await, Err(StoreError::NotFound)));
}

async fn preconditions_rounds_take_one_answer_per_account_and_per_resident_link(store: Store) {
    use wijkwijzer::domain::preconditions::{Level, NewRound, Precondition, Response, outcomes};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let round = store
        .create_round(
            &actor(),
            p.id,
            &NewRound {
                name: "Peiling voorjaar 2026".into(),
                opened_on: "2026-03-01".into(),
                closes_on: String::new(),
            },
        )
        .await
        .unwrap();
    assert!(round.is_open());
    let answer = |level, trust: Option<i64>| Response {
        level,
        scores: Precondition::ALL
            .iter()
            .map(|p| (*p, if *p == Precondition::Trust { trust } else { Some(4) }, String::new()))
            .collect(),
    };
    let board = add_user(&store, "bestuur@x.nl", false).await;
    store.submit_response(&actor(), p.id, round.id, board.id, &answer(Level::Board, Some(5))).await.unwrap();
    assert!(store.has_answered(round.id, board.id).await.unwrap());
    assert!(matches!(
        store.submit_response(&actor(), p.id, round.id, board.id, &answer(Level::Board, Some(1))).await,
        Err(StoreError::Conflict("response"))
    ));
    let secrets = store.create_assessment_links(&actor(), p.id, round.id, "Bewonersavond", 3).await.unwrap();
    assert_eq!(secrets.len(), 3);
    assert_eq!(store.round_of_link(&secrets[0]).await.unwrap(), (round.clone().with_responses(1), false));
    store.submit_by_link(&secrets[0], &answer(Level::Residents, Some(2))).await.unwrap();
    store.submit_by_link(&secrets[1], &answer(Level::Residents, None)).await.unwrap();
    assert!(matches!(
        store.submit_by_link(&secrets[0], &answer(Level::Residents, Some(5))).await,
        Err(StoreError::Conflict("used"))
    ));
    assert!(store.round_of_link(&secrets[0]).await.unwrap().1, "the link is used up");
    assert!(matches!(store.round_of_link("verzonnen").await, Err(StoreError::NotFound)));
    assert_eq!(store.assessment_links(round.id).await.unwrap(), [("Bewonersavond".to_string(), 3, 2)]);
    let responses = store.assessment_responses(p.id).await.unwrap();
    assert_eq!(responses.len(), 3);
    let trust = outcomes(&responses.into_iter().map(|(_, r)| r).collect::<Vec<_>>())
        .into_iter()
        .find(|o| o.precondition == Precondition::Trust)
        .unwrap();
    assert_eq!((trust.count, trust.median), (2, Some(3.5)), "a \"weet ik niet\" is no score");
    assert_eq!(trust.divergence.map(|(h, l)| (h.0, l.0)), Some((Level::Board, Level::Residents)));
    // Closing: a stale version is refused; a closed round takes no answers and no new links.
    assert!(matches!(store.close_round(&actor(), p.id, round.id, 9, "2026-04-01").await, Err(StoreError::Stale)));
    let closed = store.close_round(&actor(), p.id, round.id, round.version, "2026-04-01").await.unwrap();
    assert!(!closed.is_open());
    assert!(matches!(
        store.submit_by_link(&secrets[2], &answer(Level::Residents, Some(3))).await,
        Err(StoreError::Conflict("closed"))
    ));
    let late = add_user(&store, "laat@x.nl", false).await;
    assert!(matches!(
        store.submit_response(&actor(), p.id, round.id, late.id, &answer(Level::Practice, Some(3))).await,
        Err(StoreError::Conflict("closed"))
    ));
    assert!(matches!(
        store.create_assessment_links(&actor(), p.id, round.id, "Later", 1).await,
        Err(StoreError::Conflict("closed"))
    ));
    assert_eq!(store.assessment_rounds(p.id).await.unwrap()[0].responses, 3);
    let other = store.create_programme(&actor(), &programme_input("Noord").parse().unwrap()).await.unwrap();
    assert!(matches!(store.assessment_round(other.id, round.id).await, Err(StoreError::NotFound)));
}

async fn entered_values_wait_for_review_and_stories_sit_behind_the_curve(store: Store) {
    use wijkwijzer::domain::catalogue::{Polarity, Theme};
    use wijkwijzer::domain::goal::{GoalIndicator, NewGoal};
    use wijkwijzer::domain::monitoring::{NewMeasurement, Review};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let goal = NewGoal {
        themes: vec![Theme::Community],
        title: "Meer bewonersinitiatieven".into(),
        description: String::new(),
        indicator: GoalIndicator::Own { name: "Initiatieven".into(), unit: "aantal".into() },
        polarity: Polarity::HigherIsBetter,
        baseline: Some(12.0),
        baseline_period: "2024".into(),
        target: Some(30.0),
        target_year: Some(2029),
        milestones: vec![],
        position: 1,
    };
    let g = store.create_goal(&actor(), p.id, &goal).await.unwrap();
    let value =
        |v| NewMeasurement { year: 2025, value: v, source: "Registratie buurtwerk".into(), evidence: String::new() };
    let m = store.save_measurement(&actor(), p.id, g.id, None, &value(15.0), false).await.unwrap();
    assert_eq!((m.review, m.version), (Review::Submitted, 1));
    // A second entry for the same year is a correction: it needs the version it saw.
    assert!(matches!(
        store.save_measurement(&actor(), p.id, g.id, None, &value(16.0), false).await,
        Err(StoreError::Stale)
    ));
    let returned = store.review_measurement(&actor(), p.id, m.id, 1, false, "Bron ontbreekt").await.unwrap();
    assert_eq!((returned.review, returned.remark.as_str()), (Review::Returned, "Bron ontbreekt"));
    assert!(matches!(store.review_measurement(&actor(), p.id, m.id, 1, true, "").await, Err(StoreError::Stale)));
    let corrected = store.save_measurement(&actor(), p.id, g.id, Some(2), &value(16.0), false).await.unwrap();
    assert_eq!((corrected.review, corrected.remark.as_str(), corrected.value), (Review::Submitted, "", 16.0));
    let approved = store.review_measurement(&actor(), p.id, m.id, 3, true, "").await.unwrap();
    assert_eq!(approved.review, Review::Approved);
    let direct = NewMeasurement { year: 2026, ..value(21.0) };
    assert_eq!(
        store.save_measurement(&actor(), p.id, g.id, None, &direct, true).await.unwrap().review,
        Review::Approved
    );
    assert_eq!(
        store.measurements(p.id).await.unwrap().iter().map(|m| (m.year, m.value)).collect::<Vec<_>>(),
        [(2025, 16.0), (2026, 21.0)]
    );
    store
        .save_goal_story(&actor(), p.id, g.id, 2025, "Twee nieuwe buurtkamers trokken initiatieven aan.")
        .await
        .unwrap();
    assert_eq!(
        store.goal_stories(p.id).await.unwrap(),
        [(g.id, 2025, "Twee nieuwe buurtkamers trokken initiatieven aan.".to_string())]
    );
    store.save_goal_story(&actor(), p.id, g.id, 2025, "").await.unwrap();
    assert!(store.goal_stories(p.id).await.unwrap().is_empty());
    let other = store.create_programme(&actor(), &programme_input("Noord").parse().unwrap()).await.unwrap();
    assert!(matches!(
        store.save_measurement(&actor(), other.id, g.id, None, &value(1.0), true).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(store.review_measurement(&actor(), other.id, m.id, 4, true, "").await, Err(StoreError::NotFound)));
}

async fn the_outbox_sends_each_message_once_and_never_resends_one_a_crash_left_unknown(store: Store) {
    use wijkwijzer::domain::mail::{MailStatus, OutgoingMail};
    let mail = |to: &str| OutgoingMail::new("test", to, "Onderwerp", "tekst".into(), "<p>tekst</p>".into());
    let first = store.queue_mail(&mail("a@x.nl")).await.unwrap();
    store.queue_mail(&mail("b@x.nl")).await.unwrap();
    let lease = Duration::minutes(5);
    // Two workers take different messages; a third finds none.
    let one = store.claim_next_mail(lease).await.unwrap().unwrap();
    let two = store.claim_next_mail(lease).await.unwrap().unwrap();
    assert_ne!(one.id, two.id);
    assert_eq!((one.id, one.attempts, one.to.as_str()), (first, 1, "a@x.nl"));
    assert!(store.claim_next_mail(lease).await.unwrap().is_none());
    // A definite failure waits and is tried again; a success is final.
    store.mail_failed(&two, "421 probeer later", false, Duration::ZERO).await.unwrap();
    store.mail_sent(one.id).await.unwrap();
    // Taken again, and the sender stops while handing it over: its lease runs out (here: a
    // lease that ended before it began). Unknown, and never taken again by itself.
    let again = store.claim_next_mail(Duration::minutes(-1)).await.unwrap().unwrap();
    assert_eq!((again.id, again.attempts), (two.id, 2));
    assert!(store.claim_next_mail(lease).await.unwrap().is_none());
    let rows = store.outbox(1, 10).await.unwrap().items;
    let status = |id: i64| rows.iter().find(|r| r.id == id).unwrap().status;
    assert_eq!((status(one.id), status(two.id)), (MailStatus::Sent, MailStatus::Unknown));
    // An administrator sends it again.
    assert!(store.retry_mail(two.id).await.unwrap());
    assert!(!store.retry_mail(one.id).await.unwrap(), "a sent message is not sent again");
    assert_eq!(store.claim_next_mail(lease).await.unwrap().unwrap().id, two.id);
    // A permanent refusal is given up.
    let three = store.queue_mail(&mail("c@x.nl")).await.unwrap();
    let m = store.claim_next_mail(lease).await.unwrap().unwrap();
    assert_eq!(m.id, three);
    store.mail_failed(&m, "550 geen postbus", true, Duration::ZERO).await.unwrap();
    assert!(store.claim_next_mail(lease).await.unwrap().is_none());
    let rows = store.outbox(1, 10).await.unwrap().items;
    assert_eq!(rows.iter().find(|r| r.id == three).unwrap().status, MailStatus::Failed);
}

async fn a_password_link_works_once_and_only_while_it_lasts(store: Store) {
    use wijkwijzer::domain::mail::{OutgoingMail, TokenPurpose};
    let u = add_user(&store, "l@x.nl", false).await;
    let s = store.create_session(u.id, Duration::hours(1)).await.unwrap();
    let mail = OutgoingMail::new("herstel", "l@x.nl", "Nieuw wachtwoord", "t".into(), "h".into());
    store.request_password_reset(u.id, "geheim-1", &mail).await.unwrap();
    store.request_password_reset(u.id, "geheim-2", &mail).await.unwrap();
    assert_eq!(store.outbox(1, 10).await.unwrap().total, 2, "each link with its message");
    let (found, purpose) = store.account_token("geheim-1").await.unwrap().unwrap();
    assert_eq!((found.id, purpose), (u.id, TokenPurpose::Reset));
    assert!(store.account_token("onbekend").await.unwrap().is_none());
    let (redeemed, _) = store.redeem_account_token("geheim-1", "nieuwe-hash").await.unwrap();
    assert_eq!(redeemed.id, u.id);
    assert!(store.session(&s, Duration::hours(1)).await.unwrap().is_none(), "sessions end");
    assert!(matches!(store.redeem_account_token("geheim-1", "x").await, Err(StoreError::NotFound)), "once");
    assert!(store.account_token("geheim-2").await.unwrap().is_none(), "other open links end too");
}

async fn the_calendar_writes_each_notification_once_to_the_people_concerned(store: Store) {
    use wijkwijzer::domain::notification::Kind;
    use wijkwijzer::domain::preconditions::{Level, NewRound, Precondition, Response};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let manager = add_user(&store, "beheerder@x.nl", false).await;
    let answered = add_user(&store, "gaf-antwoord@x.nl", false).await;
    let silent = add_user(&store, "nog-niet@x.nl", false).await;
    store.set_member_role(&actor(), p.id, manager.id, Role::Manager).await.unwrap();
    for u in [&answered, &silent] {
        store.set_member_role(&actor(), p.id, u.id, Role::Partner).await.unwrap();
    }
    let today = time::macros::date!(2026 - 12 - 05);
    let round = NewRound { name: "Najaar".into(), opened_on: "2026-11-01".into(), closes_on: "2026-12-07".into() };
    let round = store.create_round(&actor(), p.id, &round).await.unwrap();
    let kinds = |store: Store| async move {
        let mut k: Vec<(String, Kind)> =
            store.pending_notifications(100).await.unwrap().into_iter().map(|n| (n.email, n.kind)).collect();
        k.sort();
        k
    };
    // The round's opening reached every member at once.
    assert_eq!(kinds(store.clone()).await.iter().filter(|(_, k)| *k == Kind::RoundOpened).count(), 3);
    let response = Response {
        level: Level::Board,
        scores: Precondition::ALL.iter().map(|p| (*p, Some(3), String::new())).collect(),
    };
    store.submit_response(&actor(), p.id, round.id, answered.id, &response).await.unwrap();
    // A week before the planned close: nothing yet.
    assert_eq!(store.schedule_notifications(time::macros::date!(2026 - 11 - 30)).await.unwrap(), 0);
    let written = store.schedule_notifications(today).await.unwrap();
    let closing: Vec<String> =
        kinds(store.clone()).await.into_iter().filter(|(_, k)| *k == Kind::RoundClosing).map(|(e, _)| e).collect();
    assert_eq!(closing, ["beheerder@x.nl", "nog-niet@x.nl"], "only who has not answered");
    assert_eq!(written, 2);
    assert_eq!(store.schedule_notifications(today).await.unwrap(), 0, "each event once");
}

async fn the_calendar_finds_quiet_bodies_and_ending_money_in_the_demo(store: Store) {
    use wijkwijzer::domain::notification::Kind;

    // The demo's coalition and agenda: a steering group whose last decision is long ago, measures
    // whose money ends while they go on — to the beheerders of that programme only.
    wijkwijzer::demo::load(&store).await.unwrap();
    let demo_manager = add_user(&store, "demo-beheerder@x.nl", false).await;
    let programmes = store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap();
    let zuid = programmes.iter().find(|p| p.name == "Demo: Wijkaanpak Rotterdam Zuid").unwrap().id;
    store.set_member_role(&actor(), zuid, demo_manager.id, Role::Manager).await.unwrap();
    store.schedule_notifications(time::macros::date!(2027 - 12 - 05)).await.unwrap();
    let demo: Vec<_> =
        store.pending_notifications(500).await.unwrap().into_iter().filter(|n| n.user_id == demo_manager.id).collect();
    let of = |kind: Kind| -> Vec<String> {
        let mut names: Vec<String> =
            demo.iter().filter(|n| n.kind == kind).map(|n| n.params["name"].as_str().unwrap().to_string()).collect();
        names.sort();
        names
    };
    assert!(of(Kind::BodyQuiet).contains(&"Stuurgroep Zuid".to_string()), "last decision 15 June 2026: {demo:?}");
    assert_eq!(
        of(Kind::MoneyEnds),
        ["Werkgeversnetwerk Zuid", "Zuid in beweging"],
        "money until 2027, the measure goes on"
    );
    assert!(demo.iter().all(|n| n.link.starts_with(&format!("/programmas/{zuid}/"))));
    assert_eq!(store.schedule_notifications(time::macros::date!(2027 - 12 - 05)).await.unwrap(), 0, "once");
}

async fn an_identity_becomes_one_account_and_the_provider_sets_only_its_roles(store: Store) {
    use wijkwijzer::domain::oidc::{Identity, Outcome, Provider, ProviderConfig};
    use wijkwijzer::store::{OidcLogin, OidcSignIn};
    // A sign-in on its way: taken once, and not after it expired.
    let login = OidcLogin {
        provider: "gemeente".into(),
        state: "s".into(),
        nonce: "n".into(),
        pkce_verifier: "v".into(),
        back: "/programmas/1".into(),
    };
    let secret = store.create_oidc_login(&login, time::Duration::minutes(10)).await.unwrap();
    assert_eq!(store.take_oidc_login(&secret).await.unwrap(), Some(login.clone()));
    assert_eq!(store.take_oidc_login(&secret).await.unwrap(), None, "once");
    let old = store.create_oidc_login(&login, time::Duration::seconds(-1)).await.unwrap();
    assert_eq!(store.take_oidc_login(&old).await.unwrap(), None, "expired");

    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let q = store.create_programme(&actor(), &programme_input("Noord").parse().unwrap()).await.unwrap();
    let config = ProviderConfig {
        key: "gemeente".into(),
        name: "Gemeente".into(),
        issuer: "https://login.gemeente.example".into(),
        client_id: "wijkwijzer".into(),
        scopes: vec![],
        email_claim: "email".into(),
        name_claim: "name".into(),
        groups_claim: Some("groups".into()),
        roles: [
            ("zuid".to_string(), format!("programma:{}:partner", p.id)),
            ("steward".to_string(), "gegevensbeheerder".to_string()),
            ("weg".to_string(), "programma:99999:lezer".to_string()),
        ]
        .into(),
        create_accounts: false,
        match_email: false,
    };
    let closed = Provider::from_config(&config, None).unwrap();
    let identity = Identity {
        issuer: closed.issuer.clone(),
        subject: "0f3a".into(),
        email: Some("anna@gemeente.example".into()),
        name: Some("Anna de Vries".into()),
        groups: vec!["zuid".into(), "steward".into(), "weg".into()],
    };
    assert_eq!(store.sign_in_oidc(&closed, &identity).await.unwrap(), OidcSignIn::Refused(Outcome::NoAccount));
    let open = Provider { create_accounts: true, ..closed.clone() };
    let OidcSignIn::Account(anna) = store.sign_in_oidc(&open, &identity).await.unwrap() else { panic!("made") };
    assert_eq!((anna.email.as_str(), anna.display_name.as_str()), ("anna@gemeente.example", "Anna de Vries"));
    assert!(anna.is_data_steward && !anna.is_admin);
    assert_eq!(store.role_in(anna.id, p.id).await.unwrap(), Some(Role::Partner));
    assert_eq!(store.oidc_issuer_of(anna.id).await.unwrap().as_deref(), Some("https://login.gemeente.example"));
    // A role given by hand elsewhere stays; the provider's groups change, its roles follow.
    store.set_member_role(&actor(), q.id, anna.id, Role::Reader).await.unwrap();
    let moved = Identity { name: Some("Anna de Vries-Bakker".into()), groups: vec![], ..identity.clone() };
    let OidcSignIn::Account(again) = store.sign_in_oidc(&open, &moved).await.unwrap() else { panic!("known") };
    assert_eq!(again.id, anna.id, "the same subject is the same account");
    assert_eq!(again.display_name, "Anna de Vries-Bakker");
    assert!(!again.is_data_steward);
    assert_eq!(store.role_in(anna.id, p.id).await.unwrap(), None);
    assert_eq!(store.role_in(anna.id, q.id).await.unwrap(), Some(Role::Reader));
    let records = store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 50).await.unwrap().items;
    let labels: Vec<(&str, &str)> = records
        .iter()
        .filter(|r| r.entity == "membership")
        .map(|r| (r.action.as_str(), r.actor_label.as_str()))
        .collect();
    assert_eq!(labels, [("delete", "oidc:gemeente"), ("create", "oidc:gemeente")]);

    // Another subject with the same address is not Anna: refused, unless the provider may match.
    let other = Identity { subject: "77".into(), ..identity.clone() };
    assert_eq!(store.sign_in_oidc(&open, &other).await.unwrap(), OidcSignIn::Refused(Outcome::AddressTaken));
    let no_mail = Identity { subject: "78".into(), email: None, ..identity.clone() };
    assert_eq!(store.sign_in_oidc(&open, &no_mail).await.unwrap(), OidcSignIn::Refused(Outcome::NoAddress));
    let bob = add_user(&store, "bob@gemeente.example", false).await;
    let matching = Provider { match_email: true, ..open.clone() };
    let bob_id = Identity { subject: "79".into(), email: Some("bob@gemeente.example".into()), ..identity.clone() };
    let OidcSignIn::Account(linked) = store.sign_in_oidc(&matching, &bob_id).await.unwrap() else { panic!("linked") };
    assert_eq!(linked.id, bob.id);
    let (_, hash) = store.user_with_hash(&Email::parse("bob@gemeente.example").unwrap()).await.unwrap().unwrap();
    assert_eq!(hash, "!", "the password stops working once the provider vouches for the account");

    // Erasing the person removes the identity: signing in again makes nothing of the old account.
    let q = wijkwijzer::domain::privacy::PersonQuery { email: "anna@gemeente.example".into(), name: String::new() };
    store.erase_person(&Actor::system("test"), &q).await.unwrap();
    assert_eq!(store.oidc_issuer_of(anna.id).await.unwrap(), None);
}

on_both_databases!(
    accounts_are_unique_by_email_and_keep_their_fields,
    an_identity_becomes_one_account_and_the_provider_sets_only_its_roles,
    users_are_listed_in_pages_by_email,
    sessions_resolve_to_their_user_until_deleted_or_expired,
    a_new_password_ends_the_other_sessions,
    blocking_an_account_ends_its_sessions_and_tokens,
    api_tokens_work_until_revoked_and_only_by_their_owner,
    failed_logins_are_counted_per_email_and_address,
    the_outbox_sends_each_message_once_and_never_resends_one_a_crash_left_unknown,
    a_password_link_works_once_and_only_while_it_lasts,
    the_calendar_writes_each_notification_once_to_the_people_concerned,
    the_calendar_finds_quiet_bodies_and_ending_money_in_the_demo,
    programmes_round_trip_with_areas_in_order,
    who_sees_which_programme,
    publication_switches_are_per_page,
    members_get_one_role_per_programme,
    every_change_leaves_an_audit_record_with_before_and_after,
    the_database_reports_its_health,
    migrations_can_run_twice,
    an_import_stores_figures_and_missing_figures_and_replaces_on_reimport,
    a_code_only_table_does_not_overwrite_a_known_name,
    boundaries_are_stored_per_layout_and_found_in_the_nearest_one,
    areas_are_found_by_any_name_and_listed_under_their_parent_with_their_real_name,
    a_gemeente_file_and_a_buurt_file_of_one_table_each_replace_their_own_level,
    a_failing_import_leaves_nothing_behind,
    indicators_are_classified_by_the_catalogue_and_composition_is_never_scored,
    stories_stay_within_the_programme_unless_consented_and_published,
    a_dossier_is_empty_until_written_and_keeps_its_weights,
    the_scan_reads_one_year_of_one_level_with_each_area_s_newest_real_name,
    the_scan_reads_published_margins_as_the_interval_of_a_figure,
    parties_join_leave_and_rejoin_with_their_history_and_stale_versions_are_refused,
    bodies_keep_their_seats_over_time_and_number_decisions_per_year,
    the_vision_keeps_every_version,
    goals_keep_their_indicator_targets_and_interim_targets_and_refuse_stale_edits,
    measures_carry_goals_partners_commitments_and_budget_and_refuse_stale_edits,
    residents_agenda_items_get_a_tegenbod_and_are_published_one_by_one,
    preconditions_rounds_take_one_answer_per_account_and_per_resident_link,
    entered_values_wait_for_review_and_stories_sit_behind_the_curve,
    successes_are_dated_tied_to_a_goal_and_outlive_it,
    a_published_report_is_a_snapshot_until_unpublished,
    two_simultaneous_edits_of_one_goal_let_exactly_one_win,
    a_person_is_exported_whole_and_erased_without_a_trace_while_the_programme_keeps_its_facts,
    the_database_refuses_the_incomplete_rows_the_forms_refuse,
    the_site_look_keeps_its_colours_and_logo_and_raises_its_version,
    fetch_runs_kept_tables_leases_and_crosswalks_behave_alike,
    a_wijkbudget_takes_proposals_votes_once_per_code_and_turns_the_chosen_into_measures,
    documents_belong_to_a_record_of_their_programme_and_their_files_go_with_the_last_of_them,
    a_meeting_keeps_its_agenda_in_order_its_invitees_and_refuses_a_stale_edit,
);

async fn fetch_runs_kept_tables_leases_and_crosswalks_behave_alike(store: Store) {
    use wijkwijzer::domain::crosswalk::Piece;
    use wijkwijzer::store::{FAILED, FETCHED, NewFetchRun, StoreError};
    let run = NewFetchRun {
        source: "cbs".into(),
        table_id: "85984NED".into(),
        selection: "niveau=wijk;gemeenten=GM0599".into(),
        ..Default::default()
    };
    // A run is logged as `bezig` from its start, and completed once.
    let id = store.start_fetch_run(&actor(), &run).await.unwrap();
    assert!(store.fetch_in_progress("cbs", "85984NED", &run.selection, time::Duration::hours(1)).await.unwrap());
    assert_eq!(store.last_fetched_modified("cbs", "85984NED", &run.selection).await.unwrap(), None);
    let failed = NewFetchRun { outcome: FAILED, message: "Pagina 3 kon niet gelezen worden".into(), ..run.clone() };
    store.finish_fetch_run(id, &failed).await.unwrap();
    assert!(!store.fetch_in_progress("cbs", "85984NED", &run.selection, time::Duration::hours(1)).await.unwrap());
    // A stored fetch: its datasets and its log line in one transaction.
    let id = store.start_fetch_run(&actor(), &run).await.unwrap();
    let done =
        NewFetchRun { outcome: FETCHED, modified: "2025-03-27T02:00:00".into(), pages: 3, values: 42, ..run.clone() };
    let d = wijkwijzer::domain::statistics::Dataset {
        source_table: "85984NED".into(),
        layout_year: Some(2024),
        ..Default::default()
    };
    store
        .store_fetched(&actor(), id, &done, &[("85984NED (cbs)", "statline-odata-json", &d)], &|_, _| {})
        .await
        .unwrap();
    assert_eq!(
        store.last_fetched_modified("cbs", "85984NED", &run.selection).await.unwrap().as_deref(),
        Some("2025-03-27T02:00:00")
    );
    let runs = store.fetch_runs(1, 10).await.unwrap();
    assert_eq!(runs.total, 2);
    assert_eq!(
        (runs.items[0].outcome.as_str(), runs.items[0].pages, runs.items[0].fetched_values),
        ("opgehaald", 3, 42)
    );
    assert_eq!(runs.items[1].message, "Pagina 3 kon niet gelezen worden");

    // Kept tables: once per table and selection; due at once; removed with its runs kept.
    let kept = store.add_kept_table(&actor(), "rivm", "50090NED", "niveau=buurt", 7).await.unwrap();
    assert!(matches!(
        store.add_kept_table(&actor(), "rivm", "50090NED", "niveau=buurt", 1).await,
        Err(StoreError::Conflict("kept_table"))
    ));
    assert_eq!(store.due_kept_tables().await.unwrap().len(), 1);
    store.kept_table_checked(kept, "2999-01-01T00:00:00Z").await.unwrap();
    assert!(store.due_kept_tables().await.unwrap().is_empty());
    assert_eq!(store.kept_table(kept).await.unwrap().unwrap().last_outcome, "", "not checked yet");
    store.remove_kept_table(&actor(), kept).await.unwrap();
    assert!(matches!(store.remove_kept_table(&actor(), kept).await, Err(StoreError::NotFound)));

    // A lease: one holder at a time, taken over once it ran out, given back.
    assert!(store.take_lease("job", "a", time::Duration::minutes(5)).await.unwrap());
    assert!(!store.take_lease("job", "b", time::Duration::minutes(5)).await.unwrap());
    store.release_lease("job", "a").await.unwrap();
    assert!(store.take_lease("job", "b", time::Duration::seconds(-1)).await.unwrap(), "free again");
    assert!(store.take_lease("job", "a", time::Duration::minutes(5)).await.unwrap(), "b's lease ran out");

    // Crosswalk pieces round-trip, and a new computation replaces the old areas' pieces.
    let pieces = vec![
        Piece { from: "WK000102".into(), to: "WK000103".into(), share: 0.5, to_share: 1.0 },
        Piece { from: "WK000102".into(), to: "WK000104".into(), share: 0.5, to_share: 0.5 },
    ];
    store.save_crosswalk(&actor(), (2016, 2024), &["WK000102".into()], &pieces, "oppervlakte").await.unwrap();
    store.save_crosswalk(&actor(), (2016, 2024), &["WK000102".into()], &pieces, "oppervlakte").await.unwrap();
    assert_eq!(store.crosswalk(2016, 2024).await.unwrap(), pieces);
    assert!(store.crosswalk(2016, 2023).await.unwrap().is_empty());
    // Whether an area kept its borders, asked either way; never "yes" without a crosswalk.
    let kept = vec![Piece { from: "WK000101".into(), to: "WK000101".into(), share: 0.995, to_share: 0.99 }];
    store.save_crosswalk(&actor(), (2016, 2024), &["WK000101".into()], &kept, "oppervlakte").await.unwrap();
    assert!(store.area_unchanged("WK000101", 2016, 2024).await.unwrap());
    assert!(store.area_unchanged("WK000101", 2024, 2016).await.unwrap());
    assert!(!store.area_unchanged("WK000102", 2016, 2024).await.unwrap(), "split");
    assert!(!store.area_unchanged("WK000101", 2016, 2023).await.unwrap(), "no crosswalk");
}

async fn the_site_look_keeps_its_colours_and_logo_and_raises_its_version(store: Store) {
    use wijkwijzer::store::LogoChange;
    assert_eq!(store.site_look().await.unwrap(), Default::default(), "WijkWijzer's own look at first");
    assert_eq!(store.site_logo().await.unwrap(), None);
    let colours = vec![("header_background".to_string(), "#c8102e".to_string())];
    let png = vec![0x89, b'P', b'N', b'G', 0, 255, 1];
    let first = store
        .save_site_look(&actor(), "Gemeente Rood", &colours, LogoChange::Replace(png.clone(), "image/png"))
        .await
        .unwrap();
    assert_eq!(
        (first.name.as_str(), first.colours.clone(), first.logo_type.as_str()),
        ("Gemeente Rood", colours.clone(), "image/png")
    );
    assert_eq!(store.site_look().await.unwrap(), first);
    assert_eq!(store.site_logo().await.unwrap(), Some((png, "image/png".to_string())), "bytes kept exactly");
    let second = store.save_site_look(&actor(), "", &[], LogoChange::Keep).await.unwrap();
    assert!(second.version > first.version && second.has_logo() && second.colours.is_empty());
    let third = store.save_site_look(&actor(), "", &[], LogoChange::Remove).await.unwrap();
    assert!(!third.has_logo() && store.site_logo().await.unwrap().is_none());
    let trail = store.audit_records(AuditFilter::default(), 1, 10).await.unwrap().items;
    assert_eq!(trail.iter().filter(|r| r.entity == "site_look").count(), 3);
}

async fn successes_are_dated_tied_to_a_goal_and_outlive_it(store: Store) {
    use wijkwijzer::domain::success::{NewSuccess, SuccessKind};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let other = store.create_programme(&actor(), &programme_input("Noord").parse().unwrap()).await.unwrap();
    let goal = common::own_goal("Meer bewonersinitiatieven");
    let g = store.create_goal(&actor(), p.id, &goal).await.unwrap();
    let new = |title: &str, on: &str, goal_id| NewSuccess {
        kind: SuccessKind::Milestone,
        happened_on: on.into(),
        title: title.into(),
        description: "Met 40 bewoners".into(),
        goal_id,
        measure_id: None,
    };
    let a = store.create_success(&actor(), p.id, &new("Wijkdeal getekend", "2025-11-20", None)).await.unwrap();
    let b =
        store.create_success(&actor(), p.id, &new("Eerste buurtkamer open", "2026-03-12", Some(g.id))).await.unwrap();
    assert_eq!(b.goal, Some((g.id, "Meer bewonersinitiatieven".to_string())));
    let all = store.successes(p.id).await.unwrap();
    assert_eq!(all.iter().map(|s| s.id).collect::<Vec<_>>(), [b.id, a.id], "newest first");
    assert!(store.successes(other.id).await.unwrap().is_empty());
    assert!(matches!(store.success(other.id, a.id).await, Err(StoreError::NotFound)));
    // A stale edit is refused; a current one changes it and raises the version.
    let changed =
        NewSuccess { kind: SuccessKind::Success, ..new("Wijkdeal getekend door 12 partijen", "2025-11-20", None) };
    assert!(matches!(store.update_success(&actor(), p.id, a.id, 0, &changed).await, Err(StoreError::Stale)));
    assert!(matches!(store.update_success(&actor(), other.id, a.id, 1, &changed).await, Err(StoreError::NotFound)));
    let a = store.update_success(&actor(), p.id, a.id, 1, &changed).await.unwrap();
    assert_eq!((a.kind, a.title.as_str(), a.version), (SuccessKind::Success, "Wijkdeal getekend door 12 partijen", 2));
    // The goal goes; the success stays, without the link.
    store.delete_goal(&actor(), p.id, g.id).await.unwrap();
    assert_eq!(store.success(p.id, b.id).await.unwrap().goal, None);
    store.delete_success(&actor(), p.id, b.id).await.unwrap();
    assert_eq!(store.successes(p.id).await.unwrap().len(), 1);
    let last = &store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 5).await.unwrap().items[0];
    assert_eq!((last.entity.as_str(), last.action.as_str()), ("success", "delete"));
}

async fn a_published_report_is_a_snapshot_until_unpublished(store: Store) {
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let pdf: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    store.publish_report(&actor(), p.id, "voortgang", 2025, "Voortgang 2025", "<h1>2025</h1>", &pdf).await.unwrap();
    assert!(matches!(
        store.publish_report(&actor(), p.id, "voortgang", 2025, "Anders", "<h1>anders</h1>", b"x").await,
        Err(StoreError::Conflict(_))
    ));
    store.publish_report(&actor(), p.id, "voortgang", 2024, "Voortgang 2024", "<h1>2024</h1>", &[]).await.unwrap();
    let list = store.published_reports(p.id).await.unwrap();
    assert_eq!(list.iter().map(|r| (r.year, r.has_pdf)).collect::<Vec<_>>(), [(2025, true), (2024, false)]);
    assert_eq!(store.published_html(p.id, "voortgang", 2025).await.unwrap().as_deref(), Some("<h1>2025</h1>"));
    assert_eq!(store.published_pdf(p.id, "voortgang", 2025).await.unwrap(), Some(pdf), "every byte back");
    assert_eq!(store.published_pdf(p.id, "voortgang", 2024).await.unwrap(), None);
    store.unpublish_report(&actor(), p.id, "voortgang", 2025).await.unwrap();
    assert_eq!(store.published_html(p.id, "voortgang", 2025).await.unwrap(), None);
    assert!(matches!(store.unpublish_report(&actor(), p.id, "voortgang", 2025).await, Err(StoreError::NotFound)));
}

/// Two people save the same goal at the same moment, both from version 1: one change is kept, the
/// other is told it was overtaken (`Stale`), and the goal holds the winner's change — no lost update.
async fn two_simultaneous_edits_of_one_goal_let_exactly_one_win(store: Store) {
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let g = store.create_goal(&actor(), p.id, &common::own_goal("Meer bewonersinitiatieven")).await.unwrap();
    for round in 0..10 {
        let current = store.goals(p.id).await.unwrap().pop().unwrap();
        let a = wijkwijzer::domain::goal::NewGoal { target: Some(40.0 + round as f64), ..common::own_goal("A") };
        let b = wijkwijzer::domain::goal::NewGoal { target: Some(60.0 + round as f64), ..common::own_goal("B") };
        let (sa, sb) = (store.clone(), store.clone());
        let (va, vb) = (current.version, current.version);
        let ta = tokio::spawn(async move { sa.update_goal(&actor(), p.id, g.id, va, &a, &note()).await });
        let tb = tokio::spawn(async move { sb.update_goal(&actor(), p.id, g.id, vb, &b, &note()).await });
        let (ra, rb) = (ta.await.unwrap(), tb.await.unwrap());
        let winner = match (&ra, &rb) {
            (Ok(w), Err(StoreError::Stale)) | (Err(StoreError::Stale), Ok(w)) => w.clone(),
            other => panic!("round {round}: expected one success and one conflict, got {other:?}"),
        };
        let stored = store.goals(p.id).await.unwrap().pop().unwrap();
        assert_eq!(
            (stored.title.as_str(), stored.target, stored.version),
            (winner.title.as_str(), winner.target, current.version + 1)
        );
    }
    assert_eq!(store.revisions(p.id, None).await.unwrap().len(), 10, "one revision per kept change");
}

/// The two migrated schemas have the same tables and columns, with matching types.
#[tokio::test]
async fn sqlite_and_postgres_schemas_match() {
    let Some(admin) = common::postgres_url() else {
        common::skipped("sqlite_and_postgres_schemas_match", &format!("set {} to run it", common::PG_ENV));
        return;
    };
    let (sqlite, _dir) = common::sqlite_store().await;
    let (url, db) = common::create_postgres_database(&admin).await;
    let pg = Store::connect(&url).await.unwrap();
    pg.migrate().await.unwrap();
    let normalise = |t: &str| match t {
        "integer" | "bigint" => "integer",
        "text" => "text",
        "real" | "double precision" => "real",
        "blob" | "bytea" => "bytes",
        other => {
            panic!("unexpected column type {other}: use INTEGER/BIGINT, REAL/DOUBLE PRECISION, TEXT or BLOB/BYTEA only")
        }
    };
    let a: Vec<(String, String, &str)> =
        sqlite.schema_columns().await.unwrap().into_iter().map(|(t, c, ty)| (t, c, normalise(&ty))).collect();
    let b: Vec<(String, String, &str)> =
        pg.schema_columns().await.unwrap().into_iter().map(|(t, c, ty)| (t, c, normalise(&ty))).collect();
    pg.close().await;
    common::drop_postgres_database(&admin, &db).await;
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

/// The embedded database writes ahead (readers are not blocked by the writer) and enforces
/// foreign keys, which SQLite leaves off unless asked.
#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_foreign_keys_on() {
    let (store, dir) = common::sqlite_store().await;
    add_user(&store, "w@x.nl", false).await;
    assert!(dir.path().join("test.db-wal").exists(), "write-ahead log in use");
    let p = store.create_programme(&actor(), &programme_input("FK").parse().unwrap()).await.unwrap();
    let missing_user = store.set_member_role(&actor(), p.id, 4242, Role::Reader).await;
    assert!(matches!(missing_user, Err(StoreError::NotFound)), "{missing_user:?}");
}

fn small_dataset(value: f64) -> wijkwijzer::domain::statistics::Dataset {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Dataset, IndicatorMeta, Period, Record};
    Dataset {
        source_table: "TEST01".into(),
        layout_year: Some(2020),
        areas: vec![
            AreaName { code: AreaCode::parse("GM0599").unwrap(), name: "Rotterdam".into() },
            AreaName { code: AreaCode::parse("BU05991081").unwrap(), name: "BU05991081".into() },
        ],
        indicators: vec![
            IndicatorMeta {
                key: "Eenzaam_28".into(),
                title: "Eenzaam".into(),
                unit: "%".into(),
                description: String::new(),
            },
            IndicatorMeta {
                key: "Roker_11".into(),
                title: "Roker".into(),
                unit: "%".into(),
                description: String::new(),
            },
        ],
        variants: vec!["Leeftijd=20300".into()],
        periods: vec![Period::from_statline("2020JJ00").unwrap()],
        records: vec![
            Record {
                area: 0,
                period: 0,
                variant: 0,
                cells: vec![(0, Cell::Value { value, symbol: None }), (1, Cell::Missing('.'))],
            },
            Record { area: 1, period: 0, variant: 0, cells: vec![(0, Cell::Value { value: 61.0, symbol: None })] },
        ],
        ..Default::default()
    }
}

async fn an_import_stores_figures_and_missing_figures_and_replaces_on_reimport(store: Store) {
    use wijkwijzer::domain::statistics::Cell;
    let s = store.import_dataset(&actor(), "t.json", "test", &small_dataset(50.1)).await.unwrap();
    assert_eq!((s.areas, s.indicators, s.values, s.missing), (2, 2, 3, 1));
    assert_eq!(s.periods, ["2020"]);
    let v = store.observation("TEST01", "Eenzaam_28", "Leeftijd=20300", "GM0599", "2020JJ00").await.unwrap();
    assert_eq!(v, Some(Cell::Value { value: 50.1, symbol: None }));
    let missing = store.observation("TEST01", "Roker_11", "Leeftijd=20300", "GM0599", "2020JJ00").await.unwrap();
    assert_eq!(missing, Some(Cell::Missing('.')), "missing is stored as missing, not as zero");
    assert_eq!(
        store.observation("TEST01", "Roker_11", "Leeftijd=20300", "BU05991081", "2020JJ00").await.unwrap(),
        None
    );
    // Again, with a new figure: replaced, not doubled.
    store.import_dataset(&actor(), "t.json", "test", &small_dataset(49.0)).await.unwrap();
    assert_eq!(store.count_values("TEST01").await.unwrap(), 3);
    let v = store.observation("TEST01", "Eenzaam_28", "Leeftijd=20300", "GM0599", "2020JJ00").await.unwrap();
    assert_eq!(v, Some(Cell::Value { value: 49.0, symbol: None }));
    assert_eq!(store.area_name("GM0599", 2020).await.unwrap(), Some(("Rotterdam".into(), "gemeente".into())));
    let audit = store.audit_records(AuditFilter::default(), 1, 10).await.unwrap();
    assert_eq!(audit.items[0].action, "import");
}

async fn a_gemeente_file_and_a_buurt_file_of_one_table_each_replace_their_own_level(store: Store) {
    use wijkwijzer::domain::statistics::Cell;
    // CBS publishes some tables as a gemeente file and a wijk/buurt file with the same columns.
    let mut gemeente = small_dataset(50.0);
    gemeente.areas.truncate(1);
    gemeente.records.truncate(1);
    let mut buurt = small_dataset(0.0);
    buurt.records.remove(0);
    store.import_dataset(&actor(), "gem.csv", "test", &gemeente).await.unwrap();
    store.import_dataset(&actor(), "buurt.csv", "test", &buurt).await.unwrap();
    let gm = store.observation("TEST01", "Eenzaam_28", "Leeftijd=20300", "GM0599", "2020JJ00").await.unwrap();
    assert_eq!(gm, Some(Cell::Value { value: 50.0, symbol: None }), "the buurt file keeps the gemeente figures");
    let bu = store.observation("TEST01", "Eenzaam_28", "Leeftijd=20300", "BU05991081", "2020JJ00").await.unwrap();
    assert_eq!(bu, Some(Cell::Value { value: 61.0, symbol: None }));
    // A new edition of the gemeente file replaces the gemeente figures only.
    let mut again = gemeente.clone();
    again.records[0].cells = vec![(0, Cell::Value { value: 48.5, symbol: None })];
    store.import_dataset(&actor(), "gem.csv", "test", &again).await.unwrap();
    assert_eq!(store.count_values("TEST01").await.unwrap(), 2);
    let gm = store.observation("TEST01", "Roker_11", "Leeftijd=20300", "GM0599", "2020JJ00").await.unwrap();
    assert_eq!(gm, None, "the old gemeente record is gone, not merged");
}

async fn areas_are_found_by_any_name_and_listed_under_their_parent_with_their_real_name(store: Store) {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::AreaName;
    // 2023: a list with names; 2024: a table that knows only codes (as the KWB extract does).
    let mut named = small_dataset(1.0);
    named.layout_year = Some(2023);
    named.areas[1].name = "Bloemhof 100% _echt_".into();
    named.areas.push(AreaName { code: AreaCode::parse("BU05991082").unwrap(), name: "Hillesluis".into() });
    store.import_dataset(&actor(), "names", "test", &named).await.unwrap();
    let mut codes = small_dataset(2.0);
    codes.source_table = "TEST02".into();
    codes.layout_year = Some(2024);
    codes.areas[0].name = "GM0599".into();
    store.import_dataset(&actor(), "codes", "test", &codes).await.unwrap();

    let gm = store.area("GM0599", None).await.unwrap().unwrap();
    assert_eq!((gm.layout_year, gm.name.as_str()), (2024, "Rotterdam"), "newest layout, newest real name");
    let found = store.search_areas("rotter", 1, 10).await.unwrap();
    assert_eq!(found.items.iter().map(|a| (a.code.as_str(), a.layout_year)).collect::<Vec<_>>(), [("GM0599", 2024)]);
    assert_eq!(store.search_areas("BU0599", 1, 10).await.unwrap().total, 2, "by code prefix");
    // LIKE wildcards in a search are literal characters.
    assert_eq!(store.search_areas("100%", 1, 10).await.unwrap().total, 1);
    assert_eq!(store.search_areas("_echt_", 1, 10).await.unwrap().total, 1);
    assert_eq!(store.search_areas("1_0", 1, 10).await.unwrap().total, 0);
    assert_eq!(store.search_areas("BLOEMHOF", 1, 10).await.unwrap().items[0].code, "BU05991081");
    // Children in the newest layout that has any, by name (BU05991082 only in 2023: not listed).
    let wijk = store.children("WK059910").await.unwrap();
    assert_eq!(
        wijk.iter().map(|a| (a.code.as_str(), a.name.as_str())).collect::<Vec<_>>(),
        [("BU05991081", "Bloemhof 100% _echt_")]
    );
    // One query for the figures of several areas.
    let all = store.observations_of(&["GM0599", "BU05991081"]).await.unwrap();
    assert!(all.iter().any(|o| o.area_code == "GM0599" && o.source_table == "TEST02" && o.layout_year == 2024));
    assert!(all.iter().any(|o| o.area_code == "BU05991081" && o.source_table == "TEST01"));
}

async fn boundaries_are_stored_per_layout_and_found_in_the_nearest_one(store: Store) {
    use wijkwijzer::domain::statistics::Boundary;
    let square = |x: f64| {
        format!(
            "{{\"type\":\"MultiPolygon\",\"coordinates\":[[[[{x},460000],[{},460000],[{},460010],[{x},460000]]]]}}",
            x + 10.0,
            x + 10.0
        )
    };
    for (year, x) in [(2016, 150000.0), (2022, 160000.0)] {
        let mut d = small_dataset(1.0);
        d.records.clear();
        d.indicators.clear();
        d.source_table = "grenzen".into();
        d.layout_year = Some(year);
        d.boundaries = vec![Boundary { area: 1, geometry: square(x) }];
        let s = store.import_dataset(&actor(), "grenzen.geojson", "geojson", &d).await.unwrap();
        assert_eq!((s.boundaries, s.values), (1, 0));
    }
    let at = |year| {
        let store = store.clone();
        async move { store.boundary("BU05991081", year).await.unwrap().map(|(y, g)| (y, g.contains("160000"))) }
    };
    assert_eq!(at(2016).await, Some((2016, false)));
    assert_eq!(at(2024).await, Some((2022, true)), "the nearest layout");
    assert_eq!(at(2018).await, Some((2016, false)));
    assert_eq!(at(2019).await, Some((2022, true)), "of two equally near layouts, the newer");
    assert_eq!(store.boundary("BU05991082", 2016).await.unwrap(), None);
}

async fn a_code_only_table_does_not_overwrite_a_known_name(store: Store) {
    let mut named = small_dataset(1.0);
    named.areas[1].name = "Bloemhof".into();
    store.import_dataset(&actor(), "names", "test", &named).await.unwrap();
    store.import_dataset(&actor(), "codes", "test", &small_dataset(2.0)).await.unwrap();
    assert_eq!(store.area_name("BU05991081", 2020).await.unwrap(), Some(("Bloemhof".into(), "buurt".into())));
}

async fn a_failing_import_leaves_nothing_behind(store: Store) {
    let mut broken = small_dataset(1.0);
    // The same record twice can only come from a broken reader; the database refuses it.
    broken.records.push(broken.records[0].clone());
    let err = store.import_dataset(&actor(), "broken", "test", &broken).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict("observation")), "{err:?}");
    assert_eq!(store.count_values("TEST01").await.unwrap(), 0);
    assert_eq!(store.area_name("GM0599", 2020).await.unwrap(), None, "no areas either");
}

async fn indicators_are_classified_by_the_catalogue_and_composition_is_never_scored(store: Store) {
    use wijkwijzer::domain::catalogue::{Classification, Polarity, Theme};
    let mut d = small_dataset(50.0);
    d.source_table = "50090NED".into();
    d.indicators.push(wijkwijzer::domain::statistics::IndicatorMeta {
        key: "% niet-westers allochtonen".into(),
        title: "% niet-westers allochtonen".into(),
        ..Default::default()
    });
    d.records[0].cells.push((2, wijkwijzer::domain::statistics::Cell::Value { value: 6.0, symbol: None }));
    store.import_dataset(&actor(), "t", "test", &d).await.unwrap();
    let eenzaam = store.indicator_classification("50090NED", "Eenzaam_28", "Leeftijd=20300").await.unwrap().unwrap();
    assert_eq!((eenzaam.theme, eenzaam.polarity, eenzaam.in_scan), (Theme::Community, Polarity::HigherIsWorse, true));
    let key = "% niet-westers allochtonen";
    let wanted = Classification {
        theme: Theme::Community,
        polarity: Polarity::HigherIsWorse,
        in_scan: true,
        composition: false,
    };
    let after = store.classify_indicator(&actor(), "50090NED", key, "Leeftijd=20300", wanted).await.unwrap();
    assert!(after.composition && !after.in_scan, "{after:?}");
    let stored = store.indicator_classification("50090NED", key, "Leeftijd=20300").await.unwrap().unwrap();
    assert!(!stored.in_scan);
    // A beheerder may change what the catalogue said for other columns, and the change is kept on re-import.
    let roker =
        Classification { theme: Theme::Health, polarity: Polarity::HigherIsWorse, in_scan: true, composition: false };
    store.classify_indicator(&actor(), "50090NED", "Roker_11", "Leeftijd=20300", roker).await.unwrap();
    store.import_dataset(&actor(), "t", "test", &d).await.unwrap();
    assert!(store.indicator_classification("50090NED", "Roker_11", "Leeftijd=20300").await.unwrap().unwrap().in_scan);
}

async fn a_person_is_exported_whole_and_erased_without_a_trace_while_the_programme_keeps_its_facts(store: Store) {
    use wijkwijzer::domain::coalition::{Move, NewParty, PartyKind};
    use wijkwijzer::domain::governance::{BodyKind, DecisionRule, NewBody, NewSeat};
    use wijkwijzer::domain::privacy::PersonInput;
    let admin = add_user(&store, "beheer@x.nl", true).await;
    let who = Actor::user(admin.id, &admin.email);
    let fatima = add_user(&store, "fatima@gemeente.nl", false).await;
    let as_fatima = Actor::user(fatima.id, &fatima.email);
    let p = store.create_programme(&who, &programme_input("Zuid").parse().unwrap()).await.unwrap();
    store.set_member_role(&who, p.id, fatima.id, Role::Manager).await.unwrap();
    let party = NewParty { name: "Gemeente".into(), kind: PartyKind::Municipality, ..party_input() };
    let gemeente = store.create_party(&who, p.id, &party).await.unwrap();
    store.add_contact(&who, p.id, gemeente.id, ("Fatima Yilmaz", "wijkregisseur", "fatima@gemeente.nl")).await.unwrap();
    store.add_contact(&who, p.id, gemeente.id, ("Kees de Vries", "wethouder", "kees@gemeente.nl")).await.unwrap();
    let body = NewBody {
        name: "Stuurgroep".into(),
        kind: BodyKind::Steering,
        rule: DecisionRule::LeadParty,
        lead_party: Some(gemeente.id),
        description: String::new(),
    };
    let body = store.create_body(&who, p.id, &body).await.unwrap();
    let seat = NewSeat {
        party_id: gemeente.id,
        person: "Fatima Yilmaz".into(),
        position: "lid".into(),
        started_on: "2024-02-01".into(),
    };
    store.add_seat(&who, p.id, body.id, &seat).await.unwrap();
    let s = store.create_story(&as_fatima, p.id, &story("Het portiek is weer schoon", None, false)).await.unwrap();

    let q = PersonInput { email: "Fatima@Gemeente.nl".into(), name: "Fatima Yilmaz".into() }.parse().unwrap();
    let record = store.person_record(&q).await.unwrap();
    let account = record.account.as_ref().expect("the account is found by its address");
    assert_eq!(account.memberships, vec![("Zuid".to_string(), "beheerder".to_string())]);
    assert_eq!(record.contacts.len(), 1, "only her contact entry, not Kees's");
    assert_eq!(record.seats.len(), 1);
    assert_eq!(record.stories.iter().map(|s| s.id).collect::<Vec<_>>(), vec![s.id]);
    assert!(record.actions.iter().any(|a| a.entity == "story"), "{:?}", record.actions);
    assert!(!record.to_export_json("nu").contains("argon2"), "never a password hash");

    assert!(
        matches!(store.erase_person(&as_fatima, &q).await, Err(StoreError::Conflict(_))),
        "an administrator cannot erase the account they act with"
    );
    let done = store.erase_person(&who, &q).await.unwrap();
    assert!(done.account_anonymised);
    assert_eq!((done.contacts_deleted, done.seats_anonymised), (1, 1));
    let after = store.person_record(&q).await.unwrap();
    assert!(after.is_empty(), "nothing is found any more: {after:?}");
    let erased = store.user(fatima.id).await.unwrap();
    assert!(erased.disabled && erased.email.ends_with("@verwijderd.invalid"), "{erased:?}");
    assert_eq!(store.role_in(fatima.id, p.id).await.unwrap(), None);
    // The programme keeps its facts: the story, the seat, the other contact.
    assert!(store.stories(p.id, false).await.unwrap().iter().any(|x| x.id == s.id));
    let party = store.party(p.id, gemeente.id).await.unwrap();
    assert_eq!(party.contacts.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), vec!["Kees de Vries"]);
    let trail = store.audit_records(AuditFilter::default(), 1, 500).await.unwrap();
    let text = format!("{:?}", trail.items);
    for trace in ["fatima@gemeente.nl", "Fatima Yilmaz"] {
        assert!(!text.contains(trace), "the audit trail still names {trace}");
    }
    assert!(text.contains("Kees de Vries"), "others stay in the trail");
    assert!(trail.items.iter().any(|r| r.action == "erase" && r.entity == "person"));

    // Retention: contacts of a party that left more than the period ago go, with their traces.
    let woonstad = NewParty { name: "Woonstad".into(), kind: PartyKind::Housing, ..party_input() };
    let woonstad = store.create_party(&who, p.id, &woonstad).await.unwrap();
    let woonstad = store.add_contact(&who, p.id, woonstad.id, ("Jan Smit", "", "jan@woonstad.nl")).await.unwrap();
    let woonstad = store
        .move_party(
            &who,
            p.id,
            woonstad.id,
            woonstad.version,
            &Move { date: "2025-03-31".into(), reason: "Fusie".into() },
        )
        .await
        .unwrap();
    assert_eq!(store.purge_expired_contacts(&who, "2025-03-30").await.unwrap(), 0, "not yet past the period");
    assert_eq!(store.purge_expired_contacts(&who, "2025-03-31").await.unwrap(), 1);
    assert!(store.party(p.id, woonstad.id).await.unwrap().contacts.is_empty());
    assert_eq!(
        store.party(p.id, gemeente.id).await.unwrap().contacts.len(),
        1,
        "a party that still takes part keeps its contacts"
    );
    let trail = format!("{:?}", store.audit_records(AuditFilter::default(), 1, 500).await.unwrap().items);
    assert!(!trail.contains("jan@woonstad.nl") && !trail.contains("Jan Smit"));
}

fn party_input() -> wijkwijzer::domain::coalition::NewParty {
    wijkwijzer::domain::coalition::NewParty {
        name: String::new(),
        kind: wijkwijzer::domain::coalition::PartyKind::Care,
        description: String::new(),
        joined_on: "2024-01-01".into(),
        joined_note: String::new(),
    }
}

/// A programme with one of each record the row rules cover: a goal, a measure with a commitment,
/// a budget line and a result, and a success. Returns (programme, goal, measure, success) ids.
async fn one_of_each(store: &Store) -> (i64, i64, i64, i64) {
    use wijkwijzer::domain::coalition::PartyKind;
    use wijkwijzer::domain::measure::{CostKind, NewBudgetLine, NewCommitment, NewResult, ResultKind, Source};
    use wijkwijzer::domain::success::{NewSuccess, SuccessKind};
    let p = store.create_programme(&actor(), &programme_input("Regels").parse().unwrap()).await.unwrap();
    let party = common::party_input("Gemeente", PartyKind::Municipality);
    let gemeente = store.create_party(&actor(), p.id, &party).await.unwrap();
    let goal = store.create_goal(&actor(), p.id, &common::own_goal("Meer initiatieven")).await.unwrap();
    let new = common::measure_input("Buurtbudget", gemeente.id, vec![goal.id]);
    let m = store.create_measure(&actor(), p.id, &new).await.unwrap();
    let c = NewCommitment {
        party_id: gemeente.id,
        what: "Twee opbouwwerkers".into(),
        promised: 2.0,
        delivered: 1.0,
        due_year: None,
    };
    let m = store.save_commitment(&actor(), p.id, m.id, None, m.version, &c).await.unwrap();
    let b = NewBudgetLine {
        year: 2025,
        planned_cents: 1_250_000,
        spent_cents: 0,
        source: Source::Municipality,
        funder_id: Some(gemeente.id),
        kind: CostKind::Execution,
        note: String::new(),
    };
    let m = store.save_budget_line(&actor(), p.id, m.id, None, m.version, &b).await.unwrap();
    let r = NewResult {
        year: 2025,
        kind: ResultKind::HowMuch,
        label: "Initiatieven".into(),
        value: 12.0,
        unit: "aantal".into(),
    };
    let m = store.save_result(&actor(), p.id, m.id, None, m.version, &r).await.unwrap();
    let success = NewSuccess {
        kind: SuccessKind::Milestone,
        happened_on: "2025-06-01".into(),
        title: "Eerste buurtfeest".into(),
        description: String::new(),
        goal_id: Some(goal.id),
        measure_id: Some(m.id),
    };
    let s = store.create_success(&actor(), p.id, &success).await.unwrap();
    (p.id, goal.id, m.id, s.id)
}

async fn the_database_refuses_the_incomplete_rows_the_forms_refuse(store: Store) {
    let (p, goal, measure, success) = one_of_each(&store).await;
    // Created whole: what the forms required is there, not filled in afterwards.
    let g = store.goal(p, goal).await.unwrap();
    assert_eq!((g.title.as_str(), g.polarity.key(), g.version), ("Meer initiatieven", "hoger-beter", 1));
    let m = store.measure(p, measure).await.unwrap();
    assert_eq!((m.title.as_str(), m.status.key(), m.version), ("Buurtbudget", "lopend", 4));
    assert_eq!((m.commitments.len(), m.budget.len(), m.results.len()), (1, 1, 1));
    let refused = [
        format!("UPDATE goals SET polarity = '' WHERE id = {goal}"),
        format!("UPDATE goals SET polarity = 'hoger' WHERE id = {goal}"),
        format!("UPDATE goals SET title = '' WHERE id = {goal}"),
        format!("UPDATE goals SET themes = '' WHERE id = {goal}"),
        format!(
            "INSERT INTO goals (programme_id, position, themes, title, description, indicator_ref, indicator_title, \
             area_code, own_name, own_unit, polarity, baseline, baseline_period, target, target_year, version, \
             created_at, updated_at) VALUES ({p}, 0, '', '', '', '', '', '', '', '', '', NULL, '', NULL, NULL, 1, 'x', 'x')"
        ),
        format!("UPDATE measures SET status = '' WHERE id = {measure}"),
        format!("UPDATE measures SET title = '' WHERE id = {measure}"),
        format!("UPDATE measures SET starts_on = '' WHERE id = {measure}"),
        format!("UPDATE commitments SET what = '' WHERE measure_id = {measure}"),
        format!("UPDATE commitments SET promised = 0 WHERE measure_id = {measure}"),
        format!("UPDATE budget_lines SET source = '' WHERE measure_id = {measure}"),
        format!("UPDATE budget_lines SET kind = 'iets' WHERE measure_id = {measure}"),
        format!("UPDATE budget_lines SET year = 0 WHERE measure_id = {measure}"),
        format!("UPDATE measure_results SET kind = '' WHERE measure_id = {measure}"),
        format!("UPDATE measure_results SET label = '' WHERE measure_id = {measure}"),
        format!("UPDATE measure_results SET year = 0 WHERE measure_id = {measure}"),
        format!("UPDATE successes SET kind = '' WHERE id = {success}"),
        format!("UPDATE successes SET title = '' WHERE id = {success}"),
        format!("UPDATE successes SET happened_on = '' WHERE id = {success}"),
    ];
    for sql in &refused {
        let result = store.execute_unchecked(sql).await;
        assert!(result.is_err(), "the database took: {sql}");
    }
    // The rules refuse only what is wrong: a proper change goes through.
    let allowed = [
        format!("UPDATE goals SET polarity = 'hoger-slechter', title = 'Minder eenzaamheid' WHERE id = {goal}"),
        format!("UPDATE measures SET status = 'afgerond' WHERE id = {measure}"),
        format!("UPDATE successes SET kind = 'succes' WHERE id = {success}"),
    ];
    for sql in &allowed {
        assert_eq!(store.execute_unchecked(sql).await.unwrap(), 1, "{sql}");
    }
    assert_eq!(store.goal(p, goal).await.unwrap().title, "Minder eenzaamheid");
}

/// The migration that added the row rules, run on a database that already holds data: every row
/// stays, unchanged.
async fn an_older_database_keeps_its_data_through_the_row_rules(store: Store) {
    const BEFORE_THE_RULES: i64 = 20261128000014;
    store.migrate_until(BEFORE_THE_RULES).await.unwrap();
    // Today's code reads and writes a column a later migration adds (a goal's age group): lend it
    // for the records made in the old schema, and take it back before migrating.
    const LENT: &str = "goals ADD COLUMN indicator_variant TEXT NOT NULL DEFAULT ''";
    store.execute_unchecked(&format!("ALTER TABLE {LENT}")).await.unwrap();
    let (p, goal, measure, success) = one_of_each(&store).await;
    let before = (
        store.goal(p, goal).await.unwrap(),
        store.measure(p, measure).await.unwrap(),
        store.success(p, success).await.unwrap(),
    );
    store.execute_unchecked("ALTER TABLE goals DROP COLUMN indicator_variant").await.unwrap();
    store.migrate().await.unwrap();
    let after = (
        store.goal(p, goal).await.unwrap(),
        store.measure(p, measure).await.unwrap(),
        store.success(p, success).await.unwrap(),
    );
    assert_eq!(before, after);
    assert!(store.execute_unchecked(&format!("UPDATE goals SET polarity = '' WHERE id = {goal}")).await.is_err());
}

#[tokio::test]
async fn an_older_sqlite_database_keeps_its_data_through_the_row_rules() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!("sqlite://{}", dir.path().join("old.db").display())).await.unwrap();
    an_older_database_keeps_its_data_through_the_row_rules(store.clone()).await;
    store.close().await;
}

#[tokio::test]
async fn an_older_postgres_database_keeps_its_data_through_the_row_rules() {
    let Some(admin) = common::postgres_url() else {
        common::skipped(
            "an_older_postgres_database_keeps_its_data_through_the_row_rules",
            &format!("set {} to run it", common::PG_ENV),
        );
        return;
    };
    let (url, db) = common::create_postgres_database(&admin).await;
    let store = Store::connect(&url).await.unwrap();
    let result = tokio::spawn(an_older_database_keeps_its_data_through_the_row_rules(store.clone())).await;
    store.close().await;
    common::drop_postgres_database(&admin, &db).await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// The wijkbudget (issue 17): proposals only while they are open, one ballot per code (atomic,
/// nothing counted for a refused one), forged codes unknown, the result's proposals as measures
/// with a budget line from the wijkbudget.
async fn a_wijkbudget_takes_proposals_votes_once_per_code_and_turns_the_chosen_into_measures(store: Store) {
    use time::macros::date;
    use wijkwijzer::domain::catalogue::Theme;
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    use wijkwijzer::domain::measure::Source;
    use wijkwijzer::domain::wijkbudget::{Assessment, BallotError, NewProposal, NewWijkbudget, result};
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let party = store
        .create_party(
            &actor(),
            p.id,
            &NewParty { name: "Gemeente".into(), kind: PartyKind::Municipality, ..party_input() },
        )
        .await
        .unwrap();
    let new = NewWijkbudget {
        year: 2026,
        title: "Wijkbudget Feijenoord 2026".into(),
        description: String::new(),
        amount_cents: 5_000_000,
        max_per_proposal_cents: Some(3_000_000),
        who_may_propose: "Bewoners".into(),
        themes: vec![Theme::Housing, Theme::Community],
        proposals_from: "2026-03-01".into(),
        assessment_from: "2026-04-15".into(),
        voting_from: "2026-05-15".into(),
        results_from: "2026-06-01".into(),
        execution_from: "2026-07-01".into(),
    };
    let b = store.create_wijkbudget(&actor(), p.id, &new).await.unwrap();
    assert!(matches!(store.create_wijkbudget(&actor(), p.id, &new).await, Err(StoreError::Conflict("year"))));
    assert_eq!(store.wijkbudget_by_code(&b.proposal_code).await.unwrap().id, b.id);
    assert!(matches!(store.wijkbudget_by_code("AAAA-AAAA").await, Err(StoreError::NotFound)));
    let proposal = |title: &str, cost_cents: i64| NewProposal {
        title: title.into(),
        description: "Uitleg".into(),
        theme: Theme::Community,
        cost_cents,
        area_code: "WK059910".into(),
        contact_name: "Fatima".into(),
        contact_email: "f@example.nl".into(),
    };
    let resident = Actor::system("voorstelcode");
    // Proposals: not before they open, nor after they close.
    let open = date!(2026 - 03 - 10);
    for day in [date!(2026 - 02 - 28), date!(2026 - 04 - 15)] {
        let refused = store.submit_proposal(&resident, &b, &proposal("Te laat", 100), (None, false), day).await;
        assert!(matches!(refused, Err(StoreError::Conflict("phase"))), "{day}: {refused:?}");
    }
    let mut ids = Vec::new();
    for (title, cost) in [("Bankjes", 3_000_000), ("Moestuin", 2_500_000), ("Buurtfeest", 1_500_000), ("Te duur", 100)]
    {
        ids.push(store.submit_proposal(&resident, &b, &proposal(title, cost), (None, false), open).await.unwrap().id);
    }
    assert_eq!(store.proposals(b.id).await.unwrap().len(), 4, "nothing of the refused ones stored");
    // The assessment, with a published reason; not once voting began.
    let verdict = |feasible: bool| Assessment {
        feasible,
        reason: "Past binnen de regels".into(),
        assessed_on: "2026-04-20".into(),
    };
    for (n, id) in ids.iter().enumerate() {
        store.assess_proposal(&actor(), &b, *id, &verdict(n < 3), date!(2026 - 04 - 20)).await.unwrap();
    }
    assert!(matches!(
        store.assess_proposal(&actor(), &b, ids[3], &verdict(true), date!(2026 - 05 - 15)).await,
        Err(StoreError::Conflict("phase"))
    ));
    // Codes: shown once, stored as digests; a forged one is unknown.
    let codes = store.create_vote_codes(&actor(), &b, "Buurthuis 12 mei", 3, date!(2026 - 05 - 01)).await.unwrap();
    assert_eq!(codes.len(), 3);
    assert_eq!(store.vote_code_batches(b.id).await.unwrap(), vec![("Buurthuis 12 mei".to_string(), 3, 0)]);
    let voting = date!(2026 - 05 - 20);
    assert!(matches!(store.cast_ballot("AAAA-BBBB-CCCC", &[ids[0]], voting).await, Err(StoreError::NotFound)));
    // Before voting opens: refused, the code stays unused.
    assert!(matches!(
        store.cast_ballot(&codes[0], &[ids[0]], date!(2026 - 05 - 01)).await,
        Err(StoreError::Conflict("phase"))
    ));
    // Over the amount or a proposal not on the ballot: refused, nothing counted, the code unused.
    let over = store.cast_ballot(&codes[0], &[ids[0], ids[1]], voting).await.unwrap();
    assert_eq!(over, Err(BallotError::OverAmount { total: 5_500_000, amount: 5_000_000 }));
    assert_eq!(store.cast_ballot(&codes[0], &[ids[3]], voting).await.unwrap(), Err(BallotError::NotOnBallot));
    assert_eq!(store.vote_counts(b.id).await.unwrap(), (vec![], 0));
    assert!(!store.budget_of_vote_code(&codes[0]).await.unwrap().1, "still unused");
    // One ballot per code.
    store.cast_ballot(&codes[0], &[ids[0], ids[2]], voting).await.unwrap().unwrap();
    assert!(matches!(store.cast_ballot(&codes[0], &[ids[1]], voting).await, Err(StoreError::Conflict("used"))));
    store.cast_ballot(&codes[1], &[ids[1], ids[2]], voting).await.unwrap().unwrap();
    store.cast_ballot(&codes[2], &[ids[0]], voting).await.unwrap().unwrap();
    let (counts, ballots) = store.vote_counts(b.id).await.unwrap();
    assert_eq!((counts.clone(), ballots), (vec![(ids[0], 2), (ids[1], 1), (ids[2], 2)], 3));
    assert_eq!(store.vote_code_batches(b.id).await.unwrap(), vec![("Buurthuis 12 mei".to_string(), 3, 3)]);
    // The result: Bankjes (2 votes, 30k) and Buurtfeest (2 votes, 15k) fit in 50k; Moestuin not.
    let proposals = store.proposals(b.id).await.unwrap();
    let chosen: Vec<i64> =
        result(&proposals, &counts, b.amount_cents).iter().filter(|l| l.chosen).map(|l| l.proposal_id).collect();
    assert_eq!(chosen, [ids[2], ids[0]]);
    // Chosen proposals become measures, once, after the result is out.
    assert!(matches!(
        store.proposal_to_measure(&actor(), &b, ids[0], party.id, voting).await,
        Err(StoreError::Conflict("phase"))
    ));
    let results_day = date!(2026 - 06 - 02);
    let m = store.proposal_to_measure(&actor(), &b, ids[0], party.id, results_day).await.unwrap();
    assert!(matches!(
        store.proposal_to_measure(&actor(), &b, ids[0], party.id, results_day).await,
        Err(StoreError::Conflict("measure"))
    ));
    let measure = store.measures(p.id).await.unwrap().into_iter().find(|x| x.id == m).unwrap();
    assert_eq!((measure.title.as_str(), measure.starts_on.as_str()), ("Bankjes", "2026-07-01"));
    assert_eq!(measure.budget.len(), 1);
    assert_eq!(
        (measure.budget[0].year, measure.budget[0].planned_cents, measure.budget[0].source),
        (2026, 3_000_000, Source::Wijkbudget)
    );
    assert_eq!(store.proposal(b.id, ids[0]).await.unwrap().measure_id, Some(m));
    // The amount cannot drop below what chosen proposals hold.
    let smaller = NewWijkbudget { amount_cents: 2_000_000, max_per_proposal_cents: None, ..new.clone() };
    assert!(matches!(
        store.update_wijkbudget(&actor(), p.id, b.id, b.version, &smaller).await,
        Err(StoreError::Conflict("amount"))
    ));
    // The proposer's contact data is found and erased by the privacy tools (the proposals stay),
    // and never in the audit log.
    let q = wijkwijzer::domain::privacy::PersonQuery { email: "f@example.nl".into(), name: String::new() };
    // A photo with one of those proposals is theirs as well: exported, and deleted on erasure.
    let png = [&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a][..], &[1u8; 40]].concat();
    let photo = wijkwijzer::domain::document::check_upload("tuin.png", &png, 1024, "").unwrap();
    let owner = (wijkwijzer::domain::document::OwnerKind::Proposal, ids[0]);
    store.add_document(&actor(), p.id, owner, &photo, &png).await.unwrap();
    let record = store.person_record(&q).await.unwrap();
    assert_eq!(record.proposal_contacts.len(), 4);
    assert_eq!(
        record.documents.iter().map(|d| (d.file_name.as_str(), d.how.as_str())).collect::<Vec<_>>(),
        vec![("tuin.png", "proposal")]
    );
    let erased = store.erase_person(&actor(), &q).await.unwrap();
    assert_eq!((erased.proposal_contacts_cleared, erased.documents_deleted), (4, 1));
    assert!(store.documents(p.id).await.unwrap().is_empty());
    assert!(store.person_record(&q).await.unwrap().proposal_contacts.is_empty());
    assert!(
        store.proposals(b.id).await.unwrap().iter().all(|p| p.contact_name.is_empty() && p.contact_email.is_empty())
    );
    assert_eq!(store.proposals(b.id).await.unwrap().len(), 4);
    let log = store.audit_records(AuditFilter { programme_id: Some(p.id) }, 1, 500).await.unwrap();
    assert!(log.items.iter().any(|r| r.entity == "budget_proposal"));
    assert!(log.items.iter().all(|r| !format!("{:?}{:?}", r.before, r.after).contains("f@example.nl")));
}

/// Documents (issue 17 item 3): attached only to a record of their own programme, the content
/// read back byte for byte wherever it is kept (beside an SQLite database, or in the database),
/// one file per content, removed with the last document naming it and with a deleted measure.
async fn documents_belong_to_a_record_of_their_programme_and_their_files_go_with_the_last_of_them(store: Store) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    use wijkwijzer::domain::document::{OwnerKind, check_upload};
    use wijkwijzer::store::{DocumentPlace, StoreError};
    let pdf = b"%PDF-1.4\n% minutes\n%%EOF\n".to_vec();
    let file = check_upload("notulen.pdf", &pdf, 1024, "Notulen").unwrap();
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let q = store.create_programme(&actor(), &programme_input("Noord").parse().unwrap()).await.unwrap();
    let party = store
        .create_party(
            &actor(),
            p.id,
            &NewParty { name: "Gemeente".into(), kind: PartyKind::Municipality, ..party_input() },
        )
        .await
        .unwrap();
    let measure = store
        .create_measure(&actor(), p.id, &common::measure_input("Buurtconciërges", party.id, vec![]))
        .await
        .unwrap();
    // Another programme's record, or one that does not exist: nothing stored.
    let elsewhere = store.add_document(&actor(), q.id, (OwnerKind::Measure, measure.id), &file, &pdf).await;
    assert!(matches!(elsewhere, Err(StoreError::NotFound)), "{elsewhere:?}");
    let missing = store.add_document(&actor(), p.id, (OwnerKind::Meeting, 999), &file, &pdf).await;
    assert!(matches!(missing, Err(StoreError::NotFound)));
    assert!(store.documents(p.id).await.unwrap().is_empty() && store.documents(q.id).await.unwrap().is_empty());

    let on_programme = store.add_document(&actor(), p.id, (OwnerKind::Programme, p.id), &file, &pdf).await.unwrap();
    let on_measure = store.add_document(&actor(), p.id, (OwnerKind::Measure, measure.id), &file, &pdf).await.unwrap();
    assert_eq!(store.document_content(&on_programme).await.unwrap(), pdf);
    assert_eq!(
        (on_measure.title.as_str(), on_measure.size_bytes, on_measure.sha256.len()),
        ("Notulen", pdf.len() as i64, 64)
    );
    assert_eq!(store.documents_of(p.id, OwnerKind::Measure, measure.id).await.unwrap(), vec![on_measure.clone()]);
    let owner = store.document_owner(p.id, OwnerKind::Measure, measure.id).await.unwrap();
    assert_eq!(owner.label, "Buurtconciërges");
    let file_of = |dir: &std::path::Path| dir.join(&on_programme.sha256[..2]).join(&on_programme.sha256);
    match store.document_place().clone() {
        DocumentPlace::Disk(dir) => assert!(file_of(&dir).exists(), "one file for the same content"),
        DocumentPlace::Database => assert_eq!(store.dialect(), wijkwijzer::store::Dialect::Postgres),
    }
    // Deleting the measure takes its document; the programme's keeps the file.
    store.delete_measure(&actor(), p.id, measure.id).await.unwrap();
    assert_eq!(store.documents(p.id).await.unwrap(), vec![on_programme.clone()]);
    assert_eq!(store.document_content(&on_programme).await.unwrap(), pdf);
    // Kept in the database by another instance: read by this one as well.
    let in_database = store.clone().keep_documents_in_database();
    let png = [&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a][..], &[7u8; 40]].concat();
    let photo = check_upload("plein.png", &png, 1024, "").unwrap();
    let second = in_database.add_document(&actor(), p.id, (OwnerKind::Programme, p.id), &photo, &png).await.unwrap();
    assert_eq!(store.document_content(&second).await.unwrap(), png);
    // The last document naming a file takes it along.
    store.delete_document(&actor(), p.id, on_programme.id).await.unwrap();
    if let DocumentPlace::Disk(dir) = store.document_place() {
        assert!(!file_of(dir).exists(), "the file went with its last document");
    }
    assert!(matches!(store.delete_document(&actor(), q.id, second.id).await, Err(StoreError::NotFound)));
    assert_eq!(store.documents(p.id).await.unwrap(), vec![second]);
}

/// Meetings (issue 17 item 4): the members on the day invited, agenda points kept in their order
/// (moved, removed), only the body's own seats invited, a stale edit refused and nothing added.
async fn a_meeting_keeps_its_agenda_in_order_its_invitees_and_refuses_a_stale_edit(store: Store) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    use wijkwijzer::domain::governance::{BodyKind, DecisionRule, NewAgendaPoint, NewBody, NewMeeting, NewSeat};
    use wijkwijzer::store::StoreError;
    let p = store.create_programme(&actor(), &programme_input("Zuid").parse().unwrap()).await.unwrap();
    let party = store
        .create_party(
            &actor(),
            p.id,
            &NewParty { name: "Gemeente".into(), kind: PartyKind::Municipality, ..party_input() },
        )
        .await
        .unwrap();
    let new_body = NewBody {
        name: "Stuurgroep".into(),
        kind: BodyKind::Steering,
        rule: DecisionRule::Consensus,
        lead_party: None,
        description: String::new(),
    };
    let body = store.create_body(&actor(), p.id, &new_body).await.unwrap();
    let seat = |person: &str, from: &str| NewSeat {
        party_id: party.id,
        person: person.into(),
        position: String::new(),
        started_on: from.into(),
    };
    store.add_seat(&actor(), p.id, body.id, &seat("Anna", "2024-01-01")).await.unwrap();
    store.add_seat(&actor(), p.id, body.id, &seat("Later lid", "2030-01-01")).await.unwrap();
    let planned = NewMeeting {
        held_on: "2029-06-01".into(),
        starts_at: "19:30".into(),
        location: "Wijkcentrum".into(),
        notes: String::new(),
        decisions: vec![],
    };
    let b = store.add_meeting(&actor(), p.id, body.id, &planned).await.unwrap();
    let m = b.meetings[0].clone();
    let anna = b.seats.iter().find(|s| s.person == "Anna").unwrap().id;
    assert_eq!(m.invitees, vec![anna], "only who sits in the body on the day");
    assert_eq!((m.starts_at.as_str(), m.location.as_str()), ("19:30", "Wijkcentrum"));
    let key = (p.id, body.id, m.id);
    let point = |t: &str| NewAgendaPoint { title: t.into(), description: String::new(), presenter: String::new() };
    for t in ["Opening", "Begroting", "Rondvraag"] {
        store.add_agenda_point(&actor(), key, &point(t)).await.unwrap();
    }
    let titles = |b: &wijkwijzer::domain::governance::Body| {
        b.meetings[0].agenda.iter().map(|a| a.title.clone()).collect::<Vec<_>>()
    };
    let b = store.body(p.id, body.id).await.unwrap();
    let last = b.meetings[0].agenda[2].id;
    let b = store.change_agenda_point(&actor(), key, last, Some(true)).await.unwrap();
    assert_eq!(titles(&b), ["Opening", "Rondvraag", "Begroting"]);
    let first = b.meetings[0].agenda[0].id;
    let b = store.change_agenda_point(&actor(), key, first, Some(true)).await.unwrap();
    assert_eq!(titles(&b), ["Opening", "Rondvraag", "Begroting"], "the first stays first");
    let b = store.change_agenda_point(&actor(), key, first, None).await.unwrap();
    assert_eq!(titles(&b), ["Rondvraag", "Begroting"]);
    // Another body's meeting, or another programme: not found.
    assert!(matches!(
        store.add_agenda_point(&actor(), (p.id, body.id, m.id + 100), &point("x")).await,
        Err(StoreError::NotFound)
    ));
    // Invitees: seats of this body only.
    let b = store.set_invitees(&actor(), key, &[anna, 99_999]).await.unwrap();
    assert_eq!(b.meetings[0].invitees, vec![anna]);
    // Minutes after; a second edit at the old version is refused and adds no decision.
    let held = NewMeeting {
        held_on: "2026-06-01".into(),
        notes: "Verslag.".into(),
        decisions: vec!["Akkoord".into()],
        ..planned
    };
    let version = b.meetings[0].version;
    let b = store.update_meeting(&actor(), key, version, &held).await.unwrap();
    assert_eq!(b.meetings[0].decisions.iter().map(|d| d.number.as_str()).collect::<Vec<_>>(), ["SG-2026-1"]);
    assert!(matches!(store.update_meeting(&actor(), key, version, &held).await, Err(StoreError::Stale)));
    assert_eq!(store.body(p.id, body.id).await.unwrap().meetings[0].decisions.len(), 1);
    let b = store.mark_agenda_sent(&actor(), key, "2026-05-20 10:00:00").await.unwrap();
    assert_eq!(b.meetings[0].agenda_sent_at, "2026-05-20 10:00:00");
}
