//! The server's configuration: command-line flags with environment fallbacks.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Settings for `dialback serve`. Every flag also reads the environment variable named beside it.
#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "DIALBACK_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Database: `sqlite://FILE` (created if missing) or `postgres://USER@HOST:PORT/DB`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
    pub database_url: String,

    /// Create a demo account (or give it a new password) and print its login at start.
    #[arg(long)]
    pub demo: bool,

    /// SMTP server for outgoing mail, for example `smtp://user:pass@mail.example.com:587?tls=starttls`
    /// (`tls` is `starttls`, `opportunistic` or absent for plain SMTP; `smtps://` for implicit TLS).
    /// Without it, mail is written as `.eml` files to `--mail-dir`.
    #[arg(long, env = "DIALBACK_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Folder for mail files when no SMTP server is configured.
    #[arg(long, env = "DIALBACK_MAIL_DIR", default_value = "mail-outbox")]
    pub mail_dir: PathBuf,

    /// Sender address of outgoing mail.
    #[arg(
        long,
        env = "DIALBACK_MAIL_FROM",
        default_value = "Dialback <no-reply@dialback.localhost>"
    )]
    pub mail_from: String,

    /// Address users reach the dashboard at, used in links sent by e-mail. With an
    /// `https://` address the session cookie is marked Secure. Defaults to `http://` and `--listen`.
    #[arg(long, env = "DIALBACK_PUBLIC_URL")]
    pub public_url: Option<url::Url>,

    /// How many times faster than real time the telephony simulator runs (1 is real time).
    #[arg(long, env = "DIALBACK_SIMULATOR_SPEED", default_value_t = 1.0)]
    pub simulator_speed: f64,

    /// REST API requests one key may make per minute before answers are 429.
    #[arg(long, env = "DIALBACK_API_RATE_LIMIT", default_value_t = 600)]
    pub api_rate_limit: u32,
}

impl Config {
    /// A configuration with every default, for tests and tools.
    pub fn for_database(database_url: &str) -> Self {
        Self {
            listen: "127.0.0.1:0".parse().expect("a literal address"),
            database_url: database_url.to_owned(),
            demo: false,
            smtp_url: None,
            mail_dir: PathBuf::from("mail-outbox"),
            mail_from: "Dialback <no-reply@dialback.localhost>".to_owned(),
            public_url: None,
            simulator_speed: 1.0,
            api_rate_limit: 600,
        }
    }

    /// The base address of links in e-mails, without a trailing slash.
    pub fn public_base(&self) -> String {
        match &self.public_url {
            Some(url) => url.as_str().trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.listen),
        }
    }

    /// Whether cookies must carry the Secure attribute.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|url| url.scheme() == "https")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_public_url_makes_cookies_secure() {
        let mut config = Config::for_database("sqlite://x.db");
        assert!(!config.secure_cookies());
        config.public_url = Some("https://dialback.example.com/".parse().unwrap());
        assert!(config.secure_cookies());
        assert_eq!(config.public_base(), "https://dialback.example.com");
    }
}
