"""Pictures of a region of this PC's desktop, for the pixel fallback of casting.

Qt's ``QScreen.grabWindow`` needs a QGuiApplication (not widgets), so this lives in ui/
and the Qt-free casting core takes its frames as plain data (``casting/pixel_cast.py``).
Capture must run on the thread that made the application. X11 and Windows allow it; a
Wayland desktop gives applications no picture of other windows (Qt returns nothing), which
is said as such.
"""

from __future__ import annotations

import os
import sys

from courtdesk.casting.errors import ScreenCaptureFailed
from courtdesk.casting.pixel_cast import Frame


def parse_region(text: str) -> tuple[int, int, int, int]:
    parts = text.replace(" ", "").split(",")
    if len(parts) != 4 or not all(p.lstrip("-").isdigit() for p in parts):
        raise ValueError(f"--region is X,Y,WIDTH,HEIGHT in screen pixels, e.g. "
                         f"0,0,1280,720, not {text!r}.")
    x, y, width, height = (int(p) for p in parts)
    if width < 16 or height < 16:
        raise ValueError("A region is at least 16×16 pixels.")
    return x, y, width, height


def _gui_application():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        # Without this check Qt aborts the whole process when it finds no display.
        raise ScreenCaptureFailed(
            "There is no desktop to capture here (no DISPLAY): a screen region is cast from "
            "the PC whose screen shows it; nothing was shown.")
    return QGuiApplication(["courtdesk"])


class ScreenRegionCapture:
    """Grabs one region of the virtual desktop (all screens side by side); the whole
    primary screen when no region is given."""

    def __init__(self, region: tuple[int, int, int, int] | None = None) -> None:
        from PySide6.QtCore import QPoint, QRect

        self._app = _gui_application()
        from PySide6.QtGui import QGuiApplication

        if region is None:
            screen = QGuiApplication.primaryScreen()
            if screen is None:
                raise ScreenCaptureFailed("This PC shows no screen to capture; nothing was "
                                          "shown.")
            geometry = screen.geometry()
            region = (geometry.x(), geometry.y(), geometry.width(), geometry.height())
        x, y, width, height = region
        screen = QGuiApplication.screenAt(QPoint(x, y))
        if screen is None or not screen.geometry().contains(QRect(x, y, width, height)):
            screens = ", ".join(
                f"{g.x()},{g.y()},{g.width()},{g.height()}"
                for g in (s.geometry() for s in QGuiApplication.screens()))
            raise ScreenCaptureFailed(
                f"The region {x},{y},{width},{height} is not inside one screen of this PC "
                f"(its screens: {screens or 'none'}); nothing was shown. Give a region "
                "inside one of them.")
        self.region = region
        self._screen = screen
        self._origin = screen.geometry().topLeft()

    def grab(self) -> Frame:
        from PySide6.QtGui import QImage

        x, y, width, height = self.region
        pixmap = self._screen.grabWindow(0, x - self._origin.x(), y - self._origin.y(),
                                         width, height)
        if pixmap.isNull():
            raise ScreenCaptureFailed(
                "The screen gave no picture of the region (a Wayland desktop does not let "
                "applications capture it); nothing was shown. Log in to an X11 session.")
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB888)
        w, h, stride = image.width(), image.height(), image.bytesPerLine()
        data = bytes(image.constBits())[:stride * h]
        if stride != w * 3:  # rows padded to 4 bytes: pack them, so equal pictures are equal
            data = b"".join(data[row * stride:row * stride + w * 3] for row in range(h))
        return Frame(w, h, w * 3, data)
