"""The signing round window: who must sign the exported record, who has, who refused, and the
court's seal last.

The clerk sees every signer at a glance (waiting, signed with the time, refused with the
note), opens the signature pad for each in turn, records a refusal with a note, and seals
once nobody is waiting. Every step runs in the background (pyHanko signs in about a second;
the window stays responsive and all buttons wait for the step to end); each step writes a
new file beside the record, never the one before (``signing/round.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.config import SigningConfig
from courtdesk.app.signing_rounds import SigningRoundBook, open_station_key, signing_config

from ..jobs import Queue
from ..session import Session
from .seal_dialog import ErrorLine, SealDialog, SealKeyChoice, open_key
from .signature_pad import SignaturePad
from .signing_round_rows import RefusalDialog, SignerRow


class SigningRoundPanel(QDialog):
    """The round of one hearing's record. ``exported``: the official record just exported,
    on which a new round starts; otherwise the hearing's latest round is shown."""

    def __init__(self, session: Session, hearing: dict, exported: Path | None = None,
                 parent: QWidget | None = None, export_official=None) -> None:
        super().__init__(parent)
        self.setObjectName("signingRoundPanel")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.session = session
        self.hearing = hearing
        self.exported = exported
        self.round: dict | None = None
        self.missing = False  # the hearing has no round yet
        self.busy = False
        self.rows: dict[str, SignerRow] = {}
        self.station = None  # this PC's signing-station key, opened at the first signature
        # [signing] of this PC (or the demo profile's own keys), read with the round.
        self.signing: SigningConfig = session.config.signing
        self.pad: SignaturePad | None = None
        self.refusal: RefusalDialog | None = None
        self.seal_dialog: SealDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("roundHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.document = QLabel()
        self.document.setObjectName("roundDocument")
        self.document.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setObjectName("roundSummary")
        self.hint = QLabel()
        self.hint.setObjectName("roundHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")
        self.error = ErrorLine()
        self.error.setObjectName("roundError")
        self.progress = QLabel()
        self.progress.setObjectName("roundProgress")
        self.progress.hide()

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(14)
        self.grid.setColumnStretch(2, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)

        self.export_official = export_official  # the workspace's "Record as PDF (official)"
        self.export_button = self._button("roundExport", self._export)
        self.export_button.hide()
        self.seal_button = self._button("roundSeal", self.open_seal)
        self.open_button = self._button("roundOpenRecord", self.open_record)
        self.folder_button = self._button("roundOpenFolder", self.open_folder)
        self.close_button = self._button("roundClose", self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.seal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.document)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(860, 480)
        self.retranslate()
        self.load()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the round in the background ------------------------------------------------------
    def _book(self) -> SigningRoundBook:
        return SigningRoundBook(self.session.store, self.session.user, station=self.station,
                                tsa_url=self.signing.tsa_url)

    def _run(self, work, label: str, *, on_done=None, on_error=None,
             progress: str = "") -> None:
        """One step at a time: every button waits until it has ended."""
        self.set_busy(True, progress)
        self.error.clear_error()
        self.session.runner.submit(work, queue=Queue.GENERAL, owner=self, label=label,
                                   on_done=on_done or self._show,
                                   on_error=on_error or self._failed)

    def load(self) -> None:
        book, hearing_id = self._book(), self.hearing["id"]
        language = self.session.switcher.language or "zh_CN"
        exported = self.exported
        self.exported = None  # one round per export, even if the window loads again
        configured, home = self.session.config.signing, self.session.home

        def work() -> dict | None:
            from courtdesk.signing.round import NoRound

            signing = configured if configured.station_p12 else signing_config(home)
            if exported is not None:
                found = book.start_on_export(hearing_id, exported, language)
            else:
                try:
                    found = book.current(hearing_id)
                except NoRound:
                    return {"signing": signing, "missing": True}
            return {**found.as_dict(), "may_seal": found.may_seal, "signing": signing}

        self._run(work, "open signing round")

    def _with_round(self, step, label: str, progress: str, *, needs_station: bool = True,
                    on_done=None, on_error=None) -> None:
        """``step(round)`` on the hearing's latest round, then the round as it is now.
        Signatures and refusals are signed with this PC's station key, opened once."""
        book, hearing_id = self._book(), self.hearing["id"]
        station_wanted = needs_station and self.station is None
        signing = self.signing

        def work() -> dict:
            if station_wanted:
                book.station = open_station_key(signing)
            try:
                found = book.current(hearing_id)
                step(found)
            except BaseException:
                if station_wanted and book.station is not None:
                    book.station.close()  # opened again with the next try
                raise
            return {**found.as_dict(), "may_seal": found.may_seal, "station": book.station}

        self._run(work, label, on_done=on_done, on_error=on_error, progress=progress)

    def _show(self, data: dict) -> None:
        station = data.pop("station", None)
        if station is not None:
            self.station = station
        self.signing = data.pop("signing", self.signing)
        self.missing = bool(data.pop("missing", False))
        self.round = None if self.missing else data
        signers = self.round["signers"] if self.round else []
        if [s["id"] for s in signers] != list(self.rows):
            self._rebuild(signers)
        for signer in signers:
            self.rows[signer["id"]].show_signer(signer)
        self.set_busy(False)
        self.retranslate()

    def _rebuild(self, signers: list[dict]) -> None:
        for row in self.rows.values():
            for widget in row.widgets():
                widget.deleteLater()
        self.rows = {s["id"]: SignerRow(self.grid, n, s, self) for n, s in enumerate(signers)}

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.error.show_error(exc)
        self._update_buttons()

    def set_busy(self, busy: bool, progress: str = "") -> None:
        self.busy = busy
        self.progress.setText(progress)
        self.progress.setVisible(busy and bool(progress))
        self._update_buttons()

    def _update_buttons(self) -> None:
        data = self.round
        open_to_sign = bool(data) and not data["sealed"] and not self.busy
        for row in self.rows.values():
            waiting = row.signer["state"] == "waiting"
            row.sign.setEnabled(open_to_sign and waiting)
            row.refuse.setEnabled(open_to_sign and waiting)
        waiting = [s for s in (data or {}).get("signers", []) if s["state"] == "waiting"]
        self.seal_button.setVisible(bool(data) and data.get("may_seal", False))
        self.seal_button.setEnabled(open_to_sign and not waiting)
        self.export_button.setVisible(self.missing and self.export_official is not None)
        has_file = bool(data) and Path(data["current_pdf"]).is_file()
        self.open_button.setEnabled(has_file and not self.busy)
        self.folder_button.setEnabled(has_file)

    # -- signing ------------------------------------------------------------------------------
    def document_name(self) -> str:
        return Path(self.round["current_pdf"]).name if self.round else ""

    def open_pad(self, signer: dict) -> None:
        if self.busy or not self.round:
            return
        self.pad = SignaturePad(signer["name"], signer["role"],
                                Path(self.round["record"]).name, self)
        self.pad.ink_signed.connect(lambda ink: self.sign_with_ink(signer, ink))
        self.pad.show_for_signing()

    def sign_with_ink(self, signer: dict, ink) -> None:
        signer_id = signer["id"]

        def sign_step(found) -> None:
            found.sign_with_ink(signer_id, ink)

        self._with_round(sign_step, "sign with ink", self.tr("Signing for %1…").replace(
            "%1", signer["name"]))

    def ask_refusal(self, signer: dict) -> None:
        if self.busy or not self.round:
            return
        self.refusal = RefusalDialog(signer["name"], self)
        self.refusal.accepted.connect(lambda: self.refuse(signer, self.refusal.text()))
        self.refusal.open()

    def refuse(self, signer: dict, note: str) -> None:
        signer_id = signer["id"]

        def refuse_step(found) -> None:
            found.refuse(signer_id, note)

        self._with_round(refuse_step, "record refusal", self.tr("Recording the refusal…"))

    # -- the seal ---------------------------------------------------------------------------
    def open_seal(self) -> None:
        if self.busy or not self.round:
            return
        self.seal_dialog = SealDialog(self.signing, self.document_name(), self)
        self.seal_dialog.seal_requested.connect(self.seal)
        self.seal_dialog.open()

    def seal(self, choice: SealKeyChoice) -> None:
        court_ca, book = self.signing.court_ca, self._book()
        dialog = self.seal_dialog

        def seal_step(found) -> None:
            with open_key(choice, court_ca) as key:
                book.seal(found, key)  # and files the sealed record in the dossier

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            self._update_buttons()
            if dialog is not None and dialog.isVisible():
                dialog.sealing_failed(exc)
            else:
                self.error.show_error(exc)

        def done(data: dict) -> None:
            self._show(data)
            if dialog is not None:
                dialog.sealing_done()

        self._with_round(seal_step, "seal the record", self.tr("Sealing…"),
                         needs_station=False, on_done=done, on_error=failed)

    # -- files ----------------------------------------------------------------------------
    def _export(self) -> None:
        """No record yet: the workspace's export; the round opens on the file it writes."""
        if self.export_official is not None:
            self.export_official()
    def open_record(self) -> None:
        if self.round:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.round["current_pdf"]))

    def open_folder(self) -> None:
        if self.round:
            QDesktopServices.openUrl(QUrl.fromLocalFile(
                str(Path(self.round["current_pdf"]).parent)))

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signatures on the record"))
        self.heading.setText(self.tr("Signatures: %1").replace("%1", self.hearing["title"]))
        data = self.round
        signers = (data or {}).get("signers", [])
        if data:
            # The name on the line (the folder is one click away), the whole path in the tip.
            self.document.setText(self.tr("Latest file: %1").replace("%1", self.document_name()))
            self.document.setToolTip(data["current_pdf"])
            counts = {state: sum(s["state"] == state for s in signers)
                      for state in ("signed", "refused", "waiting")}
            summary = self.tr("Signed %1 of %2 · refused %3 · waiting %4") \
                .replace("%1", str(counts["signed"])).replace("%2", str(len(signers))) \
                .replace("%3", str(counts["refused"])).replace("%4", str(counts["waiting"]))
            if data["sealed"]:
                summary += " · " + self.tr("sealed by the court")
            self.summary.setText(summary)
        elif self.missing:
            self.document.setText(self.tr("The official record of this hearing has not been "
                                          "exported yet."))
            self.summary.setText("")
        self.hint.setText(self._hint(data, signers))
        self.export_button.setText(self.tr("Export the official record…"))
        self.seal_button.setText(self.tr("Seal…"))
        self.seal_button.setToolTip(self.tr("The clerk or presiding judge seals the record "
                                            "with the court's certificate once nobody is "
                                            "waiting to sign."))
        self.open_button.setText(self.tr("Open signed record"))
        self.folder_button.setText(self.tr("Open folder"))
        self.close_button.setText(self.tr("Close"))
        for row in self.rows.values():
            row.retranslate()
        self.error.retranslate()

    def _hint(self, data: dict | None, signers: list[dict]) -> str:
        if self.missing:
            return self.tr("Export the official record first: the signatures are collected on "
                           "that file.")
        if not data:
            return ""
        if data["sealed"]:
            return self.tr("The record is signed and sealed: %1. It is filed in the case's "
                           "dossier and goes to the court's server with the next sync; each "
                           "step was saved as a new file beside the record.").replace(
                               "%1", self.document_name())
        if any(s["state"] == "waiting" for s in signers):
            return self.tr("Each person signs in turn with Sign…; a person who will not sign "
                           "is recorded with Refused…. The court seals last.")
        return self.tr("Everyone has signed or refused: the clerk or presiding judge seals the "
                       "record now.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if self.busy:  # a signature being written finishes first
            event.ignore()
            return
        if self.station is not None:
            self.station.close()
            self.station = None
        super().closeEvent(event)


def open_signing_round(workspace, exported: Path | None = None) -> SigningRoundPanel | None:
    """The hearing's signing round beside the workspace (one window per workspace): on the
    record just exported, or the hearing's latest round."""
    import shiboken6

    if not workspace.hearing:
        return None
    panel = getattr(workspace, "signing_panel", None)
    if panel is not None and shiboken6.isValid(panel) and panel.isVisible():
        if exported is None and panel.hearing["id"] == workspace.hearing["id"]:
            panel.raise_()
            panel.activateWindow()
            return panel
        if not panel.close():  # a signature being written: that window stays
            return panel
    panel = SigningRoundPanel(workspace.session, workspace.hearing, exported, workspace,
                              export_official=workspace.actions_.export_pdf.trigger)
    workspace.signing_panel = panel
    panel.show()
    return panel
