//! Notifications: what happened that a person should hear about, and how often they want to.

use time::{Duration, OffsetDateTime};

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A value waits for a beheerder's approval (to the programme's beheerders).
    AwaitingReview,
    /// A value was returned with a remark (to the person who entered it).
    Returned,
    /// An assessment round of the preconditions opened (to members who have not answered).
    RoundOpened,
    /// An assessment round closes in three days (to members who have not answered).
    RoundClosing,
    /// A governance body took no decision for half a year (to the beheerders).
    BodyQuiet,
    /// A measure's money ends this year (to the beheerders).
    MoneyEnds,
}

impl Kind {
    pub const ALL: [Kind; 6] =
        [Kind::AwaitingReview, Kind::Returned, Kind::RoundOpened, Kind::RoundClosing, Kind::BodyQuiet, Kind::MoneyEnds];

    pub fn key(self) -> &'static str {
        match self {
            Kind::AwaitingReview => "ter-beoordeling",
            Kind::Returned => "teruggestuurd",
            Kind::RoundOpened => "peiling-open",
            Kind::RoundClosing => "peiling-sluit",
            Kind::BodyQuiet => "overleg-stil",
            Kind::MoneyEnds => "geld-stopt",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How often a person wants to hear about a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Frequency {
    /// An e-mail for each (the default).
    #[default]
    Immediately,
    /// One e-mail a week with everything since the last.
    Weekly,
    Never,
}

impl Frequency {
    pub const ALL: [Frequency; 3] = [Frequency::Immediately, Frequency::Weekly, Frequency::Never];

    pub fn key(self) -> &'static str {
        match self {
            Frequency::Immediately => "direct",
            Frequency::Weekly => "week",
            Frequency::Never => "nooit",
        }
    }

    pub fn from_key(key: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// The days between two digests.
pub const DIGEST_EVERY: Duration = Duration::days(7);

/// Is a weekly digest due for someone whose last one went out at `last` (or never), with
/// `oldest` the oldest notification waiting for it?
pub fn digest_due(last: Option<OffsetDateTime>, oldest: OffsetDateTime, now: OffsetDateTime) -> bool {
    now - last.unwrap_or(oldest) >= DIGEST_EVERY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
        }
        for f in Frequency::ALL {
            assert_eq!(Frequency::from_key(f.key()), Some(f));
        }
        assert_eq!(Frequency::default(), Frequency::Immediately);
    }

    #[test]
    fn a_digest_goes_a_week_after_the_last_or_after_the_oldest_waiting() {
        let t = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        assert!(!digest_due(None, t, t + Duration::days(6)));
        assert!(digest_due(None, t, t + Duration::days(7)));
        assert!(!digest_due(Some(t + Duration::days(3)), t, t + Duration::days(7)));
        assert!(digest_due(Some(t + Duration::days(3)), t, t + Duration::days(10)));
    }
}
