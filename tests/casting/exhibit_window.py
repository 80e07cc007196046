"""Another program's window for the screen-region cast test: a frameless window at a
known place showing a known picture (an exhibit's player, say). It writes each picture it
shows as a PNG, prints {"shown": N} once it is on the X screen, and on "next" (standard
input) shows the next picture.

    python exhibit_window.py X Y WIDTH HEIGHT OUT_DIR
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget


def picture(number: int, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    painter = QPainter(image)
    colours = ["#b22222", "#1e6fb2", "#2e8b57", "#d2a000"]
    for i, colour in enumerate(colours[number % 4:] + colours[:number % 4]):
        painter.fillRect(10 + i * (width - 20) // 4, 10, (width - 20) // 4 - 6, height // 3,
                         QColor(colour))
    painter.setPen(QColor("#202020"))
    painter.setFont(QFont("Noto Sans CJK SC", 18))
    painter.drawText(image.rect().adjusted(10, height // 3 + 20, -10, -10),
                     Qt.AlignmentFlag.AlignLeft, f"证据 {number + 1}：监控录像 第{number + 3}帧")
    painter.end()
    return image


class Exhibit(QWidget):
    def __init__(self, x: int, y: int, width: int, height: int, out: Path) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setGeometry(x, y, width, height)
        self.out = out
        self.number = 0
        self.image = picture(0, width, height)
        self.told = -1

    def advance(self) -> None:
        self.number += 1
        self.image = picture(self.number, self.width(), self.height())
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawImage(QPoint(0, 0), self.image)
        painter.end()
        if self.told != self.number:
            self.told = self.number
            self.image.save(str(self.out / f"exhibit-{self.number}.png"))
            # Told a moment later, once the X server has the drawing.
            QTimer.singleShot(200, lambda n=self.number: print(json.dumps({"shown": n}),
                                                               flush=True))


class Commands(QObject):
    line = Signal(str)


def main() -> None:
    x, y, width, height = (int(v) for v in sys.argv[1:5])
    app = QApplication(sys.argv[:1])
    window = Exhibit(x, y, width, height, Path(sys.argv[5]))
    commands = Commands()
    commands.line.connect(lambda text: window.advance() if text == "next"
                          else app.quit() if text == "quit" else None)

    def read() -> None:  # end of input (the test ended) ends the window too
        for text in sys.stdin:
            commands.line.emit(text.strip())
        commands.line.emit("quit")

    threading.Thread(target=read, daemon=True).start()
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
