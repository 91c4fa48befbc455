//! Turning notifications into e-mail, as each person chose: one message at once, one digest a
//! week, or none. Run by the sender next to the outbox; safe on several instances (a notification
//! is handed over once, with its message, in one transaction).

use super::mail::{MailBody, compose};
use crate::domain::notification::{Frequency, digest_due};
use crate::i18n::{Lang, Locale};
use crate::mail::MailSettings;
use crate::store::{PendingNotification, Store, StoreResult};
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// The arguments a notification's messages take, in the reader's language.
fn args(lang: Lang, n: &PendingNotification) -> Vec<(&'static str, String)> {
    let text =
        |k: &str| n.params.get(k).and_then(|v| v.as_str()).map(crate::domain::mail::one_line).unwrap_or_default();
    let value =
        n.params.get("value").and_then(|v| v.as_f64()).map(|v| Locale::new(lang).decimal(v)).unwrap_or_default();
    let year = n.params.get("year").and_then(|v| v.as_i64()).map(|y| y.to_string()).unwrap_or_default();
    let date =
        n.params.get("date").and_then(|v| v.as_str()).filter(|d| !d.is_empty()).map(|d| Locale::new(lang).date(d));
    vec![
        ("name", text("name")),
        ("date", date.unwrap_or_default()),
        ("programme", text("programme")),
        ("goal", text("goal")),
        ("by", text("by")),
        ("remark", text("remark")),
        ("value", value),
        ("year", year),
    ]
}

fn lang_of(n: &PendingNotification) -> Lang {
    n.locale.as_deref().and_then(Lang::from_code).unwrap_or_default()
}

/// The subject line and the sentence of one notification.
fn lines(lang: Lang, n: &PendingNotification) -> (String, String) {
    let a = args(lang, n);
    let key = n.kind.key();
    (lang.t_args(&format!("notify-{key}-subject"), &a), lang.t_args(&format!("notify-{key}-body"), &a))
}

fn footer(lang: Lang, mail: &MailSettings) -> String {
    lang.t_args("notify-why", &[("link", mail.link("/account#h-notifications"))])
}

/// One e-mail for one notification.
fn single(n: &PendingNotification, mail: &MailSettings) -> crate::domain::mail::OutgoingMail {
    let lang = lang_of(n);
    let (subject, sentence) = lines(lang, n);
    let body = MailBody {
        greeting: lang.t_args("mail-greeting", &[("name", crate::domain::mail::one_line(&n.display_name))]),
        paragraphs: vec![sentence],
        action: Some((lang.t("notify-action"), mail.link(&n.link))),
        closing: lang.t("mail-closing"),
        footer: Some(footer(lang, mail)),
    };
    compose(n.kind.key(), &n.email, lang, &subject, &body)
}

/// One e-mail with a week of notifications.
fn digest(items: &[&PendingNotification], mail: &MailSettings) -> crate::domain::mail::OutgoingMail {
    let first = items[0];
    let lang = lang_of(first);
    let paragraphs: Vec<String> =
        items.iter().map(|n| format!("{} {}", lines(lang, n).1, mail.link(&n.link))).collect();
    let body = MailBody {
        greeting: lang.t_args("mail-greeting", &[("name", crate::domain::mail::one_line(&first.display_name))]),
        paragraphs,
        action: None,
        closing: lang.t("mail-closing"),
        footer: Some(footer(lang, mail)),
    };
    let subject = lang.t_args("notify-digest-subject", &[("count", items.len().to_string())]);
    compose("overzicht", &first.email, lang, &subject, &body)
}

/// Hand over what is due at `now`; returns how many notifications were handled.
pub async fn dispatch(store: &Store, mail: &MailSettings, now: OffsetDateTime) -> StoreResult<usize> {
    let pending = store.pending_notifications(500).await?;
    let mut handled = 0;
    let mut weekly: BTreeMap<i64, Vec<&PendingNotification>> = BTreeMap::new();
    for n in &pending {
        match n.frequency {
            Frequency::Immediately => {
                if store.hand_over_notifications(&[n.id], Some(&single(n, mail)), None).await? {
                    handled += 1;
                }
            }
            Frequency::Never => {
                if store.hand_over_notifications(&[n.id], None, None).await? {
                    handled += 1;
                }
            }
            Frequency::Weekly => weekly.entry(n.user_id).or_default().push(n),
        }
    }
    for (user_id, items) in weekly {
        let last = items[0].last_digest.as_deref().and_then(crate::domain::clock::from_db);
        let oldest = items.iter().filter_map(|n| crate::domain::clock::from_db(&n.created_at)).min().unwrap_or(now);
        if !digest_due(last, oldest, now) {
            continue;
        }
        let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
        if store.hand_over_notifications(&ids, Some(&digest(&items, mail)), Some(user_id)).await? {
            handled += ids.len();
        }
    }
    Ok(handled)
}
