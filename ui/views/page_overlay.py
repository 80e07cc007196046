"""What is drawn over a page bitmap: search hits, annotations, the gesture being drawn.

All of it is in page coordinates (PDF points, as the store keeps annotation geometry);
:class:`~courtdesk.ui.views.page_view.PageView` sets the painter's transform from page to
screen before calling these, and maps mouse positions back to the page for
:func:`annotation_hit`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from courtdesk.dossier.kinds import DEFAULT_COLORS

NOTE_SIZE = 18  # a note's square, in page points at 100 %


def paint_hits(painter: QPainter, rects, scale: float) -> None:
    """Search hits: ``rects`` of (x0, y0, x1, y1); ``scale`` is page points -> pixels."""
    for x0, y0, x1, y1 in rects:
        rect = QRectF(QPointF(x0, y0), QPointF(x1, y1))
        painter.fillRect(rect, QColor(255, 140, 0, 90))
        painter.setPen(QPen(QColor(230, 110, 0), 1.5 / scale))
        painter.drawRect(rect)


def paint_annotation(painter: QPainter, row: dict, scale: float, *, selected: bool,
                     page_width: float) -> None:
    geometry = row.get("geometry_data") or {}
    color = QColor(row.get("color") or DEFAULT_COLORS.get(row["kind"], "#d7261e"))
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
        size = NOTE_SIZE / scale
        path = QPainterPath()
        path.addRoundedRect(QRectF(x, y, size, size), 3 / scale, 3 / scale)
        painter.fillPath(path, color)
        painter.setPen(QPen(QColor("#0b3d75") if selected else QColor(80, 60, 0),
                            (2.0 if selected else 1.0) / scale))
        painter.drawPath(path)
    elif kind == "bookmark":
        w = 16 / scale
        x = page_width - 3 * w
        ribbon = QPolygonF([QPointF(x, 0), QPointF(x + w, 0), QPointF(x + w, 2.2 * w),
                            QPointF(x + w / 2, 1.6 * w), QPointF(x, 2.2 * w)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(ribbon)


def annotation_hit(row: dict, point: QPointF, tolerance: float) -> bool:
    """Whether ``point`` (page coordinates) is on the annotation ``row``."""
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
        return px - tolerance <= x <= px + NOTE_SIZE + tolerance and \
            py - tolerance <= y <= py + NOTE_SIZE + tolerance
    elif kind == "ink":
        return any(math.hypot(px - x, py - y) <= tolerance * 2
                   for stroke in geometry.get("strokes", ()) for px, py in stroke)
    return False


class DragGesture:
    """A drag of the current tool on one page, in viewport pixels until it ends."""

    def __init__(self) -> None:
        self.start: QPointF | None = None
        self.now: QPointF | None = None
        self.page = -1
        self.points: list[QPointF] = []

    @property
    def active(self) -> bool:
        return self.start is not None

    def begin(self, pos: QPointF, page: int) -> None:
        self.start, self.now, self.page = pos, pos, page
        self.points = [pos]

    def move(self, pos: QPointF, *, ink: bool) -> None:
        self.now = pos
        if ink:
            self.points.append(pos)

    def cancel(self) -> None:
        self.start = self.now = None
        self.points = []

    def finish(self, end: QPointF, tool: str, transform: QTransform | None) -> dict | None:
        """The finished gesture in page coordinates (as :attr:`PageView.drawn` gives it),
        or None for a click, a stroke too short, or a page no longer on screen."""
        start, page, points = self.start, self.page, [*self.points, end]
        self.cancel()
        if transform is None or start is None:
            return None
        inverse, _ok = transform.inverted()
        if tool == "ink":
            stroke = [[round(p.x(), 2), round(p.y(), 2)] for p in map(inverse.map, points)]
            if len(stroke) < 2:
                return None
            return {"kind": "ink", "page": page, "geometry": {"strokes": [stroke]}}
        a, b = inverse.map(start), inverse.map(end)
        box = [min(a.x(), b.x()), min(a.y(), b.y()), max(a.x(), b.x()), max(a.y(), b.y())]
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            return None  # a click, not a drag
        if tool == "rect":
            return {"kind": "rect", "page": page, "geometry": {"rect": box}}
        return {"kind": tool, "page": page, "select": tuple(box)}

    def paint(self, painter: QPainter, tool: str, color: str) -> None:
        if self.start is None or self.now is None:
            return
        pen_color = QColor(color or DEFAULT_COLORS.get(tool, "#d7261e"))
        painter.setPen(QPen(pen_color, 2, Qt.PenStyle.DashLine if tool != "ink"
                            else Qt.PenStyle.SolidLine))
        if tool == "ink":
            painter.drawPolyline(QPolygonF(self.points))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.start, self.now).normalized())
