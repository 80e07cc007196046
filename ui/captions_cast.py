"""Casting a hearing's live captions from this window's recognizer to a room screen.

The recognizer runs in this process, so the captions come straight from it: every final
segment and every partial result, as the clerk sees them in the workspace, go onto a
:class:`~courtdesk.casting.captions.CaptionBoard` (which refuses a deliberation) and from
there, the newest state at most five times a second, to the receiver. The connection lives
on an asyncio loop of its own thread (a cast session holds a socket for as long as it
casts, which is no job); what it ends in comes back to the GUI thread through the job
runner. Every cast is an audit entry: cast.start, cast.stop, cast.refused.
"""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtCore import QObject, Signal

from courtdesk.casting.captions import CaptionBoard, pump_captions
from courtdesk.casting.errors import CaptionsRefused

from .jobs import Queue
from .session import Session


class CaptionsCaster(QObject):
    # {"state": "idle" | "connecting" | "casting", "receiver": name, "address": HOST:PORT}
    state_changed = Signal(dict)
    failed = Signal(object)  # the exception that ended (or refused) the cast

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = "idle"
        self.hearing: dict | None = None
        self.address = ""
        self.receiver = ""
        self._board: CaptionBoard | None = None
        self._cast = None  # the CastSession
        self._changed: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._language = "zh_CN"

    # -- GUI thread ----------------------------------------------------------------------
    def start(self, hearing: dict, address: str, pin: str) -> None:
        """Pair with the receiver and cast this hearing's captions from now on. A
        deliberation, a bad PIN or address are refused (``failed``), and audited."""
        from courtdesk.casting.pairing import check_pin
        from courtdesk.casting.sender import CastSession, KnownReceivers

        if self.state != "idle":
            return
        try:
            board = CaptionBoard(hearing, on_change=self._board_changed)  # refuses 合议
            cast = CastSession(address, check_pin(pin), self.session.user.display_name,
                               KnownReceivers(self.session.home / "cast-receivers.json"))
        except CaptionsRefused as exc:
            self._audit(hearing, "cast.refused", {"what": "captions", "address": address,
                                                  "error": exc.code})
            self.failed.emit(exc)
            return
        except ValueError as exc:
            self.failed.emit(exc)
            return
        self.hearing, self.address, self._board, self._cast = hearing, address, board, cast
        self._language = self.session.switcher.language or "zh_CN"
        self._set_state("connecting")
        self.session.runner.watch(
            asyncio.run_coroutine_threadsafe(self._connect(), self._running_loop()),
            owner=self, label="cast captions: pair", on_done=self._paired,
            on_error=self._connect_failed)

    def feed(self, event: dict) -> None:
        """A session event of the hearing being cast (a partial or a segment)."""
        if self._board is not None:
            self._board.feed(event)

    def stop(self) -> None:
        """Stop casting: the receiver clears its screen."""
        if self.state == "idle" or self._loop is None:
            return
        self.session.runner.watch(
            asyncio.run_coroutine_threadsafe(self._cast.stop(), self._loop), owner=self,
            label="cast captions: stop", on_done=lambda _: self._ended(None),
            on_error=self._ended)

    def shutdown(self) -> None:
        """The window closes: the screen is cleared without waiting for it."""
        loop, cast = self._loop, self._cast if self.state != "idle" else None
        self._loop = None
        if loop is None:
            return

        async def close() -> None:
            try:
                if cast is not None:
                    await cast.stop(timeout=2.0)  # a receiver also clears when we vanish
            finally:
                loop.stop()

        asyncio.run_coroutine_threadsafe(close(), loop)

    def _paired(self, _result) -> None:
        self.receiver = self._cast.receiver_name
        self._audit(self.hearing, "cast.start", {
            "what": "captions", "receiver": self.receiver, "address": self.address,
            "fingerprint": self._cast.fingerprint, "public": self._cast.public,
            "language": self._language})
        self._set_state("casting")
        self.session.runner.watch(
            asyncio.run_coroutine_threadsafe(self._pump(), self._loop), owner=self,
            label="cast captions", on_done=lambda _: self._ended(None), on_error=self._ended)

    def _connect_failed(self, exc: BaseException) -> None:
        self._audit(self.hearing, "cast.refused", {"what": "captions", "address": self.address,
                                                   "error": getattr(exc, "code", "error")})
        self._reset()
        self.failed.emit(exc)

    def _ended(self, exc: BaseException | None) -> None:
        if self.state == "idle":
            return
        if self.state == "casting":
            self._audit(self.hearing, "cast.stop", {
                "what": "captions", "receiver": self.receiver, "address": self.address,
                "bytes_sent": self._cast.bytes_sent, **({"error": getattr(exc, "code", "")}
                                                       if exc else {})})
        self._reset()
        if exc is not None and not isinstance(exc, asyncio.CancelledError):
            self.failed.emit(exc)

    def _reset(self) -> None:
        self._board = self._cast = None
        self._set_state("idle")

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit({"state": state, "receiver": self.receiver,
                                 "address": self.address})

    def _audit(self, hearing: dict, action: str, detail: dict) -> None:
        store, actor = self.session.store, self.session.user.actor
        self.session.runner.submit(
            lambda: store.audit(actor, action, "hearings", hearing["id"], detail),
            queue=Queue.STORE, label=action)

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            loop = self._loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="cast-captions",
                             daemon=True).start()
        return self._loop

    # -- any thread ----------------------------------------------------------------------
    def _board_changed(self) -> None:
        loop, changed = self._loop, self._changed
        if loop is not None and changed is not None:
            loop.call_soon_threadsafe(changed.set)

    # -- the cast's loop -----------------------------------------------------------------
    async def _connect(self) -> None:
        await self._cast.connect()

    async def _pump(self) -> None:
        cast, board, language = self._cast, self._board, self._language
        self._changed = asyncio.Event()
        self._changed.set()  # the captions screen at once, with what is there already
        pump = asyncio.create_task(pump_captions(
            board, lambda lines, forming: cast.captions(lines, forming, language),
            self._changed))
        try:
            await asyncio.wait({pump, cast.ended}, return_when=asyncio.FIRST_COMPLETED)
            if pump.done():
                pump.result()
            cast.raise_failure()
        finally:
            pump.cancel()
