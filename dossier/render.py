"""Page rendering off the GUI thread, with a memory-bounded page cache and prefetch.

PyMuPDF is not thread-safe: a Document must only be used by the thread that opened it. So
every worker thread opens its own Document from the same (shared, immutable) PDF bytes,
kept in a thread-local table. Rendered pages lend their RGB rows as a read-only
memoryview, safe to hand to any thread; the GUI wraps them in a QImage without a copy.

Measured here: two render threads are no faster than one (PyMuPDF keeps the GIL during
MuPDF calls), so workers keep rendering off the GUI thread and let prefetch run while the
reader reads, but a single very heavy page still holds Python for its own render time.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import pymupdf

from .errors import PageOutOfRange

# A page bitmap larger than this is rendered at a lower zoom (and says so): an enormous
# page at 200 % would otherwise need gigabytes.
MAX_SIDE_PX = 16_384
MAX_PIXELS = 40_000_000  # ~120 MB of RGB
DEFAULT_CACHE_BYTES = 192 * 1024 * 1024
_DOCS_PER_THREAD = 4


@dataclass(frozen=True)
class RenderedPage:
    """A rendered page: RGB pixels and how page coordinates map onto them.

    The pixels stay in the MuPDF pixmap and are lent out as a memoryview: copying them to
    bytes would cost more than rendering a text page.
    """

    key: str
    page_index: int
    zoom: float  # the zoom actually used (lower than asked when ``limited``)
    rotate: int
    width: int
    height: int
    stride: int
    limited: bool
    matrix: tuple[float, ...]  # page coordinates -> pixels
    _pixmap: pymupdf.Pixmap = field(repr=False, compare=False)

    @property
    def samples(self) -> memoryview:
        """Read-only pixel rows (``stride`` bytes each), valid while this object lives."""
        return self._pixmap.samples_mv.toreadonly()

    @property
    def nbytes(self) -> int:
        return self.stride * self.height

    def pixmap(self) -> pymupdf.Pixmap:
        return self._pixmap

    def png(self) -> bytes:
        return self._pixmap.tobytes("png")


def limit_zoom(rect: pymupdf.Rect, zoom: float) -> tuple[float, bool]:
    """The zoom to render ``rect`` at within the pixel limits, and whether it was lowered."""
    w, h = rect.width * zoom, rect.height * zoom
    scale = min(1.0, MAX_SIDE_PX / max(w, h, 1), (MAX_PIXELS / max(w * h, 1)) ** 0.5)
    return (zoom * scale, True) if scale < 1.0 else (zoom, False)


def _matrix(page: pymupdf.Page, zoom: float, rotate: int) -> pymupdf.Matrix:
    if not rotate and not page.rotation:  # the common case, without asking MuPDF
        return pymupdf.Matrix(zoom, zoom)
    view = pymupdf.Matrix(zoom, zoom).prerotate(rotate)
    bbox = (page.rect * view).irect
    return page.rotation_matrix * view * pymupdf.Matrix(1, 0, 0, 1, -bbox.x0, -bbox.y0)


def render_page(source: bytes | pymupdf.Document, page_index: int, *, zoom: float = 1.0,
                dpi: float | None = None, rotate: int = 0) -> tuple[pymupdf.Pixmap, bool]:
    """Render one page (RGB, no alpha); returns the pixmap and whether zoom was limited.

    For one-off renders (CLI, export previews). Interactive reading goes through
    :class:`PageRenderer`, which caches and keeps documents per thread.
    """
    doc = source if isinstance(source, pymupdf.Document) else \
        pymupdf.open(stream=source, filetype="pdf")
    if not 0 <= page_index < doc.page_count:
        raise PageOutOfRange(f"There is no page {page_index + 1}; the document has "
                             f"{doc.page_count} pages.")
    page = doc[page_index]
    zoom, limited = limit_zoom(page.rect, dpi / 72 if dpi else zoom)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom).prerotate(rotate), alpha=False)
    return pix, limited


class PageRenderer:
    """Renders pages of documents known by a key (the blob hash) on worker threads.

    ``loader(key)`` returns the PDF bytes. ``render`` works on any thread (the calling
    thread's own Document); ``submit`` and ``prefetch`` run on the renderer's workers.
    """

    def __init__(self, loader: Callable[[str], bytes], *,
                 cache_bytes: int = DEFAULT_CACHE_BYTES, workers: int = 2) -> None:
        self._loader = loader
        self._cache: OrderedDict[tuple, RenderedPage] = OrderedDict()
        self._cache_bytes = cache_bytes
        self._used = 0
        self._lock = threading.Lock()
        self._local = threading.local()
        self._pool = ThreadPoolExecutor(max_workers=workers,
                                        thread_name_prefix="courtdesk-render")
        self._inflight: dict[tuple, Future] = {}
        self._prefetches: list[Future] = []
        self._counts: dict[str, int] = {}
        self.hits = 0
        self.misses = 0

    # -- documents, one per thread ------------------------------------------------------
    def _doc(self, key: str) -> pymupdf.Document:
        docs: OrderedDict[str, pymupdf.Document] | None = getattr(self._local, "docs", None)
        if docs is None:
            docs = self._local.docs = OrderedDict()
        doc = docs.get(key)
        if doc is None:
            doc = pymupdf.open(stream=self._loader(key), filetype="pdf")
            docs[key] = doc
            while len(docs) > _DOCS_PER_THREAD:
                docs.popitem(last=False)[1].close()
        else:
            docs.move_to_end(key)
        return doc

    def page_count(self, key: str) -> int:
        with self._lock:
            count = self._counts.get(key)
        if count is None:
            count = self._doc(key).page_count
            with self._lock:
                self._counts[key] = count
        return count

    # -- cache ----------------------------------------------------------------------------
    @staticmethod
    def _cache_key(key: str, page_index: int, zoom: float, rotate: int) -> tuple:
        return key, page_index, round(zoom, 3), rotate % 360

    def cached(self, key: str, page_index: int, zoom: float = 1.0,
               rotate: int = 0) -> RenderedPage | None:
        with self._lock:
            found = self._cache.get(self._cache_key(key, page_index, zoom, rotate))
            if found is not None:
                self._cache.move_to_end(self._cache_key(key, page_index, zoom, rotate))
            return found

    def _remember(self, cache_key: tuple, page: RenderedPage) -> None:
        with self._lock:
            if cache_key in self._cache:
                return
            self._cache[cache_key] = page
            self._used += page.nbytes
            while self._used > self._cache_bytes and len(self._cache) > 1:
                _, old = self._cache.popitem(last=False)
                self._used -= old.nbytes

    @property
    def cache_used(self) -> int:
        return self._used

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()
            self._used = 0

    # -- rendering -------------------------------------------------------------------------
    def _render_now(self, key: str, page_index: int, zoom: float, rotate: int) -> RenderedPage:
        doc = self._doc(key)
        if not 0 <= page_index < doc.page_count:
            raise PageOutOfRange(f"There is no page {page_index + 1}; the document has "
                                 f"{doc.page_count} pages.")
        page = doc[page_index]
        used, limited = limit_zoom(page.rect, zoom)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(used, used).prerotate(rotate), alpha=False)
        return RenderedPage(key, page_index, used, rotate % 360, pix.width, pix.height,
                            pix.stride, limited, tuple(_matrix(page, used, rotate)), pix)

    def render(self, key: str, page_index: int, zoom: float = 1.0,
               rotate: int = 0) -> RenderedPage:
        cache_key = self._cache_key(key, page_index, zoom, rotate)
        with self._lock:
            found = self._cache.get(cache_key)
            if found is not None:
                self._cache.move_to_end(cache_key)
                self.hits += 1
                return found
            pending = self._inflight.get(cache_key)
            self.misses += 1
        if pending is not None and not pending.cancelled():
            try:
                return pending.result()  # a worker is on it already
            except Exception:  # the worker failed: render here, so the error surfaces here
                pass
        page = self._render_now(key, page_index, zoom, rotate)
        self._remember(cache_key, page)
        return page

    def submit(self, key: str, page_index: int, zoom: float = 1.0,
               rotate: int = 0) -> Future:
        """Render on a worker; the Future's result is a :class:`RenderedPage`."""
        cache_key = self._cache_key(key, page_index, zoom, rotate)
        found = self.cached(key, page_index, zoom, rotate)
        if found is not None:
            done: Future = Future()
            done.set_result(found)
            return done
        with self._lock:
            pending = self._inflight.get(cache_key)
            if pending is not None and not pending.cancelled():
                return pending
            future = self._pool.submit(self._work, cache_key, key, page_index, zoom, rotate)
            self._inflight[cache_key] = future
        future.add_done_callback(lambda f: self._forget(cache_key, f))
        return future

    def _forget(self, cache_key: tuple, future: Future) -> None:
        if future.cancelled():  # never ran, so _work's own clean-up did not either
            with self._lock:
                if self._inflight.get(cache_key) is future:
                    del self._inflight[cache_key]

    def _work(self, cache_key: tuple, key: str, page_index: int, zoom: float,
              rotate: int) -> RenderedPage:
        try:
            page = self._render_now(key, page_index, zoom, rotate)
            self._remember(cache_key, page)
            return page
        finally:
            with self._lock:
                self._inflight.pop(cache_key, None)

    def prefetch(self, key: str, page_index: int, zoom: float = 1.0, rotate: int = 0, *,
                 ahead: int = 2, behind: int = 1) -> list[Future]:
        """Render the neighbours of the page being read, most likely next first.

        Prefetches for a page the reader has already left are dropped if not started, so
        fast paging does not build a queue of stale work.
        """
        for old in self._prefetches:
            old.cancel()
        count = self.page_count(key)
        wanted = [page_index + d for d in range(1, ahead + 1)] + \
                 [page_index - d for d in range(1, behind + 1)]
        self._prefetches = [self.submit(key, p, zoom, rotate) for p in wanted
                            if 0 <= p < count and self.cached(key, p, zoom, rotate) is None]
        return list(self._prefetches)

    def close(self) -> None:
        for old in self._prefetches:
            old.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.clear()
