//! Privacy: everything stored about one person, its erasure, and the retention of contact data
//! of parties that left. Rules in `domain::privacy`.

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::privacy::{
    AccountData, ActionData, ContactData, DocumentData, ERASED, Erasure, PersonQuery, PersonRecord,
    ProposalContactData, SeatData, StoryData, pseudonym,
};
use sqlx::AnyConnection;

/// Columns that hold who did or submitted something, as text (an account's address, or a typed name).
const AUTHOR_COLUMNS: [(&str, &str); 12] = [
    ("audit_log", "actor_label"),
    ("imports", "actor_label"),
    ("vision_versions", "created_by"),
    ("agenda_items", "submitted_by"),
    ("measurements", "entered_by"),
    ("goal_stories", "updated_by"),
    ("revisions", "created_by"),
    ("successes", "created_by"),
    ("measure_results", "created_by"),
    ("published_reports", "published_by"),
    ("publications", "published_by"),
    // Who signed the wijkdeal for a party: the live record; a published snapshot keeps the
    // agreement as signed (a signature in an official capacity).
    ("wijkdeal_signatures", "person"),
];

type SeatRow = (i64, String, String, String, String, String, String, Option<String>);

type AccountRow = (i64, String, String, i64, i64, Option<String>, String, Option<String>);

async fn account_row(conn: &mut AnyConnection, email: &str) -> StoreResult<Option<AccountRow>> {
    if email.is_empty() {
        return Ok(None);
    }
    Ok(sqlx::query_as(
        "SELECT id, email, display_name, is_admin, is_data_steward, locale, created_at, disabled_at FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(conn)
    .await?)
}

async fn contacts(conn: &mut AnyConnection, q: &PersonQuery) -> StoreResult<Vec<ContactData>> {
    let rows: Vec<(i64, String, String, String, String, String)> = sqlx::query_as(
        "SELECT c.id, pr.name, pa.name, c.name, c.role, c.email FROM party_contacts c \
         JOIN parties pa ON pa.id = c.party_id JOIN programmes pr ON pr.id = pa.programme_id ORDER BY c.id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|r| q.matches_contact(&r.3, &r.5))
        .map(|(id, programme, party, name, role, email)| ContactData { id, programme, party, name, role, email })
        .collect())
}

async fn proposal_contacts(conn: &mut AnyConnection, q: &PersonQuery) -> StoreResult<Vec<ProposalContactData>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT p.id, pr.name, p.contact_name, p.contact_email FROM budget_proposals p \
         JOIN wijkbudgets w ON w.id = p.wijkbudget_id JOIN programmes pr ON pr.id = w.programme_id \
         WHERE p.contact_name <> '' OR p.contact_email <> '' ORDER BY p.id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|r| q.matches_contact(&r.2, &r.3))
        .map(|(id, programme, name, email)| ProposalContactData { id, programme, name, email })
        .collect())
}

/// Documents added by the account `account_id`, and documents (photos) with the proposals in
/// `proposals`.
async fn documents(
    conn: &mut AnyConnection,
    account_id: Option<i64>,
    proposals: &[ProposalContactData],
) -> StoreResult<Vec<DocumentData>> {
    type DocumentRow = (i64, String, String, String, String, String, i64, Option<i64>);
    let rows: Vec<DocumentRow> = sqlx::query_as(
        "SELECT d.id, pr.name, d.title, d.file_name, d.uploaded_at, d.owner_kind, d.owner_id, d.uploaded_by \
         FROM documents d JOIN programmes pr ON pr.id = d.programme_id ORDER BY d.id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, programme, title, file_name, added_on, kind, owner_id, by)| {
            let with_proposal = kind == "voorstel" && proposals.iter().any(|p| p.id == owner_id);
            let how = if with_proposal {
                "proposal"
            } else if by.is_some() && by == account_id {
                "account"
            } else {
                return None;
            };
            Some(DocumentData { id, programme, title, file_name, added_on, how: how.into() })
        })
        .collect())
}

async fn seats(conn: &mut AnyConnection, q: &PersonQuery) -> StoreResult<Vec<SeatData>> {
    if q.name.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<SeatRow> = sqlx::query_as(
        "SELECT s.id, pr.name, b.name, pa.name, s.person, s.position, s.started_on, s.ended_on FROM body_seats s \
         JOIN bodies b ON b.id = s.body_id JOIN parties pa ON pa.id = s.party_id \
         JOIN programmes pr ON pr.id = b.programme_id ORDER BY s.id",
    )
    .fetch_all(conn)
    .await?;
    let by_name = PersonQuery { email: String::new(), name: q.name.clone() };
    Ok(rows
        .into_iter()
        .filter(|r| by_name.matches_contact(&r.4, ""))
        .map(|(id, programme, body, party, person, position, started_on, ended_on)| SeatData {
            id,
            programme,
            body,
            party,
            person,
            position,
            started_on,
            ended_on,
        })
        .collect())
}

/// The texts that identify the person in author columns: their address(es) and the typed name.
fn author_values(q: &PersonQuery, account_email: Option<&str>) -> Vec<String> {
    let mut v: Vec<String> = [q.email.as_str(), q.name.as_str(), account_email.unwrap_or("")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Replace `needle` in the before/after snapshots of the audit trail; returns the entries changed.
async fn scrub_audit(conn: &mut AnyConnection, needle: &str, with: &str) -> StoreResult<i64> {
    if needle.chars().count() < 3 {
        return Ok(0);
    }
    let done = sqlx::query(
        "UPDATE audit_log SET before_json = REPLACE(before_json, $1, $2), after_json = REPLACE(after_json, $1, $2) \
         WHERE before_json LIKE '%' || $1 || '%' OR after_json LIKE '%' || $1 || '%'",
    )
    .bind(needle)
    .bind(with)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() as i64)
}

impl Store {
    /// Everything stored about the person `q` describes (AVG article 15).
    pub async fn person_record(&self, q: &PersonQuery) -> StoreResult<PersonRecord> {
        let mut conn = self.pool.acquire().await?;
        let conn = &mut *conn;
        let account = match account_row(conn, &q.email).await? {
            None => None,
            Some((id, email, display_name, is_admin, is_data_steward, locale, created_at, disabled_at)) => {
                let memberships = sqlx::query_as(
                    "SELECT p.name, m.role FROM memberships m JOIN programmes p ON p.id = m.programme_id \
                     WHERE m.user_id = $1 ORDER BY p.name",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
                let parties = sqlx::query_as(
                    "SELECT pr.name, pa.name FROM party_accounts x JOIN parties pa ON pa.id = x.party_id \
                     JOIN programmes pr ON pr.id = pa.programme_id WHERE x.user_id = $1 ORDER BY pr.name, pa.name",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
                let api_tokens = sqlx::query_as(
                    "SELECT name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
                let (active_sessions,): (i64,) = sqlx::query_as(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM sessions WHERE user_id = $1 AND expires_at > $2",
                )
                .bind(id)
                .bind(clock::now_db())
                .fetch_one(&mut *conn)
                .await?;
                let attempts: Vec<(String, String, i64)> =
                    sqlx::query_as("SELECT at, ip, success FROM login_attempts WHERE email = $1 ORDER BY at")
                        .bind(&email)
                        .fetch_all(&mut *conn)
                        .await?;
                Some(AccountData {
                    id,
                    email,
                    display_name,
                    is_admin: is_admin != 0,
                    is_data_steward: is_data_steward != 0,
                    locale,
                    created_at,
                    disabled_at,
                    memberships,
                    parties,
                    api_tokens,
                    active_sessions,
                    login_attempts: attempts.into_iter().map(|(at, ip, ok)| (at, ip, ok != 0)).collect(),
                })
            }
        };
        let account_id = account.as_ref().map(|a| a.id);
        let stories = match account_id {
            None => Vec::new(),
            Some(id) => {
                let rows: Vec<(i64, String, String, String, String, i64)> = sqlx::query_as(
                    "SELECT s.id, p.name, s.told_on, s.author_role, s.body, s.consent FROM stories s \
                     JOIN programmes p ON p.id = s.programme_id WHERE s.created_by = $1 ORDER BY s.told_on, s.id",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
                rows.into_iter()
                    .map(|(id, programme, told_on, author_role, body, consent)| StoryData {
                        id,
                        programme,
                        told_on,
                        author_role,
                        body,
                        consent: consent != 0,
                    })
                    .collect()
            }
        };
        let values = author_values(q, account.as_ref().map(|a| a.email.as_str()));
        let mut authored = Vec::new();
        for (table, column) in AUTHOR_COLUMNS {
            let mut n = 0;
            for v in &values {
                let (c,): (i64,) =
                    sqlx::query_as(&format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table} WHERE {column} = $1"))
                        .bind(v)
                        .fetch_one(&mut *conn)
                        .await?;
                n += c;
            }
            authored.push((format!("{table}.{column}"), n));
        }
        let actions = match account_id {
            None => Vec::new(),
            Some(id) => {
                let rows: Vec<(String, String, String, String)> = sqlx::query_as(
                    "SELECT at, action, entity, entity_id FROM audit_log WHERE actor_id = $1 ORDER BY at, id",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
                rows.into_iter()
                    .map(|(at, action, entity, entity_id)| ActionData { at, action, entity, entity_id })
                    .collect()
            }
        };
        let proposals = proposal_contacts(conn, q).await?;
        let documents = documents(conn, account_id, &proposals).await?;
        Ok(PersonRecord {
            searched_email: q.email.clone(),
            searched_name: q.name.clone(),
            account,
            contacts: contacts(conn, q).await?,
            proposal_contacts: proposals,
            documents,
            seats: seats(conn, q).await?,
            stories,
            authored,
            actions,
        })
    }

    /// Erase the person (AVG article 17) in one transaction: the account anonymised and locked
    /// out, contact entries deleted, seats and author fields renamed, the audit trail's
    /// snapshots cleaned of their address and name. What the programme decided and measured stays.
    /// Refused for the acting administrator's own account.
    pub async fn erase_person(&self, actor: &Actor, q: &PersonQuery) -> StoreResult<Erasure> {
        let mut tx = self.change().await?;
        let mut done = Erasure::default();
        let now = clock::now_db();
        let account = account_row(&mut tx, &q.email).await?;
        if let Some((id, ..)) = &account
            && actor.user_id == Some(*id)
        {
            return Err(StoreError::Conflict("own account"));
        }
        let values = author_values(q, account.as_ref().map(|a| a.1.as_str()));
        let mut needles: Vec<(String, String)> = Vec::new();
        if let Some((id, email, display_name, ..)) = &account {
            let (new_email, new_name) = pseudonym(*id);
            sqlx::query(
                "UPDATE users SET email = $1, display_name = $2, password_hash = '!', locale = NULL, is_admin = 0, is_data_steward = 0, \
                 totp_secret = NULL, totp_confirmed_at = NULL, totp_last_step = NULL, disabled_at = COALESCE(disabled_at, $3), updated_at = $3 WHERE id = $4",
            )
            .bind(&new_email)
            .bind(&new_name)
            .bind(&now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            for table in [
                "sessions",
                "api_tokens",
                "memberships",
                "party_accounts",
                "recovery_codes",
                "login_challenges",
                "account_tokens",
                "oidc_identities",
                "notifications",
                "notification_prefs",
                "notification_digests",
            ] {
                sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1")).bind(id).execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM login_attempts WHERE email = $1").bind(email).execute(&mut *tx).await?;
            // Messages to the person (sent or waiting) hold their address and often their name.
            sqlx::query("DELETE FROM outbox WHERE to_address = $1").bind(email).execute(&mut *tx).await?;
            // The display name is often a first name: only cleaned from the account's own records.
            sqlx::query(
                "UPDATE audit_log SET before_json = REPLACE(before_json, $1, $2), after_json = REPLACE(after_json, $1, $2) \
                 WHERE entity = 'user' AND entity_id = $3",
            )
            .bind(display_name)
            .bind(&new_name)
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
            done.account_anonymised = true;
            needles.push((email.clone(), new_email));
        }
        let contacts = contacts(&mut tx, q).await?;
        for c in &contacts {
            sqlx::query("DELETE FROM party_contacts WHERE id = $1").bind(c.id).execute(&mut *tx).await?;
            needles.push((c.name.clone(), ERASED.into()));
            if !c.email.is_empty() {
                needles.push((c.email.clone(), ERASED.into()));
            }
        }
        done.contacts_deleted = contacts.len() as i64;
        let proposals = proposal_contacts(&mut tx, q).await?;
        for p in &proposals {
            sqlx::query("UPDATE budget_proposals SET contact_name = '', contact_email = '' WHERE id = $1")
                .bind(p.id)
                .execute(&mut *tx)
                .await?;
        }
        done.proposal_contacts_cleared = proposals.len() as i64;
        // Photos with those proposals may show the proposer or their home: they go as well.
        let mut files = Vec::new();
        for d in documents(&mut tx, None, &proposals).await? {
            let sha: String =
                sqlx::query_scalar("SELECT sha256 FROM documents WHERE id = $1").bind(d.id).fetch_one(&mut *tx).await?;
            sqlx::query("DELETE FROM documents WHERE id = $1").bind(d.id).execute(&mut *tx).await?;
            files.push(sha);
            done.documents_deleted += 1;
        }
        let seats = seats(&mut tx, q).await?;
        for s in &seats {
            sqlx::query("UPDATE body_seats SET person = $1 WHERE id = $2")
                .bind(ERASED)
                .bind(s.id)
                .execute(&mut *tx)
                .await?;
            needles.push((s.person.clone(), ERASED.into()));
        }
        done.seats_anonymised = seats.len() as i64;
        for v in &values {
            let with = match &account {
                Some((id, email, ..)) if email == v => pseudonym(*id).0,
                _ => ERASED.to_string(),
            };
            for (table, column) in AUTHOR_COLUMNS {
                let r = sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE {column} = $2"))
                    .bind(&with)
                    .bind(v)
                    .execute(&mut *tx)
                    .await?;
                done.labels_replaced += r.rows_affected() as i64;
            }
            needles.push((v.clone(), with));
        }
        needles.sort();
        needles.dedup();
        for (needle, with) in &needles {
            done.audit_entries_cleaned += scrub_audit(&mut tx, needle, with).await?;
        }
        let after = serde_json::to_value(&done).ok();
        tx.commit(
            actor,
            Change {
                action: "erase",
                entity: "person",
                entity_id: account.as_ref().map(|a| a.0.to_string()).unwrap_or_default(),
                programme_id: None,
                before: None,
                after,
            },
        )
        .await?;
        self.forget_files(&files).await?;
        Ok(done)
    }

    /// Delete the contact persons of parties whose last period ended on or before `cutoff`
    /// (`YYYY-MM-DD`) and that have not returned; their names are cleaned from the audit trail.
    /// Returns how many contacts went.
    pub async fn purge_expired_contacts(&self, actor: &Actor, cutoff: &str) -> StoreResult<i64> {
        let mut tx = self.change().await?;
        let parties: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT pa.id, pa.programme_id FROM parties pa \
             WHERE EXISTS (SELECT 1 FROM party_contacts c WHERE c.party_id = pa.id) \
             AND EXISTS (SELECT 1 FROM party_periods p WHERE p.party_id = pa.id) \
             AND NOT EXISTS (SELECT 1 FROM party_periods p WHERE p.party_id = pa.id \
                             AND (p.left_on IS NULL OR p.left_on > $1)) ORDER BY pa.id",
        )
        .bind(cutoff)
        .fetch_all(&mut *tx)
        .await?;
        let mut removed = 0;
        for (party_id, programme_id) in parties {
            let gone: Vec<(String, String)> =
                sqlx::query_as("SELECT name, email FROM party_contacts WHERE party_id = $1")
                    .bind(party_id)
                    .fetch_all(&mut *tx)
                    .await?;
            sqlx::query("DELETE FROM party_contacts WHERE party_id = $1").bind(party_id).execute(&mut *tx).await?;
            for (name, email) in &gone {
                scrub_audit(&mut tx, name, ERASED).await?;
                scrub_audit(&mut tx, email, ERASED).await?;
            }
            removed += gone.len() as i64;
            tx.audit(
                actor,
                Change {
                    action: "retention",
                    entity: "party",
                    entity_id: party_id.to_string(),
                    programme_id: Some(programme_id),
                    before: Some(serde_json::json!({ "contacts": gone.len() })),
                    after: Some(serde_json::json!({ "contacts": 0, "cutoff": cutoff })),
                },
            )
            .await?;
        }
        tx.commit_audited().await?;
        Ok(removed)
    }
}

impl Store {
    /// Record that a person's data was handed out (who asked is the actor; no personal data stored).
    pub async fn log_person_export(&self, actor: &Actor, account_id: Option<i64>) -> StoreResult<()> {
        let tx = self.change().await?;
        let entity_id = account_id.map(|id| id.to_string()).unwrap_or_default();
        tx.commit(actor, Change::new("export", "person", entity_id)).await?;
        Ok(())
    }
}
