"""The presenter window: the presented page on the room's monitor, nothing else.

It is a presenting target (see :mod:`courtdesk.ui.presenting`): it shows each
:class:`~courtdesk.casting.presentation.PresentedPage` it is given — the part of the page
the judge has in sight, fitted to the screen, with the shared annotations the state carries
(private ones never reach it) — and the laser pointer as a red dot. Pages come from the
dossier's page renderer on the PDF thread, like the reader's; until the new page's bitmap
arrives the previous one stays up, so a page turn never flashes white.

On a second monitor it is frameless and covers that screen's geometry (no window manager
is needed for that); with one monitor it is an ordinary window the user can drag.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPixmap,
    QScreen,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from courtdesk.casting.presentation import PresentedPage

from ..jobs import JobRunner
from .page_overlay import paint_annotation

if TYPE_CHECKING:
    from courtdesk.dossier.render import PageRenderer, RenderedPage

BACKGROUND = QColor("#111418")
POINTER = QColor(230, 20, 20)
MAX_RENDER_ZOOM = 6.0  # beyond this the bitmap is scaled up: a few MB, not a hundred


class PresenterWindow(QWidget):
    """A presenting target that paints the state on one monitor."""

    ended = Signal(str)  # closed by hand, or its screen went: why (translated)
    painted = Signal(int)  # the page now on this window (0-based)
    escape = Signal()  # Esc pressed on the room screen: stop presenting

    def __init__(self, renderer: PageRenderer, runner: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.renderer, self.runner = renderer, runner
        self.state: PresentedPage | None = None
        self.shown: RenderedPage | None = None  # the bitmap on screen, maybe of a page before
        self._pixmap: QPixmap | None = None
        self.pointer_at: QPointF | None = None  # PDF points on the page shown
        self.on_screen: QScreen | None = None
        self.full_screen = False
        self._stopping = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setWindowTitle(self.tr("Room screen — courtdesk"))

    # -- where it is -----------------------------------------------------------------------
    def place_on(self, screen: QScreen | None) -> None:
        """Cover ``screen`` (frameless), or be a window to drag when ``screen`` is None."""
        # The judge goes on reading: the room picture never takes the keyboard from the
        # reader (F5, Esc, page keys work there), not even when it is shown.
        flags = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus
        if screen is not None:
            flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        visible = self.isVisible()
        self.setWindowFlags(flags)  # hides the window
        self.full_screen = screen is not None
        self.on_screen = screen
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        else:
            self.resize(960, 600)
        if visible or self.state is not None:
            self.show()
        self._request()

    # -- the target interface --------------------------------------------------------------
    def show(self, page: PresentedPage | None = None) -> None:
        if page is None:  # QWidget.show()
            super().show()
            return
        if not page.allowed(page.page):  # a second lock: never a page outside the range
            return
        self.state = page
        if self.shown is not None and (self.shown.key != page.doc
                                       or self.shown.page_index != page.page):
            self.pointer_at = None
        if not self.isVisible():
            super().show()
        self._request()
        self.update()

    def pointer(self, x: float | None, y: float | None) -> None:
        self.pointer_at = None if x is None or y is None else QPointF(x, y)
        self.update()

    def stop(self) -> None:
        self._stopping = True
        self.state = self.shown = self._pixmap = None
        self.pointer_at = None
        self.close()

    # -- rendering -------------------------------------------------------------------------
    def _clip(self, state: PresentedPage, rendered: RenderedPage | None = None) -> QRectF:
        if state.viewport is not None:
            x0, y0, x1, y1 = state.viewport
            return QRectF(QPointF(x0, y0), QPointF(x1, y1))
        if rendered is not None:
            inverse, _ok = QTransform(*rendered.matrix).inverted()
            return inverse.mapRect(QRectF(0, 0, rendered.width, rendered.height))
        return QRectF()

    def _render_zoom(self, state: PresentedPage) -> float:
        """The zoom that makes the part shown fill this window (in device pixels)."""
        clip = self._clip(state, self.shown if self.shown is not None
                          and self.shown.key == state.doc
                          and self.shown.page_index == state.page else None)
        if clip.isEmpty():
            clip = QRectF(0, 0, 595, 842)  # not known before the first render: A4
        w, h = (clip.height(), clip.width()) if state.rotate % 180 else (clip.width(),
                                                                          clip.height())
        fit = min(self.width() / max(w, 1), self.height() / max(h, 1))
        zoom = min(MAX_RENDER_ZOOM, fit * self.devicePixelRatioF())
        return round(max(zoom, 0.1), 2)  # whole steps: a scroll reuses the cached bitmap

    def _request(self) -> None:
        state = self.state
        if state is None or self.width() < 2 or self.height() < 2:
            return
        zoom = self._render_zoom(state)
        found = self.renderer.cached(state.doc, state.page, zoom, state.rotate)
        if found is not None:
            self._take(found, state)
            return
        future = self.renderer.submit(state.doc, state.page, zoom, state.rotate)
        self.runner.watch(future, owner=self, label="room screen page",
                          on_done=lambda page, s=state: self._take(page, s),
                          on_error=lambda exc: None)  # the reader shows render errors

    def _take(self, rendered: RenderedPage, asked: PresentedPage) -> None:
        state = self.state
        if state is None or asked.doc != state.doc or rendered.page_index != state.page:
            return  # the presenter moved on meanwhile
        if self.shown is rendered:
            return  # on screen already (a cached page asked for again)
        self.shown = rendered
        image = QImage(rendered.samples, rendered.width, rendered.height, rendered.stride,
                       QImage.Format.Format_RGB888)
        self._pixmap = QPixmap.fromImage(image)
        self.update()
        self.painted.emit(rendered.page_index)
        if abs(self._render_zoom(state) - round(rendered.zoom, 2)) > 0.011 \
                and not rendered.limited:
            self._request()  # the first bitmap told us the page's real size

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self._request()

    # -- painting --------------------------------------------------------------------------
    def page_to_window(self) -> QTransform | None:
        """PDF points of the page on screen -> this window's pixels."""
        state, shown = self.state, self.shown
        if state is None or shown is None:
            return None
        to_bitmap = QTransform(*shown.matrix)
        clip = self._clip(state, shown)
        source = to_bitmap.mapRect(clip).intersected(QRectF(0, 0, shown.width, shown.height))
        if source.isEmpty():
            source = QRectF(0, 0, shown.width, shown.height)
        scale = min(self.width() / source.width(), self.height() / source.height())
        x = (self.width() - source.width() * scale) / 2
        y = (self.height() - source.height() * scale) / 2
        fit = QTransform()
        fit.translate(x - source.x() * scale, y - source.y() * scale)
        fit.scale(scale, scale)
        return to_bitmap * fit

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        transform = self.page_to_window()
        if transform is None or self._pixmap is None or self.state is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = self.shown
        bitmap_to_window = QTransform(*shown.matrix).inverted()[0] * transform
        painter.save()
        painter.setTransform(bitmap_to_window)
        painter.drawPixmap(QPointF(0, 0), self._pixmap)
        painter.restore()
        if shown.key == self.state.doc and shown.page_index == self.state.page:
            painter.save()
            painter.setTransform(transform)
            scale = max(abs(transform.m11()) + abs(transform.m21()), 1e-6)
            for item in self.state.annotations(self.state.page):
                if item.get("kind") == "bookmark":
                    continue  # a reader's marker, not part of the page
                row = {**item, "geometry_data": item.get("geometry") or {}}
                paint_annotation(painter, row, scale, selected=False, page_width=0)
            painter.restore()
            if self.pointer_at is not None:
                self._paint_pointer(painter, transform.map(self.pointer_at))
        painter.end()

    @staticmethod
    def _paint_pointer(painter: QPainter, at: QPointF) -> None:
        for radius, alpha in ((22, 50), (14, 110)):
            glow = QColor(POINTER)
            glow.setAlpha(alpha)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(at, radius, radius)
        painter.setBrush(POINTER)
        painter.drawEllipse(at, 8, 8)

    # -- input -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if not self._stopping:  # closed by hand (the window of one screen)
            self.ended.emit(self.tr("The room screen window was closed: it shows nothing "
                                    "any more."))


def room_screen(home: QScreen | None) -> QScreen | None:
    """The monitor for the room picture: the first one the reader (on ``home``) is not on."""
    return next((s for s in QGuiApplication.screens() if s is not home), None)


class RoomScreens(QObject):
    """Keeps the presenter window on a monitor other than the reader's while monitors are
    plugged in and out: a window to drag moves onto a monitor that arrives; a room monitor
    that goes hands the picture to another second monitor, or says it is lost."""

    moved = Signal(object)  # the QScreen the room picture is on now
    lost = Signal()  # the room's monitor went and no other second monitor is left

    def __init__(self, window: PresenterWindow, home: Callable[[], QScreen | None]) -> None:
        super().__init__(window)
        self.window, self.home = window, home
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._added)
        app.screenRemoved.connect(self._removed)

    def place(self) -> QScreen | None:
        screen = room_screen(self.home())
        self.window.place_on(screen)
        return screen

    def _added(self, _screen: QScreen) -> None:
        if self.window.full_screen:
            return
        target = room_screen(self.home())
        if target is not None:
            self.window.place_on(target)
            self.moved.emit(target)

    def _removed(self, screen: QScreen) -> None:
        if self.window.on_screen is not screen:
            return
        home = self.home()
        remaining = [s for s in QGuiApplication.screens() if s is not screen and s is not home]
        if remaining:
            self.window.place_on(remaining[0])
            self.moved.emit(remaining[0])
            return
        self.window.on_screen = None
        self.lost.emit()
