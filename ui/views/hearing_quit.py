"""Quitting while a hearing records or its recognition catches up: ask, then close cleanly.

Before the window closes it asks each workspace ``may_close(close_again)``. While the
microphones are on, the clerk chooses between stopping (then quitting) and recording on;
while a stopped recording's recognizers still work through their backlog, between waiting
for them and quitting now (they stop within 2 s; what they did not reach is kept as not
recognized, to be transcribed later from the recording). Nothing here waits on the GUI
thread: the guard answers "not yet" and calls ``close_again`` when the session's events
say it is time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from .hearing_recognition_line import audio_length

GRACE_MS = 3000  # after "stop and quit": a live backlog of a second or two is simply awaited
FORCE_MS = 5000  # after "quit now": recognizers stop within 2 s; close at the latest then


class QuitGuard(QObject):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.controller = workspace.controller
        # "", "after_stop", "grace", "after_recognition", "abandoning", "force"
        self.plan = ""
        self.close_again: Callable[[], None] | None = None
        self.dialog: QMessageBox | None = None
        self.controller.state_changed.connect(self._state_changed)
        self.controller.recognition_changed.connect(self._recognition_changed)

    @property
    def waiting(self) -> bool:
        """The window closes by itself once recognition is done (or abandoned)."""
        return self.plan in ("grace", "after_recognition", "abandoning")

    def may_close(self, close_again: Callable[[], None]) -> bool:
        self.close_again = close_again
        c = self.controller
        if self.plan == "force" or (c.state == "idle" and not c.stopped.catching_up):
            return True
        if self.dialog is not None and self.dialog.isVisible():
            return False
        if c.state in ("recording", "paused", "preparing"):
            self._ask_recording()
        elif c.state == "stopping":
            self.plan = self.plan or "after_stop"
        elif not self.waiting:
            self._ask_recognizing()
        return False

    # -- the questions ---------------------------------------------------------------------
    def _box(self, name: str, text: str, detail: str) -> QMessageBox:
        box = QMessageBox(self.ws.window())
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("courtdesk")
        box.setText(text)
        box.setInformativeText(detail)
        self.dialog = box
        return box

    def _ask_recording(self) -> None:
        box = self._box("quitWhileRecording", self.tr("A hearing is being recorded."),
                        self.tr("Stop the recording and quit? Everything recorded so far is "
                                "saved."))
        stop = box.addButton(self.tr("Stop recording and quit"),
                             QMessageBox.ButtonRole.AcceptRole)
        stop.setObjectName("stopAndQuit")
        keep = box.addButton(self.tr("Keep recording"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepRecording")
        box.setDefaultButton(keep)

        def answered(_result: int) -> None:
            if box.clickedButton() is stop:
                self.plan = "after_stop"
                self.controller.stop()

        box.finished.connect(answered)
        box.open()

    def _ask_recognizing(self) -> None:
        left = self.controller.stopped.remaining_ms
        box = self._box(
            "quitWhileRecognizing",
            self.tr("Speech recognition is still finishing the recording (%1 of audio left).")
            .replace("%1", audio_length(left)),
            self.tr("The audio and the text recognized so far are saved. If you quit now, the "
                    "rest can be transcribed later from the recording (“Transcribe the missing "
                    "parts”)."))
        wait = box.addButton(self.tr("Wait, then quit"), QMessageBox.ButtonRole.AcceptRole)
        wait.setObjectName("waitThenQuit")
        now = box.addButton(self.tr("Quit now"), QMessageBox.ButtonRole.DestructiveRole)
        now.setObjectName("quitNow")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelQuit")
        box.setDefaultButton(wait)

        def answered(_result: int) -> None:
            if box.clickedButton() is wait:
                self.plan = "after_recognition"
            elif box.clickedButton() is now:
                self.plan = "abandoning"
                self.controller.stopped.abandon()
                QTimer.singleShot(FORCE_MS, self._force)
            self.ws.follow_up.show_recognition()

        box.finished.connect(answered)
        box.open()

    # -- the session's events --------------------------------------------------------------
    def _state_changed(self, state: str) -> None:
        if state != "idle" or self.plan != "after_stop":
            return
        if not self.controller.stopped.catching_up:
            self._close()
            return
        self.plan = "grace"
        self.ws.follow_up.show_recognition()
        QTimer.singleShot(GRACE_MS, self._grace_over)

    def _grace_over(self) -> None:
        if self.plan == "grace" and self.controller.stopped.catching_up:
            self.plan = ""
            self._again()  # asks whether to wait for the rest or quit now

    def _recognition_changed(self, info: dict) -> None:
        if info["state"] == "done" and self.waiting and not self.controller.stopped.catching_up:
            self._close()

    def _force(self) -> None:
        if self.plan == "abandoning":
            self.plan = "force"
            self._again()

    def _close(self) -> None:
        self.plan = "force"
        self._again()

    def _again(self) -> None:
        if self.close_again is not None:
            self.close_again()
