"""Playing a stretch of a hearing's recording: the audio behind a segment or a note.

The samples come from the encrypted chunks through the store queue (``read_audio``); the
sound goes out on a queue of its own, so a long replay never holds up the store. A PC with
no loudspeaker (many courtroom PCs, every test machine) gets a clear message, never a
crash: opening the output is the first thing the player does.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from courtdesk.app.hearings import HearingBook
from courtdesk.offline_cache.errors import CourtdeskError

from .jobs import Queue
from .session import Session

if TYPE_CHECKING:  # numpy is imported when audio is first played, not at start-up
    import numpy as np

AUDIO_QUEUE = "audio-out"
NOTE_BEFORE_MS = 3_000  # a note is written just after what it is about
NOTE_AFTER_MS = 7_000
WRITE_FRAMES = 1_600  # 0.1 s at 16 kHz: Stop takes effect within that


class PlaybackUnavailable(CourtdeskError):
    code = "no_audio_output"


def _overlapping(rows: list[dict], start_ms: int, end_ms: int) -> list[dict]:
    return [r for r in rows if r["offset_ms"] < end_ms
            and r["offset_ms"] + r["frames"] * 1000 // max(r["sample_rate"], 1) > start_ms]


def read_span(store, recordings: list[dict], start_ms: int, end_ms: int,
              recording_id: str = "") -> tuple[np.ndarray, int]:
    """Mono samples of a hearing between two times on its timeline, from its
    ``recordings`` (:meth:`HearingBook.recordings`, in timeline order).

    With ``recording_id`` (a segment's channel) only that channel; otherwise the channels
    of the stretch are mixed, as the room heard them.
    """
    import numpy as np

    from courtdesk.speech.recorder import read_audio

    recordings = _overlapping(recordings, start_ms, end_ms)
    if recording_id:
        recordings = [r for r in recordings if r["id"] == recording_id]
    if not recordings:
        return np.zeros(0, np.int16), 16000
    offset = recordings[0]["offset_ms"]
    stretch = [r for r in recordings if r["offset_ms"] == offset]
    mix: np.ndarray | None = None
    rate = stretch[0]["sample_rate"]
    for rec in stretch:
        pcm, rate = read_audio(store, rec["id"], max(start_ms - offset, 0), end_ms - offset)
        samples = np.frombuffer(pcm, np.int16).astype(np.int32)
        if mix is None:
            mix = samples
        else:
            length = max(len(mix), len(samples))
            mix = np.pad(mix, (0, length - len(mix))) + np.pad(samples,
                                                               (0, length - len(samples)))
    assert mix is not None
    return np.clip(mix, -32768, 32767).astype(np.int16), rate


def play_samples(samples: np.ndarray, rate: int, stop: threading.Event) -> None:
    """Play mono samples on the default output; raise PlaybackUnavailable when none."""
    import numpy as np

    try:
        import sounddevice
    except OSError as exc:  # the PortAudio library itself is missing
        raise PlaybackUnavailable(f"PortAudio is not installed ({exc}).") from exc
    try:
        sounddevice.query_devices(kind="output")
        stream = sounddevice.RawOutputStream(samplerate=rate, channels=1, dtype="int16")
    except (ValueError, sounddevice.PortAudioError) as exc:
        raise PlaybackUnavailable(f"No audio output device ({exc}).") from exc
    with stream:
        for start in range(0, len(samples), WRITE_FRAMES):
            if stop.is_set():
                break
            stream.write(np.ascontiguousarray(samples[start:start + WRITE_FRAMES]).tobytes())


class AudioPlayback(QObject):
    started = Signal(dict)  # {"start_ms", "end_ms"}
    finished = Signal()
    failed = Signal(object)  # the exception; the workspace shows it

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.book = HearingBook(session.store, session.user)
        session.runner.add_queue(AUDIO_QUEUE, threads=1)
        self._stop = threading.Event()
        self.playing = False

    def play_segment(self, hearing_id: str, segment: dict) -> None:
        self._play(hearing_id, int(segment["start_ms"]), int(segment["end_ms"]),
                   segment.get("recording_id", ""), segment.get("id", ""))

    def play_note(self, hearing_id: str, note: dict) -> None:
        at = int(note["at_ms"])
        self._play(hearing_id, max(at - NOTE_BEFORE_MS, 0), at + NOTE_AFTER_MS)

    def stop(self) -> None:
        self._stop.set()

    def _play(self, hearing_id: str, start_ms: int, end_ms: int, recording_id: str = "",
              segment_id: str = "") -> None:
        self.stop()  # the replay before this one ends within 0.1 s
        stop = self._stop = threading.Event()
        book, store = self.book, self.session.store

        def read() -> tuple[np.ndarray, int]:
            # The same access rule as reading the transcript. A segment that just arrived
            # from the session may not carry its recording yet: the book finds it.
            recordings = book.recordings(hearing_id,
                                         segment_id="" if recording_id else segment_id)
            return read_span(store, recordings, start_ms, end_ms, recording_id)

        def play(audio: tuple[np.ndarray, int]) -> None:
            samples, rate = audio
            self.playing = True
            self.started.emit({"start_ms": start_ms, "end_ms": end_ms})
            self.session.runner.submit(lambda: play_samples(samples, rate, stop),
                                       queue=AUDIO_QUEUE, owner=self, on_done=self._done,
                                       on_error=self._failed, label="play audio")

        self.session.runner.submit(read, queue=Queue.STORE, owner=self, on_done=play,
                                   on_error=self._failed, label="read audio")

    def _done(self, _result: object) -> None:
        self.playing = False
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self.playing = False
        self.failed.emit(exc)
