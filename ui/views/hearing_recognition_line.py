"""The line under the toolbar after a stop: recognition catching up, or what it missed.

While a stopped recording's recognizers work through their backlog it shows how much audio
is left (the record can be exported once it is done); afterwards, if stretches were recorded
but not recognized live, it says so and offers to transcribe them from the recording.
:class:`RecognitionFollowUp` keeps it in step with the controller for the hearing shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

translate = QCoreApplication.translate


def audio_length(ms: int) -> str:
    """"1 min 23 s" / "45 s": an amount of audio, as a clerk reads it."""
    seconds = max(0, round(ms / 1000))
    if seconds < 60:
        return translate("HearingWorkspace", "%1 s").replace("%1", str(seconds))
    return (translate("HearingWorkspace", "%1 min %2 s").replace("%1", str(seconds // 60))
            .replace("%2", str(seconds % 60)))


class RecognitionLine(QFrame):
    transcribe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recognitionLine")
        self.setStyleSheet("QFrame#recognitionLine { background: #eef4fb; border: 1px solid "
                           "#c5d6ea; border-radius: 6px; }")
        self.mode = ""
        self.values: dict = {}
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setFixedHeight(10)
        self.label = QLabel()
        self.label.setObjectName("recognitionText")
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("transcribeGapsButton")
        self.button.clicked.connect(self.transcribe_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_catching_up(self, remaining_ms: int, fraction_done: float,
                         quitting: bool = False) -> None:
        self._set("catching_up", remaining_ms=remaining_ms, quitting=quitting)
        self.bar.setValue(int(1000 * fraction_done))

    def show_gaps(self, gaps: list[dict]) -> None:
        if not gaps:
            self.clear()
            return
        self._set("gaps", count=len(gaps),
                  total_ms=sum(g["end_ms"] - g["start_ms"] for g in gaps))

    def show_transcribing(self, done: int, total: int) -> None:
        self._set("transcribing", done=done, total=total)
        self.bar.setValue(int(1000 * done / total) if total else 0)

    def clear(self) -> None:
        self._set("")

    def _set(self, mode: str, **values) -> None:
        self.mode, self.values = mode, values
        self.bar.setVisible(mode in ("catching_up", "transcribing"))
        self.button.setVisible(mode == "gaps")
        self.setVisible(bool(mode))
        self.retranslate()

    def retranslate(self) -> None:
        v = self.values
        if self.mode == "catching_up":
            text = translate("HearingWorkspace",
                             "Speech recognition is finishing the recording: %1 of audio left. "
                             "The record can be exported when it is done.").replace(
                # An empty queue still has the block in hand to decode: never "0 s left".
                "%1", audio_length(max(v["remaining_ms"], 1000)))
            if v.get("quitting"):
                text += " " + translate("HearingWorkspace", "courtdesk closes when it is done.")
        elif self.mode == "gaps":
            text = (translate("HearingWorkspace",
                              "%1 stretches (%2 in all) were recorded but not recognized live. "
                              "Their audio is in the recording.")
                    .replace("%1", str(v["count"])).replace("%2", audio_length(v["total_ms"])))
        elif self.mode == "transcribing":
            text = (translate("HearingWorkspace", "Transcribing the missing parts from the "
                                                  "recording: %1 of %2 stretches done…")
                    .replace("%1", str(v["done"])).replace("%2", str(v["total"])))
        else:
            text = ""
        self.label.setText(text)
        self.button.setText(translate("HearingWorkspace", "Transcribe the missing parts"))


class RecognitionFollowUp(QObject):
    """The workspace's side of recognition after the stop: progress, missed parts, export."""

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.line: RecognitionLine = workspace.recognition_line
        c = workspace.controller
        c.recognition_changed.connect(self._recognition_changed)
        c.gaps.progress.connect(self._gaps_progress)
        c.gaps.finished.connect(self._gaps_transcribed)
        c.gaps.failed.connect(self._gaps_failed)
        self.line.transcribe_requested.connect(self.transcribe_gaps)

    def _shown(self, hearing_id: str) -> bool:
        return bool(self.ws.hearing) and self.ws.hearing["id"] == hearing_id

    def show_recognition(self, unrecognized: list[dict] | None = None) -> None:
        """The line of the hearing shown: its recognition catching up, else (when the hearing
        was just opened: ``unrecognized``) what it missed and may transcribe now."""
        hearing_id = self.ws.hearing["id"] if self.ws.hearing else ""
        run = self.ws.controller.stopped.for_hearing(hearing_id) if hearing_id else None
        if run is not None:
            self.line.show_catching_up(run.remaining_ms, run.fraction_done,
                                       self.ws.quit_guard.waiting)
        elif unrecognized and self.ws.may_run() \
                and hearing_id not in self.ws.controller.gaps.running:
            self.line.show_gaps(unrecognized)
        elif self.line.mode == "catching_up" or self.line.values.get("hearing_id") != hearing_id:
            self.line.clear()
        self.line.values["hearing_id"] = hearing_id

    def _recognition_changed(self, info: dict) -> None:
        c = self.ws.controller
        if info["state"] == "done" and c.state == "idle" and not c.stopped.catching_up:
            self.ws.alerts.settle()
        if self._shown(info["hearing_id"]):
            if info["state"] == "done":
                self.line.show_gaps(info.get("unrecognized") or [])
                self.line.values["hearing_id"] = info["hearing_id"]
                self.ws.refresh_rows()
            else:
                self.show_recognition()
        self.ws.update_actions()

    def transcribe_gaps(self) -> None:
        if self.ws.hearing and self.line.mode == "gaps" and self.ws.may_run():
            hearing_id = self.ws.hearing["id"]
            self.line.show_transcribing(0, self.line.values["count"])
            self.line.values["hearing_id"] = hearing_id
            self.ws.controller.transcribe_gaps(hearing_id)

    def _gaps_progress(self, hearing_id: str, done: int, total: int) -> None:
        if self._shown(hearing_id):
            self.line.show_transcribing(done, total)
            self.line.values["hearing_id"] = hearing_id

    def _gaps_transcribed(self, hearing_id: str, segments: list) -> None:
        if self._shown(hearing_id):
            self.line.clear()
            self.ws.refresh_rows()
        self.ws.notify(translate("HearingWorkspace", "%1 segments were added from the recording.")
                       .replace("%1", str(len(segments))))

    def _gaps_failed(self, exc: BaseException) -> None:
        self.line.clear()
        self.ws.show_error(exc)
