//! Field-level validation results. Messages are catalogue keys (see `locales/`), so the web layer
//! shows them in the reader's language next to the field they belong to.

/// One message for one form field: a catalogue key plus named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// All validation problems of one form, by field name, in the order they were found (which is
/// the order of the form, so the error summary reads top to bottom).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors {
    errors: Vec<(&'static str, FieldError)>,
}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Record a problem; the first problem of a field wins (one message per field is clearest).
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.add_with(field, key, Vec::new());
    }

    pub fn add_with(&mut self, field: &'static str, key: &'static str, args: Vec<(&'static str, String)>) {
        if self.get(field).is_none() {
            self.errors.push((field, FieldError { key, args }));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &FieldError)> {
        self.errors.iter().map(|(f, e)| (*f, e))
    }

    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// Adds another form part's problems after these.
    pub fn merge(&mut self, other: FieldErrors) {
        for (field, e) in other.errors {
            self.add_with(field, e.key, e.args);
        }
    }

    /// `Ok(value)` when nothing was recorded, otherwise the errors.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() { Ok(value()) } else { Err(self) }
    }
}

impl FieldErrors {
    pub fn single(field: &'static str, key: &'static str) -> Self {
        let mut e = Self::new();
        e.add(field, key);
        e
    }
}

use time::Date;
use time::macros::format_description;

/// `2026-03-12`.
pub fn iso(d: Date) -> String {
    d.format(format_description!("[year]-[month]-[day]")).unwrap_or_default()
}

/// A date as typed: `2026-03-12` (the date field) or `12-03-2026` (as Dutch people write it).
pub fn parse_date(raw: &str) -> Result<Date, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("error-required");
    }
    let iso_format = format_description!("[year]-[month]-[day]");
    let dutch = format_description!("[day padding:none]-[month padding:none]-[year]");
    Date::parse(raw, iso_format).or_else(|_| Date::parse(raw, dutch)).map_err(|_| "error-date")
}

/// A stored date (`2026-03-12`) as people read it: `12-03-2026` in Dutch, unchanged in English.
pub fn date_label(iso_date: &str, english: bool) -> String {
    let parts: Vec<&str> = iso_date.split('-').collect();
    match (english, &parts[..]) {
        (false, [y, m, d]) => format!("{d}-{m}-{y}"),
        _ => iso_date.to_string(),
    }
}

/// A year between 1990 and 2100.
pub fn parse_year(raw: &str) -> Result<i64, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("error-required");
    }
    match raw.parse::<i64>() {
        Ok(y) if (1990..=2100).contains(&y) => Ok(y),
        _ => Err("error-year"),
    }
}

/// Cents as Dutch readers write euros: `€ 12.500` or `€ 12.500,50`; English `€12,500.50`.
pub fn euros_label(cents: i64, english: bool) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let (whole, fraction) = (abs / 100, abs % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(if english { ',' } else { '.' });
        }
        grouped.push(c);
    }
    let space = if english { "" } else { " " };
    if fraction == 0 {
        format!("{sign}€{space}{grouped}")
    } else {
        let mark = if english { '.' } else { ',' };
        format!("{sign}€{space}{grouped}{mark}{fraction:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_message_of_a_field_is_kept() {
        let mut e = FieldErrors::new();
        e.add("name", "error-required");
        e.add("name", "error-too-long");
        assert_eq!(e.get("name").unwrap().key, "error-required");
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn errors_keep_the_order_of_the_form() {
        let mut e = FieldErrors::new();
        e.add("name", "error-required");
        e.add("horizon_year", "error-year");
        e.add("areas", "error-areas-required");
        assert_eq!(e.iter().map(|(f, _)| f).collect::<Vec<_>>(), ["name", "horizon_year", "areas"]);
    }

    #[test]
    fn no_errors_gives_the_value() {
        assert_eq!(FieldErrors::new().into_result(|| 5), Ok(5));
        assert!(FieldErrors::single("x", "error-required").into_result(|| 5).is_err());
    }

    #[test]
    fn euros_are_read_as_dutch_people_write_them() {
        assert_eq!(euros_label(1_250_050, false), "€ 12.500,50");
        assert_eq!(euros_label(100_000_000, false), "€ 1.000.000");
        assert_eq!(euros_label(1_250_050, true), "€12,500.50");
        assert_eq!(euros_label(-500, false), "-€ 5");
    }

    #[test]
    fn years_lie_in_a_sensible_range() {
        assert_eq!(parse_year("2026"), Ok(2026));
        assert_eq!(parse_year("26"), Err("error-year"));
    }
}
