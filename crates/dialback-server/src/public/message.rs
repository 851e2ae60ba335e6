//! `POST /public/widgets/{id}/messages`: a visitor leaves a message.
//!
//! The request passes the same checks as a call request: the widget's trusted domains
//! (in `visit`), the widget being enabled, the account's IP rules and its blacklisted
//! numbers. A refused visitor learns no reason beyond "not available".

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use dialback_domain::{ActivitySource, EmailAddress, PhoneNumber};

use super::{Visit, WidgetId, visit, visitor_invalid, with_cors};
use crate::AppState;
use crate::api::envelope::{ApiError, ok};
use crate::api::params::Params;
use crate::messages::{self, NewMessage};
use crate::platform::client_ip::ClientIp;
use crate::protection::{self, IpVerdict};

/// Stores a visitor's message (`text`, optional `name`, and `tel` or `email` or both).
pub(super) async fn create_message(
    State(state): State<AppState>,
    WidgetId(id): WidgetId,
    headers: HeaderMap,
    axum::Extension(client): axum::Extension<ClientIp>,
    params: Params,
) -> Response {
    let visit = match visit(&state, id, &headers).await {
        Ok(visit) => visit,
        Err(response) => return response,
    };
    let origin = visit.allowed_origin.clone();
    let response = match create_message_inner(&state, &visit, &params, client.0).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    };
    with_cors(response, origin)
}

async fn create_message_inner(
    state: &AppState,
    visit: &Visit,
    params: &Params,
    client_ip: std::net::IpAddr,
) -> Result<Response, ApiError> {
    let (widget, tr) = (&visit.widget, &visit.tr);
    if !widget.enabled {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            tr.t("public-error-unavailable"),
        ));
    }

    let text = messages::parse_text(&params.text("text").unwrap_or_default())
        .map_err(|e| visitor_invalid(tr, "text", e.key))?;
    let name = messages::parse_name(&params.text("name").unwrap_or_default())
        .map_err(|e| visitor_invalid(tr, "name", e.key))?;
    let phone = params
        .text("tel")
        .map(|t| PhoneNumber::parse(&t, &widget.country))
        .transpose()
        .map_err(|e| visitor_invalid(tr, "tel", e.key))?;
    let email = params
        .text("email")
        .map(|e| EmailAddress::parse(&e))
        .transpose()
        .map_err(|e| visitor_invalid(tr, "email", e.key))?;
    if phone.is_none() && email.is_none() {
        return Err(visitor_invalid(tr, "tel", "error-message-contact-missing"));
    }

    let ip_text = client_ip.to_string();
    let mut tx = state.db.begin().await?;
    if protection::ip_verdict(&mut tx, widget.account_id, client_ip).await?
        == IpVerdict::Blacklisted
    {
        // The rule's hit count is kept.
        tx.commit().await?;
        tracing::info!(
            widget.id = widget.id,
            "message refused: blacklisted address"
        );
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            tr.t("public-error-unavailable"),
        ));
    }
    let number_blocked = match &phone {
        Some(phone) => {
            protection::numbers::is_blocked(&mut tx, widget.account_id, phone.e164()).await?
        }
        None => false,
    };
    if number_blocked {
        // A neutral answer: the visitor learns neither that the number is listed nor why.
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            tr.t("public-error-message-refused"),
        ));
    }
    let message_id = messages::record(
        &mut tx,
        &NewMessage {
            account_id: widget.account_id,
            widget_id: widget.id,
            widget_url: &widget.url,
            visitor_name: name.as_deref(),
            phone_e164: phone.as_ref().map(PhoneNumber::e164),
            email: email.as_ref().map(EmailAddress::as_str),
            text: &text,
            client_ip: Some(&ip_text),
            source: ActivitySource::Web,
        },
    )
    .await?;
    tx.commit().await?;

    Ok(ok(serde_json::json!({
        "message_id": message_id,
        "message": tr.t("widget-message-received"),
    })))
}
