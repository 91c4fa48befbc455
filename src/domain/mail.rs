//! E-mail as the domain sees it: a message to one address, the one-time links that set a
//! password, and how long to wait before trying a message again. Sending is the edge's business
//! (`crate::mail`, SMTP through lettre); storing is the store's (the outbox).

use time::Duration;

/// A message ready to be queued: already rendered in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    /// Why it is sent (`herstel`, `uitnodiging`, `test`, later the notifications).
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl OutgoingMail {
    /// A message whose header fields cannot carry extra headers: line breaks and other control
    /// characters in a subject become spaces (a name or title typed by a person ends up there).
    pub fn new(kind: &str, to: &str, subject: &str, text: String, html: String) -> OutgoingMail {
        OutgoingMail { kind: kind.into(), to: one_line(to), subject: one_line(subject), text, html }
    }
}

/// Text for a header field: control characters (CR, LF, …) replaced, runs of spaces folded.
pub fn one_line(s: &str) -> String {
    let cleaned: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// "Wachtwoord vergeten": valid for an hour.
    Reset,
    /// A new account chooses its own password: valid for a week.
    Invitation,
}

impl TokenPurpose {
    pub fn key(self) -> &'static str {
        match self {
            TokenPurpose::Reset => "herstel",
            TokenPurpose::Invitation => "uitnodiging",
        }
    }

    pub fn from_key(key: &str) -> Option<TokenPurpose> {
        [TokenPurpose::Reset, TokenPurpose::Invitation].into_iter().find(|p| p.key() == key)
    }

    pub fn lifetime(self) -> Duration {
        match self {
            TokenPurpose::Reset => Duration::hours(1),
            TokenPurpose::Invitation => Duration::days(7),
        }
    }
}

/// Where a message stands in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    /// To be sent (again) from `next_attempt_at`.
    Waiting,
    /// Handed to the mail server right now.
    Sending,
    Sent,
    /// The sender stopped while handing it over: it may or may not have arrived, so it is not sent
    /// again by itself (never twice); a site administrator may send it again.
    Unknown,
    /// Refused for good by the mail server, or given up after many tries.
    Failed,
}

impl MailStatus {
    pub const ALL: [MailStatus; 5] =
        [MailStatus::Waiting, MailStatus::Sending, MailStatus::Sent, MailStatus::Unknown, MailStatus::Failed];

    pub fn key(self) -> &'static str {
        match self {
            MailStatus::Waiting => "wachtend",
            MailStatus::Sending => "bezig",
            MailStatus::Sent => "verzonden",
            MailStatus::Unknown => "onbekend",
            MailStatus::Failed => "mislukt",
        }
    }

    pub fn from_key(key: &str) -> Option<MailStatus> {
        MailStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Tries before a message is given up: with the waits below, about three days.
pub const MAX_ATTEMPTS: i64 = 20;

/// The first wait after a failed try (tests shorten it).
pub const FIRST_RETRY: Duration = Duration::seconds(30);

/// The wait after `attempts` failed tries: `first`, doubling, at most six hours.
pub fn retry_delay(attempts: i64, first: Duration) -> Duration {
    let doublings = attempts.clamp(1, 30) - 1;
    first.saturating_mul(2_i32.saturating_pow(doublings as u32)).min(Duration::hours(6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields_cannot_carry_extra_headers() {
        let m = OutgoingMail::new(
            "test",
            "anna@x.nl\r\nBcc: mallory@evil.example",
            "Welkom\r\nBcc: mallory@evil.example",
            String::new(),
            String::new(),
        );
        assert!(!m.subject.contains('\n') && !m.subject.contains('\r'));
        assert_eq!(m.subject, "Welkom Bcc: mallory@evil.example");
        assert!(!m.to.contains('\n'));
    }

    #[test]
    fn retries_wait_longer_each_time_up_to_six_hours() {
        assert_eq!(retry_delay(1, FIRST_RETRY), Duration::seconds(30));
        assert_eq!(retry_delay(2, FIRST_RETRY), Duration::minutes(1));
        assert_eq!(retry_delay(5, FIRST_RETRY), Duration::minutes(8));
        assert_eq!(retry_delay(12, FIRST_RETRY), Duration::hours(6));
        assert_eq!(retry_delay(1000, FIRST_RETRY), Duration::hours(6));
        let total: i64 = (1..MAX_ATTEMPTS).map(|a| retry_delay(a, FIRST_RETRY).whole_hours()).sum();
        assert!((48..=120).contains(&total), "given up after about three days ({total} h)");
    }

    #[test]
    fn keys_round_trip() {
        for s in MailStatus::ALL {
            assert_eq!(MailStatus::from_key(s.key()), Some(s));
        }
        for p in [TokenPurpose::Reset, TokenPurpose::Invitation] {
            assert_eq!(TokenPurpose::from_key(p.key()), Some(p));
        }
        assert!(TokenPurpose::Reset.lifetime() < TokenPurpose::Invitation.lifetime());
    }
}
