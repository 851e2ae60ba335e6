//! Outgoing e-mail: over SMTP when configured, otherwise as `.eml` files in a folder.

use std::path::PathBuf;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::Config;

/// Where mail goes.
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Folder {
        path: PathBuf,
        from: Mailbox,
    },
}

/// One message to send: plain text, with an optional HTML alternative.
#[derive(Debug, Clone)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

impl Mailer {
    /// Builds the mailer from `--smtp-url`, or the folder mailer when it is absent.
    pub async fn from_config(config: &Config) -> anyhow::Result<Self> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .with_context(|| format!("invalid --mail-from address {:?}", config.mail_from))?;
        match &config.smtp_url {
            Some(url) => {
                // lettre names STARTTLS "required"; "starttls" is the word operators know.
                let url = url.replace("tls=starttls", "tls=required");
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url)
                    .context("invalid DIALBACK_SMTP_URL: expected smtp://[user:pass@]host[:port][?tls=starttls] or smtps://")?
                    .build();
                Ok(Mailer::Smtp { transport, from })
            }
            None => {
                tokio::fs::create_dir_all(&config.mail_dir)
                    .await
                    .with_context(|| {
                        format!(
                            "failed to create the mail folder {}",
                            config.mail_dir.display()
                        )
                    })?;
                Ok(Mailer::Folder {
                    path: config.mail_dir.clone(),
                    from,
                })
            }
        }
    }

    /// Describes where mail goes, for the start-up log.
    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { .. } => "SMTP".to_owned(),
            Mailer::Folder { path, .. } => format!("files in {}", path.display()),
        }
    }

    /// Sends `email`.
    pub async fn send(&self, email: Email) -> anyhow::Result<()> {
        let (Mailer::Smtp { from, .. } | Mailer::Folder { from, .. }) = self;
        let to: Mailbox = email
            .to
            .parse()
            .with_context(|| format!("invalid recipient {:?}", email.to))?;
        let builder = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(email.subject);
        let message = match email.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(email.text, html))?,
            None => builder.singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(email.text),
            )?,
        };

        match self {
            Mailer::Smtp { transport, .. } => {
                transport
                    .send(message)
                    .await
                    .context("SMTP delivery failed")?;
            }
            Mailer::Folder { path, .. } => {
                let name = format!(
                    "{}-{}.eml",
                    jiff::Timestamp::now().as_microsecond(),
                    hex::encode(rand::random::<[u8; 4]>())
                );
                tokio::fs::write(path.join(name), message.formatted())
                    .await
                    .context("failed to write the mail file")?;
            }
        }
        Ok(())
    }
}
