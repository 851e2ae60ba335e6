//! The HTTP client that delivers webhooks, with the address check built into its DNS.
//!
//! Why reqwest 0.13 (without default features, over rustls with the ring provider and
//! the webpki root certificates): its `Resolve` hook lets the address check run inside
//! the one lookup that the connection uses, so the client connects to the very
//! addresses that were checked and no second lookup can return another. It also takes
//! a preconfigured rustls `ClientConfig`, so the tree keeps the TLS stack that lettre
//! already brings (rustls with ring) and gains neither OpenSSL nor aws-lc. Building
//! the same on hyper-util would mean writing the connector, TLS and timeouts by hand.
//!
//! Two paths skip the resolver and are checked here instead: a URL whose host is an IP
//! address (hyper-util connects to it without a lookup), and proxies, which are turned
//! off. Redirects are never followed by reqwest: [`WebhookClient::post`] follows at most
//! [`MAX_REDIRECTS`] itself, checking each target the same way, and POSTs the same body
//! and headers again.

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{HeaderMap, LOCATION};
use reqwest::redirect::Policy;
use url::{Host, Url};

use super::address::{AddressError, AddressPolicy};

/// Redirects followed for one delivery before it counts as failed.
pub const MAX_REDIRECTS: usize = 3;

/// Time allowed to open a connection (TCP and TLS), per address.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Time allowed for one request, from connecting to the end of the response headers.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a delivery got no response; stored as its code in the delivery log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryError {
    /// The host, or a redirect's host, resolves to an address the policy refuses.
    ForbiddenAddress,
    /// The host name did not resolve.
    Unresolved,
    Timeout,
    /// No connection could be opened (refused, reset, TLS failure).
    Connect,
    TooManyRedirects,
    /// A redirect without a usable `Location` (missing, unparsable, not HTTP).
    InvalidRedirect,
    /// Any other failure of the request.
    Request,
}

impl DeliveryError {
    /// The code stored in `webhook_attempts.error`; the log page translates it.
    pub const fn code(self) -> &'static str {
        match self {
            DeliveryError::ForbiddenAddress => "forbidden-address",
            DeliveryError::Unresolved => "unresolved",
            DeliveryError::Timeout => "timeout",
            DeliveryError::Connect => "connect",
            DeliveryError::TooManyRedirects => "too-many-redirects",
            DeliveryError::InvalidRedirect => "invalid-redirect",
            DeliveryError::Request => "request",
        }
    }

    /// Every code, for the translations test and the log page.
    pub const ALL: [DeliveryError; 7] = [
        DeliveryError::ForbiddenAddress,
        DeliveryError::Unresolved,
        DeliveryError::Timeout,
        DeliveryError::Connect,
        DeliveryError::TooManyRedirects,
        DeliveryError::InvalidRedirect,
        DeliveryError::Request,
    ];
}

/// The result of one delivery attempt, redirects included.
#[derive(Debug, Clone)]
pub struct Attempt {
    /// The final response's status; `None` when no final response arrived.
    pub status: Option<u16>,
    pub error: Option<DeliveryError>,
    pub duration: Duration,
}

impl Attempt {
    /// Whether the receiver accepted the delivery (a 2xx response).
    pub fn is_success(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// Resolves host names for the client and refuses the forbidden ones.
struct CheckingResolver {
    policy: Arc<AddressPolicy>,
}

impl Resolve for CheckingResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy.clone();
        Box::pin(async move {
            // Port 0 is replaced by the URL's port, or the scheme's default, by reqwest.
            let addresses = policy.resolve(name.as_str(), 0).await?;
            Ok(Box::new(addresses.into_iter()) as Addrs)
        })
    }
}

/// A client shared by every delivery of one server.
#[derive(Clone)]
pub struct WebhookClient {
    client: reqwest::Client,
    policy: Arc<AddressPolicy>,
}

impl WebhookClient {
    /// Builds the client for `policy`.
    pub fn new(policy: AddressPolicy) -> anyhow::Result<Self> {
        let policy = Arc::new(policy);
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .dns_resolver(CheckingResolver {
                policy: policy.clone(),
            })
            .no_proxy()
            .redirect(Policy::none())
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("Dialback-Webhooks/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self { client, policy })
    }

    /// The policy the client enforces, for checking URLs when they are saved.
    pub fn policy(&self) -> &AddressPolicy {
        &self.policy
    }

    /// POSTs `body` with `headers` to `url`, following redirects after checking them.
    pub async fn post(&self, url: &Url, headers: &HeaderMap, body: &str) -> Attempt {
        let started = Instant::now();
        let (status, error) = match self.post_following(url, headers, body).await {
            Ok(status) => (Some(status), None),
            Err(error) => (None, Some(error)),
        };
        Attempt {
            status,
            error,
            duration: started.elapsed(),
        }
    }

    async fn post_following(
        &self,
        url: &Url,
        headers: &HeaderMap,
        body: &str,
    ) -> Result<u16, DeliveryError> {
        let mut target = url.clone();
        for _ in 0..=MAX_REDIRECTS {
            self.check_literal_host(&target)?;
            let response = self
                .client
                .post(target.clone())
                .headers(headers.clone())
                .body(body.to_owned())
                .send()
                .await
                .map_err(|error| classify(&error))?;
            let status = response.status();
            if !status.is_redirection() || status == reqwest::StatusCode::NOT_MODIFIED {
                return Ok(status.as_u16());
            }
            let location = response
                .headers()
                .get(LOCATION)
                .and_then(|value| value.to_str().ok())
                .ok_or(DeliveryError::InvalidRedirect)?;
            let next = target
                .join(location)
                .map_err(|_| DeliveryError::InvalidRedirect)?;
            if !matches!(next.scheme(), "http" | "https") {
                return Err(DeliveryError::InvalidRedirect);
            }
            tracing::info!(from = %target, to = %next, status = status.as_u16(), "webhook redirected");
            target = next;
        }
        Err(DeliveryError::TooManyRedirects)
    }

    /// Checks a host written as an IP address, which the client connects to without a lookup.
    fn check_literal_host(&self, url: &Url) -> Result<(), DeliveryError> {
        let address = match url.host() {
            Some(Host::Ipv4(v4)) => std::net::IpAddr::V4(v4),
            Some(Host::Ipv6(v6)) => std::net::IpAddr::V6(v6),
            Some(Host::Domain(_)) => return Ok(()),
            None => return Err(DeliveryError::Request),
        };
        if self.policy.permits(address) {
            Ok(())
        } else {
            tracing::warn!(url = %url, "webhook address refused");
            Err(DeliveryError::ForbiddenAddress)
        }
    }
}

/// Finds why a request failed, looking for the resolver's refusal in the cause chain.
fn classify(error: &reqwest::Error) -> DeliveryError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(cause) = source {
        if let Some(refusal) = cause.downcast_ref::<AddressError>() {
            tracing::warn!(error = %refusal, "webhook address refused");
            return match refusal {
                AddressError::Forbidden(_) => DeliveryError::ForbiddenAddress,
                AddressError::Unresolved => DeliveryError::Unresolved,
            };
        }
        source = cause.source();
    }
    if error.is_timeout() {
        DeliveryError::Timeout
    } else if error.is_connect() {
        DeliveryError::Connect
    } else {
        DeliveryError::Request
    }
}
