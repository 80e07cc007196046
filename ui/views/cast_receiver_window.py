"""The room screen's full-screen window: what `courtdesk cast receive` shows.

Idle, it shows the receiver's name, the address to type and the pairing PIN in type large
enough to read from the back of the room; while someone presents, the page the receiver
painted (fitted and centred), the presenter's pointer as a red dot and a small banner
saying who presents. When the presentation ends it is the PIN screen again, with nothing
of the case kept.

:class:`ReceiverScreen` is the receiver's :class:`~courtdesk.casting.screen.ScreenSink`: the
receiver calls it on its own threads, and it only turns each call into a signal carrying
plain data (the PNG decoded there, off the GUI thread). The window draws what arrives.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from courtdesk.casting.pairing import spaced
from courtdesk.casting.screen import ReceiverStatus, ScreenPicture

from ..messages import translate

BACKGROUND = QColor("#10161f")
IDLE_TEXT = QColor("#f2f4f7")
IDLE_MUTED = QColor("#9aa6b5")
PIN_COLOUR = QColor("#ffd24a")
POINTER = QColor("#ff2a2a")


class ReceiverScreen(QObject):
    """The window's side of the receiver: each sink call becomes a signal (thread-safe)."""

    picture_shown = Signal(object, object)  # ScreenPicture, its decoded QImage
    pointer_moved = Signal(object)  # (x, y) in PDF points of the page shown, or None
    status_changed = Signal(object)  # ReceiverStatus
    cleared = Signal(str)

    def show(self, picture: ScreenPicture) -> None:
        # Decoded here, on the receiver's worker thread: the GUI thread only draws.
        image = QImage.fromData(picture.png, "PNG")
        self.picture_shown.emit(picture, image)

    def overlay(self, message: dict) -> None:
        if message.get("type") == "pointer":
            x, y = message.get("x"), message.get("y")
            self.pointer_moved.emit(None if x is None or y is None else (x, y))

    def status(self, status: ReceiverStatus) -> None:
        self.status_changed.emit(replace(status))

    def clear(self, reason: str) -> None:
        self.cleared.emit(reason)


class CastReceiverWindow(QWidget):
    """Full screen on one monitor; Esc or Ctrl+Q closes the receiver."""

    closing = Signal()

    def __init__(self, screen: ReceiverScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("courtdesk")
        # No frame and no cursor: the window is the room screen, not a desktop's window.
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.receiver_status: ReceiverStatus | None = None
        self.picture: ScreenPicture | None = None
        self.image: QImage | None = None
        self.pointer: tuple[float, float] | None = None
        screen.picture_shown.connect(self._show_picture)
        screen.pointer_moved.connect(self._move_pointer)
        screen.status_changed.connect(self._set_status)
        screen.cleared.connect(self.clear)

    # -- what the receiver sends --------------------------------------------------------
    def _show_picture(self, picture: ScreenPicture, image: QImage) -> None:
        self.picture, self.image = picture, image
        self.update()

    def _move_pointer(self, at: tuple[float, float] | None) -> None:
        self.pointer = at
        self.update()

    def _set_status(self, status: ReceiverStatus) -> None:
        self.receiver_status = status
        self.update()

    def clear(self, reason: str = "") -> None:
        """Back to the PIN screen: the picture, the pointer and the presenter's name go."""
        self.picture = self.image = self.pointer = None
        if self.receiver_status is not None:
            self.receiver_status = replace(self.receiver_status, presenter=None)
        self.update()

    @property
    def presenter(self) -> str | None:
        return self.receiver_status.presenter if self.receiver_status else None

    # -- input ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Quit) \
                or (event.key() == Qt.Key.Key_Q
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.clear("closed")
        self.closing.emit()
        super().closeEvent(event)

    # -- drawing --------------------------------------------------------------------------
    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(9, int(pixels)))
        font.setBold(bold)
        return font

    def picture_rect(self) -> QRectF | None:
        """Where the picture is drawn: fitted to the window, centred."""
        if self.image is None or self.image.isNull():
            return None
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def pointer_position(self) -> QPointF | None:
        """The pointer in window pixels, or None when hidden or off the part shown."""
        target = self.picture_rect()
        if target is None or self.pointer is None or self.picture is None:
            return None
        at = self.picture.to_picture(*self.pointer)
        if at is None:
            return None
        scale = target.width() / self.image.width()
        return QPointF(target.x() + at[0] * scale, target.y() + at[1] * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), BACKGROUND)
        target = self.picture_rect()
        if target is not None:
            painter.drawImage(target, self.image)
            self._draw_pointer(painter)
        elif self.presenter:
            self._draw_waiting(painter)
        else:
            self._draw_idle(painter)
        if self.presenter:
            self._draw_banner(painter)
        painter.end()

    def _draw_pointer(self, painter: QPainter) -> None:
        at = self.pointer_position()
        if at is None:
            return
        radius = max(7.0, self.height() / 110)
        painter.setPen(QPen(QColor(255, 255, 255, 230), radius / 3))
        painter.setBrush(POINTER)
        painter.drawEllipse(at, radius, radius)

    def _draw_banner(self, painter: QPainter) -> None:
        text = translate("CastReceiverWindow", "Presenting: %1").replace("%1", self.presenter)
        painter.setFont(self._font(max(14, self.height() / 48)))
        metrics = painter.fontMetrics()
        pad = metrics.height() / 3
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(self.width() / 2))
        box = painter.boundingRect(QRectF(0, 0, self.width(), metrics.height()),
                                   Qt.AlignmentFlag.AlignLeft, text)
        box = QRectF(pad, pad, box.width() + 2 * pad, box.height() + pad)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(box, pad, pad)
        painter.setPen(QColor(255, 255, 255, 220))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _line(self, painter: QPainter, top: float, text: str, pixels: float, colour: QColor,
              bold: bool = False) -> float:
        """One centred line of text from ``top``; returns where the next one starts."""
        font = self._font(pixels, bold)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(colour)
        margin = self.width() / 20
        box = QRectF(margin, top, self.width() - 2 * margin, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, int(box.width())))
        return top + metrics.height()

    def _draw_waiting(self, painter: QPainter) -> None:
        self._line(painter, self.height() * 0.45, translate(
            "CastReceiverWindow", "The page is on its way…"), self.height() / 24, IDLE_MUTED)

    def _draw_idle(self, painter: QPainter) -> None:
        status = self.receiver_status
        unit = min(self.height(), self.width() * 9 / 16)  # type scales with the screen
        top = self.height() * 0.12
        if status is None:
            self._line(painter, self.height() * 0.45, translate(
                "CastReceiverWindow", "Starting…"), unit / 20, IDLE_MUTED)
            return
        top = self._line(painter, top, status.name, unit / 11, IDLE_TEXT, bold=True)
        top += unit * 0.05
        top = self._line(painter, top, translate(
            "CastReceiverWindow", "To show a page here, choose this screen in courtdesk and "
            "type the PIN, or type this address:"), unit / 32, IDLE_MUTED)
        top += unit * 0.02
        address = status.address or translate("CastReceiverWindow", "Starting…")
        top = self._line(painter, top, address, unit / 13, IDLE_TEXT, bold=True)
        top += unit * 0.06
        top = self._line(painter, top, translate("CastReceiverWindow", "PIN"), unit / 28,
                         IDLE_MUTED)
        pin = f"{status.pin[:3]} {status.pin[3:]}" if len(status.pin) == 6 else status.pin
        top = self._line(painter, top, pin, unit / 5, PIN_COLOUR, bold=True)
        if status.public:
            top += unit * 0.02
            self._line(painter, top, translate(
                "CastReceiverWindow", "Public screen: ID, phone and bank card numbers are "
                "removed from what is shown here."), unit / 34, IDLE_MUTED)
        bottom = self.height() - unit / 40 * 4.2
        viewer = status.extra.get("viewer_url")
        if viewer:  # cast receive --web: the link (with its key) browsers open
            self._line(painter, bottom - unit / 22, translate(
                "CastReceiverWindow", "Browsers: open %1").replace("%1", viewer),
                unit / 40, IDLE_MUTED)
        if status.fingerprint:
            bottom = self._line(painter, bottom, translate(
                "CastReceiverWindow", "Certificate %1").replace(
                    "%1", spaced(status.fingerprint)), unit / 60, IDLE_MUTED)
        self._line(painter, bottom + unit / 120, translate(
            "CastReceiverWindow", "Esc closes the receiver."), unit / 60, IDLE_MUTED)
