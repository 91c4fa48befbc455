//! The OpenID Connect protocol, by the `openidconnect` crate: discovery (cached for an hour),
//! the authorisation request with state, nonce and PKCE, the code exchange, and the ID token's
//! checks (signature against the provider's published keys, issuer, audience, expiry, nonce).
//! When a signature does not verify, the provider's keys are fetched again once: providers rotate
//! their keys, and the new key is only known after a fresh discovery.

use crate::domain::oidc::{Identity, Provider};
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, IdToken,
    IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, ProviderMetadataWithLogout, RedirectUrl, Scope,
    TokenResponse,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a provider's discovery document and keys are used before they are fetched again.
const METADATA_TTL: Duration = Duration::from_secs(3600);
/// How far the provider's clock may be ahead of ours: a token that expired this long ago is still
/// taken (its issue time may lie in our future anyway).
pub const CLOCK_SKEW: Duration = Duration::from_secs(120);

/// A client made from a provider's discovery document (its token endpoint may be absent).
type OidcClient = openidconnect::Client<
    openidconnect::EmptyAdditionalClaims,
    openidconnect::core::CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    openidconnect::core::CoreJsonWebKey,
    openidconnect::core::CoreAuthPrompt,
    openidconnect::StandardErrorResponse<openidconnect::core::CoreErrorResponseType>,
    openidconnect::core::CoreTokenResponse,
    openidconnect::core::CoreTokenIntrospectionResponse,
    openidconnect::core::CoreRevocableToken,
    openidconnect::core::CoreRevocationErrorResponse,
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// The verifier of a client's ID tokens, with the clock skew tolerated.
fn verifier(client: &OidcClient) -> openidconnect::IdTokenVerifier<'_, openidconnect::core::CoreJsonWebKey> {
    client.id_token_verifier().set_time_fn(|| {
        chrono::Utc::now() - chrono::Duration::from_std(CLOCK_SKEW).unwrap_or_else(|_| chrono::Duration::zero())
    })
}

/// Claims beyond the standard ones (groups, or an address in `upn`), as the provider sent them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
struct ExtraClaims(HashMap<String, serde_json::Value>);
impl AdditionalClaims for ExtraClaims {}

type ExtraIdToken = IdToken<ExtraClaims, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;

/// Why a sign-in through a provider did not work. Never shown raw: the web layer says it in the
/// reader's language and logs the detail.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("unknown provider")]
    UnknownProvider,
    /// The provider did not answer (or not sensibly): try again later.
    #[error("provider unreachable: {0}")]
    Unreachable(String),
    /// The provider refused the code (used, expired, or not ours).
    #[error("provider refused: {0}")]
    Refused(String),
    /// The ID token failed a check: signature, issuer, audience, expiry or nonce.
    #[error("invalid id token: {0}")]
    InvalidToken(String),
}

/// Where the browser goes to sign in, and what must come back.
#[derive(Debug, Clone)]
pub struct Start {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// The configured providers and what is known of them.
#[derive(Clone)]
pub struct Clients {
    providers: Arc<Vec<Provider>>,
    public_url: String,
    http: openidconnect::reqwest::Client,
    metadata: Arc<Mutex<HashMap<String, (Instant, ProviderMetadataWithLogout)>>>,
}

impl std::fmt::Debug for Clients {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clients")
            .field("providers", &self.providers.iter().map(|p| &p.key).collect::<Vec<_>>())
            .finish()
    }
}

impl Clients {
    pub fn new(providers: Vec<Provider>, public_url: &str) -> Clients {
        let http = openidconnect::reqwest::Client::builder()
            // Following redirects would open the door to SSRF: the provider's endpoints answer directly.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            .build()
            .expect("a TLS backend is compiled in");
        Clients {
            providers: Arc::new(providers),
            public_url: public_url.trim_end_matches('/').to_string(),
            http,
            metadata: Arc::default(),
        }
    }

    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }

    pub fn provider(&self, key: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.key == key)
    }

    /// The provider of an issuer (for signing out where one signed in).
    pub fn provider_of_issuer(&self, issuer: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.issuer == issuer)
    }

    /// Where the provider sends the browser back to.
    pub fn redirect_uri(&self, key: &str) -> String {
        format!("{}/inloggen/met/{key}/terug", self.public_url)
    }

    async fn metadata(&self, provider: &Provider, fresh: bool) -> Result<ProviderMetadataWithLogout, OidcError> {
        if !fresh
            && let Some((at, m)) = self.metadata.lock().expect("metadata lock").get(&provider.key)
            && at.elapsed() < METADATA_TTL
        {
            return Ok(m.clone());
        }
        let issuer = IssuerUrl::new(provider.issuer.clone()).map_err(|e| OidcError::Unreachable(e.to_string()))?;
        let m = ProviderMetadataWithLogout::discover_async(issuer, &self.http).await.map_err(|e| {
            let mut detail = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                detail.push_str(&format!(": {s}"));
                source = s.source();
            }
            OidcError::Unreachable(detail)
        })?;
        self.metadata.lock().expect("metadata lock").insert(provider.key.clone(), (Instant::now(), m.clone()));
        Ok(m)
    }

    fn client(&self, provider: &Provider, metadata: ProviderMetadataWithLogout) -> Result<OidcClient, OidcError> {
        let redirect =
            RedirectUrl::new(self.redirect_uri(&provider.key)).map_err(|e| OidcError::Unreachable(e.to_string()))?;
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(provider.client_id.clone()),
            provider.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect))
    }

    /// Begin a sign-in: the provider's address with a fresh state, nonce and PKCE challenge.
    pub async fn begin(&self, provider: &Provider) -> Result<Start, OidcError> {
        let client = self.client(provider, self.metadata(provider, false).await?)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .set_pkce_challenge(challenge);
        for scope in provider.scopes.iter().filter(|s| *s != "openid") {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.url();
        Ok(Start {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Finish a sign-in: exchange the code (with the PKCE verifier) and verify the ID token.
    pub async fn finish(
        &self,
        provider: &Provider,
        code: &str,
        nonce: &str,
        pkce_verifier: &str,
    ) -> Result<Identity, OidcError> {
        let metadata = self.metadata(provider, false).await?;
        let client = self.client(provider, metadata)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| OidcError::Unreachable(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                openidconnect::RequestTokenError::ServerResponse(r) => OidcError::Refused(r.to_string()),
                other => OidcError::Unreachable(other.to_string()),
            })?;
        let raw = response.id_token().ok_or_else(|| OidcError::InvalidToken("no id_token in the answer".into()))?;
        let token: ExtraIdToken =
            raw.to_string().parse().map_err(|e: serde_json::Error| OidcError::InvalidToken(e.to_string()))?;
        let nonce = Nonce::new(nonce.to_string());
        let verified = { token.claims(&verifier(&client), &nonce).cloned() };
        let claims = match verified {
            Ok(c) => c,
            Err(ClaimsVerificationError::SignatureVerification(first)) => {
                // Perhaps the provider rotated its keys since we fetched them: fetch once more.
                tracing::info!(provider = %provider.key, error = %first, "id token signature did not verify; fetching the provider's keys again");
                let client = self.client(provider, self.metadata(provider, true).await?)?;
                token.claims(&verifier(&client), &nonce).cloned().map_err(|e| OidcError::InvalidToken(e.to_string()))?
            }
            Err(e) => return Err(OidcError::InvalidToken(e.to_string())),
        };
        Ok(identity(provider, &claims))
    }

    /// Where to send the browser to sign out at the provider too, when it says where.
    pub async fn end_session_url(&self, provider: &Provider) -> Option<String> {
        let metadata = self.metadata(provider, false).await.ok()?;
        let end = metadata.additional_metadata().end_session_endpoint.clone()?;
        let mut url = end.url().clone();
        url.query_pairs_mut()
            .append_pair("client_id", &provider.client_id)
            .append_pair("post_logout_redirect_uri", &format!("{}/?melding=uitgelogd", self.public_url));
        Some(url.to_string())
    }
}

/// The person in verified claims, read through the provider's claim names.
fn identity(provider: &Provider, claims: &openidconnect::IdTokenClaims<ExtraClaims, CoreGenderClaim>) -> Identity {
    let extra = &claims.additional_claims().0;
    let text = |name: &str| -> Option<String> {
        let standard = match name {
            "email" => claims.email().map(|e| e.to_string()),
            "preferred_username" => claims.preferred_username().map(|u| u.to_string()),
            "name" => claims.name().and_then(|n| n.get(None)).map(|n| n.to_string()),
            _ => None,
        };
        standard.or_else(|| extra.get(name).and_then(|v| v.as_str()).map(str::to_string))
    };
    // An address the provider says it did not verify is no address to match accounts on.
    let email = text(&provider.email_claim)
        .filter(|_| !(provider.email_claim == "email" && claims.email_verified() == Some(false)))
        .and_then(|e| crate::domain::user::Email::parse(&e).ok())
        .map(|e| e.as_str().to_string());
    let name = text(&provider.name_claim).map(|n| n.trim().chars().take(100).collect::<String>());
    let groups = provider
        .groups_claim
        .as_deref()
        .and_then(|g| extra.get(g))
        .map(|v| match v {
            serde_json::Value::Array(items) => items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect(),
            serde_json::Value::String(s) => vec![s.clone()],
            _ => Vec::new(),
        })
        .unwrap_or_default();
    Identity {
        issuer: claims.issuer().to_string(),
        subject: claims.subject().to_string(),
        email,
        name: name.filter(|n| !n.is_empty()),
        groups,
    }
}
