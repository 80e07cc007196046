"""CLI commands of the speech pipeline: transcribe, hearing record/list/show/export, models."""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from pathlib import Path

from courtdesk.offline_cache.errors import CourtdeskError

from .cli_common import _print
from .config import load_config
from .profile import open_store


def _model(args, language: str | None = None):
    from courtdesk.speech.engine import SpeechModel
    from courtdesk.speech.models import find_model

    config = load_config()
    # The courtroom's hearing language unless the command names one (or a model folder).
    language = language or getattr(args, "language", None) or config.speech_language
    info = find_model(language, getattr(args, "model", None), config.model_paths)
    return SpeechModel.shared(Path(info.path), info.language or language or "ko")


def cmd_transcribe(args) -> int:
    from courtdesk.speech.transcribe import as_srt, as_text, parse_roles, transcribe_file

    missing = [path for path in args.files if not Path(path).is_file()]
    if missing:  # said before the model takes seconds to load
        raise CourtdeskError(f"No such audio file: {', '.join(missing)}.")
    model = _model(args)
    roles = parse_roles(args.roles)
    outputs = []
    for path in args.files:
        items = transcribe_file(path, model, roles)
        outputs.append((path, items))
    if args.json:
        print(json.dumps([{"file": str(p), "segments": [i.as_dict() for i in items]}
                          for p, items in outputs], ensure_ascii=False, indent=2))
    elif args.srt:
        print("\n".join(as_srt(items) for _, items in outputs), end="")
    else:
        for path, items in outputs:
            if len(outputs) > 1:
                print(f"== {path}")
            print(as_text(items) if items else "(no speech found)")
    return 0


def cmd_hearing_record(args) -> int:
    from .profile import ProfileLock, profile_dir

    # A recording holds the profile lock while it runs: a command started beside it sees a
    # live hearing, not a crashed one, and a second recorder on the profile is refused.
    lock = ProfileLock(profile_dir())
    lock.acquire()
    try:
        return _record_hearing(args)
    finally:
        lock.release()


def _record_hearing(args) -> int:
    from courtdesk.speech.session import HearingSession
    from courtdesk.speech.sources import DeviceSource, FileSource, PacedSource

    from .cli import _login
    from .hearings import HearingBook

    config = load_config()
    store = open_store(create=False, holds_lock=True)
    try:
        user = _login(args, store)
        book = HearingBook(store, user)
        book.cases.open_case(args.case)  # who may not see the case is told before any wait
        if args.roles:
            from courtdesk.speech.transcribe import parse_roles

            roles = parse_roles(args.roles)
        else:  # the machine config numbers mixer channels from 1
            roles = {ch - 1: role for ch, role in config.microphones.items()}
        if args.file:
            source = FileSource(args.file)
            if args.paced:
                source = PacedSource(source)
        else:
            device = args.device or config.audio_device or None
            # Record the channels that have a microphone mapped; one when nothing is mapped
            # (ALSA plugin devices claim 128 channels, which are not 128 microphones).
            channels = max(roles) + 1 if roles else 1
            source = DeviceSource(device, channels=channels)
        model = None if args.no_asr else _model(args)
        # Only now, with the microphone and the model there, does the hearing exist: a
        # start that fails leaves no empty hearing behind.
        if args.hearing:
            hearing = book.hearing_to_record(args.case, args.hearing)
        else:
            hearing = book.new_hearing(args.case, _setup_of(args, book),
                                       load_config().default_language)

        listen = _record_listener(args, hearing["id"])
        vocabulary = commands = None
        if model is not None:
            from courtdesk.speech.vocabulary import CaseVocabulary

            language = model.text_language if model.text_language in ("zh", "ko") else "zh"
            vocabulary = CaseVocabulary.from_case(book.cases.open_case(args.case).as_dict(),
                                                  language)
            if args.voice_commands:
                from courtdesk.speech.voice_commands import (
                    VoiceCommandRecognizer,
                    VoiceCommandsUnavailable,
                )

                try:
                    commands = VoiceCommandRecognizer(model.vosk_model, language,
                                                      source.sample_rate)
                except VoiceCommandsUnavailable as exc:
                    print(f"courtdesk: voice commands are off: {exc}", file=sys.stderr)
        # The live captions `cast captions` follows from another process (never for a
        # deliberation: the publisher refuses one).
        captions = None
        if model is not None:
            from courtdesk.casting.captions_feed import LiveCaptionsPublisher

            captions = LiveCaptionsPublisher.for_hearing(store, hearing)
        if captions is not None:
            listen = _listeners(listen, captions.listen)
        session = HearingSession(store, hearing["id"], source, model, roles, actor=user.actor,
                                 listener=listen, max_seconds=args.seconds,
                                 vocabulary=vocabulary, voice_commands=commands,
                                 pause_ms=config.pause_ms)
        _stop_on_signals(session)
        print(f"recording hearing {hearing['id']} ({hearing['title']}); Ctrl+C stops",
              file=sys.stderr, flush=True)
        session.start()
        while not session.wait_recorded(0.2):
            pass
        while not session.wait(0.2):
            pass
        if captions is not None:
            captions.close()
            captions.join(5)
        if session.error and not args.hearing and book.discard_unrecorded(hearing["id"]):
            print("courtdesk: nothing was recorded; the new hearing was not kept.",
                  file=sys.stderr)
        segments = book.transcript(hearing["id"]).segments()
        seconds = session.frames_seen / source.sample_rate
        unrecognized = session.recognition.unrecognized() if session.recognition else []
        summary = {"type": "summary", "hearing_id": hearing["id"], "segments": len(segments),
                   "seconds": seconds, "unrecognized": unrecognized,
                   "error": session.error.message if session.error else ""}
        if args.json:
            print(json.dumps(summary, ensure_ascii=False), flush=True)
        else:
            print(f"stopped: {len(segments)} segments, {seconds:.1f} s recorded", flush=True)
        return 1 if session.error else 0
    finally:
        store.close()


def _listeners(*listeners):
    def listen(event: dict) -> None:
        for listener in listeners:
            listener(event)

    return listen


def _stop_on_signals(session) -> None:
    """Ctrl+C stops the capture (recognition then catches up; a second Ctrl+C leaves it for
    later); SIGTERM stops both at once. Either way the recording is closed on disk."""
    interrupts = []

    def on_interrupt(*_) -> None:
        interrupts.append(1)
        if len(interrupts) == 1:
            session.stop()
            print("stopping; recognition finishes what is queued (Ctrl+C again leaves it for "
                  "later)", file=sys.stderr, flush=True)
        else:
            session.abandon_recognition()

    signal.signal(signal.SIGINT, on_interrupt)
    signal.signal(signal.SIGTERM, lambda *_: session.abandon_recognition())


# Events a person reading the CLI should see (besides segments, commands and errors).
_NOTICES = ("device", "recognizer", "drops")


def _record_listener(args, hearing_id: str):
    """One line per event: text for a person, or with --json one JSON object a line."""
    from courtdesk.speech.session import clock

    lock = threading.Lock()  # events come from several threads: whole lines only
    last_progress = [0.0]

    def say(line: str, err: bool = False) -> None:
        with lock:
            stream = sys.stderr if err else sys.stdout
            stream.write(line + "\n")
            stream.flush()

    def listen(event: dict) -> None:
        kind = event["type"]
        if args.json:
            if kind != "partial" and (kind != "progress" or args.progress):
                say(json.dumps(event, ensure_ascii=False, default=str))
            return
        if kind == "segment":
            seg = event["segment"]
            say(f"[{clock(seg['start_ms'])}] {seg['role'] or seg['channel']}: {seg['text']}")
        elif kind == "progress" and args.progress:
            say(f"captured {event['frames']} frames")
        elif kind == "command":
            say(f"voice command: {event['command']} ({event['phrase']})")
        elif kind == "error" or kind in _NOTICES:
            say(f"courtdesk: {event['message']}", err=True)
        elif kind == "recognition" and event["state"] == "catching_up":
            if time.monotonic() - last_progress[0] >= 5:  # a line every 5 s is enough to read
                last_progress[0] = time.monotonic()
                say(f"recognizing what is still queued: {event['remaining_ms'] / 1000:.0f} s "
                    "of audio left", err=True)
        elif kind == "recognition" and event["unrecognized"]:
            total = sum(g["end_ms"] - g["start_ms"] for g in event["unrecognized"]) / 1000
            say(f"courtdesk: {len(event['unrecognized'])} stretches ({total:.0f} s) were "
                "recorded but not recognized live; transcribe them from the recording with: "
                f"courtdesk hearing transcribe-gaps {hearing_id}", err=True)

    return listen


def _setup_of(args, book):
    """The new hearing the options describe (`hearing new` and `hearing record`)."""
    from .hearing_setup import Attendance, HearingSetup, SetupError

    session_type = args.type or ("deliberation" if getattr(args, "deliberation", False)
                                 else "trial")
    attendance = Attendance()
    if args.present is not None:
        parties = book.cases.open_case(args.case).parties
        attendance = Attendance.of_case(parties)
        if args.present.strip().lower() != "all":
            named = {n.strip() for n in args.present.replace("，", ",").split(",") if n.strip()}
            known = {p.name for p in attendance.people} | {
                a.name for p in attendance.people for a in p.agents}
            unknown = sorted(named - known)
            if unknown:
                raise SetupError(f"--present names {', '.join(unknown)}, who is no party or "
                                 f"lawyer of this case: name them with --other, or use one of "
                                 f"{', '.join(sorted(known)) or '(none)'}.")
            attendance.only(known - named)
    attendance.other = args.other or ""
    return HearingSetup(session_type=session_type, title=args.title or "",
                        place=args.room, scheduled_at=args.at or "", attendance=attendance)


def cmd_hearing_new(args) -> int:
    from .cli import _login
    from .hearings import HearingBook

    store = open_store(create=False)
    try:
        book = HearingBook(store, _login(args, store))
        # a value that cannot be used (SetupError) is a usage error, said as such
        hearing = book.new_hearing(args.case, _setup_of(args, book),
                                   load_config().default_language)
    finally:
        store.close()
    _print(args, hearing, f"{hearing['id']}  {hearing['scheduled_at']}  {hearing['title']}  "
                          f"[{hearing['session_type']}] {hearing['place']}")
    return 0


def _add_setup_options(p, what: str) -> None:
    from .hearing_setup import SESSION_TYPES

    p.add_argument("--title", help=f"the {what}'s title, as the record prints it (default: "
                                   "the session and its time, in the UI language)")
    p.add_argument("--type", choices=SESSION_TYPES,
                   help="the kind of session: it names the record (庭审笔录, 调解笔录...)")
    p.add_argument("--room", help="where it takes place (default: the machine config's court "
                                  "and courtroom)")
    p.add_argument("--at", help="scheduled time, e.g. 2026-12-08T09:00 (default: now)")
    p.add_argument("--present", help="who appeared (到庭情况): 'all', or party and lawyer "
                                     "names separated by commas; the others are recorded "
                                     "as absent")
    p.add_argument("--other", help="anyone else present, in your words (e.g. 证人张三到庭)")


def cmd_hearing_list(args) -> int:
    from .cli import _login
    from .hearings import HearingBook

    store = open_store(create=False)
    try:
        hearings = HearingBook(store, _login(args, store)).list_hearings(args.case)
    finally:
        store.close()
    _print(args, hearings, "\n".join(f"{h['id']}  {h['scheduled_at']}  {h['title']}  "
                                     f"[{h['kind']}, {h['status']}]" for h in hearings)
           or "No hearings.")
    return 0


def cmd_hearing_show(args) -> int:
    from courtdesk.speech.recorder import verify_recording
    from courtdesk.speech.session import clock

    from .cli import _login
    from .hearings import HearingBook

    store = open_store(create=False)
    try:
        book = HearingBook(store, _login(args, store))
        hearing = book.open(args.hearing_id)
        transcript = book.transcript(args.hearing_id)
        segments = transcript.segments()
        recordings = store.query("SELECT id, channel, speaker_role, state, frames, sample_rate, "
                                 "offset_ms FROM recordings WHERE hearing_id = ? ORDER BY "
                                 "offset_ms, channel", (args.hearing_id,))
        problems = [p.__dict__ for r in recordings for p in verify_recording(store, r["id"])]
        notes = transcript.notes()
        unrecognized = book.unrecognized(args.hearing_id)
    finally:
        store.close()
    data = {"hearing": hearing, "recordings": recordings, "segments": segments,
            "notes": notes, "problems": problems, "unrecognized": unrecognized}
    lines = [f"{hearing['title']}  [{hearing['kind']}, {hearing['status']}]"]
    lines += [f"  recording ch{r['channel']} {r['speaker_role']}: {r['state']}, "
              f"{r['frames'] / r['sample_rate']:.1f} s" for r in recordings]
    lines += [f"  [{clock(s['start_ms'])}] {s['speaker_role'] or s['channel']}: {s['text']}"
              for s in segments]
    lines += [f"  PROBLEM chunk {p['seq']} of {p['recording_id']}: {p['message']}"
              for p in problems]
    lines += [f"  NOT RECOGNIZED ch{g['channel']} {clock(g['start_ms'])}-{clock(g['end_ms'])} "
              f"({', '.join(g['reasons'])}): courtdesk hearing transcribe-gaps "
              f"{args.hearing_id}" for g in unrecognized]
    _print(args, data, "\n".join(lines))
    return 1 if problems else 0


def cmd_hearing_transcribe_gaps(args) -> int:
    from courtdesk.speech.session import clock

    from .cli import _login
    from .hearings import HearingBook

    store = open_store(create=False)
    try:
        book = HearingBook(store, _login(args, store))
        gaps = book.unrecognized(args.hearing_id)
        if not gaps:
            _print(args, {"hearing_id": args.hearing_id, "stretches": 0, "segments": []},
                   "Nothing to transcribe: every stretch of this hearing was recognized.")
            return 0
        model = _model(args)
        print(f"transcribing {len(gaps)} stretches "
              f"({sum(g['end_ms'] - g['start_ms'] for g in gaps) / 1000:.0f} s) from the "
              "recording", file=sys.stderr, flush=True)
        segments = book.transcribe_gaps(args.hearing_id, model)
    finally:
        store.close()
    _print(args, {"hearing_id": args.hearing_id, "stretches": len(gaps),
                  "segments": segments},
           "\n".join([f"[{clock(s['start_ms'])}] {s['speaker_role'] or s['channel']}: "
                      f"{s.get('edited_text') or s['asr_text']}" for s in segments]
                     + [f"transcribed {len(gaps)} stretches: {len(segments)} segments added"]))
    return 0


def cmd_hearing_export(args) -> int:
    from .cli import _login
    from .hearings import HearingBook

    targets = [(fmt, Path(path)) for fmt, path in (
        ("pdf", args.pdf), ("review_pdf", args.review_pdf), ("txt", args.txt),
        ("srt", args.srt)) if path]
    if not targets:
        raise CourtdeskError("Say where to write the record: --pdf OUT (the official copy), "
                             "--review-pdf OUT (with times and edit marks), --txt OUT or "
                             "--srt OUT.")
    if any(fmt.endswith("pdf") for fmt, _ in targets):
        from courtdesk.speech.record_export import typeface_warning

        if warning := typeface_warning(args.language):
            print(f"courtdesk: {warning}", file=sys.stderr)
    store = open_store(create=False)
    try:
        book = HearingBook(store, _login(args, store))
        for fmt, path in targets:
            count = book.export(args.hearing_id, path, fmt, args.language)
            print(f"wrote {path} ({count} {'pages' if fmt.endswith('pdf') else 'lines'})")
    finally:
        store.close()
    return 0


def cmd_models_list(args) -> int:
    from courtdesk.speech.models import language_name, list_models

    config = load_config()
    models = list_models(config.model_paths)
    lines = [f"{m.name}  [{m.language or '?'}]  {m.size_bytes / 1e6:.0f} MB  {m.origin}  {m.path}"
             for m in models]
    if config.speech_language:
        serving = [m.name for m in models if m.language == config.speech_language]
        lines.append(f"hearing language ({config.path}): {config.speech_language} "
                     f"({language_name(config.speech_language)}): "
                     + (f"served by {serving[0]}" if serving else "NO MODEL INSTALLED"))
    _print(args, [m.as_dict() for m in models], "\n".join(lines) or "No speech models installed.")
    return 0


def cmd_models_install(args) -> int:
    from courtdesk.speech.models import (
        install,
        language_name,
        machine_dir_writable,
        machine_models_dir,
        user_models_dir,
    )

    if args.this_user or not machine_dir_writable():
        # Only for this profile: its court IT account says so (the machine-wide folder is
        # guarded by the operating system: root or Administrator).
        from .cli_users import login_it_admin

        if not args.this_user:
            print(f"courtdesk: {machine_models_dir()} is not writable here, so the model can "
                  "only be installed for this user, by court IT logged in to this profile; run "
                  "as root (Windows: as Administrator) to install it for everyone on this PC.",
                  file=sys.stderr)
        store = open_store(create=False)
        try:
            login_it_admin(args, store)
        finally:
            store.close()
        root, origin, who = user_models_dir(), "user", "for this user only"
    else:
        root, origin, who = machine_models_dir(), "machine", "for everyone on this PC"
    started = time.monotonic()
    info, changed = install(Path(args.path), args.language or "", args.name or "", root=root,
                            origin=origin, replace=args.replace)
    seconds = time.monotonic() - started
    said = (f"installed {info.name} [{info.language}, {language_name(info.language)}] {who} at "
            f"{info.path} ({info.size_bytes / 1e6:.0f} MB, {seconds:.1f} s)" if changed else
            f"{info.name} [{info.language}] is already installed at {info.path} (the same "
            "files): nothing changed")
    _print(args, {**info.as_dict(), "changed": changed, "seconds": round(seconds, 2)}, said)
    return 0


def cmd_models_verify(args) -> int:
    from courtdesk.speech.models import list_models, verify

    results = [(m, verify(m)) for m in list_models(load_config().model_paths)]
    _print(args, [{"model": m.as_dict(), "problems": p} for m, p in results],
           "\n".join(f"{m.name}: " + ("ok" if not p else "; ".join(p)) for m, p in results)
           or "No speech models installed.")
    return 1 if any(p for _, p in results) else 0


def register(sub, add) -> None:
    p = add("transcribe", cmd_transcribe, "transcribe audio files (one speaker role a channel)")
    p.add_argument("files", nargs="+")
    p.add_argument("--model", help="a Vosk model folder (default: an installed model)")
    p.add_argument("--language", help="pick an installed model by language (ko, zh, en)")
    p.add_argument("--roles", help="speaker role per channel: 0=judge,1=plaintiff")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--txt", action="store_true", help="plain text (default)")
    form.add_argument("--srt", action="store_true", help="SubRip subtitles")

    hearing = sub.add_parser("hearing", help="record and manage hearings")
    hsub = hearing.add_subparsers(dest="hearing_command", required=True)
    p = add("record", cmd_hearing_record, "record a hearing with live transcription", hsub)
    p.add_argument("--case", required=True)
    p.add_argument("--hearing", help="an existing hearing (default: a new one for today)")
    p.add_argument("--deliberation", action="store_true", help="a confidential 合议 session")
    p.add_argument("--device", help="input device name (default: machine config or system)")
    p.add_argument("--file", help="record from an audio file instead of a device")
    p.add_argument("--paced", action="store_true", help="play --file at real-time speed")
    p.add_argument("--seconds", type=float, help="stop after this many seconds")
    p.add_argument("--roles", help="speaker role per channel: 0=judge,1=plaintiff")
    p.add_argument("--model")
    p.add_argument("--language")
    p.add_argument("--no-asr", action="store_true", help="record audio only")
    p.add_argument("--voice-commands", action="store_true",
                   help="listen on channel 0 for spoken commands (start, pause, mark...)")
    p.add_argument("--progress", action="store_true", help="print captured frame counts")
    _add_setup_options(p, "new hearing (without --hearing)")
    p = add("new", cmd_hearing_new, "set up a hearing: title, session type, room, time, "
            "who appeared", hsub)
    p.add_argument("--case", required=True)
    _add_setup_options(p, "hearing")
    p = add("list", cmd_hearing_list, "hearings of a case", hsub)
    p.add_argument("--case", required=True)
    p = add("show", cmd_hearing_show, "a hearing's recordings, segments and integrity", hsub)
    p.add_argument("hearing_id")
    p = add("transcribe-gaps", cmd_hearing_transcribe_gaps,
            "transcribe from the recording what was not recognized live", hsub)
    p.add_argument("hearing_id")
    p.add_argument("--model")
    p.add_argument("--language")
    p = add("export", cmd_hearing_export, "export the record (笔录)", hsub)
    p.add_argument("hearing_id")
    p.add_argument("--pdf", help="the official copy: no times, no edit marks")
    p.add_argument("--review-pdf", help="the review copy: each line's time and 改 where the "
                                        "recognizer's text was corrected, in the margin")
    p.add_argument("--txt")
    p.add_argument("--srt")
    p.add_argument("--language", default="zh_CN", choices=["zh_CN", "ko", "en"])

    models = sub.add_parser("models", help="speech models on this machine")
    msub = models.add_subparsers(dest="models_command", required=True)
    add("list", cmd_models_list, "list speech models", msub)
    p = add("install", cmd_models_install, "install a model from a zip file or folder", msub)
    p.add_argument("path")
    p.add_argument("--language", choices=["zh", "ko", "en"],
                   help="the hearing language it serves (default: from the name, e.g. "
                        "vosk-model-cn is zh)")
    p.add_argument("--name", help="the installed folder's name (default: the model's)")
    p.add_argument("--replace", action="store_true",
                   help="replace a different model installed under the same name")
    p.add_argument("--this-user", action="store_true",
                   help="install for this user only (default: for everyone when this "
                        "process may, i.e. as root or Administrator)")
    add("verify", cmd_models_verify, "check installed models' files", msub)



