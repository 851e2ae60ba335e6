//! The database pool and the few differences between SQLite and PostgreSQL.
//!
//! Queries go through sqlx's `Any` driver, so each is written once in SQL that both
//! databases accept (`$1` placeholders, `RETURNING`, integers for times). Migrations are
//! separate per database and run at connect through the concrete driver.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{AnyPool, Executor};
use tokio::sync::{Mutex, OwnedMutexGuard};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/postgres");

/// A write transaction; on SQLite it also holds this process's writer turn until it ends.
pub struct WriteTransaction {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl WriteTransaction {
    /// Commits the transaction and gives up the writer turn.
    pub async fn commit(self) -> sqlx::Result<()> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTransaction {
    type Target = sqlx::AnyConnection;

    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTransaction {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

/// Which database a pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A connection pool with the backend it talks to.
#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// On SQLite, one write transaction at a time per process (see [`Db::begin`]).
    sqlite_writer: Arc<Mutex<()>>,
}

impl Db {
    /// Like [`Db::connect`], but refuses a SQLite file that does not exist yet, so an
    /// operator command with a mistyped `--database-url`, or run in the wrong folder,
    /// fails instead of creating an empty database. Only `serve` creates the file.
    pub async fn connect_existing(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .with_context(|| format!("invalid SQLite URL {url:?}"))?;
            let path = options.get_filename();
            if !url.contains(":memory:") && !path.exists() {
                anyhow::bail!(
                    "the SQLite database {} does not exist; check --database-url, or start `dialback serve` once to create it",
                    path.display()
                );
            }
        }
        Self::connect(url).await
    }

    /// Connects to `url`, creating a SQLite file if missing, and runs pending migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            anyhow::bail!("invalid database URL {url:?}: expected sqlite://FILE or postgres://...");
        };

        migrate(url, backend).await?;

        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await
            .with_context(|| format!("failed to connect to the {backend:?} database"))?;

        Ok(Self {
            pool,
            backend,
            sqlite_writer: Arc::new(Mutex::new(())),
        })
    }

    /// Begins a transaction that writes.
    ///
    /// On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`), because a deferred
    /// transaction that reads and then writes fails with `SQLITE_BUSY` when another
    /// connection wrote in between. Writers of this process also queue on a mutex first:
    /// SQLite's own busy handler waits by sleeping and retrying, which under load spends
    /// most of the time asleep (the benchmark measured 15 requests a second).
    pub async fn begin(&self) -> sqlx::Result<WriteTransaction> {
        match self.backend {
            Backend::Sqlite => {
                let turn = self.sqlite_writer.clone().lock_owned().await;
                let tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
                Ok(WriteTransaction {
                    tx,
                    _turn: Some(turn),
                })
            }
            Backend::Postgres => Ok(WriteTransaction {
                tx: self.pool.begin().await?,
                _turn: None,
            }),
        }
    }

    /// The clause that ends a `SELECT` of work rows inside a [`Db::begin`] transaction:
    /// on PostgreSQL the rows are locked and rows another server holds are skipped; on
    /// SQLite the transaction's write lock already keeps every other writer out.
    pub fn lock_rows_skip_locked(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "",
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }

    /// Answers whether the database responds to a trivial query.
    pub async fn is_healthy(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

async fn migrate(url: &str, backend: Backend) -> anyhow::Result<()> {
    match backend {
        Backend::Sqlite => {
            let options = SqliteConnectOptions::from_str(url)
                .with_context(|| format!("invalid SQLite URL {url:?}"))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .busy_timeout(Duration::from_secs(5));
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options)
                .await
                .context("failed to open the SQLite file")?;
            SQLITE_MIGRATIONS
                .run(&pool)
                .await
                .context("failed to migrate the SQLite database")?;
            pool.close().await;
        }
        Backend::Postgres => {
            let pool = PgPoolOptions::new()
                .max_connections(1)
                .connect(url)
                .await
                .context("failed to connect to PostgreSQL")?;
            POSTGRES_MIGRATIONS
                .run(&pool)
                .await
                .context("failed to migrate the PostgreSQL database")?;
            pool.close().await;
        }
    }
    Ok(())
}
