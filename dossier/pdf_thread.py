"""The one thread in the process that runs PyMuPDF.

PyMuPDF does not support threads ("doing so may cause incorrect behaviour or even crash
Python itself"): its MuPDF context, its warning buffer (``TOOLS.mupdf_warnings``, which the
importer reads to tell a damaged file) and its documents are shared and unlocked. So every
PyMuPDF call of courtdesk runs here, on one thread, and callers get plain data back
(RGB bytes, text, page sizes, boxes as tuples) through futures. No Document, Page or
Pixmap ever leaves this thread.

One thread is enough: PyMuPDF holds the GIL inside MuPDF (measured here: a Python thread
runs at 2 % of its speed while a page is OCR'd), so two threads rendering were never
faster than one. What one thread needs is an order: a page the reader is waiting for
(``VIEW``) goes before a prefetch (``PREFETCH``), which goes before background work
(``WORK``: OCR, export, clean-up, import). Background work is written as generators that
yield between pages, so a page flip waits for at most one page of OCR, not a whole volume.

Misuse shows in tests: :func:`install_thread_guard` makes any PyMuPDF call from another
thread raise and be recorded.
"""

from __future__ import annotations

import atexit
import heapq
import itertools
import logging
import threading
import types
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

VIEW, PREFETCH, WORK = 0, 1, 2
_DOCUMENTS_KEPT = 4  # open Documents (MuPDF keeps fonts and decoded images per document)


@dataclass(order=True)
class _Task:
    priority: int
    sequence: int
    future: Future = field(compare=False)
    start: Callable[[], Any] | None = field(compare=False)
    steps: types.GeneratorType | None = field(compare=False, default=None)


class PdfThread:
    """Runs callables on its own thread, most urgent first; see the module docstring."""

    def __init__(self, name: str = "courtdesk-pdf") -> None:
        self._tasks: list[_Task] = []
        self._wakeup = threading.Condition()
        self._sequence = itertools.count()
        self._documents: OrderedDict[str, Any] = OrderedDict()  # key -> Document, owner only
        self._stopped = False
        self._dropping = False
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def on_owner(self) -> bool:
        return threading.current_thread() is self._thread

    # -- submitting --------------------------------------------------------------------
    def submit(self, fn: Callable[..., Any], *args, priority: int = VIEW, **kwargs) -> Future:
        """Run ``fn(*args, **kwargs)`` on the PDF thread; a generator function is stepped
        (one ``next`` at a time, letting more urgent work in between) and its return value
        is the result."""
        future: Future = Future()
        task = _Task(priority, next(self._sequence), future, lambda: fn(*args, **kwargs))
        with self._wakeup:
            if self._stopped:
                raise RuntimeError("The PDF thread has stopped.")
            heapq.heappush(self._tasks, task)
            self._wakeup.notify()
        return future

    def call(self, fn: Callable[..., Any], *args, priority: int = VIEW, **kwargs) -> Any:
        """``fn``'s result, run on the PDF thread (at once when already on it)."""
        if self.on_owner():
            result = fn(*args, **kwargs)
            if isinstance(result, types.GeneratorType):
                return _drain(result)
            return result
        return self.submit(fn, *args, priority=priority, **kwargs).result()

    def stop(self, *, drop_queued: bool = False) -> None:
        """End the thread once the queue is empty (``drop_queued``: cancel what has not
        started; a job mid-way finishes its current step and gets an error)."""
        with self._wakeup:
            self._stopped = True
            self._dropping = self._dropping or drop_queued
            self._wakeup.notify()
        if not self.on_owner():
            self._thread.join()

    # -- documents, owner only ---------------------------------------------------------
    def document(self, key: str, loader: Callable[[str], bytes]):
        """The open Document for ``key`` (a blob hash: content, so never stale), opened
        from ``loader(key)`` when not open. Only on the PDF thread."""
        import pymupdf

        self.require_owner()
        doc = self._documents.get(key)
        if doc is None:
            doc = pymupdf.open(stream=loader(key), filetype="pdf")
            self._documents[key] = doc
            while len(self._documents) > _DOCUMENTS_KEPT:
                self._documents.popitem(last=False)[1].close()
        else:
            self._documents.move_to_end(key)
        return doc

    def require_owner(self) -> None:
        if not self.on_owner():
            raise PdfThreadViolation(
                f"PyMuPDF used on thread {threading.current_thread().name!r}; only "
                f"{self._thread.name!r} may use it.")

    # -- the thread --------------------------------------------------------------------
    def _next_task(self) -> _Task | None:
        with self._wakeup:
            while not self._tasks and not self._stopped:
                self._wakeup.wait()
            if not self._dropping:
                return heapq.heappop(self._tasks) if self._tasks else None
            dropped, self._tasks = self._tasks, []
        for task in dropped:  # here, so a half-done job's Documents are freed on this thread
            if task.steps is None:
                task.future.cancel()
            else:
                task.steps.close()
                task.future.set_exception(RuntimeError("courtdesk is quitting."))
        return None

    def _serve(self) -> None:
        while True:
            task = self._next_task()
            if task is None:
                break
            self._step(task)
        for doc in self._documents.values():
            doc.close()
        self._documents.clear()

    def _step(self, task: _Task) -> None:
        future = task.future
        try:
            if task.steps is None:
                if not future.set_running_or_notify_cancel():
                    return  # cancelled while queued (a prefetch the reader has left)
                assert task.start is not None
                result = task.start()
                task.start = None
                if not isinstance(result, types.GeneratorType):
                    future.set_result(result)
                    return
                task.steps = result
            next(task.steps)
        except StopIteration as done:
            future.set_result(done.value)
            return
        except BaseException as exc:  # every failure goes to its caller
            future.set_exception(exc)
            return
        with self._wakeup:  # more steps: back in line behind its equals and anything urgent
            task.sequence = next(self._sequence)
            heapq.heappush(self._tasks, task)


def _drain(steps: types.GeneratorType) -> Any:
    try:
        while True:
            next(steps)
    except StopIteration as done:
        return done.value


_shared: PdfThread | None = None
_shared_lock = threading.Lock()


def pdf_thread() -> PdfThread:
    """The process's PDF thread, started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PdfThread()
            # At exit, let no MuPDF call run while the interpreter tears down: queued work
            # (prefetches) is dropped and the step under way finishes first.
            atexit.register(_shared.stop, drop_queued=True)
        return _shared


def on_pdf_thread(fn: Callable[..., Any], *args, priority: int = VIEW, **kwargs) -> Any:
    """Shorthand: ``pdf_thread().call(...)``."""
    return pdf_thread().call(fn, *args, priority=priority, **kwargs)


# -- the guard (tests) ----------------------------------------------------------------------
class PdfThreadViolation(AssertionError):
    """PyMuPDF was used off the PDF thread. An AssertionError, so no ``except RuntimeError``
    around MuPDF calls (which count a page as failed) can swallow it."""


# Classes whose objects hold MuPDF state. Rect, Point, Matrix, Quad and IRect are plain
# Python and may be used anywhere.
_GUARDED_CLASSES = ("Annot", "Archive", "Colorspace", "DisplayList", "Document",
                    "DocumentWriter", "Font", "Link", "Outline", "Page", "Pixmap", "Shape",
                    "Story", "TextPage", "TextWriter", "Widget", "Xml", "TOOLS")
_GUARDED_FUNCTIONS = ("get_tessdata",)
_UNWRAPPED = {"__new__", "__init_subclass__", "__subclasshook__", "__class_getitem__",
              "__getattribute__", "__setattr__", "__delattr__", "__dir__", "__reduce__",
              "__reduce_ex__", "__sizeof__", "__format__"}


class ThreadGuard:
    """While installed, a PyMuPDF call on any thread but the PDF thread raises
    :class:`PdfThreadViolation` and is recorded in ``violations`` (a worker that catches
    it cannot hide it from the test)."""

    def __init__(self, owner: PdfThread) -> None:
        self.owner = owner
        self.violations: list[str] = []
        self._saved: list[tuple[object, str, object]] = []
        self._lock = threading.Lock()

    def _check(self, name: str) -> None:
        if threading.current_thread() is self.owner.thread:
            return
        where = f"{name} on thread {threading.current_thread().name!r}"
        with self._lock:
            if len(self.violations) < 50:
                self.violations.append(where)
        raise PdfThreadViolation(f"PyMuPDF called off the PDF thread: {where}")

    def _wrap(self, name: str, fn: Callable) -> Callable:
        check = self._check

        def guarded(*args, **kwargs):
            check(name)
            return fn(*args, **kwargs)

        guarded.__wrapped__ = fn  # type: ignore[attr-defined]
        return guarded

    def install(self) -> ThreadGuard:
        import pymupdf

        for class_name in _GUARDED_CLASSES:
            cls = getattr(pymupdf, class_name)
            for attr, value in list(vars(cls).items()):
                if attr in _UNWRAPPED:
                    continue
                label = f"{class_name}.{attr}"
                if isinstance(value, property):
                    new = property(self._wrap(label, value.fget) if value.fget else None,
                                   self._wrap(label, value.fset) if value.fset else None,
                                   value.fdel, value.__doc__)
                elif isinstance(value, staticmethod):
                    new = staticmethod(self._wrap(label, value.__func__))
                elif isinstance(value, classmethod):
                    new = classmethod(self._wrap(label, value.__func__))
                elif isinstance(value, types.FunctionType):
                    new = self._wrap(label, value)
                else:
                    continue
                self._saved.append((cls, attr, value))
                setattr(cls, attr, new)
        for function_name in _GUARDED_FUNCTIONS:
            value = getattr(pymupdf, function_name)
            self._saved.append((pymupdf, function_name, value))
            setattr(pymupdf, function_name, self._wrap(function_name, value))
        return self

    def remove(self) -> None:
        for owner, attr, value in reversed(self._saved):
            setattr(owner, attr, value)
        self._saved.clear()


def install_thread_guard(owner: PdfThread | None = None) -> ThreadGuard:
    return ThreadGuard(owner or pdf_thread()).install()
