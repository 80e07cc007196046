"""The sender: pairs with a receiver and presents by state.

A :class:`CastSession` connects over TLS, checks the receiver's certificate against the
one remembered from an earlier pairing, pairs with the PIN, then sends states (document
hash, page, zoom, viewport, shared annotations) and answers the receiver's requests for
a document's bytes. Annotations pass :func:`protocol.castable_annotations` on their way
out, so a private one cannot leave this PC whatever the caller hands in. A receiver that
says it is public (a screen the public sees) is sent the redacted copy of every document,
personal numbers removed as an export's redaction removes them: the original's bytes and
hash never leave this PC, whoever called.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from courtdesk.dossier import sensitive
from courtdesk.dossier.export import redacted_copy
from courtdesk.offline_cache.fsio import write_file_atomically

from . import errors
from .pairing import SenderPairing, fingerprint, sender_context, spaced
from .protocol import CHUNK, MAX_FRAME, castable_annotations, decode, encode

log = logging.getLogger(__name__)

# Seconds between keepalive pings and how long an answer may take. A room screen whose
# network silently went (a cable pulled, Wi-Fi gone) sends no close: without pings the
# presenter would read "Casting to …" for a long while. Two pings of a few bytes in 10 s
# cost nothing; a lost screen is said within about 10 s.
KEEPALIVE = 5.0


@dataclass
class CastDocument:
    """What a sender can present: a PDF known by its SHA-256, and its annotations."""

    sha256: str
    title: str
    load: Callable[[], bytes]
    annotations: Callable[[int], list[dict]]  # rows of a page, any visibility
    # The OCR text of scanned pages by page index (where redaction finds a scan's numbers).
    ocr_lines: Callable[[], dict] = lambda: {}


def parse_address(text: str) -> tuple[str, int]:
    host, sep, port = text.strip().rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text!r} is not an address: write HOST:PORT as the room screen "
                         "shows it, e.g. 192.168.1.20:8765.")
    return host, int(port)


def _masked(rows: list[dict]) -> list[dict]:
    """Annotation rows with the personal numbers in their text blacked out."""
    return [{**row, "text": sensitive.mask(row["text"])} if row.get("text") else row
            for row in rows]


class KnownReceivers:
    """Receivers this PC has paired with, by address, and their certificate fingerprints
    (like SSH's known hosts): a receiver that later shows another certificate is refused."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def entries(self) -> dict[str, dict]:
        """address -> {"fingerprint", "name", "paired_at"}: every receiver paired with."""
        return self._read()

    def fingerprint(self, address: str) -> str | None:
        return (self._read().get(address) or {}).get("fingerprint")

    def remember(self, address: str, fp: str, name: str) -> None:
        data = self._read()
        data[address] = {"fingerprint": fp, "name": name, "paired_at": time.time()}
        write_file_atomically(self.path, json.dumps(data, ensure_ascii=False,
                                                    indent=1).encode())

    def forget(self, address: str) -> bool:
        data = self._read()
        found = data.pop(address, None) is not None
        if found:
            write_file_atomically(self.path, json.dumps(data, ensure_ascii=False,
                                                        indent=1).encode())
        return found


_REFUSALS = {
    "wrong_pin": (errors.PinRefused, "The receiver refused the PIN; nothing was shown. "
                  "Type the 6 digits its screen shows now (they change at each start)."),
    "locked": (errors.PairingLocked, "The receiver takes no PIN for {retry_after} s after "
               "too many wrong ones; nothing was shown. Wait, then type the PIN again."),
    "busy": (errors.ReceiverBusy, "{presenter} is presenting on that screen; nothing was "
             "shown. Ask them to stop, or use another receiver."),
    "version": (errors.ProtocolMismatch, "The receiver speaks another version of the cast "
                "protocol; nothing was shown. Update courtdesk on one of the two PCs."),
}


def _refusal(message: dict) -> errors.CastError:
    cls, text = _REFUSALS.get(message.get("reason"), (
        errors.CastError, "The receiver refused the connection ({reason})."))
    detail = {"retry_after": "?", "presenter": "Someone", "reason": "?", **message}
    return cls(text.format(**detail), **{k: v for k, v in message.items()
                                         if k in ("reason", "retry_after", "presenter")})


class CastSession:
    def __init__(self, address: str, pin: str, presenter: str, known: KnownReceivers, *,
                 on_event: Callable[[dict], None] = lambda event: None,
                 expected_fingerprint: str | None = None) -> None:
        self.address = address
        # What the receiver announced on the LAN (discovery.py), when it was found there.
        self.expected_fingerprint = (expected_fingerprint or "").replace(" ", "").lower()
        self.host, self.port = parse_address(address)
        self.pin = pin
        self.presenter = presenter
        self.known = known
        self.on_event = on_event
        self.receiver_name = ""
        self.public = False
        self.screen = (1920, 1080)
        self.fingerprint = ""
        self._connection: ClientConnection | None = None
        self._documents: dict[str, CastDocument] = {}
        self._public_copies: dict[str, CastDocument] = {}  # original's hash -> redacted
        self._seq = 0
        self._sending = asyncio.Lock()  # a document's frames go out together
        self._painted: dict[int, asyncio.Future] = {}
        self._cleared = asyncio.Event()
        self._failure: errors.CastError | None = None
        self._reader: asyncio.Task | None = None
        self.bytes_sent = 0

    # -- connecting and pairing ------------------------------------------------------------
    async def connect(self, timeout: float = 15.0) -> None:
        try:
            self._connection = await connect(
                f"wss://{self.host}:{self.port}/", ssl=sender_context(), compression=None,
                max_size=MAX_FRAME, open_timeout=timeout, user_agent_header=None,
                ping_interval=KEEPALIVE, ping_timeout=KEEPALIVE)
        except (OSError, InvalidHandshake, TimeoutError) as exc:
            raise errors.ReceiverUnreachable(
                f"Nothing answers as a courtdesk receiver at {self.address} ({exc}); nothing "
                "was shown. Check the address on the room screen and that `courtdesk cast "
                "receive` runs there.") from exc
        der = self._connection.transport.get_extra_info("ssl_object").getpeercert(
            binary_form=True)
        self.fingerprint = fingerprint(der)
        remembered = self.known.fingerprint(self.address)
        if remembered and remembered != self.fingerprint:
            await self._connection.close()
            raise errors.CertificateChanged(
                f"The receiver at {self.address} shows another certificate than when this PC "
                f"paired with it (was {spaced(remembered)[:19]}…, now "
                f"{spaced(self.fingerprint)[:19]}…); nothing was sent. If court IT "
                "reinstalled that room PC, run `courtdesk cast forget "
                f"{self.address}` and pair again; otherwise tell court IT.")
        if self.expected_fingerprint and self.expected_fingerprint != self.fingerprint:
            # The announcement and this connection did not reach the same machine. Refused
            # before the PIN is used, so whatever answered does not get even one guess.
            await self._connection.close()
            raise errors.AnnouncementMismatch(
                f"The receiver found on the network announced the certificate "
                f"{spaced(self.expected_fingerprint)[:19]}…, but what answers at "
                f"{self.address} shows {spaced(self.fingerprint)[:19]}…; nothing was sent and "
                "the PIN was not used. Something on the network may pose as the room screen: "
                "type the address the room screen itself shows, or tell court IT.")
        try:
            await self._pair(timeout)
        except (ConnectionClosed, TimeoutError) as exc:
            raise errors.CastError(f"The receiver at {self.address} closed the connection "
                                   f"while pairing ({exc}); nothing was shown.") from exc
        self.known.remember(self.address, self.fingerprint, self.receiver_name)
        self._reader = asyncio.create_task(self._read())

    async def _pair(self, timeout: float) -> None:
        connection = self._connection
        pairing = SenderPairing(self.pin, self.fingerprint)
        await connection.send(encode("pair", presenter=self.presenter,
                                     spake=pairing.message.hex()))
        reply = decode(await asyncio.wait_for(connection.recv(), timeout))
        if reply["type"] == "refused":
            raise _refusal(reply)
        await connection.send(encode("confirm", mac=pairing.confirm(
            bytes.fromhex(reply["spake"]))))
        reply = decode(await asyncio.wait_for(connection.recv(), timeout))
        if reply["type"] == "refused":
            raise _refusal(reply)
        if reply["type"] != "paired" or not pairing.receiver_proved(str(reply.get("mac"))):
            await connection.close()
            raise errors.PinRefused(
                f"The screen at {self.address} could not prove it knows the PIN; nothing was "
                "shown. It may not be the receiver whose screen you read the PIN from.")
        self.receiver_name = str(reply.get("receiver", ""))
        self.public = bool(reply.get("public"))
        width, height = reply.get("screen") or (1920, 1080)
        self.screen = (int(width), int(height))

    # -- presenting ----------------------------------------------------------------------
    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    async def _send(self, *frames: str | bytes) -> None:
        self.raise_failure()
        async with self._sending:
            for frame in frames:
                await self._connection.send(frame)
                self.bytes_sent += len(frame.encode() if isinstance(frame, str) else frame)

    async def castable(self, document: CastDocument) -> CastDocument:
        """What this receiver may be shown of ``document``: the document itself, or on a
        public screen its redacted copy (made once per document and session)."""
        if not self.public:
            return document
        copy = self._public_copies.get(document.sha256)
        if copy is None:
            data, report = await asyncio.to_thread(redacted_copy, document.load(),
                                                   document.ocr_lines())
            if report.warnings:
                raise errors.RedactionIncomplete(
                    f"“{document.title}” was not shown on the public screen "
                    f"“{self.receiver_name}”: {'; '.join(report.warnings)}, so ID, phone and "
                    "bank-card numbers on it could still be read there. Run OCR on the "
                    "document in the dossier first, or cast to a screen that is not public.")
            copy = CastDocument(hashlib.sha256(data).hexdigest(), document.title,
                                lambda: data, lambda page: _masked(document.annotations(page)))
            self._public_copies[document.sha256] = copy
            self.on_event({"event": "redacted", "doc": copy.sha256,
                           "redactions": len(report.redactions)})
        return copy

    async def show(self, document: CastDocument, page_index: int, *, zoom: float = 1.0,
                   viewport: list[float] | None = None, rotate: int = 0) -> tuple[int, int]:
        """Send a state; returns its sequence number and the message's size in bytes."""
        document = await self.castable(document)
        self._documents[document.sha256] = document
        seq = self._next_seq()
        self._painted[seq] = asyncio.get_running_loop().create_future()
        message = encode("show", seq=seq, doc=document.sha256, page=page_index,
                         zoom=round(zoom, 3), viewport=viewport, rotate=rotate,
                         presenter=self.presenter,
                         annotations=castable_annotations(document.annotations(page_index)))
        await self._send(message)
        self.on_event({"event": "shown", "seq": seq, "doc": document.sha256,
                       "page": page_index + 1, "bytes": len(message.encode()),
                       "time": time.time()})
        return seq, len(message.encode())

    async def pointer(self, x: float | None, y: float | None) -> None:
        """The presenter's pointer on the page shown (PDF points), or None to hide it.
        Not numbered and never answered: only the newest position matters."""
        await self._send(encode("pointer", x=None if x is None else round(x, 1),
                                y=None if y is None else round(y, 1)))

    async def captions(self, lines: list, forming: list, language: str = "zh_CN") -> int:
        """Live captions (casting/captions.py's CaptionLine values): the last final lines
        and the lines forming, each with its role and the record's name for the role in
        ``language``. Returns the sequence number; only the newest state is painted."""
        seq = self._next_seq()
        self._painted[seq] = asyncio.get_running_loop().create_future()
        message = encode("captions", seq=seq, language=language,
                         lines=[line.as_dict(language) for line in lines],
                         forming=[line.as_dict(language) for line in forming])
        await self._send(message)
        self.on_event({"event": "captions_sent", "seq": seq, "lines": len(lines),
                       "forming": len(forming), "bytes": len(message.encode()),
                       "time": time.time()})
        return seq

    async def send_pixels(self, png: bytes) -> tuple[int, int]:
        """Pixel fallback: a picture instead of a state."""
        seq = self._next_seq()
        self._painted[seq] = asyncio.get_running_loop().create_future()
        header = encode("frame", seq=seq, size=len(png), format="png")
        await self._send(header, png)
        size = len(header.encode()) + len(png)
        self.on_event({"event": "shown", "seq": seq, "kind": "pixels", "bytes": size,
                       "time": time.time()})
        return seq, size

    async def wait_painted(self, seq: int, timeout: float = 30.0) -> dict:
        future = self._painted.get(seq)
        if future is None:
            raise KeyError(seq)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        finally:
            self.raise_failure()

    async def stop(self, timeout: float = 10.0) -> None:
        """Stop presenting: the receiver clears its screen; returns once it has."""
        if self._connection is None:
            return
        if self._failure is not None or self._reader is None or self._reader.done():
            await self.close()
            return
        try:
            await self._send(encode("stop"))
            await asyncio.wait_for(self._cleared.wait(), timeout)
        except ConnectionClosed:
            pass  # gone already: a receiver clears when its presenter goes
        finally:
            await self.close()

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        if self._connection is not None:
            await self._connection.close()

    @property
    def paired(self) -> bool:
        return self._reader is not None

    @property
    def ended(self) -> asyncio.Task:
        """Done when the receiver's side of the connection has ended."""
        assert self._reader is not None
        return self._reader

    def raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _fail(self, failure: errors.CastError) -> None:
        if self._failure is None and self._connection is not None:
            # Nothing more is shown after a failure: the receiver clears as it goes.
            self._closing = asyncio.ensure_future(self._connection.close())
        self._failure = failure
        for future in self._painted.values():
            if not future.done():
                future.set_exception(failure)

    async def _read(self) -> None:
        connection = self._connection
        try:
            async for frame in connection:
                message = decode(frame)
                kind = message["type"]
                if kind == "need":
                    await self._send_document(str(message["doc"]))
                elif kind == "painted":
                    seq = message.get("seq")
                    event = {"event": "painted", "seq": seq, "page": None if message.get(
                        "page") is None else message["page"] + 1, "time": time.time()}
                    self.on_event(event)
                    # Every earlier state is settled too: the receiver skipped them.
                    for number, future in self._painted.items():
                        if number <= seq and not future.done():
                            future.set_result(event)
                elif kind == "cleared":
                    self._cleared.set()
                elif kind == "error":
                    self.on_event({"event": "receiver_error", **message})
                    if message.get("reason") == "document_hash_mismatch":
                        self._fail(errors.DocumentRefused(
                            "The receiver refused the document: its bytes did not match its "
                            "SHA-256; nothing of it is shown. Stop and cast again; if it "
                            "happens again, tell court IT."))
                    elif message.get("seq") in self._painted:
                        future = self._painted[message["seq"]]
                        if not future.done():
                            future.set_exception(errors.CastError(
                                f"The receiver could not paint that ({message.get('reason')})."))
        except ConnectionClosed as exc:
            if not self._cleared.is_set():
                self._fail(errors.ConnectionLost(
                    f"The connection to the receiver at {self.address} ended ({exc}); its "
                    "screen clears itself. Cast again to go on."))

    async def _send_document(self, digest: str) -> None:
        document = self._documents.get(digest)
        if document is None:
            return
        data = document.load()
        frames = [encode("document", doc=digest, size=len(data))]
        frames += [data[i:i + CHUNK] for i in range(0, len(data), CHUNK)]
        await self._send(*frames)
        self.on_event({"event": "document_sent", "doc": digest, "bytes": len(data)})
