"""Banners of a running hearing's microphones and recognizers: one per microphone.

A microphone that is lost (the whole input, or one mixer channel gone silent) gets a banner
that names it, says since when and what to do; it goes away when the microphone is back.
A recognizer that failed gets one too, which turns into a note once a fresh recognizer has
taken over; dropped or skipped audio is counted in one more. The texts come from
``ui/messages.py`` by the event's code, so they follow the UI language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..labels import format_clock, speaker_role_label
from ..messages import ShownError, details_link, error_box_for, error_text, sentences

translate = QCoreApplication.translate

_STYLES = {
    "fault": "background: #fdecea; border: 1px solid #e8a39d;",  # happening now
    "notice": "background: #fff4db; border: 1px solid #f0c36d;",  # over, but worth knowing
}


def microphone_name(channel: int | None, role: str = "",
                    microphones: dict[int, str] | None = None) -> str:
    """"审判长（麦克风 1）"; for the whole input (channel None) every microphone on it."""
    if channel is None:
        names = [microphone_name(ch, r) for ch, r in sorted((microphones or {0: role}).items())]
        return translate("HearingWorkspace", ", ").join(names)
    return (translate("HearingWorkspace", "%1 (mic %2)")
            .replace("%1", speaker_role_label(role)).replace("%2", str(channel + 1)))


def device_code(event: dict) -> str:
    """The event's code; events from before codes existed are told apart by their shape."""
    if event.get("code"):
        return str(event["code"])
    whole = event.get("channel") is None
    if event.get("state") == "lost":
        return "device_lost" if whole else "channel_silent"
    return "device_back" if whole else "channel_back"


def drop_lines(counts: dict, microphones: dict[int, str]) -> list[str]:
    """What a "drops" event counts, one line each, only the counts that are not zero."""
    lines = []
    captured = int(counts.get("capture_dropped_blocks") or 0)
    overflows = int(counts.get("overflows") or 0)
    if captured or overflows:
        lines.append(translate("HearingWorkspace", "Capture: %1 blocks not recorded, %2 input "
                               "overflows.").replace("%1", str(captured))
                     .replace("%2", str(overflows)))
    skipped = counts.get("recognizer_skipped_ms") or {}
    for channel, skipped_ms in sorted((int(c), int(ms)) for c, ms in skipped.items()):
        if skipped_ms:
            lines.append(translate("HearingWorkspace", "Recognition skipped %1 s on %2.")
                         .replace("%1", f"{skipped_ms / 1000:.1f}")
                         .replace("%2", microphone_name(channel, microphones.get(channel, ""))))
    return lines


@dataclass
class Alert:
    code: str
    channel: int | None  # None: the whole input
    role: str
    microphones: dict[int, str]  # the session's map when it happened (for the whole input)
    at_ms: int
    severity: str = "fault"
    counts: dict = field(default_factory=dict)  # of a "drops" event
    detail: str = ""  # the core's English message, for court IT


class AlertBanner(QFrame):
    def __init__(self, key: tuple, dismiss, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingAlert")
        self.label = QLabel()
        self.label.setObjectName("hearingAlertText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self.open_details)
        self.alert: Alert | None = None
        self.details_box = None
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("dismissAlert")
        self.dismiss.clicked.connect(lambda: dismiss(key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)

    def open_details(self, _link: str = "") -> None:
        """The box with the core's English for court IT."""
        if self.alert is not None:
            self.details_box = error_box_for(self, ShownError(self.alert.code, self.alert.detail))
            self.details_box.open()

    def show_alert(self, alert: Alert) -> None:
        self.alert = alert
        text = error_text(alert.code)

        who = microphone_name(alert.channel, alert.role, alert.microphones)

        def fill(part: str) -> str:
            return part.replace("%1", who).replace("%2", format_clock(alert.at_ms))

        extra = "".join(f"<br>{html.escape(line)}"
                        for line in drop_lines(alert.counts, alert.microphones))
        link = f" {details_link()}" if alert.detail else ""
        self.label.setText(
            f"<b>⚠ {html.escape(format_clock(alert.at_ms))} {html.escape(fill(text.title))}</b>"
            f"<br>{html.escape(sentences(fill(text.meaning), fill(text.action)))}{extra}{link}")
        self.setStyleSheet(f"QFrame#hearingAlert {{ {_STYLES[alert.severity]} border-radius: "
                           "6px; } QLabel { color: #3b1a0a; }")
        # A fault lasts until the microphone is back; a notice is the clerk's to dismiss.
        self.dismiss.setVisible(alert.severity == "notice")
        self.dismiss.setText(translate("HearingWorkspace", "Dismiss"))


class MicrophoneAlerts(QWidget):
    """The banners, keyed by what they are about: ("device", channel or None), ("recognizer",
    channel), ("drops", None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingAlerts")
        self.alerts: dict[tuple, Alert] = {}
        self.banners: dict[tuple, AlertBanner] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.hide()

    # -- events ------------------------------------------------------------------------
    def device_event(self, event: dict) -> str:
        """Show or drop the microphone's banner; returns the event's code."""
        code = device_code(event)
        channel = event.get("channel")
        key = ("device", channel)
        if code in ("device_back", "channel_back"):
            self.drop(key)
            if channel is None:  # the whole input is back: so is every channel on it
                for other in [k for k in self.alerts if k[0] == "device"]:
                    self.drop(other)
            return code
        self.put(key, Alert(code, channel, event.get("role", ""),
                            dict(event.get("microphones") or {}),
                            int(event.get("position_ms", 0)), detail=event.get("message", "")))
        return code

    def recognizer_event(self, event: dict) -> None:
        channel = int(event.get("channel", 0))
        failed = event.get("state") == "failed"
        self.put(("recognizer", channel),
                 Alert("recognizer_failed" if failed else "recognizer_restarted", channel,
                       event.get("role", ""), {}, int(event.get("position_ms", 0)),
                       "fault" if failed else "notice",
                       detail=str(event.get("detail") or event.get("message", ""))))

    def drops_event(self, event: dict, microphones: dict[int, str], at_ms: int) -> None:
        counts = {key: event.get(key) for key in ("capture_dropped_blocks", "overflows",
                                                  "recognizer_skipped_ms")}
        if drop_lines(counts, microphones):
            self.put(("drops", None), Alert("audio_dropped", None, "", microphones, at_ms,
                                            "notice", counts, event.get("message", "")))
        else:
            self.drop(("drops", None))

    # -- banners -------------------------------------------------------------------------
    def put(self, key: tuple, alert: Alert) -> None:
        self.alerts[key] = alert
        banner = self.banners.get(key)
        if banner is None:
            banner = self.banners[key] = AlertBanner(key, self.drop)
            self.column.addWidget(banner)
        banner.show_alert(alert)
        self.show()

    def drop(self, key: tuple) -> None:
        self.alerts.pop(key, None)
        banner = self.banners.pop(key, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()
        self.setVisible(bool(self.banners))

    def settle(self) -> None:
        """Recognition is over: a failure still shown is history now, the clerk's to dismiss."""
        for key, alert in self.alerts.items():
            if key[0] == "recognizer" and alert.severity == "fault":
                alert.severity = "notice"
                self.banners[key].show_alert(alert)

    def clear_devices(self) -> None:
        """The recording ended: no microphone is in use, so none is missing."""
        for key in [k for k in self.alerts if k[0] == "device"]:
            self.drop(key)

    def text(self, key: tuple) -> str:
        banner = self.banners.get(key)
        return banner.label.text() if banner is not None else ""

    def retranslate(self) -> None:
        for key, banner in self.banners.items():
            banner.show_alert(self.alerts[key])
