"""A recognizer that crashes mid-hearing, and one that falls too far behind, in the workspace.

The real Korean model recognizes audio captured through PortAudio (``courtroom_rig``); the
fault is injected into the recognizer itself (one ``accept`` raises), everything around it
is the real pipeline. Afterwards the clerk transcribes what was missed from the recording.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from courtroom_rig import install_microphone, open_new_hearing

from courtdesk.app.config import MachineConfig
from courtdesk.speech import engine
from courtdesk.ui.jobs import Queue

CONFIG = MachineConfig(audio_device="courtin", microphones={1: "presiding_judge"})
FAULTY_BLOCK = 40  # the recognizer raises on its 40th block: 10 s in, within a sentence



@pytest.fixture
def fast_microphone(tmp_path):
    yield from install_microphone(tmp_path, speed=4.0)


@pytest.fixture
def recognizer_fault(monkeypatch):
    """The recognizer raises once, on its FAULTY_BLOCK-th block; the time it did is kept."""
    real = engine.ChannelRecognizer.accept
    fault = {"blocks": 0, "raised_at": None}

    def accept(self, pcm: bytes):
        fault["blocks"] += 1
        if fault["blocks"] == FAULTY_BLOCK:
            fault["raised_at"] = time.monotonic()
            raise RuntimeError("injected fault: the decoder failed")
        return real(self, pcm)

    monkeypatch.setattr(engine.ChannelRecognizer, "accept", accept)
    return fault


def _origins(qtbot, flow, hearing_id: str) -> list[str]:
    handle = flow.runner.submit(lambda: [r["origin"] for r in flow.store.query(
        "SELECT origin FROM segments WHERE hearing_id = ? AND deleted = 0 ORDER BY start_ms",
        (hearing_id,))], queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


@pytest.mark.timeout(420)
def test_a_crashed_and_a_lagging_recognizer_are_shown_and_their_audio_transcribed_after(
        qtbot, case_profile, make_flow, login, screenshot, speech, fast_microphone,
        recognizer_fault):
    flow = make_flow("zh_CN", config=CONFIG)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    workspace.actions_.start.trigger()
    qtbot.waitUntil(lambda: workspace.controller.state == "recording", timeout=60_000)
    fast_microphone.play(np.tile(speech, 2))
    alerts = workspace.alerts

    # The crash: shown within 2 s, naming the microphone; the recording goes on.
    qtbot.waitUntil(lambda: ("recognizer", 0) in alerts.banners, timeout=60_000)
    assert time.monotonic() - recognizer_fault["raised_at"] < 2.0
    text = alerts.text(("recognizer", 0))
    assert "审判长（麦克风 1）的语音识别出错" in text
    assert "仍在完整录制" in text and "根据录音补转" in text
    assert workspace.controller.state == "recording"
    # A fresh recognizer takes over: the banner says so and may be dismissed.
    qtbot.waitUntil(lambda: "已重新启动" in alerts.text(("recognizer", 0)), timeout=10_000)
    screenshot(window, "hearing_zh_CN_recognizer_restarted")

    # The source outruns the recognizer by far: what it skips is counted and shown.
    fast_microphone.feeder.speed = 60.0
    qtbot.waitUntil(lambda: ("drops", None) in alerts.banners, timeout=120_000)
    assert "识别跳过了" in alerts.text(("drops", None))
    workspace.actions_.stop.trigger()
    line = workspace.recognition_line
    qtbot.waitUntil(lambda: line.mode == "gaps", timeout=300_000)
    assert "未能实时识别" in line.label.text() and line.button.isVisible()
    assert workspace.actions_.export_pdf.isEnabled()
    before = workspace.model.rowCount()
    screenshot(window, "hearing_zh_CN_missing_parts")

    line.button.click()  # "Transcribe the missing parts"
    qtbot.waitUntil(lambda: line.mode == "", timeout=240_000)
    assert not workspace.banner.errors
    assert "段" in workspace.last_notice
    origins = _origins(qtbot, flow, workspace.hearing["id"])
    assert "after_hearing" in origins  # the sentence the crash cut short, from the recording
    qtbot.waitUntil(lambda: workspace.model.rowCount() == len(origins), timeout=10_000)
    assert workspace.model.rowCount() > before
