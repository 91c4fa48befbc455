//! Accounts: e-mail addresses, display names and the password policy.

use super::validation::FieldErrors;

/// A lower-cased, trimmed e-mail address with one `@` and a dotted domain.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err("error-required");
        }
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("error-email-invalid");
        }
        let mut parts = s.split('@');
        let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err("error-email-invalid");
        };
        let domain_ok =
            domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains("..");
        if local.is_empty() || !domain_ok {
            return Err("error-email-invalid");
        }
        Ok(Email(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 256;

/// The password policy: long enough to resist guessing (NCSC advises length over complexity),
/// bounded so that hashing cannot be abused to exhaust the server.
pub fn check_password_policy(password: &str) -> Result<(), &'static str> {
    let n = password.chars().count();
    if n == 0 {
        Err("error-required")
    } else if n < PASSWORD_MIN_CHARS {
        Err("error-password-short")
    } else if n > PASSWORD_MAX_CHARS {
        Err("error-password-long")
    } else {
        Ok(())
    }
}

/// A validated new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub display_name: String,
    pub password: String,
    pub is_admin: bool,
}

impl NewUser {
    /// A new account that chooses its own password through an invitation (no password yet).
    pub fn invited(email: &str, display_name: &str, is_admin: bool) -> Result<NewUser, FieldErrors> {
        // Parsed with a placeholder that passes the policy, then emptied: the rules for the
        // address and the name stay in one place.
        let mut new = NewUser::parse(email, display_name, &"x".repeat(PASSWORD_MIN_CHARS), is_admin)?;
        new.password.clear();
        Ok(new)
    }

    pub fn parse(email: &str, display_name: &str, password: &str, is_admin: bool) -> Result<NewUser, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = Email::parse(email).map_err(|k| errors.add("email", k)).ok();
        let display_name = display_name.trim().to_string();
        if display_name.chars().count() > 100 {
            errors.add("display_name", "error-too-long");
        }
        if let Err(k) = check_password_policy(password) {
            errors.add("password", k);
        }
        match email {
            Some(email) if errors.is_empty() => {
                let display_name = if display_name.is_empty() {
                    email.as_str().split('@').next().unwrap_or("").to_string()
                } else {
                    display_name
                };
                Ok(NewUser { email, display_name, password: password.to_string(), is_admin })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_trimmed_and_lower_cased() {
        assert_eq!(Email::parse("  Anna@Gemeente.NL ").unwrap().as_str(), "anna@gemeente.nl");
    }

    #[test]
    fn malformed_email_addresses_are_refused() {
        for bad in ["", "anna", "anna@", "@gemeente.nl", "anna@gemeente", "a b@x.nl", "a@b@c.nl", "a@x..nl"] {
            assert!(Email::parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn short_passwords_are_refused_with_a_reason() {
        assert_eq!(check_password_policy(""), Err("error-required"));
        assert_eq!(check_password_policy("kort"), Err("error-password-short"));
        assert!(check_password_policy("een lange zin als wachtwoord").is_ok());
        assert_eq!(check_password_policy(&"x".repeat(300)), Err("error-password-long"));
    }

    #[test]
    fn a_new_user_without_a_name_is_named_after_the_mailbox() {
        let u = NewUser::parse("p.jansen@woonstad.nl", " ", "correct paard batterij", false).unwrap();
        assert_eq!(u.display_name, "p.jansen");
    }

    #[test]
    fn every_invalid_field_gets_its_own_message() {
        let e = NewUser::parse("nope", "", "kort", false).unwrap_err();
        assert_eq!(e.get("email").unwrap().key, "error-email-invalid");
        assert_eq!(e.get("password").unwrap().key, "error-password-short");
    }
}

/// An account as stored (without its password hash).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    /// Gegevensbeheerder: may import statistics and classify indicators for the whole site.
    pub is_data_steward: bool,
    pub locale: Option<String>,
    pub created_at: String,
    pub disabled: bool,
}

impl User {
    pub fn site_principal(&self) -> super::access::SitePrincipal {
        super::access::SitePrincipal::of(self.is_admin, self.is_data_steward)
    }

    /// The message key naming the account's site role.
    pub fn site_role_key(&self) -> &'static str {
        match self.site_principal() {
            super::access::SitePrincipal::Admin => "role-site-admin",
            super::access::SitePrincipal::DataSteward => "role-data-steward",
            _ => "role-account",
        }
    }

    pub fn flags(&self) -> UserFlags {
        UserFlags { is_admin: self.is_admin, is_data_steward: self.is_data_steward, disabled: self.disabled }
    }
}

/// What a site administrator sets on an account: its site roles and whether it is blocked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UserFlags {
    pub is_admin: bool,
    pub is_data_steward: bool,
    pub disabled: bool,
}
