//! Password hashing with Argon2id (RustCrypto `argon2`, default parameters m=19456 KiB, t=2, p=1).
//!
//! Hashing is CPU-bound (≈20 ms optimised): callers on the async runtime use `spawn_blocking`.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use std::sync::LazyLock;

/// Hash a password into a PHC string (`$argon2id$v=19$...`).
pub fn hash(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .expect("argon2 with default parameters and a random salt cannot fail")
}

/// Check a password against a stored PHC string. A malformed hash never verifies.
pub fn verify(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A hash of a random password, verified against when the e-mail address is unknown, so that a
/// login attempt for an unknown account takes as long as one for a known account.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash(&super::password::random_secret(24)));

pub fn verify_dummy(password: &str) {
    let _ = verify(password, &DUMMY_HASH);
}

/// Compute the dummy hash now, so that the first login for an unknown address is not the one
/// that pays for it (which would make it measurably slower).
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
}

/// A random URL-safe secret of `bytes` random bytes (used for generated passwords and tokens).
pub fn random_secret(bytes: usize) -> String {
    use base64::Engine;
    let mut buf = vec![0u8; bytes];
    // The operating system's random source; without it no secret can be made safely.
    getrandom::fill(&mut buf).expect("the operating system provides random bytes");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// SHA-256 of a secret, hex-encoded: what is stored for session ids and API tokens, so that a copy
/// of the database does not hand out working sessions.
pub fn digest(secret: &str) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(secret.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let h = hash("correct paard batterij nietje");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct paard batterij nietje", &h));
        assert!(!verify("correct paard batterij", &h));
    }

    #[test]
    fn a_malformed_hash_never_verifies() {
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn secrets_are_random_and_digests_stable() {
        assert_ne!(random_secret(16), random_secret(16));
        assert_eq!(digest("a"), digest("a"));
        assert_eq!(digest("a").len(), 64);
    }
}
