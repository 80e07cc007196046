"""Where a volume's pages go on screen: sizes at a zoom and rotation, the column of pages,
which pages a scroll position shows.

Pages are laid out from the sizes stored at import (no page is opened for layout), so a
1000-page volume lays out at once; the functions here are plain arithmetic on those sizes,
in device-independent pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QTransform

if TYPE_CHECKING:  # PyMuPDF loads when the first volume opens, not with the window
    from courtdesk.dossier.render import RenderedPage

GAP = 14  # px between pages in continuous reading
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0,
              4.0, 6.0, 8.0)
FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"


@dataclass(frozen=True)
class PageSize:
    width: float  # PDF points of the page as stored at import
    height: float


def page_transform(rendered: RenderedPage, target: QRectF) -> QTransform:
    """Page coordinates -> widget pixels for a page bitmap drawn into ``target``."""
    a, b, c, d, e, f = rendered.matrix
    to_bitmap = QTransform(a, b, c, d, e, f)
    fit = QTransform()
    fit.translate(target.x(), target.y())
    fit.scale(target.width() / max(rendered.width, 1), target.height() / max(rendered.height, 1))
    return to_bitmap * fit


def page_bounds(page: RenderedPage) -> QRect:
    return QRect(0, 0, page.width, page.height)


def display_size(size: PageSize, zoom: float, rotation: int) -> tuple[int, int]:
    """A page's size on screen, in whole pixels (at least 1)."""
    w, h = size.width * zoom, size.height * zoom
    if rotation % 180:
        w, h = h, w
    return max(1, round(w)), max(1, round(h))


def fit_zoom(size: PageSize, rotation: int, width: int, height: int, mode: str) -> float:
    """The zoom that fits ``size`` into a viewport of ``width`` x ``height`` pixels: its
    width (FIT_WIDTH) or the whole page (FIT_PAGE)."""
    w, h = (size.height, size.width) if rotation % 180 else (size.width, size.height)
    avail_w = max(50, width - 2 * GAP)
    avail_h = max(50, height - 2 * GAP)
    if mode == FIT_PAGE:
        return max(MIN_ZOOM, min(avail_w / w, avail_h / h))
    return max(MIN_ZOOM, min(MAX_ZOOM, avail_w / w))


def stack_pages(count: int, shown: Iterable[int],
                size_of: Callable[[int], tuple[int, int]]) -> tuple[list[int], int, int]:
    """The pages ``shown`` one below the other: each page's top (0 for pages not shown),
    and the column's total width and height, gaps included."""
    y = GAP
    offsets = [0] * count
    widest = 0
    for index in shown:
        offsets[index] = y
        w, h = size_of(index)
        widest = max(widest, w)
        y += h + GAP
    return offsets, widest + 2 * GAP, y


def first_below(offsets: list[int], height_of: Callable[[int], int], top: int) -> int:
    """The first page whose bottom is below ``top`` (offsets grow with the index)."""
    lo, hi = 0, len(offsets)
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets[mid] + height_of(mid) < top:
            lo = mid + 1
        else:
            hi = mid
    return lo


def last_starting_above(offsets: list[int], y: int) -> int:
    """The last page whose top is at or above ``y``."""
    lo, hi = 0, len(offsets) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if offsets[mid] <= y:
            lo = mid
        else:
            hi = mid - 1
    return lo
