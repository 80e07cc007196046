"""One store's sync with one case server: push the outbox, then pull the server's log.

Exactly once: every outbox row keeps the ``change_id`` it was made with. A batch is marked
``inflight`` in a transaction before it is sent; the server applies each change id once and
answers a replay with the stored result, so resending after a lost response, a crash or a
duplicate is safe. The results are applied in one transaction; a pulled page and the cursor
after it are stored in one transaction.

One sync at a time per server: a round, a push, a pull and taking a case offline hold the
lock of their store and server (:func:`server_lock`), whichever thread and whichever client
object runs them, so two of them never pull the same pages or fetch the same files at once.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

from . import sync_apply as apply
from .store import LocalStore
from .sync_audit import AuditSender
from .sync_blobs import BlobTransfer, UploadReport
from .sync_history import prune_sync_history
from .sync_inbox import ConflictInbox, add_entry
from .sync_scope import LOCAL_ONLY, hold_local_only, waiting_for_others
from .sync_transport import LoginRequired, ServerRefused, ServerSession, SyncError

log = logging.getLogger(__name__)

PUSH_BATCH = 1000  # the server's limit per push
# The server has not got (all of) a file the change names from this account: upload it again.
BLOB_NOT_UPLOADED = ("blob_not_uploaded", "blob_incomplete")
PULL_PAGE = 500

_server_locks: dict[tuple[str, str], threading.RLock] = {}
_server_locks_guard = threading.Lock()


def server_lock(store_id: str, server: str) -> threading.RLock:
    """The one lock of store ``store_id``'s sync with ``server`` in this process.

    Reentrant: a round holds it and calls push and pull, which take it too.
    """
    with _server_locks_guard:
        return _server_locks.setdefault((store_id, server), threading.RLock())


@dataclass
class SyncReport:
    """What one round did, for the CLI, the log and the status line."""

    server: str
    pushed: int = 0
    applied: int = 0
    replayed: int = 0
    conflicts: int = 0
    rejected: int = 0
    retry_later: int = 0
    held_for_upload: int = 0
    # Made by other accounts on this PC: sent when that person logs in, never under mine.
    waiting_for_others: int = 0
    kept_on_this_pc: int = 0  # under a case that never leaves this PC (the demo)
    pulled: int = 0
    pulled_applied: int = 0
    pulled_deferred: int = 0
    cursor: int = 0
    cursor_reset: bool = False
    uploads: dict = field(default_factory=dict)
    audit: dict = field(default_factory=dict)
    downloads: int = 0
    laws: dict = field(default_factory=dict)  # the court's law library: none/current/installed
    errors: list[str] = field(default_factory=list)
    error_codes: list[str] = field(default_factory=list)  # one per entry of ``errors``

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class SyncStatus:
    """The status line's plain data (the GUI shows it; the CLI prints it)."""

    server: str
    online: bool
    pending: int
    conflicts: int
    uploading_done_bytes: int
    uploading_total_bytes: int
    last_sync_at: str
    last_error: str  # English, for the CLI and the log
    last_error_code: str = ""  # the GUI shows the translated text of this code
    last_error_server_code: str = ""  # the case server's own code, when it refused
    # Of ``pending``: made by other accounts on this PC, waiting for their own login.
    waiting_for_others: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


class OtherAccountLogin(LoginRequired):
    """The login to the court's server kept on this PC is another account's than the one
    working here: nothing is sent or fetched under it."""

    code = "login_other_account"


class SyncClient:
    def __init__(self, store: LocalStore, server_url: str, ca_file: str | Path | None = None,
                 *, transport: httpx.BaseTransport | None = None, metered: bool = False,
                 chunk_size: int | None = None, session: ServerSession | None = None,
                 account_id: str | None = None) -> None:
        self.store = store
        # The local account working here (the window's), when there is one: the server
        # login must be that account's own, or this client syncs nothing.
        self.account_id = account_id
        self.session = session or ServerSession(server_url, ca_file, transport=transport,
                                                profile=store.header.store_id)
        self.server = self.session.server_url
        self.client_id = store.header.store_id
        kwargs = {"chunk_size": chunk_size} if chunk_size else {}
        self.blobs = BlobTransfer(store, self.session, metered=metered, **kwargs)
        self.inbox = ConflictInbox(store)
        self.audit = AuditSender(store, self.session, self.server, self.client_id)
        # The law library file this PC cites from; when set, each sync brings it to the
        # court's current one.
        self.laws_target: Path | None = None
        # Called with the store after each sync that went through (never fail the sync).
        self.after_sync: list[Callable[[LocalStore], None]] = []
        # A seam for fault tests: runs inside a pull page's transaction, after the rows
        # and before the cursor; raising there is a crash at the worst moment.
        self.before_cursor_store: Callable[[int], None] | None = None
        # Held by whatever talks to this server for this store: one sync at a time.
        self.exclusive = server_lock(self.client_id, self.server)

    def close(self) -> None:
        self.session.close()

    def me(self) -> str:
        """The id of the account logged in to the server: the only author whose changes
        this client sends. LoginRequired when there is no login, or it is not the account
        working here."""
        user = self.session.user
        if not user:
            # No advice on how: the window says "under Sync", the command line adds its own.
            raise LoginRequired(f"Log in to {self.server} first; your work stays on this PC "
                                "meanwhile.", server=self.server)
        me = str(user.get("id") or "")
        if self.account_id is not None and me != self.account_id:
            raise OtherAccountLogin(
                f"The login to {self.server} kept on this PC is {user.get('username')!r}'s, "
                "not yours: nothing is sent under another person's name. Log in to the "
                "court's server as yourself; your work stays on this PC meanwhile.",
                server_code="other_account")
        return me

    # -- one round -------------------------------------------------------------------------
    def sync(self, *, download_documents: bool = True) -> SyncReport:
        """Upload blobs, push, pull. Transient errors propagate (the worker backs off)."""
        with self.exclusive:
            report = SyncReport(self.server)
            me = self.me()
            report.kept_on_this_pc = hold_local_only(self.store)
            report.uploads = self._upload(self.blobs.upload_needed(me))
            self.push(report)
            self.send_audit(report)
            self.pull(report)
            if download_documents:
                report.downloads = self.download_documents()
            if self.laws_target is not None:
                self._sync_laws(report)
            with self.store.transaction():
                apply.mark_synced(self.store, self.server)
                apply.log_event(self.store, self.server, "sync", _summary(report))
            prune_sync_history(self.store, self.server)  # at most once a day
        for hook in self.after_sync:  # what waited for a connection (late timestamps)
            hook(self.store)
        return report

    def _sync_laws(self, report: SyncReport) -> None:
        from courtdesk.laws.records import LawLibraryError

        from .sync_laws import fetch_law_library

        try:
            report.laws = fetch_law_library(self.session, self.laws_target)
        except LawLibraryError as exc:
            # A damaged or foreign file: the library here stays; the next sync fetches anew.
            report.laws = {"status": "refused"}
            report.errors.append(str(exc))
            report.error_codes.append(exc.code)
        except OSError as exc:
            # A machine-wide library IT installed read-only: IT updates that one.
            report.laws = {"status": "refused"}
            report.errors.append(f"The court's law library could not be written to "
                                 f"{self.laws_target} ({exc.strerror or exc}); the library "
                                 "there stays in use.")
            report.error_codes.append("law_library_unwritable")

    @staticmethod
    def _upload(upload: UploadReport) -> dict:
        return {"completed": len(upload.completed), "deferred": len(upload.deferred),
                "failed": upload.failed, "bytes_sent": upload.bytes_sent}

    # -- push ------------------------------------------------------------------------------
    def push(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport(self.server)
        last_seq = 0
        # Records with an earlier change held back: their later changes wait behind it
        # (a row carries the whole record, so it would send the held change's fields too).
        blocked: set[tuple[str, str]] = set()
        with self.exclusive:
            me = self.me()
            hold_local_only(self.store)
            while True:
                batch, last_seq, more = self._next_batch(last_seq, me, blocked, report)
                if batch:
                    self._push_batch(batch, report)
                if not more:
                    return report

    def _next_batch(self, after_seq: int, me: str, blocked: set[tuple[str, str]],
                    report: SyncReport) -> tuple[list[dict], int, bool]:
        """Pending rows after ``after_seq`` that ``me`` made, outside the cases kept on
        this PC, minus those that must wait for a blob; a row held back holds every later
        change of the same record, so a record's changes keep their order."""
        complete = self.blobs.complete_set()
        rows = self.store.query(
            f"SELECT * FROM outbox WHERE state = 'pending' AND seq > ? AND NOT {LOCAL_ONLY} "
            "ORDER BY seq LIMIT ?", (after_seq, PUSH_BATCH * 2))
        batch = []
        last = after_seq
        for row in rows:
            if len(batch) == PUSH_BATCH:
                break
            last = row["seq"]
            key = (row["record_type"], row["record_id"])
            if row["author"] != me:
                blocked.add(key)
                report.waiting_for_others += 1
                continue
            waiting = row["op"] != "delete" and any(
                sha not in complete for sha in apply.blob_refs(row["record_type"],
                                                               json.loads(row["payload"])))
            if key in blocked or waiting:
                blocked.add(key)
                report.held_for_upload += 1
                continue
            batch.append(row)
        more = len(rows) > 0 and last != after_seq and (
            len(batch) == PUSH_BATCH or len(rows) == PUSH_BATCH * 2)
        return batch, last, more

    def _push_batch(self, batch: list[dict], report: SyncReport) -> None:
        ids = [r["change_id"] for r in batch]
        marks = ",".join("?" * len(ids))
        with self.store.transaction():
            self.store.conn.execute(
                f"UPDATE outbox SET state = 'inflight', attempts = attempts + 1 "
                f"WHERE change_id IN ({marks})", ids)
        body = {"client_id": self.client_id, "changes": [
            {"change_id": r["change_id"], "record_type": r["record_type"],
             "record_id": r["record_id"], "op": r["op"], "base_version": r["base_version"],
             "author": r["author"], "payload": json.loads(r["payload"])} for r in batch]}
        try:
            response = self.session.send("POST", "/sync/push", json=body)
            results = response.json()["results"]
            if len(results) != len(batch):
                raise ServerRefused("The server answered a push with the wrong number of "
                                    "results; nothing was marked done.")
        except BaseException as exc:
            # Not sent, or sent and the answer lost: the same change ids go again later.
            with self.store.transaction():
                self.store.conn.execute(
                    f"UPDATE outbox SET state = 'pending', last_error = ? "
                    f"WHERE change_id IN ({marks}) AND state = 'inflight'",
                    [type(exc).__name__, *ids])
            raise
        report.pushed += len(batch)
        self._apply_results(batch, results, report)

    def _apply_results(self, batch: list[dict], results: list[dict],
                       report: SyncReport) -> None:
        by_id = {r["change_id"]: r for r in batch}
        with self.store.transaction():
            # Only this batch's rows change state below, so which records still have a
            # later change waiting is known before the loop.
            waiting = apply.waiting_records(
                self.store, ((r["record_type"], r["record_id"]) for r in batch), by_id)
            done: list[str] = []
            for result in results:
                row = by_id.get(result["change_id"])
                if row is None:
                    continue  # not ours: ignore rather than mark the wrong row
                table, record_id = row["record_type"], row["record_id"]
                status = result["status"]
                report.replayed += bool(result.get("replayed"))
                if status == "applied":
                    report.applied += 1
                    done.append(row["change_id"])
                    settled = (table, record_id) not in waiting
                    merged = result.get("row")
                    if merged and settled:
                        apply.write_server_row(self.store, table, record_id, merged,
                                               result["server_version"],
                                               bool(result.get("deleted")))
                    elif result.get("server_version") is not None:
                        apply.confirm_version(self.store, table, record_id,
                                              result["server_version"], result.get("deleted"),
                                              settled=settled)
                elif status == "conflict":
                    report.conflicts += 1
                    self._set_state(row, "conflict")
                    kind = "merge_conflict" if result.get("conflict_fields") else "conflict"
                    add_entry(self.store, self.server, kind, row, result)
                    local = apply.local_version(self.store, table, record_id)
                    server_version = int(result.get("server_version") or 0)
                    # The court's row stands; an older replayed answer never rolls back a
                    # newer version a pull already brought.
                    if result.get("row") is not None and (local is None
                                                          or server_version >= local):
                        apply.write_server_row(self.store, table, record_id, result["row"],
                                               server_version, bool(result.get("deleted")))
                    apply.log_event(self.store, self.server, "conflict",
                                    {"record_type": table, "record_id": record_id,
                                     "change_id": row["change_id"], "kind": kind})
                elif result.get("retryable"):
                    report.retry_later += 1
                    self._set_state(row, "pending", result.get("code") or "retry")
                    if result.get("code") in BLOB_NOT_UPLOADED:
                        self.blobs.upload_again(apply.blob_refs(table,
                                                                json.loads(row["payload"])))
                else:
                    report.rejected += 1
                    self._set_state(row, "rejected", result.get("code") or "rejected")
                    add_entry(self.store, self.server, "rejected", row, result)
                    apply.log_event(self.store, self.server, "rejected",
                                    {"record_type": table, "record_id": record_id,
                                     "change_id": row["change_id"],
                                     "code": result.get("code")})
            # One statement for the applied rows (usually the whole batch), not one each.
            self.store.conn.execute(
                "UPDATE outbox SET state = 'done', last_error = '' "
                "WHERE change_id IN (SELECT value FROM json_each(?))", (json.dumps(done),))

    def _set_state(self, row: dict, state: str, error: str = "") -> None:
        self.store.conn.execute("UPDATE outbox SET state = ?, last_error = ? WHERE change_id = ?",
                                (state, error, row["change_id"]))

    # -- audit -----------------------------------------------------------------------------
    def send_audit(self, report: SyncReport | None = None) -> SyncReport:
        """After the push, so the entries of the changes just pushed go in the same round."""
        report = report or SyncReport(self.server)
        sent = self.audit.send()
        report.audit = sent.as_dict()
        if sent.refused and sent.refused != "unsupported":
            log.error("audit log refused by %s: %s", self.server, sent.message)
            report.errors.append(sent.message)
            report.error_codes.append(sent.refused)
        return report

    # -- pull ------------------------------------------------------------------------------
    def pull(self, report: SyncReport | None = None, *, case_id: str | None = None,
             page_size: int = PULL_PAGE) -> SyncReport:
        """Pull the log from the stored cursor, or one case from 0 (``case_id``)."""
        with self.exclusive:
            self.me()  # never another account's login in this account's place
            return self._pull(report or SyncReport(self.server), case_id, page_size)

    def _pull(self, report: SyncReport, case_id: str | None, page_size: int) -> SyncReport:
        cursor = 0 if case_id else apply.read_cursor(self.store, self.server)
        joined: set[str] = set()
        me = (self.session.user or {}).get("id")
        while True:
            params: dict = {"cursor": cursor, "limit": page_size}
            if case_id:
                params["case_id"] = case_id
            try:
                page = self.session.send("GET", "/sync/pull", params=params).json()
            except ServerRefused as exc:
                if exc.params.get("server_code") == "cursor_ahead" and not case_id:
                    # The server was restored from a backup: start over from 0. Rows we
                    # have stay; pending edits are pushed again by change id.
                    log.warning("server %s is behind our cursor %s; pulling from 0",
                                self.server, cursor)
                    with self.store.transaction():
                        apply.store_cursor(self.store, self.server, 0, allow_back=True)
                        apply.log_event(self.store, self.server, "cursor_reset",
                                        {"was": cursor})
                    report.cursor_reset = True
                    cursor = 0
                    continue
                raise
            changes = page["changes"]
            next_cursor = int(page["next_cursor"])
            with self.store.transaction():
                # Rows of one page may name each other in any order; checked at commit.
                self.store.conn.execute("PRAGMA defer_foreign_keys = ON")
                self._apply_page(changes, report, joined, me)
                if self.before_cursor_store is not None:
                    self.before_cursor_store(next_cursor)
                if not case_id:
                    cursor = apply.store_cursor(self.store, self.server, next_cursor)
                else:
                    cursor = max(cursor, next_cursor)
                if changes:
                    apply.log_event(self.store, self.server, "pull",
                                    {"changes": len(changes), "cursor": cursor,
                                     **({"case_id": case_id} if case_id else {})})
            report.pulled += len(changes)
            if not page["has_more"]:
                break
        if not case_id:
            report.cursor = cursor
            # A case I was just added to: its earlier history is behind the cursor.
            for joined_case in sorted(joined):
                self._pull(report, joined_case, page_size)
        return report

    def _apply_page(self, changes: list[dict], report: SyncReport, joined: set[str],
                    me: str | None) -> None:
        waiting: dict[str, set[str]] = {}
        for change in changes:
            table, record_id = change["record_type"], change["record_id"]
            if table not in waiting:
                waiting[table] = apply.pending_ids(self.store, table)
            if record_id in waiting[table]:
                # A local edit is waiting: it is not overwritten. Its push meets this
                # version on the server and ends as applied, merged or in the inbox.
                report.pulled_deferred += 1
                continue
            local = apply.local_version(self.store, table, record_id)
            version = int(change["server_version"])
            if local is not None and local >= version:
                continue  # our own change coming back, or older than what we have
            if local is None and change["deleted"]:
                # A row this laptop never had (a seat on a case I was taken off, a note
                # withdrawn before I saw it): nothing to drop, and no tombstone to keep.
                continue
            apply.write_server_row(self.store, table, record_id, change["payload"], version,
                                   bool(change["deleted"]))
            report.pulled_applied += 1
            if (table == "case_members" and me and change["payload"].get("user_id") == me
                    and not change["deleted"]):
                joined.add(change["payload"].get("case_id"))

    # -- documents -------------------------------------------------------------------------
    def document_blobs(self, case_id: str | None = None) -> list[str]:
        sql = "SELECT blob_sha256, source_sha256 FROM documents WHERE deleted = 0"
        params: tuple = ()
        if case_id:
            sql += " AND case_id = ?"
            params = (case_id,)
        shas: list[str] = []
        for a, b in self.store.conn.execute(sql, params):
            for sha in (a, b):
                if sha and sha not in shas:
                    shas.append(sha)
        return shas

    def download_documents(self, case_id: str | None = None) -> int:
        """Fetch dossier files this PC lacks. On a metered link only small ones."""
        count = 0
        with self.exclusive:
            for sha in self.document_blobs(case_id):
                if self.blobs.blobs.has(sha):
                    continue
                try:
                    self.blobs.download(sha)
                    count += 1
                except ServerRefused as exc:
                    log.warning("download of %s refused: %s", sha[:12], exc.message)
        return count

    # -- status ----------------------------------------------------------------------------
    def status(self, *, online: bool, last_error: str = "", last_error_code: str = "",
               last_error_server_code: str = "") -> SyncStatus:
        done, total = self.blobs.progress()
        me = (self.session.user or {}).get("id")
        row = self.store.conn.execute("SELECT last_sync_at FROM sync_state WHERE server = ?",
                                      (self.server,)).fetchone()
        return SyncStatus(server=self.server, online=online,
                          pending=self.store.pending_changes(),
                          conflicts=self.inbox.count_open(), uploading_done_bytes=done,
                          uploading_total_bytes=total,
                          last_sync_at=row[0] if row else "", last_error=last_error,
                          last_error_code=last_error_code,
                          last_error_server_code=last_error_server_code,
                          waiting_for_others=waiting_for_others(self.store, me))


def _summary(report: SyncReport) -> dict:
    data = report.as_dict()
    return {k: v for k, v in data.items() if v not in (0, False, [], {}, "") or k == "cursor"}


def sync_log(store: LocalStore, limit: int = 100) -> list[dict]:
    rows = store.query("SELECT * FROM sync_log ORDER BY id DESC LIMIT ?", (limit,))
    for row in rows:
        row["detail"] = json.loads(row["detail"])
    return rows


__all__ = ["SyncClient", "SyncError", "SyncReport", "SyncStatus", "server_lock", "sync_log"]
