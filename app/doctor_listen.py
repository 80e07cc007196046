"""Doctor's level check: each mapped microphone must deliver signal before a hearing relies on it.

It listens briefly to the configured input through PortAudio, as the recorder opens it (same
device, rate, sample format, channel count), and measures each mapped channel's RMS and peak
in dBFS. A channel at digital silence is a pulled cable or a muted mixer channel (a live
microphone in a quiet room still has a noise floor, see speech/signal_watch.py); one at full
scale is clipping. The whole check is bounded in time: a device that blocks is a fault, not
a hung doctor. It never opens an input a hearing is recording from (speech/microphone_claim).
"""

from __future__ import annotations

import math
import threading
import time

import numpy as np

from courtdesk.speech.microphone_claim import ListeningCheck
from courtdesk.speech.signal_watch import DEAD_LEVEL

from .config import MachineConfig
from .doctor_checks import Check

LISTEN_SECONDS = 1.5
LISTEN_TIMEOUT_S = 5.0  # opening, capturing and closing; longer means the device blocks
FULL_SCALE = 32767
CLIP_SHARE = 0.001  # of a channel's samples at full scale: audible distortion
FLOOR_DBFS = -120.0
# Workers still inside PortAudio after their time was up: the process cannot end normally
# (PortAudio's exit handler waits for them), so the CLI ends it at once after reporting.
STUCK: list[threading.Thread] = []


def _dbfs(value: float) -> float:
    return round(max(20 * math.log10(value / 32768), FLOOR_DBFS), 1) if value > 0 else FLOOR_DBFS


def _capture(device: str | None, channels: int, rate: int, seconds: float,
             timeout: float) -> tuple[np.ndarray | None, str]:
    """(frames x channels int16, "") or (None, what went wrong); never longer than timeout."""
    import sounddevice as sd

    wanted = int(rate * seconds)
    pieces: list[bytes] = []
    have = [0]
    full = threading.Event()
    outcome: dict = {}

    def on_audio(indata, frames, _time, _status) -> None:  # PortAudio's thread: no waiting
        if have[0] < wanted:
            pieces.append(bytes(indata))
            have[0] += frames
            if have[0] >= wanted:
                full.set()

    def listen() -> None:
        try:
            stream = sd.RawInputStream(device=device, channels=channels, samplerate=rate,
                                       dtype="int16", blocksize=rate // 20, callback=on_audio)
        except Exception as exc:
            outcome["error"] = f"it cannot be opened ({exc})"
            return
        try:
            stream.start()
            full.wait(timeout)
        except Exception as exc:
            outcome["error"] = f"it failed while listening ({exc})"
        finally:
            try:
                stream.abort()
            finally:
                stream.close()
        outcome["done"] = True

    worker = threading.Thread(target=listen, name="doctor-listen", daemon=True)
    worker.start()
    worker.join(timeout + 1.0)
    if worker.is_alive():
        STUCK.append(worker)
    if "error" in outcome:
        return None, outcome["error"]
    if worker.is_alive() and not full.is_set():
        return None, (f"it delivered {have[0] / rate:.1f} s of audio in {timeout:.0f} s "
                      "(the device blocks)")
    if worker.is_alive():
        return None, "it delivered audio but would not close (the device blocks)"
    if have[0] < wanted:
        return None, f"it delivered only {have[0] / rate:.1f} s of audio in {timeout:.0f} s"
    pcm = np.frombuffer(b"".join(pieces), dtype=np.int16).reshape(-1, channels)
    return pcm[:wanted], ""


def check_microphones(config: MachineConfig, audio: Check, *, listen: bool = True,
                      seconds: float = LISTEN_SECONDS,
                      timeout: float = LISTEN_TIMEOUT_S) -> Check:
    if not listen:
        return Check("microphones", "skip", "not listened to (--no-listen)")
    if audio.status != "ok":
        return Check("microphones", "skip", "not listened to: no usable input (see audio)")
    mapped = dict(sorted(config.microphones.items())) or {1: "no role mapped"}
    channels = max(mapped)
    rate = int(audio.details.get("sample_rate", 16000))
    device = config.audio_device or None
    name = audio.details.get("device", {}).get("name", device or "the default input")
    details: dict = {"device": name, "sample_rate": rate, "seconds": seconds}
    with ListeningCheck() as claim:
        if not claim.granted:
            return Check("microphones", "skip", "a hearing is recording on this PC: no "
                         "microphone opened (the recording watches its own channels)",
                         details=details)
        started = time.monotonic()
        pcm, problem = _capture(device, channels, rate, seconds, timeout)
    details["listen_ms"] = round((time.monotonic() - started) * 1000)
    if pcm is None:
        details["error"] = problem
        return Check("microphones", "fault", f"listening to {name!r} failed: {problem}: a "
                     "hearing started now could not record",
                     "Close any other program using the microphone, check the mixer's USB "
                     "cable and power, then run courtdesk doctor again (courtdesk doctor "
                     "--no-listen skips this check)", details)
    levels, silent, clipping = [], [], []
    for channel, role in mapped.items():
        samples = pcm[:, channel - 1].astype(np.int32)
        peak = int(np.abs(samples).max()) if len(samples) else 0
        rms = float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if len(samples) else 0.0
        clipped = float(np.mean(np.abs(samples) >= FULL_SCALE)) if len(samples) else 0.0
        state = "silent" if peak <= DEAD_LEVEL else "clipping" if clipped >= CLIP_SHARE else "ok"
        levels.append({"channel": channel, "role": role, "rms_dbfs": _dbfs(rms),
                       "peak_dbfs": _dbfs(peak), "clipped_share": round(clipped, 4),
                       "status": state})
        label = f"channel {channel} ({role})"
        if state == "silent":
            silent.append((channel, label))
        elif state == "clipping":
            clipping.append((channel, label, clipped))
    details["channels"] = levels
    if silent:
        said = "; ".join(f"{label}: no signal" for _, label in silent)
        fixes = "; ".join(f"check the microphone is plugged into input {ch} and the mixer "
                          f"channel is not muted" for ch, _ in silent)
        return Check("microphones", "fault", f"{said} — what is said there is neither "
                     f"recorded nor transcribed ({seconds:g} s from {name!r})",
                     fixes[0].upper() + fixes[1:] + "; or remap audio.microphones in the "
                     "machine config", details)
    heard = ", ".join(f"channel {lv['channel']} ({lv['role']}) {lv['rms_dbfs']:.0f} dBFS"
                      for lv in levels)
    if clipping:
        said = "; ".join(f"{label} clips ({share:.1%} of samples at full scale)"
                         for _, label, share in clipping)
        return Check("microphones", "warn", f"{said}: that speech is distorted and "
                     f"recognized worse ({heard})",
                     "; ".join(f"Turn the gain of input {ch} down on the mixer"
                               for ch, _, _ in clipping), details)
    return Check("microphones", "ok", f"signal on every mapped channel: {heard} "
                 f"({seconds:g} s from {name!r})", details=details)
