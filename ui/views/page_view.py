"""A dossier volume on screen: continuous or single-page reading, zoom, rotation, overlay.

Pages are laid out from the sizes stored at import (no page is opened for layout), so a
1000-page volume scrolls at once; only the pages in view are rendered, by the dossier's
:class:`~courtdesk.dossier.render.PageRenderer` on the PDF thread, and the neighbours of
the page being read are prefetched. A page not rendered yet is drawn blank and filled in
when its bitmap arrives. Annotations and search hits are drawn over the bitmap from the
store's geometry (PDF points of the page): the bitmap itself is never changed.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from ..jobs import JobRunner
from ..law_links import link_at, link_tooltip
from ..messages import describe
from .page_keys import reading_key, reading_wheel
from .page_layout import (
    FIT_PAGE,
    FIT_WIDTH,
    GAP,
    MAX_ZOOM,
    MIN_ZOOM,
    ZOOM_STEPS,
    PageSize,
    display_size,
    first_below,
    fit_zoom,
    last_starting_above,
    page_bounds,
    page_transform,
    stack_pages,
)
from .page_links import char_at, paint_links
from .page_overlay import DragGesture, annotation_hit, paint_annotation, paint_hits
from .page_selection import SelectingView, TextSelector

if TYPE_CHECKING:  # PyMuPDF loads when the first volume opens, not with the window
    from courtdesk.dossier.render import PageRenderer, RenderedPage

TOOLS = ("highlight", "underline", "note", "ink", "rect")
TEXT_TOOLS = ("", "highlight", "underline")  # a drag with these selects text along lines
BOX_SELECT = "box"  # the gesture of the box mode without a tool
PIXMAPS_KEPT = 6  # pages in screen format: those in view and the next few


class PageView(SelectingView, QAbstractScrollArea):
    """Reads one document; the workspace drives it and listens to its signals."""

    page_changed = Signal(int)  # the page being read (0-based)
    zoom_changed = Signal()
    drawn = Signal(dict)  # a finished gesture of the current tool, in page coordinates
    annotation_clicked = Signal(str)
    chars_wanted = Signal(int)  # a page whose characters are needed to select its text
    selection_changed = Signal()
    article_requested = Signal(object)  # a click on an article reference (laws Resolution)

    def __init__(self, renderer: PageRenderer, runner: JobRunner, key: str,
                 sizes: list[PageSize], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.renderer, self.runner, self.key = renderer, runner, key
        self.document_id = ""
        self.law_links = None  # LawLinks: article references on the pages link themselves
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
        self._gesture = DragGesture()
        self.selector = TextSelector()
        self.box_select = False  # drags take a box, not text along the lines
        self.context_menu: QMenu | None = None
        self._link_press: tuple | None = None  # (reference, viewport point) pressed on
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
        return display_size(self.sizes[index], self.zoom, self.rotation)

    def _fit_zoom(self) -> float:
        if not self.sizes:
            return 1.0
        size = self.sizes[min(self.current, self.page_count - 1)]
        viewport = self.viewport()
        return fit_zoom(size, self.rotation, viewport.width(), viewport.height(),
                        str(self.zoom_mode))

    def _shown_pages(self) -> range:
        if self.continuous:
            return range(self.page_count)
        return range(self.current, min(self.current + 1, self.page_count))

    def _relayout(self) -> None:
        if isinstance(self.zoom_mode, str):
            self.zoom = self._fit_zoom()
        self._offsets, total_w, total_h = stack_pages(self.page_count, self._shown_pages(),
                                                      self.display_size)
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
        first = first_below(self._offsets, lambda i: self.display_size(i)[1], top)
        pages = []
        for index in range(first, self.page_count):
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
        self._update_cursor()

    def set_box_select(self, on: bool) -> None:
        self.box_select = on
        self._update_cursor()

    def _update_cursor(self) -> None:
        text = self.tool in TEXT_TOOLS and not self.box_select
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor if text
                                  else Qt.CursorShape.CrossCursor)

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
            self.renderer.prefetch(self.key, self.current, self._render_zoom(), self.rotation,
                                   count=self.page_count)  # never waits for the PDF thread

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
            if index == self.current:
                self._want_chars(index)  # ready before the reader presses
        self._gesture.paint(painter, self.tool, self.tool_color)
        painter.end()

    def _paint_overlay(self, painter: QPainter, index: int, transform: QTransform) -> None:
        painter.save()
        painter.setTransform(transform, combine=True)
        scale = math.hypot(transform.m11(), transform.m12()) or 1.0
        paint_hits(painter, self.hits.get(index, ()), scale)
        for row in self.annotations.get(index, ()):
            paint_annotation(painter, row, scale, selected=row["id"] == self.selected_annotation,
                             page_width=self.sizes[row["page_index"]].width)
        self.selector.paint(painter, index)
        chars = self.selector.chars.get(index)
        if self.law_links is not None and chars is not None:
            paint_links(painter, chars, self.law_links.links(chars.text), scale)
        painter.restore()

    def reference_at(self, pos: QPointF):
        """The article reference (a laws Resolution) under a viewport point, if any."""
        found = self.page_at(pos) if self.law_links is not None else None
        chars = self.selector.chars.get(found[0]) if found else None
        if chars is None:
            return None
        return link_at(self.law_links.links(chars.text), char_at(chars, found[1]))

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            reference = self.reference_at(QPointF(event.pos()))
            if reference is not None and reference.resolved:
                QToolTip.showText(event.globalPos(), link_tooltip(reference),
                                  self.viewport())
                return True
        return super().viewportEvent(event)

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
            if annotation_hit(row, point, tolerance):
                return row["id"]
        return ""

    def _selects_text(self, event: QMouseEvent) -> bool:
        boxed = self.box_select or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        return self.tool in TEXT_TOOLS and not boxed

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        # A click on a reference opens its article; a drag from it still selects text.
        reference = self.reference_at(pos) if not self.tool else None
        self._link_press = (reference, pos) if reference is not None and reference.resolved \
            else None
        if not self.tool:
            hit = self.annotation_at(pos)
            if hit:
                self.selected_annotation = hit
                self.annotation_clicked.emit(hit)
                self.viewport().update()
        found = self.page_at(pos)
        if found is None:
            self.clear_selection()
            return None
        index, point = found
        if self.tool == "note":
            self.drawn.emit({"kind": "note", "page": index,
                             "geometry": {"point": [point.x(), point.y()]}})
            return None
        if self.tool in TEXT_TOOLS:
            self._want_chars(index)
        if self._selects_text(event):
            had = self.selector.selection is not None
            self.selector.press(index, point, pos, QApplication.doubleClickInterval(),
                                QApplication.startDragDistance())
            self.viewport().update()
            if had or self.selector.selection is not None:
                self.selection_changed.emit()
            return None
        self.clear_selection()
        self._gesture.begin(pos, index)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.selector.mode:
            # Past the top or bottom edge the view scrolls, so a selection can run on.
            y, bar = event.position().y(), self.verticalScrollBar()
            overshoot = y if y < 0 else max(0.0, y - self.viewport().height())
            if overshoot:
                bar.setValue(bar.value() + round(overshoot))
                self.viewport().repaint()  # the page's new place, before mapping the point
            point = self._page_point(self.selector.page, event.position())
            if point is not None:
                self.selector.move(point)
                self.viewport().update()
            return None
        if not self._gesture.active:
            return super().mouseMoveEvent(event)
        self._gesture.move(event.position(), ink=self.tool == "ink")
        self.viewport().update()
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._link_press = self._link_press, None
        if pressed is not None and (event.position() - pressed[1]).manhattanLength() \
                < QApplication.startDragDistance():
            if self.selector.mode:
                self.selector.release()
            self.clear_selection()
            self.article_requested.emit(pressed[0])
            return None
        if self.selector.mode:
            selection = self.selector.release()
            self.viewport().update()
            self.selection_changed.emit()
            if selection is not None and self.tool in ("highlight", "underline"):
                self.use_selection(self.tool)  # the marker tools mark what they select
            return None
        if not self._gesture.active:
            return super().mouseReleaseEvent(event)
        transform = self._painted_transforms.get(self._gesture.page)
        tool = self.tool or BOX_SELECT
        gesture = self._gesture.finish(event.position(), tool, transform)
        self.viewport().update()
        if gesture is None:
            return None
        if tool == BOX_SELECT or (tool in ("highlight", "underline")
                                  and self.selector.has_chars(gesture["page"])):
            self.selector.select_box(gesture["page"], gesture["select"])
            self.viewport().update()
            self.selection_changed.emit()
            if tool != BOX_SELECT and self.selector.selection is not None:
                self.use_selection(tool)
                return None
            if tool == BOX_SELECT:
                return None
        self.drawn.emit(gesture)  # no text known there: the page is asked (a scan's OCR)
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not reading_wheel(self, event):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._gesture.active:
            self._gesture.cancel()
            self.viewport().update()
        elif event.key() == Qt.Key.Key_Escape and self.selector.selection is not None:
            self.clear_selection()
        elif self.selector.selection is not None and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif self.selector.selection is not None and self._selection_use(event):
            self.use_selection(self._selection_use(event))
        elif not reading_key(self, event):
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
        # The page being read: the last one starting above a third of the view.
        reading = last_starting_above(self._offsets, value + self.viewport().height() // 3)
        if reading != self.current:
            self.current = reading
            self.page_changed.emit(reading)
            self._prefetch()
