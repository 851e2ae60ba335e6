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

    /// Comma-separated addresses or CIDR ranges of reverse proxies whose `X-Forwarded-For`
    /// header names the client. Without it the header is ignored.
    #[arg(long, env = "DIALBACK_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// The limits new accounts start with.
    #[command(flatten)]
    pub limits: LimitDefaults,

    /// Unanswered calls from one IP address within the window after which it is blacklisted.
    #[arg(long, env = "DIALBACK_AUTO_BLACKLIST_CALLS", default_value_t = 5)]
    pub auto_blacklist_calls: i64,

    /// The window of automatic blacklisting, in minutes.
    #[arg(
        long,
        env = "DIALBACK_AUTO_BLACKLIST_WINDOW_MINUTES",
        default_value_t = 60
    )]
    pub auto_blacklist_window_minutes: i64,

    /// How notifications are retried.
    #[command(flatten)]
    pub notifications: NotificationSettings,

    /// The addresses webhooks may reach, and the retries of their deliveries.
    #[command(flatten)]
    pub webhooks: WebhookSettings,

    /// Seller, VAT, bank transfer and sandbox settings of payments and invoices.
    #[command(flatten)]
    pub payments: Box<crate::payments::config::PaymentSettings>,
}

/// Retries of notification deliveries.
#[derive(Debug, Clone, clap::Args)]
pub struct NotificationSettings {
    /// Seconds before the first retry of a failed notification; each further retry waits
    /// twice as long as the one before, at most six hours.
    #[arg(
        long = "notification-retry-delay",
        env = "DIALBACK_NOTIFICATION_RETRY_DELAY",
        default_value_t = 30.0
    )]
    pub retry_delay_seconds: f64,

    /// Attempts after which a notification is marked failed.
    #[arg(
        long = "notification-max-attempts",
        env = "DIALBACK_NOTIFICATION_MAX_ATTEMPTS",
        default_value_t = 8
    )]
    pub max_attempts: i64,

    /// Seconds a server holds a notification it is sending; after a crash another server
    /// takes it over once this has passed. Keep it above the SMTP timeout (60 seconds).
    #[arg(
        long = "notification-lease",
        env = "DIALBACK_NOTIFICATION_LEASE",
        default_value_t = 120
    )]
    pub lease_seconds: i64,
}

/// Outbound webhooks: the operator's exceptions to the address check, and retries.
#[derive(Debug, Clone, clap::Args)]
pub struct WebhookSettings {
    /// Comma-separated addresses or CIDR ranges that webhooks may reach although they are
    /// private, loopback or otherwise not public, for example `127.0.0.1/32`. Cloud
    /// metadata addresses stay refused.
    #[arg(
        id = "webhook_allow_networks",
        value_name = "RANGES",
        long = "webhook-allow-networks",
        env = "DIALBACK_WEBHOOK_ALLOW_NETWORKS",
        value_delimiter = ','
    )]
    pub allow_networks: Vec<ipnet::IpNet>,

    /// Seconds before the first retry of a failed webhook delivery; each further retry
    /// waits twice as long as the one before, at most six hours.
    #[arg(
        id = "webhook_retry_delay_seconds",
        value_name = "SECONDS",
        long = "webhook-retry-delay",
        env = "DIALBACK_WEBHOOK_RETRY_DELAY",
        default_value_t = 30.0
    )]
    pub retry_delay_seconds: f64,

    /// Attempts after which a webhook delivery is marked failed.
    #[arg(
        id = "webhook_max_attempts",
        value_name = "COUNT",
        long = "webhook-max-attempts",
        env = "DIALBACK_WEBHOOK_MAX_ATTEMPTS",
        default_value_t = 8,
        value_parser = clap::value_parser!(i64).range(1..=30)
    )]
    pub max_attempts: i64,

    /// Webhook deliveries one server sends at once. Each webhook has at most one delivery
    /// in flight, so a slow receiver holds one of these and never delays the others.
    #[arg(
        id = "webhook_concurrency",
        value_name = "COUNT",
        long = "webhook-concurrency",
        env = "DIALBACK_WEBHOOK_CONCURRENCY",
        default_value_t = 16,
        value_parser = clap::value_parser!(u32).range(1..=1000)
    )]
    pub concurrency: u32,
}

/// The limits a new account starts with; the operator sets them at start.
#[derive(Debug, Clone, clap::Args)]
pub struct LimitDefaults {
    /// Calls a new account may have ringing or in progress at once.
    #[arg(
        long = "default-max-calls-in-progress",
        env = "DIALBACK_DEFAULT_MAX_CALLS_IN_PROGRESS",
        default_value_t = 10
    )]
    pub max_calls_in_progress: i64,

    /// Seconds a new account's conversations may last before they are hung up.
    #[arg(
        long = "default-max-conversation-duration",
        env = "DIALBACK_DEFAULT_MAX_CONVERSATION_DURATION",
        default_value_t = 3600
    )]
    pub max_conversation_duration: i64,

    /// Calls a new account's widgets with busy mode off may book for one moment.
    #[arg(
        long = "default-scheduled-calls-per-timestamp",
        env = "DIALBACK_DEFAULT_SCHEDULED_CALLS_PER_TIMESTAMP",
        default_value_t = 3
    )]
    pub scheduled_calls_per_timestamp: i64,
}

impl LimitDefaults {
    pub fn to_limits(&self) -> crate::limits::Limits {
        crate::limits::Limits {
            max_calls_in_progress: self.max_calls_in_progress,
            max_conversation_duration: self.max_conversation_duration,
            scheduled_calls_per_timestamp: self.scheduled_calls_per_timestamp,
        }
    }
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
            trusted_proxies: Vec::new(),
            simulator_speed: 1.0,
            api_rate_limit: 600,
            limits: LimitDefaults {
                max_calls_in_progress: 10,
                max_conversation_duration: 3600,
                scheduled_calls_per_timestamp: 3,
            },
            auto_blacklist_calls: 5,
            auto_blacklist_window_minutes: 60,
            notifications: NotificationSettings {
                retry_delay_seconds: 30.0,
                max_attempts: 8,
                lease_seconds: 120,
            },
            webhooks: WebhookSettings {
                allow_networks: Vec::new(),
                retry_delay_seconds: 30.0,
                max_attempts: 8,
                concurrency: 16,
            },
            payments: Box::new(crate::payments::config::PaymentSettings::for_tests()),
        }
    }

    /// The base address of links in e-mails, without a trailing slash.
    pub fn public_base(&self) -> String {
        match &self.public_url {
            Some(url) => url.as_str().trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.listen),
        }
    }

    /// The limits a new account starts with.
    pub fn default_limits(&self) -> crate::limits::Limits {
        self.limits.to_limits()
    }

    /// The thresholds of automatic IP blacklisting.
    pub fn abuse_rule(&self) -> crate::protection::AbuseRule {
        crate::protection::AbuseRule {
            max_unanswered_calls: self.auto_blacklist_calls,
            window_seconds: self.auto_blacklist_window_minutes * 60,
        }
    }

    /// Builds the policy of the addresses webhooks may reach.
    pub fn webhook_policy(&self) -> crate::webhooks::address::AddressPolicy {
        crate::webhooks::address::AddressPolicy {
            allowed: self.webhooks.allow_networks.clone(),
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

    /// Parses `serve`'s flags the way the binary does.
    #[derive(clap::Parser)]
    struct Serve {
        #[command(flatten)]
        config: Config,
    }

    #[test]
    fn flags_have_distinct_ids() {
        use clap::CommandFactory;
        Serve::command().debug_assert();
    }

    #[test]
    fn webhook_flags_parse() {
        use clap::Parser;
        let parsed = Serve::try_parse_from([
            "serve",
            "--webhook-allow-networks",
            "127.0.0.1/32,::1/128",
            "--webhook-retry-delay",
            "0.5",
            "--webhook-max-attempts",
            "3",
            "--webhook-concurrency",
            "4",
            "--notification-max-attempts",
            "5",
        ])
        .unwrap();
        assert_eq!(parsed.config.webhooks.allow_networks.len(), 2);
        assert_eq!(parsed.config.webhooks.retry_delay_seconds, 0.5);
        assert_eq!(parsed.config.webhooks.max_attempts, 3);
        assert_eq!(parsed.config.webhooks.concurrency, 4);
        assert_eq!(parsed.config.notifications.max_attempts, 5);
        assert!(Serve::try_parse_from(["serve", "--webhook-max-attempts", "0"]).is_err());
    }

    #[test]
    fn https_public_url_makes_cookies_secure() {
        let mut config = Config::for_database("sqlite://x.db");
        assert!(!config.secure_cookies());
        config.public_url = Some("https://dialback.example.com/".parse().unwrap());
        assert!(config.secure_cookies());
        assert_eq!(config.public_base(), "https://dialback.example.com");
    }
}
