//! The routes of the application, read from the router itself (site) and its OpenAPI document
//! (API), with their parameters filled in for the demo programme.

/// HTTP methods, spelled as HTTP spells them.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    GET,
    POST,
    PUT,
    DELETE,
}

use Method::*;

pub fn api_routes() -> Vec<(Method, String)> {
    let doc = serde_json::to_value(wijkwijzer::api::api_router().1).unwrap();
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (name, method) in [("get", GET), ("post", POST), ("put", PUT), ("delete", DELETE)] {
            if item.get(name).is_some() {
                out.push((method, path.clone()));
            }
        }
        for other in ["patch", "head", "options"] {
            assert!(item.get(other).is_none(), "{path}: add {other} to this test");
        }
    }
    out
}

/// Every (method, path) the router declares, read from its source.
pub fn declared_routes() -> Vec<(Method, String)> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/router.rs")).unwrap();
    let mut out = Vec::new();
    let mut rest = source.as_str();
    while let Some(at) = rest.find(".route(") {
        rest = &rest[at + ".route".len()..];
        let mut depth = 0;
        let mut end = 0;
        for (i, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let call = &rest[..end];
        let path = call.split('"').nth(1).expect("a route path").to_string();
        for (name, method) in [("get(", GET), ("post(", POST)] {
            let mut from = 0;
            while let Some(p) = call[from..].find(name) {
                let before = call[..from + p].chars().last().unwrap_or(' ');
                if !before.is_alphanumeric() && before != '_' {
                    out.push((method, path.clone()));
                }
                from += p + name.len();
            }
        }
        for other in ["put(", "delete(", "patch("] {
            assert!(!call.contains(&format!(".{other}")), "{path}: add {other} to this test");
        }
        rest = &rest[end..];
    }
    out
}

/// The path with its parameters filled with records of the demo programme (id 1).
pub fn concrete(path: &str) -> String {
    path.replace("{id}", "1")
        .replace("{kind}", "toezeggingen")
        .replace("{year}", "2026")
        .replace("{code}", "GM0599")
        .replace("{token}", "onbekend")
        .split('/')
        .map(|seg| if seg.starts_with('{') && seg.ends_with('}') { "1" } else { seg })
        .collect::<Vec<_>>()
        .join("/")
}

pub fn csrf_of(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    Some(html[start..].split('"').next()?.to_string())
}

/// Does the concrete `path` fit the route `pattern` (`{name}` matches one non-empty segment)?
/// Returns the parameters it fills.
pub fn fits(pattern: &str, path: &str) -> Option<Vec<(String, String)>> {
    let (p, u): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    if p.len() != u.len() {
        return None;
    }
    let mut params = Vec::new();
    for (ps, us) in p.iter().zip(&u) {
        if let Some(name) = ps.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            let numeric = name == "id" || name.ends_with("_id") || name == "year";
            if us.is_empty() || (numeric && !us.chars().all(|c| c.is_ascii_digit())) {
                return None;
            }
            params.push((name.to_string(), us.to_string()));
        } else if ps != us {
            return None;
        }
    }
    Some(params)
}

/// Every link and form target on a page (paths only, without query or fragment).
pub fn targets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "action=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            let value = rest.split('"').next().unwrap_or_default().replace("&amp;", "&");
            let path = value.split(['?', '#']).next().unwrap_or_default();
            if path.starts_with('/') && !path.starts_with("//") {
                out.push(path.to_string());
            }
        }
    }
    out
}
