"""Page rendering on the PDF thread, with a memory-bounded page cache and prefetch.

PyMuPDF runs on one thread only (see pdf_thread). The renderer asks that thread for pages
and keeps the results, which are plain data: RGB rows as bytes, sizes, the page-to-pixel
matrix. Any thread may hold and read them; the GUI wraps them in a QImage.

Measured here: two render threads were no faster than one (PyMuPDF keeps the GIL during
MuPDF calls), so one thread loses no speed; a page the reader waits for goes before
prefetches and before background work (OCR, export) on that thread.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from .errors import PageOutOfRange
from .pdf_thread import PREFETCH, VIEW, PdfThread, pdf_thread

# A page bitmap larger than this is rendered at a lower zoom (and says so): an enormous
# page at 200 % would otherwise need gigabytes.
MAX_SIDE_PX = 16_384
MAX_PIXELS = 40_000_000  # ~120 MB of RGB
DEFAULT_CACHE_BYTES = 192 * 1024 * 1024


@dataclass(frozen=True)
class RenderedPage:
    """A rendered page: RGB pixels and how page coordinates map onto them."""

    key: str
    page_index: int
    zoom: float  # the zoom actually used (lower than asked when ``limited``)
    rotate: int
    width: int
    height: int
    stride: int
    limited: bool
    matrix: tuple[float, ...]  # page coordinates -> pixels
    samples: bytes = field(repr=False, compare=False)  # ``stride`` bytes per row

    @property
    def nbytes(self) -> int:
        return self.stride * self.height

    def png(self) -> bytes:
        return pdf_thread().call(_png, self)


def _png(page: RenderedPage) -> bytes:
    import pymupdf

    return pymupdf.Pixmap(pymupdf.csRGB, page.width, page.height, page.samples,
                          0).tobytes("png")


def limit_zoom(width: float, height: float, zoom: float) -> tuple[float, bool]:
    """The zoom to render a page of this size at within the pixel limits, and whether
    it was lowered."""
    w, h = width * zoom, height * zoom
    scale = min(1.0, MAX_SIDE_PX / max(w, h, 1), (MAX_PIXELS / max(w * h, 1)) ** 0.5)
    return (zoom * scale, True) if scale < 1.0 else (zoom, False)


def _matrix(page, zoom: float, rotate: int) -> tuple[float, ...]:
    import pymupdf

    if not rotate and not page.rotation:  # the common case, without asking MuPDF
        return (zoom, 0.0, 0.0, zoom, 0.0, 0.0)
    view = pymupdf.Matrix(zoom, zoom).prerotate(rotate)
    bbox = (page.rect * view).irect
    return tuple(page.rotation_matrix * view * pymupdf.Matrix(1, 0, 0, 1, -bbox.x0, -bbox.y0))


def render_on_owner(doc, key: str, page_index: int, zoom: float, rotate: int) -> RenderedPage:
    """Render one page of an open Document (on the PDF thread) into plain data."""
    import pymupdf

    if not 0 <= page_index < doc.page_count:
        raise PageOutOfRange(f"There is no page {page_index + 1}; the document has "
                             f"{doc.page_count} pages.")
    page = doc[page_index]
    rect = page.rect
    used, limited = limit_zoom(rect.width, rect.height, zoom)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(used, used).prerotate(rotate), alpha=False)
    return RenderedPage(key, page_index, used, rotate % 360, pix.width, pix.height,
                        pix.stride, limited, _matrix(page, used, rotate), pix.samples)


def render_page(pdf: bytes, page_index: int, *, zoom: float = 1.0, dpi: float | None = None,
                rotate: int = 0) -> RenderedPage:
    """Render one page of a PDF given as bytes (RGB, no alpha), for one-off renders.

    Interactive reading goes through :class:`PageRenderer`, which caches and keeps the
    document open.
    """
    def render() -> RenderedPage:
        import pymupdf

        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            return render_on_owner(doc, "", page_index, dpi / 72 if dpi else zoom, rotate)

    return pdf_thread().call(render)


class PageRenderer:
    """Renders pages of documents known by a key (the blob hash) on the PDF thread.

    ``loader(key)`` returns the PDF bytes (called on the PDF thread; it must not wait for
    another thread). ``render`` waits for the page; ``submit`` and ``prefetch`` return
    futures. Every method may be called from any thread.
    """

    def __init__(self, loader: Callable[[str], bytes], *,
                 cache_bytes: int = DEFAULT_CACHE_BYTES, thread: PdfThread | None = None) -> None:
        self._loader = loader
        self._thread = thread or pdf_thread()
        self._cache: OrderedDict[tuple, RenderedPage] = OrderedDict()
        self._cache_bytes = cache_bytes
        self._used = 0
        self._lock = threading.Lock()
        self._inflight: dict[tuple, Future] = {}
        self._prefetches: dict[tuple, Future] = {}  # queued for neighbours, not yet wanted
        self._counts: dict[str, int] = {}
        self.hits = 0
        self.misses = 0

    def page_count(self, key: str) -> int:
        with self._lock:
            count = self._counts.get(key)
        if count is None:
            count = self._thread.call(lambda: self._thread.document(key, self._loader).page_count)
            with self._lock:
                self._counts[key] = count
        return count

    # -- cache ----------------------------------------------------------------------------
    @staticmethod
    def _cache_key(key: str, page_index: int, zoom: float, rotate: int) -> tuple:
        return key, page_index, round(zoom, 3), rotate % 360

    def cached(self, key: str, page_index: int, zoom: float = 1.0,
               rotate: int = 0) -> RenderedPage | None:
        cache_key = self._cache_key(key, page_index, zoom, rotate)
        with self._lock:
            found = self._cache.get(cache_key)
            if found is not None:
                self._cache.move_to_end(cache_key)
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
    def render(self, key: str, page_index: int, zoom: float = 1.0,
               rotate: int = 0) -> RenderedPage:
        """The page, rendered now if not cached (waits for it)."""
        cache_key = self._cache_key(key, page_index, zoom, rotate)
        with self._lock:
            found = self._cache.get(cache_key)
            if found is not None:
                self._cache.move_to_end(cache_key)
                self.hits += 1
                return found
            self.misses += 1
        if self._thread.on_owner():
            return self._work(cache_key, key, page_index, zoom, rotate)
        return self._submit(cache_key, key, page_index, zoom, rotate, VIEW).result()

    def submit(self, key: str, page_index: int, zoom: float = 1.0,
               rotate: int = 0) -> Future:
        """The page as a Future of a :class:`RenderedPage`, ahead of prefetches."""
        found = self.cached(key, page_index, zoom, rotate)
        if found is not None:
            done: Future = Future()
            done.set_result(found)
            return done
        return self._submit(self._cache_key(key, page_index, zoom, rotate), key, page_index,
                            zoom, rotate, VIEW)

    def _submit(self, cache_key: tuple, key: str, page_index: int, zoom: float, rotate: int,
                priority: int) -> Future:
        with self._lock:
            pending = self._inflight.get(cache_key)
            if pending is not None and priority == VIEW and \
                    self._prefetches.pop(cache_key, None) is pending and pending.cancel():
                pending = None  # queued as a prefetch: wanted now, so queued again ahead
                del self._inflight[cache_key]
            if pending is not None and not pending.cancelled():
                return pending
            future = self._thread.submit(self._work, cache_key, key, page_index, zoom, rotate,
                                         priority=priority)
            self._inflight[cache_key] = future
        return future

    def _cancel(self, futures: list[tuple[tuple, Future]]) -> None:
        """Drop prefetches not started yet (a started one finishes and is cached)."""
        for cache_key, future in futures:
            if future.cancel():
                with self._lock:
                    if self._inflight.get(cache_key) is future:
                        del self._inflight[cache_key]

    def _work(self, cache_key: tuple, key: str, page_index: int, zoom: float,
              rotate: int) -> RenderedPage:
        # No done-callbacks on the future: bookkeeping happens here, before the result is
        # handed over, so the waiting reader never waits for this thread again.
        try:
            found = self.cached(key, page_index, zoom, rotate)
            if found is not None:
                return found
            doc = self._thread.document(key, self._loader)
            page = render_on_owner(doc, key, page_index, zoom, rotate)
            self._remember(cache_key, page)
            return page
        finally:
            with self._lock:
                self._inflight.pop(cache_key, None)
                self._prefetches.pop(cache_key, None)

    def prefetch(self, key: str, page_index: int, zoom: float = 1.0, rotate: int = 0, *,
                 ahead: int = 2, behind: int = 1, count: int | None = None) -> list[Future]:
        """Render the neighbours of the page being read, most likely next first.

        Prefetches for a page the reader has already left are dropped if not started, so
        fast paging does not build a queue of stale work. A caller that must not wait (the
        GUI) passes the page ``count`` it knows; without it the PDF thread is asked.
        """
        with self._lock:
            stale, self._prefetches = list(self._prefetches.items()), {}
        self._cancel(stale)
        if count is None:
            count = self.page_count(key)
        wanted = [page_index + d for d in range(1, ahead + 1)] + \
                 [page_index - d for d in range(1, behind + 1)]
        futures = []
        for p in wanted:
            if not 0 <= p < count or self.cached(key, p, zoom, rotate) is not None:
                continue
            cache_key = self._cache_key(key, p, zoom, rotate)
            with self._lock:
                if cache_key in self._inflight:
                    continue  # already asked for by the reader
            future = self._submit(cache_key, key, p, zoom, rotate, PREFETCH)
            with self._lock:
                if not future.done():
                    self._prefetches[cache_key] = future
            futures.append(future)
        return futures

    def close(self) -> None:
        with self._lock:
            stale, self._prefetches = list(self._prefetches.items()), {}
        self._cancel(stale)
        self.clear()
