"""A channel's recognizer on its own thread, fed through a bounded queue.

Vosk releases the GIL while decoding, so channels decode in parallel on separate cores. The
queue is bounded (a backlog is RAM) and, for a live hearing, never waited on: the thread
that records must keep recording whatever a recognizer does.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import replace

from .engine import ChannelRecognizer, EventSink, Partial, Utterance

log = logging.getLogger(__name__)

BACKLOG_SECONDS = 100  # per channel: a busy stretch, bounded in RAM
BACKLOG_BLOCKS = 400  # 100 s of a file's 0.25 s blocks


class _Skipped:
    """In a worker's queue: this many frames of the stream were not given to it."""

    __slots__ = ("frames",)

    def __init__(self, frames: int) -> None:
        self.frames = frames


def shift_utterance(utterance: Utterance, frames: int, sample_rate: int) -> Utterance:
    """The same utterance ``frames`` later in the stream (its recognizer started there)."""
    seconds = frames / sample_rate
    ms = frames * 1000 // sample_rate
    return replace(utterance, start_ms=utterance.start_ms + ms, end_ms=utterance.end_ms + ms,
                   words=[replace(w, start=w.start + seconds, end=w.end + seconds)
                          for w in utterance.words])


class ChannelWorker:
    """A channel's recognizer on its own thread, fed through a bounded queue.

    ``feed`` waits for room (a file: nothing may be skipped). ``offer`` never waits (a live
    hearing: the thread that records must keep recording); what does not fit is skipped,
    counted, and its stretch remembered as not recognized until the backlog is down to
    half. A recognizer that raises is reported and replaced by ``restart()``'s fresh one;
    with no replacement the queue is still drained, so no feeder ever waits on a dead
    thread. Frames count from the start of this worker's stream; the callbacks run on the
    worker's thread: ``on_failure(exc, frame)``, ``on_restart(frame)``,
    ``on_unrecognized(start_frame, end_frame, reason)``.
    """

    def __init__(self, recognizer: ChannelRecognizer, sink: EventSink, *,
                 restart: Callable[[], ChannelRecognizer] | None = None,
                 on_failure: Callable[[BaseException, int], None] | None = None,
                 on_restart: Callable[[int], None] | None = None,
                 on_unrecognized: Callable[[int, int, str], None] | None = None,
                 backlog_blocks: int = BACKLOG_BLOCKS) -> None:
        self.recognizer: ChannelRecognizer | None = recognizer
        self.channel = recognizer.channel
        self.sample_rate = recognizer.sample_rate
        self.sink = sink
        self.error: BaseException | None = None  # the last failure
        self.unrecognized: list[tuple[int, int, str]] = []  # (start, end frame, reason)
        self._restart = restart
        self._on_failure = on_failure
        self._on_restart = on_restart
        self._on_unrecognized = on_unrecognized
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._room = threading.Semaphore(backlog_blocks)
        self._resume_below = backlog_blocks // 2
        self._abandoned = threading.Event()
        # Taken for each result and unrecognized stretch (not each block), so a worker given
        # up on (detach) delivers nothing more once it has been told.
        self._lock = threading.Lock()
        self._detached = False
        self._thread: threading.Thread | None = None
        # The feeder's side (one feeding thread).
        self.stream_frames = 0
        self.skipped_frames = 0
        self._skipping = False
        self._skipped_unsent = 0
        self._block_frames = 1
        # The worker's side: where the stream is, where the recognizer's clock started,
        # and where the audio not yet in a finished utterance begins.
        self._clock = 0
        self._shift = 0
        self._open_from = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name=f"recognizer-ch{self.channel}")
        self._thread.start()

    # -- the feeding thread --------------------------------------------------------------
    def feed(self, pcm: bytes) -> None:
        """Queue one block, waiting while the backlog is full."""
        self._room.acquire()
        self.stream_frames += len(pcm) >> 1
        self._jobs.put(pcm)

    def offer(self, block) -> bool:
        """Queue this channel of an AudioBlock unless the backlog is full; never waits."""
        self.stream_frames += block.frames
        if not (self._skipping and self._jobs.qsize() > self._resume_below) \
                and self._room.acquire(blocking=False):
            if self._skipped_unsent:
                self._jobs.put(_Skipped(self._skipped_unsent))
                self._skipped_unsent = 0
            self._skipping = False
            self._block_frames = block.frames
            self._jobs.put(block.channel_bytes(self.channel))
            return True
        self._skipping = True
        self._skipped_unsent += block.frames
        self.skipped_frames += block.frames
        return False

    def close(self) -> None:
        """End of the stream: the worker finishes its backlog, then stops. Never waits."""
        if self._skipped_unsent:
            self._jobs.put(_Skipped(self._skipped_unsent))
            self._skipped_unsent = 0
        self._jobs.put(None)

    # -- any thread ----------------------------------------------------------------------
    def abandon(self) -> None:
        """Stop recognizing after the block in hand; the rest is remembered unrecognized."""
        self._abandoned.set()

    def detach(self) -> tuple[int, int] | None:
        """Give up on a worker still busy after ``abandon``: from now on it delivers nothing.

        Returns the stretch it leaves unrecognized (to the end of the closed stream), or
        None when it has already finished.
        """
        with self._lock:
            if self._detached or self._thread is None or not self._thread.is_alive():
                return None
            self._detached = True
            return (self._open_from, self.stream_frames) \
                if self._open_from < self.stream_frames else None

    def join(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    @property
    def backlog(self) -> int:
        return self._jobs.qsize()

    @property
    def backlog_ms(self) -> int:
        return self._jobs.qsize() * self._block_frames * 1000 // self.sample_rate

    # -- the worker thread ---------------------------------------------------------------
    def _run(self) -> None:
        jobs, recognizing = self._jobs, True
        while (job := jobs.get()) is not None:
            if job.__class__ is _Skipped:
                if self.recognizer is not None and recognizing:
                    # The utterance ends where the skipped audio begins; the recognizer
                    # carries on after it, its clock short by the skipped frames.
                    self._finish_utterance()
                    self._shift += job.frames
                    self._remember(self._clock, self._clock + job.frames, "backlog")
                    self._open_from = self._clock + job.frames
                self._clock += job.frames  # not recognizing: the open stretch grows
                continue
            self._room.release()
            if recognizing and self._abandoned.is_set():
                recognizing = False  # what is open stays open: remembered at the end
            frames = len(job) >> 1  # 16-bit mono
            if self.recognizer is not None and recognizing:
                try:
                    for event in self.recognizer.accept(job):
                        self._deliver(event)
                except Exception as exc:  # reported, then a fresh recognizer takes over
                    self._failed(exc, self._clock + frames)
            self._clock += frames
        if self.recognizer is not None and recognizing and not self._abandoned.is_set():
            self._finish_utterance()
        self._remember(self._open_from, self._clock,
                       "recognizer_failed" if self.recognizer is None else "abandoned")

    def _deliver(self, event: Utterance | Partial) -> None:
        if event.__class__ is not Utterance:
            if not self._detached:
                self.sink(event)
            return
        with self._lock:
            if self._detached:
                return
            end = self._shift + event.end_ms * self.sample_rate // 1000
            self._open_from = max(self._open_from, end)
            if self._shift:
                event = shift_utterance(event, self._shift, self.sample_rate)
            self.sink(event)

    def _finish_utterance(self) -> None:
        """Give out what the recognizer holds; the audio after it is its own business."""
        try:
            for event in self.recognizer.finish():
                self._deliver(event)
        except Exception as exc:
            self._failed(exc, self._clock)
            return
        self._open_from = max(self._open_from, self._clock)

    def _failed(self, exc: BaseException, at: int) -> None:
        log.error("recognizer on channel %s failed", self.channel, exc_info=exc)
        self.error = exc
        self.recognizer = None
        if self._detached:
            return
        if self._on_failure:
            self._on_failure(exc, at)
        self._remember(self._open_from, at, "recognizer_failed")
        self._open_from = max(self._open_from, at)
        if self._restart is None:
            return
        try:
            self.recognizer = self._restart()
        except Exception:
            log.exception("no fresh recognizer for channel %s", self.channel)
            return
        self._shift = at  # the fresh recognizer's clock starts here
        if self._on_restart:
            self._on_restart(at)

    def _remember(self, start: int, end: int, reason: str) -> None:
        if end <= start:
            return
        with self._lock:
            if self._detached:
                return
            self.unrecognized.append((start, end, reason))
            if self._on_unrecognized:
                try:
                    self._on_unrecognized(start, end, reason)
                except Exception:  # e.g. a full disk: the stretch stays in ``unrecognized``
                    log.exception("could not keep an unrecognized stretch of channel %s",
                                  self.channel)
