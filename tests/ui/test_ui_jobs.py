"""The background-job helper: results on the GUI thread, one store thread, nothing lost."""

from __future__ import annotations

import gc
import threading
import time

import pytest
from PySide6.QtCore import QObject

from courtdesk.ui.jobs import JobRunner, Queue


@pytest.fixture
def runner(qapp):
    runner = JobRunner()
    yield runner
    runner.shutdown()


def test_result_arrives_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return {"answer": 42}

    def done(result):
        seen["callback"] = threading.current_thread()
        seen["result"] = result

    runner.submit(work, queue=Queue.GENERAL, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == {"answer": 42}
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_exception_arrives_on_the_gui_thread(qtbot, runner):
    failures = []

    def work():
        raise ValueError("broken on purpose")

    runner.submit(work, on_error=lambda exc: failures.append(
        (exc, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    exc, thread = failures[0]
    assert isinstance(exc, ValueError) and str(exc) == "broken on purpose"
    assert thread is threading.main_thread()


def test_store_queue_is_one_thread_in_order(qtbot, runner):
    order, threads, done = [], set(), []

    def job(number):
        def work():
            threads.add(threading.get_ident())
            time.sleep(0.002)
            order.append(number)
            return number
        return work

    for number in range(20):
        runner.submit(job(number), queue=Queue.STORE, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 20, timeout=10_000)
    assert order == list(range(20)) and done == list(range(20))
    assert len(threads) == 1


def test_general_queue_runs_in_parallel(qtbot, runner):
    barrier = threading.Barrier(2, timeout=5)
    done = []
    for _ in range(2):
        # Each job waits for the other: this only finishes when both run at once.
        runner.submit(barrier.wait, queue=Queue.GENERAL, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)


def test_unreferenced_jobs_are_kept_alive_until_delivered(qtbot, runner):
    release = threading.Event()
    done = []
    for number in range(5):
        runner.submit(lambda n=number: release.wait(5) and n, queue=Queue.GENERAL,
                      on_done=done.append)
    gc.collect()  # nothing in the test holds the handles or the runnables
    release.set()
    qtbot.waitUntil(lambda: len(done) == 5, timeout=10_000)
    assert sorted(done) == [0, 1, 2, 3, 4]
    assert runner.pending() == 0


def test_no_callback_into_a_deleted_owner(qtbot, runner):
    owner = QObject()
    release = threading.Event()
    called, finished = [], []
    runner.submit(lambda: release.wait(5), on_done=called.append, owner=owner)
    runner.submit(lambda: None, on_done=finished.append)  # queued behind the first
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert called == []


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_cancelled_job_is_not_delivered(qtbot, runner):
    release = threading.Event()
    delivered, later = [], []
    runner.submit(lambda: release.wait(5), queue=Queue.STORE)
    waiting = runner.submit(lambda: "stale", queue=Queue.STORE, on_done=delivered.append)
    waiting.cancel()
    runner.submit(lambda: "fresh", queue=Queue.STORE, on_done=later.append)
    release.set()
    qtbot.waitUntil(lambda: bool(later), timeout=5000)
    assert delivered == [] and later == ["fresh"]


def test_shutdown_waits_for_running_and_queued_jobs(qapp):
    runner = JobRunner()
    finished = []

    def slow(number):
        def work():
            time.sleep(0.2)
            finished.append(number)
        return work

    for number in range(3):
        runner.submit(slow(number), queue=Queue.STORE)
    assert runner.shutdown(timeout_ms=10_000)
    assert finished == [0, 1, 2]  # a store write is never cut off by quitting
    called = []
    late = runner.submit(lambda: called.append("ran"))  # e.g. a timer firing while quitting
    assert late.cancelled and late.done
    qapp.processEvents()
    assert called == []


def test_named_queue(qtbot, runner):
    runner.add_queue("sync:https://court.example", threads=1)
    done = []
    runner.submit(lambda: threading.current_thread().name, queue="sync:https://court.example",
                  on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def test_workers_cannot_submit_jobs(qtbot, runner):
    """A job that wanted more work would otherwise get its results on a worker thread."""
    outcome = []

    def work():
        try:
            runner.submit(lambda: None)
        except RuntimeError as exc:
            return str(exc)
        return "accepted"

    runner.submit(work, queue=Queue.GENERAL, on_done=outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert "GUI thread" in outcome[0]


@pytest.mark.timeout(60)
def test_store_jobs_and_other_queues_share_the_store_as_described(
        qtbot, runner, tmp_path, fast_kdf):
    """The store queue keeps the GUI's store work in order; other queues use the store at
    the same time and see only what was committed; each job's read connection ends with it."""
    from courtdesk.offline_cache.store import LocalStore

    from testkit import ask

    store = LocalStore.open(tmp_path / "store", ask())
    inside, release = threading.Event(), threading.Event()
    done: list = []

    def save_slowly():
        with store.transaction():
            store.save("cases", {"case_number": "J1", "title": "t"}, actor="clerk")
            inside.set()
            assert release.wait(10)
        return "saved"

    runner.submit(save_slowly, queue=Queue.STORE, on_done=done.append)
    assert inside.wait(10)
    runner.submit(store.pending_changes, queue=Queue.GENERAL, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10_000)
    assert done == [0]  # not blocked by the open transaction, and blind to it
    runner.submit(store.pending_changes, queue=Queue.STORE, on_done=done.append)
    release.set()
    qtbot.waitUntil(lambda: len(done) == 3, timeout=10_000)
    assert done == [0, "saved", 1]  # in order on the store queue, after the commit
    runner.wait_for_done(10_000)
    qtbot.waitUntil(lambda: store.open_readers() == 0, timeout=5_000)
    store.close()


def test_event_loop_queue_delivers_and_quitting_ends_what_runs(qtbot, qapp):
    """A coroutine job's result comes back on the GUI thread; at shutdown a job that ends
    when told (a cast clearing its screen) is waited for, and one that never ends is
    cancelled within the bound instead of holding the quit up."""
    import asyncio

    runner = JobRunner()
    runner.add_loop("conn")
    seen, told, cleaned = {}, asyncio.Event(), []

    async def answer():
        seen["loop_thread"] = threading.current_thread()
        await asyncio.sleep(0.01)
        return "painted"

    runner.run_async(answer, queue="conn", on_done=lambda r: seen.update(
        result=r, callback=threading.current_thread()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == "painted" and seen["callback"] is threading.main_thread()
    assert seen["loop_thread"] is not threading.main_thread()

    async def until_told():
        await told.wait()
        await asyncio.sleep(0.2)  # its last words (a stop, a close)
        cleaned.append("told")

    async def forever():
        try:
            await asyncio.Event().wait()
        finally:
            cleaned.append("cancelled")

    runner.run_async(until_told, queue="conn")
    runner.run_async(forever, queue="conn")
    runner.call_in_loop("conn", told.set)
    started = time.monotonic()
    assert not runner.shutdown(timeout_ms=1000)  # one job had to be cancelled
    assert time.monotonic() - started < 8
    assert cleaned == ["told", "cancelled"]
