//! Layered configuration: defaults < file (`wijkwijzer.toml` or `--config`) < environment
//! (`WIJKWIJZER_*`, and `DATABASE_URL`) < command-line flags.

use crate::http::WebSettings;
use crate::store::sqlite_url_for_dir;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// `sqlite://PATH` or `postgres://USER:PASSWORD@HOST/DB`. Empty: SQLite in `data_dir`.
    pub database_url: Option<String>,
    /// Where the embedded SQLite database lives.
    pub data_dir: PathBuf,
    /// Address and port to listen on.
    pub bind: String,
    /// Mark cookies `Secure`; set when WijkWijzer is served over https.
    pub secure_cookies: bool,
    /// Hours a session lasts without use.
    pub session_hours: i64,
    /// Public origins (`https://wijkwijzer.gemeente.nl`) allowed to post forms when a proxy rewrites `Host`.
    pub trusted_origins: Vec<String>,
    /// Take the client address from `X-Forwarded-For` for login rate limiting (only behind your own proxy).
    pub trust_forwarded_for: bool,
    /// How many proxies of your own stand in front (each appends to `X-Forwarded-For`).
    pub trusted_proxy_hops: usize,
    /// Months after a party left the coalition before its contact persons are deleted (AVG).
    pub contact_retention_months: u32,
    /// Who must use a second factor: `admins` (default), `everyone` or `optional`.
    pub require_second_factor: crate::domain::second_factor::Requirement,
    /// The mail server (`smtp://user@relay:587?tls=required`); without it no e-mail is sent.
    pub mail_url: Option<String>,
    /// The password for the mail server's user: from the environment (`WIJKWIJZER_MAIL_PASSWORD`).
    pub mail_password: Option<String>,
    /// The sender of every message.
    pub mail_from: String,
    /// The address people reach WijkWijzer on, for links in messages and the identity providers'
    /// return address.
    pub public_url: String,
    /// Whether people may sign in with an e-mail address and a password. Turn off when everyone
    /// signs in through an identity provider (needs at least one `[[oidc]]`).
    pub password_login: bool,
    /// Identity providers (OpenID Connect), `[[oidc]]` in the file; each client secret comes from
    /// `WIJKWIJZER_OIDC_<KEY>_SECRET`.
    pub oidc: Vec<crate::domain::oidc::ProviderConfig>,
    /// Where `wijkwijzer fetch` and the scheduled refresh find StatLine and PDOK (`[sources]`;
    /// `WIJKWIJZER_SOURCES_CBS_V3` and so on). Defaults: the public services.
    pub sources: crate::fetch::Endpoints,
    /// Minutes between looks at the kept tables (each is checked when its own interval is due);
    /// 0 turns the scheduled refresh off.
    pub refresh_check_minutes: u64,
    /// SQLite: keep documents in the database instead of the folder `documenten` beside it
    /// (PostgreSQL always keeps them in the database, so every instance sees them).
    pub documents_in_database: bool,
    /// The largest document that may be uploaded, in MB (1–60).
    pub document_max_mb: u32,
    /// A virus scanner run on every upload before it is kept (`clamdscan --no-summary`): the
    /// file's path is its last argument; exit 0 = clean, anything else refuses the upload.
    pub document_scan_command: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: None,
            data_dir: PathBuf::from("wijkwijzer-data"),
            bind: "127.0.0.1:8080".into(),
            secure_cookies: false,
            session_hours: 8,
            trusted_origins: Vec::new(),
            trust_forwarded_for: false,
            trusted_proxy_hops: 1,
            contact_retention_months: 24,
            require_second_factor: crate::domain::second_factor::Requirement::Admins,
            mail_url: None,
            mail_password: None,
            mail_from: "WijkWijzer <wijkwijzer@localhost>".into(),
            public_url: "http://127.0.0.1:8080".into(),
            password_login: true,
            oidc: Vec::new(),
            sources: crate::fetch::Endpoints::default(),
            refresh_check_minutes: 15,
            documents_in_database: false,
            document_max_mb: 10,
            document_scan_command: None,
        }
    }
}

/// Values given on the command line; `None` leaves the lower layers in charge.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub bind: Option<String>,
}

impl Config {
    /// Load all layers. `file` is `--config`; without it `wijkwijzer.toml` is read when present.
    pub fn load(file: Option<&Path>, flags: &Flags) -> Result<Config, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(f) => figment = figment.merge(Toml::file_exact(f)),
            None => figment = figment.merge(Toml::file("wijkwijzer.toml")),
        }
        figment = figment.merge(Env::raw().only(&["DATABASE_URL"]).map(|_| "database_url".into()));
        figment = figment.merge(Env::prefixed("WIJKWIJZER_").only(&[
            "database_url",
            "data_dir",
            "bind",
            "secure_cookies",
            "session_hours",
            "trusted_origins",
            "trust_forwarded_for",
            "trusted_proxy_hops",
            "contact_retention_months",
            "require_second_factor",
            "mail_url",
            "mail_password",
            "mail_from",
            "public_url",
            "password_login",
            "refresh_check_minutes",
            "documents_in_database",
            "document_max_mb",
            "document_scan_command",
        ]));
        figment = figment.merge(
            Env::prefixed("WIJKWIJZER_SOURCES_")
                .only(&["cbs_v3", "cbs_v4", "rivm_v3", "pdok"])
                .map(|k| format!("sources.{}", k.as_str().to_lowercase()).into()),
        );
        let mut config: Config = figment.extract().map_err(Box::new)?;
        if let Some(v) = &flags.database_url {
            config.database_url = Some(v.clone());
        }
        if let Some(v) = &flags.data_dir {
            config.data_dir = v.clone();
        }
        if let Some(v) = &flags.bind {
            config.bind = v.clone();
        }
        Ok(config)
    }

    /// The database to use: the configured URL, or SQLite in the data folder.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => url.trim().to_string(),
            _ => sqlite_url_for_dir(&self.data_dir),
        }
    }

    /// The settings of the web server, checked: a clear message for a provider that is not right.
    pub fn web_settings(&self) -> Result<WebSettings, String> {
        use crate::domain::oidc::Provider;
        let mut providers = Vec::new();
        for c in &self.oidc {
            let secret = std::env::var(Provider::secret_variable(&c.key)).ok();
            let p = Provider::from_config(c, secret)?;
            if providers.iter().any(|q: &Provider| q.key == p.key) {
                return Err(format!("oidc key {:?} is used twice", p.key));
            }
            providers.push(p);
        }
        if !self.password_login && providers.is_empty() {
            return Err("password_login = false needs at least one [[oidc]] provider, or nobody can sign in".into());
        }
        Ok(WebSettings {
            password_login: self.password_login,
            public_url: self.public_url.trim_end_matches('/').to_string(),
            oidc: providers,
            sources: self.sources.clone(),
            refresh_every: (self.refresh_check_minutes > 0)
                .then(|| std::time::Duration::from_secs(self.refresh_check_minutes * 60)),
            document_max_bytes: (self.document_max_mb.clamp(1, 60) as usize) * 1024 * 1024,
            document_scan: self.document_scan_command.clone().filter(|c| !c.trim().is_empty()),
            secure_cookies: self.secure_cookies,
            session_ttl: time::Duration::hours(self.session_hours.clamp(1, 24 * 30)),
            trusted_origins: self.trusted_origins.clone(),
            trusted_proxy_hops: if self.trust_forwarded_for { self.trusted_proxy_hops.max(1) } else { 0 },
            contact_retention_months: self.contact_retention_months,
            second_factor: self.require_second_factor,
            mail: self.mail_url.as_deref().map(str::trim).filter(|u| !u.is_empty()).map(|url| {
                crate::mail::MailSettings {
                    url: url.to_string(),
                    password: self.mail_password.clone().filter(|p| !p.is_empty()),
                    from: self.mail_from.clone(),
                    public_url: self.public_url.clone(),
                    poll: std::time::Duration::from_secs(5),
                    first_retry: crate::domain::mail::FIRST_RETRY,
                }
            }),
            ..WebSettings::default()
        })
    }
}

/// The commented example configuration printed by `wijkwijzer config default`.
pub const DEFAULT_TOML: &str = r#"# WijkWijzer configuration (wijkwijzer.toml, or pass --config FILE).
# Precedence: these defaults < this file < environment (WIJKWIJZER_<KEY>, and DATABASE_URL) < flags.

# Database: sqlite://PATH (embedded, the default) or postgres://USER:PASSWORD@HOST/DB.
# When empty, WijkWijzer uses sqlite://<data_dir>/wijkwijzer.db.
# database_url = "postgres://wijkwijzer:secret@localhost/wijkwijzer"

# Folder for the embedded SQLite database.
data_dir = "wijkwijzer-data"

# Address and port to listen on. Use 0.0.0.0:8080 behind a load balancer.
bind = "127.0.0.1:8080"

# Mark cookies Secure. Turn on whenever WijkWijzer is served over https.
secure_cookies = false

# Hours a login session lasts without use (sessions are kept in the database,
# so every instance on the same database shares them).
session_hours = 8

# Public origins allowed to post forms, needed only when a proxy rewrites the Host header.
# trusted_origins = ["https://wijkwijzer.example.nl"]
trusted_origins = []

# Use X-Forwarded-For for the client address (login rate limiting). Only behind your own proxy.
trust_forwarded_for = false
# How many proxies of your own stand in front of WijkWijzer (a load balancer and an ingress: 2).
# The client address is the entry this many places from the right of X-Forwarded-For: the one
# your outermost proxy wrote. Entries to its left are written by the client and never trusted.
trusted_proxy_hops = 1

# Two-step verification (a code from an authenticator app after the password): who must use it.
# "admins" (site administrators, the default), "everyone", or "optional" (anyone may turn it on).
require_second_factor = "admins"

# E-mail (invitations, "wachtwoord vergeten", notifications) through your SMTP relay. Without
# mail_url no e-mail is sent and accounts get a password from an administrator.
#   STARTTLS on 587: mail_url = "smtp://wijkwijzer@smtp.gemeente.nl:587?tls=required"
#   TLS on 465:      mail_url = "smtps://wijkwijzer@smtp.gemeente.nl:465"
#   local relay:     mail_url = "smtp://localhost:25"
# The password never goes in this file: set WIJKWIJZER_MAIL_PASSWORD in the environment.
# mail_url = "smtp://wijkwijzer@smtp.gemeente.nl:587?tls=required"
mail_from = "WijkWijzer <wijkwijzer@localhost>"
# The address people reach WijkWijzer on; links in messages start with it.
public_url = "http://127.0.0.1:8080"

# Privacy (AVG): months after a party left the coalition before the contact persons of that party
# are deleted automatically (checked every ten minutes; 0 = as soon as it leaves).
contact_retention_months = 24

# Logging is set with environment variables, before this file is read:
#   WIJKWIJZER_LOG=info,wijkwijzer=debug   (filter, default "warn,wijkwijzer=info")
#   WIJKWIJZER_LOG_FORMAT=json             (one JSON object per line, for log collectors)

# Minutes between looks at the tables kept current (Beheer > Import > Ophalen); each table is
# checked for a newer StatLine version when its own interval (default weekly) is due. 0 = off.
refresh_check_minutes = 15

# Documents (attached to a programme, meeting, decision, measure, value or proposal): at most this
# many MB each (at most 60). On SQLite they are kept in the folder "documenten" beside the database (a backup
# carries them); set documents_in_database = true to keep them inside it. PostgreSQL always keeps
# them in the database. An optional virus scanner gets each upload's path as its last argument;
# exit 0 = clean, anything else refuses the upload.
document_max_mb = 10
documents_in_database = false
# document_scan_command = "clamdscan --no-summary"

# Sign in with an e-mail address and a password. Set to false when everyone signs in through an
# identity provider below (then the password form is gone and its address refuses).
password_login = true

# Identity providers (OpenID Connect, "Inloggen met ..."): one [[oidc]] block each, at the end of
# this file. Register WijkWijzer at the provider with the return address
#   <public_url>/inloggen/met/<key>/terug
# and put the client secret in the environment: WIJKWIJZER_OIDC_<KEY>_SECRET (key in capitals,
# '-' as '_'). A person is recognised by the provider's subject, never by e-mail address alone.
#
# Microsoft Entra ID (Azure AD) of the gemeente:
# [[oidc]]
# key = "gemeente"
# name = "Gemeente Rotterdam"
# issuer = "https://login.microsoftonline.com/<tenant-id>/v2.0"
# client_id = "<application (client) id>"
# email_claim = "preferred_username"   # Entra ID sends no verified "email" claim by default
# groups_claim = "groups"              # token configuration: add the groups claim (group ids)
# create_accounts = true               # people without an account get one, without any role
# [oidc.roles]                         # group -> role; these roles follow the provider
# "<group-id-of-wijkaanpak-beheer>" = "sitebeheerder"
# "<group-id-of-zuid-proces>" = "programma:1:beheerder"
#
# Keycloak (a realm of the corporation or the regio):
# [[oidc]]
# key = "regio"
# name = "Regio-account"
# issuer = "https://sso.example.nl/realms/wijkaanpak"
# client_id = "wijkwijzer"
# groups_claim = "groups"              # add a "Group Membership" mapper (full path off)
# match_email = false                  # true only if this provider verifies every address

# Where `wijkwijzer fetch` and the scheduled refresh read statistics and boundaries. The defaults
# are the public services; point them at a mirror in an air-gapped network. Environment:
# WIJKWIJZER_SOURCES_CBS_V3 and so on.
# [sources]
# cbs_v3 = "https://opendata.cbs.nl/ODataFeed/odata"     # CBS StatLine, OData v3
# cbs_v4 = "https://odata4.cbs.nl/CBS"                   # CBS StatLine, OData v4
# rivm_v3 = "https://dataderden.cbs.nl/ODataFeed/odata"  # RIVM's StatLine tables (50090NED)
# pdok = "https://api.pdok.nl/cbs"                       # CBS wijk- en buurtkaart (OGC API Features)
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_default_configuration_parses_to_the_defaults() {
        let parsed: Config =
            Figment::from(Serialized::defaults(Config::default())).merge(Toml::string(DEFAULT_TOML)).extract().unwrap();
        assert_eq!(parsed, Config::default());
    }

    #[test]
    fn flags_override_file_and_file_overrides_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ww.toml");
        std::fs::write(&file, "bind = \"127.0.0.1:9000\"\nsession_hours = 2\n").unwrap();
        let c = Config::load(Some(&file), &Flags::default()).unwrap();
        assert_eq!(c.bind, "127.0.0.1:9000");
        assert_eq!(c.session_hours, 2);
        let c =
            Config::load(Some(&file), &Flags { bind: Some("127.0.0.1:9100".into()), ..Default::default() }).unwrap();
        assert_eq!(c.bind, "127.0.0.1:9100");
    }

    #[test]
    fn identity_providers_are_read_from_the_file_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ww.toml");
        std::fs::write(
            &file,
            "password_login = false\n[[oidc]]\nkey = \"gemeente-x\"\nname = \"Gemeente X\"\n\
             issuer = \"https://login.microsoftonline.com/abc/v2.0\"\nclient_id = \"id\"\n\
             email_claim = \"preferred_username\"\ngroups_claim = \"groups\"\n\
             [oidc.roles]\n\"g-1\" = \"programma:3:lezer\"\n",
        )
        .unwrap();
        let c = Config::load(Some(&file), &Flags::default()).unwrap();
        assert!(!c.password_login);
        let web = c.web_settings().unwrap();
        assert_eq!(web.oidc.len(), 1);
        assert_eq!(web.oidc[0].email_claim, "preferred_username");
        assert_eq!(web.oidc[0].client_secret, None, "no WIJKWIJZER_OIDC_GEMEENTE_X_SECRET in the test's environment");

        // Nobody could sign in: refused with a message that says why.
        let locked = Config { oidc: Vec::new(), ..c.clone() };
        assert!(locked.web_settings().unwrap_err().contains("password_login = false"));
        let twice = Config { oidc: vec![c.oidc[0].clone(), c.oidc[0].clone()], ..c.clone() };
        assert!(twice.web_settings().unwrap_err().contains("used twice"));
        std::fs::write(
            &file,
            "[[oidc]]\nkey = \"x\"\nname = \"X\"\nissuer = \"https://x\"\nclient_id = \"i\"\ntypo = 1\n",
        )
        .unwrap();
        assert!(Config::load(Some(&file), &Flags::default()).is_err(), "an unknown setting is an error, not ignored");
    }

    #[test]
    fn without_a_database_url_sqlite_lives_in_the_data_folder() {
        let c = Config { data_dir: PathBuf::from("/tmp/ww"), ..Config::default() };
        assert_eq!(c.database_url(), "sqlite:///tmp/ww/wijkwijzer.db");
    }
}
