//! The test harness: starts the real server on a free port against a fresh SQLite file
//! or a fresh PostgreSQL database, and drives it over HTTP like a browser would.
//!
//! Every test is written once and runs on both databases through [`both_databases!`].
//! PostgreSQL tests use `DIALBACK_TEST_POSTGRES_URL` (default: the `test` database on
//! 127.0.0.1:5432) to create a database of their own.

#![allow(dead_code)]

pub mod api;
pub mod browser;
pub mod smtp;

use std::path::PathBuf;
use std::sync::Arc;

use dialback_server::platform::db::Db;
use dialback_server::{AppState, Config};
use reqwest::redirect::Policy;
use reqwest::{Client, Response, StatusCode};
use sqlx::Executor;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Generates one `#[tokio::test]` per database for each listed async test function.
#[macro_export]
macro_rules! both_databases {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::common::Backend::Sqlite).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::common::Backend::Postgres).await;
                }
            )+
        }
    };
}

/// A fresh, empty database for one test.
pub struct TestDatabase {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

impl TestDatabase {
    pub async fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let url = format!("sqlite://{}", dir.path().join("dialback.db").display());
                Self {
                    url,
                    _dir: Some(dir),
                }
            }
            Backend::Postgres => {
                let admin_url = std::env::var("DIALBACK_TEST_POSTGRES_URL")
                    .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
                let name = format!("dialback_test_{}", hex::encode(rand::random::<[u8; 6]>()));
                let pool = sqlx::PgPool::connect(&admin_url)
                    .await
                    .unwrap_or_else(|e| panic!("PostgreSQL at {admin_url} is not reachable ({e}); start it or set DIALBACK_TEST_POSTGRES_URL"));
                pool.execute(format!("CREATE DATABASE {name}").as_str())
                    .await
                    .expect("CREATE DATABASE");
                pool.close().await;
                let base = admin_url
                    .rsplit_once('/')
                    .map_or(admin_url.as_str(), |(base, _)| base);
                Self {
                    url: format!("{base}/{name}"),
                    _dir: None,
                }
            }
        }
    }
}

/// A running server and a browser-like client with its own cookie jar.
pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub database: TestDatabase,
    pub mail_dir: PathBuf,
    pub smtp: Option<Arc<smtp::SmtpListener>>,
    pub client: Client,
    shutdown: Option<oneshot::Sender<()>>,
    _mail_tmp: tempfile::TempDir,
}

/// Options for [`TestApp::start_with`].
#[derive(Default)]
pub struct Options {
    /// Send mail to a real SMTP listener started for the test.
    pub smtp: bool,
    /// API requests per key and minute; the server's default when `None`.
    pub api_rate_limit: Option<u32>,
    /// Reverse proxies whose X-Forwarded-For is believed.
    pub trusted_proxies: Vec<&'static str>,
    /// Changes the configuration last, just before the server starts.
    pub configure: Option<Configure>,
}

/// A change to the server's configuration, for [`Options::configure`].
pub type Configure = Box<dyn FnOnce(&mut Config) + Send>;

impl TestApp {
    pub async fn start(backend: Backend) -> Self {
        Self::start_with(backend, Options::default()).await
    }

    pub async fn start_with(backend: Backend, options: Options) -> Self {
        let database = TestDatabase::new(backend).await;
        let mail_tmp = tempfile::tempdir().expect("a temporary folder");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let address = listener.local_addr().unwrap();

        let mut config = Config::for_database(&database.url);
        config.listen = address;
        config.mail_dir = mail_tmp.path().to_path_buf();
        // Simulated calls run 1000 times faster: a one-minute call takes 60 ms.
        config.simulator_speed = 1000.0;
        if let Some(limit) = options.api_rate_limit {
            config.api_rate_limit = limit;
        }
        config.trusted_proxies = options
            .trusted_proxies
            .iter()
            .map(|p| p.parse().expect("a test proxy range"))
            .collect();
        let smtp = if options.smtp {
            let listener = smtp::SmtpListener::start().await;
            config.smtp_url = Some(format!("smtp://127.0.0.1:{}", listener.port));
            Some(listener)
        } else {
            None
        };

        if let Some(configure) = options.configure {
            configure(&mut config);
        }
        let state = AppState::new(config).await.expect("the server starts");
        let db = state.db.clone();
        let (shutdown, stop) = oneshot::channel::<()>();
        tokio::spawn(async move {
            dialback_server::launch(state, listener, async {
                let _ = stop.await;
            })
            .await
            .expect("the server runs");
        });

        Self {
            base: format!("http://{address}"),
            db,
            database,
            mail_dir: mail_tmp.path().to_path_buf(),
            smtp,
            client: new_client(),
            shutdown: Some(shutdown),
            _mail_tmp: mail_tmp,
        }
    }

    /// A second browser: a client with an empty cookie jar.
    pub fn new_browser(&self) -> Client {
        new_client()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// GETs `path` with the app's client.
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET succeeds")
    }

    /// GETs `path` and returns the body of a 200 page.
    pub async fn page(&self, path: &str) -> String {
        page_with(&self.client, &self.url(path)).await
    }

    /// Submits a form on `path` the way a browser does: loads the page for its CSRF
    /// token, then POSTs the fields with it.
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        submit_with(&self.client, &self.base, path, fields).await
    }

    /// Signs up a new account through the form and stays signed in.
    pub async fn sign_up(&self, email: &str, password: &str) -> Response {
        let response = self
            .submit(
                "/signup",
                &[
                    ("company_name", "Kwiaciarnia Róża"),
                    ("name", "Zofia Kowalska"),
                    ("email", email),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "sign-up should redirect"
        );
        response
    }

    /// Runs one SQL statement and returns the first column of the first row as i64.
    pub async fn scalar(&self, sql: &str) -> i64 {
        sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(&self.db.pool)
            .await
            .expect("the query runs")
    }

    /// Reads `.eml` files written by the folder mailer.
    pub fn mail_files(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(&self.mail_dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files
            .into_iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

pub fn new_client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .expect("a client")
}

pub async fn page_with(client: &Client, url: &str) -> String {
    let response = client.get(url).send().await.expect("GET succeeds");
    assert_eq!(response.status(), StatusCode::OK, "GET {url}");
    response.text().await.unwrap()
}

/// Loads `path` with `client`, then POSTs `fields` and the page's CSRF token.
pub async fn submit_with(
    client: &Client,
    base: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> Response {
    let page = page_with(client, &format!("{base}{}", path)).await;
    let token = csrf_token(&page).expect("the page has a form with a CSRF token");
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.push(("csrf_token", &token));
    let action = path.split('?').next().unwrap();
    client
        .post(format!("{base}{action}"))
        .form(&form)
        .send()
        .await
        .expect("POST succeeds")
}

/// Reads the CSRF token from a page's first form.
pub fn csrf_token(page: &str) -> Option<String> {
    let start = page.find("name=\"csrf_token\" value=\"")? + "name=\"csrf_token\" value=\"".len();
    let end = page[start..].find('"')?;
    Some(page[start..start + end].to_owned())
}

/// The `Location` header of a redirect.
pub fn location(response: &Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The text of the `<p class="error" id="FIELD-error">` next to a form field.
pub fn field_error(page: &str, field: &str) -> Option<String> {
    let marker = format!("id=\"{field}-error\">");
    let start = page.find(&marker)? + marker.len();
    let end = page[start..].find("</p>")?;
    Some(page[start..start + end].to_owned())
}

/// The `lang` attribute of the page's `<html>` element.
pub fn html_lang(page: &str) -> String {
    let start = page
        .find("<html lang=\"")
        .expect("an html element with lang")
        + "<html lang=\"".len();
    page[start..start + page[start..].find('"').unwrap()].to_owned()
}
