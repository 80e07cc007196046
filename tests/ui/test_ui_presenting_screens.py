"""The presenter window on real monitors: a real X server (Xvfb), the real xcb platform.

Two X screens (``-screen 0 … -screen 1 …``, both named "screen": picked by index) — the
room picture lands on the second one's geometry. Monitors plugged in and out while
presenting: Xvfb's RandR monitors, added and deleted with ``xrandr --setmonitor`` /
``--delmonitor``, are what Qt reports as screens added and removed, as with a real cable.
The window runs in a process of its own (``presenter_on_x.py``): this one is offscreen.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pymupdf
import pytest

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

CHILD = Path(__file__).with_name("presenter_on_x.py")
WAIT = 45.0


@pytest.fixture(scope="module")
def exhibit(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("exhibit") / "exhibit.pdf"
    doc = pymupdf.open()
    for number in range(1, 4):
        page = doc.new_page()
        page.draw_rect(page.rect + (40, 40, -40, -40), color=(0, 0, 0.6), width=6)
        page.insert_text((120, 420), f"Exhibit page {number}", fontsize=40)
    doc.save(path)
    return path


class Xvfb:
    """An X server on a display number it picks itself (``-displayfd``)."""

    def __init__(self, *args: str) -> None:
        for tool in ("Xvfb", "xrandr"):
            assert shutil.which(tool), f"{tool} is missing: installers/bootstrap.sh installs it"
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-nolisten", "tcp",
                                      "-noreset", *args], pass_fds=(write,),
                                     stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        assert self.display != ":", "Xvfb did not start"

    def run(self, *args: str) -> None:
        subprocess.run(args, check=True, timeout=20, capture_output=True,
                       env={**os.environ, "DISPLAY": self.display})

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


class Presenter:
    """presenter_on_x.py on ``display``; its JSON lines, read on a thread."""

    def __init__(self, display: str, pdf: Path) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.proc = subprocess.Popen([sys.executable, str(CHILD), str(pdf)], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))
        self.lines.put(None)

    def next(self, event: str) -> dict:
        while True:
            try:
                item = self.lines.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"no {event!r} from the presenter window in {WAIT} s")
            if item is None:
                pytest.fail(f"the presenter process ended before {event!r}: "
                            f"{self.proc.stderr.read()[-2000:]}")
            if item["event"] == event:
                return item

    def close(self) -> int:
        if self.proc.poll() is None:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
        return self.proc.wait(timeout=30)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


def test_room_picture_lands_on_the_second_x_screen(exhibit):
    x = Xvfb("-screen", "0", "1280x800x24", "-screen", "1", "1280x800x24")
    presenter = Presenter(x.display, exhibit)
    try:
        placed = presenter.next("placed")
        assert len(placed["screens"]) == 2
        assert placed["screen_index"] == 1 and placed["full_screen"]
        second = placed["screens"][1][1:]
        assert placed["window"] == second and placed["frame"] == second  # frameless, all of it
        assert placed["page"] == 1 and placed["page_drawn"]
        assert presenter.close() == 0
    finally:
        presenter.kill()
        x.close()


def test_monitors_plugged_in_and_out_while_presenting(exhibit):
    x = Xvfb("-screen", "0", "3840x800x24")
    presenter = None
    try:
        # One monitor: the room picture is a window to drag.
        x.run("xrandr", "--setmonitor", "left", "1280/340x800/210+0+0", "screen")
        presenter = Presenter(x.display, exhibit)
        placed = presenter.next("placed")
        assert [s[0] for s in placed["screens"]] == ["left"]
        assert not placed["full_screen"] and placed["visible"]

        # The room's monitor is plugged in: the picture covers it.
        x.run("xrandr", "--setmonitor", "right", "1280/340x800/210+1280+0", "none")
        moved = presenter.next("moved")
        assert moved["full_screen"] and moved["window"] == [1280, 0, 1280, 800]

        # A third monitor, then the room's is unplugged: the picture goes to the third.
        x.run("xrandr", "--setmonitor", "third", "1280/340x800/210+2560+0", "none")
        x.run("xrandr", "--delmonitor", "right")
        moved = presenter.next("moved")
        assert moved["full_screen"] and moved["window"] == [2560, 0, 1280, 800]

        # The last second monitor is unplugged: presenting stops (the process ends).
        x.run("xrandr", "--delmonitor", "third")
        lost = presenter.next("lost")
        assert [s[0] for s in lost["screens"]] == ["left"]
        assert presenter.close() == 0
    finally:
        if presenter is not None:
            presenter.kill()
        x.close()
