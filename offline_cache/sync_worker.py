"""The unattended sync worker: one thread per server, no Qt.

It syncs when asked (:meth:`SyncWorker.sync_now`), every ``interval`` seconds, and as soon
as the server answers ``/health`` again after a network loss. Failures back off with
jitter (a server's Retry-After is respected). Every change of state is reported to the
listeners as a plain dict (:class:`~courtdesk.offline_cache.sync_client.SyncStatus`), which
the GUI forwards to its thread with a signal.

Other work with the same server (taking a case offline) is handed to the worker with
:meth:`SyncWorker.submit` and runs on its thread between rounds: the worker is the server's
one queue, as the store's writer is the store's.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from .sync_client import SyncClient, SyncReport
from .sync_transport import TRANSIENT, Backoff, LoginRequired, ServerBusy, SyncError

log = logging.getLogger(__name__)

StatusListener = Callable[[dict], None]


class SyncWorker:
    def __init__(self, client: SyncClient, *, interval: float = 300.0,
                 probe_interval: float = 15.0, backoff: Backoff | None = None) -> None:
        self.client = client
        self.interval = interval
        self.probe_interval = probe_interval
        self.backoff = backoff or Backoff(base=2.0, cap=300.0)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._round_due = True  # the first round at once
        self._busy = False
        self._jobs: collections.deque[tuple[Callable[[SyncClient], Any], Future]] = \
            collections.deque()
        self._thread: threading.Thread | None = None
        self._listeners: list[StatusListener] = []
        self.online = False
        self.last_error = ""  # English, for the CLI and the log
        # The error's code and the server's own code, for the GUI's translated text.
        self.last_error_code = ""
        self.last_error_server_code = ""
        self.last_report: SyncReport | None = None
        self.rounds = 0

    # -- control ---------------------------------------------------------------------------
    def add_listener(self, listener: StatusListener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=f"sync {self.client.server}",
                                        daemon=True)
        self._thread.start()

    @property
    def idle(self) -> bool:
        """No round or handed-over job running, due or waiting."""
        return not (self._busy or self._round_due or self._jobs)

    def sync_now(self) -> None:
        """Ask for a round as soon as possible (a button, a new edit, network back)."""
        self._round_due = True
        self._wake.set()

    def submit(self, job: Callable[[SyncClient], Any]) -> Future:
        """Run ``job(client)`` on the worker's thread, between rounds; its result or error
        comes back in the Future. A job not started when the worker stops fails with
        :class:`SyncError` (whoever waits is told, not left waiting)."""
        future: Future = Future()
        if self._stop.is_set():
            future.set_exception(_stopped())
            return future
        self._jobs.append((job, future))
        self._wake.set()
        return future

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._cancel_jobs()

    # -- the loop --------------------------------------------------------------------------
    def _run(self) -> None:
        next_round = time.monotonic()
        while not self._stop.is_set():
            self._wake.wait(max(0.0, next_round - time.monotonic()))
            self._wake.clear()
            if self._stop.is_set():
                break
            self._busy = True
            try:
                self._run_jobs()
                if self._round_due or time.monotonic() >= next_round:
                    self._round_due = False
                    next_round = time.monotonic() + self.run_once()
            finally:
                self._busy = False
        self._cancel_jobs()

    def _run_jobs(self) -> None:
        while self._jobs and not self._stop.is_set():
            job, future = self._jobs.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job(self.client))
            except BaseException as exc:  # handed to whoever waits on the Future
                future.set_exception(exc)

    def _cancel_jobs(self) -> None:
        while self._jobs:
            future = self._jobs.popleft()[1]
            if not future.done():
                future.set_exception(_stopped())

    def run_once(self) -> float:
        """One attempt; returns how long to wait before the next."""
        if not self.online and not self.client.session.health():
            self._emit()
            return min(self.probe_interval, self.backoff.next_delay())
        self.online = True
        self._emit()
        try:
            self.last_report = self.client.sync()
            self.rounds += 1
            # A round can finish with something a person must see (a refused audit trail,
            # a failed upload): it stays in the status until a round without it.
            self.last_error = "; ".join(self.last_report.errors)
            codes = self.last_report.error_codes
            self._set_code(codes[0] if codes else "")
            self.backoff.reset()
            self._emit()
            return self.interval
        except LoginRequired as exc:
            # A person must log in; retrying with the same token would only fail again.
            self.last_error = exc.message
            self._set_error_code(exc)
            self._emit()
            return self.interval
        except TRANSIENT as exc:
            self.last_error = exc.message
            self._set_error_code(exc)
            self.online = not isinstance(exc, TRANSIENT[0])
            retry_after = exc.retry_after if isinstance(exc, ServerBusy) else None
            self._emit()
            return self.backoff.next_delay(retry_after)
        except SyncError as exc:
            self.last_error = exc.message
            self._set_error_code(exc)
            self._emit()
            return self.backoff.next_delay()
        except Exception as exc:  # keep the worker alive: it runs unattended
            log.exception("sync round failed")
            self.last_error = f"{type(exc).__name__}: {exc}"
            self._set_code(getattr(exc, "code", "") or "unexpected")
            self._emit()
            return self.backoff.next_delay()

    def _set_error_code(self, exc: SyncError) -> None:
        self._set_code(exc.code, str(exc.params.get("server_code") or ""))

    def _set_code(self, code: str, server_code: str = "") -> None:
        self.last_error_code, self.last_error_server_code = code, server_code

    def status(self) -> dict:
        return self.client.status(online=self.online, last_error=self.last_error,
                                  last_error_code=self.last_error_code,
                                  last_error_server_code=self.last_error_server_code).as_dict()

    def _emit(self) -> None:
        try:
            status = self.status()
        except Exception:  # the store is closing; no status to give
            return
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("sync status listener failed")


def _stopped() -> SyncError:
    return SyncError("The sync with the court's server stopped (logged out or closing) "
                     "before this could run. Nothing was changed; try again.")


def wait_for(predicate: Callable[[], bool], timeout: float) -> bool:
    """Poll until ``predicate()`` is true (tests and the CLI's --wait)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
