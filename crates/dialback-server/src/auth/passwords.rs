//! Password hashing with argon2id. Hashing is slow on purpose, so it runs on the
//! blocking thread pool instead of an async worker.

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// A valid hash of a random password, verified against when the e-mail address is
/// unknown so that a failed sign-in takes as long whether or not the user exists.
static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let random: [u8; 16] = rand::random();
    Argon2::default()
        .hash_password(&random)
        .expect("hashing random bytes succeeds")
        .to_string()
});

/// Hashes a password to a PHC string (`$argon2id$v=19$...`).
pub async fn hash(password: &str) -> anyhow::Result<String> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("{e}"))
    })
    .await
    .context("the hashing task failed")?
}

/// Checks a password against a stored hash; `None` runs the check against a dummy hash.
pub async fn verify(password: &str, stored: Option<&str>) -> bool {
    let password = password.to_owned();
    let known = stored.is_some();
    let stored = stored.map_or_else(|| DUMMY_HASH.clone(), str::to_owned);
    let matches = tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false);
    known && matches
}
