"""Stopping and quitting a hearing whose recognizers are behind, with the real Korean model.

The courtroom microphone (``courtroom_rig``: PortAudio through ALSA's file device) delivers
faster than real time, so the recognizers fall behind as they do on a loaded courtroom PC:
a backlog builds up that they work through after the stop. The clerk must be back in
control within 2 s all the same, see how much is left, export once it is done, and be
able to quit in the middle without the window freezing and without losing anything.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from courtroom_rig import install_microphone, open_new_hearing
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from courtdesk.app.config import MachineConfig
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.transcript import HearingTranscript
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.hearing_workspace import HearingWorkspace

PASSPHRASE = "correct horse battery staple"  # tests/ui/conftest.py's profile
CONFIG = MachineConfig(audio_device="courtin", microphones={1: "presiding_judge"})
SPEED = 12.0  # the microphone delivers twelve times faster than real time



@pytest.fixture
def fast_microphone(tmp_path):
    yield from install_microphone(tmp_path, speed=SPEED)


def _dialog(name: str):
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)


def _click(qtbot, dialog_name: str, button_name: str) -> None:
    qtbot.waitUntil(lambda: _dialog(dialog_name) is not None, timeout=10_000)
    box = _dialog(dialog_name)
    next(b for b in box.buttons() if b.objectName() == button_name).click()


def _record_a_backlog(qtbot, flow, login, case_id, microphone, speech, audio_ms=30_000):
    window = login(flow, "clerk")
    window.resize(1440, 900)
    workspace = open_new_hearing(qtbot, window, case_id)
    workspace.actions_.start.trigger()  # F9
    qtbot.waitUntil(lambda: workspace.controller.state == "recording", timeout=60_000)
    microphone.play(np.tile(speech, 6))
    qtbot.waitUntil(lambda: workspace.controller.position_ms > audio_ms, timeout=60_000)
    return window, workspace


class GuiClock:
    """Ticks on the GUI thread; the longest gap between ticks is how long it froze."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


@pytest.mark.timeout(300)
def test_stop_gives_control_back_at_once_and_the_record_exports_once_recognized(
        qtbot, case_profile, make_flow, login, screenshot, speech, fast_microphone, tmp_path):
    flow = make_flow("zh_CN", config=CONFIG)
    window, workspace = _record_a_backlog(qtbot, flow, login, case_profile.case_id,
                                          fast_microphone, speech)
    actions = workspace.actions_

    pressed = time.monotonic()
    actions.stop.trigger()  # F10
    qtbot.waitUntil(lambda: workspace.controller.state == "idle", timeout=10_000)
    assert time.monotonic() - pressed < 2.0
    line = workspace.recognition_line
    rows_at_stop = workspace.model.rowCount()
    assert workspace.indicator.text() == "未在录音"
    # Back in control: another recording, notes and corrections; the record waits.
    assert actions.start.isEnabled() and actions.mark.isEnabled() and actions.edit.isEnabled()
    assert line.isVisible() and line.mode == "catching_up"
    assert "语音识别正在处理录音的剩余部分" in line.label.text()
    assert not actions.export_button.isEnabled() and not actions.export_pdf.isEnabled()
    assert "语音识别处理完录音后" in actions.export_button.toolTip()
    screenshot(window, "hearing_zh_CN_catching_up")

    qtbot.waitUntil(lambda: line.mode != "catching_up", timeout=240_000)
    assert not line.isVisible()  # nothing was skipped: no stretch to transcribe afterwards
    assert actions.export_pdf.isEnabled()
    hearing_id, actor = workspace.hearing["id"], flow.session.user.actor
    handle = flow.runner.submit(
        lambda: HearingTranscript(flow.store, hearing_id, actor).segments(), queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as stored:
        pass
    qtbot.waitUntil(lambda: workspace.model.rowCount() == len(stored.args[0]), timeout=10_000)
    assert len(stored.args[0]) > rows_at_stop  # recognized after the stop, shown as it came

    actions.export_text.trigger()
    out = tmp_path / "record.txt"
    export = workspace.corrections.export_dialog
    export.selectFile(str(out))
    export.accept()
    qtbot.waitUntil(lambda: "笔录已保存到" in workspace.last_notice, timeout=30_000)
    last = stored.args[0][-1]["text"]
    assert last and last in out.read_text("utf-8")


@pytest.mark.timeout(300)
def test_quitting_while_recording_and_recognizing_asks_and_closes_without_freezing(
        qtbot, case_profile, make_flow, login, speech, fast_microphone, isolated_profile):
    flow = make_flow("zh_CN", config=CONFIG)
    # A backlog far longer than the few seconds a quit waits for by itself.
    fast_microphone.feeder.speed = 2 * SPEED
    window, workspace = _record_a_backlog(qtbot, flow, login, case_profile.case_id,
                                          fast_microphone, speech, audio_ms=60_000)
    hearing_id = workspace.hearing["id"]
    clock = GuiClock()

    window.close()  # Ctrl+Q while recording: asked, and "keep recording" changes nothing
    _click(qtbot, "quitWhileRecording", "keepRecording")
    assert window.isVisible() and workspace.controller.state == "recording"

    window.close()
    _click(qtbot, "quitWhileRecording", "stopAndQuit")
    qtbot.waitUntil(lambda: workspace.controller.state == "idle", timeout=5000)
    assert window.isVisible() and workspace.controller.stopped.catching_up
    # The backlog is too long to just wait for: asked again, with what is left.
    _click(qtbot, "quitWhileRecognizing", "quitNow")
    asked = time.monotonic()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert time.monotonic() - asked < 6
    assert clock.longest < 0.5, f"the window froze for {clock.longest:.1f} s"
    assert flow.exit_code == 0

    closing = time.monotonic()
    flow.close()  # the job runner (holding the session's threads), the store
    assert time.monotonic() - closing < 5
    store = LocalStore.open(isolated_profile / "store",
                            lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        hearing = store.get("hearings", hearing_id)
        assert hearing["status"] == "recorded"
        (recording,) = store.query("SELECT * FROM recordings WHERE hearing_id = ?",
                                   (hearing_id,))
        assert recording["state"] == "stopped" and recording["frames"] > 30 * 16000
        # What the recognizers did not reach is remembered, to transcribe later.
        gaps = store.query("SELECT * FROM recognition_gaps WHERE hearing_id = ?", (hearing_id,))
        assert gaps and {g["reason"] for g in gaps} == {"abandoned"}
    finally:
        store.close()

    # The next day: the hearing offers to transcribe what was left from its recording.
    window = login(make_flow("zh_CN", config=CONFIG), "clerk")
    workspace = window.workspace(HearingWorkspace)
    window.open_hearing(case_profile.case_id, hearing_id)
    qtbot.waitUntil(lambda: workspace.recognition_line.mode == "gaps", timeout=20_000)
    assert workspace.recognition_line.button.text() == "补转缺失部分"
