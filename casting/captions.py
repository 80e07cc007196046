"""Live captions of a hearing: what a captions screen shows, and what may never be shown.

A :class:`CaptionBoard` follows a hearing session's events (the same plain dicts the GUI
and the CLI get): each final utterance ("segment") becomes a line with its speaker's role,
and each channel's partial result is the line still forming. Only the newest state matters
to a screen, so the board is a state, not a queue: :func:`pump_captions` sends whatever it
holds when it changed, at most every :data:`SEND_EVERY_S`, and a receiver paints only the
newest state it has.

Deliberation (合议) is confidential: a board refuses a deliberation hearing when it is
made, so no caller — the GUI, the CLI, a script — can cast its words.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass

from courtdesk.speech.speakers import role_label

from .errors import CaptionsRefused

KEEP_LINES = 4  # final lines on the screen: enough to follow, large enough to read
SEND_EVERY_S = 0.2  # partials change many times a second; a screen needs ~5 changes a second
MAX_TEXT = 600  # characters of one line that are sent (a minute of speech without a pause)


def refuse_confidential(hearing: dict) -> None:
    """Raise :class:`CaptionsRefused` for a deliberation (or any confidential) hearing."""
    if (hearing.get("kind") == "deliberation" or hearing.get("confidential")
            or hearing.get("session_type") == "deliberation"):
        raise CaptionsRefused(
            f"“{hearing.get('title') or hearing.get('id', '')}” is a deliberation of the "
            "panel (合议): what is said there is confidential and is never cast to a screen. "
            "Nothing was sent. Captions can be cast for hearings only.",
            hearing_id=hearing.get("id", ""))


@dataclass(frozen=True)
class CaptionLine:
    role: str  # speaker role as the record keeps it: presiding_judge, plaintiff_agent, ...
    text: str
    channel: int = 0

    def as_dict(self, language: str | None = None) -> dict:
        item = {"role": self.role, "text": self.text, "channel": self.channel}
        if language is not None:
            item["label"] = role_label(self.role, language)
        return item

    @classmethod
    def from_dict(cls, item: dict) -> CaptionLine:
        return cls(str(item.get("role") or ""), str(item.get("text") or "")[:MAX_TEXT],
                   int(item.get("channel") or 0))


class CaptionBoard:
    """The captions of one hearing as they stand: the last final lines and, per channel,
    the line forming. Fed from any thread (the recognizers' workers)."""

    def __init__(self, hearing: dict, *, keep: int = KEEP_LINES,
                 on_change: Callable[[], None] = lambda: None) -> None:
        refuse_confidential(hearing)
        self.hearing_id = hearing["id"]
        self.keep = keep
        self.on_change = on_change
        self.version = 0
        self._lines: list[CaptionLine] = []
        self._forming: dict[int, CaptionLine] = {}  # by channel, in the order they changed
        self._lock = threading.Lock()

    def feed(self, event: dict) -> None:
        """A hearing session's event; only partials and segments change the captions."""
        kind = event.get("type")
        with self._lock:
            if kind == "partial":
                channel = int(event.get("channel") or 0)
                text = str(event.get("text") or "").strip()[:MAX_TEXT]
                line = CaptionLine(str(event.get("role") or ""), text, channel)
                if self._forming.get(channel) == line or (not text and channel not in
                                                           self._forming):
                    return
                self._forming.pop(channel, None)
                if text:
                    self._forming[channel] = line  # moved last: the newest at the bottom
            elif kind == "segment":
                segment = event.get("segment") or {}
                channel = int(segment.get("channel") or 0)
                self._forming.pop(channel, None)
                text = str(segment.get("text") or "").strip()[:MAX_TEXT]
                if text:
                    self._lines = [*self._lines, CaptionLine(
                        str(segment.get("role") or ""), text, channel)][-self.keep:]
            else:
                return
            self.version += 1
        self.on_change()

    def set(self, lines: list[CaptionLine], forming: list[CaptionLine]) -> None:
        """Take a whole state (followed from another process's board)."""
        with self._lock:
            self._lines = list(lines)[-self.keep:]
            self._forming = {line.channel: line for line in forming}
            self.version += 1
        self.on_change()

    def state(self) -> tuple[int, list[CaptionLine], list[CaptionLine]]:
        """(version, final lines oldest first, lines forming oldest first)."""
        with self._lock:
            return self.version, list(self._lines), list(self._forming.values())


async def pump_captions(board: CaptionBoard, send, changed: asyncio.Event,
                        every: float = SEND_EVERY_S) -> None:
    """Send the board's newest state whenever it changed, at most every ``every`` seconds,
    until cancelled. ``send(lines, forming)`` is awaited; ``changed`` is set (on this
    loop) by whoever feeds the board."""
    sent = -1
    while True:
        await changed.wait()
        changed.clear()
        version, lines, forming = board.state()
        if version != sent:
            await send(lines, forming)
            sent = version
            await asyncio.sleep(every)
