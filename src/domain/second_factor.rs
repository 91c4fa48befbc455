//! The second factor for password accounts: time-based one-time codes (TOTP, RFC 6238, through
//! the `totp-rs` crate), enrolled with a QR code rendered on the server as SVG (`qrcode`), and ten
//! single-use recovery codes stored as digests. Pure functions; the store keeps the state and
//! refuses a code's time step a second time (replay), the web layer asks for the code.

use super::user::User;
use totp_rs::{Builder, Secret, Totp};

/// Who must have a second factor before they can sign in with a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Requirement {
    /// Nobody must; everyone may.
    Optional,
    /// Site administrators must (the default: they can change everything).
    #[default]
    Admins,
    /// Every password account must.
    Everyone,
}

impl Requirement {
    pub fn applies_to(self, user: &User) -> bool {
        match self {
            Requirement::Optional => false,
            Requirement::Admins => user.is_admin,
            Requirement::Everyone => true,
        }
    }
}

/// The name the authenticator app shows above the codes.
pub const ISSUER: &str = "WijkWijzer";
/// Seconds a code lasts; one step before and after is accepted (clocks drift).
pub const STEP_SECONDS: u64 = 30;
pub const RECOVERY_CODES: usize = 10;

/// A new shared secret (160 bits, as RFC 4226 recommends), in base32 as apps show it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    Secret::from(&bytes[..]).to_base32()
}

fn totp(secret_b32: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_b32).ok()?;
    Builder::new()
        .with_secret(secret)
        .with_skew(1)
        .with_step_duration(STEP_SECONDS)
        .with_issuer(Some(ISSUER))
        .with_account_name(account.replace(':', ""))
        .build()
        .ok()
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn otpauth_url(secret_b32: &str, account: &str) -> Option<String> {
    totp(secret_b32, account)?.to_url().ok()
}

/// The QR code of `data` as an SVG element, to be placed in the page as it is (it holds no text
/// from a person: only the address made above).
pub fn qr_svg(data: &str) -> Option<String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::M).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Without the XML declaration, so that it can sit inside HTML.
    let start = svg.find("<svg")?;
    Some(svg[start..].to_string())
}

/// The time step a typed code belongs to when it is right at `unix_seconds` (± one step), or
/// `None`. Spaces and dashes people type are ignored.
pub fn check(secret_b32: &str, typed: &str, unix_seconds: u64) -> Option<i64> {
    let code: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let step = totp(secret_b32, "x")?.check(&code, unix_seconds)?;
    i64::try_from(step).ok()
}

/// The code at `unix_seconds` (what the app shows; for tests and the browser suite's twin).
pub fn code_at(secret_b32: &str, unix_seconds: u64) -> Option<String> {
    Some(totp(secret_b32, "x")?.generate(unix_seconds).to_string())
}

/// Ten new recovery codes, as shown once to the person: `xxxxx-xxxxx` from an alphabet without
/// look-alikes (about 50 bits each).
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
            let chars: String = bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

/// A recovery code as typed, in the form it was made (lower case, one dash), or `None` when it
/// cannot be one.
pub fn normalise_recovery_code(typed: &str) -> Option<String> {
    let chars: String = typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    (chars.len() == 10).then(|| format!("{}-{}", &chars[..5], &chars[5..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1: the secret "12345678901234567890".
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_match_the_test_vectors_of_rfc_6238() {
        // The RFC lists 8 digits; the 6-digit code is their last six.
        assert_eq!(code_at(RFC_SECRET, 59).unwrap(), "287082");
        assert_eq!(code_at(RFC_SECRET, 1_111_111_109).unwrap(), "081804");
        assert_eq!(code_at(RFC_SECRET, 1_234_567_890).unwrap(), "005924");
    }

    #[test]
    fn a_code_counts_one_step_either_side_and_not_further() {
        let now = 1_234_567_890;
        let code = code_at(RFC_SECRET, now).unwrap();
        let step = (now / STEP_SECONDS) as i64;
        assert_eq!(check(RFC_SECRET, &code, now), Some(step));
        assert_eq!(check(RFC_SECRET, &code, now + 30), Some(step), "a late typist");
        assert_eq!(check(RFC_SECRET, &format!("{} {}", &code[..3], &code[3..]), now), Some(step), "spaces");
        assert_eq!(check(RFC_SECRET, &code, now + 90), None, "three steps later");
        for bad in ["", "12345", "1234567", "abcdef", "000000"] {
            assert_eq!(check(RFC_SECRET, bad, now), None, "{bad}");
        }
        assert_eq!(check("niet base32!", &code, now), None);
    }

    #[test]
    fn new_secrets_and_recovery_codes_differ_and_have_their_shape() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 32, "160 bits in base32");
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(codes.iter().collect::<std::collections::BTreeSet<_>>().len(), 10);
        for c in &codes {
            assert_eq!(normalise_recovery_code(&c.to_uppercase().replace('-', " ")).as_deref(), Some(c.as_str()));
        }
        assert_eq!(normalise_recovery_code("123456"), None);
    }

    #[test]
    fn the_enrolment_address_and_qr_code_are_made_on_the_server() {
        let url = otpauth_url(RFC_SECRET, "anna@gemeente.nl").unwrap();
        assert!(url.starts_with("otpauth://totp/WijkWijzer:anna%40gemeente.nl?secret="), "{url}");
        assert!(url.contains("issuer=WijkWijzer"));
        let svg = qr_svg(&url).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path"), "{}", &svg[..80]);
    }

    #[test]
    fn the_requirement_follows_the_setting() {
        let mut u = User {
            id: 1,
            email: "a@x.nl".into(),
            display_name: "A".into(),
            is_admin: false,
            is_data_steward: false,
            locale: None,
            created_at: String::new(),
            disabled: false,
        };
        assert!(!Requirement::Admins.applies_to(&u) && Requirement::Everyone.applies_to(&u));
        u.is_admin = true;
        assert!(Requirement::Admins.applies_to(&u) && !Requirement::Optional.applies_to(&u));
    }
}
