"""Before the hearing: the microphone input, a live level per channel through the real
PortAudio path (ALSA's file device fed at real-time pace from a FIFO), a dead microphone
named in words, the speech model's language beside it; then the recording takes the input."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from courtroom_rig import open_new_hearing, release_input_meters, rescan_audio_devices

from courtdesk.app.config import MachineConfig

from speech_audio import read_wav, speak

pytestmark = pytest.mark.timeout(180)

ALSA_CONF = """
pcm.mixer {{
  type file
  slave.pcm "null"
  file "/dev/null"
  infile "{fifo}"
  format "raw"
}}
"""
# Frames per write: 0.05 s, 3200 bytes. A write of at most PIPE_BUF (4096) bytes reaches the
# FIFO whole, so ALSA never reads half a frame (which would swap the two channels).
PERIOD = 800


class TwoChannelMixer:
    """Speech on the first microphone, a pulled cable (digital silence) on the second, at
    real-time pace; reopened whenever the device is opened again."""

    def __init__(self, fifo: Path, speech: np.ndarray) -> None:
        self.fifo, self.closing = fifo, False
        frames = np.stack([speech, np.zeros_like(speech)], axis=1)
        self.periods = [frames[i:i + PERIOD] for i in range(0, len(frames) - PERIOD, PERIOD)]
        self.opened = 0
        self.thread = threading.Thread(target=self._run, daemon=True, name="mixer")
        self.thread.start()

    def _run(self) -> None:
        n = 0
        while not self.closing:
            fd = os.open(self.fifo, os.O_WRONLY)  # waits for PortAudio to open the device
            self.opened += 1
            try:
                started, sent = time.monotonic(), 0
                while not self.closing:
                    os.write(fd, self.periods[n % len(self.periods)].tobytes())
                    n, sent = n + 1, sent + PERIOD
                    time.sleep(max(0.0, started + sent / 16000 - time.monotonic()))
            except BrokenPipeError:
                pass
            finally:
                os.close(fd)

    def close(self) -> None:
        self.closing = True
        try:
            os.close(os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass
        self.thread.join(5)


@pytest.fixture
def mixer(tmp_path, monkeypatch):
    assert Path("/usr/share/alsa/alsa.conf").exists(), "ALSA's configuration (libasound2)"
    speech = read_wav(speak("원고는 청구 취지를 진술하십시오", tmp_path / "line.wav"))
    # Continuous speech: a louder tone under it keeps the first channel live in its pauses.
    tone = (800 * np.sin(np.arange(len(speech)) * 2 * np.pi * 220 / 16000)).astype(np.int16)
    fifo = tmp_path / "mixer.in"
    os.mkfifo(fifo)
    conf = tmp_path / "asound.conf"
    conf.write_text(ALSA_CONF.format(fifo=fifo))
    monkeypatch.setenv("ALSA_CONFIG_PATH", f"/usr/share/alsa/alsa.conf:{conf}")
    feeder = TwoChannelMixer(fifo, np.clip(speech.astype(np.int32) + tone, -32768, 32767)
                             .astype(np.int16))
    rescan_audio_devices()
    yield feeder
    release_input_meters()
    feeder.close()
    monkeypatch.delenv("ALSA_CONFIG_PATH")
    rescan_audio_devices()


@pytest.mark.parametrize("language,signal,dead,model", [
    ("zh_CN", "有信号", "没有信号", "语音模型：朝鲜语"),
    ("en", "Signal", "No signal", "Speech model: Korean"),
    ("ko", "신호 있음", "신호 없음", "음성 모델: 한국어"),
])
def test_levels_before_the_hearing_name_the_dead_microphone(
        qtbot, case_profile, make_flow, login, screenshot, mixer, language, signal, dead,
        model):
    config = MachineConfig(audio_device="mixer",
                           microphones={1: "presiding_judge", 2: "plaintiff"})
    flow = make_flow(language, config=config)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    window.show()
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    panel = workspace.microphones
    qtbot.waitUntil(lambda: panel.meter is not None, timeout=20_000)
    assert panel.isVisibleTo(window) and sorted(panel.rows) == [0, 1]
    qtbot.waitUntil(lambda: panel.model_label.text() == model, timeout=20_000)
    assert panel.choice.findData("mixer") > 0  # PortAudio lists the input to pick

    judge_state, plaintiff_state = panel.rows[0][2], panel.rows[1][2]
    qtbot.waitUntil(lambda: dead in plaintiff_state.text(), timeout=20_000)
    qtbot.waitUntil(lambda: judge_state.text() == signal, timeout=10_000)
    assert panel.rows[0][1].value() > 20 and panel.rows[1][1].value() == 0
    assert not panel.levels[1]["heard"] and panel.levels[0]["heard"]
    screenshot(window, f"hearing_input_level_{language}")

    if language != "zh_CN":
        return
    # F9: the meter lets the input go, the recording opens it, and the panel is away.
    workspace.actions_.start.trigger()
    qtbot.waitUntil(lambda: workspace.controller.state == "recording", timeout=60_000)
    assert panel.meter is None and not panel.isVisibleTo(window)
    # The recording hears the mixer: its position runs on the device's audio. (How often the
    # FIFO was opened says nothing: with the model already loaded by an earlier hearing, the
    # recording opens the FIFO before its writer notices the meter closed it, and the writer
    # carries on into the recording's open.)
    started = workspace.controller.position_ms
    qtbot.waitUntil(lambda: workspace.controller.position_ms > started + 1000, timeout=10_000)
    qtbot.wait(1000)
    assert not workspace.banner.errors
    workspace.actions_.stop.trigger()
    qtbot.waitUntil(lambda: workspace.controller.state == "idle", timeout=30_000)
    # Idle again: metering again.
    qtbot.waitUntil(lambda: panel.meter is not None, timeout=20_000)
    qtbot.waitUntil(lambda: dead in plaintiff_state.text(), timeout=20_000)
