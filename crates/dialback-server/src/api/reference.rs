//! The API's reference: one table of every endpoint, from which the OpenAPI 3.1
//! document (`/api/openapi.json`) and the readable page (`/api/docs`) are built.
//!
//! Written as a table rather than utoipa's derive macros because every endpoint reads
//! the same dynamic [`super::params::Params`], which the macros cannot describe; the
//! document is assembled with utoipa's builder types, so its structure stays valid.

use dialback_domain::Permission;
use utoipa::openapi::path::{
    HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn, PathItem,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{
    ComponentsBuilder, ContentBuilder, InfoBuilder, OpenApi, OpenApiBuilder, PathsBuilder, Required,
};

/// The type of one parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Text,
    Boolean,
    IntegerList,
    TextList,
    /// A JSON value: an object or array in a JSON body, or JSON text in a form field.
    Json,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Integer => "integer",
            Kind::Text => "string",
            Kind::Boolean => "boolean",
            Kind::IntegerList => "integer[]",
            Kind::TextList => "string[]",
            Kind::Json => "JSON",
        }
    }
}

/// One parameter of an endpoint.
#[derive(Debug, Clone, Copy)]
pub struct Param {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub description: &'static str,
}

const fn req(name: &'static str, kind: Kind, description: &'static str) -> Param {
    Param {
        name,
        kind,
        required: true,
        description,
    }
}

const fn opt(name: &'static str, kind: Kind, description: &'static str) -> Param {
    Param {
        name,
        kind,
        required: false,
        description,
    }
}

/// One endpoint.
#[derive(Debug, Clone, Copy)]
pub struct Endpoint {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    /// `None` when any valid key may call it.
    pub permission: Option<Permission>,
    pub params: &'static [Param],
}

const PAGE: [Param; 2] = [
    opt(
        "limit",
        Kind::Integer,
        "Items per page, 1 to 1000 (default 100).",
    ),
    opt("offset", Kind::Integer, "Items to skip (default 0)."),
];
const WIDGET_ID: Param = req(
    "id",
    Kind::Integer,
    "Widget id (`widget_id` is accepted too).",
);
const BUSINESS_TIMES: Param = opt(
    "business_times",
    Kind::Json,
    "Array of {day_of_week 0-6 (0 is Sunday), enabled, start_time HH:MM, end_time HH:MM (exclusive; 24:00 ends the day), timezone}; default Monday to Friday 09:00-17:00.",
);
const CALL_PARAMS: [Param; 6] = [
    WIDGET_ID,
    req(
        "tel",
        Kind::Text,
        "Visitor's phone number; without a country code it is read in the widget's country.",
    ),
    opt(
        "department_id",
        Kind::Integer,
        "Only managers of this department (not with manager_id).",
    ),
    opt(
        "manager_id",
        Kind::Integer,
        "Only this manager (not with department_id).",
    ),
    opt(
        "scheduled_at",
        Kind::Integer,
        "Unix seconds: book the call for this time instead of now.",
    ),
    opt(
        "fields",
        Kind::Json,
        "Custom fields the visitor filled in, as an object of names to texts.",
    ),
];
const TEXT_PARAMS: [Param; 4] = [
    req("widget_id", Kind::Integer, "Widget id."),
    req(
        "message_id",
        Kind::Text,
        "Message id, for example visitor.call-scheduled or client.start.",
    ),
    opt(
        "text",
        Kind::Text,
        "The text, at most 240 characters; `{time}` is replaced by the call's time.",
    ),
    opt("enabled", Kind::Boolean, "Whether the message is sent."),
];
const USER_FIELDS: [Param; 5] = [
    opt("name", Kind::Text, "Full name (required on create)."),
    opt("email", Kind::Text, "E-mail address (required on create)."),
    opt("tel", Kind::Text, "Phone number, stored as E.164."),
    opt(
        "role",
        Kind::Text,
        "owner, admin or manager (create: admin or manager).",
    ),
    opt(
        "enabled",
        Kind::Boolean,
        "Whether the user can take calls and sign in.",
    ),
];

/// Every endpoint of the API.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        method: "GET",
        path: "/api/v1/external/",
        summary: "Check the key and list what it may do.",
        permission: None,
        params: &[],
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/widgets/all",
        summary: "List widgets.",
        permission: Some(Permission::WidgetsView),
        params: &PAGE,
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/widgets/get",
        summary: "Read one widget with its managers, departments, trusted domains and days off.",
        permission: Some(Permission::WidgetsView),
        params: &[WIDGET_ID],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/widgets/create",
        summary: "Create a widget.",
        permission: Some(Permission::WidgetsEdit),
        params: &[
            req("url", Kind::Text, "Web site address."),
            opt(
                "description",
                Kind::Text,
                "Description, at most 500 characters.",
            ),
            opt(
                "locale_code",
                Kind::Text,
                "Language: en, pl, de, pt, pt-BR, es, it, fr, cs or ro.",
            ),
            opt("timezone", Kind::Text, "IANA time zone of the widget."),
            opt(
                "enabled",
                Kind::Boolean,
                "Whether the widget takes calls (default true).",
            ),
            opt(
                "busy_mode",
                Kind::Boolean,
                "On: refuse calls when every manager is busy. Off: visitors may book a time.",
            ),
            opt("settings", Kind::Json, "Free-form settings object."),
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/widgets/update",
        summary: "Change a widget; parameters not sent keep their values.",
        permission: Some(Permission::WidgetsEdit),
        params: &[
            WIDGET_ID,
            opt("url", Kind::Text, "Web site address."),
            opt("description", Kind::Text, "Description."),
            opt("locale_code", Kind::Text, "Language."),
            opt("enabled", Kind::Boolean, "Whether the widget takes calls."),
            opt("busy_mode", Kind::Boolean, "Busy mode."),
            opt("settings", Kind::Json, "Settings object."),
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/widgets/delete",
        summary: "Delete a widget.",
        permission: Some(Permission::WidgetsEdit),
        params: &[WIDGET_ID],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/widgets/add-users",
        summary: "Assign users as the widget's managers.",
        permission: Some(Permission::WidgetsEdit),
        params: &[
            WIDGET_ID,
            req("user_id", Kind::IntegerList, "One or more user ids."),
            BUSINESS_TIMES,
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/widgets/call",
        summary: "Request a call now; answers 409 when no manager can take it and 402 when the account's subscription has expired.",
        permission: Some(Permission::WidgetsCall),
        params: &CALL_PARAMS,
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/widgets/call-or-schedule",
        summary: "Request a call now, or schedule it at the next opening and tell the visitor by SMS; answers 402 when the account's subscription has expired.",
        permission: Some(Permission::WidgetsCall),
        params: &CALL_PARAMS,
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/users/all",
        summary: "List the account's users.",
        permission: Some(Permission::ManagersView),
        params: &PAGE,
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/users/get",
        summary: "Read one user by id or e-mail.",
        permission: Some(Permission::ManagersView),
        params: &[
            opt("id", Kind::Integer, "User id."),
            opt("email", Kind::Text, "E-mail address."),
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/users/create",
        summary: "Add a user to the team.",
        permission: Some(Permission::Managers),
        params: &USER_FIELDS,
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/users/update",
        summary: "Change a user; parameters not sent keep their values.",
        permission: Some(Permission::Managers),
        params: &[
            req("id", Kind::Integer, "User id."),
            USER_FIELDS[0],
            USER_FIELDS[1],
            USER_FIELDS[2],
            USER_FIELDS[3],
            USER_FIELDS[4],
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/users/delete",
        summary: "Remove a user; the last owner cannot be removed.",
        permission: Some(Permission::Managers),
        params: &[req("id", Kind::Integer, "User id.")],
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/managers/all",
        summary: "List managers, optionally of one widget.",
        permission: Some(Permission::ManagersView),
        params: &[
            opt("widget_id", Kind::Integer, "Widget id."),
            PAGE[0],
            PAGE[1],
        ],
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/managers/get",
        summary: "Read one manager.",
        permission: Some(Permission::ManagersView),
        params: &[req("id", Kind::Integer, "Manager id.")],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/managers/create",
        summary: "Assign a user to a widget.",
        permission: Some(Permission::ManagersEdit),
        params: &[
            req("user_id", Kind::Integer, "User id."),
            req("widget_id", Kind::Integer, "Widget id."),
            opt("enabled", Kind::Boolean, "Whether the manager takes calls."),
            opt("department_id", Kind::Integer, "Department of the widget."),
            BUSINESS_TIMES,
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/managers/update",
        summary: "Change a manager's state or business times.",
        permission: Some(Permission::ManagersEdit),
        params: &[
            req("id", Kind::Integer, "Manager id."),
            opt("enabled", Kind::Boolean, "Whether the manager takes calls."),
            BUSINESS_TIMES,
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/managers/delete",
        summary: "Remove a manager from its widget.",
        permission: Some(Permission::ManagersEdit),
        params: &[req("id", Kind::Integer, "Manager id.")],
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/sms/all",
        summary: "List a widget's SMS texts.",
        permission: Some(Permission::SmsView),
        params: &[req("widget_id", Kind::Integer, "Widget id.")],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/sms/create",
        summary: "Set an SMS text.",
        permission: Some(Permission::SmsEdit),
        params: &TEXT_PARAMS,
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/sms/update",
        summary: "Set an SMS text.",
        permission: Some(Permission::SmsEdit),
        params: &TEXT_PARAMS,
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/sms/reset",
        summary: "Return one SMS text, or all, to the default.",
        permission: Some(Permission::SmsEdit),
        params: &[
            req("widget_id", Kind::Integer, "Widget id."),
            opt("message_id", Kind::Text, "Message id; all when absent."),
        ],
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/voice/all",
        summary: "List a widget's voice texts.",
        permission: Some(Permission::VoiceView),
        params: &[req("widget_id", Kind::Integer, "Widget id.")],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/voice/create",
        summary: "Set a voice text.",
        permission: Some(Permission::VoiceEdit),
        params: &TEXT_PARAMS,
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/voice/update",
        summary: "Set a voice text.",
        permission: Some(Permission::VoiceEdit),
        params: &TEXT_PARAMS,
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/voice/reset",
        summary: "Return one voice text, or all, to the default.",
        permission: Some(Permission::VoiceEdit),
        params: &[
            req("widget_id", Kind::Integer, "Widget id."),
            opt("message_id", Kind::Text, "Message id; all when absent."),
        ],
    },
    Endpoint {
        method: "PATCH",
        path: "/api/v1/external/calls/{call}/fields/{field}",
        summary: "Set one custom field of a call.",
        permission: Some(Permission::Calls),
        params: &[req(
            "value",
            Kind::Text,
            "The field's value, at most 1000 characters.",
        )],
    },
    Endpoint {
        method: "GET",
        path: "/api/v1/external/devices/all",
        summary: "List the mobile devices that receive a user's push notifications.",
        permission: Some(Permission::ManagersView),
        params: &[req("user_id", Kind::Integer, "User id."), PAGE[0], PAGE[1]],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/devices/register",
        summary: "Register a mobile device token for a user's push notifications; a token registered before in this account moves to this user, and one held by another account is refused with 409.",
        permission: Some(Permission::Managers),
        params: &[
            req("user_id", Kind::Integer, "User id."),
            req("platform", Kind::Text, "`android` or `ios`."),
            req(
                "token",
                Kind::Text,
                "The push token the device's platform issued, at most 4096 characters without spaces.",
            ),
        ],
    },
    Endpoint {
        method: "POST",
        path: "/api/v1/external/devices/unregister",
        summary: "Remove a mobile device token; its user receives no more push notifications on it.",
        permission: Some(Permission::Managers),
        params: &[req("token", Kind::Text, "The registered push token.")],
    },
    Endpoint {
        method: "POST",
        path: "/api/v2/external/widgets/call",
        summary: "Request a call now (version 2, same as version 1).",
        permission: Some(Permission::WidgetsCall),
        params: &CALL_PARAMS,
    },
    Endpoint {
        method: "POST",
        path: "/api/v2/external/widgets/{id}/message",
        summary: "Leave a message from a visitor.",
        permission: Some(Permission::WidgetsCall),
        params: &[
            opt(
                "tel",
                Kind::Text,
                "Visitor's phone number (tel or email is required).",
            ),
            opt("email", Kind::Text, "Visitor's e-mail address."),
            req("text", Kind::Text, "The message, at most 2000 characters."),
        ],
    },
    Endpoint {
        method: "GET",
        path: "/api/v3/external/calls/history",
        summary: "List calls, newest first.",
        permission: Some(Permission::CallsView),
        params: &[
            opt("call_id[]", Kind::IntegerList, "Only these calls."),
            opt("phone_number", Kind::Text, "Only calls to this number."),
            opt(
                "user_ids[]",
                Kind::IntegerList,
                "Only calls answered by these users.",
            ),
            opt(
                "statuses[]",
                Kind::TextList,
                "Only these statuses: new, scheduled, ringing, in-progress, completed, manager-failed, user-failed, failed, cancelled.",
            ),
            opt(
                "tag_ids[]",
                Kind::IntegerList,
                "Only calls with any of these tags.",
            ),
            opt("date_from", Kind::Integer, "Unix seconds, inclusive."),
            opt("date_to", Kind::Integer, "Unix seconds, exclusive."),
            opt("widget_ids[]", Kind::IntegerList, "Only these widgets."),
            opt(
                "url",
                Kind::Text,
                "Only calls requested from pages whose address contains this.",
            ),
            PAGE[0],
            PAGE[1],
        ],
    },
    Endpoint {
        method: "GET",
        path: "/api/v3/external/calls/{id}",
        summary: "Read one call with its events.",
        permission: Some(Permission::CallsView),
        params: &[],
    },
    Endpoint {
        method: "GET",
        path: "/api/v3/external/messages",
        summary: "List the messages visitors left, newest first.",
        permission: Some(Permission::CallsView),
        params: &[
            opt(
                "widget_id",
                Kind::Integer,
                "Only messages left on this widget.",
            ),
            PAGE[0],
            PAGE[1],
        ],
    },
    Endpoint {
        method: "GET",
        path: "/api/v3/external/tags",
        summary: "List the account's tags.",
        permission: Some(Permission::CallsView),
        params: &[],
    },
    Endpoint {
        method: "POST",
        path: "/api/v3/external/calls/{id}/tags",
        summary: "Tag a call with one tag.",
        permission: Some(Permission::Calls),
        params: &[req("tag_id", Kind::Integer, "Tag id.")],
    },
    Endpoint {
        method: "DELETE",
        path: "/api/v3/external/calls/{id}/tags/{tag}",
        summary: "Remove one tag from a call.",
        permission: Some(Permission::Calls),
        params: &[],
    },
];

fn schema_of(kind: Kind) -> utoipa::openapi::RefOr<utoipa::openapi::Schema> {
    match kind {
        Kind::Integer => ObjectBuilder::new().schema_type(Type::Integer).into(),
        Kind::Text => ObjectBuilder::new().schema_type(Type::String).into(),
        Kind::Boolean => ObjectBuilder::new().schema_type(Type::Boolean).into(),
        Kind::IntegerList => ArrayBuilder::new()
            .items(ObjectBuilder::new().schema_type(Type::Integer))
            .into(),
        Kind::TextList => ArrayBuilder::new()
            .items(ObjectBuilder::new().schema_type(Type::String))
            .into(),
        Kind::Json => ObjectBuilder::new().into(),
    }
}

fn path_parameters(path: &str) -> Vec<&str> {
    path.split('/')
        .filter_map(|part| part.strip_prefix('{').and_then(|p| p.strip_suffix('}')))
        .collect()
}

fn envelope_schema() -> ObjectBuilder {
    ObjectBuilder::new()
        .property("hasError", ObjectBuilder::new().schema_type(Type::Boolean))
        .property("errorCode", ObjectBuilder::new().schema_type(Type::Integer))
        .property("message", ObjectBuilder::new().schema_type(Type::String))
        .property("data", ObjectBuilder::new())
        .property("meta", ObjectBuilder::new())
        .required("hasError")
        .required("errorCode")
        .required("message")
        .required("data")
        .required("meta")
}

/// Builds the OpenAPI 3.1 document of [`ENDPOINTS`].
pub fn openapi() -> OpenApi {
    let mut paths = PathsBuilder::new();
    for endpoint in ENDPOINTS {
        let method = match endpoint.method {
            "GET" => HttpMethod::Get,
            "PATCH" => HttpMethod::Patch,
            "DELETE" => HttpMethod::Delete,
            _ => HttpMethod::Post,
        };
        let permission = endpoint
            .permission
            .map_or_else(|| "any valid key".to_owned(), |p| format!("`{}`", p.id()));
        let mut operation = OperationBuilder::new()
            .summary(Some(endpoint.summary))
            .description(Some(format!("Permission: {permission}.")))
            .operation_id(Some(format!("{} {}", endpoint.method, endpoint.path)))
            .tag(
                endpoint
                    .path
                    .split('/')
                    .nth(4)
                    .filter(|t| !t.is_empty())
                    .unwrap_or("key"),
            )
            .security(SecurityRequirement::new::<_, [&str; 0], &str>(
                "api_key",
                [],
            ))
            .response(
                "200",
                ResponseBuilder::new()
                    .description("The envelope with `data` (and `meta` for lists).")
                    .content(
                        "application/json",
                        ContentBuilder::new()
                            .schema(Some(envelope_schema()))
                            .build(),
                    ),
            )
            .response(
                "401",
                ResponseBuilder::new().description("Missing, invalid, revoked or expired key."),
            )
            .response(
                "403",
                ResponseBuilder::new().description("The key lacks the permission."),
            )
            .response(
                "404",
                ResponseBuilder::new()
                    .description("No such row, or another account's or widget's."),
            )
            .response(
                "422",
                ResponseBuilder::new()
                    .description("Invalid input; `data.field` names the parameter."),
            )
            .response(
                "429",
                ResponseBuilder::new().description("Rate limit reached; see Retry-After."),
            );
        for name in path_parameters(endpoint.path) {
            operation = operation.parameter(
                ParameterBuilder::new()
                    .name(name)
                    .parameter_in(ParameterIn::Path)
                    .required(Required::True)
                    .schema(Some(schema_of(Kind::Integer))),
            );
        }
        if method == HttpMethod::Get {
            for param in endpoint.params {
                operation = operation.parameter(
                    ParameterBuilder::new()
                        .name(param.name)
                        .parameter_in(ParameterIn::Query)
                        .required(if param.required {
                            Required::True
                        } else {
                            Required::False
                        })
                        .description(Some(param.description))
                        .schema(Some(schema_of(param.kind))),
                );
            }
        } else if !endpoint.params.is_empty() {
            let mut body = ObjectBuilder::new();
            for param in endpoint.params {
                body = body.property(param.name, schema_of(param.kind));
                if param.required {
                    body = body.required(param.name);
                }
            }
            let body = body.build();
            let request = RequestBodyBuilder::new()
                .content(
                    "application/x-www-form-urlencoded",
                    ContentBuilder::new().schema(Some(body.clone())).build(),
                )
                .content(
                    "application/json",
                    ContentBuilder::new().schema(Some(body)).build(),
                )
                .build();
            operation = operation.request_body(Some(request));
        }
        paths = paths.path(endpoint.path, PathItem::new(method, operation));
    }

    let scheme = SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
        "Authorization",
        "The API key itself, or `Bearer <key>`.",
    )));
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("Dialback REST API")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Compatible with CallPage's external API: same paths, envelope and key header.",
                ))
                .build(),
        )
        .paths(paths)
        .components(Some(
            ComponentsBuilder::new()
                .security_scheme("api_key", scheme)
                .build(),
        ))
        .build()
}

/// One endpoint as the reference page shows it.
pub struct EndpointView {
    pub anchor: String,
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    pub permission: String,
    pub params: &'static [Param],
}

#[derive(askama::Template, askama_web::WebTemplate)]
#[template(path = "api_docs.html")]
struct DocsPage {
    ctx: crate::platform::page::PageContext,
    base: String,
    endpoints: Vec<EndpointView>,
}

/// `GET /api/docs`: the readable reference.
pub async fn docs_page(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    ctx: crate::platform::page::PageContext,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let any = ctx.t("api-docs-any-key");
    let endpoints = ENDPOINTS
        .iter()
        .map(|e| EndpointView {
            anchor: format!("{}-{}", e.method, e.path)
                .replace(['/', '{', '}'], "-")
                .to_lowercase(),
            method: e.method,
            path: e.path,
            summary: e.summary,
            permission: e
                .permission
                .map_or_else(|| any.clone(), |p| p.id().to_owned()),
            params: e.params,
        })
        .collect();
    DocsPage {
        ctx,
        base: state.config.public_base(),
        endpoints,
    }
    .into_response()
}

/// `GET /api/openapi.json`: the OpenAPI document.
pub async fn openapi_json() -> axum::Json<OpenApi> {
    axum::Json(openapi())
}
