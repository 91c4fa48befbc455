//! Signing in through an organisation's identity provider (OpenID Connect): which providers, what
//! their claims mean here, and whom a verified identity becomes. The protocol itself (discovery,
//! PKCE, token and signature checks) is the `openidconnect` crate's, in `crate::oidc`.

use super::access::Role;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One provider as written in `wijkwijzer.toml` (`[[oidc]]`). The client secret is never in the
/// file: it is read from the environment variable `WIJKWIJZER_OIDC_<KEY>_SECRET`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// Short name in URLs (`/inloggen/met/<key>`): lower-case letters, digits and `-`.
    pub key: String,
    /// Shown on the button: "Inloggen met <name>".
    pub name: String,
    /// The issuer; `<issuer>/.well-known/openid-configuration` must answer.
    pub issuer: String,
    pub client_id: String,
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
    /// The claim that holds the e-mail address (`email`; Entra ID without that claim: `upn` or
    /// `preferred_username`).
    #[serde(default = "default_email_claim")]
    pub email_claim: String,
    /// The claim with the person's display name.
    #[serde(default = "default_name_claim")]
    pub name_claim: String,
    /// The claim that lists the person's groups (`groups`; Keycloak: the mapper's claim name).
    #[serde(default)]
    pub groups_claim: Option<String>,
    /// Group → role: `sitebeheerder`, `gegevensbeheerder`, or `programma:<nummer>:<beheerder|partner|lezer>`.
    /// The roles named here follow the provider at every sign-in (given and taken away).
    #[serde(default)]
    pub roles: BTreeMap<String, String>,
    /// Whether people without an account get one (without any role) at their first sign-in.
    #[serde(default)]
    pub create_accounts: bool,
    /// Whether a first sign-in may take over an existing account with the same e-mail address.
    /// Only for a provider that verifies addresses and that you trust with every account.
    #[serde(default)]
    pub match_email: bool,
}

fn default_scopes() -> Vec<String> {
    ["openid", "email", "profile"].map(String::from).to_vec()
}
fn default_email_claim() -> String {
    "email".into()
}
fn default_name_claim() -> String {
    "name".into()
}

/// What membership of a group gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    SiteAdmin,
    DataSteward,
    /// A role in the programme with this number (as in `/programmas/<number>`).
    Programme {
        id: i64,
        role: Role,
    },
}

impl Grant {
    pub fn parse(spec: &str) -> Result<Grant, String> {
        let spec = spec.trim();
        match spec {
            "sitebeheerder" => return Ok(Grant::SiteAdmin),
            "gegevensbeheerder" => return Ok(Grant::DataSteward),
            _ => {}
        }
        let parts: Vec<&str> = spec.split(':').collect();
        match parts.as_slice() {
            ["programma", id, role] if id.parse::<i64>().is_ok_and(|n| n > 0) => match Role::from_key(role) {
                Some(role) => Ok(Grant::Programme { id: id.parse().unwrap_or_default(), role }),
                None => Err(format!("unknown role {role:?} in {spec:?} (beheerder, partner or lezer)")),
            },
            _ => Err(format!(
                "unknown role {spec:?}: use sitebeheerder, gegevensbeheerder or programma:<nummer>:<beheerder|partner|lezer>"
            )),
        }
    }
}

/// A provider ready for use: the file's settings checked, with the secret from the environment.
#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    pub key: String,
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub scopes: Vec<String>,
    pub email_claim: String,
    pub name_claim: String,
    pub groups_claim: Option<String>,
    pub grants: Vec<(String, Grant)>,
    pub create_accounts: bool,
    pub match_email: bool,
}

impl Provider {
    /// Check one provider's settings; `secret` is the environment's value, if any.
    pub fn from_config(c: &ProviderConfig, secret: Option<String>) -> Result<Provider, String> {
        let key = c.key.trim();
        if key.is_empty() || !key.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-') {
            return Err(format!("oidc key {key:?}: use lower-case letters, digits and '-'"));
        }
        if c.name.trim().is_empty() {
            return Err(format!("oidc provider {key}: name is empty"));
        }
        // Kept exactly as written: the provider's discovery document must name the same issuer.
        let issuer = c.issuer.trim();
        if !(issuer.starts_with("https://") || issuer.starts_with("http://")) {
            return Err(format!("oidc provider {key}: issuer must be an https:// URL"));
        }
        if c.client_id.trim().is_empty() {
            return Err(format!("oidc provider {key}: client_id is empty"));
        }
        if !c.roles.is_empty() && c.groups_claim.is_none() {
            return Err(format!("oidc provider {key}: roles need groups_claim"));
        }
        let mut grants = Vec::new();
        for (group, spec) in &c.roles {
            grants.push((group.clone(), Grant::parse(spec).map_err(|e| format!("oidc provider {key}: {e}"))?));
        }
        let mut scopes = c.scopes.clone();
        if !scopes.iter().any(|s| s == "openid") {
            scopes.insert(0, "openid".into());
        }
        Ok(Provider {
            key: key.to_string(),
            name: c.name.trim().to_string(),
            issuer: issuer.to_string(),
            client_id: c.client_id.trim().to_string(),
            client_secret: secret.filter(|s| !s.is_empty()),
            scopes,
            email_claim: c.email_claim.clone(),
            name_claim: c.name_claim.clone(),
            groups_claim: c.groups_claim.clone(),
            grants,
            create_accounts: c.create_accounts,
            match_email: c.match_email,
        })
    }

    /// The environment variable that holds this provider's client secret.
    pub fn secret_variable(key: &str) -> String {
        format!("WIJKWIJZER_OIDC_{}_SECRET", key.to_ascii_uppercase().replace('-', "_"))
    }

    /// The roles that follow this provider, set from the person's groups; `None` when the provider
    /// manages no roles.
    pub fn roles_for(&self, groups: &[String]) -> Option<RoleSync> {
        if self.grants.is_empty() {
            return None;
        }
        let has = |g: &str| groups.iter().any(|x| x == g);
        let mut sync = RoleSync::default();
        for (group, grant) in &self.grants {
            let member = has(group);
            match grant {
                Grant::SiteAdmin => sync.site_admin = Some(sync.site_admin.unwrap_or(false) || member),
                Grant::DataSteward => sync.data_steward = Some(sync.data_steward.unwrap_or(false) || member),
                Grant::Programme { id, role } => {
                    let entry = sync.programmes.entry(*id).or_insert(None);
                    if member {
                        *entry = Some(match *entry {
                            Some(old) if rank(old) >= rank(*role) => old,
                            _ => *role,
                        });
                    }
                }
            }
        }
        Some(sync)
    }
}

fn rank(r: Role) -> u8 {
    match r {
        Role::Manager => 3,
        Role::Partner => 2,
        Role::Reader => 1,
    }
}

/// The roles a provider decides, after one sign-in: `None` leaves a role as it is; for each
/// programme named in the mapping, the role it gets (`None`: no membership).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleSync {
    pub site_admin: Option<bool>,
    pub data_steward: Option<bool>,
    pub programmes: BTreeMap<i64, Option<Role>>,
}

/// A person as the provider vouched for them (the ID token verified).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub issuer: String,
    pub subject: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub groups: Vec<String>,
}

/// Whom an identity becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Signed in before: this account.
    Known(i64),
    /// First sign-in; the provider may take over the account with the same address.
    Link(i64),
    /// First sign-in; a new account without a role.
    Create,
    /// First sign-in and no account: the provider may not create one.
    NoAccount,
    /// First sign-in, an account with this address exists and the provider may not take it over.
    AddressTaken,
    /// First sign-in without an e-mail address in the configured claim.
    NoAddress,
}

/// Decide whom `identity` becomes: `linked` is the account already tied to (issuer, sub), and
/// `by_address` the account with the identity's e-mail address. Never matched on address alone
/// unless the provider allows it.
pub fn outcome(provider: &Provider, identity: &Identity, linked: Option<i64>, by_address: Option<i64>) -> Outcome {
    if let Some(id) = linked {
        return Outcome::Known(id);
    }
    if identity.email.is_none() {
        return Outcome::NoAddress;
    }
    match by_address {
        Some(id) if provider.match_email => Outcome::Link(id),
        Some(_) => Outcome::AddressTaken,
        None if provider.create_accounts => Outcome::Create,
        None => Outcome::NoAccount,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(roles: &[(&str, &str)]) -> ProviderConfig {
        ProviderConfig {
            key: "gemeente".into(),
            name: "Gemeente Rotterdam".into(),
            issuer: " https://login.example.nl/realms/gemeente".into(),
            client_id: "wijkwijzer".into(),
            scopes: vec!["email".into()],
            email_claim: "email".into(),
            name_claim: "name".into(),
            groups_claim: Some("groups".into()),
            roles: roles.iter().map(|(g, r)| (g.to_string(), r.to_string())).collect(),
            create_accounts: false,
            match_email: false,
        }
    }

    #[test]
    fn a_provider_is_checked_and_always_asks_for_openid() {
        let p = Provider::from_config(&config(&[]), Some("s".into())).unwrap();
        assert_eq!(p.issuer, "https://login.example.nl/realms/gemeente");
        assert_eq!(p.scopes, ["openid", "email"]);
        assert_eq!(p.client_secret.as_deref(), Some("s"));
        assert_eq!(Provider::secret_variable("entra-id"), "WIJKWIJZER_OIDC_ENTRA_ID_SECRET");
        let bad = ProviderConfig { key: "Gemeente X".into(), ..config(&[]) };
        assert!(Provider::from_config(&bad, None).unwrap_err().contains("lower-case"));
        let bad = ProviderConfig { issuer: "login.example.nl".into(), ..config(&[]) };
        assert!(Provider::from_config(&bad, None).is_err());
        let bad = config(&[("g", "programma:zuid:lezer")]);
        assert!(Provider::from_config(&bad, None).unwrap_err().contains("unknown role"));
        let bad = config(&[("g", "programma:3:eigenaar")]);
        assert!(Provider::from_config(&bad, None).unwrap_err().contains("eigenaar"));
        let bad = ProviderConfig { groups_claim: None, ..config(&[("g", "sitebeheerder")]) };
        assert!(Provider::from_config(&bad, None).unwrap_err().contains("groups_claim"));
    }

    #[test]
    fn groups_set_the_mapped_roles_and_only_those() {
        let p = Provider::from_config(
            &config(&[
                ("ww-beheer", "sitebeheerder"),
                ("zuid-lezers", "programma:3:lezer"),
                ("zuid-proces", "programma:3:beheerder"),
                ("noord-partners", "programma:4:partner"),
            ]),
            None,
        )
        .unwrap();
        let groups = |g: &[&str]| g.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let s = p.roles_for(&groups(&["zuid-lezers", "zuid-proces", "iets-anders"])).unwrap();
        assert_eq!(s.site_admin, Some(false), "a mapped site role not in the groups is taken away");
        assert_eq!(s.data_steward, None, "an unmapped site role is left alone");
        assert_eq!(s.programmes[&3], Some(Role::Manager), "the highest role of the groups counts");
        assert_eq!(s.programmes[&4], None);
        let s = p.roles_for(&groups(&["ww-beheer"])).unwrap();
        assert_eq!(s.site_admin, Some(true));
        let none = Provider::from_config(&ProviderConfig { groups_claim: None, ..config(&[]) }, None).unwrap();
        assert_eq!(none.roles_for(&groups(&["ww-beheer"])), None);
    }

    #[test]
    fn an_identity_is_never_matched_on_address_alone_unless_allowed() {
        let p = Provider::from_config(&config(&[]), None).unwrap();
        let id = Identity {
            issuer: p.issuer.clone(),
            subject: "abc".into(),
            email: Some("anna@gemeente.nl".into()),
            name: None,
            groups: vec![],
        };
        assert_eq!(outcome(&p, &id, Some(7), Some(9)), Outcome::Known(7));
        assert_eq!(outcome(&p, &id, None, Some(9)), Outcome::AddressTaken);
        assert_eq!(outcome(&p, &id, None, None), Outcome::NoAccount);
        let open = Provider { create_accounts: true, match_email: true, ..p.clone() };
        assert_eq!(outcome(&open, &id, None, Some(9)), Outcome::Link(9));
        assert_eq!(outcome(&open, &id, None, None), Outcome::Create);
        let no_mail = Identity { email: None, ..id };
        assert_eq!(outcome(&open, &no_mail, None, None), Outcome::NoAddress);
    }
}
