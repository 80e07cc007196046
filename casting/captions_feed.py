"""The live captions of a hearing being recorded, for a caster in another process.

`courtdesk hearing record` (or the window) records in one process; `courtdesk cast
captions` may run in another, started when the clerk decides to cast. The recording
process keeps the newest captions state — final lines and the lines forming, partials
included — in the local store (``live_captions``, store migration 14: encrypted like the
transcript, local to this PC, never synced or audited), at most every
:data:`WRITE_EVERY_S`; the caster reads it as often. Only the newest state is kept: a
screen shows the present, not a history.

Deliberations never get captions: :class:`LiveCaptionsPublisher` refuses one through
:class:`~courtdesk.casting.captions.CaptionBoard`, and the recording goes on without.
"""

from __future__ import annotations

import json
import logging
import threading

from courtdesk.offline_cache.errors import CourtdeskError
from courtdesk.offline_cache.store import LocalStore, utc_now

from .captions import CaptionBoard, CaptionLine, refuse_confidential
from .errors import CaptionsRefused

log = logging.getLogger(__name__)

WRITE_EVERY_S = 0.2


class LiveCaptionsPublisher:
    """Follows a recording session's events (as one of its listeners) and keeps the
    hearing's newest captions in the store; ends with the session's recognition."""

    def __init__(self, store: LocalStore, hearing: dict) -> None:
        self.store = store
        self._changed = threading.Event()
        self.board = CaptionBoard(hearing, on_change=self._changed.set)  # refuses 合议
        self.hearing_id = hearing["id"]
        self._seq = 0
        self._ended = threading.Event()
        # The store is read and written on a thread of its own: never on the caller's (the
        # GUI thread, a recognizer's worker).
        self._thread = threading.Thread(target=self._write_loop, name="live-captions",
                                        daemon=True)
        self._thread.start()

    @classmethod
    def for_hearing(cls, store: LocalStore, hearing: dict) -> LiveCaptionsPublisher | None:
        """A publisher, or None for a deliberation (whose words are never cast) or when
        the store cannot take it (the recording matters more than its captions)."""
        try:
            return cls(store, hearing)
        except CaptionsRefused:
            return None

    def listen(self, event: dict) -> None:
        """A session listener (any thread): never waits, never raises."""
        self.board.feed(event)
        if event.get("type") == "recognition" and event.get("state") == "done":
            self.close()

    def close(self) -> None:
        """The recording and its recognition are over: the last state, marked ended."""
        self._ended.set()
        self._changed.set()

    def join(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _write_loop(self) -> None:
        try:
            rows = self.store.query("SELECT seq FROM live_captions WHERE hearing_id = ?",
                                    (self.hearing_id,))
        except CourtdeskError as exc:
            log.warning("live captions are off for this recording: %s", exc)
            return
        self._seq = rows[0]["seq"] if rows else 0  # a continued hearing's seq goes on
        self._write(ended=False)  # the caster sees the recording has begun
        while True:
            self._changed.wait()
            self._changed.clear()
            ended = self._ended.is_set()
            self._write(ended)
            if ended:
                return
            self._ended.wait(WRITE_EVERY_S)

    def _write(self, ended: bool) -> None:
        _, lines, forming = self.board.state()
        self._seq += 1  # every write, the last ("ended") too: the follower sees each
        state = json.dumps({"lines": [line.as_dict() for line in lines],
                            "forming": [line.as_dict() for line in forming]},
                           ensure_ascii=False)
        try:
            with self.store.transaction():
                self.store.conn.execute(
                    "INSERT INTO live_captions (hearing_id, seq, state, ended, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hearing_id) DO UPDATE SET "
                    "seq = excluded.seq, state = excluded.state, ended = excluded.ended, "
                    "updated_at = excluded.updated_at",
                    (self.hearing_id, self._seq, state, int(ended),
                     utc_now()))
        except CourtdeskError as exc:  # e.g. disk full: the recording says so itself
            log.warning("live captions not written: %s", exc)


def read_live_captions(store: LocalStore, hearing: dict) -> dict | None:
    """The newest captions of a hearing being (or last) recorded on this PC:
    {"seq", "lines", "forming", "ended"} with CaptionLine values; None when it was never
    recorded here. Refuses a deliberation, whatever the store holds."""
    refuse_confidential(hearing)
    rows = store.query("SELECT seq, state, ended FROM live_captions WHERE hearing_id = ?",
                       (hearing["id"],))
    if not rows:
        return None
    state = json.loads(rows[0]["state"])
    return {"seq": rows[0]["seq"], "ended": bool(rows[0]["ended"]),
            "lines": [CaptionLine.from_dict(item) for item in state.get("lines", [])],
            "forming": [CaptionLine.from_dict(item) for item in state.get("forming", [])]}
