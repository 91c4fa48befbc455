//! The layers of docs/ARCHITECTURE.md, checked on the source, so that a shortcut fails the build's
//! tests rather than a later reader:
//! - the pages (`web`) and the JSON API (`api`) never import each other; only the crate root puts
//!   them together (`build_router`);
//! - `domain` knows neither HTTP nor SQL; SQL is written only in `store`;
//! - the HTTP edge (`http`) and the application layer (`app`) serve both front ends and import
//!   neither.

use std::path::{Path, PathBuf};

/// Every `.rs` file below `src`, with its path relative to the crate root (`src/web/goals.rs`).
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("source is text");
            (p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"), text)
        })
        .collect()
}

/// Lines that contain any of `needles`, in the files `select` picks by path.
fn lines(select: impl Fn(&str) -> bool, needles: &[&str]) -> Vec<String> {
    sources()
        .into_iter()
        .filter(|(path, _)| select(path))
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, line)| needles.iter().any(|n| line.contains(n)))
                .map(|(i, line)| format!("{path}:{}: {}", i + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Lines of files outside `allowed` (path prefixes) that contain any of `needles`.
fn offenders(needles: &[&str], allowed: &[&str]) -> Vec<String> {
    lines(|path| !allowed.iter().any(|a| path.starts_with(a)), needles)
}

#[test]
fn the_sources_are_found() {
    let files = sources();
    assert!(
        files.iter().any(|(p, _)| p == "src/web/router.rs"),
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert!(files.len() > 100);
}

#[test]
fn nothing_outside_the_pages_imports_the_pages() {
    let found = offenders(&["crate::web", "super::web", "super::super::web"], &["src/web/"]);
    assert!(found.is_empty(), "only src/web may name crate::web:\n{}", found.join("\n"));
}

#[test]
fn nothing_outside_the_api_imports_the_api() {
    let found = offenders(&["crate::api", "super::api", "super::super::api"], &["src/api/"]);
    assert!(found.is_empty(), "only src/api may name crate::api:\n{}", found.join("\n"));
}

#[test]
fn only_the_crate_root_puts_pages_and_api_together() {
    // The root declares the modules and composes the router; no other file outside the two front
    // ends may reach them by a relative path either.
    let found = offenders(&["web::", "api::"], &["src/web/", "src/api/", "src/lib.rs"])
        .into_iter()
        // `axum::http::…`-style paths and URLs in comments are not module paths of ours.
        .filter(|l| l.contains(" web::") || l.contains("(web::") || l.contains(" api::") || l.contains("(api::"))
        .collect::<Vec<_>>();
    assert!(found.is_empty(), "{}", found.join("\n"));
    let root = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    assert!(root.contains("web::routes().merge(api::router())"), "the crate root composes the router");
}

#[test]
fn the_domain_knows_neither_http_nor_sql() {
    let needles = ["axum", "sqlx", "tower", "crate::store", "crate::http", "crate::app", "crate::i18n"];
    let found = lines(|p| p.starts_with("src/domain/"), &needles);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn sql_is_written_only_in_the_store() {
    let found = offenders(&["sqlx::query", "query_as(", "query_scalar("], &["src/store/"]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_edge_the_use_cases_and_the_report_import_neither_front_end() {
    let found = lines(
        |p| ["src/http/", "src/app/", "src/report/", "src/config.rs"].iter().any(|d| p.starts_with(d)),
        &["crate::web", "crate::api", "crate::cli"],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}
