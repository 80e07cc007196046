"""A dossier volume on screen: continuous or single-page reading, zoom, rotation, overlay.

Pages are laid out from the sizes stored at import (no page is opened for layout), so a
1000-page volume scrolls at once; only the pages in view are rendered, by the dossier's
:class:`~courtdesk.dossier.render.PageRenderer` on its own workers, and the neighbours of
the page being read are prefetched. A page not rendered yet is drawn blank and filled in
when its bitmap arrives. Annotations and search hits are drawn over the bitmap from the
store's geometry (PDF points of the page): the bitmap itself is never changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from courtdesk.dossier.kinds import DEFAULT_COLORS

from ..jobs import JobRunner
from ..messages import describe

if TYPE_CHECKING:  # PyMuPDF loads when the first volume opens, not with the window
    from courtdesk.dossier.render import PageRenderer, RenderedPage

GAP = 14  # px between pages in continuous reading
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0,
              4.0, 6.0, 8.0)
FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"
TOOLS = ("highlight", "underline", "note", "ink", "rect")
PIXMAPS_KEPT = 6  # pages in screen format: those in view and the next few


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


class PageView(QAbstractScrollArea):
    """Reads one document; the workspace drives it and listens to its signals."""

    page_changed = Signal(int)  # the page being read (0-based)
    zoom_changed = Signal()
    drawn = Signal(dict)  # a finished gesture of the current tool, in page coordinates
    annotation_clicked = Signal(str)

    def __init__(self, renderer: PageRenderer, runner: JobRunner, key: str,
                 sizes: list[PageSize], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.renderer, self.runner, self.key = renderer, runner, key
        self.document_id = ""
        self.sizes = sizes
        self.continuous = True
        self.rotation = 0
        self.zoom_mode: str | float = FIT_WIDTH
        self.zoom = 1.0
        self.current = 0
        self.tool = ""
        self.tool_color = ""
        self.annotations: dict[int, list[dict]] = {}
        self.hits: dict[int, list[tuple[float, float, float, float]]] = {}
        self.selected_annotation = ""
        self.failed: dict[int, str] = {}
        self._offsets: list[int] = []
        self._requested: set[tuple] = set()
        self._drag_start: QPointF | None = None
        self._drag_page = -1
        self._drag_points: list[QPointF] = []
        self._drag_now: QPointF | None = None
        self._painted_transforms: dict[int, QTransform] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}  # oldest first
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setStyleSheet("background: #5b6573;")
        self.viewport().setMouseTracking(False)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self._relayout()

    # -- geometry --------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def display_size(self, index: int) -> tuple[int, int]:
        size = self.sizes[index]
        w, h = size.width * self.zoom, size.height * self.zoom
        if self.rotation % 180:
            w, h = h, w
        return max(1, round(w)), max(1, round(h))

    def _fit_zoom(self) -> float:
        if not self.sizes:
            return 1.0
        size = self.sizes[min(self.current, self.page_count - 1)]
        w, h = (size.height, size.width) if self.rotation % 180 else (size.width, size.height)
        avail_w = max(50, self.viewport().width() - 2 * GAP)
        avail_h = max(50, self.viewport().height() - 2 * GAP)
        if self.zoom_mode == FIT_PAGE:
            return max(MIN_ZOOM, min(avail_w / w, avail_h / h))
        return max(MIN_ZOOM, min(MAX_ZOOM, avail_w / w))

    def _shown_pages(self) -> range:
        if self.continuous:
            return range(self.page_count)
        return range(self.current, min(self.current + 1, self.page_count))

    def _relayout(self) -> None:
        if isinstance(self.zoom_mode, str):
            self.zoom = self._fit_zoom()
        y = GAP
        self._offsets = [0] * self.page_count
        widest = 0
        for index in self._shown_pages():
            self._offsets[index] = y
            w, h = self.display_size(index)
            widest = max(widest, w)
            y += h + GAP
        total_h, total_w = y, widest + 2 * GAP
        vp = self.viewport().size()
        self.verticalScrollBar().setRange(0, max(0, total_h - vp.height()))
        self.verticalScrollBar().setPageStep(vp.height())
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setRange(0, max(0, total_w - vp.width()))
        self.horizontalScrollBar().setPageStep(vp.width())
        self._total_w = total_w
        self.viewport().update()

    def page_rect(self, index: int) -> QRect:
        """Where page ``index`` is drawn, in viewport pixels."""
        w, h = self.display_size(index)
        width = max(self._total_w, self.viewport().width())
        x = (width - w) // 2 - self.horizontalScrollBar().value()
        y = self._offsets[index] - self.verticalScrollBar().value()
        return QRect(x, y, w, h)

    def visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        shown = self._shown_pages()
        if not self.continuous:
            return list(shown)
        # Offsets grow with the index: find the first page whose bottom is below the top.
        lo, hi = 0, self.page_count
        while lo < hi:
            mid = (lo + hi) // 2
            if self._offsets[mid] + self.display_size(mid)[1] < top:
                lo = mid + 1
            else:
                hi = mid
        pages = []
        for index in range(lo, self.page_count):
            if self._offsets[index] > bottom:
                break
            pages.append(index)
        return pages

    # -- reading state ---------------------------------------------------------------------
    def go_to(self, index: int, *, y_in_page: float = 0.0) -> None:
        if not self.page_count:
            return
        index = max(0, min(index, self.page_count - 1))
        changed = index != self.current
        self.current = index
        if not self.continuous or self.zoom_mode == FIT_PAGE:
            self._relayout()
        if self.continuous:
            target = self._offsets[index] - GAP + round(y_in_page * self.zoom)
            self.verticalScrollBar().setValue(target)
        else:
            self.verticalScrollBar().setValue(round(y_in_page * self.zoom))
        self.viewport().update()
        if changed:
            self.page_changed.emit(index)
        self._prefetch()

    def next_page(self) -> None:
        self.go_to(self.current + 1)

    def previous_page(self) -> None:
        self.go_to(self.current - 1)

    def set_continuous(self, continuous: bool) -> None:
        if continuous == self.continuous:
            return
        self.continuous = continuous
        self._relayout()
        self.go_to(self.current)

    def set_zoom(self, zoom: str | float) -> None:
        """A factor (1.0 = 100 %), or FIT_WIDTH / FIT_PAGE that follow the window size."""
        keep = self.current
        self.zoom_mode = zoom if isinstance(zoom, str) else max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if not isinstance(self.zoom_mode, str):
            self.zoom = float(self.zoom_mode)
        self._requested.clear()
        self._relayout()
        self.go_to(keep)
        self.zoom_changed.emit()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom * 1.01), MAX_ZOOM))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom * 0.99), MIN_ZOOM))

    def rotate(self, degrees: int = 90) -> None:
        """Turn the view (the document is not changed)."""
        self.rotation = (self.rotation + degrees) % 360
        keep = self.current
        self._requested.clear()
        self._relayout()
        self.go_to(keep)

    def set_annotations(self, rows: list[dict]) -> None:
        pages: dict[int, list[dict]] = {}
        for row in rows:
            pages.setdefault(row["page_index"], []).append(row)
        self.annotations = pages
        self.viewport().update()

    def set_hits(self, hits: dict[int, list[tuple[float, float, float, float]]]) -> None:
        self.hits = hits
        self.viewport().update()

    def set_tool(self, tool: str, color: str = "") -> None:
        self.tool = tool if tool in TOOLS else ""
        self.tool_color = color
        cursor = Qt.CursorShape.CrossCursor if self.tool else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)

    # -- rendering -------------------------------------------------------------------------
    def _render_zoom(self) -> float:
        # Crisp on high-DPI screens: render at device pixels, draw at logical size.
        return self.zoom * self.devicePixelRatioF()

    def _request(self, index: int) -> None:
        want = (index, round(self._render_zoom(), 3), self.rotation)
        if want in self._requested or index in self.failed:
            return
        self._requested.add(want)
        future = self.renderer.submit(self.key, index, self._render_zoom(), self.rotation)
        self.runner.watch(future, owner=self, label="render page",
                          on_done=lambda _page: self.viewport().update(),
                          on_error=lambda exc, i=index: self._render_failed(i, exc))

    def _render_failed(self, index: int, exc: BaseException) -> None:
        # Drawn on the page in the person's language (the job runner logs the English).
        text = describe(exc).text
        self.failed[index] = f"{text.title}\n{text.meaning}"
        self.viewport().update()

    def _prefetch(self) -> None:
        if self.page_count:
            self.renderer.prefetch(self.key, self.current, self._render_zoom(), self.rotation)

    def rendered(self, index: int) -> RenderedPage | None:
        return self.renderer.cached(self.key, index, self._render_zoom(), self.rotation)

    def _pixmap(self, index: int, page: RenderedPage) -> QPixmap:
        """The page as a screen-ready pixmap: converting the RGB bitmap to the screen's
        format costs more than drawing it, and a page scrolls past in several paints."""
        key = (index, page.zoom, page.rotate, page.width)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            image = QImage(page.samples, page.width, page.height, page.stride,
                           QImage.Format.Format_RGB888)
            pixmap = QPixmap.fromImage(image)  # a copy: the renderer's cache may evict
            self._pixmaps[key] = pixmap
            while len(self._pixmaps) > PIXMAPS_KEPT:
                self._pixmaps.pop(next(iter(self._pixmaps)))
        return pixmap

    def paintEvent(self, _event) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._painted_transforms = {}
        for index in self.visible_pages():
            target = QRectF(self.page_rect(index))
            painter.fillRect(target.translated(2, 3), QColor(0, 0, 0, 60))
            page = self.rendered(index)
            if page is None:
                painter.fillRect(target, QColor("white"))
                if index in self.failed:
                    painter.setPen(QColor("#b3261e"))
                    painter.drawText(target.adjusted(12, 12, -12, -12),
                                     Qt.TextFlag.TextWordWrap, self.failed[index])
                else:
                    self._request(index)
                continue
            painter.drawPixmap(target, self._pixmap(index, page), QRectF(page_bounds(page)))
            transform = page_transform(page, target)
            self._painted_transforms[index] = transform
            self._paint_overlay(painter, index, transform)
        self._paint_gesture(painter)
        painter.end()

    def _paint_overlay(self, painter: QPainter, index: int, transform: QTransform) -> None:
        painter.save()
        painter.setTransform(transform, combine=True)
        scale = math.hypot(transform.m11(), transform.m12()) or 1.0
        for x0, y0, x1, y1 in self.hits.get(index, ()):
            rect = QRectF(QPointF(x0, y0), QPointF(x1, y1))
            painter.fillRect(rect, QColor(255, 140, 0, 90))
            painter.setPen(QPen(QColor(230, 110, 0), 1.5 / scale))
            painter.drawRect(rect)
        for row in self.annotations.get(index, ()):
            self._paint_annotation(painter, row, scale)
        painter.restore()

    def _paint_annotation(self, painter: QPainter, row: dict, scale: float) -> None:
        geometry = row.get("geometry_data") or {}
        color = QColor(row.get("color") or DEFAULT_COLORS.get(row["kind"], "#d7261e"))
        selected = row["id"] == self.selected_annotation
        kind = row["kind"]
        if kind in ("highlight", "underline"):
            for q in geometry.get("quads", ()):
                xs, ys = q[0::2], q[1::2]
                rect = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))
                if kind == "highlight":
                    fill = QColor(color)
                    fill.setAlpha(95)
                    painter.fillRect(rect, fill)
                else:
                    painter.setPen(QPen(color, 1.6 / scale))
                    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
                if selected:
                    painter.setPen(QPen(QColor("#0b3d75"), 1.5 / scale, Qt.PenStyle.DashLine))
                    painter.drawRect(rect)
        elif kind == "rect":
            x0, y0, x1, y1 = geometry.get("rect", (0, 0, 0, 0))
            painter.setPen(QPen(color, (3.0 if selected else 1.8) / scale))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
        elif kind == "ink":
            painter.setPen(QPen(color, (3.0 if selected else 2.0) / scale,
                                Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            for stroke in geometry.get("strokes", ()):
                painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in stroke]))
        elif kind == "note":
            x, y = geometry.get("point", (0, 0))
            size = 18 / scale
            path = QPainterPath()
            path.addRoundedRect(QRectF(x, y, size, size), 3 / scale, 3 / scale)
            painter.fillPath(path, color)
            painter.setPen(QPen(QColor("#0b3d75") if selected else QColor(80, 60, 0),
                                (2.0 if selected else 1.0) / scale))
            painter.drawPath(path)
        elif kind == "bookmark":
            size = self.sizes[row["page_index"]]
            w = 16 / scale
            x = size.width - 3 * w
            ribbon = QPolygonF([QPointF(x, 0), QPointF(x + w, 0), QPointF(x + w, 2.2 * w),
                                QPointF(x + w / 2, 1.6 * w), QPointF(x, 2.2 * w)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawPolygon(ribbon)

    def _paint_gesture(self, painter: QPainter) -> None:
        if self._drag_start is None or self._drag_now is None:
            return
        color = QColor(self.tool_color or DEFAULT_COLORS.get(self.tool, "#d7261e"))
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine if self.tool != "ink"
                            else Qt.PenStyle.SolidLine))
        if self.tool == "ink":
            painter.drawPolyline(QPolygonF(self._drag_points))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self._drag_start, self._drag_now).normalized())

    # -- mouse and keys --------------------------------------------------------------------
    def page_at(self, pos: QPointF) -> tuple[int, QPointF] | None:
        """The page under a viewport point and the point in page coordinates."""
        for index, transform in self._painted_transforms.items():
            if QRectF(self.page_rect(index)).contains(pos):
                inverse, ok = transform.inverted()
                if ok:
                    return index, inverse.map(pos)
        return None

    def annotation_at(self, pos: QPointF) -> str:
        found = self.page_at(pos)
        if found is None:
            return ""
        index, point = found
        tolerance = 6 / max(self.zoom, 0.1)
        for row in reversed(self.annotations.get(index, [])):
            if _hit(row, point, tolerance):
                return row["id"]
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        if not self.tool:
            hit = self.annotation_at(pos)
            if hit:
                self.selected_annotation = hit
                self.annotation_clicked.emit(hit)
                self.viewport().update()
            return None
        found = self.page_at(pos)
        if found is None:
            return None
        index, point = found
        if self.tool == "note":
            self.drawn.emit({"kind": "note", "page": index,
                             "geometry": {"point": [point.x(), point.y()]}})
            return None
        self._drag_start, self._drag_now, self._drag_page = pos, pos, index
        self._drag_points = [pos]
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is None:
            return super().mouseMoveEvent(event)
        self._drag_now = event.position()
        if self.tool == "ink":
            self._drag_points.append(event.position())
        self.viewport().update()
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is None:
            return super().mouseReleaseEvent(event)
        start, end, index = self._drag_start, event.position(), self._drag_page
        points = [*self._drag_points, end]
        self._drag_start = self._drag_now = None
        self._drag_points = []
        self.viewport().update()
        transform = self._painted_transforms.get(index)
        if transform is None:
            return None
        inverse, _ok = transform.inverted()
        if self.tool == "ink":
            stroke = [[round(p.x(), 2), round(p.y(), 2)] for p in map(inverse.map, points)]
            if len(stroke) >= 2:
                self.drawn.emit({"kind": "ink", "page": index,
                                 "geometry": {"strokes": [stroke]}})
            return None
        a, b = inverse.map(start), inverse.map(end)
        box = [min(a.x(), b.x()), min(a.y(), b.y()), max(a.x(), b.x()), max(a.y(), b.y())]
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            return None  # a click, not a drag
        if self.tool == "rect":
            self.drawn.emit({"kind": "rect", "page": index, "geometry": {"rect": box}})
        else:
            self.drawn.emit({"kind": self.tool, "page": index, "select": tuple(box)})
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            return
        if not self.continuous:
            bar = self.verticalScrollBar()
            down = event.angleDelta().y() < 0
            if down and bar.value() >= bar.maximum():
                self.next_page()
                return
            if not down and bar.value() <= bar.minimum() and self.current > 0:
                self.previous_page()
                return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        bar = self.verticalScrollBar()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space) and not self.continuous:
            self.next_page()
        elif key == Qt.Key.Key_PageUp and not self.continuous:
            self.previous_page()
        elif key == Qt.Key.Key_Right and not self.continuous:
            self.next_page()
        elif key == Qt.Key.Key_Left and not self.continuous:
            self.previous_page()
        elif key == Qt.Key.Key_Home and (ctrl or self.continuous):
            self.go_to(0)
        elif key == Qt.Key.Key_End and (ctrl or self.continuous):
            self.go_to(self.page_count - 1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and ctrl:
            self.zoom_in()
        elif key == Qt.Key.Key_Minus and ctrl:
            self.zoom_out()
        elif key == Qt.Key.Key_Down:
            bar.setValue(bar.value() + bar.singleStep())
        elif key == Qt.Key.Key_Up:
            bar.setValue(bar.value() - bar.singleStep())
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            bar.setValue(bar.value() + bar.pageStep() - 40)
        elif key == Qt.Key.Key_PageUp:
            bar.setValue(bar.value() - bar.pageStep() + 40)
        elif key == Qt.Key.Key_Escape and self._drag_start is not None:
            self._drag_start = self._drag_now = None
            self.viewport().update()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        before = self.zoom
        self._relayout()
        if abs(self.zoom - before) > 1e-6:
            self._requested.clear()
            self.go_to(self.current)

    def _scrolled(self, value: int) -> None:
        self.viewport().update()
        if not self.continuous or not self.page_count:
            return
        middle = value + self.viewport().height() // 3
        lo, hi = 0, self.page_count - 1
        while lo < hi:  # the last page starting above a third of the view
            mid = (lo + hi + 1) // 2
            if self._offsets[mid] <= middle:
                lo = mid
            else:
                hi = mid - 1
        if lo != self.current:
            self.current = lo
            self.page_changed.emit(lo)
            self._prefetch()


def _hit(row: dict, point: QPointF, tolerance: float) -> bool:
    geometry = row.get("geometry_data") or {}
    x, y = point.x(), point.y()
    kind = row["kind"]
    if kind in ("highlight", "underline"):
        for q in geometry.get("quads", ()):
            xs, ys = q[0::2], q[1::2]
            if min(xs) - tolerance <= x <= max(xs) + tolerance and \
                    min(ys) - tolerance <= y <= max(ys) + tolerance:
                return True
    elif kind == "rect":
        x0, y0, x1, y1 = geometry.get("rect", (0, 0, 0, 0))
        return x0 - tolerance <= x <= x1 + tolerance and y0 - tolerance <= y <= y1 + tolerance
    elif kind == "note":
        px, py = geometry.get("point", (0, 0))
        return px - tolerance <= x <= px + 18 + tolerance and \
            py - tolerance <= y <= py + 18 + tolerance
    elif kind == "ink":
        return any(math.hypot(px - x, py - y) <= tolerance * 2
                   for stroke in geometry.get("strokes", ()) for px, py in stroke)
    return False
