"""The receiver: the room screen's end of a cast.

It listens with TLS, pairs a sender that proves it knows the PIN shown on the screen,
accepts one presenter at a time, fetches a document it lacks by hash and checks it, and
paints each state it is sent. Painting always shows the newest state: when changes come
faster than they paint, the ones in between are skipped, never shown out of order.
Nothing of a case outlives a presentation here: documents stay in memory and the screen
picture is removed when the presenter stops or goes away.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from courtdesk.offline_cache.errors import CourtdeskError

from .browser import SOCKET_PATH, BrowserScreen, viewer_url
from .captions import CaptionLine
from .captions_paint import paint_captions
from .paint import decode_png, forget_documents, paint_png
from .pairing import PairingGuard, ReceiverIdentity, ReceiverPairing
from .protocol import MAX_FRAME, VERSION, BadMessage, decode, encode
from .screen import FileScreen, ReceiverStatus, ScreenPicture, ScreenSink

log = logging.getLogger(__name__)

# A presenter whose network silently went is dropped (and the screen cleared) within about
# twice this many seconds: nothing of a case stays up for a presenter who is gone.
KEEPALIVE = 5.0
STEP_TIMEOUT = 10.0  # seconds a pairing client may take per step before it is dropped
MAX_DOCUMENT = 1024 * 1024 * 1024


@dataclass
class _Presentation:
    connection: ServerConnection
    presenter: str
    peer: str
    latest: tuple | None = None  # ("show", message) or ("frame", message, png)
    dirty: asyncio.Event = field(default_factory=asyncio.Event)
    asked: set[str] = field(default_factory=set)
    stopped: bool = False


class CastReceiver:
    def __init__(self, name: str, identity: ReceiverIdentity, pin: str, *,
                 screen_file: Path | None = None, screens: list[ScreenSink] = (),
                 screen: tuple[int, int] = (1920, 1080), public: bool = False,
                 guard: PairingGuard | None = None,
                 report: Callable[[dict], None] = lambda event: None,
                 frame_log: Path | None = None, web: BrowserScreen | None = None,
                 announce: bool = False) -> None:
        self.name = name
        self.identity = identity
        self.pin = pin
        # Every screen this receiver shows on; a file screen when given a path (scripts).
        self.screens: list[ScreenSink] = list(screens)
        self.screen_file = screen_file
        if screen_file is not None:
            self.screens.append(FileScreen(screen_file))
        # Browsers that opened the viewer page, on this same port (see browser.py).
        self.web = web
        if web is not None:
            self.screens.append(web)
        self.screen = screen
        self.address = ""
        self.public = public
        self.guard = guard or PairingGuard()
        self.report = report
        self.frame_log = frame_log
        self.announce_on_lan = announce  # mDNS, so senders can list it (discovery.py)
        self.presentation: _Presentation | None = None
        self._documents: dict[str, bytes] = {}
        self._pairing = asyncio.Lock()

    def status(self) -> ReceiverStatus:
        extra = {}
        if self.web is not None and self.address:
            extra["viewer_url"] = viewer_url(self.address, self.web.token)
        return ReceiverStatus(self.name, self.address, self.pin, self.public,
                              self.identity.fingerprint,
                              self.presentation.presenter if self.presentation else None,
                              extra)

    def announce(self, address: str) -> None:
        """The address people type to reach this receiver (known once it listens)."""
        self.address = address
        self._tell_status()

    def _tell_status(self) -> None:
        status = self.status()
        for sink in self.screens:
            sink.status(status)

    async def run(self, host: str, port: int, ready: Callable[[int], None]) -> None:
        """Serve until cancelled; ``ready(port)`` once listening (port 0: the one chosen)."""
        def http(connection: ServerConnection, request):
            # The viewer page's files; anything else goes on to the WebSocket handshake.
            return self.web.http_response(request) if self.web is not None else None

        async with serve(self._connection, host, port, ssl=self.identity.server_context(),
                         process_request=http, compression=None, max_size=MAX_FRAME,
                         ping_interval=KEEPALIVE,
                         ping_timeout=KEEPALIVE, server_header=None) as server:
            port = server.sockets[0].getsockname()[1]
            ready(port)
            announcement = await self._announce(host, port) if self.announce_on_lan else None
            try:
                await server.serve_forever()
            finally:
                if announcement is not None:
                    await announcement.close()

    async def _announce(self, host: str, port: int):
        """Announce this receiver on the LAN while it listens. Failing to is no fault of
        the receiver's (multicast may be blocked): it is said, and the typed address works."""
        from .discovery import ReceiverAnnouncement

        addresses = None if host in ("", "0.0.0.0", "::") else [host]
        announcement = ReceiverAnnouncement(self.name, port, self.identity.fingerprint,
                                            self.public, addresses)
        try:
            info = await announcement.start()
        except Exception as exc:  # whatever it is, the receiver works on
            log.info("cannot announce on the LAN: %s", exc)
            self.report({"event": "announce_failed", "message": str(exc)})
            return None
        self.report({"event": "announced", "service": info.name,
                     "addresses": announcement.addresses, "port": port})
        return announcement

    # -- frames --------------------------------------------------------------------------
    async def _recv(self, connection: ServerConnection, timeout: float | None = None):
        frame = await asyncio.wait_for(connection.recv(), timeout)
        if self.frame_log is not None:
            # Diagnostics for IT (and the tests): every decrypted byte a sender sent.
            raw = frame.encode() if isinstance(frame, str) else frame
            with open(self.frame_log, "ab") as handle:
                handle.write(b"%s %d\n" % (b"T" if isinstance(frame, str) else b"B", len(raw)))
                handle.write(raw + b"\n")
        return frame

    async def _message(self, connection: ServerConnection, timeout: float | None = None) -> dict:
        return decode(await self._recv(connection, timeout))

    # -- a connection --------------------------------------------------------------------
    async def _connection(self, connection: ServerConnection) -> None:
        if self.web is not None and connection.request.path == SOCKET_PATH:
            await self.web.serve_viewer(connection)
            return
        host, port = connection.remote_address[:2]
        peer = f"{host}:{port}"
        presentation = None
        try:
            presentation = await self._pair(connection, peer)
            if presentation is not None:
                await self._present(presentation)
        except (ConnectionClosed, BadMessage, TimeoutError, ValueError, KeyError,
                TypeError) as exc:
            log.info("cast connection from %s ended: %s", peer, exc)
        finally:
            if presentation is not None and self.presentation is presentation:
                self._clear("disconnected")

    async def _refuse(self, connection: ServerConnection, peer: str, reason: str,
                      **detail) -> None:
        self.report({"event": "refused", "reason": reason, "peer": peer, **detail})
        try:
            await connection.send(encode("refused", reason=reason, **detail))
            await connection.close()
        except ConnectionClosed:
            pass

    async def _pair(self, connection: ServerConnection, peer: str) -> _Presentation | None:
        first = await self._message(connection, STEP_TIMEOUT)
        if first.get("v") != VERSION:
            await self._refuse(connection, peer, "version", supported=[VERSION])
            return None
        if first["type"] != "pair":
            await self._refuse(connection, peer, "unpaired")
            return None
        # One pairing at a time, so parallel connections cannot run guesses past the limit.
        async with self._pairing:
            wait = self.guard.retry_after()
            if wait > 0:
                await self._refuse(connection, peer, "locked", retry_after=math.ceil(wait))
                return None
            try:
                pairing = ReceiverPairing(self.pin, self.identity.fingerprint,
                                          bytes.fromhex(str(first.get("spake", ""))))
            except ValueError:
                self.guard.failed()
                await self._refuse(connection, peer, "wrong_pin")
                return None
            await connection.send(encode("pair_reply", spake=pairing.message.hex()))
            confirm = await self._message(connection, STEP_TIMEOUT)
            if confirm["type"] != "confirm" or not pairing.sender_proved(
                    str(confirm.get("mac", ""))):
                self.guard.failed()
                wait = self.guard.retry_after()
                await self._refuse(connection, peer, "wrong_pin",
                                   **({"retry_after": math.ceil(wait)} if wait else {}))
                return None
        presenter = str(first.get("presenter") or "?")[:80]
        if self.presentation is not None:
            await self._refuse(connection, peer, "busy",
                               presenter=self.presentation.presenter)
            return None
        presentation = _Presentation(connection, presenter, peer)
        self.presentation = presentation
        await connection.send(encode("paired", mac=pairing.proof(), receiver=self.name,
                                     public=self.public, screen=list(self.screen)))
        self.report({"event": "paired", "presenter": presenter, "peer": peer})
        self._tell_status()
        return presentation

    async def _present(self, presentation: _Presentation) -> None:
        connection = presentation.connection
        painter = asyncio.create_task(self._painter(presentation))
        try:
            while True:
                message = await self._message(connection)
                kind = message["type"]
                if kind == "show":
                    presentation.latest = ("show", message)
                    presentation.dirty.set()
                elif kind == "document":
                    if await self._receive_document(presentation, message):
                        presentation.dirty.set()
                elif kind == "frame":
                    png = await self._recv(connection, STEP_TIMEOUT)
                    if isinstance(png, bytes) and len(png) == int(message.get("size", -1)):
                        presentation.latest = ("frame", message, png)
                        presentation.dirty.set()
                    else:
                        await connection.send(encode("error", reason="bad_frame",
                                                     seq=message.get("seq")))
                elif kind == "captions":
                    presentation.latest = ("captions", message)
                    presentation.dirty.set()
                elif kind == "pointer":
                    # Drawn over the picture, never repainted: a pointer moves many times a
                    # second and must not queue behind page paints.
                    x, y = message.get("x"), message.get("y")
                    at = ({"x": float(x), "y": float(y)} if isinstance(x, (int, float))
                          and isinstance(y, (int, float)) else {"x": None, "y": None})
                    for sink in self.screens:
                        sink.overlay({"type": "pointer", **at})
                elif kind == "stop":
                    await self._end_painting(presentation, painter)
                    self._clear("stopped")
                    await connection.send(encode("cleared"))
                    return
                else:
                    await connection.send(encode("error", reason="unknown_type", type=kind))
        finally:
            await self._end_painting(presentation, painter)

    @staticmethod
    async def _end_painting(presentation: _Presentation, painter: asyncio.Task) -> None:
        """Let a paint under way finish (its thread cannot be cancelled), so that nothing
        is put on the screen after it was cleared."""
        presentation.stopped = True
        presentation.dirty.set()
        try:
            await painter
        except (ConnectionClosed, asyncio.CancelledError):
            pass

    async def _receive_document(self, presentation: _Presentation, header: dict) -> bool:
        digest, size = str(header["doc"]), int(header["size"])
        if not 0 < size <= MAX_DOCUMENT:
            raise BadMessage(f"document size {size}")
        parts, got = [], 0
        while got < size:
            chunk = await self._recv(presentation.connection, STEP_TIMEOUT)
            if not isinstance(chunk, bytes):
                raise BadMessage("a message inside a document's bytes")
            parts.append(chunk)
            got += len(chunk)
        data = b"".join(parts)
        actual = hashlib.sha256(data).hexdigest()
        ok = actual == digest and got == size
        self.report({"event": "document", "doc": digest, "bytes": got, "ok": ok,
                     **({} if ok else {"actual": actual})})
        if not ok:
            await presentation.connection.send(encode(
                "error", reason="document_hash_mismatch", doc=digest, actual=actual))
            return False
        self._documents[digest] = data
        return True

    async def _painter(self, presentation: _Presentation) -> None:
        connection = presentation.connection
        while True:
            await presentation.dirty.wait()
            presentation.dirty.clear()
            if presentation.stopped:
                return
            latest = presentation.latest
            if latest is None:
                continue
            message = latest[1]
            seq = message.get("seq")
            shown: dict = {}  # what the painted event says beyond the picture
            try:
                if latest[0] == "captions":
                    picture, shown = await self._paint_captions(presentation, message)
                elif latest[0] == "frame":
                    width, height = await asyncio.to_thread(decode_png, latest[2])
                    picture = ScreenPicture(latest[2], width, height, "frame",
                                            presentation.presenter, seq=seq)
                else:
                    digest = str(message["doc"])
                    pdf = self._documents.get(digest)
                    if pdf is None:
                        if digest not in presentation.asked:
                            presentation.asked.add(digest)
                            await connection.send(encode("need", doc=digest))
                        continue
                    page = int(message["page"])
                    rotate = int(message.get("rotate", 0))
                    painted = await asyncio.to_thread(
                        paint_png, pdf, digest, page, screen=self.screen,
                        viewport=message.get("viewport"), rotate=rotate,
                        annotations=message.get("annotations") or [])
                    picture = ScreenPicture(painted.png, painted.width, painted.height, "show",
                                            presentation.presenter, digest, page + 1,
                                            painted.clip, painted.zoom, rotate, seq)
                await asyncio.to_thread(self._show, picture)
            except (CourtdeskError, ValueError, KeyError, TypeError, RuntimeError,
                    OSError) as exc:
                reason = getattr(exc, "code", "cannot_paint")
                self.report({"event": "error", "reason": reason, "seq": seq,
                             "message": str(exc)})
                await connection.send(encode("error", reason=reason, seq=seq))
                continue
            if presentation.stopped:  # cleared while this picture was being shown
                return
            event = {"event": "painted", "kind": picture.kind, "doc": picture.doc,
                     "page": picture.page, "seq": seq, "time": time.time(),
                     "presenter": presentation.presenter,
                     "png": str(self.screen_file or ""), "width": picture.width,
                     "height": picture.height, **shown}
            self.report(event)
            await connection.send(encode("painted", seq=seq, doc=picture.doc,
                                         page=None if picture.page is None
                                         else picture.page - 1))

    async def _paint_captions(self, presentation: _Presentation,
                              message: dict) -> tuple[ScreenPicture, dict]:
        language = str(message.get("language") or "zh_CN")

        def items(key: str) -> list[dict]:
            value = message.get(key)
            if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
                raise ValueError(f"captions: {key} is not a list of lines")
            return value[-20:]  # a screen holds a handful; the rest could only slow it

        lines = [CaptionLine.from_dict(item) for item in items("lines")]
        forming = [CaptionLine.from_dict(item) for item in items("forming")]
        labels = {str(item.get("role") or ""): str(item.get("label") or "")[:40]
                  for item in [*items("lines"), *items("forming")]}
        png, width, height = await asyncio.to_thread(
            paint_captions, lines, forming, labels, screen=self.screen, language=language)

        def said(line: CaptionLine) -> dict:
            return {"role": line.role, "label": labels.get(line.role, ""), "text": line.text}

        # The lines as text too: a browser sets them to fit its own window.
        text = {"lines": [said(line) for line in lines],
                "forming": [said(line) for line in forming]}
        return ScreenPicture(png, width, height, "captions", presentation.presenter,
                             seq=message.get("seq"), captions=text), text

    def _show(self, picture: ScreenPicture) -> None:
        for sink in self.screens:
            sink.show(picture)

    def _clear(self, reason: str) -> None:
        presentation, self.presentation = self.presentation, None
        self._documents.clear()
        forget_documents()
        for sink in self.screens:
            sink.clear(reason)
        self.report({"event": "cleared", "reason": reason,
                     "presenter": presentation.presenter if presentation else None})
        self._tell_status()
