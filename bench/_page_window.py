"""A plain picture viewer for bench/cast_page_change.py's screen-region row: a frameless
window at 0,0 showing one of the PNG files given, switched by a page number on standard
input; prints {"shown": N, "time": T} once the new page is drawn and flushed to the X
server. Stands for "another program's window" that `cast screen` captures.

    python _page_window.py PAGE1.png PAGE2.png ...
"""

from __future__ import annotations

import json
import sys
import threading
import time

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget


class PageWindow(QWidget):
    def __init__(self, pages: list[QImage]) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.pages = pages
        self.number = 0
        self.setGeometry(0, 0, pages[0].width(), pages[0].height())

    def show_page(self, number: int) -> None:
        self.number = number
        self.repaint()  # drawn now, not at the next event-loop turn
        QGuiApplication.sync()  # and on the X server before we say so
        print(json.dumps({"shown": number, "time": time.time()}), flush=True)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawImage(QPoint(0, 0), self.pages[self.number])
        painter.end()


class Commands(QObject):
    line = Signal(str)


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = PageWindow([QImage(path) for path in sys.argv[1:]])
    commands = Commands()
    commands.line.connect(lambda text: window.show_page(int(text)) if text.isdigit()
                          else app.quit())

    def read() -> None:
        for text in sys.stdin:
            commands.line.emit(text.strip())
        commands.line.emit("quit")

    threading.Thread(target=read, daemon=True).start()
    window.show()
    app.processEvents()
    QGuiApplication.sync()
    print(json.dumps({"ready": True}), flush=True)
    app.exec()


if __name__ == "__main__":
    main()
