"""The hearing workspace's status pieces: recording light, live lines, errors, busy bar."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..labels import format_clock, speaker_role_label
from ..messages import describe_event, details_link, error_box_for, hearing_error_text, sentences
from .record_table import Column

translate = QCoreApplication.translate

PARTIAL_CHARS = 90  # the tail of a long partial: what is being said now

_INDICATOR_STYLES = {
    "recording": "background: #fdecea; color: #b3261e; border: 1px solid #f1b0aa;",
    "paused": "background: #fff4db; color: #8a5300; border: 1px solid #f0c36d;",
    "idle": "background: #eef1f5; color: #5f6b7a; border: 1px solid #d5dbe3;",
}


class RecordingIndicator(QLabel):
    """"● 录音中 00:12:03": what the microphones are doing, readable across the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingIndicator")
        self.state, self.position_ms = "idle", 0
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.setFont(font)
        self.set_state("idle")

    def set_state(self, state: str, position_ms: int | None = None) -> None:
        self.state = state
        if position_ms is not None:
            self.position_ms = position_ms
        clock = format_clock(self.position_ms)
        texts = {
            "recording": translate("HearingWorkspace", "● Recording %1").replace("%1", clock),
            "paused": translate("HearingWorkspace", "❚❚ Paused %1").replace("%1", clock),
            "preparing": translate("HearingWorkspace", "Preparing…"),
            "stopping": translate("HearingWorkspace", "Stopping…"),
            "idle": translate("HearingWorkspace", "Not recording"),
        }
        self.setText(texts.get(state, state))
        style = _INDICATOR_STYLES.get(state, _INDICATOR_STYLES["idle"])
        self.setStyleSheet(f"QLabel#recordingIndicator {{ {style} border-radius: 12px;"
                           " padding: 4px 14px; }")

    def set_position(self, position_ms: int) -> None:
        self.set_state(self.state, position_ms)


class LivePartials(QFrame):
    """One line per microphone with what is being said right now, before it is final."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("livePartials")
        self.setStyleSheet("QFrame#livePartials { background: #f7f9fc; border: 1px solid "
                           "#d5dbe3; border-radius: 6px; }")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 6, 10, 6)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.lines: dict[int, tuple[QLabel, QLabel]] = {}
        self.roles: dict[int, str] = {}
        self.texts: dict[int, str] = {}
        self.heard_any = False  # for tests and the first-run hint

    def set_channels(self, roles: dict[int, str]) -> None:
        self.roles = dict(roles) or {0: ""}
        for name, text in self.lines.values():
            name.deleteLater()
            text.deleteLater()
        self.lines.clear()
        for row, channel in enumerate(sorted(self.roles)):
            name, text = QLabel(), QLabel()
            name.setStyleSheet("color: #0b3d75; font-weight: bold;")
            text.setObjectName(f"partial{channel}")
            text.setStyleSheet("color: #3c4652; font-style: italic;")
            text.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(text, row, 1)
            self.lines[channel] = (name, text)
        self.retranslate()

    def set_roles(self, roles: dict[int, str]) -> None:
        """Who speaks on each line now (the clerk switched): the lines and texts stay."""
        self.roles.update(roles)
        self.retranslate()

    def show_partial(self, channel: int, role: str, text: str) -> None:
        if channel not in self.lines:
            self.set_channels({**self.roles, channel: role})
        if role:
            self.roles[channel] = role
        self.heard_any = self.heard_any or bool(text)
        self.texts[channel] = text
        self.retranslate()

    def clear(self, channel: int | None = None) -> None:
        for number in self.lines:
            if channel is None or number == channel:
                self.texts[number] = ""
        self.retranslate()

    def partial_text(self, channel: int) -> str:
        return self.texts.get(channel, "")

    def retranslate(self) -> None:
        for channel, (name, text) in self.lines.items():
            role = self.roles.get(channel, "")
            name.setText(translate("HearingWorkspace", "%1 (mic %2)")
                         .replace("%1", speaker_role_label(role)).replace("%2", str(channel + 1)))
            said = self.texts.get(channel, "")
            if not said:
                text.setStyleSheet("color: #8a94a3;")
                text.setText(translate("HearingWorkspace", "(silence)"))
            else:
                text.setStyleSheet("color: #1f2a37; font-style: italic;")
                text.setText(said if len(said) <= PARTIAL_CHARS
                             else "…" + said[-PARTIAL_CHARS:])


class ErrorBanner(QFrame):
    """What went wrong in this hearing, most recent first, until the clerk dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingErrors")
        self.setStyleSheet("QFrame#hearingErrors { background: #fdecea; border: 1px solid "
                           "#e8a39d; border-radius: 6px; } QLabel { color: #5c1410; }")
        self.errors: list[dict] = []
        self.details_box = None
        self.label = QLabel()
        self.label.setObjectName("hearingErrorText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self.open_details)
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("dismissErrors")
        self.dismiss.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add(self, code: str, message: str, at_ms: int | None = None) -> None:
        self.errors.insert(0, {"code": code, "message": message, "at_ms": at_ms})
        self.retranslate()
        self.show()

    def open_details(self, link: str) -> None:
        """The box with the core's English for court IT (``link``: the error's index)."""
        index = int(link) if link.isdigit() else 0
        if index < len(self.errors):
            self.details_box = error_box_for(self, describe_event(self.errors[index]))
            self.details_box.open()

    def clear(self) -> None:
        self.errors.clear()
        self.label.clear()
        self.hide()

    def drop(self, codes: tuple[str, ...]) -> None:
        """Take off the problems with these codes (they are over); the rest stay."""
        self.errors = [e for e in self.errors if e["code"] not in codes]
        if self.errors:
            self.retranslate()
        else:
            self.clear()

    def retranslate(self) -> None:
        self.dismiss.setText(translate("HearingWorkspace", "Dismiss"))
        blocks = []
        for index, error in enumerate(self.errors[:4]):
            text = hearing_error_text(error["code"])
            when = (f"{format_clock(error['at_ms'])} " if error["at_ms"] is not None else "")
            blocks.append(
                f"<b>⚠ {html.escape(when + text.title)}</b><br>"
                f"{html.escape(sentences(text.meaning, text.action))} "
                f"{details_link(str(index))}")
        if len(self.errors) > 4:
            blocks.append(html.escape(translate("HearingWorkspace", "and %1 earlier problems")
                                      .replace("%1", str(len(self.errors) - 4))))
        self.label.setText("<br><br>".join(blocks))


class BusyBar(QWidget):
    """An indeterminate bar with what is being waited for (the model takes seconds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingBusy")
        self.what = ""
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setFixedHeight(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_busy(self, what: str) -> None:
        self.what = what
        self.setVisible(bool(what))
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"model": translate("HearingWorkspace", "Loading the speech model…"),
                 "device": translate("HearingWorkspace", "Preparing the recording…"),
                 "export": translate("HearingWorkspace", "Writing the record…")}
        self.label.setText(texts.get(self.what, ""))


class NoteEditor(QWidget):
    """A note of a few paragraphs at a moment of the hearing, under the notes list.

    The moment is taken when the clerk starts writing (or presses Ctrl+M), from the audio
    position the workspace gives: the recording's while it runs, else the replay's or the
    selected segment's. Ctrl+Enter adds the note; Enter starts a new line.
    """

    note_entered = Signal(int, str)  # at_ms, text

    def __init__(self, position, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.position = position  # () -> the current audio position in ms
        self.at_ms: int | None = None
        self.heading = QLabel()
        self.heading.setObjectName("noteMoment")
        self.heading.setWordWrap(True)  # a long heading takes a second line, not cut short
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)
        line = self.text.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(line * 6 + 12)  # a paragraph shows whole
        self.text.textChanged.connect(self._changed)
        self.text.installEventFilter(self)
        self.add = QPushButton()
        self.add.setObjectName("addNote")
        self.add.clicked.connect(self.submit)
        self.restamp = QPushButton()
        self.restamp.setObjectName("restampNote")
        self.restamp.setFlat(True)
        self.restamp.clicked.connect(lambda: self.stamp(self.position()))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading, 1)
        row.addWidget(self.restamp)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._changed()

    def stamp(self, at_ms: int) -> None:
        """The moment the note is about (Ctrl+M, or the first key typed)."""
        self.at_ms = max(int(at_ms), 0)
        self.retranslate()

    def begin(self, at_ms: int) -> None:
        """Ctrl+M: write a note about this moment."""
        self.stamp(at_ms)
        self.text.setFocus()

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            return
        at_ms = self.at_ms if self.at_ms is not None else self.position()
        self.note_entered.emit(at_ms, text)
        self.text.clear()
        self.at_ms = None
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
                return True
        return super().eventFilter(watched, event)

    def _changed(self) -> None:
        has_text = bool(self.text.toPlainText().strip())
        if has_text and self.at_ms is None:
            self.stamp(self.position())  # the moment the clerk began to write
        self.add.setEnabled(has_text)

    def retranslate(self) -> None:
        if self.at_ms is None:
            self.heading.setText(translate("HearingWorkspace", "New note (at the moment you "
                                                               "start writing)"))
        else:
            self.heading.setText(translate("HearingWorkspace", "Note at %1 of the hearing")
                                 .replace("%1", format_clock(self.at_ms)))
        self.restamp.setText(translate("HearingWorkspace", "Use the current time"))
        self.add.setText(translate("HearingWorkspace", "Add note (Ctrl+Enter)"))
        self.text.setPlaceholderText(translate(
            "HearingWorkspace", "What happened, in your words: e.g. the plaintiff's agent "
                                "shows exhibit 3, the original of the loan contract."))


def note_columns() -> list[Column]:
    return [Column(lambda: translate("HearingWorkspace", "Time"),
                   lambda r: format_clock(r["at_ms"])),
            Column(lambda: translate("HearingWorkspace", "Note"), lambda r: r["text"],
                   stretch=True)]


def section_title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #5f6b7a; font-weight: bold; padding: 2px 0;")
    return label


def vbox(*widgets: QWidget, margins: int = 0) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(margins, margins, margins, margins)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
