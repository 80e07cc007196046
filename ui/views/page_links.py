"""Article references on a dossier page: underlined over the page's own characters, the
article in a tooltip on hover. The page and its text layer are never changed: the links
are drawn from the page's characters (:class:`~courtdesk.dossier.selection.PageChars`,
already read for selecting text) and found by the one parser of the law library."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

LINK_COLOR = QColor("#1a56b8")
LINK_FILL = QColor(26, 86, 184, 28)


def reference_rects(chars, start: int, end: int) -> list[QRectF]:
    """The reference's characters as one box per line of the page (page coordinates)."""
    rects: dict[int, QRectF] = {}
    for number in range(max(start, 0), min(end, len(chars.boxes))):
        x0, y0, x1, y1 = chars.boxes[number]
        box = QRectF(QPointF(x0, y0), QPointF(x1, y1))
        line = chars.line_of[number] if number < len(chars.line_of) else 0
        rects[line] = rects[line].united(box) if line in rects else box
    return list(rects.values())


def paint_links(painter: QPainter, chars, references, scale: float) -> None:
    """Underline each resolved reference (the painter maps page coordinates)."""
    pen = QPen(LINK_COLOR, max(1.0 / scale, 0.6))
    painter.setPen(pen)
    for reference in references:
        if not reference.resolved:
            continue
        for rect in reference_rects(chars, reference.reference.start, reference.reference.end):
            painter.fillRect(rect, LINK_FILL)
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())


def char_at(chars, point: QPointF) -> int:
    """The page character whose box holds ``point`` (page coordinates), else -1."""
    for number, (x0, y0, x1, y1) in enumerate(chars.boxes):
        if x0 <= point.x() <= x1 and y0 <= point.y() <= y1:
            return number
    return -1
