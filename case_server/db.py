"""Database engine, transactions and migrations for SQLite and PostgreSQL alike."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from . import models


def now_ms() -> int:
    return int(time.time() * 1000)


def normalize_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy would otherwise look for psycopg2)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Database:
    """One engine; ``write()`` transactions are serialized, ``read()`` ones are not."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            path = sa.engine.make_url(self.url).database
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.engine = sa.create_engine(
                self.url, connect_args={"check_same_thread": False, "timeout": 30},
                poolclass=sa.pool.QueuePool, pool_size=8,
            )
            self._sqlite_events()
        else:
            self.engine = sa.create_engine(self.url, pool_size=8, max_overflow=8,
                                           pool_pre_ping=True)

    def _sqlite_events(self) -> None:
        @sa.event.listens_for(self.engine, "connect")
        def _connect(dbapi_conn, _record):
            # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own
            # deferred BEGIN would let two writers both read, then deadlock on upgrade).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            # A pushed change the server acknowledged must survive a power cut.
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @sa.event.listens_for(self.engine, "begin")
        def _begin(conn):
            immediate = conn.get_execution_options().get("courtdesk_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @contextlib.contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def write(self, *, log: bool = True) -> Iterator[sa.Connection]:
        """A transaction that holds the writers' lock from its first statement.

        SQLite: BEGIN IMMEDIATE. PostgreSQL: a row lock on log_head, so the change log's
        sequence numbers are handed out in commit order; ``log=False`` for writes that do
        not touch the change log (tokens, blobs) and need not wait for pushes there.
        """
        with self.engine.connect() as conn:
            conn = conn.execution_options(courtdesk_write=True)
            with conn.begin():
                if log and not self.is_sqlite:
                    conn.execute(sa.select(models.log_head.c.seq)
                                 .where(models.log_head.c.id == 1).with_for_update())
                yield conn

    def migrate(self) -> None:
        """Bring the schema to the newest migration shipped with this server."""
        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.engine.connect() as conn:
            conn = conn.execution_options(courtdesk_write=True)
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()

    def dispose(self) -> None:
        self.engine.dispose()
