//! Numbers as people type them, by the conventions of the page's language — one rule for every
//! number field.
//!
//! Dutch: `,` is the decimal mark and `.` separates groups of three digits (`1.250,5`); English the
//! other way round (`1,250.5`). A number is read both ways; it is taken only when the page's
//! convention reads it and the other convention does not read it differently:
//! - `1250`, `1,5` (Dutch), `1.250,5` (Dutch), `12.500.000` (Dutch): one reading, taken;
//! - `1.250` on a Dutch page is 1250 by Dutch rules but 1,25 to someone used to a decimal point:
//!   refused, with both readings ("Bedoelt u 1250 of 1,25?");
//! - `12.50` on a Dutch page can only be the other convention's 12,50: refused, saying so;
//! - an amount of money has at most two decimals, so `€ 12.500` is twelve thousand five hundred.
//!
//! Nothing is ever guessed. Values are read exactly as typed (digits, not floating point), so
//! cents are exact.

use super::validation::FieldErrors;

/// Which conventions a number is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberStyle {
    /// `1.250,5`
    #[default]
    Dutch,
    /// `1,250.5`
    English,
}

impl NumberStyle {
    fn decimal_mark(self) -> char {
        match self {
            NumberStyle::Dutch => ',',
            NumberStyle::English => '.',
        }
    }

    fn group_mark(self) -> char {
        match self {
            NumberStyle::Dutch => '.',
            NumberStyle::English => ',',
        }
    }

    fn other(self) -> NumberStyle {
        match self {
            NumberStyle::Dutch => NumberStyle::English,
            NumberStyle::English => NumberStyle::Dutch,
        }
    }
}

/// A number as read: its sign and digits (no leading zeros in `whole`, no trailing zeros in
/// `fraction`), and how many decimals were typed (`12,50` has two, worth one).
#[derive(Debug, Clone)]
pub struct Reading {
    negative: bool,
    whole: String,
    fraction: String,
    typed_decimals: usize,
}

/// Two readings are the same number when their digits are (however many zeros were typed).
impl PartialEq for Reading {
    fn eq(&self, other: &Reading) -> bool {
        (self.negative, &self.whole, &self.fraction) == (other.negative, &other.whole, &other.fraction)
    }
}

impl Eq for Reading {}

impl Reading {
    fn new(negative: bool, whole: &str, fraction: &str) -> Reading {
        let typed_decimals = fraction.len();
        let whole = whole.trim_start_matches('0');
        let fraction = fraction.trim_end_matches('0');
        let zero = whole.is_empty() && fraction.is_empty();
        Reading {
            negative: negative && !zero,
            whole: whole.to_string(),
            fraction: fraction.to_string(),
            typed_decimals,
        }
    }

    pub fn value(&self) -> f64 {
        let text = format!(
            "{}{}.{}",
            if self.negative { "-" } else { "" },
            if self.whole.is_empty() { "0" } else { &self.whole },
            if self.fraction.is_empty() { "0" } else { &self.fraction }
        );
        text.parse().unwrap_or(f64::NAN)
    }

    /// The amount in cents, when it has at most two decimals and fits.
    pub fn cents(&self) -> Option<i64> {
        if self.fraction.len() > 2 || self.whole.len() > 13 {
            return None;
        }
        let whole: i64 = if self.whole.is_empty() { 0 } else { self.whole.parse().ok()? };
        let cents: i64 = format!("{:0<2}", self.fraction).parse().ok()?;
        let total = whole * 100 + cents;
        Some(if self.negative { -total } else { total })
    }

    /// Written without grouping, by `style`: `1250,5` (Dutch), `1250.5` (English). Only used in
    /// messages, where grouping would bring back the doubt the message is about.
    pub fn text(&self, style: NumberStyle) -> String {
        let whole = if self.whole.is_empty() { "0" } else { &self.whole };
        let sign = if self.negative { "-" } else { "" };
        if self.fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}{}{}", style.decimal_mark(), self.fraction)
        }
    }
}

/// Why a typed number is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Required,
    /// Not a number in either convention.
    NotANumber,
    /// Two readings, e.g. 1250 and 1,25 for `1.250` on a Dutch page (written in the page's style).
    Ambiguous {
        first: String,
        second: String,
    },
    /// Only the other convention reads it: `12.50` on a Dutch page is 12,50.
    OtherConvention {
        reading: String,
    },
    /// More decimals than the field takes (money: two).
    TooManyDecimals,
}

impl NumberError {
    /// Put the problem next to `field`, with its catalogue key and arguments.
    pub fn add_to(self, errors: &mut FieldErrors, field: &'static str, money: bool) {
        match self {
            NumberError::Required => errors.add(field, "error-required"),
            NumberError::NotANumber => errors.add(field, if money { "error-euros" } else { "error-number" }),
            NumberError::Ambiguous { first, second } => {
                errors.add_with(field, "error-number-ambiguous", vec![("first", first), ("second", second)])
            }
            NumberError::OtherConvention { reading } => {
                errors.add_with(field, "error-number-convention", vec![("reading", reading)])
            }
            NumberError::TooManyDecimals => errors.add(field, "error-euros-cents"),
        }
    }
}

/// Read `raw` by the conventions of `style`, or `None` when it is not written that way.
fn read(raw: &str, style: NumberStyle) -> Option<Reading> {
    let s = raw.trim();
    let (negative, s) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (whole, fraction) = match s.split_once(style.decimal_mark()) {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    if let Some(f) = fraction
        && (f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let digits = if whole.contains(style.group_mark()) {
        // Groups of three after a first group of one to three digits that does not start with 0.
        let groups: Vec<&str> = whole.split(style.group_mark()).collect();
        let first = groups[0];
        let ok = (1..=3).contains(&first.len())
            && !first.starts_with('0')
            && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
            && groups[1..].iter().all(|g| g.len() == 3);
        if !ok {
            return None;
        }
        groups.concat()
    } else {
        if !whole.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        whole.to_string()
    };
    if digits.is_empty() && fraction.is_none() {
        return None;
    }
    Some(Reading::new(negative, &digits, fraction.unwrap_or("")))
}

/// Read a typed number by the page's `style`, taking it only when it cannot be meant otherwise.
/// `max_decimals`: what the field takes at most (money: 2).
pub fn read_number(raw: &str, style: NumberStyle, max_decimals: Option<usize>) -> Result<Reading, NumberError> {
    let raw = raw.trim().trim_end_matches('%').trim();
    if raw.is_empty() {
        return Err(NumberError::Required);
    }
    let fits = |r: &Reading| max_decimals.is_none_or(|m| r.typed_decimals <= m);
    let ours = read(raw, style);
    let too_precise = ours.as_ref().is_some_and(|o| !fits(o));
    let theirs = read(raw, style.other()).filter(fits);
    match (ours.filter(fits), theirs) {
        (Some(o), Some(t)) if o != t => Err(NumberError::Ambiguous { first: o.text(style), second: t.text(style) }),
        (Some(o), _) => Ok(o),
        (None, Some(t)) => Err(NumberError::OtherConvention { reading: t.text(style) }),
        (None, None) if too_precise => Err(NumberError::TooManyDecimals),
        (None, None) => Err(NumberError::NotANumber),
    }
}

/// A typed number (any number of decimals), by the page's `style`.
pub fn parse_number(raw: &str, style: NumberStyle) -> Result<f64, NumberError> {
    read_number(raw, style, None).map(|r| r.value())
}

/// A typed amount of euros, in cents: `12.500`, `€ 12.500,50`, `12500` (Dutch).
pub fn parse_cents(raw: &str, style: NumberStyle) -> Result<i64, NumberError> {
    // `€ 12 500`: the euro sign and spaces are how people write amounts, not part of the number.
    let raw: String = raw.trim().trim_start_matches('€').chars().filter(|c| !c.is_whitespace()).collect();
    let r = read_number(&raw, style, Some(2))?;
    r.cents().ok_or(NumberError::NotANumber)
}

/// A stored figure as a form shows it for editing: no grouping, the page's decimal mark, and
/// never in a shape that would read two ways (three decimals get a fourth zero: `1,1250`).
pub fn edit_text(v: f64, style: NumberStyle) -> String {
    let canonical = if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") };
    let (whole, fraction) = canonical.split_once('.').unwrap_or((&canonical, ""));
    let fraction = if fraction.len() == 3 { format!("{fraction}0") } else { fraction.to_string() };
    if fraction.is_empty() { whole.to_string() } else { format!("{whole}{}{fraction}", style.decimal_mark()) }
}

/// Cents as a form shows them for editing: `12500` or `12500,50` (Dutch), `12500.50` (English).
pub fn cents_edit_text(cents: i64, style: NumberStyle) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let (whole, rest) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
    if rest == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}{}{rest:02}", style.decimal_mark()) }
}

#[cfg(test)]
mod tests {
    use super::NumberStyle::{Dutch, English};
    use super::*;

    fn ok(v: f64) -> Result<f64, NumberError> {
        Ok(v)
    }

    fn ambiguous(first: &str, second: &str) -> Result<f64, NumberError> {
        Err(NumberError::Ambiguous { first: first.into(), second: second.into() })
    }

    fn other(reading: &str) -> Result<f64, NumberError> {
        Err(NumberError::OtherConvention { reading: reading.into() })
    }

    #[test]
    fn the_four_shapes_of_the_issue_in_both_languages() {
        // (typed, on a Dutch page, on an English page)
        let table = [
            ("1.250", ambiguous("1250", "1,25"), ambiguous("1.25", "1250")),
            ("1,25", ok(1.25), other("1.25")),
            ("1250", ok(1250.0), ok(1250.0)),
            ("1.250,5", ok(1250.5), other("1250.5")),
            ("1,250.5", other("1250,5"), ok(1250.5)),
            ("12.500.000", ok(12_500_000.0), other("12500000")),
            ("12.50", other("12,5"), ok(12.5)),
            ("0,125", ok(0.125), other("0.125")),
            ("1,125", ambiguous("1,125", "1125"), ambiguous("1125", "1.125")),
            ("-3,5", ok(-3.5), other("-3.5")),
            ("\u{2212}2", ok(-2.0), ok(-2.0)),
            ("28,6%", ok(28.6), other("28.6")),
            ("", Err(NumberError::Required), Err(NumberError::Required)),
            ("twaalf", Err(NumberError::NotANumber), Err(NumberError::NotANumber)),
            ("1.2.3", Err(NumberError::NotANumber), Err(NumberError::NotANumber)),
            ("1e5", Err(NumberError::NotANumber), Err(NumberError::NotANumber)),
            (",5", ok(0.5), other("0.5")),
        ];
        for (typed, nl, en) in table {
            assert_eq!(parse_number(typed, Dutch), nl, "{typed:?} on a Dutch page");
            assert_eq!(parse_number(typed, English), en, "{typed:?} on an English page");
        }
    }

    #[test]
    fn money_has_two_decimals_so_a_group_of_three_is_thousands() {
        assert_eq!(parse_cents("12.500", Dutch), Ok(1_250_000));
        assert_eq!(parse_cents("€ 12.500,50", Dutch), Ok(1_250_050));
        assert_eq!(parse_cents("12500", Dutch), Ok(1_250_000));
        assert_eq!(parse_cents("12 500", Dutch), Ok(1_250_000));
        assert_eq!(parse_cents("12,5", Dutch), Ok(1250));
        assert_eq!(parse_cents("€ 1.000.000", Dutch), Ok(100_000_000));
        // Three decimals are no amount in Dutch; the English reading is said, not taken.
        let said = |reading: &str| Err(NumberError::OtherConvention { reading: reading.into() });
        assert_eq!(parse_cents("12,500", Dutch), said("12500"));
        assert_eq!(parse_cents("12,5055", Dutch), Err(NumberError::TooManyDecimals));
        assert_eq!(parse_cents("12.50", Dutch), Err(NumberError::OtherConvention { reading: "12,5".into() }));
        assert_eq!(parse_cents("12,500", English), Ok(1_250_000));
        assert_eq!(parse_cents("€12,500.50", English), Ok(1_250_050));
        assert_eq!(parse_cents("12.500", English), said("12500"));
    }

    #[test]
    fn a_problem_is_said_next_to_the_field_with_the_readings() {
        let mut e = FieldErrors::new();
        parse_number("1.250", Dutch).unwrap_err().add_to(&mut e, "value", false);
        let err = e.get("value").unwrap();
        assert_eq!(err.key, "error-number-ambiguous");
        assert_eq!(err.args, vec![("first", "1250".to_string()), ("second", "1,25".to_string())]);
    }

    #[test]
    fn what_a_form_shows_reads_back_as_the_same_figure() {
        for v in [0.0, 1250.0, 1.25, 1.125, 0.125, 1250.5, -3.5, 12_500_000.0, 28.6] {
            for style in [Dutch, English] {
                assert_eq!(parse_number(&edit_text(v, style), style), Ok(v), "{v} in {style:?}");
            }
        }
        assert_eq!(edit_text(1.125, Dutch), "1,1250");
        assert_eq!(cents_edit_text(1_250_050, Dutch), "12500,50");
        assert_eq!(cents_edit_text(1_250_000, English), "12500");
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        fn style() -> impl Strategy<Value = NumberStyle> {
            prop_oneof![Just(NumberStyle::Dutch), Just(NumberStyle::English)]
        }

        /// A figure with up to four decimals, as people enter them.
        fn figure() -> impl Strategy<Value = f64> {
            (-10_000_000i64..10_000_000_000i64, 0u32..5).prop_map(|(n, d)| n as f64 / 10f64.powi(d as i32))
        }

        /// Digits with the two marks anywhere: what a hurried hand types.
        fn typed() -> impl Strategy<Value = String> {
            proptest::string::string_regex("-?[0-9.,]{1,12}").unwrap()
        }

        proptest! {
            #[test]
            fn a_figure_shown_in_a_form_comes_back_unchanged(v in figure(), s in style()) {
                prop_assert_eq!(parse_number(&edit_text(v, s), s), Ok(v));
            }

            #[test]
            fn cents_shown_in_a_form_come_back_unchanged(c in -100_000_000_000i64..100_000_000_000i64, s in style()) {
                prop_assert_eq!(parse_cents(&cents_edit_text(c, s), s), Ok(c));
            }

            #[test]
            fn a_taken_number_is_how_the_page_s_convention_reads_it_and_the_other_does_not_differ(raw in typed(), s in style()) {
                if let Ok(r) = read_number(&raw, s, None) {
                    prop_assert_eq!(Some(r.clone()), read(&raw, s));
                    if let Some(t) = read(&raw, s.other()) {
                        prop_assert_eq!(t, r, "{:?} is read two ways", raw);
                    }
                }
            }

            #[test]
            fn a_refused_number_names_only_real_readings(raw in typed(), s in style()) {
                match read_number(&raw, s, None) {
                    Err(NumberError::Ambiguous { first, second }) => {
                        prop_assert_eq!(Some(first), read(&raw, s).map(|r| r.text(s)));
                        prop_assert_eq!(Some(second), read(&raw, s.other()).map(|r| r.text(s)));
                    }
                    Err(NumberError::OtherConvention { reading }) => {
                        prop_assert!(read(&raw, s).is_none());
                        prop_assert_eq!(Some(reading), read(&raw, s.other()).map(|r| r.text(s)));
                    }
                    _ => {}
                }
            }

            #[test]
            fn the_same_text_on_the_two_pages_is_never_taken_as_two_different_figures(raw in typed()) {
                if let (Ok(a), Ok(b)) = (parse_number(&raw, NumberStyle::Dutch), parse_number(&raw, NumberStyle::English)) {
                    prop_assert_eq!(a, b);
                }
            }
        }
    }
}
