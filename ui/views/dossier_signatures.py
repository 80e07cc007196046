"""Who signed a document and whether it still holds: the dossier's Signatures panel, the
notice above a signed volume, and the same report for any PDF on disk.

The check itself (pyHanko's validation, about a second for a long record) runs on a
worker through the controller (:meth:`DossierController.verify_document`,
:func:`~courtdesk.ui.dossier_controller.verify_file`); these widgets only show the
:class:`~courtdesk.signing.report.PdfVerification` they are given, in the person's
language (``ui/signature_wording.py``). The English the core wrote for court IT opens
behind a "Details for court IT" link, as every error's details do.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import signature_wording as words
from ..messages import ShownError, describe, details_link, error_box_for

translate = QCoreApplication.translate


def _styled(label: QLabel, level: str, *, banner: bool = False) -> None:
    text, background, border = words.COLOURS[level]
    if banner:
        label.setStyleSheet(f"QLabel {{ color: {text}; background: {background}; border: 1px "
                            f"solid {border}; border-radius: 6px; padding: 6px 8px; }}")
    else:
        label.setStyleSheet(f"color: {text};")


class SignatureCard(QFrame):
    """One signature: who, when, intact, trusted, what changed after it."""

    details_requested = Signal(str)

    def __init__(self, signature: words.SignatureWords, tooltip: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureCard")
        text, _background, border = words.COLOURS[signature.level]
        self.setStyleSheet(f"QFrame#signatureCard {{ border: 1px solid {border}; "
                           f"border-left: 4px solid {text}; border-radius: 4px; "
                           "background: white; }")
        self.setToolTip(tooltip)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 8, 6)
        column.setSpacing(2)
        self.heading = QLabel(f"{words.MARKS[signature.level]}  {signature.heading}")
        self.heading.setObjectName("signatureHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(f"color: {text}; font-weight: bold;")
        column.addWidget(self.heading)
        self.lines = []
        for line in signature.lines:
            label = QLabel(f"{words.MARKS[line.level]} {line.text}")
            label.setWordWrap(True)
            _styled(label, line.level)
            column.addWidget(label)
            self.lines.append(label)
        self.details = QLabel(details_link())
        self.details.setObjectName("signatureDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.linkActivated.connect(lambda _l: self.details_requested.emit(
            signature.detail))
        column.addWidget(self.details)

    def texts(self) -> list[str]:
        return [self.heading.text(), *(label.text() for label in self.lines)]


class SignaturePanel(QWidget):
    """The signatures of the open volume (or of a file): a verdict, then a card each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePanel")
        self.title = QLabel()
        self.title.setObjectName("signatureTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #5f6b7a;")
        self.verdict = QLabel()
        self.verdict.setObjectName("signatureVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.linkActivated.connect(lambda _l: self._open_error_details())
        self.cards = QWidget()
        self.card_column = QVBoxLayout(self.cards)
        self.card_column.setContentsMargins(0, 0, 0, 0)
        self.card_column.setSpacing(6)
        self.card_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.title)
        column.addWidget(self.verdict)
        column.addWidget(scroll, 1)
        self.level = words.NONE
        self.report = None
        self.shown_error: ShownError | None = None
        self.unreadable_detail = ""
        self.dialog: QMessageBox | None = None
        self._state: tuple = ("empty",)
        self.show_empty()

    # -- what to show ---------------------------------------------------------------------
    def show_empty(self) -> None:
        self._state = ("empty",)
        self._clear()
        self.title.setText("")
        self.title.hide()
        self._verdict(words.NONE, translate(
            "Signatures", "Open a volume to see who signed it and whether it is unchanged."))

    def show_checking(self, title: str) -> None:
        self._state = ("checking", title)
        self._clear()
        self._title(title)
        self._verdict(words.NONE, translate("Signatures", "Checking the signatures…"))

    def show_report(self, report, court_ca_set: bool, title: str) -> None:
        self._state = ("report", report, court_ca_set, title)
        self._clear()
        self.report = report
        self._title(title)
        level, text = words.verdict(report, court_ca_set)
        self._verdict(level, text)
        for number, status in enumerate(report.signatures, 1):
            signature = words.signature_words(status, number, court_ca_set)
            card = SignatureCard(signature, self._tooltip(status), self.cards)
            card.details_requested.connect(self._open_details)
            self.card_column.insertWidget(self.card_column.count() - 1, card)
        if not report.readable:  # what exactly is wrong with the file, for court IT
            self.unreadable_detail = f"{report.path}: {report.problem}"
            self.verdict.setText(self.verdict.text() + " " + details_link())

    def show_error(self, shown: ShownError, title: str) -> None:
        self._state = ("error", shown, title)
        self._clear()
        self._title(title)
        self.shown_error = shown
        self._verdict(words.BAD, shown.text.title, rich_tail=" " + details_link())

    def retranslate(self) -> None:
        state, *args = self._state
        {"empty": self.show_empty, "checking": self.show_checking,
         "report": self.show_report, "error": self.show_error}[state](*args)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- pieces ---------------------------------------------------------------------------
    def card_widgets(self) -> list[SignatureCard]:
        return self.cards.findChildren(SignatureCard)

    def _clear(self) -> None:
        self.report, self.shown_error, self.unreadable_detail = None, None, ""
        for card in self.card_widgets():
            card.setParent(None)
            card.deleteLater()

    def _title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))

    def _verdict(self, level: str, text: str, rich_tail: str = "") -> None:
        self.level = level
        self.verdict_text = text
        self.verdict.setText(f"<b>{words.MARKS[level]}</b> {html.escape(text)}{rich_tail}")
        _styled(self.verdict, level, banner=True)

    @staticmethod
    def _tooltip(status) -> str:
        """Technical detail in the person's language (the field and certificate names are
        the document's own data)."""
        return "\n".join([
            translate("Signatures", "Signature field: %1").replace("%1", status.field),
            translate("Signatures", "Revision of the file it signed: %1")
            .replace("%1", str(status.revision)),
            translate("Signatures", "Certificate issued by: %1").replace("%1", status.issuer),
            translate("Signatures", "Covers the whole file: %1").replace(
                "%1", translate("Signatures", "yes") if status.covers_whole_file
                else translate("Signatures", "no, later revisions follow")),
        ])

    def _open_details(self, detail: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("signatureDetailsBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("courtdesk")
        box.setText(translate("Signatures", "Technical details of this signature"))
        box.setInformativeText(translate(
            "Signatures", "Court IT reads these details (in English, as the command line "
            "writes them) to tell what exactly was found."))
        box.setDetailedText(detail)
        self.dialog = box
        box.open()

    def _open_error_details(self) -> None:
        if self.shown_error is not None:
            self.dialog = error_box_for(self, self.shown_error)
            self.dialog.open()
        elif self.unreadable_detail:
            self._open_details(self.unreadable_detail)


class SignatureBadge(QLabel):
    """A small notice above a signed volume: its verdict in a few words; a click opens the
    Signatures panel. Hidden for a volume without signatures."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureBadge")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.level = words.NONE
        self._state: tuple | None = None
        self.hide()

    def show_checking(self) -> None:
        self._state = ("checking",)
        self._show(words.NONE, translate("Signatures", "Checking signatures…"))

    def show_report(self, report, court_ca_set: bool) -> None:
        if report.readable and not report.signed:
            self.clear_badge()
            return
        self._state = ("report", report, court_ca_set)
        self._show(*words.badge_text(report, court_ca_set))

    def clear_badge(self) -> None:
        self._state = None
        self.hide()

    def retranslate(self) -> None:
        if self._state is None:
            return
        state, *args = self._state
        (self.show_checking if state == "checking" else self.show_report)(*args)

    def _show(self, level: str, text: str) -> None:
        self.level = level
        self.setText(f"{words.MARKS[level]} {text}")
        self.setToolTip(translate("Signatures", "Show the signatures of this volume"))
        colour, background, border = words.COLOURS[level]
        self.setStyleSheet(f"QLabel#signatureBadge {{ color: {colour}; background: "
                           f"{background}; border: 1px solid {border}; border-radius: 10px; "
                           "padding: 2px 10px; font-weight: bold; }")
        self.show()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SignatureReportDialog(QDialog):
    """Verify signatures of a file…: the same panel for any PDF on disk."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureReportDialog")
        self.path = path
        self.panel = SignaturePanel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Signatures", "Signatures of %1")
                            .replace("%1", Path(self.path).name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def checking(self) -> None:
        self.panel.show_checking(Path(self.path).name)

    def arrived(self, report, court_ca_set: bool) -> None:
        self.panel.show_report(report, court_ca_set, Path(self.path).name)

    def failed(self, exc: BaseException) -> None:
        self.panel.show_error(describe(exc), Path(self.path).name)
