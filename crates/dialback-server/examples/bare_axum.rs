//! A bare axum server for the benchmark's baseline: the same framework, runtime and
//! connection handling as Dialback, with no database, middleware or templates.
//!
//! Usage: `bare_axum 127.0.0.1:PORT`. `GET /` answers a small JSON body.

use axum::Json;
use axum::Router;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8099".to_owned());
    let app = Router::new().route(
        "/",
        get(|| async { Json(serde_json::json!({ "hasError": false, "data": { "ok": true } })) }),
    );
    let listener = tokio::net::TcpListener::bind(&address).await?;
    axum::serve(listener, app).await
}
