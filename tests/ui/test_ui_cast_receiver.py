"""The room screen's window as the screen of a real receiver, fed by a real sender.

One process: the window (offscreen here) behind a real CastReceiver whose event loop runs
on its job queue, and a real CastSession on a thread of its own, over real TLS on
127.0.0.1. The screenshots (idle, presenting, cleared) are written in every UI language.
One more run puts `courtdesk cast receive` on the second screen of an Xvfb server and looks
at that screen through another X client.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from courtdesk.casting.pairing import ReceiverIdentity
from courtdesk.casting.receiver import CastReceiver
from courtdesk.casting.sender import CastDocument, CastSession, KnownReceivers
from courtdesk.ui.cast_receiver import ReceiverDisplay
from courtdesk.ui.views.cast_receiver_window import BACKGROUND, PIN_COLOUR

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

PIN = "246810"
NAME = "第三审判庭"
PRESENTER = "崔东哲"
PAGE_TEXT = "民事起诉状  原告：延吉市长白山商贸有限公司"


@pytest.fixture(scope="module")
def document() -> CastDocument:
    import hashlib

    with pymupdf.open() as doc:
        for number in (1, 2):
            page = doc.new_page()
            page.insert_text((72, 100), PAGE_TEXT, fontname="china-s", fontsize=18)
            page.insert_text((72, 160), f"第{number}页", fontname="china-s", fontsize=14)
            page.draw_rect(pymupdf.Rect(72, 300, 520, 700), color=(0, 0, 0.6), width=2)
        data = doc.tobytes()
    return CastDocument(hashlib.sha256(data).hexdigest(), "起诉状", lambda: data,
                        lambda page: [])


class SenderThread:
    """A CastSession on its own event loop and thread, as the presenter's PC runs it."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine, timeout: float = 30.0):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def _same(a: QColor, b: QColor, slack: int = 24) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_window_shows_pin_then_the_page_and_pointer_then_nothing_of_the_case(
        qtbot, tmp_path, document, language, screenshot):
    display = ReceiverDisplay(0, language)
    window = display.window
    ready = threading.Event()
    receiver = CastReceiver(NAME, ReceiverIdentity.load_or_create(tmp_path / "rx", NAME),
                            PIN, screens=[display.sink], screen=display.size)

    def listening(port: int) -> None:
        receiver.announce(f"127.0.0.1:{port}")
        ready.set()

    sender = SenderThread()
    try:
        display.start(receiver, "127.0.0.1", 0, listening)
        assert window.isVisible() and window.geometry() == display.qscreen.geometry()
        qtbot.waitUntil(lambda: window.receiver_status is not None
                        and window.receiver_status.address != "", timeout=20_000)
        assert ready.wait(10) and window.receiver_status.pin == PIN
        idle = window.grab().toImage()
        screenshot(window, f"cast-receiver-idle-{language}")
        # The PIN is drawn in its own colour, large: a good part of a row is PIN-coloured.
        assert sum(_same(QColor(idle.pixel(x, y)), PIN_COLOUR)
                   for y in range(0, idle.height(), 2) for x in range(0, idle.width(), 2)) > 800

        session = CastSession(receiver.address, PIN, PRESENTER,
                              KnownReceivers(tmp_path / "known.json"))
        sender.run(session.connect())
        seq, _ = sender.run(session.show(document, 0))
        sender.run(session.wait_painted(seq))
        sender.run(session.pointer(300.0, 500.0))
        qtbot.waitUntil(lambda: window.image is not None and window.pointer is not None,
                        timeout=20_000)
        assert window.presenter == PRESENTER and window.picture.doc == document.sha256
        # The page fills the screen's height, centred; the pointer is a red dot where the
        # picture shows the page's point (300, 500).
        target = window.picture_rect()
        assert round(target.height()) == window.height()
        assert abs(target.center().x() - window.width() / 2) < 1
        shown = window.grab().toImage()
        screenshot(window, f"cast-receiver-presenting-{language}")
        at = window.pointer_position()
        assert QColor(shown.pixel(int(at.x()), int(at.y()))).red() > 200
        assert QColor(shown.pixel(int(at.x()), int(at.y()))).green() < 80
        x, y = window.picture.to_picture(300.0, 500.0)
        scale = target.width() / window.image.width()
        assert abs(target.x() + x * scale - at.x()) < 1 and abs(target.y() + y * scale - at.y()) < 1

        sender.run(session.stop())
        qtbot.waitUntil(lambda: window.image is None and window.presenter is None,
                        timeout=20_000)
        qtbot.waitUntil(lambda: window.receiver_status.presenter is None, timeout=5_000)
        screenshot(window, f"cast-receiver-cleared-{language}")
        # Back to the PIN screen, pixel for pixel: nothing of the case is left on it.
        assert window.grab().toImage() == idle
        assert window.picture is None and window.pointer is None
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # closes the receiver
        qtbot.waitUntil(lambda: not display.running, timeout=20_000)
    finally:
        display.stop()
        qtbot.waitUntil(lambda: not display.running, timeout=20_000)
        sender.close()
        display.switcher.uninstall()
    assert not window.isVisible() and display.failure is None


def test_receiver_fills_the_chosen_screen_of_a_real_x_server(tmp_path):
    """`cast receive --screen-index 1` on a two-screen X server: another X client sees the
    receiver's idle screen cover screen 1 edge to edge, and screen 0 untouched."""
    read_end, write_end = os.pipe()  # Xvfb picks a free display and says which
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "800x600x24", "-screen", "1", "1024x768x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as said:
        display = ":" + said.readline().strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", COURTDESK_HOME=str(tmp_path / "home"),
               PYTHONUNBUFFERED="1")
    (tmp_path / "pin").write_text(PIN + "\n")
    receiver = None
    try:
        receiver = subprocess.Popen(
            [sys.executable, "-m", "courtdesk.app", "cast", "receive", "--json",
             "--screen-index", "1", "--language", "zh_CN", "--bind", "127.0.0.1", "--port",
             "0", "--pin-file", str(tmp_path / "pin"), "--state-dir", str(tmp_path / "rx")],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = receiver.stdout.readline()
        assert '"event": "ready"' in line, line or receiver.stderr.read()
        look = subprocess.run([sys.executable, "-c", _LOOK, str(tmp_path)], env=env,
                              capture_output=True, text=True, timeout=60)
        assert look.returncode == 0, look.stderr
        sizes = [tuple(map(int, size.split("x"))) for size in look.stdout.split()]
        assert sizes == [(800, 600), (1024, 768)]
        from PySide6.QtGui import QImage

        screen0, screen1 = (QImage(str(tmp_path / f"screen{i}.png")) for i in (0, 1))
        for x, y in ((0, 0), (1023, 0), (0, 767), (1023, 767), (512, 20)):
            assert _same(QColor(screen1.pixel(x, y)), BACKGROUND, 2), (x, y)
        assert sum(_same(QColor(screen1.pixel(x, y)), PIN_COLOUR)
                   for y in range(0, 768, 2) for x in range(0, 1024, 2)) > 800
        assert all(_same(QColor(screen0.pixel(x, y)), QColor("black"), 2)
                   for x, y in ((0, 0), (400, 300), (799, 599)))
        receiver.terminate()  # a log-out: the window closes like Esc, the process ends
        assert receiver.wait(20) == 0, receiver.stderr.read()
    finally:
        if receiver is not None and receiver.poll() is None:
            receiver.kill()
            receiver.wait(5)
        server.terminate()
        server.wait(10)


def test_no_screen_is_said_plainly(tmp_path):
    """No display at all, or no such monitor: a message saying what to do, no window."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("COURTDESK_") and k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                           "QT_QPA_PLATFORM")}
    env["COURTDESK_HOME"] = str(tmp_path / "home")
    command = [sys.executable, "-m", "courtdesk.app", "cast", "receive", "--port", "0",
               "--bind", "127.0.0.1", "--state-dir", str(tmp_path / "rx")]
    no_display = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    no_monitor = subprocess.run([*command, "--screen-index", "3"], capture_output=True,
                                env={**env, "QT_QPA_PLATFORM": "offscreen"}, text=True,
                                timeout=60)
    assert no_display.returncode == 1 and "Traceback" not in no_display.stderr
    assert "no display" in no_display.stderr and "--headless" in no_display.stderr
    assert no_monitor.returncode == 1 and "Traceback" not in no_monitor.stderr
    assert "There is no screen 3: this PC has 1" in no_monitor.stderr


# Another X client: waits for the receiver's window to be drawn on screen 1, then grabs
# both screens' root windows as PNGs and prints their sizes.
_LOOK = """
import sys, time
from PySide6.QtGui import QGuiApplication, QColor
app = QGuiApplication([])
screens = QGuiApplication.screens()
deadline = time.monotonic() + 30
while True:
    grabs = [s.grabWindow(0) for s in screens]
    corner = QColor(grabs[1].toImage().pixel(0, 0)) if len(grabs) > 1 else None
    if corner is not None and corner.name() == "#10161f" or time.monotonic() > deadline:
        break
    time.sleep(0.2)
for i, grab in enumerate(grabs):
    grab.save(f"{sys.argv[1]}/screen{i}.png")
    print(f"{grab.width()}x{grab.height()}")
"""


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_idle_screen_shows_the_browsers_link_with_its_key(qtbot, tmp_path, language,
                                                           screenshot):
    """`cast receive --web`: the room screen shows the link browsers open, key included,
    so that a display or a party's phone in the room can be pointed at it."""
    from dataclasses import replace

    from courtdesk.casting.browser import BrowserScreen

    display = ReceiverDisplay(0, language)
    window = display.window
    web = BrowserScreen()
    receiver = CastReceiver(NAME, ReceiverIdentity.load_or_create(tmp_path / "rx", NAME),
                            PIN, screens=[display.sink], screen=display.size, web=web)
    try:
        display.start(receiver, "127.0.0.1", 0, lambda port: receiver.announce(
            f"127.0.0.1:{port}"))
        qtbot.waitUntil(lambda: window.receiver_status is not None
                        and "viewer_url" in window.receiver_status.extra, timeout=20_000)
        url = window.receiver_status.extra["viewer_url"]
        assert url.endswith("/view#" + web.token)
        with_link = window.grab().toImage()
        screenshot(window, f"cast-receiver-idle-web-{language}")
        # The same screen without the link differs only in the band the link is drawn in.
        window.receiver_status = replace(window.receiver_status, extra={})
        without = window.grab().toImage()
        rows = [y for y in range(with_link.height())
                if any(with_link.pixel(x, y) != without.pixel(x, y)
                       for x in range(0, with_link.width(), 2))]
        assert rows and min(rows) > with_link.height() * 0.8
    finally:
        display.stop()
        qtbot.waitUntil(lambda: not display.running, timeout=20_000)
        display.switcher.uninstall()
