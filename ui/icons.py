"""Icons: the style's standard icons, and toolbar icons from the desktop's icon theme.

Loading one decodes the style's images at several sizes; the main window's are loaded
while the login is checked (StartupFlow), so building the window does not wait for them.

Toolbar icons come from the freedesktop icon theme the desktop uses (KDE's and GNOME's
names), so the reader looks like the person's other programs; where the theme has none
(Windows, a bare X server) the icon is the style's standard one, or a simple line drawing
made here, so a button never shows its text alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle

INK = QColor("#37474f")
SIZES = (16, 24, 32)


@functools.cache
def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def action_icon(name: str) -> QIcon:
    """The icon for the toolbar action ``name`` (a key of :data:`ACTION_ICONS`)."""
    theme_name, fallback = ACTION_ICONS[name]
    return _themed(theme_name, fallback)


@functools.cache
def _themed(theme_name: str, fallback) -> QIcon:
    if QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    if isinstance(fallback, QStyle.StandardPixmap):
        return standard_icon(fallback)
    return _drawn(fallback)


def _drawn(draw: Callable[[QPainter], None]) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24, size / 24)  # drawn on a 24-unit grid
        painter.setPen(QPen(INK, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# -- line drawings on a 24 x 24 grid -----------------------------------------------------
def _cast(p: QPainter) -> None:
    """A screen with the waves of casting rising from its lower left corner."""
    p.drawPolyline(QPolygonF([QPointF(3, 9), QPointF(3, 5), QPointF(21, 5), QPointF(21, 19),
                              QPointF(13, 19)]))
    for radius in (4.0, 8.0):
        path = QPainterPath()
        path.arcMoveTo(QRectF(3 - radius, 19 - radius, 2 * radius, 2 * radius), 90)
        path.arcTo(QRectF(3 - radius, 19 - radius, 2 * radius, 2 * radius), 90, -90)
        p.drawPath(path)
    p.drawEllipse(QPointF(3.5, 18.5), 0.6, 0.6)


def _page(p: QPainter, x: float, y: float, w: float, h: float) -> None:
    p.drawRoundedRect(QRectF(x, y, w, h), 1.5, 1.5)


def _pages_stacked(p: QPainter) -> None:
    _page(p, 6, 2, 12, 9)
    _page(p, 6, 13, 12, 9)


def _fit_width(p: QPainter) -> None:
    _page(p, 3, 4, 18, 16)
    p.drawLine(QPointF(6, 12), QPointF(18, 12))
    p.drawPolyline(QPolygonF([QPointF(8, 10), QPointF(6, 12), QPointF(8, 14)]))
    p.drawPolyline(QPolygonF([QPointF(16, 10), QPointF(18, 12), QPointF(16, 14)]))


def _fit_page(p: QPainter) -> None:
    _page(p, 5, 2, 14, 20)
    for x0, y0, dx, dy in ((8, 5, 1, 1), (16, 5, -1, 1), (8, 19, 1, -1), (16, 19, -1, -1)):
        p.drawPolyline(QPolygonF([QPointF(x0 + 3 * dx, y0), QPointF(x0, y0),
                                  QPointF(x0, y0 + 3 * dy)]))


def _magnifier(sign: str) -> Callable[[QPainter], None]:
    def draw(p: QPainter) -> None:
        p.drawEllipse(QPointF(10, 10), 6.5, 6.5)
        p.drawLine(QPointF(15, 15), QPointF(21, 21))
        p.drawLine(QPointF(7, 10), QPointF(13, 10))
        if sign == "+":
            p.drawLine(QPointF(10, 7), QPointF(10, 13))
    return draw


def _rotate(p: QPainter) -> None:
    path = QPainterPath()
    path.arcMoveTo(QRectF(4, 4, 16, 16), 120)
    path.arcTo(QRectF(4, 4, 16, 16), 120, -270)
    p.drawPath(path)
    p.drawPolyline(QPolygonF([QPointF(5, 3), QPointF(7.5, 6.5), QPointF(3.5, 8)]))


def _two_pages(p: QPainter) -> None:
    _page(p, 2, 4, 9, 16)
    _page(p, 13, 4, 9, 16)


def _other_pane(p: QPainter) -> None:
    _two_pages(p)
    p.drawLine(QPointF(5, 12), QPointF(18, 12))
    p.drawPolyline(QPolygonF([QPointF(15.5, 9.5), QPointF(18, 12), QPointF(15.5, 14.5)]))


def _highlight(p: QPainter) -> None:
    p.fillRect(QRectF(2, 14, 20, 7), QColor("#ffd400"))
    p.drawPolygon(QPolygonF([QPointF(8, 15), QPointF(16, 3), QPointF(20, 6),
                             QPointF(12, 18)]))


def _underline(p: QPainter) -> None:
    p.drawPolyline(QPolygonF([QPointF(7, 3), QPointF(7, 11)]))
    p.drawArc(QRectF(7, 5, 10, 10), 180 * 16, 180 * 16)
    p.drawLine(QPointF(17, 3), QPointF(17, 10))
    p.drawLine(QPointF(4, 20), QPointF(20, 20))


def _note(p: QPainter) -> None:
    p.setBrush(QColor("#ffe38a"))
    p.drawPolygon(QPolygonF([QPointF(3, 3), QPointF(21, 3), QPointF(21, 15),
                             QPointF(15, 21), QPointF(3, 21)]))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for y in (8, 12):
        p.drawLine(QPointF(7, y), QPointF(17, y))


def _ink(p: QPainter) -> None:
    path = QPainterPath(QPointF(3, 17))
    path.cubicTo(QPointF(7, 5), QPointF(10, 21), QPointF(14, 11))
    path.cubicTo(QPointF(16, 6), QPointF(19, 9), QPointF(21, 13))
    p.drawPath(path)


def _rectangle(p: QPainter) -> None:
    p.setPen(QPen(QColor("#d7261e"), 2))
    p.drawRect(QRectF(3, 5, 18, 14))


def _box_select(p: QPainter) -> None:
    p.setPen(QPen(INK, 1.6, Qt.PenStyle.DashLine))
    p.drawRect(QRectF(3, 4, 18, 14))
    p.setPen(QPen(INK, 1.6))
    p.drawLine(QPointF(6, 9), QPointF(17, 9))
    p.drawLine(QPointF(6, 13), QPointF(14, 13))


def _bookmark(p: QPainter) -> None:
    p.setBrush(QColor("#d7261e"))
    p.drawPolygon(QPolygonF([QPointF(6, 2), QPointF(18, 2), QPointF(18, 22),
                             QPointF(12, 16), QPointF(6, 22)]))


def _shared(p: QPainter) -> None:
    p.drawEllipse(QPointF(8, 8), 3, 3)
    p.drawEllipse(QPointF(16, 8), 3, 3)
    p.drawArc(QRectF(2, 13, 12, 12), 0, 180 * 16)
    p.drawArc(QRectF(10, 13, 12, 12), 0, 180 * 16)


def _clean(p: QPainter) -> None:
    _page(p, 3, 3, 13, 18)
    for x, y, r in ((19, 6, 2.2), (20, 13, 1.5), (16, 17, 1.2)):
        p.drawLine(QPointF(x - r, y), QPointF(x + r, y))
        p.drawLine(QPointF(x, y - r), QPointF(x, y + r))


def _copy(p: QPainter) -> None:
    _page(p, 8, 7, 12, 14)
    _page(p, 4, 3, 12, 14)


def _present(p: QPainter) -> None:
    """A screen on a stand: the room's monitor."""
    p.drawRoundedRect(QRectF(3, 4, 18, 12), 1.5, 1.5)
    p.drawLine(QPointF(12, 16), QPointF(12, 20))
    p.drawLine(QPointF(8, 20), QPointF(16, 20))
    p.drawPolyline(QPolygonF([QPointF(10, 8), QPointF(14.5, 10), QPointF(10, 12)]))


def _laser(p: QPainter) -> None:
    """A dot with rays: the laser pointer."""
    p.drawEllipse(QPointF(12, 12), 3, 3)
    for x0, y0, x1, y1 in ((12, 2, 12, 6), (12, 18, 12, 22), (2, 12, 6, 12), (18, 12, 22, 12),
                           (5, 5, 7.5, 7.5), (19, 19, 16.5, 16.5), (19, 5, 16.5, 7.5),
                           (5, 19, 7.5, 16.5)):
        p.drawLine(QPointF(x0, y0), QPointF(x1, y1))


def _evidence(p: QPainter) -> None:
    """Pages with a bracket: some pages of a volume."""
    _page(p, 7, 3, 13, 18)
    for y in (8, 12, 16):
        p.drawLine(QPointF(10, y), QPointF(17, y))
    p.drawPolyline(QPolygonF([QPointF(5, 6), QPointF(3, 6), QPointF(3, 18), QPointF(5, 18)]))


def _calendar(p: QPainter) -> None:
    """A calendar page with its two rings and a grid of days."""
    p.drawRoundedRect(QRectF(3, 5, 18, 16), 1.5, 1.5)
    p.drawLine(QPointF(3, 9.5), QPointF(21, 9.5))
    for x in (8, 16):
        p.drawLine(QPointF(x, 3), QPointF(x, 7))
    for x in (7.5, 12, 16.5):
        for y in (13, 17):
            p.drawPoint(QPointF(x, y))


# name: (freedesktop theme name, standard pixmap or drawing)
ACTION_ICONS: dict[str, tuple[str, object]] = {
    "continuous": ("view-pages-continuous", _pages_stacked),
    "fit-width": ("zoom-fit-width", _fit_width),
    "fit-page": ("zoom-fit-page", _fit_page),
    "zoom-out": ("zoom-out", _magnifier("-")),
    "zoom-in": ("zoom-in", _magnifier("+")),
    "rotate": ("object-rotate-right", _rotate),
    "side-by-side": ("view-split-left-right", _two_pages),
    "other-pane": ("view-right-new", _other_pane),
    "highlight": ("draw-highlight", _highlight),
    "underline": ("format-text-underline", _underline),
    "note": ("note", _note),
    "ink": ("draw-freehand", _ink),
    "rect": ("draw-rectangle", _rectangle),
    "box-select": ("edit-select", _box_select),
    "bookmark": ("bookmark-new", _bookmark),
    "shared": ("emblem-shared", _shared),
    "undo": ("edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
    "redo": ("edit-redo", QStyle.StandardPixmap.SP_ArrowForward),
    "delete": ("edit-delete", QStyle.StandardPixmap.SP_TrashIcon),
    "import": ("document-import", QStyle.StandardPixmap.SP_DialogOpenButton),
    "export": ("document-export", QStyle.StandardPixmap.SP_DialogSaveButton),
    "clean": ("edit-clear", _clean),
    "copy": ("edit-copy", _copy),
    "cast": ("video-display", _cast),
    "stop-cast": ("media-playback-stop", QStyle.StandardPixmap.SP_MediaStop),
    "present": ("x-office-presentation", _present),
    "laser-pointer": ("courtdesk-laser-pointer", _laser),
    "show-pages": ("courtdesk-show-pages", _evidence),
    "laws": ("accessories-dictionary", QStyle.StandardPixmap.SP_FileDialogInfoView),
    "calendar": ("x-office-calendar", _calendar),
}
