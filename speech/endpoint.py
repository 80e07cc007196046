"""The end of an utterance, heard from the audio's loudness, for live hearings.

Vosk's own endpoint rules wait for the decoder's best path to end in enough silence and
cost; on this machine a final came 0.9-1.3 s after the last word even with the rules
shortened, and shortening them further cut phrases at the decoder's idea of a pause. A
court microphone hears its room's noise between sentences, so courtdesk also ends an
utterance once the audio has been quiet for LIVE_SILENCE_MS after speech: quiet is a
10 ms frame no louder than the room's noise floor plus a margin, the floor a low percentile
of the last seconds' frames (so speech does not raise it). The decoder's rules
stay as they are for rooms too loud for this to hear a pause.
"""

from __future__ import annotations

import numpy as np

LIVE_SILENCE_MS = 300
FRAME_MS = 10
SPEECH_MARGIN_DB = 12.0
QUIETEST_SPEECH_DB = -70.0  # dBFS: above digital silence and a muted microphone's hiss
MIN_SPEECH_MS = 100  # a click or a cough is not an utterance to end
FLOOR_WINDOW_S = 3
FLOOR_PERCENTILE = 10


class SilenceEndpoint:
    """Fed every block a recognizer gets; says when the utterance should end."""

    def __init__(self, sample_rate: int, silence_ms: int = LIVE_SILENCE_MS) -> None:
        self.frame = sample_rate * FRAME_MS // 1000
        self.silence_ms = silence_ms
        self.floor_db = QUIETEST_SPEECH_DB
        self._levels = np.zeros(0)  # the last FLOOR_WINDOW_S of frame levels
        self._speech_ms = 0
        self._quiet_ms = 0
        self._tail = np.zeros(0, dtype=np.float64)

    def heard(self, pcm: bytes) -> bool:
        """Take one block (16-bit mono); True when speech was followed by enough quiet."""
        samples = np.concatenate([self._tail, np.frombuffer(pcm, dtype="<i2")])
        whole = len(samples) // self.frame * self.frame
        self._tail = samples[whole:].astype(np.float64)
        if whole:
            frames = samples[:whole].astype(np.float64).reshape(-1, self.frame)
            # Each frame less its mean: a microphone's rumble and offset (brown noise, a DC
            # bias) are not speech. Mean power in dB below full scale; +1e-12 keeps digital
            # silence finite.
            frames -= frames.mean(axis=1, keepdims=True)
            levels = 10 * np.log10(np.mean(frames * frames, axis=1) / 32768.0 ** 2 + 1e-12)
            window = FLOOR_WINDOW_S * 1000 // FRAME_MS
            self._levels = np.concatenate([self._levels, levels])[-window:]
            # The room's floor: a low percentile of the recent frames, which the gaps between
            # syllables reach even while someone speaks.
            self.floor_db = float(np.percentile(self._levels, FLOOR_PERCENTILE))
            threshold = max(self.floor_db + SPEECH_MARGIN_DB, QUIETEST_SPEECH_DB)
            for loud in (levels > threshold).tolist():
                if loud:
                    self._speech_ms += FRAME_MS
                    self._quiet_ms = 0
                else:
                    self._quiet_ms += FRAME_MS
        if self._quiet_ms >= self.silence_ms:
            ended, self._speech_ms = self._speech_ms >= MIN_SPEECH_MS, 0
            return ended
        return False

    def utterance_ended(self) -> None:
        """The recognizer ended the utterance itself: wait for new speech before the next."""
        self._speech_ms = 0
