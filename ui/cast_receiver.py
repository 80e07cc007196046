"""`courtdesk cast receive` on the room screen: the receiver behind a full-screen window.

The receiver's asyncio loop runs as one long job on its own JobRunner queue; the window is
its screen (:class:`~courtdesk.ui.views.cast_receiver_window.ReceiverScreen`), so pictures,
the pointer and the PIN reach the GUI thread as signals. Closing the window (Esc, Ctrl+Q,
SIGTERM from a log-out) stops the receiver, which drops its presenter and everything of
the case, then the application quits.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication

from courtdesk.casting.errors import ReceiverNoScreen
from courtdesk.casting.receiver import CastReceiver

from .jobs import JobRunner
from .translation import LanguageSwitcher
from .views.cast_receiver_window import CastReceiverWindow, ReceiverScreen

log = logging.getLogger(__name__)

RECEIVER_QUEUE = "cast-receiver"  # one thread for the whole run: the receiver's event loop


def _check_display() -> None:
    """Qt ends the process with a core dump when its X11/Wayland platform finds no display;
    say what to do instead."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if (sys.platform.startswith("linux") and platform in ("", "xcb", "wayland")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        raise ReceiverNoScreen(
            "No screen to show the receiver on: this session has no display (DISPLAY is not "
            "set); nothing is shown and no one can cast here. Start `courtdesk cast receive` "
            "in the room PC's desktop session (e.g. from its autostart), or run it with "
            "--headless to only write the picture to a file.")


def pick_screen(index: int) -> QScreen:
    screens = QGuiApplication.screens()
    if not screens:
        raise ReceiverNoScreen(
            "The display has no screen attached; nothing is shown and no one can cast here. "
            "Connect the room screen (or switch it on), then start the receiver again.")
    if not 0 <= index < len(screens):
        found = ", ".join(f"{i}: {s.name() or '?'} {s.geometry().width()}×"
                          f"{s.geometry().height()}" for i, s in enumerate(screens))
        raise ReceiverNoScreen(
            f"There is no screen {index}: this PC has {len(screens)} ({found}); nothing is "
            "shown. Start the receiver with --screen-index set to one of these numbers.")
    return screens[index]


class ReceiverDisplay(QObject):
    """The window on one screen, and the receiver's loop running behind it."""

    ended = Signal(object)  # None, or the exception the receiver's loop ended with

    def __init__(self, screen_index: int = 0, language: str = "zh_CN") -> None:
        _check_display()
        self.app = QApplication.instance() or QApplication(["courtdesk-receiver"])
        super().__init__()
        self.switcher = LanguageSwitcher(self)
        self.switcher.set_language(language)
        self.qscreen = pick_screen(screen_index)
        self.sink = ReceiverScreen()
        self.window = CastReceiverWindow(self.sink)
        self.window.closing.connect(self.stop)
        self.runner = JobRunner(self)
        self.runner.add_queue(RECEIVER_QUEUE)
        self.failure: BaseException | None = None
        self.running = False
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._stopping = False

    @property
    def size(self) -> tuple[int, int]:
        """The screen in device pixels: what the receiver paints pages for."""
        geometry, ratio = self.qscreen.geometry(), self.qscreen.devicePixelRatio()
        return round(geometry.width() * ratio), round(geometry.height() * ratio)

    def place(self) -> None:
        """Full screen on the chosen monitor. Frameless and sized to its geometry, which
        also works with no window manager (a kiosk session, Xvfb)."""
        self.window.setScreen(self.qscreen)
        self.window.setGeometry(self.qscreen.geometry())
        self.window.show()
        self.window.activateWindow()  # Esc reaches it with no window manager too

    def start(self, receiver: CastReceiver, host: str, port: int,
              ready: Callable[[int], None]) -> None:
        self.running = True
        self.place()
        self.runner.submit(lambda: self._serve(receiver, host, port, ready),
                           queue=RECEIVER_QUEUE, on_done=lambda _: self._ended(None),
                           on_error=self._ended, label="cast receiver")

    def _serve(self, receiver: CastReceiver, host: str, port: int,
               ready: Callable[[int], None]) -> None:
        async def serve() -> None:
            with self._lock:
                if self._stopping:
                    return
                self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
            try:
                await receiver.run(host, port, ready)
            except asyncio.CancelledError:
                pass
            finally:
                with self._lock:
                    self._loop = self._task = None

        asyncio.run(serve())

    def stop(self) -> None:
        """Stop the receiver (from any thread); the window closes once it has."""
        with self._lock:
            self._stopping = True
            loop, task = self._loop, self._task
        if loop is not None and task is not None:
            loop.call_soon_threadsafe(task.cancel)

    def _ended(self, failure: BaseException | None) -> None:
        self.running = False
        self.failure = failure
        self.window.clear("stopped")
        self.window.close()
        self.ended.emit(failure)

    def run(self, receiver: CastReceiver, host: str, port: int,
            ready: Callable[[int], None]) -> None:
        """Show the window and serve until it is closed or the process is told to end;
        raises what stopped the receiver, if anything did."""
        # SIGTERM (a log-out) and Ctrl-C close the window like Esc; Python runs signal
        # handlers only between bytecodes, so a timer wakes it while Qt waits.
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: QTimer.singleShot(0, self.window.close))
        waker = QTimer(self)
        waker.timeout.connect(lambda: None)
        waker.start(250)
        self.ended.connect(lambda _: self.app.quit())
        self.start(receiver, host, port, ready)
        if self.running:
            self.app.exec()
        self.runner.shutdown(15_000)
        if self.failure is not None:
            raise self.failure
