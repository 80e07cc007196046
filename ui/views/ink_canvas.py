"""The writing surface of the signature pad: pen, touch or mouse strokes, drawn as they come.

Each point is kept as the core's ink takes it (``signing/ink.py``): x and y in pad pixels,
milliseconds since the pad opened, and the pen's pressure (1.0 for a mouse or a finger, which
have none). A pen's tablet events are taken as they are, so Qt does not also send the mouse
events it would make of them. The surface's size in pad pixels is fixed by the first stroke:
a window that is resized afterwards (a tablet rotated, a window moved to another screen)
scales the drawing, it never moves points relative to each other.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPen,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float, int, float]  # x, y, t_ms, pressure

INK = QColor("#1a2a6c")  # the blue-black of a ballpoint: reads as handwriting, not print
GUIDE = QColor("#9aa5b1")


def stroke_width(pressure: float, pad_height: float) -> float:
    """A line's width in pad pixels: a light touch draws thin, a firm one about 3× as wide
    (the same curve as the PDF's drawing in signing/ink.py)."""
    return max(1.0, pad_height / 90) * (0.35 + 0.65 * max(0.0, min(1.0, pressure)))


def device_kind(device: QInputDevice | None) -> str:
    """"pen", "touch" or "mouse": what the ink records it was written with."""
    if device is None:
        return "mouse"
    kind = device.type()
    if kind in (QInputDevice.DeviceType.Stylus, QInputDevice.DeviceType.Airbrush,
                QInputDevice.DeviceType.Puck):
        return "pen"
    if kind in (QInputDevice.DeviceType.TouchScreen, QInputDevice.DeviceType.TouchPad):
        return "touch"
    if isinstance(device, QPointingDevice) and \
            device.pointerType() in (QPointingDevice.PointerType.Pen,
                                     QPointingDevice.PointerType.Eraser):
        return "pen"
    return "mouse"


class InkCanvas(QWidget):
    """Takes strokes and keeps them with an undo history (Clear is one undoable step)."""

    changed = Signal()  # a stroke ended, or the strokes were cleared, undone or redone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inkCanvas")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 200)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[list[Point]] = []
        self.devices: list[str] = []  # what each stroke was written with
        self._undo: list[tuple[list, list]] = []
        self._redo: list[tuple[list, list]] = []
        self._current: list[Point] | None = None
        self._current_device = ""
        self._pad_size: QSize | None = None  # pad pixels, fixed by the first stroke
        self._finished_image: QImage | None = None  # finished strokes, drawn once
        self.clock = QElapsedTimer()
        self.clock.start()

    # -- what was written ----------------------------------------------------------------
    @property
    def empty(self) -> bool:
        return not self.strokes

    def pad_size(self) -> QSize:
        return self._pad_size or self.size()

    def device(self) -> str:
        """A pen if any stroke was written with one (the pressure is real), else touch,
        else the mouse."""
        for kind in ("pen", "touch"):
            if kind in self.devices:
                return kind
        return "mouse"

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def restart_clock(self) -> None:
        """Times count from when the signer sees the pad."""
        self.clock.restart()

    # -- editing -------------------------------------------------------------------------
    def _remember(self) -> None:
        self._undo.append((list(self.strokes), list(self.devices)))
        self._redo.clear()

    def clear(self) -> None:
        if self.strokes:
            self._remember()
            self.strokes, self.devices = [], []
            self._changed()

    def undo(self) -> None:
        if self._undo:
            self._redo.append((self.strokes, self.devices))
            self.strokes, self.devices = self._undo.pop()
            self._changed()

    def redo(self) -> None:
        if self._redo:
            self._undo.append((self.strokes, self.devices))
            self.strokes, self.devices = self._redo.pop()
            self._changed()

    def _changed(self) -> None:
        if not self.strokes and not self._undo and not self._redo:
            self._pad_size = None
        self._finished_image = None
        self.update()
        self.changed.emit()

    # -- input ---------------------------------------------------------------------------
    def _to_pad(self, pos: QPointF) -> tuple[float, float]:
        scale, dx, dy = self._mapping()
        return (round((pos.x() - dx) / scale, 2), round((pos.y() - dy) / scale, 2))

    def _mapping(self) -> tuple[float, float, float]:
        """Pad pixels → widget pixels: one scale for both axes, centred."""
        pad = self.pad_size()
        if pad.width() <= 0 or pad.height() <= 0:
            return 1.0, 0.0, 0.0
        scale = min(self.width() / pad.width(), self.height() / pad.height())
        return (scale, (self.width() - pad.width() * scale) / 2,
                (self.height() - pad.height() * scale) / 2)

    def _begin(self, pos: QPointF, pressure: float, device: str) -> None:
        if self._pad_size is None:
            self._pad_size = QSize(self.size())
        self._current = []
        self._current_device = device
        self._add(pos, pressure)

    def _add(self, pos: QPointF, pressure: float) -> None:
        if self._current is None:
            return
        x, y = self._to_pad(pos)
        point = (x, y, int(self.clock.elapsed()), round(max(0.0, min(1.0, pressure)), 4))
        if self._current and self._current[-1][:2] == point[:2]:
            # The pen resting in one place: keep its latest pressure, not a pile of points.
            self._current[-1] = point
        else:
            self._current.append(point)
        self.update()

    def _end(self, pos: QPointF | None, pressure: float | None) -> None:
        if self._current is None:
            return
        if pos is not None and pressure is not None:
            self._add(pos, pressure)
        stroke, self._current = self._current, None
        self._remember()
        self.strokes = [*self.strokes, stroke]
        self.devices = [*self.devices, self._current_device]
        self._changed()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pressure = event.pressure()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), pressure, "pen")
        elif kind == QTabletEvent.Type.TabletMove:
            if self._current is not None:  # a hovering pen draws nothing
                self._add(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease:
            # The pen leaves the glass with no pressure: the last point keeps the one before.
            self._end(None, None)
        event.accept()  # no mouse events made of it: the stroke would be taken twice

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is None:
            self._begin(event.position(), 1.0, device_kind(event.pointingDevice()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), 1.0)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position(), 1.0)
        event.accept()

    # -- drawing -------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._finished_image = None
        super().resizeEvent(event)

    def _line_width(self, pressure: float, scale: float) -> float:
        return stroke_width(pressure, self.pad_size().height()) * scale

    def _draw_stroke(self, painter: QPainter, stroke: list[Point], scale: float,
                     dx: float, dy: float) -> None:
        def at(point: Point) -> QPointF:
            return QPointF(point[0] * scale + dx, point[1] * scale + dy)

        pen = QPen(INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if len(stroke) == 1:  # a dot
            pen.setWidthF(self._line_width(stroke[0][3], scale))
            painter.setPen(pen)
            painter.drawPoint(at(stroke[0]))
            return
        for before, after in pairwise(stroke):
            pen.setWidthF(self._line_width((before[3] + after[3]) / 2, scale))
            painter.setPen(pen)
            painter.drawLine(at(before), at(after))

    def _finished(self) -> QImage:
        """The finished strokes, drawn once until they change (a long signature stays
        smooth to write on a slow courtroom PC)."""
        if self._finished_image is None or self._finished_image.size() != self.size():
            ratio = self.devicePixelRatioF()
            image = QImage(self.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_guide(painter)
            scale, dx, dy = self._mapping()
            for stroke in self.strokes:
                self._draw_stroke(painter, stroke, scale, dx, dy)
            painter.end()
            self._finished_image = image
        return self._finished_image

    def _draw_guide(self, painter: QPainter) -> None:
        """The signing line, as on paper, inside the pad's area."""
        scale, dx, dy = self._mapping()
        pad = self.pad_size()
        area = QRectF(dx, dy, pad.width() * scale, pad.height() * scale)
        painter.setPen(QPen(GUIDE, 1.0, Qt.PenStyle.DashLine))
        painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5))
        line_y = area.top() + area.height() * 0.72
        painter.setPen(QPen(GUIDE, 1.5))
        painter.drawLine(QPointF(area.left() + area.width() * 0.06, line_y),
                         QPointF(area.right() - area.width() * 0.06, line_y))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self._finished())
        if self._current:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scale, dx, dy = self._mapping()
            self._draw_stroke(painter, self._current, scale, dx, dy)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#3b82f6"), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
