"""The browser receiver: any browser on a display shows what a receiver (or a sender) shows.

A :class:`BrowserScreen` is a screen sink whose screens are browsers. It serves a small
viewer page (``web/``: HTML, CSS and JS shipped with courtdesk, nothing fetched from
elsewhere, so it works on a court LAN with no internet) and pushes to every open viewer the
current picture (a PNG in one binary frame), the pointer over it, who presents, and the idle
state (the screen's name, "nothing is being shown") when cleared. Captions are pictures of
kind "captions" like any other.

A viewer sees pictures and nothing else: never a document's bytes, never the PIN (a viewer
could otherwise pair as a presenter), never the viewer key. To see anything it needs the
viewer key: random per start (or from a file IT keeps for a kiosk display), carried in the
URL's fragment (``https://HOST:PORT/view#KEY``) so that it never appears in a request line
or a log, and sent as the first message on the viewer's WebSocket. Without it the socket is
closed before anything is sent. The page itself holds nothing of a case.

On a receiver the page and the viewers' socket share the cast port and its TLS certificate
(websockets answers the page's plain GETs in ``process_request``): one port to open in a
court's firewall, and the certificate the browser is told to accept is the one whose
fingerprint the room screen shows. A sender serving browsers itself (``cast send
--serve-browser``) listens on a port of its own with a certificate of its own.

Each viewer is sent the newest state only: a slow browser skips pictures, never queues them,
and never holds up the receiver or another viewer.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import secrets
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from .protocol import MAX_TEXT_FRAME
from .screen import ReceiverStatus, ScreenPicture

log = logging.getLogger(__name__)

VIEW_PATH = "/view"
SOCKET_PATH = "/view/socket"
HELLO_TIMEOUT = 10.0  # seconds a viewer may take to send its key
CLOSE_REFUSED = 4403  # WebSocket close code the page reads as "wrong viewer key"
CLOSE_ENDED = 4410  # ... as "this screen has ended: show nothing, do not call again"

_FILES = {  # path -> (file in web/, content type)
    "/view": ("view.html", "text/html; charset=utf-8"),
    "/view/": ("view.html", "text/html; charset=utf-8"),
    "/view.js": ("view.js", "text/javascript; charset=utf-8"),
    "/view.css": ("view.css", "text/css; charset=utf-8"),
}
# The page may load only its own script and style, show only the pictures it decoded itself
# and connect only back to where it came from; no page may frame it.
_SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
     "img-src blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
]


def new_viewer_token() -> str:
    """128 random bits, URL-safe: far too many to guess, so no lockout is needed."""
    return secrets.token_urlsafe(16)


def check_viewer_token(text: str) -> str:
    token = text.strip()
    if len(token) < 16 or not all(c.isalnum() or c in "-_" for c in token):
        raise ValueError("A viewer key is at least 16 letters, digits, '-' or '_' "
                         "(e.g. made by `python3 -c 'import secrets; "
                         "print(secrets.token_urlsafe(16))'`).")
    return token


def spki_pin(der: bytes) -> str:
    """The certificate's public key as Chromium's ``--ignore-certificate-errors-spki-list``
    takes it (base64 of the SHA-256 of the SubjectPublicKeyInfo): a display's browser then
    accepts exactly this receiver's self-signed certificate and no other."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    key = x509.load_der_x509_certificate(der).public_key()
    info = key.public_bytes(serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(info).digest()).decode()


def viewer_url(address: str, token: str) -> str:
    return f"https://{address}{VIEW_PATH}#{token}"


def _static(path: str) -> Response | None:
    found = _FILES.get(path)
    if found is None:
        return None
    name, content_type = found
    body = (resources.files(__package__) / "web" / name).read_bytes()
    headers = Headers([("Content-Type", content_type), ("Content-Length", str(len(body))),
                       ("Connection", "close"), *_SECURITY_HEADERS])
    return Response(200, "OK", headers, body)


def _not_found() -> Response:
    body = b"Not found.\n"
    return Response(404, "Not Found", Headers([
        ("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))),
        ("Connection", "close"), *_SECURITY_HEADERS]), body)


def _caption_line(line: dict) -> dict:
    return {"role": str(line.get("role") or ""), "label": str(line.get("label") or ""),
            "text": str(line.get("text") or "")}


@dataclass
class _State:
    """What every viewer should show now; each part numbered so a viewer sends only what
    changed since it last sent."""

    status: dict = field(default_factory=lambda: {"type": "status", "name": "",
                                                  "presenter": None})
    picture: ScreenPicture | None = None
    header: dict = field(default_factory=lambda: {"type": "idle", "reason": "start"})
    png: bytes | None = None  # sent after the header (none for idle and text captions)
    picture_version: int = 0
    pointer: dict = field(default_factory=lambda: {"type": "pointer", "x": None, "y": None})


class BrowserScreen:
    """A :class:`~courtdesk.casting.screen.ScreenSink` showing on every browser that opened
    the viewer page with the viewer key."""

    def __init__(self, token: str | None = None, *,
                 report: Callable[[dict], None] = lambda event: None) -> None:
        self.token = token or new_viewer_token()
        self.report = report
        self._state = _State()
        self._lock = threading.Lock()  # show() comes from a worker thread
        self._loop: asyncio.AbstractEventLoop | None = None
        self._viewers: set[asyncio.Event] = set()
        self._connections: set[ServerConnection] = set()
        self._ended = False

    @property
    def viewers(self) -> int:
        return len(self._viewers)

    # -- the screen sink -----------------------------------------------------------------
    def show(self, picture: ScreenPicture) -> None:
        if picture.kind == "captions" and picture.captions is not None:
            # Text, not the picture: each browser sets it to fit its own window.
            header = {"type": "captions", "presenter": picture.presenter, "seq": picture.seq,
                      **{part: [_caption_line(line) for line in
                                picture.captions.get(part) or []]
                         for part in ("lines", "forming")}}
            png = None
        else:
            header = {"type": "picture", "kind": picture.kind, "width": picture.width,
                      "height": picture.height, "presenter": picture.presenter,
                      "page": picture.page, "seq": picture.seq, "size": len(picture.png)}
            png = picture.png
        with self._lock:
            state = self._state
            state.picture, state.header, state.png = picture, header, png
            state.picture_version += 1
            # A new picture may show another part of the page: the pointer is placed anew.
            state.pointer = {"type": "pointer", "x": None, "y": None}
        self._wake_threadsafe()

    def overlay(self, message: dict) -> None:
        if message.get("type") != "pointer":
            return
        with self._lock:
            picture = self._state.picture
            at = None
            if picture is not None and message.get("x") is not None:
                at = picture.to_picture(float(message["x"]), float(message["y"]))
            # As fractions of the picture: the browser shows it at its own size.
            self._state.pointer = {"type": "pointer",
                                   "x": None if at is None else at[0] / picture.width,
                                   "y": None if at is None else at[1] / picture.height}
        self._wake_threadsafe()

    def status(self, status: ReceiverStatus) -> None:
        # Only the name and who presents: not the PIN, not the address, not the key.
        with self._lock:
            self._state.status = {"type": "status", "name": status.name,
                                  "presenter": status.presenter}
        self._wake_threadsafe()

    def clear(self, reason: str) -> None:
        with self._lock:
            state = self._state
            state.picture, state.header = None, {"type": "idle", "reason": reason}
            state.png = None
            state.picture_version += 1
            state.pointer = {"type": "pointer", "x": None, "y": None}
        self._wake_threadsafe()

    def _wake_threadsafe(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return  # no viewer yet: the first one reads the state when it comes
        try:
            if _running_loop() is loop:
                self._wake()
            else:
                loop.call_soon_threadsafe(self._wake)
        except RuntimeError:
            pass  # the loop is shutting down: there is no one left to show to

    def _wake(self) -> None:
        for dirty in self._viewers:
            dirty.set()

    # -- HTTP and viewers ----------------------------------------------------------------
    @staticmethod
    def http_response(request: Request) -> Response | None:
        """The page's files for a plain GET, "not found" for any other plain GET (a
        browser's favicon); None for a WebSocket: the viewers' or the receiver's own."""
        found = _static(request.path.split("?", 1)[0])
        if found is None and "websocket" not in request.headers.get("Upgrade", "").lower():
            return _not_found()
        return found

    async def serve_viewer(self, connection: ServerConnection) -> None:
        """One browser: check its key, then keep it showing the newest state until it
        goes."""
        self._loop = asyncio.get_running_loop()
        host, port = connection.remote_address[:2]
        peer = f"{host}:{port}"
        try:
            hello = json.loads(await asyncio.wait_for(connection.recv(), HELLO_TIMEOUT))
            token = hello.get("token") if isinstance(hello, dict) else None
        except (ConnectionClosed, TimeoutError, ValueError, TypeError):
            token = None
        if not isinstance(token, str) or not hmac.compare_digest(
                token.encode(), self.token.encode()):
            self.report({"event": "refused", "reason": "viewer_key", "peer": peer})
            await connection.close(CLOSE_REFUSED, "viewer key")
            return
        if self._ended:
            await connection.close(CLOSE_ENDED, "ended")
            return
        dirty = asyncio.Event()
        dirty.set()
        self._viewers.add(dirty)
        self._connections.add(connection)
        self.report({"event": "viewer_joined", "peer": peer, "viewers": self.viewers})
        sending = asyncio.create_task(self._keep_showing(connection, dirty))
        try:
            async for _ in connection:  # a viewer says nothing more; this ends when it goes
                pass
        except ConnectionClosed:
            pass
        finally:
            sending.cancel()
            self._viewers.discard(dirty)
            self._connections.discard(connection)
            self.report({"event": "viewer_left", "peer": peer, "viewers": self.viewers})

    async def _keep_showing(self, connection: ServerConnection, dirty: asyncio.Event) -> None:
        sent_status = sent_pointer = None
        sent_version = -1
        try:
            while True:
                await dirty.wait()
                dirty.clear()
                with self._lock:
                    state = self._state
                    status, header, version = state.status, state.header, state.picture_version
                    png = state.png
                    pointer = state.pointer
                if status != sent_status:
                    await connection.send(json.dumps(status, ensure_ascii=False))
                    sent_status = status
                if version != sent_version:
                    await connection.send(json.dumps(header, ensure_ascii=False))
                    if png is not None:
                        await connection.send(png)
                    sent_version, sent_pointer = version, None
                if pointer != sent_pointer:
                    await connection.send(json.dumps(pointer))
                    sent_pointer = pointer
                if self._ended:
                    await connection.close(CLOSE_ENDED, "ended")
                    return
        except ConnectionClosed:
            pass

    async def close(self, timeout: float = 2.0) -> None:
        """This screen ends for good (a sender stopped serving): every viewer is told so
        once it has been sent the newest state, and a browser that calls again is sent away."""
        self._ended = True
        self._wake()
        closed = [asyncio.ensure_future(connection.wait_closed())
                  for connection in list(self._connections)]
        if closed:
            await asyncio.wait(closed, timeout=timeout)

    # -- serving on a port of its own (a sender) -----------------------------------------
    async def serve(self, host: str, port: int, context: ssl.SSLContext,
                    ready: Callable[[int], None]) -> None:
        """Serve the page and its viewers until cancelled; ``ready(port)`` once listening."""
        self._loop = asyncio.get_running_loop()

        def http(connection: ServerConnection, request: Request) -> Response | None:
            if request.path.split("?", 1)[0] == SOCKET_PATH:
                return None
            return self.http_response(request) or _not_found()

        async with serve(self.serve_viewer, host, port, ssl=context, process_request=http,
                         compression=None, max_size=MAX_TEXT_FRAME, ping_interval=20,
                         server_header=None) as server:
            ready(server.sockets[0].getsockname()[1])
            await server.serve_forever()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
