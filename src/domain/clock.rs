//! Time as stored: RFC 3339 UTC text with second precision (`2026-11-28T10:07:31Z`), which sorts
//! correctly as text on SQLite and PostgreSQL alike.

use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime, UtcOffset};

/// The current time, truncated to whole seconds, in UTC.
pub fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}

/// Format a time for storage.
pub fn to_db(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    let t = t.replace_nanosecond(0).unwrap_or(t);
    t.format(&Rfc3339).unwrap_or_default()
}

/// Parse a stored time; `None` for anything that is not RFC 3339.
pub fn from_db(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

pub fn now_db() -> String {
    to_db(now())
}

pub fn db_in(d: Duration) -> String {
    to_db(now() + d)
}

pub fn db_ago(d: Duration) -> String {
    to_db(now() - d)
}

/// The same moment on the clock of Amsterdam.
fn in_amsterdam(t: OffsetDateTime) -> Option<OffsetDateTime> {
    // Looked up once: a history page shows a hundred times.
    static ZONE: std::sync::LazyLock<Option<jiff::tz::TimeZone>> =
        std::sync::LazyLock::new(|| jiff::tz::TimeZone::get("Europe/Amsterdam").ok());
    let zone = ZONE.as_ref()?;
    let instant = jiff::Timestamp::from_second(t.unix_timestamp()).ok()?;
    let offset = zone.to_offset(instant).seconds();
    Some(t.to_offset(UtcOffset::from_whole_seconds(offset).ok()?))
}

/// A stored time as people in the Netherlands read it: on the clock of Europe/Amsterdam (CET in
/// winter, CEST in summer, jiff's bundled time zone database), "28 november 2026, 11:07".
pub fn display(s: &str, lang_en: bool) -> String {
    let Some(t) = from_db(s).and_then(in_amsterdam) else {
        return s.to_string();
    };
    let months_nl = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let months_en = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = usize::from(u8::from(t.month())) - 1;
    let month = if lang_en { months_en[m] } else { months_nl[m] };
    format!("{} {} {}, {:02}:{:02}", t.day(), month, t.year(), t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn stored_times_round_trip_and_sort_as_text() {
        let a = to_db(datetime!(2026-03-01 09:05:00 UTC));
        let b = to_db(datetime!(2026-11-28 10:07:31 UTC));
        assert_eq!(a, "2026-03-01T09:05:00Z");
        assert!(a < b);
        assert_eq!(from_db(&b), Some(datetime!(2026-11-28 10:07:31 UTC)));
    }

    #[test]
    fn times_display_with_month_names_on_the_clock_of_amsterdam() {
        // Winter: UTC+1.
        assert_eq!(display("2026-03-01T09:05:00Z", false), "1 maart 2026, 10:05");
        assert_eq!(display("2026-03-01T09:05:00Z", true), "1 March 2026, 10:05");
        // Summer: UTC+2, from the last Sunday of March 01:00 UTC to the last Sunday of October.
        assert_eq!(display("2026-03-29T00:59:00Z", false), "29 maart 2026, 01:59");
        assert_eq!(display("2026-03-29T01:00:00Z", false), "29 maart 2026, 03:00");
        assert_eq!(display("2026-07-15T22:30:00Z", false), "16 juli 2026, 00:30");
        assert_eq!(display("2026-10-25T01:00:00Z", false), "25 oktober 2026, 02:00");
        assert_eq!(display("kapot", false), "kapot");
    }
}
