//! The HTTP client that delivers webhooks, with the address check built into its DNS.
//!
//! Why hyper-util's client with hyper-rustls (rustls over the ring provider, with the
//! webpki root certificates): its connector takes a custom resolver. So the address
//! check runs inside the one lookup that the connection uses, and the client connects
//! to the very addresses that were checked, because no second lookup happens. It
//! keeps the TLS stack that lettre already brings (rustls with ring) and adds neither
//! OpenSSL nor aws-lc. reqwest 0.13 was tried first: without aws-lc it needs its
//! `rustls-no-provider` feature, and that feature, unified into every reqwest client of
//! the workspace (the tests' and the CLI's), makes them panic unless each process first
//! installs a default crypto provider.
//!
//! A URL whose host is an IP address skips the resolver (hyper-util connects to it
//! without a lookup), so it is checked here. The client uses no proxy and follows no
//! redirect by itself: [`WebhookClient::post`] follows at most [`MAX_REDIRECTS`],
//! checking each target the same way, and POSTs the same body and headers again.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::header::{HeaderMap, LOCATION};
use hyper::{Method, Request, StatusCode};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::connect::dns::Name;
use hyper_util::rt::TokioExecutor;
use url::{Host, Url};

use super::address::{AddressError, AddressPolicy};

/// Redirects followed for one delivery before it counts as failed.
pub const MAX_REDIRECTS: usize = 3;

/// Time allowed to open a connection (TCP and TLS), per address.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Time allowed for one request, from connecting to the end of the response headers.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The reason a delivery got no response, stored as its code in the delivery log.
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
#[derive(Clone)]
struct CheckingResolver {
    policy: Arc<AddressPolicy>,
}

impl tower::Service<Name> for CheckingResolver {
    type Response = std::vec::IntoIter<SocketAddr>;
    type Error = AddressError;
    type Future =
        Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send + 'static>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, name: Name) -> Self::Future {
        let policy = self.policy.clone();
        Box::pin(async move {
            // Port 0 is replaced by the URL's port, or the scheme's default, by the connector.
            let addresses = policy.resolve(name.as_str(), 0).await?;
            Ok(addresses.into_iter())
        })
    }
}

type Connector = HttpsConnector<HttpConnector<CheckingResolver>>;

/// A client shared by every delivery of one server.
#[derive(Clone)]
pub struct WebhookClient {
    client: Client<Connector, Full<Bytes>>,
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
        let mut http = HttpConnector::new_with_resolver(CheckingResolver {
            policy: policy.clone(),
        });
        http.enforce_http(false);
        http.set_connect_timeout(Some(CONNECT_TIMEOUT));
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let client = Client::builder(TokioExecutor::new()).build(connector);
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
            let (status, headers) = self.send_once(&target, headers, body).await?;
            if !status.is_redirection() || status == StatusCode::NOT_MODIFIED {
                return Ok(status.as_u16());
            }
            let location = headers
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

    /// Sends one POST and reads the response head; the body is discarded.
    async fn send_once(
        &self,
        url: &Url,
        headers: &HeaderMap,
        body: &str,
    ) -> Result<(StatusCode, HeaderMap), DeliveryError> {
        let uri: hyper::Uri = url.as_str().parse().map_err(|_| DeliveryError::Request)?;
        let mut request = Request::builder()
            .method(Method::POST)
            .uri(uri)
            .body(Full::new(Bytes::from(body.to_owned())))
            .map_err(|_| DeliveryError::Request)?;
        // The client adds the Host header from the URI.
        request.headers_mut().extend(headers.clone());
        let exchange = async {
            let response = self
                .client
                .request(request)
                .await
                .map_err(|error| classify(&error))?;
            let (head, body) = response.into_parts();
            // Read (and drop) a bounded body so the connection can be reused.
            let _ = http_body_util::Limited::new(body, 64 * 1024)
                .collect()
                .await;
            Ok((head.status, head.headers))
        };
        tokio::time::timeout(REQUEST_TIMEOUT, exchange)
            .await
            .map_err(|_| DeliveryError::Timeout)?
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
            tracing::warn!(host = ?url.host_str(), "webhook address rejected: not a public address");
            Err(DeliveryError::ForbiddenAddress)
        }
    }
}

/// Finds why a request failed, looking for the resolver's refusal in the cause chain.
fn classify(error: &hyper_util::client::legacy::Error) -> DeliveryError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(cause) = source {
        if let Some(refusal) = cause.downcast_ref::<AddressError>() {
            tracing::warn!(error = %refusal, "webhook address rejected after DNS resolution");
            return match refusal {
                AddressError::Forbidden(_) | AddressError::Metadata(_) => {
                    DeliveryError::ForbiddenAddress
                }
                AddressError::Unresolved => DeliveryError::Unresolved,
            };
        }
        let timed_out = cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut);
        if timed_out {
            return DeliveryError::Timeout;
        }
        source = cause.source();
    }
    if error.is_connect() {
        DeliveryError::Connect
    } else {
        DeliveryError::Request
    }
}
