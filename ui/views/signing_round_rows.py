"""The signing round window's parts: a signer's line, and the note of a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .signature_pad import signer_role_label

translate = QCoreApplication.translate
STATE_COLOURS = {"waiting": "#5f6b7a", "signed": "#1b7f3b", "refused": "#b3261e"}
STATE_MARKS = {"waiting": "○", "signed": "✓", "refused": "✕"}


def local_time(at: str) -> str:
    """When a signer signed, in this PC's time: the time today, else date and time."""
    when = QDateTime.fromString(at[:19], Qt.DateFormat.ISODate)
    if not when.isValid():
        return at
    when.setTimeZone(QDateTime.currentDateTimeUtc().timeZone())
    when = when.toLocalTime()
    if when.date() == QDateTime.currentDateTime().date():
        return when.toString("HH:mm")
    return when.toString("yyyy-MM-dd HH:mm")


class RefusalDialog(QDialog):
    """The clerk's note of why a signer refuses: it goes on the record, so it is required."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalDialog")
        self.who = who
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("refusalNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(420, 110)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.note.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.note.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def text(self) -> str:
        return " ".join(self.note.toPlainText().split())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refusal to sign"))
        self.question.setText(self.tr("Why does %1 refuse to sign? Your note goes on the "
                                      "record, in the signer's box.").replace("%1", self.who))
        self.note.setPlaceholderText(self.tr("e.g. disputes the record of the second "
                                             "statement"))
        self.ok.setText(self.tr("Record the refusal"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SignerRow:
    """One signer's line: name, role, state, and the two buttons."""

    def __init__(self, grid: QGridLayout, row: int, signer: dict, owner):
        self.signer = signer
        self.name = QLabel(signer["name"])
        self.name.setObjectName(f"signerName-{signer['id']}")
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.role = QLabel()
        self.state = QLabel()
        self.state.setObjectName(f"signerState-{signer['id']}")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.sign = QPushButton()
        self.sign.setObjectName(f"sign-{signer['id']}")
        self.sign.clicked.connect(lambda: owner.open_pad(self.signer))
        self.refuse = QPushButton()
        self.refuse.setObjectName(f"refuse-{signer['id']}")
        self.refuse.clicked.connect(lambda: owner.ask_refusal(self.signer))
        for column, widget in enumerate((self.name, self.role, self.state, self.sign,
                                         self.refuse)):
            grid.addWidget(widget, row, column)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.role, self.state, self.sign, self.refuse)

    def show_signer(self, signer: dict) -> None:
        """The signer as the round now has them (the panel enables the buttons)."""
        self.signer = signer
        self.state.setStyleSheet(f"color: {STATE_COLOURS.get(signer['state'], '#000')};")
        self.retranslate()

    def retranslate(self) -> None:
        signer = self.signer
        self.role.setText(signer_role_label(signer["role"]))
        mark = STATE_MARKS.get(signer["state"], "")
        when = local_time(signer["at"])
        if signer["state"] == "signed":
            text = translate("SigningRoundPanel", "Signed %1").replace("%1", when)
        elif signer["state"] == "refused":
            text = translate("SigningRoundPanel", "Refused (%1): %2").replace("%1", when) \
                .replace("%2", signer["note"])
        else:
            text = translate("SigningRoundPanel", "Waiting to sign")
        self.state.setText(f"{mark} {text}")
        self.sign.setText(translate("SigningRoundPanel", "Sign…"))
        self.refuse.setText(translate("SigningRoundPanel", "Refused…"))
        self.sign.setToolTip(translate("SigningRoundPanel", "Open the signature pad for %1")
                             .replace("%1", signer["name"]))
        self.refuse.setToolTip(translate("SigningRoundPanel",
                                         "%1 refuses to sign: record it with your note")
                               .replace("%1", signer["name"]))
