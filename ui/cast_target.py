"""A room screen on the LAN as a presenting target: the reader's page, cast by state.

:class:`LanCastTarget` follows the same :class:`~courtdesk.casting.presentation.PresentedPage`
values as the presenter window (``show``, ``pointer``, ``stop``, the ``ended`` signal) and
drives a :class:`~courtdesk.casting.sender.CastSession` from them. The whole cast — connect,
pair, present, stop — is ONE coroutine job on the runner's ``cast`` event-loop queue
(ui/jobs.py): the connection lives for minutes and its reads, keep-alive pings and writes
interleave on one loop, so it holds no worker thread and the GUI thread never waits on it.

Only the newest state matters. The GUI hands states to the loop as they come; the loop sends
one and waits until the receiver has painted it before sending the next, taking whatever is
newest then: a judge paging faster than the room screen paints sees the screen jump to the
page they stopped on, never a queue of pages behind it. Pointer moves go out at most
:data:`POINTER_HZ` times a second, the newest position each time.

Every way a cast ends — the presenter stops, the receiver refuses the PIN or is busy, its
certificate is not the one paired with, it goes away, the network drops — ends the job and
arrives on the GUI thread as ``ended(message)``; :attr:`LanCastTarget.error` then holds the
translated error, or None when the presenter stopped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from websockets.exceptions import ConnectionClosed

from courtdesk.casting import errors
from courtdesk.casting.presentation import PresentedPage
from courtdesk.casting.sender import CastDocument, CastSession, KnownReceivers

from .jobs import JobRunner
from .messages import ShownError, describe

translate = QCoreApplication.translate

CAST_LOOP = "cast"  # the runner's event-loop queue every cast runs on
POINTER_HZ = 30  # a laser pointer looks smooth at this rate; more only loads the LAN
PAINT_TIMEOUT = 120.0  # s for one state to be painted (the first carries the document)
STOP_TIMEOUT = 5.0  # s the receiver gets to confirm its screen is clear
_NOTHING = object()


def known_receivers(home: Path) -> KnownReceivers:
    """The receivers this profile paired with (the same file ``courtdesk cast`` uses)."""
    return KnownReceivers(home / "cast-receivers.json")


class LanCastTarget(QObject):
    paired = Signal(dict)  # {"name", "address", "public", "fingerprint"}: casting now
    painted = Signal(dict)  # {"seq", "page" (from 1)}: the receiver shows this state
    ended = Signal(str)  # what the person reads: why it ended, or that the screen is clear

    # From the loop thread; delivered queued on the GUI thread (this object lives there).
    _paired_on_loop = Signal(dict)
    _painted_on_loop = Signal(dict)

    def __init__(self, runner: JobRunner, address: str, pin: str, presenter: str,
                 known: KnownReceivers, *,
                 audit: Callable[[str, str, dict], None] = lambda action, doc, detail: None,
                 expected_fingerprint: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.address = address
        self.receiver_name = ""
        self.public = False
        self.active = False  # paired and not ended
        self.finished = False
        self.error: ShownError | None = None
        self.shows_sent = 0
        self._fingerprint = ""
        self._audit = audit  # (action, document sha or "", detail), on the GUI thread
        self._audited_docs: set[str] = set()
        self._last_page: PresentedPage | None = None
        self._task: asyncio.Task | None = None
        # Made here (a bad address or PIN raises before anything starts), used on the loop.
        self._session = CastSession(address, pin, presenter, known,
                                    on_event=self._session_event,
                                    expected_fingerprint=expected_fingerprint)
        # Loop-side state: written only on the loop thread (through call_in_loop).
        self._wanted: PresentedPage | None = None
        self._pointer: object = _NOTHING
        self._stopping = False
        self._wake: asyncio.Event | None = None
        self._paired_on_loop.connect(self._on_paired)
        self._painted_on_loop.connect(self.painted)
        runner.add_loop(CAST_LOOP)

    # -- the target interface (GUI thread) -------------------------------------------------
    def start(self) -> None:
        """Connect and pair in the background; ``paired`` or ``ended`` tells how it went."""
        self.runner.run_async(self._run, queue=CAST_LOOP, owner=self, label="cast",
                              on_done=self._on_done, on_error=self._on_error)

    def show(self, page: PresentedPage) -> None:
        if self.finished or not page.allowed(page.page):  # outside an evidence range: never
            return
        self._last_page = page
        if self.active:
            self._audit_document(page)
        self.runner.call_in_loop(CAST_LOOP, self._want_page, page)

    def pointer(self, x: float | None, y: float | None) -> None:
        if not self.finished:
            self.runner.call_in_loop(CAST_LOOP, self._want_pointer, (x, y))

    def stop(self) -> None:
        """Clear the receiver and end the cast (also while still pairing)."""
        if not self.finished:
            self.runner.call_in_loop(CAST_LOOP, self._want_stop)

    def quit(self) -> None:
        """The app is quitting (or logging out): clear the receiver — the runner's shutdown
        waits for it — and write the audit entry now, as no result is delivered then."""
        if self.finished:
            return
        self.stop()
        if self.active:
            self._end("cast.stop", {"reason": "quit"}, "")
        self.finished = True

    # -- handed over to the loop -------------------------------------------------------------
    def _want_page(self, page: PresentedPage) -> None:
        self._wanted = page
        self._poke()

    def _want_pointer(self, at: tuple[float | None, float | None]) -> None:
        self._pointer = at
        self._poke()

    def _want_stop(self) -> None:
        self._stopping = True
        if self._task is not None and not self._session.paired:
            self._task.cancel()  # still connecting or pairing: give up at once
        self._poke()

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def _session_event(self, event: dict) -> None:
        if event.get("event") == "painted":
            self._painted_on_loop.emit({"seq": event.get("seq"), "page": event.get("page")})

    # -- the cast, as one coroutine on the loop ---------------------------------------------
    async def _run(self) -> dict:
        self._wake = asyncio.Event()
        self._task = asyncio.current_task()
        session = self._session
        try:
            await session.connect()
        except asyncio.CancelledError:
            if not self._stopping:
                raise  # the app is quitting
            await session.close()
            return {"bytes_sent": 0}
        self._paired_on_loop.emit({"name": session.receiver_name, "address": self.address,
                                   "public": session.public,
                                   "fingerprint": session.fingerprint})
        try:
            try:
                await self._present(session)
            except ConnectionClosed as exc:  # a write met the closed connection first
                session.raise_failure()
                raise errors.ConnectionLost(
                    f"The connection to the receiver at {self.address} ended ({exc}); its "
                    "screen clears itself. Cast again to go on.") from exc
        except asyncio.CancelledError:
            # Quitting without stop() (every reader task is being cancelled too, so no
            # "cleared" could be read): the receiver clears as the connection closes.
            await session.close()
            raise
        except BaseException:
            await session.stop(timeout=STOP_TIMEOUT)
            raise
        await session.stop(timeout=STOP_TIMEOUT)
        return {"bytes_sent": session.bytes_sent}

    async def _present(self, session: CastSession) -> None:
        in_flight: asyncio.Future | None = None  # the state sent and not painted yet
        next_pointer = 0.0
        while not self._stopping:
            if in_flight is not None and in_flight.done():
                try:
                    in_flight.result()
                except TimeoutError:
                    raise errors.ConnectionLost(
                        f"The receiver at {self.address} painted nothing for "
                        f"{PAINT_TIMEOUT:.0f} s; casting stopped.") from None
                in_flight = None
            if in_flight is None and self._wanted is not None:
                page, self._wanted = self._wanted, None
                seq, _size = await session.show(
                    self._document(page), page.page, zoom=page.zoom,
                    viewport=list(page.viewport) if page.viewport else None,
                    rotate=page.rotate)
                self.shows_sent += 1
                in_flight = asyncio.ensure_future(session.wait_painted(seq, PAINT_TIMEOUT))
                continue
            delay = None
            if self._pointer is not _NOTHING:
                delay = next_pointer - time.monotonic()
                if delay <= 0:
                    x, y = self._pointer
                    self._pointer = _NOTHING
                    await session.pointer(x, y)
                    next_pointer = time.monotonic() + 1 / POINTER_HZ
                    continue
            self._wake.clear()
            waits = {asyncio.ensure_future(self._wake.wait()), session.ended}
            if in_flight is not None:
                waits.add(in_flight)
            await asyncio.wait(waits, timeout=delay,
                               return_when=asyncio.FIRST_COMPLETED)
            for waiting in waits - {session.ended, in_flight}:
                waiting.cancel()
            if session.ended.done():
                session.raise_failure()
                raise errors.ConnectionLost(
                    f"The receiver at {self.address} closed the connection.")
        if in_flight is not None:
            in_flight.cancel()

    @staticmethod
    def _document(page: PresentedPage) -> CastDocument:
        """The document of a state, with that state's annotations (they change as people
        annotate). A presentation's states carry annotations already made castable
        (protocol.castable_annotations, which leaves the visibility out); the session
        filters again on the way out and keeps only what is marked shared. So an item with
        no visibility is marked shared here, while a store row keeps its own: a private row
        handed in by mistake is still dropped there."""
        annotations = page.annotations

        def castable(index: int) -> list[dict]:
            return [item if "visibility" in item else {**item, "visibility": "shared"}
                    for item in annotations(index)]

        return CastDocument(page.doc, page.title, page.load, castable, page.ocr_lines)

    # -- back on the GUI thread --------------------------------------------------------------
    def _on_paired(self, info: dict) -> None:
        self.receiver_name, self.public, self.active = info["name"], info["public"], True
        self._fingerprint = info["fingerprint"]
        if self._last_page is not None:
            self._audit_document(self._last_page)
        self.paired.emit(info)

    def _audit_document(self, page: PresentedPage) -> None:
        """One ``cast.start`` per document put on this screen: who (the entry's actor),
        what (the document), to which screen (name, address, certificate)."""
        if page.doc in self._audited_docs:
            return
        self._audited_docs.add(page.doc)
        self._audit("cast.start", page.doc, {
            "receiver": self.receiver_name, "address": self.address,
            "fingerprint": self._fingerprint, "sha256": page.doc, "page": page.page + 1,
            "public": self.public})

    def _on_done(self, result: dict) -> None:
        if self.finished:  # ended by quit() already
            return
        if not self.active:  # stopped before the receiver paired: nothing was shown
            self.finished = True
            self.ended.emit(translate("Casting", "Casting cancelled; nothing was shown."))
            return
        self._end("cast.stop", {"bytes_sent": result.get("bytes_sent", 0)}, translate(
            "Casting", "Casting stopped; the room screen “%1” is clear.").replace(
                "%1", self.receiver_name))

    def _on_error(self, exc: BaseException) -> None:
        if self.finished:
            return
        self.error = describe(exc)
        if self.active:
            self._end("cast.stop", {"error": self.error.code}, self.error.as_plain())
        else:
            self._end("cast.refused", {"error": self.error.code}, self.error.as_plain())

    def _end(self, action: str, detail: dict, message: str) -> None:
        self.active, self.finished = False, True
        doc = self._last_page.doc if self._last_page is not None and self.receiver_name \
            else ""
        self._audit(action, doc, {"receiver": self.receiver_name, "address": self.address,
                                  **detail})
        self.ended.emit(message)
