"""Live silence and room noise through the real device path give no segment (PortAudio
capture from ALSA's file device, the real model, courtdesk's model view). Speech through the
same path gives bare Vosk's words: test_hearing_session's live capture test.

The phantom "다." seen after the file device's input ran out was the device replaying its
last buffer (speech) over and over; replayed noise, as here, makes none.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from test_hearing_session import PASSPHRASE, alsa_env, cli_env, prepare_profile

from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.recorder import read_audio

from speech_audio import silence

RATE = 16000


def noise(color: str, dbfs: float, seconds: float) -> np.ndarray:
    raw = subprocess.run(["sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", "-t", "raw", "-",
                          "synth", str(seconds), color, "gain", "-n", str(dbfs)],
                         capture_output=True, check=True, timeout=60).stdout
    return np.frombuffer(raw, dtype=np.int16)


def record_live(tmp_path, samples: np.ndarray) -> tuple[list[dict], np.ndarray]:
    """`hearing record` from the ALSA file device; the stored segments and captured audio."""
    seconds = len(samples) / RATE + 2
    raw = tmp_path / "room.raw"
    raw.write_bytes(samples.tobytes())
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    result = subprocess.run(
        [sys.executable, "-m", "courtdesk.app", "hearing", "record", "--case", case_id,
         "--device", "courtin", "--seconds", f"{seconds:.2f}", "--roles", "0=judge", "--json"],
        env=cli_env(home, alsa_env(tmp_path, raw)), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    hearing_id = json.loads(result.stdout.splitlines()[-1])["hearing_id"]  # after the events
    os.environ["COURTDESK_HOME"] = str(home)
    store = LocalStore.open(home / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        segments = store.query("SELECT * FROM segments WHERE hearing_id = ? ORDER BY start_ms",
                               (hearing_id,))
        (rec,) = store.query("SELECT id FROM recordings WHERE hearing_id = ?", (hearing_id,))
        captured = np.frombuffer(read_audio(store, rec["id"])[0], np.int16)
    finally:
        store.close()
    assert np.array_equal(captured[:len(samples)], samples)
    return segments, captured


@pytest.mark.timeout(450)
def test_live_silence_and_room_noise_give_no_segment(tmp_path, ko_model):
    # Kept short: the file device outruns the recognizer, and a recording's capture queue
    # holds about a minute.
    room = np.concatenate([silence(1), noise("brownnoise", -50, 3), noise("pinknoise", -40, 3),
                           noise("brownnoise", -30, 3), noise("pinknoise", -25, 3)])
    segments, _ = record_live(tmp_path, room)
    assert segments == []
