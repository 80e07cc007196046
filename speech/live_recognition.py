"""A hearing's live recognizers: one worker per channel, never in the recording's way.

The session thread records each block first and then offers each channel's audio here; an
offer never waits, so a recognizer that falls behind (or crashes) cannot stall the
recording. A stretch's workers (start to pause, lost device or stop) finish their backlog
in the background while the next stretch records. A crashed recognizer is reported and
replaced by a fresh one on the same shared model. Whatever is not recognized live is
remembered per channel in hearing time, in the store as soon as it is known, so it can be
transcribed from the recording after the hearing (speech/gaps.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from courtdesk.offline_cache.store import LocalStore

from .channel_worker import BACKLOG_BLOCKS, ChannelWorker
from .engine import ChannelRecognizer, EventSink, SpeechModel
from .gaps import add_gap, merge_gaps

log = logging.getLogger(__name__)

RecognizerFactory = Callable[[SpeechModel, int, int], ChannelRecognizer]


def clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def channel_label(channel: int, role: str) -> str:
    return f"channel {channel + 1}" + (f" ({role})" if role else "")


@dataclass
class _Stretch:
    offset_ms: int
    sample_rate: int
    record_ids: dict[int, str]
    workers: list[ChannelWorker]

    def ms(self, frame: int) -> int:
        return self.offset_ms + frame * 1000 // self.sample_rate


class LiveRecognition:
    def __init__(self, store: LocalStore, hearing_id: str, model: SpeechModel,
                 roles: dict[int, str], emit: Callable[[dict], None],
                 sink_for: Callable[[dict[int, str], int], EventSink], *,
                 recognizer_factory: RecognizerFactory = ChannelRecognizer,
                 backlog_blocks: int = BACKLOG_BLOCKS) -> None:
        self.store = store
        self.hearing_id = hearing_id
        self.model = model
        self.roles = roles  # the session's map: the GUI changes it while recording
        self._emit = emit
        self._sink_for = sink_for
        self._factory = recognizer_factory
        self._backlog_blocks = backlog_blocks
        self._stretches: list[_Stretch] = []
        self._current: _Stretch | None = None
        self._unrecognized: list[dict] = []

    # -- the session thread --------------------------------------------------------------
    def open_stretch(self, sample_rate: int, channels: int, record_ids: dict[int, str],
                     offset_ms: int) -> None:
        stretch = _Stretch(offset_ms, sample_rate, record_ids, [])
        sink = self._sink_for(record_ids, offset_ms)
        for channel in range(channels):
            stretch.workers.append(ChannelWorker(
                self._factory(self.model, sample_rate, channel), sink,
                restart=lambda ch=channel: self._factory(self.model, sample_rate, ch),
                on_failure=lambda exc, frame, ch=channel: self._failed(stretch, ch, exc, frame),
                on_restart=lambda frame, ch=channel: self._restarted(stretch, ch, frame),
                on_unrecognized=lambda start, end, reason, ch=channel:
                    self._unrecognized_stretch(stretch, ch, start, end, reason),
                backlog_blocks=self._backlog_blocks))
        for worker in stretch.workers:
            worker.start()
        self._stretches.append(stretch)
        self._current = stretch

    def offer(self, block) -> None:
        for worker in self._current.workers:
            worker.offer(block)

    def close_stretch(self) -> None:
        """End the stretch's streams; its workers finish their backlog in the background."""
        if self._current is not None:
            for worker in self._current.workers:
                worker.close()
            self._current = None

    # -- any thread ----------------------------------------------------------------------
    def abandon(self) -> None:
        """Recognizers stop after the block in hand; the rest is remembered unrecognized."""
        for stretch in self._stretches:
            for worker in stretch.workers:
                worker.abandon()

    def give_up(self) -> None:
        """After ``abandon``: workers still deep in a block deliver nothing more, and what
        they leave is remembered for them (one block of a busy model can take seconds)."""
        for stretch in self._stretches:
            for worker in stretch.workers:
                left = worker.detach()
                if left is not None:
                    self._unrecognized_stretch(stretch, worker.channel, *left, "abandoned")

    def wait(self, timeout: float | None = None) -> bool:
        """Until every closed stretch's workers are done (the open one never is)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for stretch in list(self._stretches):
            for worker in stretch.workers:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                if not worker.join(left):
                    return False
        return True

    @property
    def pending_ms(self) -> int:
        """Audio still queued for recognition: the slowest channel of each stretch."""
        return sum(max((w.backlog_ms for w in s.workers), default=0) for s in self._stretches)

    def skipped_ms(self) -> dict[int, int]:
        """Per channel: audio recorded but skipped because its recognizer was too far behind."""
        skipped: dict[int, int] = {}
        for stretch in self._stretches:
            for worker in stretch.workers:
                skipped[worker.channel] = (skipped.get(worker.channel, 0)
                                           + worker.skipped_frames * 1000 // stretch.sample_rate)
        return skipped

    def unrecognized(self) -> list[dict]:
        """Stretches not recognized live, joined: [{channel, start_ms, end_ms}]."""
        rows = [dict(r) for r in self._unrecognized]
        return [{"channel": g["channel"], "start_ms": g["start_ms"], "end_ms": g["end_ms"]}
                for g in merge_gaps(rows)]

    # -- worker threads ------------------------------------------------------------------
    def _failed(self, stretch: _Stretch, channel: int, exc: BaseException, frame: int) -> None:
        role = self.roles.get(channel, "")
        position = stretch.ms(frame)
        detail = f"{type(exc).__name__}: {exc}"
        self._emit({"type": "recognizer", "state": "failed", "code": "recognizer_failed",
                    "channel": channel, "role": role, "position_ms": position,
                    "detail": detail, "message":
                    f"Speech recognition failed on {channel_label(channel, role)} at "
                    f"{clock(position)} ({detail}). Its audio is recorded in full; a fresh "
                    "recognizer takes over, and what was missed can be transcribed from the "
                    "recording after the hearing."})

    def _restarted(self, stretch: _Stretch, channel: int, frame: int) -> None:
        role = self.roles.get(channel, "")
        position = stretch.ms(frame)
        self._emit({"type": "recognizer", "state": "restarted", "code": "recognizer_restarted",
                    "channel": channel, "role": role, "position_ms": position, "message":
                    f"Speech recognition on {channel_label(channel, role)} runs again from "
                    f"{clock(position)}."})

    def _unrecognized_stretch(self, stretch: _Stretch, channel: int, start: int, end: int,
                              reason: str) -> None:
        gap = {"recording_id": stretch.record_ids.get(channel, ""), "channel": channel,
               "start_ms": stretch.ms(start), "end_ms": stretch.ms(end), "reason": reason}
        self._unrecognized.append(gap)  # list.append is atomic: workers share the list
        if gap["recording_id"]:
            add_gap(self.store, self.hearing_id, gap["recording_id"], channel,
                    gap["start_ms"], gap["end_ms"], reason)
