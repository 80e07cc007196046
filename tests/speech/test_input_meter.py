"""Input levels before the hearing, through the real PortAudio path (ALSA's file device):
a channel carrying speech shows its level, a dead one is called silent."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pytest

from courtdesk.speech.errors import AudioDeviceError
from courtdesk.speech.input_meter import SILENT_AFTER_S, InputMeter

from speech_audio import read_wav

pytestmark = pytest.mark.timeout(60)

ALSA_CONF = """
pcm.metered {{
  type file
  slave.pcm "null"
  file "/dev/null"
  infile "{raw}"
  format "raw"
}}
"""


@pytest.fixture
def two_microphones(tmp_path, hearing_audio, monkeypatch):
    """A two-channel input: speech on the first microphone, a pulled cable on the second."""
    assert Path("/usr/share/alsa/alsa.conf").exists(), "ALSA's configuration (libasound2)"
    # The file device reads far faster than real time: enough speech to be caught speaking.
    speech = np.tile(read_wav(hearing_audio["mono"]), 12)
    raw = tmp_path / "mixer.raw"
    raw.write_bytes(np.stack([speech, np.zeros_like(speech)], axis=1).tobytes())
    conf = tmp_path / "asound.conf"
    conf.write_text(ALSA_CONF.format(raw=raw))
    monkeypatch.setenv("ALSA_CONFIG_PATH", f"/usr/share/alsa/alsa.conf:{conf}")
    _rescan()
    yield "metered"
    monkeypatch.delenv("ALSA_CONFIG_PATH")
    _rescan()


def _rescan() -> None:
    import sounddevice  # noqa: F401  (PortAudio reads the ALSA configuration at start)

    sd = sys.modules["sounddevice"]
    sd._terminate()
    sd._initialize()


def test_levels_per_channel_and_a_dead_microphone_before_recording(two_microphones):
    meter = InputMeter(two_microphones, channels=2)
    assert meter.channels == 2
    meter.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            speaking, dead = meter.levels()
            if speaking.heard and not speaking.silent and dead.silent:
                break
            time.sleep(0.002)
        assert meter.active and meter.blocks > 0
    finally:
        meter.stop()
    assert not meter.active
    assert speaking.heard and not speaking.silent
    assert dead.silent and not dead.heard and dead.silent_s >= SILENT_AFTER_S
    assert dead.rms_db == dead.peak_db == -90.0
    # Stopped means closed: the device opens again at once (for the recording).
    again = InputMeter(two_microphones, channels=2)
    again.start()
    again.stop()


def test_a_missing_device_says_which_ones_exist():
    with pytest.raises(AudioDeviceError, match="No input device"):
        InputMeter("no-such-mixer", channels=2)
