"""``courtdesk cast captions HEARING``: live captions of a hearing on a room screen.

The hearing is recorded by `courtdesk hearing record` or by the window, in another
process; that process keeps the newest captions in the local store (casting/
captions_feed.py), and this command follows them — final lines and the lines forming —
and casts each change to the receiver, at most five a second. Start it before or during
the recording; it runs until ``stop`` on standard input, Ctrl-C or SIGTERM, and then
clears the screen. When the recording ends the last lines stay up until then.

A deliberation (合议) is refused before anything is sent, and the refusal is audited.
"""

from __future__ import annotations

import asyncio
import signal

from .cli_cast import _emit, _stdin_lines
from .config import load_config
from .profile import open_store, profile_dir

FOLLOW_EVERY_S = 0.15  # how often the store is read for the recording's newest captions


def _caster_text(event: dict) -> str | None:
    kind = event["event"]
    if kind == "paired":
        return (f"Casting the captions of “{event['title']}” to “{event['receiver']}” "
                f"({event['address']}). Type stop (or Ctrl-C) to clear the screen.")
    if kind == "waiting":
        return "Waiting for the hearing's recording to start on this PC…"
    if kind == "recording_ended":
        return "The recording has ended; its last lines stay on the screen until stop."
    if kind == "receiver_error":
        return f"receiver: {event.get('reason')}"
    if kind == "stopped":
        return "Stopped: the room screen is clear."
    return None


async def _follow(args, session, store, hearing: dict, language: str, audit) -> None:
    from courtdesk.casting.captions import CaptionBoard, pump_captions
    from courtdesk.casting.captions_feed import read_live_captions

    def emit(event: dict) -> None:
        _emit(args, event, _caster_text(event))

    commands: asyncio.Queue = asyncio.Queue()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, commands.put_nowait, "stop")
    changed = asyncio.Event()
    board = CaptionBoard(hearing, on_change=changed.set)  # refuses a deliberation, again
    await session.connect()
    audit("cast.start", {"what": "captions", "receiver": session.receiver_name,
                         "address": args.to, "fingerprint": session.fingerprint,
                         "public": session.public, "language": language})
    emit({"event": "paired", "receiver": session.receiver_name, "address": args.to,
          "fingerprint": session.fingerprint, "public": session.public,
          "hearing_id": hearing["id"], "title": hearing["title"]})
    changed.set()  # the captions screen at once, empty until someone speaks
    pump = asyncio.create_task(pump_captions(
        board, lambda lines, forming: session.captions(lines, forming, language), changed))
    _stdin_lines(loop, commands)
    seen, said = None, set()
    try:
        while True:
            state = read_live_captions(store, hearing)  # one row: quick on this thread
            if state is None:
                if "waiting" not in said:
                    said.add("waiting")
                    emit({"event": "waiting", "hearing_id": hearing["id"]})
            elif state["seq"] != seen:
                seen = state["seq"]
                board.set(state["lines"], state["forming"])
                if state["ended"] and "ended" not in said:
                    said.add("ended")
                    emit({"event": "recording_ended", "hearing_id": hearing["id"]})
                elif not state["ended"]:
                    said.discard("ended")  # recording again (a continued hearing)
            getting = asyncio.ensure_future(commands.get())
            done, _ = await asyncio.wait({getting, session.ended, pump},
                                         timeout=FOLLOW_EVERY_S,
                                         return_when=asyncio.FIRST_COMPLETED)
            if getting not in done:
                getting.cancel()
            if pump in done:
                pump.result()  # the connection failed: say why
            if session.ended in done:
                session.raise_failure()
                return
            if getting in done and (getting.result() or "").lower() in ("stop", "quit"):
                return
    finally:
        pump.cancel()


def cmd_captions(args) -> int:
    from courtdesk.casting.captions import refuse_confidential
    from courtdesk.casting.errors import CaptionsRefused, CastError
    from courtdesk.casting.pairing import check_pin
    from courtdesk.casting.sender import CastSession, KnownReceivers

    from .cli import _login
    from .hearings import HearingBook

    store = open_store(create=False)
    try:
        user = _login(args, store)  # first: nothing is read or checked before a login
        pin = check_pin(args.pin)
        hearing = HearingBook(store, user).open(args.hearing)  # who may see it, checked

        def audit(action: str, detail: dict) -> None:
            store.audit(user.actor, action, "hearings", hearing["id"], detail)

        try:
            refuse_confidential(hearing)
        except CaptionsRefused as exc:
            audit("cast.refused", {"what": "captions", "address": args.to, "error": exc.code})
            raise
        language = args.language or load_config().default_language

        def event(item: dict) -> None:
            if item["event"] in ("captions_sent", "painted") and not args.json:
                return  # several a second: for scripts only
            _emit(args, item, _caster_text(item))

        session = CastSession(args.to, pin, user.display_name,
                              KnownReceivers(profile_dir() / "cast-receivers.json"),
                              on_event=event)

        async def run() -> None:
            try:
                await _follow(args, session, store, hearing, language, audit)
            finally:
                if session.paired:
                    await session.stop()
                    audit("cast.stop", {"what": "captions", "receiver": session.receiver_name,
                                        "address": args.to, "bytes_sent": session.bytes_sent})
                    _emit(args, {"event": "stopped"}, _caster_text({"event": "stopped"}))

        try:
            asyncio.run(run())
        except CastError as exc:
            if not session.paired:
                audit("cast.refused", {"what": "captions", "address": args.to,
                                       "error": exc.code})
            raise
    finally:
        store.close()
    return 0


def register(csub, add) -> None:
    p = add("captions", cmd_captions, "cast the live captions of a hearing being recorded "
            "on this PC (never a deliberation)", csub)
    p.add_argument("hearing", metavar="HEARING", help="the hearing's id (courtdesk hearing "
                   "list)")
    p.add_argument("--to", required=True, metavar="HOST:PORT", help="the receiver's address "
                   "as its screen shows it")
    p.add_argument("--pin", required=True, help="the 6 digits the receiver's screen shows")
    p.add_argument("--language", choices=["zh_CN", "ko", "en"],
                   help="how speakers' roles are named on the screen (default: the machine "
                        "config's language)")
