"""Transcribe a file: each channel on its own recognizer worker, one shared model."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from .channel_worker import ChannelWorker
from .engine import ChannelRecognizer, Partial, SpeechModel, Utterance
from .errors import RecordingError
from .sources import FileSource, reblock

DEFAULT_BLOCK_FRAMES = 4000  # 0.25 s at 16 kHz: the unit every source is cut into


@dataclass
class RoleUtterance:
    utterance: Utterance
    role: str

    def as_dict(self) -> dict:
        u = self.utterance
        return {"channel": u.channel, "role": self.role, "start_ms": u.start_ms,
                "end_ms": u.end_ms, "text": u.text, "raw_text": u.raw_text,
                "words": [{"word": w.word, "start": w.start, "end": w.end, "conf": w.conf}
                          for w in u.words]}


def parse_roles(spec: str | None) -> dict[int, str]:
    """``0=judge,1=plaintiff`` -> {0: "judge", 1: "plaintiff"} (channels from 0 here)."""
    roles: dict[int, str] = {}
    for part in filter(None, (spec or "").split(",")):
        channel, _, role = part.partition("=")
        if not channel.strip().isdigit() or not role.strip():
            raise ValueError(f"--roles wants CHANNEL=ROLE pairs like 0=judge,1=plaintiff; "
                             f"got {part!r}")
        roles[int(channel)] = role.strip()
    return roles


def transcribe_source(source, model: SpeechModel, roles: dict[int, str] | None = None,
                      block_frames: int = DEFAULT_BLOCK_FRAMES,
                      on_partial: Callable[[Partial], None] | None = None
                      ) -> list[RoleUtterance]:
    roles = roles or {}
    finals: list[Utterance] = []
    lock = threading.Lock()

    def sink(event) -> None:
        if isinstance(event, Utterance):
            with lock:
                finals.append(event)
        elif on_partial:
            on_partial(event)

    # A file has no one waiting for its finals: the decoder's own segmentation.
    workers = [ChannelWorker(ChannelRecognizer(model, source.sample_rate, channel,
                                               partial_every_ms=500 if on_partial else None,
                                               end_after_silence_ms=None),
                             sink)
               for channel in range(source.channels)]
    for worker in workers:
        worker.start()
    try:
        for block in reblock(source.blocks(), block_frames):
            for channel, worker in enumerate(workers):
                worker.feed(block.channel_bytes(channel))
    finally:
        for worker in workers:
            worker.close()
        for worker in workers:
            worker.join()
    failed = [w for w in workers if w.error]
    if failed:
        raise RecordingError(f"Recognition failed on channel {failed[0].recognizer.channel}: "
                             f"{failed[0].error}")
    finals.sort(key=lambda u: (u.start_ms, u.channel))
    return [RoleUtterance(u, roles.get(u.channel, f"channel {u.channel}" if source.channels > 1
                                       else roles.get(0, "")))
            for u in finals]


def transcribe_file(path, model: SpeechModel, roles: dict[int, str] | None = None,
                    block_frames: int = DEFAULT_BLOCK_FRAMES) -> list[RoleUtterance]:
    return transcribe_source(FileSource(path, block_frames), model, roles, block_frames)


def srt_time(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def as_srt(items: list[RoleUtterance]) -> str:
    cues = []
    for index, item in enumerate(items, start=1):
        u = item.utterance
        label = f"{item.role}: " if item.role else ""
        cues.append(f"{index}\n{srt_time(u.start_ms)} --> {srt_time(u.end_ms)}\n{label}{u.text}\n")
    return "\n".join(cues)


def as_text(items: list[RoleUtterance]) -> str:
    return "\n".join((f"{i.role}: " if i.role else "") + i.utterance.text for i in items)
