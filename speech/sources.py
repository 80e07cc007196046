"""Audio sources: a file, a file played in real time, or a live input device.

Every source yields ``AudioBlock``s of interleaved signed 16-bit PCM with N channels, so
the recorder and the recognizers see the same thing whether the audio comes from the
courtroom mixer or from a file. Devices keep their native sample rate (Vosk resamples
internally, and the recording keeps what the microphones gave).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import AudioDeviceError, AudioFormatError
from .microphone_claim import RecordingClaim

BYTES_PER_SAMPLE = 2


@dataclass
class AudioBlock:
    pcm: np.ndarray  # int16, shape (frames, channels)
    start_frame: int
    sample_rate: int

    @property
    def frames(self) -> int:
        return int(self.pcm.shape[0])

    @property
    def channels(self) -> int:
        return int(self.pcm.shape[1])

    def channel_bytes(self, channel: int) -> bytes:
        return np.ascontiguousarray(self.pcm[:, channel]).tobytes()


class FileSource:
    """WAV, FLAC or OGG through libsndfile, converted to 16-bit PCM as read."""

    def __init__(self, path: Path | str, block_frames: int = 4000) -> None:
        import soundfile

        self.path = Path(path)
        self.block_frames = block_frames
        if not self.path.exists():
            raise AudioFormatError(f"{self.path} does not exist.")
        try:
            info = soundfile.info(str(self.path))
        except Exception as exc:  # libsndfile's error says what it could not parse
            raise AudioFormatError(
                f"{self.path.name} is not an audio file courtdesk can read ({exc}). Use WAV, "
                "FLAC or OGG; convert others with: sox INPUT -r 16000 -b 16 OUT.wav",
            ) from exc
        self.sample_rate = int(info.samplerate)
        self.channels = int(info.channels)
        self.total_frames = int(info.frames)
        if self.sample_rate < 8000:
            raise AudioFormatError(
                f"{self.path.name} is sampled at {self.sample_rate} Hz; speech needs at least "
                "8000 Hz (16000 Hz is best).")
        if self.total_frames == 0:
            raise AudioFormatError(f"{self.path.name} contains no audio.")

    @property
    def duration_s(self) -> float:
        return self.total_frames / self.sample_rate

    def blocks(self) -> Iterator[AudioBlock]:
        import soundfile

        start = 0
        with soundfile.SoundFile(str(self.path)) as handle:
            while True:
                data = handle.read(self.block_frames, dtype="int16", always_2d=True)
                if not len(data):
                    return
                yield AudioBlock(data, start, self.sample_rate)
                start += len(data)


class PacedSource:
    """A file played at real-time speed, as a live hearing would deliver it."""

    def __init__(self, source: FileSource, speed: float = 1.0) -> None:
        self.source = source
        self.speed = speed
        self.sample_rate = source.sample_rate
        self.channels = source.channels

    def blocks(self) -> Iterator[AudioBlock]:
        started = time.monotonic()
        for block in self.source.blocks():
            due = started + (block.start_frame + block.frames) / self.sample_rate / self.speed
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            yield block


def input_devices() -> list[dict]:
    """Input devices as PortAudio lists them (name, channels, default rate)."""
    sd = _sounddevice()
    devices = []
    for index, info in enumerate(sd.query_devices()):
        if info["max_input_channels"] > 0:
            devices.append({"index": index, "name": info["name"],
                            "channels": int(info["max_input_channels"]),
                            "default_samplerate": float(info["default_samplerate"])})
    return devices


def _sounddevice():
    try:
        import sounddevice
    except OSError as exc:  # the PortAudio shared library itself is missing
        raise AudioDeviceError(
            "The audio library PortAudio is missing, so microphones cannot be used. Install it "
            "(Debian: apt-get install libportaudio2) and restart courtdesk.") from exc
    return sounddevice


class DeviceSource:
    """A live input device through PortAudio (sounddevice), all its channels in one stream.

    ``blocks()`` may be called again after an AudioDeviceError: it reopens the device, so
    a session can reattach a microphone that was unplugged and comes back.
    """

    reattachable = True

    def __init__(self, device: str | int | None = None, channels: int | None = None,
                 sample_rate: int | None = None, block_frames: int | None = None) -> None:
        sd = _sounddevice()
        try:
            info = sd.query_devices(device, "input")
        except (ValueError, sd.PortAudioError) as exc:
            names = ", ".join(d["name"] for d in input_devices()) or "none"
            raise AudioDeviceError(
                f"No input device {device!r} ({exc}). Devices present: {names}. Check the cable "
                "or set audio.device in the machine config.") from exc
        self.device = device
        self.device_name = str(info["name"])
        self.channels = channels or int(info["max_input_channels"])
        if self.channels > int(info["max_input_channels"]):
            raise AudioDeviceError(
                f"{self.device_name} has {int(info['max_input_channels'])} input channels, but "
                f"{self.channels} were asked for. Check the microphone map in the machine config.")
        self.sample_rate = int(sample_rate or self._pick_rate(sd, info))
        # 0.1 s blocks: a live final can come no sooner than the block that ends its pause,
        # and the clerk is waiting for it (a file is read in 0.25 s blocks).
        self.block_frames = block_frames or self.sample_rate // 10
        self.overflows = 0
        self.dropped_blocks = 0
        self._queue: queue.Queue = queue.Queue()
        self._stop = threading.Event()

    def _pick_rate(self, sd, info) -> int:
        # 16 kHz is what the models want; a device that cannot do it keeps its own rate.
        try:
            sd.check_input_settings(self.device, channels=self.channels, dtype="int16",
                                    samplerate=16000)
            return 16000
        except Exception:
            return int(info["default_samplerate"])

    def stop(self) -> None:
        """End the stream: ``blocks()`` yields what PortAudio already delivered, then ends."""
        self._stop.set()
        try:
            self._queue.put_nowait(None)  # wake a consumer waiting on an empty queue
        except queue.Full:
            pass  # a full queue wakes it anyway

    def blocks(self) -> Iterator[AudioBlock]:
        sd = _sounddevice()
        # About a minute of audio: room for a slow disk, but bounded (a device that delivers
        # faster than real time must not eat the machine's memory).
        blocks: queue.Queue = queue.Queue(
            maxsize=max(16, 60 * self.sample_rate // self.block_frames))
        self._queue = blocks
        ended = threading.Event()

        # Both callbacks run on PortAudio's thread and must never block it: stopping the
        # stream waits for that thread, so a callback waiting for the consumer deadlocks
        # the stop (it did, on a full queue, in finished_callback).
        def on_audio(indata, frames, _time, status) -> None:
            if status.input_overflow:
                self.overflows += 1
            try:
                blocks.put_nowait(bytes(indata))
            except queue.Full:  # the consumer is minutes behind: count it, never block PortAudio
                self.dropped_blocks += 1

        def on_finished() -> None:
            ended.set()
            try:
                blocks.put_nowait(None)
            except queue.Full:
                pass  # the consumer sees ``ended`` once it has taken what is queued

        # Tells `courtdesk doctor` a hearing is recording: it then opens no microphone.
        claim = RecordingClaim.hold()
        try:
            stream = sd.RawInputStream(device=self.device, channels=self.channels,
                                       samplerate=self.sample_rate, dtype="int16",
                                       blocksize=self.block_frames, callback=on_audio,
                                       finished_callback=on_finished)
            stream.start()
        except BaseException as exc:
            claim.release()
            if not isinstance(exc, sd.PortAudioError):
                raise
            raise AudioDeviceError(
                f"Could not open {self.device_name} for recording ({exc}). Is another program "
                "using it, or was it unplugged?") from exc
        start = 0
        try:
            while not self._stop.is_set():
                try:
                    data = blocks.get(timeout=0.5)
                except queue.Empty:
                    if ended.is_set() or not stream.active:
                        raise AudioDeviceError(
                            f"{self.device_name} stopped delivering audio (unplugged?). What "
                            "was recorded so far is kept.") from None
                    continue
                if data is None:
                    if self._stop.is_set():
                        break
                    if ended.is_set():  # PortAudio ended the stream on its own: device gone
                        raise AudioDeviceError(
                            f"{self.device_name} stopped delivering audio (unplugged?). What "
                            "was recorded so far is kept.")
                    continue
                pcm = np.frombuffer(data, dtype=np.int16).reshape(-1, self.channels)
                yield AudioBlock(pcm, start, self.sample_rate)
                start += pcm.shape[0]
            # Stopped: end the stream first (nothing new arrives), then hand over what the
            # device had already delivered; the recording keeps every captured block.
            stream.abort()
            while True:
                try:
                    data = blocks.get_nowait()
                except queue.Empty:
                    return
                if data is None:
                    continue
                pcm = np.frombuffer(data, dtype=np.int16).reshape(-1, self.channels)
                yield AudioBlock(pcm, start, self.sample_rate)
                start += pcm.shape[0]
        finally:
            try:
                stream.abort() if self._stop.is_set() or ended.is_set() else stream.stop()
            finally:
                stream.close()
                claim.release()


def reblock(blocks: Iterator[AudioBlock], frames: int) -> Iterator[AudioBlock]:
    """Cut any stream into blocks of exactly ``frames`` (the last may be shorter).

    Vosk's result depends slightly on how audio is split across AcceptWaveform calls, so
    every source is fed in the same block size: a file and a live device then give the
    same transcript for the same samples.
    """
    pending: list[np.ndarray] = []
    have = 0
    start = 0
    rate = 16000
    for block in blocks:
        rate = block.sample_rate
        if not pending and block.frames == frames:  # already the right size: no copy
            yield AudioBlock(block.pcm, start, rate)
            start += frames
            continue
        pending.append(block.pcm)
        have += block.frames
        while have >= frames:
            joined = np.concatenate(pending)
            yield AudioBlock(joined[:frames], start, rate)
            start += frames
            rest = joined[frames:]
            pending = [rest] if len(rest) else []
            have = len(rest)
    if have:
        yield AudioBlock(np.concatenate(pending), start, rate)
