"""Input levels of a microphone's channels before the hearing starts.

A clerk must see a dead microphone before the hearing, not after the first hour: this opens
the same PortAudio input the recording will use, measures each channel's level per block on
PortAudio's thread (a few numbers, never blocking it), and says which channels carry no
signal at all. A pulled cable on a mixer leaves its channel at digital silence while the
others go on; a quiet room still has a noise floor well above that (the same threshold as
:mod:`signal_watch`). The meter records nothing and must be stopped before recording starts.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

from .errors import AudioDeviceError
from .signal_watch import DEAD_LEVEL
from .sources import _sounddevice, input_devices

SILENT_AFTER_S = 2.0  # of audio with no signal at all before a channel is called silent
FLOOR_DB = -90.0


@dataclass
class ChannelLevel:
    channel: int
    rms_db: float  # of the last block, dB full scale (FLOOR_DB for digital silence)
    peak_db: float
    silent_s: float  # audio seconds since the channel last carried any signal
    heard: bool  # it carried signal at some point since the meter started

    @property
    def silent(self) -> bool:
        return self.silent_s >= SILENT_AFTER_S

    def as_dict(self) -> dict:
        return {"channel": self.channel, "rms_db": self.rms_db, "peak_db": self.peak_db,
                "silent_s": self.silent_s, "heard": self.heard, "silent": self.silent}


def _db(value: float) -> float:
    return max(20 * math.log10(value / 32768.0), FLOOR_DB) if value > 0 else FLOOR_DB


class InputMeter:
    """Per-channel levels of one input device; ``levels()`` from any thread."""

    def __init__(self, device: str | int | None, channels: int,
                 sample_rate: int = 16000) -> None:
        sd = _sounddevice()
        try:
            info = sd.query_devices(device, "input")
        except (ValueError, sd.PortAudioError) as exc:
            names = ", ".join(d["name"] for d in input_devices()) or "none"
            raise AudioDeviceError(f"No input device {device!r} ({exc}). Devices present: "
                                   f"{names}.") from exc
        self.device = device
        self.device_name = str(info["name"])
        self.channels = max(1, min(channels, int(info["max_input_channels"])))
        self.sample_rate = sample_rate
        self._lock = threading.Lock()
        self._levels = [ChannelLevel(c, FLOOR_DB, FLOOR_DB, 0.0, False)
                        for c in range(self.channels)]
        self._stream = None
        self.blocks = 0

    def start(self) -> None:
        sd = _sounddevice()

        def on_audio(indata, frames, _time, _status) -> None:  # PortAudio's thread
            pcm = np.frombuffer(indata, dtype=np.int16).reshape(-1, self.channels)
            if not len(pcm):
                return
            wide = pcm.astype(np.float32)
            rms = np.sqrt(np.mean(wide * wide, axis=0))
            peaks = np.abs(pcm.astype(np.int32)).max(axis=0)
            seconds = len(pcm) / self.sample_rate
            with self._lock:
                self.blocks += 1
                for channel, level in enumerate(self._levels):
                    level.rms_db = _db(float(rms[channel]))
                    level.peak_db = _db(float(peaks[channel]))
                    if peaks[channel] > DEAD_LEVEL:
                        level.heard, level.silent_s = True, 0.0
                    else:
                        level.silent_s += seconds

        try:
            self._stream = sd.RawInputStream(device=self.device, channels=self.channels,
                                             samplerate=self.sample_rate, dtype="int16",
                                             blocksize=self.sample_rate // 20,
                                             callback=on_audio)
            self._stream.start()
        except sd.PortAudioError as exc:
            self._stream = None
            raise AudioDeviceError(f"Could not open {self.device_name} ({exc}). Is another "
                                   "program using it, or was it unplugged?") from exc

    @property
    def active(self) -> bool:
        return self._stream is not None and bool(self._stream.active)

    def levels(self) -> list[ChannelLevel]:
        with self._lock:
            return [ChannelLevel(**vars(level)) for level in self._levels]

    def stop(self) -> None:
        """Close the input (at once: the recording may want the device next)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
            finally:
                stream.close()
