"""The pixel fallback as court staff use it: another program's window on a real X server
(Xvfb), `courtdesk cast screen` casting its region to a `courtdesk cast receive` process;
the receiver's picture is the window's, pixel for pixel, and a picture that does not
change is not sent again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest
from cast_kit import PIN, CastProcess, cli_env, start_receiver

from courtdesk.offline_cache.store import LocalStore

from testkit import ask

pytestmark = pytest.mark.timeout(150)

REGION = (120, 90, 400, 200)


@pytest.fixture
def x_display():
    """A real X server of its own (a free display number, chosen by Xvfb)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               "1024x768x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(15)


def _pixels(png: bytes) -> tuple[int, int, bytes]:
    pix = pymupdf.Pixmap(png)
    if pix.alpha:
        pix = pymupdf.Pixmap(pix, 0)
    return pix.width, pix.height, pix.samples


def test_a_screen_region_is_cast_as_pictures_only_when_it_changes(
        tmp_path, presenter_home, processes, x_display):
    home, _ = presenter_home
    desktop = {**cli_env(home), "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    exhibit = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("exhibit_window.py")),
         *map(str, REGION), str(tmp_path)], env=desktop, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    try:
        assert json.loads(exhibit.stdout.readline()) == {"shown": 0}
        receiver = start_receiver(tmp_path)
        processes.append(receiver)
        caster = CastProcess(["--user", "judge", "cast", "screen", "--to", receiver.address,
                              "--pin", PIN, "--region", ",".join(map(str, REGION)),
                              "--fps", "10", "--json"], desktop, stdin=True)
        processes.append(caster)
        paired = caster.wait_for(lambda e: e.get("event") == "paired")
        assert paired["region"] == list(REGION)
        first = receiver.wait_for(lambda e: e["event"] == "painted")
        assert (first["kind"], first["width"], first["height"]) == ("frame", 400, 200)
        screen = tmp_path / "rx-screen" / "screen.png"
        assert _pixels(screen.read_bytes()) == _pixels(
            (tmp_path / "exhibit-0.png").read_bytes())

        exhibit.stdin.write("next\n")
        exhibit.stdin.flush()
        assert json.loads(exhibit.stdout.readline()) == {"shown": 1}
        second = receiver.wait_for(lambda e: e["event"] == "painted" and e["seq"] > 1)
        assert second["seq"] == 2
        assert _pixels(screen.read_bytes()) == _pixels(
            (tmp_path / "exhibit-1.png").read_bytes())
        # It keeps grabbing ten times a second; unchanged pictures are not sent again.
        # (Polled: grabs that find nothing new leave no other trace to wait on.)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            asked = len(caster.events("status")) + 1
            caster.command("status")
            caster.wait_for(lambda _, n=asked: len(caster.events("status")) >= n)
            if caster.events("status")[-1]["unchanged"] >= 5:
                break
            time.sleep(0.2)
        caster.command("stop")  # before the window goes: its going would be a change
        assert caster.finish() == 0, caster.stderr_now()
    finally:
        exhibit.stdin.close()
        exhibit.wait(15)

    receiver.wait_for(lambda e: e["event"] == "cleared")
    stopped = caster.events("stopped")[0]
    # Ten grabs a second for a while, but the window changed once: two pictures sent.
    assert stopped["frames"] == 2 and stopped["unchanged"] >= 5, stopped
    assert len(receiver.events("painted")) == 2

    store = LocalStore.open(home / "store", ask())
    try:
        audit = {r["action"]: {**r, "detail": json.loads(r["detail"])} for r in store.query(
            "SELECT * FROM audit_log WHERE action LIKE 'cast.%' ORDER BY seq")}
    finally:
        store.close()
    start = audit["cast.start"]
    assert (start["actor"], start["record_type"], start["record_id"]) == (
        "judge", "screen", ",".join(map(str, REGION)))
    assert start["detail"]["receiver"] == "第三审判庭"
    assert start["detail"]["kind"] == "screen" and start["detail"]["region"] == list(REGION)
    assert audit["cast.stop"]["detail"]["frames"] == 2
