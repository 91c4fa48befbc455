//! The message catalogue is complete: Dutch and English have the same keys, every key the code
//! and templates use exists, and every key built from an enum (steps, roles, pages, …) exists.

use std::collections::BTreeSet;
use std::path::Path;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::programme::Page;
use wijkwijzer::domain::steps::Step;
use wijkwijzer::i18n::{Lang, catalogue_keys};

fn keys(lang: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(format!("{}/locales/{lang}/main.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
    catalogue_keys(&text).into_iter().collect()
}

fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// String literals that follow one of `calls` in `text`.
fn literals_after(text: &str, calls: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for call in calls {
        for (i, _) in text.match_indices(call) {
            let rest = &text[i + call.len()..];
            if let Some(end) = rest.find('"') {
                found.push(rest[..end].to_string());
            }
        }
    }
    found
}

fn is_key(s: &str) -> bool {
    s.contains('-') && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

#[test]
fn dutch_and_english_have_the_same_keys() {
    let nl = keys("nl");
    let en = keys("en");
    assert!(nl.len() > 100);
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(only_nl.is_empty() && only_en.is_empty(), "missing in en: {only_nl:?}; missing in nl: {only_en:?}");
}

/// A key defined twice stops the catalogue from loading at all (fluent refuses to override).
#[test]
fn no_key_is_defined_twice() {
    for lang in ["nl", "en"] {
        let text = std::fs::read_to_string(format!("{}/locales/{lang}/main.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let all = catalogue_keys(&text);
        let unique: BTreeSet<&String> = all.iter().collect();
        let twice: Vec<&String> = all.iter().filter(|k| all.iter().filter(|o| o == k).count() > 1).collect();
        assert_eq!(all.len(), unique.len(), "{lang}: defined twice: {twice:?}");
    }
}

#[test]
fn every_key_used_in_templates_and_code_exists() {
    let nl = keys("nl");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    let mut templates = Vec::new();
    files(&root.join("templates"), "html", &mut templates);
    for f in templates {
        let text = std::fs::read_to_string(&f).unwrap();
        used.extend(literals_after(&text, &["ctx.t(\"", "ctx.t1(\""]));
    }
    let mut sources = Vec::new();
    files(&root.join("src"), "rs", &mut sources);
    for f in sources {
        let text = std::fs::read_to_string(&f).unwrap();
        // Every Rust literal that looks like a catalogue key of these families must be one.
        for lit in text.split('"').skip(1).step_by(2) {
            let family = lit.split('-').next().unwrap_or("");
            if is_key(lit)
                && [
                    "error",
                    "notice",
                    "fact",
                    "cli",
                    "login",
                    "step",
                    "role",
                    "import",
                    "judgement",
                    "figure",
                    "areas",
                    "level",
                    "scan",
                ]
                .contains(&family)
            {
                used.insert(lit.to_string());
            }
        }
        used.extend(literals_after(&text, &[".t(\"", ".t1(\"", "msg(\""]).into_iter().filter(|k| is_key(k)));
    }
    // Families whose suffix is added at run time.
    used.retain(|k| !k.ends_with('-'));
    // Error page keys name a pair: `{key}-title` and `{key}-text`.
    let missing: Vec<_> = used.iter().filter(|k| !nl.contains(*k) && !nl.contains(&format!("{k}-title"))).collect();
    assert!(missing.is_empty(), "keys used but missing from the catalogue: {missing:?}");
}

#[test]
fn every_key_built_at_run_time_exists() {
    let nl = keys("nl");
    let mut expected = Vec::new();
    for s in Step::ALL {
        for part in ["title", "intro", "empty"] {
            expected.push(format!("step-{}-{part}", s.key()));
        }
    }
    for r in Role::ALL {
        expected.push(format!("role-{}", r.key()));
        expected.push(format!("role-{}-explained", r.key()));
    }
    for p in Page::ALL {
        expected.push(format!("page-{}", p.key()));
    }
    for t in wijkwijzer::domain::catalogue::Theme::ALL {
        expected.push(format!("theme-{}", t.key()));
    }
    for p in wijkwijzer::domain::catalogue::Polarity::ALL {
        expected.push(format!("polarity-{}", p.key()));
    }
    for s in wijkwijzer::domain::measure::Status::ALL {
        expected.push(format!("measure-status-{}", s.key()));
    }
    for s in wijkwijzer::domain::measure::Source::ALL {
        expected.push(format!("source-{}", s.key()));
    }
    for k in wijkwijzer::domain::measure::CostKind::ALL {
        expected.push(format!("cost-kind-{}", k.key()));
    }
    for a in wijkwijzer::domain::residents::Answer::ALL {
        expected.push(format!("answer-{}", a.key()));
    }
    for p in wijkwijzer::domain::preconditions::Precondition::ALL {
        for part in ["", "-short", "-question", "-guidance"] {
            expected.push(format!("precondition-{}{part}", p.key()));
        }
    }
    for l in wijkwijzer::domain::preconditions::Level::ALL {
        expected.push(format!("level-{}", l.key()));
        expected.push(format!("level-{}-explained", l.key()));
    }
    for v in 1..=5 {
        expected.push(format!("score-{v}"));
    }
    for j in wijkwijzer::domain::monitoring::Judgement::ALL {
        expected.push(format!("judgement-{}", j.key()));
        expected.push(format!("judgement-{}-explained", j.key()));
    }
    for r in ["ingediend", "goedgekeurd", "teruggestuurd"] {
        expected.push(format!("review-{r}"));
    }
    for k in ["precondition-thanks", "precondition-link-used", "precondition-round-closed"] {
        expected.push(format!("{k}-title"));
        expected.push(format!("{k}-text"));
    }
    for what in ["goal", "measure", "item"] {
        for part in ["title", "text", "submit"] {
            expected.push(format!("{what}-delete-{part}"));
        }
    }
    for k in ["toezeggingen", "begroting"] {
        expected.push(format!("line-form-title-{k}"));
        expected.push(format!("line-delete-title-{k}"));
    }
    for l in ["land", "gemeente", "wijk", "buurt"] {
        expected.push(format!("level-{l}"));
    }
    for c in 1..=9 {
        expected.push(format!("scan-class-{c}"));
    }
    for e in [
        "validation",
        "not-found",
        "forbidden",
        "unauthorised",
        "csrf",
        "conflict",
        "too-many",
        "too-large",
        "unavailable",
        "internal",
    ] {
        expected.push(format!("error-{e}-title"));
        expected.push(format!("error-{e}-text"));
    }
    for a in [
        "user-create",
        "user-update",
        "user-password",
        "api_token-create",
        "api_token-revoke",
        "programme-create",
        "programme-update",
        "programme-delete",
        "programme-publish",
        "membership-create",
        "membership-update",
        "membership-delete",
        "statistics-import",
        "indicator-classify",
        "story-create",
        "story-update",
        "story-delete",
        "dossier-update",
        "party-create",
        "party-update",
        "party-leave",
        "party-join",
        "party-contact",
        "party-account",
        "body-create",
        "body-update",
        "body-seat",
        "body-meeting",
        "vision-version",
        "goal-create",
        "goal-update",
        "goal-delete",
        "measure-create",
        "measure-update",
        "measure-delete",
        "measure-commitment",
        "measure-budget",
        "plan-create",
        "plan-update",
        "agenda_item-create",
        "agenda_item-answer",
        "agenda_item-publish",
        "agenda_item-unpublish",
        "agenda_item-delete",
        "round-create",
        "round-close",
        "round-answer",
        "round-links",
        "goal-measurement",
        "goal-approve",
        "goal-return",
        "goal-story",
    ] {
        expected.push(format!("audit-{a}"));
    }
    let missing: Vec<_> = expected.iter().filter(|k| !nl.contains(*k)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn messages_resolve_in_both_languages_and_differ_where_they_should() {
    for key in keys("nl") {
        for lang in Lang::ALL {
            let args: Vec<(&str, String)> = [
                "count",
                "minutes",
                "inviter",
                "programme",
                "goal",
                "by",
                "remark",
                "value",
                "year",
                "link",
                "to",
                "answer",
                "name",
                "email",
                "password",
                "dir",
                "url",
                "detail",
                "symbol",
                "amount",
                "features",
                "table",
                "period",
                "title",
                "median",
                "precondition",
                "scheme",
                "addr",
                "reason",
                "reasons",
                "id",
                "line",
                "code",
                "municipality",
                "max",
                "min",
                "months",
                "page",
                "start",
                "status",
                "role",
                "file",
                "row",
                "column",
                "areas",
                "indicators",
                "periods",
                "values",
                "missing",
                "tables",
                "seconds",
                "source",
                "end",
                "rank",
                "of",
                "level",
                "reference",
                "share",
                "date",
                "when",
                "party",
                "number",
                "what",
                "parties",
                "planned",
                "spent",
                "horizon",
                "high",
                "hm",
                "low",
                "lm",
                "used",
                "made",
                "measures",
                "on_track",
                "total",
                "address",
                "decision",
                "field",
                "before",
                "after",
                "path",
                "size",
                "met",
                "from",
                "first",
                "second",
                "reading",
                "area",
                "years",
                "text",
                "background",
                "ratio",
                "token",
                "default",
                "theme",
                "provider",
                "pages",
                "records",
                "modified",
                "host",
                "new",
                "unchanged",
                "split",
                "merged",
                "redrawn",
                "gone",
                "layouts",
                "lines",
                "designated",
                "others",
                "codes",
                "extension",
                "kind",
                "body",
                "when",
                "who",
                "person",
                "weights",
            ]
            .iter()
            .map(|a| (*a, "2".to_string()))
            .collect();
            let text = lang.t_args(&key, &args);
            assert_ne!(text, key, "{key} does not resolve in {lang:?}");
        }
    }
    assert_ne!(Lang::Nl.t("nav-logout"), Lang::En.t("nav-logout"));
}

#[test]
fn every_form_field_with_a_message_has_a_label_for_the_error_summary() {
    let nl = keys("nl");
    let mut sources = Vec::new();
    files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), "rs", &mut sources);
    let mut fields = BTreeSet::new();
    for f in sources {
        let text = std::fs::read_to_string(&f).unwrap();
        fields.extend(literals_after(&text, &[".add(\"", "add_with(\"", "single(\""]));
    }
    fields.remove("x"); // a unit test's example
    assert!(fields.len() > 10, "{fields:?}");
    let missing: Vec<_> =
        fields.iter().map(|f| format!("field-{}", f.replace('_', "-"))).filter(|k| !nl.contains(k)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn counts_agree_with_their_nouns_in_both_languages() {
    use wijkwijzer::i18n::Lang;
    let args = |n: &str| {
        vec![
            ("count", n.to_string()),
            ("year", "2027".to_string()),
            ("measures", "A".to_string()),
            ("planned", "€ 1".to_string()),
            ("spent", "€ 0".to_string()),
        ]
    };
    for (key, one_nl, many_nl, one_en) in [
        (
            "evidence-trust",
            "1 onderwerp op de bewonersagenda wacht",
            "3 onderwerpen op de bewonersagenda wachten",
            "1 item on the residents' agenda awaits",
        ),
        ("finance-summary", "over 1 maatregel.", "over 3 maatregelen.", "across 1 measure."),
        ("evidence-urgency", "1 verhaal van", "3 verhalen van", "1 story of"),
        (
            "evidence-means-ending",
            "1 lopende of geplande maatregel heeft",
            "3 lopende of geplande maatregelen hebben",
            "1 running or planned measure has",
        ),
    ] {
        assert!(Lang::Nl.t_args(key, &args("1")).contains(one_nl), "{key}: {}", Lang::Nl.t_args(key, &args("1")));
        assert!(Lang::Nl.t_args(key, &args("3")).contains(many_nl), "{key}: {}", Lang::Nl.t_args(key, &args("3")));
        assert!(Lang::En.t_args(key, &args("1")).contains(one_en), "{key}: {}", Lang::En.t_args(key, &args("1")));
    }
    // Counts past a thousand with their thousands mark, years without.
    assert_eq!(Lang::Nl.t_args("scan-summary", &[("count", "13066".into())]), "13.066 gebieden met een score.");
    assert_eq!(Lang::En.t_args("scan-summary", &[("count", "13066".into())]).split(' ').next(), Some("13,066"));
    assert!(Lang::Nl.t_args("evidence-means-ending", &args("2")).contains("na 2027 geen"));
}

#[test]
fn the_history_names_fields_and_values_as_people_read_them() {
    use serde_json::json;
    use wijkwijzer::i18n::{Lang, Locale};
    let nl = Locale::new(Lang::Nl);
    assert_eq!(nl.history_field("baseline_period"), "Periode van de nulmeting");
    assert_eq!(nl.history_field("target"), "Doelwaarde");
    for code in ["happened_on", "horizon_year", "municipality_code", "unknown_thing"] {
        let shown = nl.history_field(code);
        assert!(!shown.contains('_') && shown.chars().next().unwrap().is_uppercase(), "{code}: {shown}");
    }
    let v = |j: serde_json::Value| nl.history_value(&Some(j));
    assert_eq!(v(json!("2026-03-12")), "12-03-2026");
    assert_eq!(v(json!(69.3)), "69,3");
    assert_eq!(v(json!(13066)), "13.066");
    assert_eq!(v(json!(2030)), "2030", "a year stays a year");
    assert_eq!(v(json!(["BU05991081", "BU05991082"])), "BU05991081, BU05991082");
    assert_eq!(v(json!(true)), "Ja");
    assert_eq!(v(json!("")), "—");
    assert_eq!(nl.history_value(&None), "—");
    assert!(!v(json!("2026-03-01T09:05:00Z")).contains('T'), "a time as a time");
    assert_eq!(Locale::new(Lang::En).history_value(&Some(json!(69.3))), "69.3");
}
