//! Outgoing e-mail: over SMTP when configured, otherwise as `.eml` files in a folder.

use std::path::PathBuf;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
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

/// An image the HTML part shows through a `cid:` link.
#[derive(Debug, Clone)]
pub struct InlineImage {
    /// The id the HTML refers to as `cid:<content_id>`, without angle brackets.
    pub content_id: String,
    /// For example `image/png`.
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// What a message may carry besides its texts.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// A fixed `Message-ID` (without angle brackets), so that a message sent again
    /// after a crash is recognisable as the same message.
    pub message_id: Option<String>,
    /// Images sent as related parts of the HTML.
    pub inline_images: Vec<InlineImage>,
    /// A `Reply-To` address; one that does not parse is left out.
    pub reply_to: Option<String>,
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
        self.send_with(email, Extras::default()).await
    }

    /// Sends `email` with a fixed Message-ID and inline images.
    pub async fn send_with(&self, email: Email, extras: Extras) -> anyhow::Result<()> {
        let (Mailer::Smtp { from, .. } | Mailer::Folder { from, .. }) = self;
        let to: Mailbox = email
            .to
            .parse()
            .with_context(|| format!("invalid recipient {:?}", email.to))?;
        let builder = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(email.subject)
            .message_id(extras.message_id.map(|id| format!("<{id}>")));
        let builder = match extras.reply_to.as_deref().map(str::parse::<Mailbox>) {
            Some(Ok(reply_to)) => builder.reply_to(reply_to),
            _ => builder,
        };
        let message = match email.html {
            Some(html) if !extras.inline_images.is_empty() => {
                let mut related = MultiPart::related().singlepart(SinglePart::html(html));
                for image in extras.inline_images {
                    let content_type =
                        ContentType::parse(&image.content_type).with_context(|| {
                            format!("invalid image content type {:?}", image.content_type)
                        })?;
                    related = related.singlepart(
                        Attachment::new_inline(image.content_id).body(image.bytes, content_type),
                    );
                }
                builder.multipart(
                    MultiPart::alternative()
                        .singlepart(SinglePart::plain(email.text))
                        .multipart(related),
                )?
            }
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
