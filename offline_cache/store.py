"""The encrypted local store: one SQLCipher database per user profile.

Every change to a synced record goes through :meth:`LocalStore.save` or
:meth:`LocalStore.remove`, which write the row, an outbox row and an audit entry in one
transaction: either all three land or none does.

One writer, many readers. The store holds one writer connection; every write goes through
it inside :meth:`LocalStore.transaction`, one transaction at a time in the process. Each
thread reads through a connection of its own (WAL lets readers run beside the writer), so
a read sees committed data only: the sync thread never sees, and never pushes, the outbox
rows of a transaction another thread may still roll back. Readers are opened read-only
(``query_only``): a write outside a transaction fails loudly instead of slipping past the
writer. A reader is closed when its thread ends, and :meth:`LocalStore.close` closes every
one still open.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from courtdesk.common.ids import new_id

from . import audit_chain
from .errors import (
    EncryptionUnavailable,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreUnwritable,
)
from .migrations import LATEST_VERSION, MIGRATIONS
from .store_integrity import damage_problems, damaged_error, is_damage_error
from .store_key import (
    HEADER_NAME,
    PassphraseProvider,
    StoreHeader,
    create_key,
    ensure_writable,
    unlock_existing,
)

log = logging.getLogger(__name__)

DB_NAME = "store.db"
SYNCED_TABLES = ("cases", "case_members", "parties", "hearings", "documents", "recordings",
                 "recording_chunks", "segments", "hearing_notes", "catalog_entries",
                 "annotations")
_BOOKKEEPING = {"id", "created_at", "updated_at", "server_version", "base_version", "deleted"}
_PLAINTEXT_MAGIC = b"SQLite format 3\x00"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _sqlcipher():
    try:
        import sqlcipher3

        sqlcipher3.connect  # noqa: B018  (a half-removed install imports as an empty folder)
    except (ImportError, AttributeError) as exc:
        raise EncryptionUnavailable(
            "The encryption library (sqlcipher3, from the package sqlcipher3-wheels) is "
            "missing or broken, and courtdesk never keeps court data unencrypted. Reinstall "
            "courtdesk with its dependencies or ask court IT.",
        ) from exc
    return sqlcipher3


def translate_sqlite_error(exc: BaseException, directory: Path) -> StoreError:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StoreFull(
            f"The disk holding {directory} is full. The last change was not saved; everything "
            "saved before it is intact. Free some space and try again.",
            path=str(directory),
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreUnwritable(
            f"courtdesk cannot write to its store in {directory} ({exc}). Nothing was lost; fix "
            "the folder's permissions or the disk, then try again.",
            path=str(directory),
        )
    if is_damage_error(exc):
        return damaged_error(directory, [f"{type(exc).__name__}: {exc}".rstrip(": ")], None)
    return StoreError(f"The local store failed: {exc}", path=str(directory))


def _connect(db_path: Path, key: bytes, *, writer: bool):
    """A keyed connection: the key before anything else touches the file."""
    sqlcipher3 = _sqlcipher()
    # check_same_thread off: the writer serves whichever thread holds the write lock, and
    # close() closes every reader from the closing thread.
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False,
                              timeout=10)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if writer:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        else:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


class _Reader:
    """One thread's read connection, closed when the thread's state goes (thread end)."""

    __slots__ = ("_lock", "_open", "conn")

    def __init__(self, conn, open_readers: set, lock: threading.RLock) -> None:
        self.conn = conn
        self._open = open_readers
        self._lock = lock
        with lock:
            open_readers.add(conn)

    def __del__(self) -> None:
        with self._lock:
            self._open.discard(self.conn)
        self.conn.close()


# Tables whose records belong to one case (by ``case_id``; a case is its own ``id``).
_CASE_TABLES = frozenset({"cases", "parties", "hearings", "documents"})

class LocalStore:
    """An open, unlocked store. Use :meth:`open`; close it when done.

    :attr:`conn` is the writer inside the calling thread's :meth:`transaction`, and that
    thread's own read connection everywhere else.
    """

    def __init__(self, directory: Path, writer, header: StoreHeader, key: bytes) -> None:
        self.directory = directory
        self._writer = writer
        self.header = header
        self._key = key
        # One writer transaction at a time in the process; the thread holding it is the
        # only one that may touch the writer connection.
        self._write_lock = threading.RLock()
        self._writer_thread: int | None = None
        self._depth = 0
        self._local = threading.local()  # this thread's _Reader
        self._open_readers: set = set()
        self._readers_lock = threading.RLock()  # RLock: a _Reader may die inside it (GC)
        self._closed = False

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        directory: Path | str,
        ask_passphrase: PassphraseProvider | None = None,
        *,
        create: bool = True,
    ) -> LocalStore:
        directory = Path(directory)
        db_path = directory / DB_NAME
        header_path = directory / HEADER_NAME
        sqlcipher3 = _sqlcipher()
        if db_path.exists() and not header_path.exists():
            raise StoreDamaged(
                f"{header_path} is missing, so courtdesk cannot tell how to unlock the store "
                f"in {directory}. Nothing was changed; restore store.json from a backup.",
                path=str(directory),
            )
        if header_path.exists() and not db_path.exists():
            raise StoreDamaged(
                f"The store database {db_path} is missing while its header is there. Nothing "
                "was changed. Restore store.db from a backup; on a brand-new install, delete "
                "store.json to start afresh.",
                path=str(directory),
            )
        if db_path.exists():
            with open(db_path, "rb") as handle:
                if handle.read(16) == _PLAINTEXT_MAGIC:
                    raise StoreDamaged(
                        f"{db_path} is an unencrypted database, which courtdesk never "
                        "writes: it was replaced by something else. Nothing was changed; ask "
                        "court IT.",
                        path=str(directory),
                    )
            header = StoreHeader.read(header_path)
            key = unlock_existing(header, directory, ask_passphrase)
            creating = False
        else:
            if not create:
                raise StoreError(f"There is no courtdesk store in {directory}.")
            ensure_writable(directory)
            key, header = create_key(directory, new_id(), ask_passphrase)
            header.write(header_path)
            creating = True
        try:
            writer = _connect(db_path, key, writer=True)
        except (sqlcipher3.Error, MemoryError) as exc:
            raise translate_sqlite_error(exc, directory) from exc
        if not creating:
            # Every page's HMAC, before anything trusts the file: a changed byte in an
            # index page would otherwise pass unnoticed until some query trips on it.
            def connect():
                return _connect(db_path, key, writer=False)

            problems = damage_problems(connect, full=False)
            if problems:
                writer.close()
                raise damaged_error(directory, problems, connect)
        store = cls(directory, writer, header, key)
        try:
            store._migrate()
            store._rename_blob_files()
        except (sqlcipher3.Error, MemoryError) as exc:
            store.close()
            raise translate_sqlite_error(exc, directory) from exc
        except BaseException:
            store.close()
            raise
        log.info("store %s %s", "created" if creating else "opened", header.store_id)
        return store

    def close(self, timeout: float = 30.0) -> None:
        """Close every reader and the writer, after a transaction under way has ended."""
        if self._closed:
            return
        self._closed = True
        # A write in flight on another thread finishes first: it is never cut off.
        locked = self._write_lock.acquire(timeout=timeout)
        if not locked:
            log.warning("store closed while a transaction was still running")
        try:
            with self._readers_lock:
                readers = list(self._open_readers)
                self._open_readers.clear()
            for reader in readers:
                reader.close()
            self._writer.close()  # the last connection: SQLite checkpoints the WAL
        finally:
            self._key = b""
            if locked:
                self._write_lock.release()

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def conn(self):
        """The connection for this thread now: the writer inside this thread's transaction,
        else this thread's reader (opened on first use)."""
        if self._writer_thread == threading.get_ident():
            return self._writer
        return self._reader().conn

    def _reader(self) -> _Reader:
        reader = getattr(self._local, "reader", None)
        if reader is not None:
            return reader
        if self._closed:
            raise StoreError("The store is closed.", path=str(self.directory))
        import sqlcipher3

        try:
            conn = _connect(self.directory / DB_NAME, self._key, writer=False)
        except sqlcipher3.Error as exc:
            raise translate_sqlite_error(exc, self.directory) from exc
        reader = _Reader(conn, self._open_readers, self._readers_lock)
        if self._closed:  # closed while this one opened: close() did not see it
            conn.close()
            raise StoreError("The store is closed.", path=str(self.directory))
        self._local.reader = reader
        return reader

    def open_readers(self) -> int:
        """Read connections open now (one per thread that read and is still running)."""
        with self._readers_lock:
            return len(self._open_readers)

    @property
    def key(self) -> bytes:
        return self._key

    def _migrate(self) -> None:
        # Still inside open(): no other thread has the store, so the writer reads here.
        have = 0
        if self._writer.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone():
            row = self._writer.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
            have = int(row[0]) if row else 0
        if have > LATEST_VERSION:
            raise StoreError(
                f"This store was written by a newer courtdesk (schema {have}, this one knows "
                f"{LATEST_VERSION}). Nothing was changed; update courtdesk.",
            )
        for version, description, statements in MIGRATIONS:
            if version <= have:
                continue
            with self.transaction():
                for sql in statements:
                    # A callable is a step plain SQL cannot say (migrations.add_column).
                    sql(self.conn) if callable(sql) else self.conn.execute(sql)
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(max(version, have)),),
                )
            log.info("store migrated to schema %s (%s)", version, description)

    def _rename_blob_files(self) -> None:
        from .blobs import migrate_blob_names

        try:
            migrate_blob_names(self)
            # What it read went through the opening thread's read connection; that thread
            # (the window's) does no store work after this, so it holds none open.
            self._local.reader = None
        except OSError as exc:
            raise StoreUnwritable(
                f"courtdesk could not rename its files in {self.directory / 'blobs'} to their "
                f"keyed names ({exc}). Nothing was lost: each file is under its old or its new "
                "name, and the next start carries on. Fix the folder's permissions or the "
                "disk, then start courtdesk again.", path=str(self.directory)) from exc

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction on the writer (nested calls join the outer one).

        Other threads wait for it to end before they write, and read only what was
        committed before it: its rows appear to them at COMMIT, or never.
        """
        import sqlcipher3

        with self._write_lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            if self._closed:
                raise StoreError("The store is closed.", path=str(self.directory))
            writer = self._writer
            try:
                writer.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                raise translate_sqlite_error(exc, self.directory) from exc
            self._depth = 1
            self._writer_thread = threading.get_ident()
            try:
                yield
                writer.execute("COMMIT")
            except BaseException as exc:
                try:
                    writer.execute("ROLLBACK")
                except sqlcipher3.Error:
                    pass  # SQLite already rolled back (e.g. on SQLITE_FULL)
                if isinstance(exc, sqlcipher3.Error | MemoryError):
                    raise translate_sqlite_error(exc, self.directory) from exc
                raise
            finally:
                self._depth = 0
                self._writer_thread = None

    # -- reads ---------------------------------------------------------------------------
    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def get(self, table: str, record_id: str) -> dict | None:
        rows = self.query(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        return rows[0] if rows else None

    # -- writes to synced records --------------------------------------------------------
    def save(self, table: str, values: dict, *, actor: str, action: str | None = None,
             detail: dict | None = None) -> dict:
        """Insert or update one synced record, with its outbox row and audit entry
        (``detail`` adds to what the entry records: a recording's manifest at its stop)."""
        if table not in SYNCED_TABLES:
            raise ValueError(f"{table} is not a synced table")
        now = utc_now()
        with self.transaction():
            existing = self.get(table, values["id"]) if values.get("id") else None
            if existing is None:
                row = dict(values)
                row.setdefault("id", new_id())
                row.update(created_at=now, updated_at=now, server_version=0,
                           base_version=0, deleted=0)
                columns = ", ".join(row)
                marks = ", ".join(f":{c}" for c in row)
                self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
                op, changed = "insert", sorted(set(values) - _BOOKKEEPING)
            else:
                changed = sorted(
                    k for k, v in values.items()
                    if k not in _BOOKKEEPING and existing.get(k) != v
                )
                if not changed:
                    return existing
                row = {**existing, **{k: values[k] for k in changed}, "updated_at": now,
                       "base_version": existing["server_version"]}
                assignments = ", ".join(f"{c} = :{c}" for c in changed + ["updated_at",
                                                                         "base_version"])
                self.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", row)
                op = "update"
            self._outbox(table, row, op, changed if op == "update" else None,
                         author=self._author_id(actor))
            audit_chain.append(self.conn, at=now, actor=actor, action=action or f"{table}.{op}",
                               record_type=table, record_id=row["id"],
                               detail={**(detail or {}), "fields": changed})
        return row

    def append_many(self, table: str, rows: list[dict], *, actor: str, action: str,
                    detail: dict | None = None) -> list[dict]:
        """Insert new records in one transaction with one audit entry for the batch.

        For append-only streams (audio chunk manifests): one audit entry a second instead
        of one per channel keeps the chain short while still covering every chunk hash.
        """
        if table not in SYNCED_TABLES:
            raise ValueError(f"{table} is not a synced table")
        now = utc_now()
        stored = []
        with self.transaction():
            author = self._author_id(actor)
            for values in rows:
                row = {**values, "created_at": now, "updated_at": now, "server_version": 0,
                       "base_version": 0, "deleted": 0}
                row.setdefault("id", new_id())
                columns = ", ".join(row)
                marks = ", ".join(f":{c}" for c in row)
                self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
                self._outbox(table, row, "insert", author=author)
                stored.append(row)
            audit_chain.append(self.conn, at=now, actor=actor, action=action, record_type=table,
                               record_id=stored[0]["id"] if stored else "",
                               detail={**(detail or {}), "count": len(stored)})
        return stored

    def remove(self, table: str, record_id: str, *, actor: str) -> None:
        """Tombstone a synced record (rows are never deleted, so the deletion can sync)."""
        now = utc_now()
        with self.transaction():
            existing = self.get(table, record_id)
            if existing is None or existing["deleted"]:
                return
            self.conn.execute(
                f"UPDATE {table} SET deleted = 1, updated_at = ?, base_version = server_version"
                " WHERE id = ?",
                (now, record_id),
            )
            row = {**existing, "deleted": 1, "updated_at": now}
            self._outbox(table, row, "delete", author=self._author_id(actor))
            audit_chain.append(self.conn, at=now, actor=actor, action=f"{table}.delete",
                               record_type=table, record_id=record_id)

    def _outbox(self, table: str, row: dict, op: str, fields: list[str] | None = None, *,
                author: str) -> None:
        self.conn.execute(
            "INSERT INTO outbox (change_id, record_type, record_id, op, payload, base_version,"
            " created_at, fields, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), table, row["id"], op, json.dumps(row, ensure_ascii=False),
             row.get("server_version", 0), row["updated_at"],
             json.dumps(fields) if fields is not None else "", author),
        )

    def _author_id(self, actor: str) -> str:
        """The account id of the audit actor ``actor``: a change is sent only under its
        author's own login. "" (never sent) for an actor that is no account."""
        row = self.conn.execute("SELECT id FROM users WHERE username = ?", (actor,)).fetchone()
        return row[0] if row else ""

    # -- audit ---------------------------------------------------------------------------
    def audit(self, actor: str, action: str, record_type: str = "", record_id: str = "",
              detail: dict | None = None) -> dict:
        """Record an act that changes no synced row (login, open, export...)."""
        with self.transaction():
            return audit_chain.append(self.conn, at=utc_now(), actor=actor, action=action,
                                      record_type=record_type, record_id=record_id,
                                      detail=detail)

    def verify_audit(self) -> audit_chain.AuditReport:
        """The chain link by link, and that it still extends every signed receipt of the
        court's servers (what the key holder cannot rewrite)."""
        from .audit_receipts import check_receipts
        from .recording_manifest import manifest_problems

        report = audit_chain.verify(self.conn)
        accounts = self.conn.execute("SELECT count(*) FROM users").fetchone()[0]
        if not report.entries and accounts:
            # Every account's creation writes an entry: an empty log was emptied.
            report.problems.append(audit_chain.AuditProblem(
                0, "emptied", f"the audit log is empty although this store has {accounts} "
                "account(s), each recorded when it was made: the log was deleted"))
        check_receipts(self.conn, self.header.store_id, report)
        for _recording, entry_seq, _first, message in manifest_problems(self.conn):
            report.problems.append(audit_chain.AuditProblem(entry_seq, "recording_cut",
                                                            message))
        return report

    # -- outbox state --------------------------------------------------------------------
    def pending_changes(self) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight')"
        ).fetchone()[0]

    def local_only_changes(self) -> int:
        """Changes kept on this PC by design (the demo case's): unsynced, never sent."""
        return self.conn.execute(
            "SELECT count(*) FROM outbox WHERE state = 'demo'").fetchone()[0]

    def keep_on_this_pc(self, case_id: str, reason: str) -> None:
        """Mark a case whose records never leave this PC, whoever logs in (the demo)."""
        with self.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO local_only_cases (case_id, reason, marked_at)"
                " VALUES (?, ?, ?)", (case_id, reason, utc_now()))

    def kept_here_ids(self, table: str) -> set[str]:
        """Records of a case kept on this PC by design (the demo's, and all added to it
        later): never sent, so never waiting either; screens say so instead of "unsynced"."""
        if table not in _CASE_TABLES:
            raise ValueError(f"not a table of case records: {table}")
        column = "id" if table == "cases" else "case_id"
        rows = self.conn.execute(
            f"SELECT id FROM {table} WHERE {column} IN (SELECT case_id FROM local_only_cases)")
        return {r[0] for r in rows}

    def unsynced_ids(self, table: str) -> set[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT record_id FROM outbox WHERE record_type = ? "
            "AND state IN ('pending', 'inflight', 'demo')",  # demo records never leave
            (table,),
        )
        return {r[0] for r in rows}

    def requeue_inflight(self) -> int:
        """Start-up sweep: changes a killed sync left in flight go back to pending."""
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE outbox SET state = 'pending' WHERE state = 'inflight'"
            )
            return cur.rowcount

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page HMACs and SQLite's full integrity check, each on a fresh
        connection (a bad page poisons the connection that read it); [] when sound."""
        return damage_problems(self._fresh_connection, full=True)

    def damaged(self, problems: list[str]) -> StoreDamaged:
        """The error to show for ``problems``, with what a restore from the server loses."""
        return damaged_error(self.directory, problems, self._fresh_connection)

    def _fresh_connection(self):
        return _connect(self.directory / DB_NAME, self._key, writer=False)
