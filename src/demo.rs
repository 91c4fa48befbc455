//! The bundled demo: two programmes on real CBS area codes (wijkindeling 2024, Bron: CBS, CC BY
//! 4.0), and the administrator account. Statistics arrive with the import of real StatLine tables;
//! the demo invents none.

use crate::domain::audit::Actor;
use crate::domain::password;
use crate::domain::programme::{Page, ProgrammeInput};
use crate::domain::user::{Email, NewUser};
use crate::store::{Store, StoreError, Viewer};

pub const DEFAULT_ADMIN_EMAIL: &str = "beheerder@wijkwijzer.local";

struct DemoProgramme {
    name: &'static str,
    municipality_code: &'static str,
    municipality_name: &'static str,
    start_year: i64,
    horizon_year: i64,
    /// Codes and names as published in the CBS wijk list of 2023/2024 (region layout 2024).
    areas: &'static str,
    description: &'static str,
}

const PROGRAMMES: [DemoProgramme; 2] = [
    DemoProgramme {
        name: "Demo: Wijkaanpak Rotterdam Zuid",
        municipality_code: "GM0599",
        municipality_name: "Rotterdam",
        start_year: 2024,
        horizon_year: 2044,
        areas: "WK059910 Feijenoord\nWK059915 Charlois\nWK059912 IJsselmonde",
        description: "Voorbeeldprogramma van de WijkWijzer-demo, naar het voorbeeld van het Nationaal Programma Rotterdam Zuid: \
            gemeente, corporaties, zorg, politie, scholen en bewoners werken met een generatie als horizon aan dezelfde doelen.\n\n\
            De gebiedscodes zijn echt (CBS-wijkindeling 2024). Cijfers verschijnen zodra statistieken van CBS of RIVM zijn geïmporteerd; \
            de demo verzint er geen.",
    },
    DemoProgramme {
        name: "Demo: Wijkaanpak Den Haag Zuidwest",
        municipality_code: "GM0518",
        municipality_name: "'s-Gravenhage",
        start_year: 2024,
        horizon_year: 2044,
        areas: "WK051833 Wijk 33 Bouwlust en Vrederust\nWK051834 Wijk 34 Morgenstond\nWK051836 Wijk 36 Moerwijk",
        description: "Voorbeeldprogramma van de WijkWijzer-demo voor drie wijken in Den Haag Zuidwest.\n\n\
            De gebiedscodes zijn echt (CBS-wijkindeling 2024). Cijfers verschijnen zodra statistieken zijn geïmporteerd.",
    },
];

/// Load the demo programmes into an empty database; returns how many were added (0 when the
/// database already has programmes, so running the demo again reuses the data).
pub async fn load(store: &Store) -> Result<usize, StoreError> {
    if !store.programmes(Viewer::Admin, None).await?.is_empty() {
        return Ok(0);
    }
    let actor = Actor::system("demo");
    for d in &PROGRAMMES {
        let input = ProgrammeInput {
            name: d.name.into(),
            municipality_code: d.municipality_code.into(),
            municipality_name: d.municipality_name.into(),
            start_year: d.start_year.to_string(),
            horizon_year: d.horizon_year.to_string(),
            layout_year: "2024".into(),
            areas: d.areas.into(),
            description: d.description.into(),
        };
        let new = input.parse().map_err(|e| StoreError::Unavailable(format!("demo programme invalid: {e:?}")))?;
        let p = store.create_programme(&actor, &new).await?;
        store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Urgency]).await?;
    }
    Ok(PROGRAMMES.len())
}

/// How the administrator of the demo logs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminLogin {
    /// A new account with a generated password, to print once.
    Created { email: String, password: String },
    /// Credentials from WIJKWIJZER_ADMIN_EMAIL / WIJKWIJZER_ADMIN_PASSWORD (created or reset).
    FromEnvironment { email: String },
    /// The account exists; its password was printed when it was created.
    Existing { email: String },
}

/// Make sure the demo has an administrator.
pub async fn ensure_admin(
    store: &Store,
    email: Option<&str>,
    env_password: Option<&str>,
) -> anyhow::Result<AdminLogin> {
    let email = Email::parse(email.unwrap_or(DEFAULT_ADMIN_EMAIL)).map_err(|k| {
        super::cli::fail(
            "cli-error-email",
            &[("email", email.unwrap_or("").into()), ("reason", super::cli::msg(k, &[]))],
        )
    })?;
    let actor = Actor::system("demo");
    let existing = match store.user_by_email(&email).await {
        Ok(u) => Some(u),
        Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let password = match env_password {
        Some(p) => p.to_string(),
        None if existing.is_some() => {
            return Ok(AdminLogin::Existing { email: email.to_string() });
        }
        None => password::random_secret(15),
    };
    let hash = {
        let pw = password.clone();
        tokio::task::spawn_blocking(move || password::hash(&pw)).await?
    };
    match existing {
        Some(user) => {
            store.set_password(&actor, user.id, &hash, None).await?;
            if !user.is_admin || user.disabled {
                store.update_user_flags(&actor, user.id, true, false).await?;
            }
        }
        None => {
            let new = NewUser::parse(email.as_str(), "Beheerder", &password, true).map_err(|e| {
                let reasons: Vec<String> =
                    e.iter().map(|(f, e)| format!("{f}: {}", super::cli::msg(e.key, &e.args))).collect();
                super::cli::fail("cli-error-user-invalid", &[("reasons", reasons.join("; "))])
            })?;
            store.create_user(&actor, &new, &hash).await?;
        }
    }
    Ok(if env_password.is_some() {
        AdminLogin::FromEnvironment { email: email.to_string() }
    } else {
        AdminLogin::Created { email: email.to_string(), password }
    })
}
