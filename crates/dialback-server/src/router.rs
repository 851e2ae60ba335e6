//! Every route of Dialback, grouped by area.

use axum::Router;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Redirect};
use axum::routing::{get, post};

use crate::platform::{client_ip, csrf, error_pages, observe, security_headers, session};
use crate::{
    AppState, api, auth, calls, desktop, health, messages, public, settings, team, widgets,
};

/// Builds the application with its middleware.
pub fn build(state: AppState) -> Router {
    // Make sure the metrics recorder exists before the first request records anything.
    observe::prometheus();

    let dashboard = Router::new()
        .route("/", get(home))
        // Signing up, in and out, and recovering a password.
        .route(
            "/signup",
            get(auth::signup::show).post(auth::signup::submit),
        )
        .route("/login", get(auth::login::show).post(auth::login::submit))
        .route(
            "/logout",
            get(auth::logout::show).post(auth::logout::submit),
        )
        .route(
            "/password/forgot",
            get(auth::forgot_password::show).post(auth::forgot_password::submit),
        )
        .route(
            "/password/reset",
            get(auth::reset_password::show).post(auth::reset_password::submit),
        )
        // Settings, one group per section.
        .route(
            "/settings",
            get(|| async { Redirect::to("/settings/profile") }),
        )
        .route(
            "/settings/profile",
            get(settings::profile::show).post(settings::profile::submit),
        )
        .route(
            "/settings/account",
            get(settings::account::show).post(settings::account::submit),
        )
        .route(
            "/settings/password",
            get(settings::password::show).post(settings::password::submit),
        )
        .route("/settings/activity", get(settings::activity::show))
        .route(
            "/settings/notifications",
            get(settings::notifications::show).post(settings::notifications::submit),
        )
        .route(
            "/settings/notifications/test",
            post(settings::notifications::send_test),
        )
        .route(
            "/settings/notifications/log",
            get(settings::notifications::log),
        )
        .route(
            "/settings/api-keys",
            get(settings::api_keys::show).post(settings::api_keys::create),
        )
        .route(
            "/settings/api-keys/{id}/revoke",
            post(settings::api_keys::revoke),
        )
        // My team.
        .route("/team", get(team::pages::list).post(team::pages::create))
        .route(
            "/team/{id}",
            get(team::pages::edit).post(team::pages::update),
        )
        .route("/team/{id}/delete", post(team::pages::delete))
        // Widgets.
        .route(
            "/widgets",
            get(widgets::pages::list).post(widgets::pages::create),
        )
        .route(
            "/widgets/{id}",
            get(widgets::pages::detail).post(widgets::pages::update),
        )
        .route("/widgets/{id}/toggle", post(widgets::pages::toggle))
        .route("/widgets/{id}/duplicate", post(widgets::pages::duplicate))
        .route("/widgets/{id}/delete", post(widgets::pages::delete))
        .route("/widgets/{id}/domains", post(widgets::pages::add_domain))
        .route(
            "/widgets/{id}/domains/{domain}/delete",
            post(widgets::pages::delete_domain),
        )
        .route(
            "/widgets/{id}/departments",
            post(widgets::pages::add_department),
        )
        .route(
            "/widgets/{id}/departments/{department}/delete",
            post(widgets::pages::delete_department),
        )
        .route("/widgets/{id}/managers", post(widgets::pages::add_manager))
        .route(
            "/widgets/{id}/managers/{manager}/toggle",
            post(widgets::pages::toggle_manager),
        )
        .route(
            "/widgets/{id}/managers/{manager}/delete",
            post(widgets::pages::delete_manager),
        )
        .route("/widgets/{id}/days-off", post(widgets::pages::set_days_off))
        .route("/widgets/{id}/preview", get(widgets::pages::preview))
        // Calls.
        .route("/calls", get(calls::pages::list))
        .route("/calls/{id}", get(calls::pages::detail))
        .route("/calls/{id}/cancel", post(calls::pages::cancel))
        .route("/calls/{id}/tags", post(calls::pages::add_tag))
        .route(
            "/calls/{id}/tags/{tag}/delete",
            post(calls::pages::remove_tag),
        )
        // Protection and organisation of calls.
        .route(
            "/settings/limits",
            get(settings::limits::show).post(settings::limits::request),
        )
        .route(
            "/settings/ip-addresses",
            get(settings::ip_addresses::show).post(settings::ip_addresses::add),
        )
        .route(
            "/settings/ip-addresses/{id}/delete",
            post(settings::ip_addresses::delete),
        )
        .route(
            "/settings/blacklisted-numbers",
            get(settings::blacklisted_numbers::show).post(settings::blacklisted_numbers::add),
        )
        .route(
            "/settings/blacklisted-numbers/{id}/delete",
            post(settings::blacklisted_numbers::delete),
        )
        .route("/settings/caller-ids", get(settings::caller_ids::show))
        .route(
            "/settings/caller-ids/{id}/send",
            post(settings::caller_ids::send),
        )
        .route(
            "/settings/caller-ids/{id}/verify",
            post(settings::caller_ids::verify),
        )
        .route(
            "/settings/caller-ids/{id}/delete",
            post(settings::caller_ids::delete),
        )
        .route(
            "/settings/tags",
            get(settings::tags::show).post(settings::tags::add),
        )
        .route("/settings/tags/{id}", post(settings::tags::update))
        .route("/settings/tags/{id}/delete", post(settings::tags::delete))
        // Subscription, payments and invoices (account owner only).
        .route("/settings/subscription", get(settings::subscription::show))
        .route(
            "/settings/subscription/checkout",
            get(settings::subscription::checkout).post(settings::subscription::start_payment),
        )
        .route(
            "/settings/subscription/payments/{reference}",
            get(settings::subscription::proforma),
        )
        .route(
            "/settings/subscription/payments/{reference}/cancel",
            post(settings::subscription::cancel_payment),
        )
        .route(
            "/payments/sandbox/{reference}",
            get(settings::subscription::sandbox_page),
        )
        .route("/settings/invoices", get(settings::invoices::show))
        .route(
            "/settings/invoices/{id}/pdf",
            get(settings::invoices::download),
        )
        // Billing and coupons, for the account's owner only.
        .route(
            "/settings/billing",
            get(settings::billing::show).post(settings::billing::submit),
        )
        .route(
            "/settings/coupons",
            get(settings::coupons::show).post(settings::coupons::apply),
        )
        // Visitors' messages and outbound webhooks.
        .route("/messages", get(messages::pages::list))
        .route(
            "/settings/webhooks",
            get(settings::webhooks::show).post(settings::webhooks::add),
        )
        .route("/settings/webhooks/{id}", get(settings::webhooks::log))
        .route(
            "/settings/webhooks/{id}/toggle",
            post(settings::webhooks::toggle),
        )
        .route(
            "/settings/webhooks/{id}/rotate-secret",
            post(settings::webhooks::rotate_secret),
        )
        .route(
            "/settings/webhooks/{id}/delete",
            post(settings::webhooks::delete),
        )
        // The API's reference, for people and for tools.
        .route("/api/docs", get(api::reference::docs_page))
        // Desktop notifications, live in open dashboard tabs.
        .route("/notifications/stream", get(desktop::stream))
        .fallback(error_pages::not_found)
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(from_fn(error_pages::render))
        .layer(from_fn_with_state(state.clone(), session::load_session));

    Router::new()
        // Operations: no session, no CSRF.
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(health::metrics))
        .route("/static/app.css", get(stylesheet))
        .route("/static/notifications.js", get(notifications_script))
        .route("/api/openapi.json", get(api::reference::openapi_json))
        .route("/public/widget.js", get(widget_script))
        // The REST API, authenticated by API keys.
        .merge(api::router(state.clone()))
        // Payment systems' callbacks: signed, so no session and no CSRF token.
        .merge(
            Router::new()
                .route(
                    "/payments/sandbox/callback",
                    post(settings::subscription::sandbox_callback),
                )
                .layer(from_fn(error_pages::render)),
        )
        // What visitors' browsers call, without a key.
        .merge(public::router())
        .merge(dashboard)
        .layer(from_fn_with_state(state.clone(), client_ip::resolve))
        .layer(from_fn(security_headers::add))
        .layer(from_fn(observe::observe))
        .with_state(state)
}

/// Sends a signed-in user to their settings and anyone else to sign-in.
async fn home(ctx: crate::platform::page::PageContext) -> Redirect {
    if ctx.session.is_some() {
        Redirect::to(auth::HOME)
    } else {
        Redirect::to("/login")
    }
}

/// The dashboard's one stylesheet, embedded in the binary.
async fn stylesheet() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/app.css"),
    )
}

/// The widget script that customers embed, served with CORS so any site may load it.
async fn widget_script() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        include_str!("../static/widget.js"),
    )
}

/// The dashboard's desktop-notification script, included by the layout for signed-in users.
async fn notifications_script() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        include_str!("../static/notifications.js"),
    )
}
