"""CLI commands of casting: ``cast receive`` on the room screen's PC, ``cast send`` on the
presenter's, ``cast forget`` for a receiver whose certificate changed for a good reason.

``cast receive`` shows a full-screen window (name, address, PIN; then the page presented);
``--headless`` only writes the painted picture to a file, for scripts and tests.

``cast send`` presents until told to stop: it reads commands from standard input (a page
number, ``next``, ``prev``, ``view x0,y0,x1,y1``, ``zoom Z``, ``stop``; ``frame [N]`` sends
the page as pixels, the fallback the benchmark compares with), so a
script can drive it; end of input keeps the page on the screen until ``stop``, Ctrl-C or
SIGTERM. Pages count from 1 here, as printed on paper.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import signal
import socket
import sys
import threading
import time
from pathlib import Path

from .cli_common import _print, read_secret_file
from .profile import open_store, profile_dir


def _emit(args, event: dict, text: str | None) -> None:
    if args.json:
        print(json.dumps(event, ensure_ascii=False), flush=True)
    elif text:
        print(text, flush=True)


def _lan_address(bind: str) -> str:
    """The address to type on another PC: the one the default route leaves from."""
    if bind not in ("", "0.0.0.0", "::"):
        return bind
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # no packet is sent: UDP only picks a route
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def _screen(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) >= 64 and int(height) >= 64):
        raise ValueError(f"--screen is WIDTHxHEIGHT in pixels, e.g. 1920x1080, not {text!r}.")
    return int(width), int(height)


# -- receive ---------------------------------------------------------------------------------
def _receiver_text(event: dict) -> str | None:
    kind = event["event"]
    if kind == "ready":
        return (f"courtdesk receiver “{event['name']}” at {event['address']}"
                f"{'  (public screen)' if event['public'] else ''}\n"
                f"  PIN {event['pin']}   (new at each start)\n"
                f"  certificate {event['fingerprint_spaced']}"
                + (f"\n  browsers: {event['viewer_url']}   (Chromium on a display: "
                   f"--ignore-certificate-errors-spki-list={event['viewer_spki']})"
                   if event.get("viewer_url") else ""))
    if kind in ("viewer_joined", "viewer_left"):
        return (f"a browser {'opened' if kind == 'viewer_joined' else 'closed'} the viewer "
                f"({event['peer']}); {event['viewers']} watching")
    if kind == "paired":
        return f"{event['presenter']} is presenting (from {event['peer']})"
    if kind == "painted" and event["kind"] == "captions":
        said = [f"{line['label'] or line['role']}: {line['text']}"
                for line in event["lines"][-1:] + event["forming"]]
        return "captions: " + (" / ".join(said) or "(nobody has spoken yet)")
    if kind == "painted":
        what = (f"page {event['page']} of {event['doc'][:12]}…" if event["kind"] == "show"
                else "a picture")
        return (f"painted {what} ({event['width']}×{event['height']})"
                + (f" → {event['png']}" if event["png"] else ""))
    if kind == "refused":
        return f"refused {event['peer']}: {event['reason']}"
    if kind == "document":
        return (f"received document {event['doc'][:12]}… ({event['bytes']} bytes)" if
                event["ok"] else f"REFUSED document {event['doc'][:12]}…: its bytes hash to "
                f"{event['actual'][:12]}…")
    if kind == "announced":
        return (f"  announced on the LAN as “{event['service'].split('._courtdesk')[0]}” "
                f"({', '.join(event['addresses'])}): `courtdesk cast list` finds it")
    if kind == "announce_failed":
        return (f"  not announced on the LAN ({event['message']}): senders type the address")
    if kind == "cleared":
        return f"screen cleared ({event['reason']})"
    if kind == "error":
        return f"could not paint: {event['message']}"
    return None


def cmd_receive(args) -> int:
    from courtdesk.app.config import load_config
    from courtdesk.casting.errors import ReceiverCannotListen
    from courtdesk.casting.pairing import (
        PairingGuard,
        ReceiverIdentity,
        check_pin,
        new_pin,
        spaced,
    )
    from courtdesk.casting.receiver import CastReceiver

    # Court IT sets the room screen up once in the machine config; options win over it.
    configured = load_config().cast
    args.public = args.public or configured.public
    args.web = args.web or configured.web
    args.port = configured.port if args.port is None else args.port
    args.screen_index = (configured.screen_index if args.screen_index is None
                         else args.screen_index)
    name = args.name or configured.receiver_name or socket.gethostname()
    state = Path(args.state_dir) if args.state_dir else profile_dir() / "cast-receiver"
    identity = ReceiverIdentity.load_or_create(state, name)
    pin = check_pin(read_secret_file(args.pin_file)) if args.pin_file else new_pin()
    size = _screen(args.screen) if args.screen else None
    display = None
    if not args.headless:
        from courtdesk.ui.cast_receiver import ReceiverDisplay

        display = ReceiverDisplay(args.screen_index,
                                  args.language or load_config().default_language)
        size = size or display.size
    # The picture as a file: what --headless shows; beside the window only when asked for.
    screen_file = (None if display is not None and not args.cache else
                   (Path(args.cache) if args.cache else state / "screen") / "screen.png")

    def report(event: dict) -> None:
        _emit(args, event, _receiver_text(event))

    web = None
    if args.web or args.viewer_key_file:
        from courtdesk.casting.browser import BrowserScreen, check_viewer_token

        web = BrowserScreen(check_viewer_token(read_secret_file(args.viewer_key_file))
                            if args.viewer_key_file else None, report=report)
    receiver = CastReceiver(name, identity, pin, screen_file=screen_file,
                            screens=[display.sink] if display is not None else [],
                            screen=size or (1920, 1080), public=args.public,
                            guard=PairingGuard(lockout=args.lockout), report=report,
                            frame_log=Path(args.frame_log) if args.frame_log else None,
                            web=web, announce=args.announce)

    def ready(port: int) -> None:
        receiver.announce(f"{_lan_address(args.bind)}:{port}")
        event = {"event": "ready", "name": name, "address": receiver.address,
                 "port": port, "pin": pin, "public": args.public,
                 "fingerprint": identity.fingerprint,
                 "fingerprint_spaced": spaced(identity.fingerprint)}
        if web is not None:
            from courtdesk.casting.browser import spki_pin

            event.update(viewer_url=receiver.status().extra["viewer_url"],
                         viewer_spki=spki_pin(identity.der))
        report(event)

    async def serve() -> None:
        task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, task.cancel)
        try:
            await receiver.run(args.bind, args.port, ready)
        except asyncio.CancelledError:
            pass

    try:
        if display is not None:
            display.run(receiver, args.bind, args.port, ready)
        else:
            asyncio.run(serve())
    except OSError as exc:
        raise ReceiverCannotListen(
            f"This PC cannot listen for casts on {args.bind}:{args.port} ({exc.strerror or exc})"
            "; the screen shows nothing. Another program (or receiver) may use that port: "
            "stop it, or start with another --port.") from exc
    finally:
        if screen_file is not None:
            screen_file.unlink(missing_ok=True)  # nothing of a case stays on the room PC
    return 0


# -- send ------------------------------------------------------------------------------------
def _cast_document(book, target: str):
    """The document to present: a dossier document id, or a PDF file's path; with what
    the audit entry names and its page count."""
    from courtdesk.casting.sender import CastDocument
    from courtdesk.dossier.pdf_thread import on_pdf_thread

    path = Path(target)
    if path.is_file():
        data = path.read_bytes()

        def count() -> int:
            import pymupdf

            with pymupdf.open(stream=data, filetype="pdf") as doc:
                return doc.page_count

        digest = hashlib.sha256(data).hexdigest()
        return (CastDocument(digest, path.name, lambda: data, lambda page: []),
                ("file", digest), on_pdf_thread(count))
    row = book.document(target)
    return (CastDocument(row["blob_sha256"], row["title"],
                         lambda: book.files.pdf_bytes(row["blob_sha256"]),
                         lambda page: book.annotations(target, page),
                         lambda: book.ocr_char_lines(target)),
            ("documents", target), int(row["page_count"]))


def _stdin_lines(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    """Commands from standard input, read on a daemon thread (a blocked read must not
    keep the process alive after ``stop``)."""
    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line.strip())
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=read, name="cast-commands", daemon=True).start()


def _sender_text(event: dict) -> str | None:
    kind = event["event"]
    if kind == "painted":
        return f"on screen: {'page ' + str(event['page']) if event['page'] else 'picture'}"
    if kind == "receiver_error":
        return f"receiver: {event.get('reason')}"
    return None


async def _present(args, session, document, pages: int, audit) -> None:
    from courtdesk.casting.paint import paint_png
    from courtdesk.casting.protocol import castable_annotations

    queue: asyncio.Queue = asyncio.Queue()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):  # from the start: a log-out may come early
        loop.add_signal_handler(sig, queue.put_nowait, "stop")
    await session.connect()
    audit("cast.start", {"receiver": session.receiver_name, "address": args.to,
                         "fingerprint": session.fingerprint, "sha256": document.sha256,
                         "page": args.page, "public": session.public})
    _emit(args, {"event": "paired", "receiver": session.receiver_name, "address": args.to,
                 "fingerprint": session.fingerprint, "public": session.public},
          f"Presenting “{document.title}” on “{session.receiver_name}” ({args.to}). "
          "Type a page number, next, prev, view x0,y0,x1,y1, zoom Z, frame, or stop.")
    page, zoom, viewport = args.page - 1, args.zoom, None
    if not 0 <= page < pages:
        raise ValueError(f"There is no page {args.page}: the document has {pages} pages.")
    await session.show(document, page, zoom=zoom)
    _stdin_lines(loop, queue)
    while True:
        getting = asyncio.ensure_future(queue.get())
        done, _ = await asyncio.wait({getting, session.ended},
                                     return_when=asyncio.FIRST_COMPLETED)
        if getting not in done:
            getting.cancel()
            session.raise_failure()
            return
        command = getting.result()
        if command is None or not command:
            continue  # end of input: the page stays up until stop or a signal
        word, _, rest = command.partition(" ")
        word = word.lower()
        if word in ("stop", "quit"):
            return
        try:
            if (moved := _page_moved(word, rest, page, pages)) is not None:
                page = moved
            elif word == "zoom":
                zoom = float(rest)
            elif word == "pointer":
                await session.pointer(*_pointer_at(rest))
                continue
            elif word == "view":
                viewport = _viewport(rest)
            elif word == "frame":
                if rest.strip():
                    number = int(rest)
                    if not 1 <= number <= pages:
                        raise ValueError(f"no page {number} (1–{pages})")
                    page = number - 1
                shown = await session.castable(document)  # a public screen: redacted
                picture = await asyncio.to_thread(
                    paint_png, shown.load(), shown.sha256, page, screen=session.screen,
                    viewport=viewport, annotations=castable_annotations(
                        shown.annotations(page)))
                await session.send_pixels(picture.png)
                continue
            else:
                raise ValueError(f"unknown command {word!r}")
        except ValueError as exc:
            print(f"courtdesk: {exc}", file=sys.stderr, flush=True)
            continue
        await session.show(document, page, zoom=zoom, viewport=viewport)


def _page_moved(word: str, rest: str, page: int, pages: int) -> int | None:
    """The page (from 0) a page command — ``N``, ``page N``, ``next``/``n``, ``prev``/``p`` —
    moves to from ``page``; None when ``word`` is not a page command."""
    if word.isdigit() or word == "page":
        number = int(word if word.isdigit() else rest)
        if not 1 <= number <= pages:
            raise ValueError(f"no page {number} (1–{pages})")
        return number - 1
    if word in ("next", "n"):
        return min(page + 1, pages - 1)
    if word in ("prev", "p"):
        return max(page - 1, 0)
    return None


def _viewport(text: str) -> list[float] | None:
    """``view x0,y0,x1,y1`` in page points, or ``view`` alone for the whole page."""
    viewport = [float(v) for v in text.split(",")] if text.strip() else None
    if viewport is not None and len(viewport) != 4:
        raise ValueError("view x0,y0,x1,y1 in page points")
    return viewport


def _pointer_at(text: str) -> tuple[float | None, float | None]:
    """``pointer x,y`` in page points, or ``pointer`` alone to hide it."""
    if not text.strip():
        return None, None
    values = [float(v) for v in text.split(",")]
    if len(values) != 2:
        raise ValueError("pointer x,y in page points (or pointer alone to hide it)")
    return values[0], values[1]


async def _serve_browser(args, document, pages: int, presenter: str, audit) -> None:
    """``cast send --serve-browser``: no receiver; this PC paints the pages itself and
    serves them to browsers (a remote party's), which need the viewer key it prints."""
    from courtdesk.casting.browser import BrowserScreen, spki_pin, viewer_url
    from courtdesk.casting.paint import paint_png
    from courtdesk.casting.pairing import ReceiverIdentity
    from courtdesk.casting.protocol import castable_annotations
    from courtdesk.casting.screen import ReceiverStatus, ScreenPicture

    identity = ReceiverIdentity.load_or_create(profile_dir() / "cast-viewer",
                                               socket.gethostname())
    screen = BrowserScreen(report=lambda event: _emit(args, event, _receiver_text(event)))
    screen.status(ReceiverStatus(presenter, presenter=presenter))
    queue: asyncio.Queue = asyncio.Queue()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, queue.put_nowait, "stop")
    listening = loop.create_future()
    server = asyncio.create_task(screen.serve(args.web_bind, args.web_port,
                                              identity.server_context(),
                                              listening.set_result))
    done, _ = await asyncio.wait({server, listening}, return_when=asyncio.FIRST_COMPLETED)
    if server in done:
        from courtdesk.casting.errors import ReceiverCannotListen

        try:
            server.result()
        except OSError as exc:
            raise ReceiverCannotListen(
                f"This PC cannot serve browsers on {args.web_bind}:{args.web_port} "
                f"({exc.strerror or exc}); nothing is shown to anyone. Another program may "
                "use that port: stop it, or use another --web-port.") from exc
    address = f"{_lan_address(args.web_bind)}:{listening.result()}"
    audit("cast.start", {"receiver": "browsers", "address": address,
                         "sha256": document.sha256, "page": args.page, "public": False})
    _emit(args, {"event": "serving", "address": address,
                 "viewer_url": viewer_url(address, screen.token),
                 "viewer_spki": spki_pin(identity.der)},
          f"Showing “{document.title}” to browsers at {viewer_url(address, screen.token)}\n"
          f"  (the part after # is the viewer key: give it only to whom may watch)\n"
          "Type a page number, next, prev, view x0,y0,x1,y1, pointer x,y, or stop.")
    page, viewport = args.page - 1, None
    if not 0 <= page < pages:
        raise ValueError(f"There is no page {args.page}: the document has {pages} pages.")
    _stdin_lines(loop, queue)
    try:
        command = ""
        while True:
            if command != "pointer":
                painted = await asyncio.to_thread(
                    paint_png, document.load(), document.sha256, page, screen=(1920, 1080),
                    viewport=viewport, annotations=castable_annotations(
                        document.annotations(page)))
                await asyncio.to_thread(screen.show, ScreenPicture(
                    painted.png, painted.width, painted.height, "show", presenter,
                    document.sha256, page + 1, painted.clip, painted.zoom))
                _emit(args, {"event": "painted", "page": page + 1, "width": painted.width,
                             "height": painted.height, "viewers": screen.viewers,
                             "time": time.time()}, None)
            while True:
                line = await queue.get()
                if line is None or not line:
                    continue  # end of input: the page stays up until stop or a signal
                word, _, rest = line.partition(" ")
                word = command = word.lower()
                if word in ("stop", "quit"):
                    return
                try:
                    if (moved := _page_moved(word, rest, page, pages)) is not None:
                        page, viewport = moved, None
                    elif word == "view":
                        viewport = _viewport(rest)
                    elif word == "pointer":
                        x, y = _pointer_at(rest)
                        screen.overlay({"type": "pointer", "x": x, "y": y})
                    else:
                        raise ValueError(f"unknown command {word!r}")
                except ValueError as exc:
                    print(f"courtdesk: {exc}", file=sys.stderr, flush=True)
                    continue
                break
    finally:
        screen.clear("stopped")
        await screen.close()  # viewers show the idle page, and do not call again
        server.cancel()
        await asyncio.gather(server, return_exceptions=True)
        audit("cast.stop", {"receiver": "browsers", "address": address})
        _emit(args, {"event": "stopped"}, "Stopped: the browsers show nothing now.")


def cmd_send(args) -> int:
    from courtdesk.casting.errors import CastError
    from courtdesk.casting.pairing import check_pin
    from courtdesk.casting.sender import CastSession, KnownReceivers

    from .cli import _login
    from .dossier_book import DossierBook

    store = open_store(create=False)
    try:
        user = _login(args, store)  # first: nothing is read or checked before a login
        if args.serve_browser:
            if args.to or args.pin:
                raise ValueError("--serve-browser shows the document to browsers without a "
                                 "receiver: leave out --to and --pin (or cast to the "
                                 "receiver and let browsers open its viewer page).")
            book = DossierBook(store, user)
            document, (record_type, record_id), pages = _cast_document(book, args.doc)
            asyncio.run(_serve_browser(
                args, document, pages, user.display_name,
                lambda action, detail: store.audit(user.actor, action, record_type,
                                                   record_id, detail)))
            return 0
        if not args.to or not args.pin:
            raise ValueError("cast send needs --to HOST:PORT and --pin PIN (as the room "
                             "screen shows them), or --serve-browser.")
        pin = check_pin(args.pin)
        book = DossierBook(store, user)
        document, (record_type, record_id), pages = _cast_document(book, args.doc)

        def audit(action: str, detail: dict) -> None:
            store.audit(user.actor, action, record_type, record_id, detail)

        def event(item: dict) -> None:
            _emit(args, item, _sender_text(item))

        session = CastSession(args.to, pin, user.display_name,
                              KnownReceivers(profile_dir() / "cast-receivers.json"),
                              on_event=event, expected_fingerprint=args.fingerprint)

        async def run() -> None:
            try:
                await _present(args, session, document, pages, audit)
            finally:
                if session.paired:
                    await session.stop()
                    audit("cast.stop", {"receiver": session.receiver_name, "address": args.to,
                                        "bytes_sent": session.bytes_sent})
                    _emit(args, {"event": "stopped"}, "Stopped: the room screen is clear.")

        try:
            asyncio.run(run())
        except CastError as exc:
            if not session.paired:
                audit("cast.refused", {"address": args.to, "error": exc.code})
            raise
    finally:
        store.close()
    return 0


# -- screen ----------------------------------------------------------------------------------
async def _cast_screen(args, session, capture, audit) -> dict:
    from courtdesk.casting.errors import PublicPixels
    from courtdesk.casting.pixel_cast import PixelCastTally, cast_frames

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await session.connect()
    if session.public and not args.public_ok:
        # A document is redacted for a public screen; pixels cannot be. Nothing was shown.
        raise PublicPixels(
            f"“{session.receiver_name}” is a public screen, and a screen region cannot be "
            "redacted as a document is; nothing was shown. Cast the document itself, or "
            "check that the region shows no ID, phone or bank-card numbers and start again "
            "with --public-ok.")
    region = list(capture.region)
    audit("cast.start", {"receiver": session.receiver_name, "address": args.to,
                         "fingerprint": session.fingerprint, "kind": "screen",
                         "region": region, "fps": args.fps, "public": session.public})
    _emit(args, {"event": "paired", "receiver": session.receiver_name, "address": args.to,
                 "fingerprint": session.fingerprint, "public": session.public,
                 "region": region},
          f"Casting the screen region {','.join(map(str, region))} to "
          f"“{session.receiver_name}” ({args.to}), {args.fps:g} frames a second at most, "
          "only when it changes. Type status to see the counts, stop (or Ctrl-C) to end.")
    queue: asyncio.Queue = asyncio.Queue()
    _stdin_lines(loop, queue)
    tally = PixelCastTally()

    async def commands() -> None:
        while (line := await queue.get()) not in ("stop", "quit"):
            if line == "status":
                counts = tally.as_dict()
                _emit(args, {"event": "status", **counts},
                      f"{counts['frames']} pictures sent ({counts['bytes']} bytes), "
                      f"{counts['unchanged']} grabs unchanged, {counts['busy']} skipped "
                      "while the receiver painted")
            elif line:
                print(f"courtdesk: unknown command {line!r} (status, stop)", file=sys.stderr,
                      flush=True)
        stop.set()

    reading = asyncio.ensure_future(commands())
    ended = asyncio.ensure_future(session.ended)
    ended.add_done_callback(lambda _: stop.set())
    try:
        await cast_frames(session, capture.grab, fps=args.fps, stop=stop,
                          on_frame=lambda event: _emit(args, event, None), tally=tally)
    finally:
        reading.cancel()
    session.raise_failure()
    return tally.as_dict()


def cmd_screen(args) -> int:
    from courtdesk.casting.errors import CastError
    from courtdesk.casting.pairing import check_pin
    from courtdesk.casting.sender import CastSession, KnownReceivers

    from .cli import _login

    store = open_store(create=False)
    try:
        user = _login(args, store)  # first: nothing is captured before a login
        pin = check_pin(args.pin)
        from courtdesk.ui.screen_capture import ScreenRegionCapture, parse_region

        capture = ScreenRegionCapture(parse_region(args.region) if args.region else None)
        record_id = ",".join(map(str, capture.region))
        session = CastSession(args.to, pin, user.display_name,
                              KnownReceivers(profile_dir() / "cast-receivers.json"),
                              on_event=lambda item: _emit(args, item, None if item[
                                  "event"] == "painted" else _sender_text(item)),
                              expected_fingerprint=args.fingerprint)
        started = []

        def audit(action: str, detail: dict) -> None:
            started.append(action)
            store.audit(user.actor, action, "screen", record_id, detail)

        async def run() -> None:
            tally = {}
            try:
                tally = await _cast_screen(args, session, capture, audit)
            finally:
                if session.paired:
                    await session.stop()
                    if "cast.start" in started:
                        audit("cast.stop", {"receiver": session.receiver_name,
                                            "address": args.to,
                                            "bytes_sent": session.bytes_sent, **tally})
                    _emit(args, {"event": "stopped", **tally},
                          "Stopped: the room screen is clear.")

        try:
            asyncio.run(run())
        except CastError as exc:
            audit("cast.refused", {"address": args.to, "error": exc.code, "kind": "screen"})
            raise
    finally:
        store.close()
    return 0


# -- list ------------------------------------------------------------------------------------
def _found_rows(found: list, known) -> list[dict]:
    from courtdesk.casting.protocol import VERSION

    rows = []
    for receiver in found:
        remembered = known.fingerprint(receiver.address)
        paired = ("no" if remembered is None else "yes" if remembered == receiver.fingerprint
                  else "certificate_changed")
        rows.append({"name": receiver.name, "address": receiver.address,
                     "fingerprint": receiver.fingerprint, "public": receiver.public,
                     "protocol": receiver.protocol, "same_protocol": receiver.protocol == VERSION,
                     "paired": paired})
    return rows


def _print_found(rows: list[dict]) -> None:
    from courtdesk.casting.pairing import spaced

    for row in rows:
        notes = [n for n, on in (("public screen", row["public"]),
                                 ("paired before", row["paired"] == "yes"),
                                 ("CERTIFICATE DIFFERS from the one paired with: tell court IT",
                                  row["paired"] == "certificate_changed"),
                                 ("other protocol version: update courtdesk",
                                  not row["same_protocol"])) if on]
        print(f"{row['name']}   {row['address']}"
              + (f"   ({'; '.join(notes)})" if notes else ""), flush=True)
        print(f"    certificate {spaced(row['fingerprint'])}", flush=True)


NOBODY_ANSWERED = (
    "No receiver answered on this network within {timeout:g} s.\n"
    "mDNS (multicast) is often blocked on court networks, so a receiver may run and still "
    "not answer here. Type the address its screen shows instead:\n"
    "  courtdesk cast send DOC --to HOST:PORT --pin PIN")


def cmd_list(args) -> int:
    """The receivers that answer on the LAN, and whether this PC paired with each before;
    with --watch, the list again each time a receiver comes or goes."""
    from courtdesk.casting.discovery import DiscoveryUnavailable, ReceiverBrowser, browse
    from courtdesk.casting.sender import KnownReceivers

    if not 0 < args.timeout <= 60:
        raise ValueError("--timeout is in seconds, more than 0 and at most 60.")
    known = KnownReceivers(profile_dir() / "cast-receivers.json")
    try:
        if args.watch:
            return _watch(args, ReceiverBrowser, known)
        rows = _found_rows(browse(args.timeout), known)
    except DiscoveryUnavailable as exc:
        # Not a fault of courtdesk's: casting works as ever by the typed address.
        _emit(args, {"receivers": [], "unavailable": str(exc)},
              f"Cannot look for receivers: {exc}.\n" + NOBODY_ANSWERED.format(
                  timeout=args.timeout).split("\n", 1)[1])
        return 0
    if args.json:
        print(json.dumps({"receivers": rows, "timeout": args.timeout}, ensure_ascii=False))
    elif not rows:
        print(NOBODY_ANSWERED.format(timeout=args.timeout))
    else:
        _print_found(rows)
        print("Cast with the PIN the room screen shows (the certificate is checked before "
              "the PIN is used):\n  courtdesk cast send DOC --to ADDRESS --pin PIN "
              "--fingerprint 'CERTIFICATE'")
    return 0


def _watch(args, browser_class, known) -> int:
    import queue

    changes: queue.Queue = queue.Queue()
    signal.signal(signal.SIGTERM, lambda *_: changes.put(None))
    with browser_class(changes.put):
        if not args.json:
            print("Watching for receivers (Ctrl-C ends)…", flush=True)
        quiet_until = time.monotonic() + args.timeout  # then say why nothing may answer
        while True:
            try:
                found = changes.get(timeout=0.5)
            except queue.Empty:
                if quiet_until and time.monotonic() > quiet_until and not args.json:
                    print(NOBODY_ANSWERED.format(timeout=args.timeout), flush=True)
                    quiet_until = 0
                continue
            except KeyboardInterrupt:
                return 0
            if found is None:
                return 0
            quiet_until = 0
            rows = _found_rows(found, known)
            if args.json:
                print(json.dumps({"receivers": rows}, ensure_ascii=False), flush=True)
            else:
                print(f"— {len(rows)} receiver(s) —", flush=True)
                _print_found(rows)


def cmd_forget(args) -> int:
    from courtdesk.casting.sender import KnownReceivers, parse_address

    parse_address(args.address)
    found = KnownReceivers(profile_dir() / "cast-receivers.json").forget(args.address)
    _print(args, {"address": args.address, "forgotten": found},
           f"Forgot the receiver at {args.address}; the next cast pairs anew." if found
           else f"This PC has not paired with a receiver at {args.address}.")
    return 0


def register(sub, add) -> None:
    cast = sub.add_parser("cast", help="show dossier pages on a room screen over the LAN")
    csub = cast.add_subparsers(dest="cast_command", required=True)
    p = add("receive", cmd_receive, "be a room screen: show a PIN, paint what a paired "
            "presenter casts", csub)
    p.add_argument("--name", help="the name senders see (default: [cast] receiver_name of the "
                   "machine config, else this PC's host name)")
    p.add_argument("--public", action="store_true",
                   help="a screen the public sees (redaction applies); also [cast] public")
    p.add_argument("--port", type=int, default=None,
                   help="TCP port (0: any free one; default: [cast] port, 8765)")
    p.add_argument("--bind", default="0.0.0.0", help="address to listen on")
    p.add_argument("--pin-file", metavar="F", help="take the PIN from F (for tests) instead "
                   "of a new random one")
    p.add_argument("--screen", help="paint pages for this screen size WIDTHxHEIGHT "
                   "(default: the window's screen; 1920x1080 with --headless)")
    p.add_argument("--headless", action="store_true", help="no window: only write the "
                   "painted picture to a file (scripts, tests)")
    p.add_argument("--screen-index", type=int, default=None, metavar="N",
                   help="show the window full screen on monitor N (0: the first; default: "
                   "[cast] screen_index)")
    p.add_argument("--language", choices=["zh_CN", "ko", "en"], help="language of the "
                   "window (default: the one court IT set for this PC)")
    p.add_argument("--state-dir", help="where the receiver keeps its certificate")
    p.add_argument("--cache", help="folder of the painted screen picture (with a window: "
                   "written only when given)")
    p.add_argument("--frame-log", metavar="FILE", help="diagnostics: append every decrypted "
                   "frame senders send to FILE (holds case content: delete it after)")
    p.add_argument("--lockout", type=float, default=30.0, help=(
        "seconds without pairing after 5 wrong PINs (doubling each time)"))
    p.add_argument("--web", action="store_true", help="browsers may show this screen too: "
                   "serve the viewer page on the same port (needs the viewer key it prints)")
    p.add_argument("--viewer-key-file", metavar="F", help="with --web: the viewer key from F "
                   "(a display's fixed address) instead of a new random one at each start")
    p.add_argument("--no-announce", dest="announce", action="store_false",
                   help="do not announce this receiver on the LAN (mDNS); senders then type "
                   "its address")
    p = add("send", cmd_send, "present a dossier document (or a PDF) on a receiver", csub)
    p.add_argument("doc", metavar="DOC", help="dossier document id, or a PDF file's path")
    p.add_argument("--to", metavar="HOST:PORT", help="the receiver's address "
                   "as its screen shows it")
    p.add_argument("--pin", help="the 6 digits the receiver's screen shows")
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--zoom", type=float, default=1.0)
    p.add_argument("--serve-browser", action="store_true", help="no receiver: paint here "
                   "and serve the pages to browsers (e.g. a remote party's) by a viewer link")
    p.add_argument("--web-port", type=int, default=8766, help="with --serve-browser: TCP "
                   "port (0: any free one)")
    p.add_argument("--web-bind", default="0.0.0.0", help="with --serve-browser: address to "
                   "listen on")
    p.add_argument("--fingerprint", metavar="FP", help="the certificate fingerprint "
                   "`cast list` showed for that receiver: refuse before pairing if what "
                   "answers shows another")
    p = add("screen", cmd_screen, "cast a region of this PC's screen as pictures (another "
            "program's window): the fallback for what is not a document", csub)
    p.add_argument("--to", required=True, metavar="HOST:PORT", help="the receiver's address "
                   "as its screen shows it")
    p.add_argument("--pin", required=True, help="the 6 digits the receiver's screen shows")
    p.add_argument("--region", metavar="X,Y,W,H", help="the region in desktop pixels "
                   "(default: the whole primary screen)")
    p.add_argument("--fps", type=float, default=5.0, help="at most this many pictures a "
                   "second (one is sent only when the region changed)")
    p.add_argument("--fingerprint", metavar="FP", help="the certificate fingerprint "
                   "`cast list` showed for that receiver")
    p.add_argument("--public-ok", action="store_true", help="cast to a public screen too: "
                   "you checked the region shows no ID, phone or bank-card numbers")
    p = add("list", cmd_list, "list the receivers that answer on the LAN (mDNS)", csub)
    p.add_argument("--timeout", type=float, default=2.0, metavar="S",
                   help="seconds to wait for answers")
    p.add_argument("--watch", action="store_true", help="keep listing as receivers come "
                   "and go (a line per change with --json), until Ctrl-C")
    from .cli_captions import register as register_captions

    register_captions(csub, add)
    p = add("forget", cmd_forget, "forget a receiver's certificate (after court IT "
            "reinstalled that room PC)", csub)
    p.add_argument("address", metavar="HOST:PORT")
