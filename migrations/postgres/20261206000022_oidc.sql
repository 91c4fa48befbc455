-- Issue 20 item 1: signing in through an organisation's identity provider (OpenID Connect).
-- An identity is the provider's (issuer, subject) pair, tied to one account; never the e-mail
-- address alone.
CREATE TABLE oidc_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_login_at TEXT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_identities_user_idx ON oidc_identities (user_id);

-- A sign-in on its way to the provider and back. The browser holds a random secret in a cookie;
-- the table its digest, with the state, nonce and PKCE verifier sent along. Used once, for ten
-- minutes.
CREATE TABLE oidc_logins (
    id_hash TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    csrf_state TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    back TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX oidc_logins_expires_idx ON oidc_logins (expires_at);
