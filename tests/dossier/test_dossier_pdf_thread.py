"""The PDF thread itself: order, stepped jobs, errors, the guard, and stopping at exit."""

from __future__ import annotations

import threading
import time
from concurrent.futures import CancelledError

import pymupdf
import pytest

from courtdesk.dossier.pdf_thread import (
    PREFETCH,
    VIEW,
    WORK,
    PdfThread,
    PdfThreadViolation,
    pdf_thread,
)


def test_urgent_work_first_and_a_job_steps_between_others():
    thread = PdfThread(name="pdf-test")
    ran: list[str] = []
    gate = threading.Event()
    try:
        thread.submit(gate.wait, 10)  # hold the thread while the queue fills

        def job():
            for step in range(3):
                ran.append(f"job {step}")
                yield
            return "job done"

        done = thread.submit(job, priority=WORK)
        later = thread.submit(ran.append, "prefetch", priority=PREFETCH)
        first = thread.submit(ran.append, "view", priority=VIEW)
        gate.set()
        assert done.result(timeout=10) == "job done"
        later.result(timeout=10), first.result(timeout=10)
        assert ran[:2] == ["view", "prefetch"] and ran[2:] == ["job 0", "job 1", "job 2"]
        # A call made on the thread itself runs at once (no waiting for itself).
        assert thread.call(lambda: thread.call(lambda: threading.current_thread().name)) == \
            "pdf-test"
    finally:
        thread.stop()


def test_errors_reach_the_caller_and_the_thread_goes_on():
    thread = PdfThread(name="pdf-test")
    try:
        with pytest.raises(ZeroDivisionError):
            thread.call(lambda: 1 / 0)

        def failing_job():
            yield
            raise ValueError("page 2 cannot be read")

        with pytest.raises(ValueError, match="page 2"):
            thread.call(failing_job, priority=WORK)
        assert thread.call(lambda: 42) == 42
    finally:
        thread.stop()


def test_stopping_at_exit_drops_queued_work_and_waits_for_the_step_under_way():
    thread = PdfThread(name="pdf-test")
    started = threading.Event()

    def step_under_way():
        started.set()
        time.sleep(0.3)
        return "finished"

    running = thread.submit(step_under_way)
    started.wait(timeout=10)
    queued = [thread.submit(time.sleep, 5) for _ in range(3)]
    t0 = time.monotonic()
    thread.stop(drop_queued=True)
    assert time.monotonic() - t0 < 3
    assert running.result(timeout=1) == "finished"
    for future in queued:
        with pytest.raises(CancelledError):
            future.result(timeout=1)
    assert not thread.thread.is_alive()


def test_the_guard_refuses_pymupdf_off_the_pdf_thread(pdf_thread_guard):
    with pytest.raises(PdfThreadViolation, match="MainThread"):
        pymupdf.open()
    assert pdf_thread_guard.violations
    pdf_thread_guard.violations.clear()  # seen: this one was on purpose
    assert pdf_thread().call(lambda: pymupdf.open().page_count) == 0
