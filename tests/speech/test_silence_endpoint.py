"""The live endpoint hears a pause after speech, and nothing else, in a room's noise.

Speech here is a 300 Hz tone with a syllable rhythm (on 180 ms, off 60 ms) over pink or brown
noise from sox: the cut must come LIVE_SILENCE_MS to LIVE_SILENCE_MS + one block after the
last syllable, never between syllables, and never in noise or silence alone.
"""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from courtdesk.speech.endpoint import LIVE_SILENCE_MS, SilenceEndpoint

RATE = 16000
BLOCK = 1600


def noise(color: str, dbfs: float, seconds: float) -> np.ndarray:
    raw = subprocess.run(["sox", "-R", "-n", "-r", str(RATE), "-c", "1", "-b", "16", "-t", "raw",
                          "-", "synth", str(seconds), color, "gain", "-n", str(dbfs)],
                         capture_output=True, check=True, timeout=60).stdout
    return np.frombuffer(raw, dtype=np.int16).astype(np.float64)


def syllables(seconds: float, dbfs: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    on = (t % 0.24) < 0.18
    return np.sin(2 * np.pi * 300 * t) * on * 32767 * 10 ** (dbfs / 20) * np.sqrt(2)


def cuts(samples: np.ndarray, block: int = BLOCK) -> list[float]:
    """Where (seconds, at the end of the block that ended it) each utterance was cut."""
    endpoint = SilenceEndpoint(RATE)
    pcm = np.clip(samples, -32768, 32767).astype(np.int16)
    return [(start + len(pcm[start:start + block])) / RATE
            for start in range(0, len(pcm), block)
            if endpoint.heard(pcm[start:start + block].tobytes())]


@pytest.mark.parametrize("color,room_db", [("pinknoise", -55), ("brownnoise", -45),
                                           ("pinknoise", -40), (None, None)])
def test_a_pause_after_speech_is_heard_once_and_in_time(color, room_db):
    phrases = [(1.0, 3.5), (5.0, 6.2), (8.0, 11.0)]  # speech from, to (s); 13 s in all
    room = noise(color, room_db, 13) if color else np.zeros(13 * RATE)
    track = room.copy()
    for start, end in phrases:
        said = syllables(end - start, -20)
        track[int(start * RATE):int(start * RATE) + len(said)] += said
    ends = []
    for start, end in phrases:  # the last syllable ends where its on-time does
        length = end - start
        ends.append(start + length - (length % 0.24) + min(length % 0.24, 0.18))
    heard = cuts(track)
    assert len(heard) == len(phrases), heard
    for end, cut in zip(ends, heard):
        pause = LIVE_SILENCE_MS / 1000
        assert pause - 0.01 <= cut - end <= pause + BLOCK / RATE + 0.02


@pytest.mark.parametrize("color,room_db", [("pinknoise", -50), ("brownnoise", -25),
                                           ("whitenoise", -35)])
def test_noise_alone_is_never_an_utterance(color, room_db):
    assert cuts(noise(color, room_db, 20)) == []


def test_a_click_is_not_speech_and_a_file_block_works_too():
    track = noise("pinknoise", -55, 6)
    track[RATE:RATE + 320] += 8000  # 20 ms
    assert cuts(track) == []
    said = syllables(1.0, -20)
    track[3 * RATE:3 * RATE + len(said)] += said
    assert len(cuts(track, block=4000)) == 1
