"""The one way ui/ runs work off the GUI thread (in the spirit of Anki's ``QueryOp``).

``JobRunner.submit(fn, queue=..., on_done=..., on_error=...)`` runs ``fn()`` on a worker of
the named queue and calls ``on_done(result)`` or ``on_error(exception)`` back on the GUI
thread. Workers never touch widgets: ``fn`` gets no widget and returns plain data.

Queues, one per external resource (STYLE.md, rule 4):

- ``STORE``: one worker thread, jobs in submission order. The GUI's own store work (loading
  a view, saving an edit, the status bar's counts) goes through it, so the GUI thread never
  waits on the disk and a save and the reload that shows it arrive in the order asked. It
  is not what keeps the store safe across threads: the store does that itself
  (offline_cache/store.py) with one writer connection that takes every write, one
  transaction at a time, and a read connection per thread that sees committed data only.
  A job reads through a connection opened for it and closed when it ends.
- ``GENERAL``: a small pool for CPU and network work. A job there may read the store (it
  sees only what was committed) and writes only inside the store's transactions, which
  wait for the one writer.
- further named queues via :meth:`JobRunner.add_queue`, one per resource held a long time:
  the sound card (playback), a hearing session (its recorder and recognizers write the
  store as they go), the dossier's imports and OCR (the same). The sync of a server is not
  a queue here: its worker thread (offline_cache/sync_worker.py) owns the server, and other
  work with that server ("take this case offline") is handed to it.

- event-loop queues via :meth:`JobRunner.add_loop`: one asyncio loop on a thread of its own
  for the whole run, whose jobs are coroutines (:meth:`JobRunner.run_async`). A connection
  held open for minutes (a cast to a room screen: its reads, keep-alive pings and writes
  interleave) lives there as one job instead of holding a worker thread and polling; its
  result comes back like any job's, and shutdown waits for it (bounded), then cancels what
  is left and ends the loop.

Work a core package runs on its own thread (every PyMuPDF call runs on the dossier's one PDF
thread, ``dossier/pdf_thread.py``; page renders come back from it) comes back the same way through
:meth:`JobRunner.watch`, which delivers a ``concurrent.futures.Future`` on the GUI thread.

A submitted job stays referenced by the runner until its result has been delivered, so
neither the ``QRunnable`` nor its signal object can be garbage-collected mid-flight.
:meth:`JobRunner.shutdown` (called when the app quits) waits for running and queued jobs,
so a store write is never cut off by the process exiting.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import CancelledError, Future
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


_FUTURES = "futures"  # watched Futures: counted as pending, run by their own workers


def log_job_failure(label: str, exc: BaseException) -> None:
    """Every failed job goes to the log with its traceback, also when an ``on_error``
    shows it: what the person saw and what court IT reads in the log then agree. An
    error a person can act on (it has a ``code``) is a warning, anything else an error;
    the log's formatter redacts secrets (app/profile.py)."""
    code = getattr(exc, "code", None)
    if code:
        log.warning("job %r failed [%s]", label, code, exc_info=exc)
    else:
        log.error("job %r failed", label, exc_info=exc)


class Queue(enum.StrEnum):
    STORE = "store"
    GENERAL = "general"


class JobHandle(QObject):
    """One submitted job, living on the GUI thread. Connect to its signals or pass callbacks."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception the job raised
    finished = Signal()  # after succeeded/failed, and for a cancelled job

    # Emitted from the worker thread; the slot below runs queued on the GUI thread because
    # this object lives there.
    _outcome = Signal(bool, object)

    def __init__(self, runner: JobRunner, label: str, owner: QObject | None) -> None:
        super().__init__()
        self.label = label
        self._runner = runner
        self._owner = owner
        self._cancelled = False
        self.done = False
        self.runnable: _Job | None = None
        self._outcome.connect(self._deliver)

    def cancel(self) -> None:
        """Drop the result (the job still runs if it has started: work is never cut off)."""
        self._cancelled = True
        pool = self._runner.pool_of(self)
        if pool is not None and self.runnable is not None and pool.tryTake(self.runnable):
            self._runner.forget(self)
            self.done = True
            self.finished.emit()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        self.done = True
        self.runnable = None
        try:
            if self._runner.closing:
                return
            if self._owner is not None and not shiboken6.isValid(self._owner):
                return  # the window that asked was closed meanwhile
            if not self._cancelled:
                (self.succeeded if ok else self.failed).emit(payload)
            self.finished.emit()
        finally:
            self._runner.forget(self)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], handle: JobHandle) -> None:
        super().__init__()
        # Python owns the runnable (kept by the handle), so Qt must not delete it.
        self.setAutoDelete(False)
        self._fn = fn
        self._handle = handle

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            log_job_failure(self._handle.label, exc)
            self._handle._outcome.emit(False, exc)
        else:
            self._handle._outcome.emit(True, result)


class _EventLoopQueue:
    """One asyncio loop on its own thread; the futures of the jobs submitted to it."""

    def __init__(self, name: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.jobs: set[Future] = set()
        self._jobs_lock = threading.Lock()  # a job's end is noted on the loop's thread
        self.thread = threading.Thread(target=self._run, name=f"courtdesk-{name}",
                                       daemon=True)
        self.thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_forever()
        finally:
            self.loop.close()

    def submit(self, coroutine: Coroutine) -> Future:
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        with self._jobs_lock:
            self.jobs.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future) -> None:
        with self._jobs_lock:
            self.jobs.discard(future)

    def close(self, timeout_s: float) -> bool:
        """Let the jobs end (a cast clears its room screen), then cancel what is left."""
        from concurrent.futures import wait

        if not self.thread.is_alive():
            return True
        with self._jobs_lock:
            jobs = list(self.jobs)
        _done, running = wait(jobs, timeout=timeout_s)

        async def cancel_rest() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.wait(tasks, timeout=3)

        try:
            asyncio.run_coroutine_threadsafe(cancel_rest(), self.loop).result(5)
        except Exception:  # quitting: a stuck task must not keep the app alive
            log.warning("event loop tasks did not end when cancelled")
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        return not running


class JobRunner(QObject):
    """Owns the worker queues of one application run."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        self._loops: dict[str, _EventLoopQueue] = {}
        self._live: dict[int, tuple[str, JobHandle]] = {}
        self._lock = threading.Lock()
        self._closing = False
        self.add_queue(Queue.STORE, threads=1)
        self.add_queue(Queue.GENERAL, threads=max(2, QThreadPool.globalInstance()
                                                    .maxThreadCount() - 1))

    def add_queue(self, name: str, threads: int = 1) -> None:
        """Create a named queue; ``threads=1`` keeps its jobs in order on one thread."""
        if name in self._pools:
            return
        pool = QThreadPool(self)
        pool.setMaxThreadCount(threads)
        if threads == 1:
            pool.setExpiryTimeout(-1)  # one thread for the whole run: no start-up per job
        pool.setObjectName(f"courtdesk-{name}")
        self._pools[str(name)] = pool

    def add_loop(self, name: str) -> None:
        """Create a named event-loop queue (once): coroutines on one asyncio loop thread."""
        if name not in self._loops:
            self._loops[str(name)] = _EventLoopQueue(str(name))

    def run_async(
        self,
        make: Callable[[], Coroutine],
        *,
        queue: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> JobHandle:
        """Run the coroutine ``make()`` on the event-loop queue ``queue``; its result or
        exception comes back on the GUI thread as a job's does."""
        label = label or getattr(make, "__name__", "coroutine")
        if self._closing:
            handle = JobHandle(self, label, owner)
            handle._cancelled = handle.done = True
            return handle
        future = self._loops[str(queue)].submit(make())
        return self.watch(future, on_done=on_done, on_error=on_error, owner=owner,
                          label=label)

    def call_in_loop(self, queue: str, fn: Callable[..., Any], *args: Any) -> None:
        """Call ``fn(*args)`` on the loop of ``queue`` (from any thread): how the GUI hands
        a running coroutine job something new (the next page to cast)."""
        loop = self._loops[str(queue)].loop
        if not loop.is_closed():
            loop.call_soon_threadsafe(fn, *args)

    @property
    def closing(self) -> bool:
        """True once shutdown began; long waits in workers poll it to give up in time."""
        return self._closing

    def submit(
        self,
        fn: Callable[[], Any],
        *,
        queue: str = Queue.STORE,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> JobHandle:
        """Run ``fn()`` on ``queue``; callbacks run on the GUI thread unless ``owner`` died.

        After :meth:`shutdown` began, the job is not run and the handle comes back cancelled.
        """
        if QThread.currentThread() is not self.thread():
            # The handle must live on the GUI thread for its results to arrive there.
            raise RuntimeError("submit background jobs from the GUI thread only")
        queue = str(queue)
        pool = self._pools[queue]
        handle = JobHandle(self, label or getattr(fn, "__name__", "job"), owner)
        if self._closing:
            # A timer or a late click while quitting: nothing new starts, nobody is called.
            log.debug("not starting %r: shutting down", handle.label)
            handle._cancelled = handle.done = True
            return handle
        if on_done is not None:
            handle.succeeded.connect(on_done)
        if on_error is not None:
            handle.failed.connect(on_error)
        else:
            handle.failed.connect(self._unhandled)
        handle.runnable = _Job(fn, handle)
        with self._lock:
            self._live[id(handle)] = (queue, handle)
        pool.start(handle.runnable)
        return handle

    def watch(
        self,
        future: Future,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> JobHandle:
        """Deliver a Future's result (from a core package's own workers) like a job's."""
        if QThread.currentThread() is not self.thread():
            raise RuntimeError("watch futures from the GUI thread only")
        handle = JobHandle(self, label or "future", owner)
        if on_done is not None:
            handle.succeeded.connect(on_done)
        handle.failed.connect(on_error if on_error is not None else self._unhandled)
        with self._lock:
            self._live[id(handle)] = (_FUTURES, handle)

        def finished(done: Future) -> None:
            if done.cancelled():
                handle._cancelled = True
                handle._outcome.emit(False, CancelledError())
                return
            error = done.exception()
            if error is not None:
                log_job_failure(handle.label, error)
            handle._outcome.emit(error is None, done.result() if error is None else error)

        future.add_done_callback(finished)
        return handle

    def pool_of(self, handle: JobHandle) -> QThreadPool | None:
        with self._lock:
            entry = self._live.get(id(handle))
        return self._pools.get(entry[0]) if entry else None

    def forget(self, handle: JobHandle) -> None:
        with self._lock:
            self._live.pop(id(handle), None)

    def pending(self, queue: str | None = None) -> int:
        """Jobs submitted whose result was not delivered yet."""
        with self._lock:
            entries = list(self._live.values())
        if queue is not None:
            queue = str(queue)
            entries = [e for e in entries if e[0] == queue]
        return len(entries)

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until every queue is idle (results are delivered later by the event loop)."""
        return all(pool.waitForDone(timeout_ms) for pool in self._pools.values())

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop taking jobs and wait for the queued and running ones. True when all ended."""
        self._closing = True
        finished = self.wait_for_done(timeout_ms)
        for loop in self._loops.values():
            # A cast's stop clears its room screen in well under a second; a receiver gone
            # quiet must not hold the quit up for longer than this.
            finished = loop.close(10.0 if timeout_ms < 0 else min(timeout_ms, 10_000) / 1000) \
                and finished
        if not finished:
            log.warning("background jobs still running at exit: %d", self.pending())
        with self._lock:
            self._live.clear()
        return finished

    @Slot(object)
    def _unhandled(self, exc: BaseException) -> None:
        log.error("background job failed with nobody listening: %s", exc)
