"""“Cast captions…” in the hearing workspace: the clerk records a hearing through a real
capture device with the real Korean model, and its live captions — the line forming and
the final lines, with the speaker's role — arrive at a real `courtdesk cast receive`
process from the window's own recognizer. A deliberation is refused by the core."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading

import numpy as np
import pytest
from courtroom_rig import install_microphone, open_new_hearing

from courtdesk.app.config import MachineConfig
from courtdesk.ui.jobs import Queue

CONFIG = MachineConfig(audio_device="courtin", microphones={1: "presiding_judge"})
PIN = "135790"


@pytest.fixture
def microphone(tmp_path):
    yield from install_microphone(tmp_path, speed=2.0)


class Receiver:
    """`courtdesk cast receive --json` as a process of its own; its lines on a queue."""

    def __init__(self, tmp_path) -> None:
        (tmp_path / "pin").write_text(PIN)
        env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
        env.update(COURTDESK_HOME=str(tmp_path / "rx-home"), PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "courtdesk.app", "cast", "receive", "--headless", "--json",
             "--name", "第三审判庭", "--bind", "127.0.0.1", "--port", "0", "--pin-file",
             str(tmp_path / "pin"), "--state-dir", str(tmp_path / "rx"), "--cache",
             str(tmp_path / "rx-screen"), "--screen", "1280x720"],
            env=env, text=True, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[dict] = []
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.lines.get(timeout=60)
        self.seen.append(ready)
        self.address = f"127.0.0.1:{ready['port']}"

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def wait(self, qtbot, test, timeout: float = 60.0) -> dict:
        """The next line for which ``test`` holds, the window's events running meanwhile
        (the captions come from its recognizer through its event loop)."""
        found = []

        def arrived() -> bool:
            while not found:
                try:
                    event = self.lines.get_nowait()
                except queue.Empty:
                    return False
                self.seen.append(event)
                if test(event):
                    found.append(event)
            return True

        qtbot.waitUntil(arrived, timeout=int(timeout * 1000))
        return found[0]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(15)


@pytest.fixture
def receiver(tmp_path):
    process = Receiver(tmp_path)
    yield process
    process.stop()


def _audit(qtbot, flow, action: str) -> list[dict]:
    handle = flow.runner.submit(lambda: [json.loads(r["detail"]) for r in flow.store.query(
        "SELECT detail FROM audit_log WHERE action = ? ORDER BY seq", (action,))],
        queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


@pytest.mark.timeout(300)
def test_clerk_casts_the_live_captions_of_a_hearing_and_stops_them(
        qtbot, case_profile, make_flow, login, screenshot, speech, microphone, receiver):
    flow = make_flow("zh_CN", config=CONFIG)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    captions = workspace.captions
    assert captions.action.isVisible() and captions.action.text() == "投放字幕…"

    # The clerk types the room screen's address and PIN; the dialog waits for the pairing.
    captions.action.trigger()
    dialog = captions.dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=10_000)
    dialog.address.setText(receiver.address)
    dialog.pin.setText("000000")  # a wrong PIN: said in the dialog, nothing shown
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.busy,
                    timeout=30_000)
    assert dialog.error_label.text().startswith("大屏拒绝了配对码\n")
    assert captions.caster.state == "idle"
    screenshot(dialog, "captions_zh_CN_wrong_pin")
    dialog.pin.setText(PIN)
    dialog.submit()
    qtbot.waitUntil(lambda: captions.caster.state == "casting", timeout=30_000)
    assert not dialog.isVisible()
    receiver.wait(qtbot, lambda e: e["event"] == "painted" and e["kind"] == "captions")
    assert captions.status.text() == "字幕投放至“第三审判庭”"
    assert captions.action.text() == "停止投放字幕"

    # F9, and the presiding judge speaks: the line forming, then the final line, arrive.
    workspace.actions_.start.trigger()
    qtbot.waitUntil(lambda: workspace.controller.state == "recording", timeout=60_000)
    microphone.play(np.concatenate([speech, np.zeros(16000, np.int16)]))
    forming = receiver.wait(qtbot, lambda e: e["event"] == "painted" and e.get("forming"), 90)
    assert forming["forming"][0]["role"] == "presiding_judge"
    assert forming["forming"][0]["label"] == "审判长"
    final = receiver.wait(qtbot, lambda e: e["event"] == "painted" and e.get("lines"), 90)
    assert final["lines"][0]["label"] == "审判长"
    qtbot.waitUntil(lambda: workspace.model.rowCount() >= 1, timeout=30_000)
    assert final["lines"][0]["text"] == workspace.model.rows[0]["text"]
    screenshot(window, "captions_zh_CN_casting")

    # Stop captions: the room screen clears; the recording goes on.
    captions.action.trigger()
    receiver.wait(qtbot, lambda e: e["event"] == "cleared", 30)
    qtbot.waitUntil(lambda: captions.caster.state == "idle", timeout=10_000)
    assert workspace.controller.state == "recording"
    workspace.actions_.stop.trigger()
    qtbot.waitUntil(lambda: workspace.controller.state == "idle", timeout=60_000)
    qtbot.waitUntil(lambda: len(_audit(qtbot, flow, "cast.stop")) == 1, timeout=10_000)
    (start,) = _audit(qtbot, flow, "cast.start")
    assert start["what"] == "captions" and start["receiver"] == "第三审判庭"
    assert [r["error"] for r in _audit(qtbot, flow, "cast.refused")] == ["cast_pin_refused"]

    # A deliberation: the core refuses it, whoever calls; nothing reaches the screen.
    refused = []
    captions.caster.failed.connect(refused.append)
    captions.caster.start({"id": workspace.hearing["id"], "kind": "deliberation",
                           "title": "合议庭评议"}, receiver.address, PIN)
    assert refused and refused[0].code == "cast_captions_confidential"
    assert captions.caster.state == "idle"
    assert not [e for e in receiver.seen if e["event"] == "paired"][1:]
