"""The GUI's link to the court's case server: one sync worker, its status, login, the inbox.

The worker (offline_cache/sync_worker.py) runs on its own thread and reports plain dicts;
they arrive here through a queued signal and go out as :attr:`SyncController.status_changed`
for the status bar and the sync workspace. Store reads and writes (the inbox, the log, the
local account adopted at login) go through the store queue; the network part of a login
runs on the general queue, so the store queue never waits while a 5G link takes its time.
Taking a case offline is work with the server, so it runs on the sync worker's own thread
between its rounds: one sync at a time per server.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from courtdesk.app.preferences import PrefKey
from courtdesk.app.sync_book import SyncBook
from courtdesk.common.roles import sees_case_content

from .jobs import Queue
from .labels import format_size
from .messages import describe, error_code, error_text
from .session import Session
from .translation import counted

translate = QCoreApplication.translate

SYNC_INTERVAL_S = 300.0  # a round every five minutes, plus after each save and on demand
# The waiting count is read again this often too: a recording writes without a signal.
COUNT_REFRESH_MS = 30_000


def log_line(entry: dict) -> tuple[str, str]:
    """A line of the sync log as (event, what happened) in the person's language; the raw
    detail stays for court IT (the workspace puts it in a tooltip)."""
    kind, detail = entry.get("kind", ""), entry.get("detail") or {}

    def count(key: str) -> int:
        value = detail.get(key)
        return int(value) if isinstance(value, int | float) else 0

    if kind == "sync":
        parts = [translate("SyncWorkspace", "sent %1, received %2")
                 .replace("%1", str(count("applied") + count("replayed")))
                 .replace("%2", str(count("pulled")))]
        conflicts, refused = count("conflicts"), count("rejected")
        if conflicts:
            parts.append(counted(translate("SyncWorkspace", "%n conflict(s) to resolve"),
                                 conflicts))
        if refused:
            parts.append(counted(translate("SyncWorkspace", "%n change(s) refused"), refused))
        if detail.get("errors"):
            parts.append(translate("SyncWorkspace", "with a problem (see above)"))
        return translate("SyncWorkspace", "Sync"), translate("SyncWorkspace", ", ").join(parts)
    if kind == "pull":
        changes = count("changes")
        text = counted(translate("SyncWorkspace", "%n change(s) from the court's server"), changes)
        return translate("SyncWorkspace", "Received"), text
    if kind in ("upload", "download"):
        size = format_size(count("size"))
        if kind == "upload":
            return translate("SyncWorkspace", "File sent"), size
        return translate("SyncWorkspace", "File received"), size
    if kind == "audit":
        sent = count("sent")
        text = counted(translate("SyncWorkspace", "%n entry(ies) sent"), sent)
        return translate("SyncWorkspace", "Audit log"), text
    if kind == "audit_rewind":
        return (translate("SyncWorkspace", "Audit log"),
                translate("SyncWorkspace", "sent again from entry %1")
                .replace("%1", str(count("now"))))
    if kind == "receipt_key_pinned":
        return (translate("SyncWorkspace", "Audit log"),
                translate("SyncWorkspace", "the court server's receipt key is now trusted on "
                                           "this PC"))
    if kind == "receipt_refused":
        return (translate("SyncWorkspace", "Audit log"),
                translate("SyncWorkspace", "a receipt from the server was refused (court IT: "
                                           "see the detail)"))
    if kind == "prune":
        return (translate("SyncWorkspace", "Old history removed"),
                translate("SyncWorkspace", "%1 sent change(s), %2 log line(s)")
                .replace("%1", str(count("outbox_rows"))).replace("%2", str(count("log_lines"))))
    problems = {"audit_refused": (translate("SyncWorkspace", "Audit log refused"),
                                  str(detail.get("code") or "server_refused")),
                "rejected": (translate("SyncWorkspace", "Refused by the server"),
                             str(detail.get("code") or "server_refused")),
                "conflict": (translate("SyncWorkspace", "Conflict"), "conflict"),
                "cursor_reset": (translate("SyncWorkspace", "Fetched again"), "cursor_ahead")}
    if kind in problems:
        event, code = problems[kind]
        return event, error_text(code).title
    return kind, ""  # a kind of a newer version: its name, the detail in the tooltip


class SyncController(QObject):
    status_changed = Signal(dict)
    # Emitted by the worker's listener on the worker thread; delivered on the GUI thread.
    _worker_status = Signal(dict)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client = None
        self.worker = None
        self.server = ""
        self.status: dict = {"configured": False}
        self._raw_status: dict = {"configured": False}  # the worker's, before the counts
        self.counts: dict = {}
        self._started = False
        self._worker_status.connect(self._status_arrived)
        session.store_changed.connect(self._local_change)
        self._count_timer = QTimer(self)
        self._count_timer.setInterval(COUNT_REFRESH_MS)
        self._count_timer.timeout.connect(self.refresh_counts)
        self._count_timer.start()

    # -- starting and stopping ---------------------------------------------------------------
    def start(self) -> None:
        """Find the server (machine config, else the one last logged in to) and sync."""
        if self._started:
            return
        self._started = True
        self.refresh_counts()
        if not sees_case_content(self.session.user.role):
            # Court IT syncs no case data (the server refuses it): no worker, no errors.
            self._publish({"configured": False, "court_it": True})
            return
        book, config = SyncBook(self.session.store, self.session.user), self.session.config

        def find() -> str:
            return config.server_url or book.last_server()

        self.session.runner.submit(find, queue=Queue.STORE, owner=self, label="sync server",
                                   on_done=self._connect, on_error=self._failed)

    def _connect(self, server: str, session=None) -> None:
        if not server:
            self._publish({"configured": False})
            return
        store, config = self.session.store, self.session.config
        metered = bool(self.session.prefs.get(PrefKey.METERED_LINK, False))
        account_id = self.session.user.id

        def make():
            # httpx and the sync modules load here, off the GUI thread, not at start-up.
            from courtdesk.offline_cache.sync_client import SyncClient
            from courtdesk.offline_cache.sync_worker import SyncWorker

            # Only the window's own account's login syncs here: its changes go under its
            # name, and nobody else's go under it.
            client = SyncClient(store, server, config.server_ca_file or None, metered=metered,
                                session=session, account_id=account_id)
            from courtdesk.app.signing_records import stamp_after_sync

            client.after_sync.append(stamp_after_sync)
            from courtdesk.app.profile import profile_dir
            from courtdesk.laws.opening import library_path

            client.laws_target = library_path(profile_dir())
            return client, SyncWorker(client, interval=SYNC_INTERVAL_S)

        self.session.runner.submit(make, queue=Queue.GENERAL, owner=self, label="sync client",
                                   on_done=self._run, on_error=self._failed)

    def _run(self, made) -> None:
        self.stop_worker()
        self.client, self.worker = made
        self.server = self.client.server
        self.worker.add_listener(self._worker_status.emit)
        self.worker.start()

    def stop_worker(self) -> None:
        worker, client = self.worker, self.client
        self.worker = self.client = None
        if worker is not None:
            worker.stop(timeout=10)
        if client is not None:
            client.close()

    def shutdown(self) -> None:
        self.stop_worker()

    # -- status ----------------------------------------------------------------------------
    def _status_arrived(self, status: dict) -> None:
        if self.worker is None:
            return  # a stopped worker's last word
        # Published once the counts are read again: the worker's own pending count takes
        # in the demo case's rows, which never wait for anything.
        self._raw_status = {**status, "configured": True}
        self.refresh_counts()

    def _publish(self, status: dict) -> None:
        self._raw_status = status
        self.status = {**status, **self.counts}
        self.status_changed.emit(self.status)

    def refresh_counts(self) -> None:
        """Read how many changes wait to be sent, and the demo case's (kept here)."""
        from courtdesk.offline_cache.sync_history import unsent_counts

        store = self.session.store
        self.session.runner.submit(lambda: unsent_counts(store), queue=Queue.STORE,
                                   owner=self, label="unsent changes",
                                   on_done=self._counts_arrived, on_error=self._counts_failed)

    def _counts_arrived(self, counts: dict) -> None:
        self.counts = {"pending": counts["waiting"], "kept_here": counts["kept_here"],
                       "count_error": None}
        self._publish(self._raw_status)

    def _counts_failed(self, exc: BaseException) -> None:
        self.counts = {**self.counts, "count_error": describe(exc)}
        self._publish(self._raw_status)

    def _failed(self, exc: BaseException) -> None:
        params = getattr(exc, "params", {}) or {}
        self._publish({**self._raw_status, "configured": bool(self.server),
                       "last_error": str(getattr(exc, "message", "") or exc),
                       "last_error_code": error_code(exc),
                       "last_error_server_code": str(params.get("server_code") or "")})

    def _local_change(self) -> None:
        # An edit was saved: send it soon rather than at the next five-minute round.
        self.refresh_counts()
        if self.worker is not None:
            self.worker.sync_now()

    def set_metered(self, metered: bool) -> None:
        """Large uploads wait (or go again) from the next round on."""
        if self.client is not None:
            self.client.blobs.metered = metered
            self.sync_now()

    def sync_now(self) -> bool:
        if self.worker is None:
            return False
        self.worker.sync_now()
        return True

    # -- login -----------------------------------------------------------------------------
    def log_in(self, server: str, username: str, password: str, *, on_done, on_error) -> None:
        """Log in online as the window's own account; it then also works offline here.

        Another person's online login in this window is refused before anything is sent:
        whatever syncs from this window goes under the name of whoever is logged in to it.
        """
        store, config = self.session.store, self.session.config
        me = self.session.user
        if username.strip() != me.username:
            from courtdesk.offline_cache.sync_client import OtherAccountLogin

            on_error(OtherAccountLogin(
                f"Logged in to this window as {me.username!r}: the online login must be the "
                f"same account, not {username.strip()!r}. Log out and log in as that person "
                "to sync their work."))
            return

        def over_network():
            from courtdesk.offline_cache.sync_transport import ServerSession

            session = ServerSession(server, config.server_ca_file or None,
                                    profile=store.header.store_id)
            try:
                saved, kept = session.login(username, password)
                if str(saved.user.get("username")) != me.username:
                    session.logout()  # a server that renamed the account: keep nothing
                    from courtdesk.offline_cache.sync_client import OtherAccountLogin

                    raise OtherAccountLogin(
                        f"The court's server knows this login as "
                        f"{saved.user.get('username')!r}, not {me.username!r}; nothing was "
                        "kept or sent.")
            except BaseException:
                session.close()
                raise
            # The sync client goes on with this session: its token is at hand even where
            # no keyring can keep it past this run.
            return session, saved, kept

        def adopt(result) -> None:
            session, saved, kept = result
            server_url = session.server_url

            def in_store():
                from courtdesk.app.accounts import AccountBook, AccountError
                from courtdesk.offline_cache.sync_apply import store_cursor

                try:
                    user = AccountBook(store).adopt_server_account(saved.user, password)
                except AccountError:
                    session.logout()  # this PC refused the account: keep no token for it
                    raise
                with store.transaction():
                    store_cursor(store, server_url, 0)  # remember the server
                return {"server": server_url, "user": user, "token_kept": kept}

            def done(data: dict) -> None:
                self._started = True
                self.stop_worker()
                self._connect(data["server"], session)
                on_done(data)

            def failed(exc: BaseException) -> None:
                session.close()
                on_error(exc)

            self.session.runner.submit(in_store, queue=Queue.STORE, owner=self,
                                       label="adopt account", on_done=done, on_error=failed)

        self.session.runner.submit(over_network, queue=Queue.GENERAL, owner=self,
                                   label="server login", on_done=adopt, on_error=on_error)

    # -- inbox, log, offline ----------------------------------------------------------------
    def load_inbox_and_log(self, on_done, on_error) -> None:
        """The open conflicts and the sync log, each record named as a person knows it."""
        store, user = self.session.store, self.session.user

        def load() -> dict:
            book = SyncBook(store, user)
            return {"conflicts": book.conflicts(), "log": book.history(200)}

        self.session.runner.submit(load, queue=Queue.STORE, owner=self, label="sync inbox",
                                   on_done=on_done, on_error=on_error)

    def resolve(self, entry_id: int, keep: str, *, on_done, on_error) -> None:
        store, user = self.session.store, self.session.user

        def resolve():
            from courtdesk.offline_cache.sync_inbox import ConflictInbox

            return ConflictInbox(store).resolve(entry_id, keep, actor=user.actor,
                                                author=user.id)

        def done(entry) -> None:
            self.session.store_changed.emit()
            on_done(entry)

        self.session.runner.submit(resolve, queue=Queue.STORE, owner=self, label="resolve",
                                   on_done=done, on_error=on_error)

    def take_offline(self, case_id: str, *, on_done, on_error) -> None:
        worker = self.worker
        if worker is None:
            from courtdesk.offline_cache.sync_transport import LoginRequired

            on_error(LoginRequired("No case server to fetch the case from; log in first."))
            return

        def take(client):
            from courtdesk.offline_cache.sync_offline import take_case_offline

            return take_case_offline(client, case_id)

        def done(result) -> None:
            self.session.store_changed.emit()
            on_done(result)

        # On the worker's thread, after a round under way: never two syncs of one server.
        self.session.runner.watch(worker.submit(take), owner=self, label="take case offline",
                                  on_done=done, on_error=on_error)
