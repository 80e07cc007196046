"""Before the hearing: which microphone input, how loud each channel is, which speech model.

While no recording runs and the workspace is on screen, the chosen input is metered through
the same PortAudio path the recording uses (:class:`~courtdesk.speech.input_meter.
InputMeter`), so a dead microphone shows — in words, not only as an empty bar — before the
hearing starts. The meter is closed before a recording opens the device.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
)

from ..labels import speaker_role_label
from ..messages import ShownError, describe

translate = QCoreApplication.translate

METER_QUEUE = "audio-input"  # opening and listing devices, one at a time
POLL_MS = 100
LOW_DB = -60.0  # the bar's empty end

# A model's language in its own name: what the clerk hears in the room.
def speech_language_name(code: str) -> str:
    """The speech model's language, named in the UI's language (an English UI says
    "Korean", not "한국어")."""
    names = {"zh": translate("HearingWorkspace", "Mandarin"),
             "ko": translate("HearingWorkspace", "Korean"),
             "en": translate("HearingWorkspace", "English")}
    return names.get(code, code)


class MicrophonePanel(QFrame):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("microphonePanel")
        self.setStyleSheet("QFrame#microphonePanel { background: #f7f9fc; border: 1px solid "
                           "#d5dbe3; border-radius: 6px; }")
        self.session = session
        self.roles: dict[int, str] = {0: ""}
        self.devices: list[dict] = []
        self.meter = None
        # Why the input could not be opened, in the person's language (the English is logged).
        self.problem: ShownError | None = None
        # None: not known yet; "": no model; "!zh": models, but none for the hearing language
        self.model_language: str | None = None
        self._job = None
        self._wanted = False
        session.runner.add_queue(METER_QUEUE)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; color: #0b3d75;")
        self.choice = QComboBox()
        self.choice.setObjectName("microphoneChoice")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.activated.connect(lambda _i: self.restart())
        self.model_label = QLabel()
        self.model_label.setObjectName("speechModelLabel")
        self.status = QLabel()
        self.status.setObjectName("microphoneStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addWidget(self.choice)
        top.addSpacing(16)
        top.addWidget(self.model_label)
        top.addStretch(1)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[int, tuple[QLabel, QProgressBar, QLabel]] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top, 0, 0)
        layout.addLayout(self.grid, 1, 0)
        layout.addWidget(self.status, 2, 0)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.levels: list[dict] = []
        self.retranslate()

    # -- what to meter -------------------------------------------------------------------
    def set_channels(self, roles: dict[int, str]) -> None:
        """The microphones to show (channel → role), as the recording will map them."""
        roles = dict(roles) or {0: ""}
        if sorted(roles) != sorted(self.roles):
            for widgets in self.rows.values():
                for widget in widgets:
                    widget.deleteLater()
            self.rows.clear()
            for row, channel in enumerate(sorted(roles)):
                name, bar, state = QLabel(), QProgressBar(), QLabel()
                bar.setObjectName(f"inputLevel{channel}")
                bar.setRange(0, int(-LOW_DB))
                bar.setTextVisible(False)
                bar.setFixedHeight(10)
                state.setObjectName(f"inputState{channel}")
                self.grid.addWidget(name, row, 0)
                self.grid.addWidget(bar, row, 1)
                self.grid.addWidget(state, row, 2)
                self.rows[channel] = (name, bar, state)
        self.roles = roles
        self.retranslate()

    def device(self) -> str | None:
        """The input chosen here; None leaves the machine config's (or the system default)."""
        data = self.choice.currentData()
        return data or None

    def load(self, configured: str, model_paths: list[str], hearing_language: str = "") -> None:
        """List the inputs and find the model (a job: PortAudio lists devices slowly)."""
        from courtdesk.speech.models import NoModelForLanguage, find_model
        from courtdesk.speech.sources import input_devices

        def look() -> tuple[list[dict], str]:
            try:
                language = find_model(hearing_language or None, None,
                                      model_paths).language or "?"
            except NoModelForLanguage:  # models of other languages only: none serves here
                language = f"!{hearing_language}"
            except Exception:  # no model: said beside the microphone, recording still works
                language = ""
            try:
                devices = input_devices()
            except Exception:
                devices = []
            return devices, language

        def found(result: tuple[list[dict], str]) -> None:
            self.devices, self.model_language = result
            self.choice.clear()
            self.choice.addItem("", "")  # the configured input or the system default
            for device in self.devices:
                self.choice.addItem(device["name"], device["name"])
            if configured and self.choice.findData(configured) > 0:
                self.choice.setCurrentIndex(self.choice.findData(configured))
            self.configured = configured
            self.retranslate()

        self.configured = configured
        self.session.runner.submit(look, queue=METER_QUEUE, owner=self, on_done=found,
                                   label="list microphones")

    # -- metering ------------------------------------------------------------------------
    def start(self) -> None:
        """Meter the chosen input (idempotent); a problem opening it is shown in words."""
        self._wanted = True
        if self.meter is not None or self._job is not None or not self.isEnabled():
            return
        from courtdesk.speech.input_meter import InputMeter

        device = self.device() or getattr(self, "configured", "") or None
        channels = max(self.roles) + 1

        def open_meter():
            meter = InputMeter(device, channels)
            meter.start()
            return meter

        self._job = self.session.runner.submit(open_meter, queue=METER_QUEUE, owner=self,
                                               on_done=self._opened, on_error=self._failed,
                                               label="meter microphones")

    def _opened(self, meter) -> None:
        self._job = None
        if not self._wanted:  # stopped meanwhile (a recording starts): let the device go
            meter.stop()
            return
        self.meter, self.problem = meter, None
        self.timer.start()
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.problem = describe(exc)
        self.levels = []
        self.retranslate()

    def stop(self) -> None:
        """Close the input now (the recording opens it next)."""
        self._wanted = False
        self.timer.stop()
        meter, self.meter = self.meter, None
        if meter is not None:
            meter.stop()
        self.levels = []

    def restart(self) -> None:
        self.stop()
        self.problem = None
        self.start()

    def _poll(self) -> None:
        if self.meter is not None:
            self.levels = [level.as_dict() for level in self.meter.levels()]
            self._show_levels()

    def _show_levels(self) -> None:
        by_channel = {level["channel"]: level for level in self.levels}
        for channel, (_name, bar, state) in self.rows.items():
            level = by_channel.get(channel)
            if level is None:
                bar.setValue(0)
                state.setText("")
                continue
            bar.setValue(int(max(level["rms_db"] - LOW_DB, 0)))
            if level["silent"]:
                state.setText(translate("HearingWorkspace",
                                        "No signal: check this microphone's cable and its "
                                        "switch on the mixer"))
                state.setStyleSheet("color: #b3261e; font-weight: bold;")
            else:
                state.setText(translate("HearingWorkspace", "Signal"))
                state.setStyleSheet("color: #1e7b34;")

    def retranslate(self) -> None:
        self.title.setText(translate("HearingWorkspace", "Microphone input:"))
        if self.choice.count():
            configured = getattr(self, "configured", "")
            self.choice.setItemText(0, translate("HearingWorkspace", "As configured (%1)")
                                    .replace("%1", configured) if configured else
                                    translate("HearingWorkspace", "System default input"))
        if self.model_language is None:
            self.model_label.setText("")
        elif self.model_language.startswith("!"):
            self.model_label.setText(translate(
                "HearingWorkspace", "No speech model for %1 hearings is installed: audio is "
                "recorded, text comes later").replace(
                    "%1", speech_language_name(self.model_language[1:])))
        elif self.model_language:
            name = speech_language_name(self.model_language)
            self.model_label.setText(translate("HearingWorkspace", "Speech model: %1")
                                     .replace("%1", name))
        else:
            self.model_label.setText(translate("HearingWorkspace", "No speech model installed: "
                                                                   "audio is recorded, text "
                                                                   "comes later"))
        for channel, (name, _bar, _state) in self.rows.items():
            role = self.roles.get(channel, "")
            name.setText(translate("HearingWorkspace", "%1 (mic %2)")
                         .replace("%1", speaker_role_label(role))
                         .replace("%2", str(channel + 1)))
        if self.problem:
            self.status.setText(translate("HearingWorkspace",
                                          "This input cannot be opened: no level can be shown "
                                          "and recording would fail. Check the cable, or choose "
                                          "another input."))
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setToolTip(self.problem.as_plain())
            self.status.show()
        else:
            self.status.hide()
        self._show_levels()
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft)
