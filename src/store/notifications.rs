//! Notifications: written inside the change that causes them, for each person concerned; handed
//! to the outbox (at once, in a weekly digest, or not at all) by the sender.

use super::{Store, StoreResult};
use crate::domain::clock;
use crate::domain::mail::OutgoingMail;
use crate::domain::notification::{Frequency, Kind};
use std::collections::HashMap;

/// A notification waiting to be handed over, with what its reader needs.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingNotification {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub locale: Option<String>,
    pub kind: Kind,
    pub params: serde_json::Value,
    pub link: String,
    pub created_at: String,
    pub frequency: Frequency,
    /// When this person's last digest went out.
    pub last_digest: Option<String>,
}

/// What a notification says, for the people a query selects (`recipients` yields `user_id`, with
/// `$1` the programme and `$7` the `extra` value when given). Written on the change's own
/// connection; a second write of the same event (same `key`) is ignored.
#[allow(clippy::too_many_arguments)]
pub(super) async fn notify(
    conn: &mut sqlx::AnyConnection,
    recipients: &str,
    programme_id: i64,
    kind: Kind,
    key: &str,
    params: &serde_json::Value,
    link: &str,
    extra: Option<&str>,
) -> StoreResult<u64> {
    // `WHERE 1 = 1`: SQLite needs a WHERE before ON CONFLICT in an INSERT … SELECT to parse it.
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, dedupe_key, programme_id, params, link, created_at) \
         SELECT r.user_id, $2, $3 || ':' || CAST(r.user_id AS TEXT), $1, $4, $5, $6 FROM ({recipients}) r \
         WHERE 1 = 1 ON CONFLICT (dedupe_key) DO NOTHING"
    );
    let mut query = sqlx::query(&sql)
        .bind(programme_id)
        .bind(kind.key())
        .bind(key)
        .bind(params.to_string())
        .bind(link)
        .bind(clock::now_db());
    if let Some(extra) = extra {
        query = query.bind(extra.to_string());
    }
    Ok(query.execute(&mut *conn).await?.rows_affected())
}

/// Every active member of programme `$1`.
pub(super) const MEMBERS: &str = "SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id \
     WHERE m.programme_id = $1 AND u.disabled_at IS NULL";

/// The beheerders of programme `$1`.
pub(super) const MANAGERS: &str = "SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.programme_id = $1 \
     AND m.role = 'beheerder' AND u.disabled_at IS NULL";

impl Store {
    /// Someone's choices per kind (kinds not chosen: at once).
    pub async fn notification_prefs(&self, user_id: i64) -> StoreResult<HashMap<Kind, Frequency>> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT kind, frequency FROM notification_prefs WHERE user_id = $1")
                .bind(user_id)
                .fetch_all(&self.pool)
                .await?;
        let mut prefs: HashMap<Kind, Frequency> = Kind::ALL.into_iter().map(|k| (k, Frequency::default())).collect();
        for (k, f) in rows {
            if let (Some(k), Some(f)) = (Kind::from_key(&k), Frequency::from_key(&f)) {
                prefs.insert(k, f);
            }
        }
        Ok(prefs)
    }

    pub async fn set_notification_prefs(&self, user_id: i64, prefs: &[(Kind, Frequency)]) -> StoreResult<()> {
        let mut tx = self.change().await?;
        for (k, f) in prefs {
            sqlx::query(
                "INSERT INTO notification_prefs (user_id, kind, frequency) VALUES ($1, $2, $3) \
                 ON CONFLICT (user_id, kind) DO UPDATE SET frequency = excluded.frequency",
            )
            .bind(user_id)
            .bind(k.key())
            .bind(f.key())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit_audited().await
    }

    /// Notifications not handed over yet, oldest first, with each reader's choice.
    pub async fn pending_notifications(&self, limit: i64) -> StoreResult<Vec<PendingNotification>> {
        type Row =
            (i64, i64, String, String, Option<String>, String, String, String, String, Option<String>, Option<String>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT n.id, n.user_id, u.email, u.display_name, u.locale, n.kind, n.params, n.link, n.created_at, \
             p.frequency, d.sent_at FROM notifications n JOIN users u ON u.id = n.user_id \
             LEFT JOIN notification_prefs p ON p.user_id = n.user_id AND p.kind = n.kind \
             LEFT JOIN notification_digests d ON d.user_id = n.user_id \
             WHERE n.handled_at IS NULL AND u.disabled_at IS NULL ORDER BY n.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, user_id, email, display_name, locale, kind, params, link, created_at, freq, digest)| {
                Some(PendingNotification {
                    id,
                    user_id,
                    email,
                    display_name,
                    locale,
                    kind: Kind::from_key(&kind)?,
                    params: serde_json::from_str(&params).unwrap_or_default(),
                    link,
                    created_at,
                    frequency: freq.as_deref().and_then(Frequency::from_key).unwrap_or_default(),
                    last_digest: digest,
                })
            })
            .collect())
    }

    /// Hand notifications over: mark them done and queue `mail` (none: "never"), together. False
    /// when another sender handled any of them first (then nothing is queued here).
    pub async fn hand_over_notifications(
        &self,
        ids: &[i64],
        mail: Option<&OutgoingMail>,
        digest_for: Option<i64>,
    ) -> StoreResult<bool> {
        let mut tx = self.change().await?;
        let now = clock::now_db();
        for id in ids {
            let n = sqlx::query("UPDATE notifications SET handled_at = $1 WHERE id = $2 AND handled_at IS NULL")
                .bind(&now)
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n != 1 {
                return Ok(false); // dropped: the transaction rolls back
            }
        }
        if let Some(mail) = mail {
            super::outbox::enqueue(&mut tx, mail).await?;
        }
        if let Some(user_id) = digest_for {
            sqlx::query(
                "INSERT INTO notification_digests (user_id, sent_at) VALUES ($1, $2) \
                 ON CONFLICT (user_id) DO UPDATE SET sent_at = excluded.sent_at",
            )
            .bind(user_id)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit_audited().await?;
        Ok(true)
    }
}

impl Store {
    /// Write the notifications that follow from the calendar on `today`: a round that closes within
    /// three days (to members who have not answered), a body without a decision for half a year and
    /// a measure whose money ends this year (to the beheerders). Each event once, however often
    /// this runs and on however many instances. Returns how many were written.
    pub async fn schedule_notifications(&self, today: time::Date) -> StoreResult<u64> {
        use crate::domain::validation::iso;
        let mut conn = self.pool.acquire().await?;
        let mut written = 0;
        let today_iso = iso(today);

        // Rounds that close within three days.
        let rounds: Vec<(i64, i64, String, String)> = sqlx::query_as(
            "SELECT r.id, r.programme_id, p.name, r.closes_on FROM assessment_rounds r \
             JOIN programmes p ON p.id = r.programme_id WHERE p.deleted_at IS NULL AND r.closed_on = '' \
             AND r.closes_on <> '' AND r.closes_on >= $1 AND r.closes_on <= $2",
        )
        .bind(&today_iso)
        .bind(iso(today + time::Duration::days(3)))
        .fetch_all(&mut *conn)
        .await?;
        let not_answered = "SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.programme_id = $1 AND u.disabled_at IS NULL AND NOT EXISTS (SELECT 1 FROM assessment_responses x \
             WHERE x.round_id = CAST($7 AS INTEGER) AND x.user_id = m.user_id)";
        for (id, programme_id, programme, closes_on) in rounds {
            written += notify(
                &mut conn,
                not_answered,
                programme_id,
                Kind::RoundClosing,
                &format!("peiling-sluit:{id}"),
                &serde_json::json!({ "programme": programme, "date": closes_on }),
                &format!("/programmas/{programme_id}/randvoorwaarden/peilingen/{id}/invullen"),
                Some(&id.to_string()),
            )
            .await?;
        }

        // Bodies whose last decision (or whose start, without one) is half a year ago or longer.
        let bodies: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
            "SELECT b.id, b.programme_id, p.name, b.name, COALESCE((SELECT MAX(mt.held_on) FROM decisions d \
             JOIN meetings mt ON mt.id = d.meeting_id WHERE d.body_id = b.id), SUBSTR(b.created_at, 1, 10)) \
             FROM bodies b JOIN programmes p ON p.id = b.programme_id WHERE p.deleted_at IS NULL",
        )
        .fetch_all(&mut *conn)
        .await?;
        let half_year_ago = iso(today - time::Duration::days(183));
        for (id, programme_id, programme, name, last) in bodies.into_iter().filter(|b| b.4 <= half_year_ago) {
            written += notify(
                &mut conn,
                MANAGERS,
                programme_id,
                Kind::BodyQuiet,
                &format!("overleg-stil:{id}:{last}"),
                &serde_json::json!({ "programme": programme, "name": name, "date": last }),
                &format!("/programmas/{programme_id}/coalitie/overleg/{id}"),
                None,
            )
            .await?;
        }

        // Measures that go on after this year, whose last year with money is this year.
        let year = i64::from(today.year());
        let measures: Vec<(i64, i64, String, String)> = sqlx::query_as(
            "SELECT m.id, m.programme_id, p.name, m.title FROM measures m JOIN programmes p ON p.id = m.programme_id \
             WHERE p.deleted_at IS NULL AND m.status NOT IN ('afgerond', 'gestopt') \
             AND (m.ends_on = '' OR m.ends_on > $2) \
             AND (SELECT MAX(bl.year) FROM budget_lines bl WHERE bl.measure_id = m.id) = $1",
        )
        .bind(year)
        .bind(format!("{year}-12-31"))
        .fetch_all(&mut *conn)
        .await?;
        for (id, programme_id, programme, title) in measures {
            written += notify(
                &mut conn,
                MANAGERS,
                programme_id,
                Kind::MoneyEnds,
                &format!("geld-stopt:{id}:{year}"),
                &serde_json::json!({ "programme": programme, "name": title, "year": year }),
                &format!("/programmas/{programme_id}/agenda/maatregelen/{id}"),
                None,
            )
            .await?;
        }
        Ok(written)
    }
}
