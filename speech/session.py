"""A live hearing: audio in, chunks to disk, recognizers per channel, segments to the store.

One thread reads the source, writes every block to the recorder first (what was captured
is never lost to a slow recognizer) and then offers each channel's audio to its recognizer
worker without ever waiting for it (speech/live_recognition.py). A worker writes each
finished utterance to the store the moment Vosk ends it (the store serializes writers), so
the clerk sees it without waiting for the next audio block.

Stopping has two ends: the capture closes at once (the recording and the hearing's state
are on disk within a second or two: "stopped"), while the recognizers finish their backlog
in the background ("recognition" catching_up ... done). Listeners get plain-dict events on
the session's threads; the GUI and the CLI listen the same way.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable

from courtdesk.offline_cache.errors import CourtdeskError, StoreFull
from courtdesk.offline_cache.store import LocalStore, utc_now

from .audio_drops import DropWatch
from .channel_worker import BACKLOG_SECONDS
from .endpoint import LIVE_SILENCE_MS
from .engine import ChannelRecognizer, Partial, SpeechModel, Utterance
from .errors import AudioDeviceError
from .live_recognition import LiveRecognition, RecognizerFactory, channel_label, clock
from .recorder import HearingRecorder
from .signal_watch import ChannelSignalWatch
from .sources import reblock
from .transcribe import DEFAULT_BLOCK_FRAMES
from .transcript import HearingTranscript

log = logging.getLogger(__name__)

Listener = Callable[[dict], None]

# After a stop, a device's audio already delivered is still written, for at most this long
# (a real-time microphone has a block or two queued; a faster source may have a minute).
STOP_DRAIN_S = 1.0
CATCHING_UP_EVERY_S = 0.5
ABANDON_WAIT_S = 1.2  # then "done" goes out without the recognizers still mid-block
COMMAND_BACKLOG = 400


class HearingSession:
    def __init__(self, store: LocalStore, hearing_id: str, source, model: SpeechModel | None,
                 roles: dict[int, str], *, actor: str, listener: Listener | None = None,
                 block_frames: int | None = None, max_seconds: float | None = None,
                 start_offset_ms: int = 0, vocabulary=None, voice_commands=None,
                 command_channel: int = 0,
                 recognizer_factory: RecognizerFactory | None = None,
                 pause_ms: int = LIVE_SILENCE_MS,
                 recognition_backlog_blocks: int | None = None) -> None:
        """``pause_ms``: end an utterance after that much quiet after speech (0: only at the
        decoder's own endpoints; the machine config's speech.pause_ms)."""
        if recognizer_factory is None:
            def recognizer_factory(m: SpeechModel, rate: int, channel: int) -> ChannelRecognizer:
                return ChannelRecognizer(m, rate, channel, end_after_silence_ms=pause_ms or None)
        self.store = store
        self.hearing_id = hearing_id
        self.source = source
        self.model = model
        self.roles = roles
        self.actor = actor
        self.listener = listener or (lambda event: None)
        # A live device's own blocks (0.1 s: a final can come no sooner than the block that
        # ends its pause); a file's 0.25 s.
        self.block_frames = block_frames or getattr(source, "block_frames", DEFAULT_BLOCK_FRAMES)
        self.max_seconds = max_seconds
        self.transcript = HearingTranscript(store, hearing_id, actor)
        self.start_offset_ms = start_offset_ms
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._recorded = threading.Event()
        self._abandoned_at = 0.0
        self._thread: threading.Thread | None = None
        self.recorder: HearingRecorder | None = None
        self.recognition = (LiveRecognition(store, hearing_id, model, roles, self._emit,
                                            self._sink_for,
                                            recognizer_factory=recognizer_factory,
                                            backlog_blocks=recognition_backlog_blocks or max(
                                                16, BACKLOG_SECONDS * source.sample_rate
                                                // self.block_frames))
                            if model is not None else None)
        self.frames_seen = 0
        self.error: CourtdeskError | None = None
        self.segments_written = 0
        self.vocabulary = vocabulary  # CaseVocabulary: sound-alike fixes of the case's names
        # A VoiceCommandRecognizer listening to one channel, even while paused (it must
        # hear "start recording"); it runs on its own worker like a channel recognizer.
        self.voice_commands = voice_commands
        self.command_channel = command_channel
        self._command_queue: queue.SimpleQueue | None = None
        self._device_lost_at: float | None = None
        self._signal_watch: ChannelSignalWatch | None = None
        self.reattach_every_s = 2.0
        self._command_thread: threading.Thread | None = None
        # A source with its own stop() ends its stream itself and hands over what it had
        # already captured; any other (a file) is simply left where it is.
        self._drains = callable(getattr(source, "stop", None))
        self._drops = DropWatch(source, self.recognition, roles)

    # -- control (any thread) ------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="hearing-session", daemon=True)
        self._thread.start()

    def pause(self) -> None:
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()

    def stop(self) -> None:
        """End the capture; never waits. Recognition of what is queued goes on."""
        self._stop.set()
        stopper = getattr(self.source, "stop", None)
        if stopper:
            stopper()

    def abandon_recognition(self) -> None:
        """Stop, and stop the recognizers too (quitting): what they did not reach is kept
        as unrecognized, to be transcribed from the recording later. Never waits."""
        self._abandoned_at = self._abandoned_at or time.monotonic()
        self.stop()
        if self.recognition is not None:
            self.recognition.abandon()

    def wait_recorded(self, timeout: float | None = None) -> bool:
        """Until the capture is closed (the "stopped" event has been sent)."""
        return self._recorded.wait(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """Until everything is finished, recognition included."""
        if self._thread:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    @property
    def position_ms(self) -> int:
        return self.start_offset_ms + self.frames_seen * 1000 // self.source.sample_rate

    @property
    def recognition_pending_ms(self) -> int:
        return self.recognition.pending_ms if self.recognition is not None else 0

    # -- voice commands ------------------------------------------------------------------
    def _start_commands(self) -> None:
        if self.voice_commands is None:
            return
        commands = self._command_queue = queue.SimpleQueue()

        def listen() -> None:
            while (pcm := commands.get()) is not None:
                if not self._stop.is_set():  # after a stop, commands have nothing to act on
                    for command in self.voice_commands.accept(pcm):
                        self._on_command(command)
            if not self._stop.is_set():
                for command in self.voice_commands.finish():
                    self._on_command(command)

        self._command_thread = threading.Thread(target=listen, daemon=True, name="voice-commands")
        self._command_thread.start()

    def _offer_command_audio(self, block) -> None:
        # Bounded and never waiting: a command heard a minute late is no command.
        if self._command_queue.qsize() < COMMAND_BACKLOG:
            self._command_queue.put(block.channel_bytes(self.command_channel))

    def _end_commands(self) -> None:
        if self._command_queue is not None:
            self._command_queue.put(None)

    def _on_command(self, command) -> None:
        self._emit({"type": "command", "command": command.command, "phrase": command.phrase,
                    "confidence": command.confidence})
        if command.command == "pause_recording":
            self.pause()
        elif command.command == "start_recording":
            self.resume()
        elif command.command == "stop_recording":
            self.stop()
        elif command.command == "mark":
            try:
                self.transcript.add_note(self.position_ms, "语音标记")
            except CourtdeskError as exc:
                self._emit({"type": "error", "code": exc.code, "message": exc.message})
        # next_page / previous_page are for the dossier view: the event above carries them.

    # -- the session thread --------------------------------------------------------------
    def run(self) -> None:
        try:
            self._record()
        finally:
            self._recorded.set()
        self._finish_recognition()

    def _record(self) -> None:
        self._start_commands()
        self._emit({"type": "state", "state": "recording"})
        hearing = self.store.get("hearings", self.hearing_id) or {}
        values = {"id": self.hearing_id, "status": "in_progress"}
        if not hearing.get("started_at"):  # a continued hearing keeps its first start
            values["started_at"] = utc_now()
        self.store.save("hearings", values, actor=self.actor, action="hearing.start")
        try:
            while not self._consume():
                if not self._wait_for_device():
                    break
        except StoreFull as exc:
            self.error = exc
            self._emit({"type": "error", "code": exc.code, "message":
                        f"Disk full at {clock(self.position_ms)}: recording stopped. Everything "
                        "up to that moment is kept. Free space, then start again."})
        except CourtdeskError as exc:
            self.error = exc
            self._emit({"type": "error", "code": exc.code, "message": exc.message})
        except Exception as exc:  # e.g. a raw PortAudio failure: still say why it stopped
            log.exception("hearing session failed")
            self.error = CourtdeskError(
                f"Recording stopped because of an unexpected error ({exc}). Everything "
                "recorded up to then is kept.")
            self._emit({"type": "error", "code": "unexpected", "message": self.error.message})
        finally:
            self._end_commands()
            try:
                if self.recorder:
                    self._close_stretch("stopped" if self.error is None else "interrupted")
                status = "recorded" if self.error is None else "interrupted"
                self.store.save("hearings", {"id": self.hearing_id, "status": status,
                                             "ended_at": utc_now()}, actor=self.actor,
                                action="hearing.stop")
            except CourtdeskError as exc:  # the disk may still be full: say so, lose nothing
                log.error("closing the hearing failed: %s", exc)
                self.error = self.error or exc
            self._check_drops(force=True)
            self._emit({"type": "state", "state": "stopped",
                        "error": self.error.message if self.error else "",
                        "recognition_pending_ms": self.recognition_pending_ms})

    def _finish_recognition(self) -> None:
        """After the capture: the recognizers' backlog, with progress, then "done"."""
        last = 0.0
        while self.recognition is not None and not self.recognition.wait(0.2):
            now = time.monotonic()
            if self._abandoned_at and now - self._abandoned_at >= ABANDON_WAIT_S:
                self.recognition.give_up()
                break
            if now - last >= CATCHING_UP_EVERY_S:
                last = now
                self._emit({"type": "recognition", "state": "catching_up",
                            "remaining_ms": self.recognition.pending_ms})
        if self._command_thread is not None:  # a grammar: quick, and skipped after a stop
            self._command_thread.join()
        self._emit({"type": "recognition", "state": "done", "unrecognized":
                    self.recognition.unrecognized() if self.recognition is not None else []})

    def _consume(self) -> bool:
        """Record and recognize until the source ends or stop; False when the device is lost.

        Only a source that can reopen its device (``reattachable``) is waited for; any
        other failure ends the session with the error.
        """
        stream = self.source.blocks()
        blocks = reblock(stream, self.block_frames)
        drain_until = None
        try:
            for block in blocks:
                if self._device_lost_at is not None:
                    self._device_back(block.sample_rate)
                if self._stop.is_set():
                    if not self._drains:
                        return True
                    now = time.monotonic()
                    if drain_until is None:
                        drain_until = now + STOP_DRAIN_S
                    elif now > drain_until:
                        log.warning("stop: audio the device had delivered is left unwritten")
                        return True
                elif self._command_queue is not None:
                    self._offer_command_audio(block)
                if self._paused.is_set():
                    if self.recorder:
                        self._close_stretch("paused")
                    self.frames_seen += block.frames
                    continue
                if self.recorder is None:
                    self._open_stretch()
                self.recorder.write(block)
                self.frames_seen += block.frames
                self._watch_channels(block)
                if self.recognition is not None:
                    self.recognition.offer(block)
                self._emit({"type": "progress", "frames": self.frames_seen,
                            "position_ms": self.position_ms})
                self._check_drops()
                if self.max_seconds and self.frames_seen >= self.max_seconds * block.sample_rate:
                    return True
            return True
        except AudioDeviceError as exc:
            if not getattr(self.source, "reattachable", False) or self._stop.is_set():
                raise
            if self._device_lost_at is None:
                self._device_lost_at = time.monotonic()
                if self.recorder:
                    self._close_stretch("interrupted")
                roles = ", ".join(sorted(set(filter(None, self.roles.values())))) \
                    or "all channels"
                self._emit({"type": "device", "state": "lost", "code": "device_lost",
                            "position_ms": self.position_ms, "message":
                            f"{exc.message} Microphones affected: {roles}. Recording resumes by"
                            " itself when the device is back; everything before is kept."})
            return False
        finally:
            blocks.close()
            closer = getattr(stream, "close", None)  # a generator: its device closes now
            if closer:
                closer()

    def _watch_channels(self, block) -> None:
        if self._signal_watch is None or len(self._signal_watch.states) != block.channels:
            self._signal_watch = ChannelSignalWatch(block.channels, block.sample_rate)
        for channel, change in self._signal_watch.update(block.pcm):
            role = self.roles.get(channel, "")
            label = channel_label(channel, role)
            message = (f"Microphone on {label} has gone silent — check its cable. The other "
                       "channels keep recording." if change == "lost" else
                       f"Microphone on {label} is back.")
            self._emit({"type": "device", "state": change,
                        "code": "channel_silent" if change == "lost" else "channel_back",
                        "channel": channel, "role": role, "message": message,
                        "position_ms": self.position_ms})

    def _check_drops(self, force: bool = False) -> None:
        event = self._drops.check(force)
        if event is not None:
            self._emit(event)

    def _wait_for_device(self) -> bool:
        """Pause before reopening the device; False if the hearing was stopped meanwhile."""
        return not self._stop.wait(self.reattach_every_s)

    def _device_back(self, sample_rate: int) -> None:
        # The hearing's clock kept running while the microphone was away.
        gone_s = time.monotonic() - self._device_lost_at
        self.frames_seen += int(gone_s * sample_rate)
        self._device_lost_at = None
        self._emit({"type": "device", "state": "back", "code": "device_back",
                    "message": f"Microphone back after {gone_s:.0f} s; recording again.",
                    "position_ms": self.position_ms})

    def _open_stretch(self) -> None:
        offset = self.position_ms
        self.recorder = HearingRecorder(self.store, self.hearing_id, self.roles,
                                        self.source.sample_rate, self.source.channels,
                                        actor=self.actor, offset_ms=offset,
                                        source=getattr(self.source, "device_name", ""))
        if self.recognition is not None:
            self.recognition.open_stretch(self.source.sample_rate, self.source.channels,
                                          {c.channel: c.record_id for c in self.recorder.channels},
                                          offset)
        self._emit({"type": "state", "state": "recording"})

    def _close_stretch(self, state: str) -> None:
        recorder, self.recorder = self.recorder, None
        if self.recognition is not None:
            self.recognition.close_stretch()  # never waits: the backlog goes on behind
        recorder.stop(state)
        if state == "paused":
            self._emit({"type": "state", "state": "paused"})

    def _sink_for(self, record_ids: dict[int, str], offset_ms: int):
        """What a channel worker does with each event (it runs on the worker's thread)."""

        def sink(event: Utterance | Partial) -> None:
            role = self.roles.get(event.channel, "")
            if isinstance(event, Partial):
                self._emit({"type": "partial", "channel": event.channel, "role": role,
                            "text": event.text})
                return
            try:
                segment = self.transcript.add_utterance(event, role,
                                                        record_ids.get(event.channel, ""),
                                                        offset_ms=offset_ms,
                                                        vocabulary=self.vocabulary)
            except CourtdeskError as exc:  # e.g. disk full: the audio is still on disk
                self._emit({"type": "error", "code": exc.code, "message": exc.message})
                return
            self.segments_written += 1
            self._emit({"type": "segment", "segment": {
                "id": segment["id"], "channel": event.channel, "role": role,
                "start_ms": segment["start_ms"], "end_ms": segment["end_ms"],
                "text": segment.get("edited_text") or segment["asr_text"],
                "asr_text": segment["asr_text"],
                "corrections": json.loads(segment.get("corrections") or "[]"),
                "words": event.words_json()}})

        return sink

    def _emit(self, event: dict) -> None:
        try:
            self.listener(event)
        except Exception:  # a broken listener must not stop the recording
            log.exception("hearing listener failed on %s", event.get("type"))
