"""After the stop: a recording's recognition catching up, and the stretches it missed.

A stopped session's recognizers may still work through a backlog of queued audio while the
clerk is already back in control. :class:`RecognitionRun` keeps how much is left (from the
session's "recognition" events), so the workspace can show a progress line and hold the
export of the record until it is complete. :class:`GapTranscriber` transcribes what was
recorded but not recognized live, from the recording, after the hearing.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

GAPS_QUEUE = "hearing-gaps"


@dataclass
class RecognitionRun:
    session: object  # the stopped HearingSession
    hearing_id: str
    remaining_ms: int = 0  # audio still queued for the recognizers
    peak_ms: int = 0  # the most that was queued since the stop: the progress bar's length

    def progress(self, remaining_ms: int) -> None:
        self.remaining_ms = max(0, remaining_ms)
        self.peak_ms = max(self.peak_ms, self.remaining_ms)

    @property
    def fraction_done(self) -> float:
        return 1.0 - self.remaining_ms / self.peak_ms if self.peak_ms else 0.0


class StoppedSessions(QObject):
    """Stopped sessions whose recognizers still work through their backlog, by serial."""

    # {"hearing_id", "state": "catching_up", "remaining_ms", "peak_ms"} or
    # {"hearing_id", "state": "done", "unrecognized": [{"channel", "start_ms", "end_ms"}]}
    changed = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs: dict[int, RecognitionRun] = {}

    @property
    def catching_up(self) -> bool:
        return bool(self.runs)

    @property
    def remaining_ms(self) -> int:
        return sum(run.remaining_ms for run in self.runs.values())

    def hearing_of(self, serial: int) -> str | None:
        run = self.runs.get(serial)
        return run.hearing_id if run is not None else None

    def for_hearing(self, hearing_id: str) -> RecognitionRun | None:
        return next((r for r in self.runs.values() if r.hearing_id == hearing_id), None)

    def add(self, serial: int, session, hearing_id: str, pending_ms: int) -> None:
        """The session's capture is closed ("stopped"); its recognizers go on."""
        run = self.runs[serial] = RecognitionRun(session, hearing_id)
        run.progress(pending_ms)
        self._emit(run, "catching_up")

    def recognition_event(self, serial: int, event: dict) -> bool:
        """A "recognition" event; True when it was the session's last ("done")."""
        run = self.runs.get(serial)
        if run is None:
            return False
        if event.get("state") == "done":
            del self.runs[serial]
            self._emit(run, "done", list(event.get("unrecognized") or []))
            return True
        run.progress(int(event.get("remaining_ms", 0)))
        self._emit(run, "catching_up")
        return False

    def abandon(self) -> None:
        """Quit now: the recognizers stop within 2 s; their "done" events follow."""
        for run in self.runs.values():
            run.session.abandon_recognition()

    def _emit(self, run: RecognitionRun, state: str,
              unrecognized: list[dict] | None = None) -> None:
        info = {"hearing_id": run.hearing_id, "state": state, "remaining_ms": run.remaining_ms,
                "peak_ms": run.peak_ms}
        if unrecognized is not None:
            info["unrecognized"] = unrecognized
        self.changed.emit(info)


class GapProgressBridge(QObject):
    """Lives on the GUI thread; the transcription job's thread only emits its signal."""

    progress = Signal(str, int, int)  # hearing id, stretches done, of


class GapTranscriber(QObject):
    """Transcribes a hearing's stretches not recognized live, from its recording, as a job.

    The job runs on a queue of its own (minutes of CPU work must not hold the store queue);
    it writes through the store like the session's recognizers do.
    """

    progress = Signal(str, int, int)  # hearing id, done, total
    finished = Signal(str, list)  # hearing id, the segments added
    failed = Signal(object)  # the exception

    def __init__(self, session, book, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.book = book
        self.running: set[str] = set()
        self.bridge = GapProgressBridge(self)
        self.bridge.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)

    def start(self, hearing_id: str, model) -> None:
        if hearing_id in self.running:
            return
        self.running.add(hearing_id)
        runner, book, bridge = self.session.runner, self.book, self.bridge
        runner.add_queue(GAPS_QUEUE, threads=1)

        def report(done: int, total: int) -> None:  # on the job's thread
            if shiboken6.isValid(bridge):
                bridge.progress.emit(hearing_id, done, total)

        def done(segments: list) -> None:
            self.running.discard(hearing_id)
            self.session.store_changed.emit()
            self.finished.emit(hearing_id, list(segments))

        def failed(exc: BaseException) -> None:
            self.running.discard(hearing_id)
            self.failed.emit(exc)

        runner.submit(lambda: book.transcribe_gaps(hearing_id, model, progress=report),
                      queue=GAPS_QUEUE, owner=self, on_done=done, on_error=failed,
                      label="transcribe the missing parts")
