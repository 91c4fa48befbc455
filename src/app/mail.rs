//! The messages WijkWijzer sends, in the reader's language: plain text and HTML from the same
//! words (Fluent), with a link back to the page. Subjects and names are made safe for headers by
//! `OutgoingMail::new`; the HTML escapes everything a person typed.

use crate::domain::mail::OutgoingMail;
use crate::i18n::Lang;
use askama::Template;

/// The words of one message.
pub struct MailBody {
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// The link to follow: its label and the absolute address.
    pub action: Option<(String, String)>,
    pub closing: String,
    /// Why the reader gets this, below the closing (notifications).
    pub footer: Option<String>,
}

#[derive(Template)]
#[template(path = "mail/message.html")]
struct MailHtml<'a> {
    lang: &'a str,
    subject: &'a str,
    body: &'a MailBody,
}

/// The message as plain text and HTML.
pub fn compose(kind: &str, to: &str, lang: Lang, subject: &str, body: &MailBody) -> OutgoingMail {
    let mut text = format!("{}\n\n", body.greeting);
    for p in &body.paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
    }
    if let Some((label, url)) = &body.action {
        text.push_str(&format!("{label}:\n{url}\n\n"));
    }
    text.push_str(&body.closing);
    text.push('\n');
    if let Some(footer) = &body.footer {
        text.push_str(&format!("\n--\n{footer}\n"));
    }
    let html = MailHtml { lang: lang.code(), subject, body }.render().unwrap_or_else(|_| text.clone());
    OutgoingMail::new(kind, to, subject, text, html)
}

fn greeting(lang: Lang, name: &str) -> String {
    lang.t_args("mail-greeting", &[("name", crate::domain::mail::one_line(name))])
}

/// "Wachtwoord vergeten": the link to choose a new password, valid for an hour.
pub fn password_reset(lang: Lang, to: &str, name: &str, link: &str) -> OutgoingMail {
    let body = MailBody {
        greeting: greeting(lang, name),
        paragraphs: vec![lang.t("mail-reset-why"), lang.t("mail-reset-once")],
        action: Some((lang.t("mail-reset-action"), link.to_string())),
        closing: lang.t("mail-closing"),
        footer: None,
    };
    compose("herstel", to, lang, &lang.t("mail-reset-subject"), &body)
}

/// An invitation to a new account: choose your own password (valid for a week).
pub fn invitation(lang: Lang, to: &str, name: &str, inviter: &str, link: &str) -> OutgoingMail {
    let inviter = crate::domain::mail::one_line(inviter);
    let body = MailBody {
        greeting: greeting(lang, name),
        paragraphs: vec![
            lang.t_args("mail-invitation-why", &[("inviter", inviter.clone())]),
            lang.t("mail-invitation-once"),
        ],
        action: Some((lang.t("mail-invitation-action"), link.to_string())),
        closing: lang.t("mail-closing"),
        footer: None,
    };
    compose("uitnodiging", to, lang, &lang.t("mail-invitation-subject"), &body)
}

/// `wijkwijzer mail test`.
pub fn test(lang: Lang, to: &str, site: &str) -> OutgoingMail {
    let body = MailBody {
        greeting: lang.t("mail-test-greeting"),
        paragraphs: vec![lang.t("mail-test-body")],
        action: Some((lang.t("mail-test-action"), site.to_string())),
        closing: lang.t("mail-closing"),
        footer: None,
    };
    compose("test", to, lang, &lang.t("mail-test-subject"), &body)
}

/// The agenda of a meeting for one invitee, with the link to the meeting's page (documents, PDF).
pub fn meeting_agenda(
    lang: Lang,
    to: &str,
    name: &str,
    (body, meeting): (&crate::domain::governance::Body, &crate::domain::governance::Meeting),
    link: &str,
) -> OutgoingMail {
    let locale = crate::i18n::Locale::new(lang);
    let mut when = locale.date(&meeting.held_on);
    if !meeting.starts_at.is_empty() {
        when = format!("{when}, {}", meeting.starts_at);
    }
    if !meeting.location.is_empty() {
        when = format!("{when} · {}", meeting.location);
    }
    let mut paragraphs = vec![lang.t_args("mail-agenda-invite", &[("body", body.name.clone()), ("when", when)])];
    if meeting.agenda.is_empty() {
        paragraphs.push(lang.t("meeting-agenda-empty"));
    } else {
        let points: Vec<String> = meeting
            .agenda
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let presenter = if p.presenter.is_empty() { String::new() } else { format!(" ({})", p.presenter) };
                format!("{}. {}{presenter}", i + 1, p.title)
            })
            .collect();
        paragraphs.push(format!("{}\n{}", lang.t("meeting-agenda"), points.join("\n")));
    }
    let body_text = MailBody {
        greeting: greeting(lang, name),
        paragraphs,
        action: Some((lang.t("mail-agenda-action"), link.to_string())),
        closing: lang.t("mail-closing"),
        footer: Some(lang.t("mail-agenda-why")),
    };
    let subject =
        lang.t_args("mail-agenda-subject", &[("body", body.name.clone()), ("date", locale.date(&meeting.held_on))]);
    compose("agenda", to, lang, &subject, &body_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_message_is_dutch_with_the_link_in_both_parts() {
        let m = password_reset(Lang::Nl, "anna@x.nl", "Anna", "https://ww.nl/wachtwoord/abc");
        assert_eq!(m.subject, "Nieuw wachtwoord voor WijkWijzer");
        assert!(m.text.starts_with("Beste Anna,") && m.text.contains("https://ww.nl/wachtwoord/abc"));
        assert!(m.html.contains("href=\"https://ww.nl/wachtwoord/abc\"") && m.html.contains("lang=\"nl\""));
    }

    #[test]
    fn names_are_escaped_in_html_and_cannot_break_headers() {
        let m = invitation(Lang::En, "bert@x.nl", "<b>Bert</b>", "Anna\r\nBcc: x@evil.example", "https://ww.nl/w/1");
        assert!(m.html.contains("Dear &#60;b&#62;Bert") && !m.html.contains("<b>Bert"), "{}", m.html);
        assert!(!m.text.contains('\r'));
        assert_eq!(m.subject, "Your WijkWijzer account");
    }
}
