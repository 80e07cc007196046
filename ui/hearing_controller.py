"""Runs the recording of one hearing for the GUI.

Preparing a recording (the hearing row, the case vocabulary, the speech model of some
hundred MB, the input device) happens in background jobs; then a :class:`HearingSession`
runs on its own threads. Its listener is called on those threads, so all it does is emit
the signal of a :class:`SessionEventBridge`; the queued connection delivers each event on
the GUI thread, where this controller turns it into plain-data signals for the widgets.
"""

from __future__ import annotations

import logging
import time

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from courtdesk.app.hearings import HearingBook

from .hearing_preparation import (
    PreparedAudio,
    RecordingPlan,
    RoleTimeline,
    load_speech_model,
    microphone_roles,
    prepare_audio,
)
from .hearing_recognition import GapTranscriber, StoppedSessions
from .jobs import Queue
from .session import Session

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.2  # the clock needs no more; a fast file would flood the GUI queue
SESSION_QUEUE = "hearing-session"
# Quitting: the session's recognizers stop within 2 s of abandon_recognition(); the job
# that holds the runner's shutdown gives them this long to write what they have.
ABANDON_WAIT_S = 10.0
# Who speaks first on a microphone no map assigns: the presiding judge opens a hearing.
DEFAULT_SPEAKER = "presiding_judge"


class SessionEventBridge(QObject):
    """Lives on the GUI thread; the session's threads only emit its signal."""

    event = Signal(int, dict)  # which session (its serial number), the event


class HearingController(QObject):
    state_changed = Signal(str)  # idle, preparing, recording, paused, stopping
    recognition_changed = Signal(dict)  # after the stop: see StoppedSessions.changed
    recognizer_changed = Signal(dict)  # a recognizer failed / restarted (the session's event)
    drops_changed = Signal(dict)  # the session's "drops" event, with "microphones"
    position_changed = Signal(int)  # ms from the start of the hearing
    partial = Signal(dict)  # {"channel", "role", "text"}
    segment_added = Signal(dict)  # the session's "segment" event payload
    segment_updated = Signal(dict)  # a stored segment after a speaker fix
    command_heard = Signal(dict)
    device_changed = Signal(dict)  # a "device" event, with "microphones" {channel: role}
    failed = Signal(dict)  # {"code", "message"}: shown to the clerk, never dropped
    busy_changed = Signal(str)  # "model", "device" while preparing; "" when done
    model_ready = Signal(bool)  # loaded; the flag says whether voice commands can work
    hearing_started = Signal(dict)  # the hearing row being recorded (new ones too)
    finished = Signal(dict)  # {"hearing_id", "error"}: the capture is closed on disk

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.book = HearingBook(session.store, session.user)
        self.bridge = SessionEventBridge(self)
        self.bridge.event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self.state = "idle"
        self.session_state = ""  # the last state the session itself reported
        self.busy = ""
        self.hearing_session = None
        self.hearing_id = ""
        self._hearing_row: dict = {}
        self._serial = 0  # the last session's number; events of older ones still arrive
        self._serial_hearing = ""  # that session's hearing (the next may be preparing)
        self.stopped = StoppedSessions(self)  # sessions whose recognizers catch up
        self.stopped.changed.connect(self.recognition_changed)
        self.plan: RecordingPlan | None = None
        self.model = None
        self.voice_commands_available: bool | None = None
        self.position_ms = 0
        self.roles = microphone_roles(session.config)
        self.manual = RoleTimeline()
        # Without a microphone map nobody would be named: the clerk's choice decides, from
        # the first segment on, and starts on the one who opens the hearing.
        self.manual_role: str | None = None if self.roles else DEFAULT_SPEAKER
        self._model_job = None
        self._after_model = None  # what waits for the model (transcribing the missing parts)
        self._cancelled = False
        self.gaps = GapTranscriber(session, self.book, self)

    @property
    def running(self) -> bool:
        return self.state in ("recording", "paused")

    @property
    def has_microphone_map(self) -> bool:
        """The machine config names who speaks on which channel."""
        return bool(self.roles)

    def speakers(self) -> dict[int, str]:
        """Who is heard on each channel now: the live session's map, else the next one's."""
        if self.hearing_session is not None:
            return dict(self.hearing_session.roles)
        return {channel: self.manual_role or role
                for channel, role in (self.roles or {0: ""}).items()}

    @property
    def from_file(self) -> bool:
        return self.plan is not None and self.plan.audio_file is not None

    # -- the model -----------------------------------------------------------------------
    def load_model(self) -> None:
        """Load the model in the background so Start needs no wait; idempotent."""
        if self.model is not None or self._model_job is not None:
            return
        self._set_busy("model")
        config = self.session.config
        self._model_job = self.session.runner.submit(
            lambda: load_speech_model(config), queue=Queue.GENERAL, owner=self,
            on_done=self._model_loaded, on_error=self._model_failed, label="load speech model")

    def _model_loaded(self, result) -> None:
        self._model_job = None
        self.model, self.voice_commands_available = result
        if self.state == "idle":
            self._set_busy("")
        self.model_ready.emit(bool(self.voice_commands_available))
        then, self._after_model = self._after_model, None
        if then is not None:
            then()

    def _model_failed(self, exc: BaseException) -> None:
        self._model_job = None
        if self._after_model is not None:
            self._after_model = None
            self.gaps.failed.emit(exc)
        if self.state == "idle":
            self._set_busy("")
        self._report(exc)

    def transcribe_gaps(self, hearing_id: str) -> None:
        """Transcribe what the hearing recorded but did not recognize live (a job)."""
        if self.model is not None:
            self.gaps.start(hearing_id, self.model)
            return
        self._after_model = lambda: self.gaps.start(hearing_id, self.model)
        self.load_model()

    # -- control -------------------------------------------------------------------------
    def start(self, plan: RecordingPlan) -> None:
        if self.state != "idle":
            return
        self.plan = plan
        self._cancelled = False
        self._set_state("preparing")
        self._set_busy("device")
        book = self.book
        language = self.session.switcher.language or "zh_CN"  # a new hearing's title

        def prepare() -> dict:
            hearing = book.hearing_to_record(plan.case_id, plan.hearing_id or None, plan.kind,
                                             language)
            return {"hearing": hearing, "case": book.cases.open_case(plan.case_id).as_dict(),
                    "offset_ms": book.recorded_until(hearing["id"])}

        self.session.runner.submit(prepare, queue=Queue.STORE, owner=self,
                                   on_done=self._hearing_ready, on_error=self._prepare_failed,
                                   label="prepare hearing")

    def _hearing_ready(self, info: dict) -> None:
        self.hearing_id = info["hearing"]["id"]
        self._hearing_row = info["hearing"]
        self.position_ms = info["offset_ms"]
        self.hearing_started.emit(info["hearing"])
        self.session.store_changed.emit()
        if self._cancelled:
            self._idle()
            return
        self._set_busy("model" if self.model is None else "device")
        plan, config, model, roles = self.plan, self.session.config, self.model, self.roles
        self.session.runner.submit(
            lambda: prepare_audio(plan, config, model, info["case"], roles),
            queue=Queue.GENERAL, owner=self, label="prepare audio",
            on_done=lambda prepared: self._audio_ready(prepared, info["offset_ms"]),
            on_error=self._prepare_failed)

    def _audio_ready(self, prepared: PreparedAudio, offset_ms: int) -> None:
        from courtdesk.speech.session import HearingSession

        for problem in prepared.problems:
            self._report(problem)
        if prepared.model is not None and self.model is None:
            self.model = prepared.model
        if self._cancelled:
            self._idle()
            return
        channels = prepared.source.channels
        if self.manual_role:
            self.manual.switch(offset_ms, self.manual_role)
        roles = {ch: self.manual_role or self.roles.get(ch, "") for ch in range(channels)}
        self._serial += 1
        self._serial_hearing = self.hearing_id
        listener = self._listener(self._serial)
        if prepared.model is not None:
            # Live captions a `cast captions` in another process can follow (never those
            # of a deliberation: the publisher refuses one).
            from courtdesk.casting.captions_feed import LiveCaptionsPublisher

            captions = LiveCaptionsPublisher.for_hearing(self.session.store, self._hearing_row)
            if captions is not None:
                listener = _listeners(listener, captions.listen)
        self.hearing_session = HearingSession(
            self.session.store, self.hearing_id, prepared.source, prepared.model, roles,
            actor=self.session.user.actor, listener=listener,
            start_offset_ms=offset_ms, vocabulary=prepared.vocabulary,
            voice_commands=prepared.commands, pause_ms=self.session.config.pause_ms)
        self._set_busy("")
        self._set_state("recording")
        self.hearing_session.start()
        self._watch(self.hearing_session)

    def _watch(self, session) -> None:
        """Hold the job runner's shutdown until the session's threads are done with the store.

        Quitting (Ctrl+C, the flow closing) shuts the runner down before the store is
        closed; this job sees it, ends the capture and the recognizers (what they did not
        reach is kept as not recognized) and waits the two seconds that takes, so no
        session thread ever writes to a closed store.
        """
        runner = self.session.runner
        runner.add_queue(SESSION_QUEUE, threads=4)  # a live session and stopped ones

        def watch() -> None:
            while not session.wait(0.2):
                if runner.closing:
                    session.abandon_recognition()
                    if not session.wait(ABANDON_WAIT_S):
                        log.warning("hearing session still running after %.0f s",
                                    ABANDON_WAIT_S)
                    return

        runner.submit(watch, queue=SESSION_QUEUE, owner=self, label="hearing session")

    def _prepare_failed(self, exc: BaseException) -> None:
        self._report(exc)
        self._idle()

    def toggle_pause(self) -> None:
        if self.state == "recording":
            self.pause()
        elif self.state == "paused":
            self.resume()

    def pause(self) -> None:
        # A file is not paused: a paused session skips what it reads, and a file would
        # race through to its end.
        if self.hearing_session is not None and self.state == "recording" and not self.from_file:
            self.hearing_session.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.hearing_session is not None and self.state == "paused":
            self.hearing_session.resume()
            self._set_state("recording")

    def stop(self) -> None:
        if self.state == "preparing":
            self._cancelled = True  # the preparing jobs see it and start nothing
            self._set_state("stopping")
        elif self.hearing_session is not None and self.running:
            self.hearing_session.stop()
            self._set_state("stopping")

    def shutdown(self) -> None:
        """The window is closing: end every session; never waits on the GUI thread.

        The watch job of each session holds the job runner's shutdown (and so the store)
        until its threads are done.
        """
        session, self.hearing_session = self.hearing_session, None
        if session is not None:
            session.abandon_recognition()
        self.stopped.abandon()

    def set_manual_role(self, role: str | None) -> None:
        """Who speaks now on a single microphone; None gives the microphone map back."""
        if not role and not self.has_microphone_map:
            return  # no map to give back to: the speaker stays named
        self.manual_role = role or None
        self.manual.switch(self.position_ms, self.manual_role)
        session = self.hearing_session
        if session is not None:
            # The session reads its role map as each utterance ends: later ones get it.
            for channel in range(session.source.channels):
                session.roles[channel] = self.manual_role or self.roles.get(channel, "")

    # -- events from the session threads --------------------------------------------------
    def _listener(self, serial: int):
        bridge = self.bridge
        last_progress = [0.0]

        def listen(event: dict) -> None:  # on a session thread: no widgets, no Qt calls
            if event.get("type") == "progress":
                now = time.monotonic()
                if now - last_progress[0] < PROGRESS_INTERVAL_S:
                    return
                last_progress[0] = now
            if shiboken6.isValid(bridge):
                bridge.event.emit(serial, event)

        return listen

    @Slot(int, dict)
    def _on_event(self, serial: int, event: dict) -> None:
        kind = event.get("type")
        if serial != self._serial:  # a stopped session: its recognizers are catching up
            self._past_session_event(serial, kind, event)
        elif kind == "progress":
            self.position_ms = int(event.get("position_ms", self.position_ms))
            self.position_changed.emit(self.position_ms)
        elif kind == "partial":
            self.partial.emit(dict(event))
        elif kind == "segment":
            self._segment_arrived(dict(event["segment"]), self._serial_hearing)
        elif kind == "command":
            self.command_heard.emit(dict(event))
        elif kind == "error":
            self.failed.emit({"code": event.get("code", ""), "message": event.get("message", "")})
        elif kind == "state":
            self._state_event(event)
        elif kind == "device":
            self._device_event(dict(event))
        elif kind == "recognition":
            self._recognition_event(serial, event)
        elif kind == "recognizer":
            log.warning("hearing %s: %s", self.hearing_id, event.get("message", event))
            self.recognizer_changed.emit(dict(event))
        elif kind == "drops":
            log.warning("hearing %s: %s", self.hearing_id, event.get("message", event))
            self.drops_changed.emit({**event, "microphones": self.speakers()})

    def _past_session_event(self, serial: int, kind: str, event: dict) -> None:
        hearing_id = self.stopped.hearing_of(serial)
        if hearing_id is None:
            return
        if kind == "segment":
            self._segment_arrived(dict(event["segment"]), hearing_id)
        elif kind == "recognition":
            self._recognition_event(serial, event)
        elif kind == "recognizer":
            self.recognizer_changed.emit(dict(event))
        elif kind == "error":
            self.failed.emit({"code": event.get("code", ""), "message": event.get("message", "")})

    def _state_event(self, event: dict) -> None:
        state = self.session_state = event.get("state", "")
        if state == "stopped":
            # The capture is closed on disk: the clerk is back in control while the
            # recognizers finish what is queued (until the "done" event).
            self.stopped.add(self._serial, self.hearing_session, self.hearing_id,
                             int(event.get("recognition_pending_ms", 0)))
            self.hearing_session = None
            self._idle()
            self.session.store_changed.emit()
            self.finished.emit({"hearing_id": self.hearing_id, "error": event.get("error", "")})
        elif state in ("recording", "paused") and self.state != "stopping":
            self._set_state(state)

    def _recognition_event(self, serial: int, event: dict) -> None:
        if self.stopped.recognition_event(serial, event):
            self.session.store_changed.emit()

    def _device_event(self, event: dict) -> None:
        log.warning("hearing %s: %s", self.hearing_id, event.get("message", event))
        session = self.hearing_session
        event["microphones"] = dict(session.roles) if session is not None else dict(self.roles)
        event.setdefault("position_ms", self.position_ms)
        self.device_changed.emit(event)

    def _segment_arrived(self, segment: dict, hearing_id: str) -> None:
        # The session names the speaker when an utterance ends; it belongs to whoever was
        # speaking when it began (a switch often comes while the last words still decode).
        segment["hearing_id"] = hearing_id
        channel = int(segment.get("channel", 0))
        wanted = self.manual.role_at(int(segment["start_ms"])) or self.roles.get(channel, "")
        if wanted != (segment.get("role") or ""):
            segment["role"] = wanted
            self._fix_role(hearing_id, segment["id"], wanted)
        self.segment_added.emit(segment)

    def _fix_role(self, hearing_id: str, segment_id: str, role: str) -> None:
        book = self.book
        self.session.runner.submit(
            lambda: book.editable_transcript(hearing_id).edit(segment_id, role=role),
            queue=Queue.STORE, owner=self, on_done=self.segment_updated.emit,
            on_error=self._report, label="speaker of a segment")

    # -- state ---------------------------------------------------------------------------
    def _report(self, exc: BaseException) -> None:
        code = str(getattr(exc, "code", "") or "unexpected")
        self.failed.emit({"code": code, "message": str(exc)})

    def _idle(self) -> None:
        self._set_busy("")
        self._set_state("idle")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _set_busy(self, what: str) -> None:
        if what != self.busy:
            self.busy = what
            self.busy_changed.emit(what)


def _listeners(*listeners):
    def listen(event: dict) -> None:
        for listener in listeners:
            listener(event)

    return listen
