"""“Cast captions…” in the hearing workspace: the live transcript on a room screen.

The clerk types the address and the PIN the room screen shows; the dialog stays open,
busy, while the two pair, and says in place what went wrong (wrong PIN, nothing at that
address). Then the toolbar says where the captions go, and the same action stops them.
The recognizer's partials and final segments of the open hearing go straight to the
caster (ui/captions_cast.py). A deliberation offers no captions at all, and the core
refuses one anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from ..captions_cast import CaptionsCaster
from ..form_dialog import FormDialog
from ..messages import describe

translate = QCoreApplication.translate


class CaptionsCastDialog(FormDialog):
    """The receiver's address and PIN; ``cast_requested(address, pin)`` once both read."""

    cast_requested = Signal(str, str)

    def __init__(self, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionsCastDialog")
        self.address = QLineEdit(address)
        self.address.setObjectName("captionsAddress")
        self.address.setPlaceholderText("192.168.1.20:8765")
        self.pin = QLineEdit()
        self.pin.setObjectName("captionsPin")
        self.pin.setInputMask("999999;_")
        self.pin.setMaximumWidth(self.pin.fontMetrics().horizontalAdvance("0" * 12))
        self.add_field(self.address)
        self.add_field(self.pin)
        self.retranslate()

    def submit(self) -> None:
        from courtdesk.casting.pairing import check_pin
        from courtdesk.casting.sender import parse_address

        try:
            parse_address(self.address.text())
        except ValueError:
            self.show_error(self.tr("Type the address the room screen shows, e.g. "
                                    "192.168.1.20:8765."))
            self.address.setFocus()
            return
        try:
            check_pin(self.pin.text())
        except ValueError:
            self.show_error(self.tr("The PIN is the 6 digits the room screen shows."))
            self.pin.setFocus()
            return
        self.set_busy(True, self.tr("Pairing with the room screen…"))
        self.cast_requested.emit(self.address.text().strip(), self.pin.text())

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(describe(exc).as_plain())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cast captions"))
        self.heading.setText(self.tr("Live captions on a room screen"))
        self.explanation.setText(self.tr(
            "The live transcript of this hearing, with each speaker's role, in large type "
            "on the room screen or a remote party's display. Deliberations are never cast."))
        self.set_label(self.address, self.tr("Room screen address:"))
        self.set_label(self.pin, self.tr("PIN on the screen:"))
        self.ok_button.setText(self.tr("Cast captions"))


class HearingCaptions(QObject):
    """The workspace's captions action, its status in the toolbar, and the caster."""

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.caster = CaptionsCaster(workspace.session, self)
        self.dialog: CaptionsCastDialog | None = None
        self.last_address = ""
        self.action = QAction(workspace)
        self.action.setObjectName("castCaptionsAction")
        self.action.setIcon(workspace.style().standardIcon(
            QStyle.StandardPixmap.SP_ComputerIcon))
        self.action.triggered.connect(self.toggle)
        # In the header, beside the recording indicator: the toolbar is full in English
        # and Korean, and its » overflow would hide it. The icon says it; the tooltip names it.
        self.button = QToolButton()
        self.button.setObjectName("castCaptionsButton")
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        header = workspace.header
        at = header.indexOf(workspace.indicator)
        header.insertWidget(at, self.button)
        header.insertSpacing(at + 1, 8)
        # While captions go to a screen, a line under the toolbar says where, with Stop.
        self.status = QLabel()
        self.status.setObjectName("captionsStatus")
        self.status.setStyleSheet("color: #1b6e3a; font-weight: bold;")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopCaptionsButton")
        self.stop_button.clicked.connect(self.caster.stop)
        self.status_row = QWidget()
        self.status_row.setObjectName("captionsStatusRow")
        row = QHBoxLayout(self.status_row)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.status)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout = workspace.layout()
        layout.insertWidget(layout.indexOf(workspace.actions_.toolbar) + 1, self.status_row)
        self.status_row.hide()
        controller = workspace.controller
        controller.partial.connect(self._partial)
        controller.segment_added.connect(self._segment)
        self.caster.state_changed.connect(self._state_changed)
        self.caster.failed.connect(self._failed)

    def toggle(self) -> None:
        if self.caster.state == "idle":
            self.open_dialog()
        else:
            self.caster.stop()

    def open_dialog(self) -> CaptionsCastDialog | None:
        hearing = self.workspace.hearing
        if hearing is None:
            return None
        self.dialog = CaptionsCastDialog(self.last_address, self.workspace)
        self.dialog.cast_requested.connect(
            lambda address, pin, h=hearing: self._start(h, address, pin))
        self.dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog

    def _start(self, hearing: dict, address: str, pin: str) -> None:
        self.last_address = address
        self.caster.start(hearing, address, pin)

    def _partial(self, event: dict) -> None:
        if self._casting(self.workspace.controller.hearing_id):
            self.caster.feed({"type": "partial", **event})

    def _segment(self, segment: dict) -> None:
        if self._casting(segment.get("hearing_id", "")):
            self.caster.feed({"type": "segment", "segment": segment})

    def _casting(self, hearing_id: str) -> bool:
        return (self.caster.state != "idle" and self.caster.hearing is not None
                and self.caster.hearing["id"] == hearing_id)

    def _state_changed(self, state: dict) -> None:
        if state["state"] == "casting" and self.dialog is not None:
            self.dialog.accept()
        if state["state"] == "idle" and state.get("receiver"):
            self.workspace.notify(self.tr("Captions stopped: the room screen is clear."))
        self.update()

    def _failed(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.failed(exc)
        else:
            self.workspace.show_error(exc)

    def hearing_changed(self) -> None:
        """Another hearing was opened: the captions of the last one stop."""
        hearing = self.workspace.hearing
        if self.caster.state != "idle" and (hearing is None
                                            or hearing["id"] != self.caster.hearing["id"]):
            self.caster.stop()

    def update(self) -> None:
        hearing = self.workspace.hearing
        state = self.caster.state
        # Never offered for a deliberation (the core refuses one anyway).
        castable = (hearing is not None and hearing.get("kind") != "deliberation"
                    and not hearing.get("confidential") and self.workspace.may_run())
        self.action.setVisible(castable or state != "idle")
        self.action.setEnabled(state != "connecting" and (castable or state == "casting"))
        self.button.setVisible(self.action.isVisible())
        self.status_row.setVisible(state == "casting")
        self.retranslate()

    def shutdown(self) -> None:
        self.caster.shutdown()

    def retranslate(self) -> None:
        casting = self.caster.state == "casting"
        self.action.setText(self.tr("Stop captions") if casting else self.tr("Cast captions…"))
        self.action.setToolTip(
            self.tr("Clear the room screen of this hearing's captions") if casting else
            self.tr("Show this hearing's live transcript, with speakers' roles, on a room "
                    "screen"))
        self.status.setText(self.tr("Captions on “%1”").replace("%1", self.caster.receiver))
        self.stop_button.setText(self.tr("Stop captions"))
        if self.dialog is not None:
            self.dialog.retranslate()
