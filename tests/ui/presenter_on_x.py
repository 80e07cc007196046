"""The presenter window on a real X server, in a process of its own (the test process is
offscreen): a reader window on the first monitor, the room picture placed by
:class:`RoomScreens`, page 2 of a real PDF rendered by the dossier's page renderer.

Prints one JSON line per event: ``placed`` once the page is painted, ``moved`` when a
monitor came or went and the picture moved, ``lost`` when no second monitor is left (then
it exits). Each line carries the screens Qt sees and where the window is.
Run: ``DISPLAY=:N QT_QPA_PLATFORM=xcb python presenter_on_x.py PDF``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from courtdesk.casting.presentation import PresentedPage
from courtdesk.dossier.render import PageRenderer
from courtdesk.ui.jobs import JobRunner
from courtdesk.ui.views.presenter_window import BACKGROUND, PresenterWindow, RoomScreens


def main() -> int:
    app = QApplication(sys.argv[:1])
    data = Path(sys.argv[1]).read_bytes()
    key = hashlib.sha256(data).hexdigest()
    renderer = PageRenderer(lambda _key: data)
    runner = JobRunner()
    shots = os.environ.get("COURTDESK_SCREENSHOTS", "")

    reader = QWidget()  # the judge's window, on the first monitor
    reader.setWindowTitle("reader")
    first = app.screens()[0]
    reader.setScreen(first)
    reader.setGeometry(first.geometry().x() + 40, first.geometry().y() + 40, 600, 400)
    reader.show()

    window = PresenterWindow(renderer, runner)
    screens = RoomScreens(window, lambda: reader.screen())

    def report(event: str, **extra) -> None:
        on = window.screen()
        g, frame = window.geometry(), window.frameGeometry()
        print(json.dumps({
            "event": event,
            "screens": [[s.name(), *s.geometry().getRect()] for s in app.screens()],
            "screen_index": app.screens().index(on) if on in app.screens() else -1,
            "window": [g.x(), g.y(), g.width(), g.height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "full_screen": window.full_screen, "visible": window.isVisible(), **extra,
        }), flush=True)

    def painted(page: int) -> None:
        picture = window.grab().toImage()
        middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            picture.save(str(Path(shots) / f"presenter_x_{window.screen().name()}.png"))
        report("placed", page=page, page_drawn=middle != BACKGROUND)

    window.painted.connect(painted)
    screens.moved.connect(lambda _screen: report("moved"))
    screens.lost.connect(lambda: (report("lost"), window.stop(), app.quit()))

    screens.place()
    window.show(PresentedPage(doc=key, title="exhibit", page=1, page_count=3,
                              load=lambda: data, annotations=lambda _p: []))

    # "quit" (or the end of standard input) from the test ends the process.
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda: sys.stdin.readline().strip() in ("quit", "") and app.quit())
    QTimer.singleShot(90_000, app.quit)  # never outlives a forgotten test
    code = app.exec()
    runner.shutdown()
    renderer.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
