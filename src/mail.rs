//! Sending e-mail: SMTP through lettre (STARTTLS or TLS with rustls, optional authentication), and
//! the worker that empties the outbox — one message at a time, marked before it is handed over,
//! so a mail server outage loses nothing and a crash never sends a message twice.

use crate::domain::mail::OutgoingMail;
use crate::store::{QueuedMail, Store};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How to reach the mail server and what the messages say about us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    /// `smtp://relay:587?tls=required` (STARTTLS), `smtps://relay:465` (TLS) or `smtp://localhost:25`
    /// (plain, only on the same machine or network); a user name may be part of it.
    pub url: String,
    /// The password for the user in `url`, from the environment (never in a file in the repository).
    pub password: Option<String>,
    /// `WijkWijzer <wijkwijzer@gemeente.nl>`.
    pub from: String,
    /// The address people use to reach WijkWijzer, for the links in messages.
    pub public_url: String,
    /// How often the worker looks for due messages.
    pub poll: Duration,
    /// The wait after the first failed try; it doubles with each next one.
    pub first_retry: time::Duration,
}

impl MailSettings {
    /// An absolute link to a path of the site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

/// Why a message did not go: `permanent` when trying again will not help (5xx).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    pub permanent: bool,
    pub message: String,
}

/// A connection to the mail server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// The user name in a URL's authority, when it has one and no password.
fn user_without_password(url: &str) -> Option<&str> {
    let authority = url.split_once("://")?.1.split(['/', '?']).next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    (!userinfo.contains(':') && !userinfo.is_empty()).then_some(userinfo)
}

impl Mailer {
    pub fn new(settings: &MailSettings) -> Result<Mailer, String> {
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.url).map_err(|e| format!("mail_url: {e}"))?;
        if let (Some(user), Some(password)) = (user_without_password(&settings.url), &settings.password) {
            // A user name with an @ is written %40 in the URL.
            let user = user.replace("%40", "@").replace("%2B", "+");
            builder = builder.credentials(Credentials::new(user, password.clone()));
        }
        let transport = builder.timeout(Some(Duration::from_secs(20))).build();
        let from: Mailbox = settings.from.parse().map_err(|e| format!("mail_from '{}': {e}", settings.from))?;
        Ok(Mailer { transport, from })
    }

    /// Hand one message to the mail server; returns its answer ("250 OK …").
    pub async fn send(&self, mail: &OutgoingMail, message_id: &str) -> Result<String, SendError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| SendError { permanent: true, message: format!("address '{}': {e}", mail.to) })?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(message_id.to_string()))
            .multipart(MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone()))
            .map_err(|e| SendError { permanent: true, message: e.to_string() })?;
        match self.transport.send(message).await {
            Ok(response) => {
                let text: Vec<&str> = response.message().collect();
                Ok(format!("{} {}", response.code(), text.join(" ")))
            }
            Err(e) => Err(SendError { permanent: e.is_permanent(), message: one_line_error(&e) }),
        }
    }
}

fn one_line_error(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    crate::domain::mail::one_line(&text)
}

/// The lease of a message being handed over: past it, the sender is taken to have stopped.
const LEASE: time::Duration = time::Duration::minutes(5);

/// Send one due message, if any. Returns whether there was one.
pub async fn send_next(
    store: &Store,
    mailer: &Mailer,
    host: &str,
    first_retry: time::Duration,
) -> Result<bool, crate::store::StoreError> {
    let Some(queued) = store.claim_next_mail(LEASE).await? else { return Ok(false) };
    let QueuedMail { id, kind, to, subject, text, html, .. } = queued.clone();
    let mail = OutgoingMail { kind, to, subject, text, html };
    // The same id every time a message is tried, so a receiver can recognise it.
    let message_id = format!("<outbox-{id}@{host}>");
    match mailer.send(&mail, &message_id).await {
        Ok(answer) => {
            store.mail_sent(id).await?;
            tracing::info!(id, kind = %mail.kind, answer, "e-mail sent");
        }
        Err(e) => {
            tracing::warn!(id, kind = %mail.kind, attempt = queued.attempts, permanent = e.permanent, error = %e.message, "e-mail not sent");
            store.mail_failed(&queued, &e.message, e.permanent, first_retry).await?;
        }
    }
    Ok(true)
}

/// Empty the outbox until `stop` says so: every due message, then a pause. A message being
/// handed over is finished before stopping.
pub async fn run_outbox(
    store: Store,
    mailer: Mailer,
    settings: MailSettings,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let host = settings
        .public_url
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', ':']).next().unwrap_or("wijkwijzer"))
        .unwrap_or("wijkwijzer")
        .to_string();
    let mut last_scan: Option<std::time::Instant> = None;
    loop {
        if *stop.borrow() {
            return;
        }
        // The calendar's notifications (rounds closing, quiet bodies, money ending): hourly.
        if last_scan.is_none_or(|t| t.elapsed() >= Duration::from_secs(3600)) {
            last_scan = Some(std::time::Instant::now());
            if let Err(e) = store.schedule_notifications(crate::domain::clock::now().date()).await {
                tracing::warn!(error = %e, "the calendar's notifications could not be written");
            }
        }
        // Notifications due become messages in the outbox first.
        if let Err(e) = crate::app::notify::dispatch(&store, &settings, crate::domain::clock::now()).await {
            tracing::warn!(error = %e, "notifications could not be handed over");
        }
        // Then every due message, one at a time (stopping between two when asked).
        loop {
            match send_next(&store, &mailer, &host, settings.first_retry).await {
                Ok(true) if !*stop.borrow() => continue,
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "the outbox could not be read");
                    break;
                }
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(settings.poll) => {}
            _ = stop.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_from_the_environment_goes_with_the_user_in_the_url() {
        assert_eq!(user_without_password("smtp://wijkwijzer@relay.gemeente.nl:587?tls=required"), Some("wijkwijzer"));
        assert_eq!(user_without_password("smtp://wijkwijzer:geheim@relay.gemeente.nl"), None, "already given");
        assert_eq!(user_without_password("smtp://relay.gemeente.nl:25"), None);
    }

    #[tokio::test]
    async fn a_malformed_setting_is_refused_with_its_name() {
        let mut s = MailSettings {
            url: "smtp://relay.gemeente.nl:25".into(),
            password: None,
            from: "WijkWijzer <wijkwijzer@gemeente.nl>".into(),
            public_url: "https://wijkwijzer.gemeente.nl/".into(),
            poll: Duration::from_secs(5),
            first_retry: crate::domain::mail::FIRST_RETRY,
        };
        assert!(Mailer::new(&s).is_ok());
        assert_eq!(s.link("/wachtwoord/abc"), "https://wijkwijzer.gemeente.nl/wachtwoord/abc");
        s.from = "geen adres".into();
        assert!(Mailer::new(&s).err().unwrap().starts_with("mail_from"));
        s.url = "ftp://relay".into();
        s.from = "a@b.nl".into();
        assert!(Mailer::new(&s).err().unwrap().starts_with("mail_url"));
    }
}
