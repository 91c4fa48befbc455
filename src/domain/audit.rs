//! Audit records: who changed what, when, from what to what.

use serde_json::Value;

/// Who acted: an account, or the system itself (CLI, demo loader).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i64>,
    pub label: String,
}

impl Actor {
    pub fn user(id: i64, email: &str) -> Actor {
        Actor { user_id: Some(id), label: email.to_string() }
    }

    /// Changes made from the command line or by the demo loader.
    pub fn system(what: &str) -> Actor {
        Actor { user_id: None, label: what.to_string() }
    }
}

/// One audit record to write. `before` is `None` for a creation, `after` for a deletion.
#[derive(Debug, Clone)]
pub struct Change {
    pub action: &'static str,
    pub entity: &'static str,
    pub entity_id: String,
    pub programme_id: Option<i64>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl Change {
    pub fn new(action: &'static str, entity: &'static str, entity_id: impl ToString) -> Change {
        Change { action, entity, entity_id: entity_id.to_string(), programme_id: None, before: None, after: None }
    }

    /// The programme the change belongs to, so that its history page lists it.
    pub fn in_programme(mut self, programme_id: i64) -> Change {
        self.programme_id = Some(programme_id);
        self
    }

    pub fn before(mut self, value: Value) -> Change {
        self.before = Some(value);
        self
    }

    pub fn after(mut self, value: Value) -> Change {
        self.after = Some(value);
        self
    }
}

/// An audit record as stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub at: String,
    pub actor_id: Option<i64>,
    pub actor_label: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub programme_id: Option<i64>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl AuditRecord {
    /// The fields that differ between before and after, with their stored values:
    /// `(field, before, after)`.
    pub fn changes(&self) -> Vec<(String, Option<Value>, Option<Value>)> {
        let empty = serde_json::Map::new();
        let b = self.before.as_ref().and_then(Value::as_object).unwrap_or(&empty);
        let a = self.after.as_ref().and_then(Value::as_object).unwrap_or(&empty);
        let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
        keys.sort();
        keys.dedup();
        keys.into_iter()
            .filter(|k| b.get(*k) != a.get(*k))
            .map(|k| (k.clone(), b.get(k).cloned(), a.get(k).cloned()))
            .collect()
    }

    /// The same, each value as plain text (`—` for none).
    pub fn changed_fields(&self) -> Vec<(String, String, String)> {
        self.changes().into_iter().map(|(k, b, a)| (k, show(b.as_ref()), show(a.as_ref()))).collect()
    }
}

fn show(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "—".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_changed_fields_are_listed() {
        let r = AuditRecord {
            id: 1,
            at: String::new(),
            actor_id: None,
            actor_label: "x".into(),
            action: "update".into(),
            entity: "programme".into(),
            entity_id: "1".into(),
            programme_id: Some(1),
            before: Some(json!({"name": "Oud", "start_year": 2020})),
            after: Some(json!({"name": "Nieuw", "start_year": 2020, "description": "d"})),
        };
        assert_eq!(
            r.changed_fields(),
            [
                ("description".to_string(), "—".to_string(), "d".to_string()),
                ("name".into(), "Oud".into(), "Nieuw".into())
            ]
        );
    }
}
