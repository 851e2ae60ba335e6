//! What every page handler needs about its request: who is signed in, in which
//! language and time zone to answer, the CSRF token for forms and the client address.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::Language;

use super::csrf::CsrfToken;
use super::display::Display;
use super::i18n::Tr;
use super::session::{CurrentSession, SignedIn};

/// The context of a dashboard page, signed in or not.
#[derive(Debug, Clone)]
pub struct PageContext {
    pub tr: Tr,
    pub csrf_token: String,
    pub session: Option<Arc<SignedIn>>,
    pub client_ip: IpAddr,
    /// The path of the page, for marking the current menu entry.
    pub path: String,
    /// The signed-in account's expiry state, for the expiry banner.
    pub subscription: Option<crate::payments::expiry::ExpiryState>,
}

impl PageContext {
    /// The `lang` attribute of the page's `<html>` element.
    pub fn lang(&self) -> &'static str {
        self.tr.language.tag()
    }

    /// Translates a message id; templates call this as `ctx.t("…")`.
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// Whether `path` is the current page or one of its sub-pages.
    pub fn is_current(&self, path: &str) -> bool {
        self.path == path || self.path.starts_with(&format!("{path}/"))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let session = parts
            .extensions
            .get::<CurrentSession>()
            .and_then(|c| c.0.clone());
        let language = match &session {
            Some(signed_in) => signed_in.user.interface_language,
            None => parts
                .headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .and_then(Language::negotiate)
                .unwrap_or_default(),
        };
        let csrf_token = match parts.extensions.get::<CsrfToken>() {
            Some(token) => token.0.clone(),
            None => session
                .as_ref()
                .map(|s| s.csrf_token.clone())
                .unwrap_or_default(),
        };
        let client_ip = parts
            .extensions
            .get::<super::client_ip::ClientIp>()
            .map_or(IpAddr::from([127, 0, 0, 1]), |c| c.0);
        let path = parts
            .extensions
            .get::<OriginalUri>()
            .map_or_else(|| parts.uri.path().to_owned(), |uri| uri.path().to_owned());

        let subscription = parts
            .extensions
            .get::<crate::payments::expiry::ExpiryState>()
            .copied();

        Ok(Self {
            tr: Tr::new(language),
            csrf_token,
            session,
            client_ip,
            path,
            subscription,
        })
    }
}

/// The context of a page that requires sign-in; without a session it redirects to `/login`.
#[derive(Debug, Clone)]
pub struct SignedInPage {
    pub ctx: PageContext,
    pub signed_in: Arc<SignedIn>,
    pub display: Display,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedInPage {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Ok(ctx) = PageContext::from_request_parts(parts, state).await;
        let Some(signed_in) = ctx.session.clone() else {
            return Err(Redirect::to("/login").into_response());
        };
        let display = Display::for_user(&signed_in.user);
        Ok(Self {
            ctx,
            signed_in,
            display,
        })
    }
}

/// The context of a page only the account's owner may use: billing, subscription,
/// invoices and coupons. Admins and managers get the translated 403 page, and a request
/// without a session is sent to `/login`.
#[derive(Debug, Clone)]
pub struct OwnerPage(pub SignedInPage);

impl<S: Send + Sync> FromRequestParts<S> for OwnerPage {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let page = SignedInPage::from_request_parts(parts, state).await?;
        if page.signed_in.user.role != crate::accounts::storage::Role::Owner {
            return Err(super::errors::PageError::Forbidden.into_response());
        }
        Ok(Self(page))
    }
}

impl PageContext {
    /// Whether the signed-in user owns the account; templates show owner-only links by it.
    pub fn is_owner(&self) -> bool {
        self.session
            .as_ref()
            .is_some_and(|s| s.user.role == crate::accounts::storage::Role::Owner)
    }

    /// Builds the expiry banner that every dashboard page shows to every user of the account.
    pub fn subscription_banner(&self) -> Option<crate::payments::expiry::Banner> {
        let signed_in = self.session.as_ref()?;
        let display = Display::for_user(&signed_in.user);
        crate::payments::expiry::banner(self.subscription?, &display, &self.tr)
    }
}
